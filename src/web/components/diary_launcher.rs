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
    fn open_diary(container: &Element, lang: &str, heading_level: u8, medicines: &str, done: &JsValue);
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
    let Some(params) = params else { return String::new() };
    for (key, value) in crate::form::saved::to_pairs(state) {
        if crate::content::questions::QuestionId::from_key(&key).is_none() {
            params.append(&key, &value);
        }
    }
    params.to_string().into()
}

/// The button, for the result's actions.
pub fn diary_button(lang: Lang, panel: &UseStateHandle<DiaryPanel>) -> Html {
    let t = lang.texts();
    let open = {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| {
            if matches!(*panel, DiaryPanel::Closed | DiaryPanel::Failed) {
                panel.set(DiaryPanel::Loading);
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

#[derive(Properties, PartialEq)]
pub struct DiarySectionProps {
    pub lang: Lang,
    pub heading_level: u8,
    pub panel: UseStateHandle<DiaryPanel>,
    /// The checklist's medicines, URL-encoded ([`checklist_medicines`]).
    pub medicines: AttrValue,
}

/// The section the diary is mounted in, once asked for; its load is
/// started here. While it loads, and if it cannot, a plain line says so.
#[component(DiarySection)]
pub fn diary_section(props: &DiarySectionProps) -> Html {
    let t = props.lang.texts();
    let node = use_node_ref();
    let panel = props.panel.clone();
    {
        let node = node.clone();
        let (lang, level, medicines) = (props.lang, props.heading_level, props.medicines.clone());
        use_effect_with(*panel == DiaryPanel::Loading, move |loading| {
            if let (true, Some(container)) = (*loading, node.cast::<Element>()) {
                let done = Closure::once_into_js(move |handle: u32| {
                    panel.set(if handle == 0 { DiaryPanel::Failed } else { DiaryPanel::Open });
                });
                open_diary(&container, lang.tag(), level, &medicines, &done);
            }
        });
    }
    let status = match *props.panel {
        DiaryPanel::Loading => Some(t.diary_loading),
        DiaryPanel::Failed => Some(t.diary_failed),
        _ => None,
    };
    html! {
        <>
            <p class="oih-note" role="status">{ status.unwrap_or_default() }</p>
            // The diary's own app renders in here; nothing of the widget's.
            <section class="oih-diary" id="oih-diary" ref={node}></section>
        </>
    }
}
