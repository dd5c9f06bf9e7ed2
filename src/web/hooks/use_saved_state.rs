//! The form state, kept in localStorage only while the user opts in.
//!
//! Nothing is written unless `remember` is on; turning it off (or "erase")
//! removes the stored copy at once. Storage that is blocked (private mode,
//! sandboxed frames) simply means nothing is kept.

use web_sys::UrlSearchParams;
use yew::prelude::*;

use crate::form::saved::{from_pairs, to_pairs, STORAGE_KEY};
use crate::form::State;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn load() -> Option<State> {
    let text = storage()?.get_item(STORAGE_KEY).ok()??;
    let params = UrlSearchParams::new_with_str(&text).ok()?;
    let pairs = js_sys::try_iter(&params.entries())
        .ok()??
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.ok()?.into();
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        });
    Some(from_pairs(pairs.collect::<Vec<_>>()))
}

fn save(storage: &web_sys::Storage, state: &State) {
    if let Ok(params) = UrlSearchParams::new() {
        for (key, value) in to_pairs(state) {
            params.append(&key, &value);
        }
        let _ = storage.set_item(STORAGE_KEY, &String::from(params.to_string()));
    }
}

/// The state, and whether this browser lets the widget save at all (it does
/// not in a sandboxed frame or with storage blocked: then the option is hidden).
#[hook]
pub fn use_saved_state() -> (UseReducerHandle<State>, bool) {
    let can_save = *use_memo((), |_| storage().is_some());
    let state = use_reducer(|| load().unwrap_or_default());
    {
        let current = (*state).clone();
        use_effect_with(current, |state| {
            if let Some(storage) = storage() {
                if state.remember {
                    save(&storage, state);
                } else if storage.get_item(STORAGE_KEY).ok().flatten().is_some() {
                    let _ = storage.remove_item(STORAGE_KEY);
                }
            }
        });
    }
    (state, can_save)
}
