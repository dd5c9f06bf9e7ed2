//! "Keep a pain diary": the button under the result, and the line that says
//! while the diary loads or if it cannot. The diary is its own wasm, loaded
//! from the widget's files only when this button is pressed (`openDiary` in
//! www/element.js), and shown below the widget, in a box of its own beside
//! the widget's (not inside its Yew tree), so the first load does not grow.

use wasm_bindgen::prelude::*;
use web_sys::{Element, UrlSearchParams};
use yew::prelude::*;

use crate::form::State;
use crate::texts::Lang;

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = openDiary)]
    fn open_diary(from: &Element, lang: &str, heading_level: u8, medicines: &str, done: &JsValue);
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
fn checklist_medicines(state: &State) -> String {
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    for (key, value) in crate::form::saved::to_pairs(state) {
        if crate::content::questions::QuestionId::from_key(&key).is_none() {
            params.append(&key, &value);
        }
    }
    params.to_string().into()
}

/// The button, for the result's actions: it loads the diary (or, once it
/// is open, takes the focus to it), and the line saying how that goes.
pub fn diary_button(
    lang: Lang,
    panel: &UseStateHandle<DiaryPanel>,
    heading_level: u8,
    state: &UseReducerHandle<State>,
) -> Html {
    let t = lang.texts();
    let open = {
        let (panel, state) = (panel.clone(), state.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(from) = e.target_dyn_into::<Element>() else {
                return;
            };
            if *panel != DiaryPanel::Open {
                panel.set(DiaryPanel::Loading);
            }
            let panel = panel.clone();
            let done = Closure::once_into_js(move |opened: u32| {
                panel.set(if opened == 0 {
                    DiaryPanel::Failed
                } else {
                    DiaryPanel::Open
                });
            });
            open_diary(
                &from,
                lang.tag(),
                heading_level,
                &checklist_medicines(&state),
                &done,
            );
        })
    };
    let status = match **panel {
        DiaryPanel::Loading => t.diary_loading,
        DiaryPanel::Failed => t.diary_failed,
        _ => "",
    };
    html! {
        <div class="oih-diary-open">
            <button type="button" class="oih-button oih-secondary" id="oih-diary-open"
                aria-describedby="oih-diary-open-hint" onclick={open}>{ t.diary_open }</button>
            <p class="oih-hint" id="oih-diary-open-hint">{ t.diary_open_hint }</p>
            <p class="oih-note" role="status">{ status }</p>
        </div>
    }
}
