//! "Keep a pain diary": the button under the result, and the section below
//! the checklist that the diary is mounted in. The diary is its own wasm,
//! loaded from the widget's files only when this button is pressed
//! (`openDiary` in www/element.js), so the first load does not grow.

use wasm_bindgen::prelude::*;
use web_sys::{Element, UrlSearchParams};
use yew::prelude::*;

use crate::form::State;
use crate::texts::Lang;

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = openDiary)]
    fn open_diary(
        container: &Element,
        lang: &str,
        heading_level: u8,
        medicines: &str,
        done: &JsValue,
    );
}

/// Where the diary is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum DiaryPanel {
    Closed,
    Loading,
    Open,
    Failed,
}

/// The checklist's medicines as the saved answers write them
/// (`form::saved::to_pairs`, URL-encoded): the diary's first entry starts
/// from them.
pub fn checklist_medicines(state: &State) -> String {
    let params = UrlSearchParams::new().ok();
    let Some(params) = params else {
        return String::new();
    };
    for (key, value) in crate::form::saved::to_pairs(state) {
        if crate::content::questions::QuestionId::from_key(&key).is_none() {
            params.append(&key, &value);
        }
    }
    params.to_string().into()
}

/// The button, for the result's actions: it loads the diary into its
/// section (`node`) at once.
pub fn diary_button(
    lang: Lang,
    panel: &UseStateHandle<DiaryPanel>,
    node: &NodeRef,
    heading_level: u8,
    state: &UseReducerHandle<State>,
) -> Html {
    let t = lang.texts();
    let open = {
        let (panel, node, state) = (panel.clone(), node.clone(), state.clone());
        Callback::from(move |_: MouseEvent| {
            if let (DiaryPanel::Closed | DiaryPanel::Failed, Some(container)) =
                (*panel, node.cast::<Element>())
            {
                panel.set(DiaryPanel::Loading);
                load_diary(
                    &container,
                    lang,
                    heading_level,
                    &checklist_medicines(&state),
                    panel.clone(),
                );
            }
        })
    };
    html! {
        <div class="oih-diary-open">
            <button type="button" class="oih-button oih-secondary" id="oih-diary-open"
                aria-describedby="oih-diary-open-hint" aria-expanded={(**panel != DiaryPanel::Closed).to_string()}
                aria-controls="oih-diary" onclick={open}>{ t.diary_open }</button>
            <p class="oih-hint" id="oih-diary-open-hint">{ t.diary_open_hint }</p>
        </div>
    }
}

/// Starts loading the diary into `container` (the section below the
/// checklist), then sets `panel` to `Open`, or `Failed` if it could not load.
fn load_diary(
    container: &Element,
    lang: Lang,
    heading_level: u8,
    medicines: &str,
    panel: UseStateHandle<DiaryPanel>,
) {
    let done = Closure::once_into_js(move |handle: u32| {
        panel.set(if handle == 0 {
            DiaryPanel::Failed
        } else {
            DiaryPanel::Open
        });
    });
    open_diary(container, lang.tag(), heading_level, medicines, &done);
}

/// The section the diary is mounted in, with a line while it loads or if it
/// cannot (its app renders inside; nothing of the widget's).
pub fn diary_section(lang: Lang, panel: DiaryPanel, node: &NodeRef) -> Html {
    let t = lang.texts();
    let status = match panel {
        DiaryPanel::Loading => t.diary_loading,
        DiaryPanel::Failed => t.diary_failed,
        _ => "",
    };
    html! {
        <>
            <p class="oih-note" role="status">{ status }</p>
            <section class="oih-diary" id="oih-diary" ref={node.clone()}></section>
        </>
    }
}
