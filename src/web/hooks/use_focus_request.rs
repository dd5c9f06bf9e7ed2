//! Moves focus where an action asked for it (a new medicine row, back to
//! "Add a medicine" after a removal, to "Undo" after clearing).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::form::{Action, State};

#[hook]
pub fn use_focus_request(state: &UseReducerHandle<State>, root: &NodeRef) {
    let request = state.focus.clone();
    let dispatch = state.dispatcher();
    let root = root.clone();
    use_effect_with(request, move |request| {
        if let Some(id) = request {
            let target = root
                .cast::<web_sys::Element>()
                .and_then(|r| r.query_selector(&("#".to_string() + id)).ok().flatten())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(element) = target {
                let _ = element.focus();
            }
            dispatch.dispatch(Action::FocusDone);
        }
    });
}
