//! The form state, kept in localStorage only while the user opts in.
//!
//! Nothing is written unless `remember` is on; turning it off (or "erase",
//! or "Start fresh") removes the stored copy at once. The copy carries the
//! time of its last change: one older than 30 days is erased unread, and a
//! restored one is announced with its date. Storage that is blocked (private
//! mode, sandboxed frames) simply means nothing is kept.

use web_sys::UrlSearchParams;
use yew::prelude::*;

use crate::form::saved::{restore, to_pairs, to_saved_pairs, STORAGE_KEY};
use crate::form::State;

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn now() -> u64 {
    js_sys::Date::now() as u64
}

/// The pairs of a copy written by [`pairs_to_text`].
pub fn pairs_from_text(text: &str) -> Option<Vec<(String, String)>> {
    let params = UrlSearchParams::new_with_str(text).ok()?;
    let pairs = js_sys::try_iter(&params.entries())
        .ok()??
        .filter_map(|entry| {
            let entry: js_sys::Array = entry.ok()?.into();
            Some((entry.get(0).as_string()?, entry.get(1).as_string()?))
        })
        .collect();
    Some(pairs)
}

/// Pairs as one text (`key=value&...`), as the stored copy is written.
pub fn pairs_to_text(pairs: Vec<(String, String)>) -> String {
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    for (key, value) in pairs {
        params.append(&key, &value);
    }
    params.to_string().into()
}

/// The stored copy, if there is one and it is not too old; a copy too old
/// (or without a time) is erased here.
fn load() -> Option<State> {
    let storage = storage()?;
    let text = storage.get_item(STORAGE_KEY).ok()??;
    let pairs = pairs_from_text(&text)?;
    let state = restore(pairs, now());
    if state.is_none() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
    state
}

fn save(storage: &web_sys::Storage, pairs: Vec<(String, String)>) {
    let _ = storage.set_item(STORAGE_KEY, &pairs_to_text(pairs));
}

/// The state, and whether this browser lets the widget save at all (it does
/// not in a sandboxed frame or with storage blocked: then the option is
/// hidden). `handed_over` is the state another language's widget had (a
/// language switch), taken before any stored copy.
#[hook]
pub fn use_saved_state(handed_over: Option<State>) -> (UseReducerHandle<State>, bool) {
    let can_save = *use_memo((), |_| storage().is_some());
    let state = use_reducer(move || handed_over.or_else(load).unwrap_or_default());
    // What was last written (without its time): a render that changes
    // nothing saved, such as loading, keeps the stored time as it is.
    let last = use_mut_ref(|| state.restored_at.map(|_| to_pairs(&state)));
    {
        let current = (*state).clone();
        use_effect_with(current, move |state| {
            if let Some(storage) = storage() {
                if state.remember {
                    let pairs = to_pairs(state);
                    if last.borrow().as_ref() != Some(&pairs) {
                        save(&storage, to_saved_pairs(state, now()));
                        *last.borrow_mut() = Some(pairs);
                    }
                } else {
                    *last.borrow_mut() = None;
                    if storage.get_item(STORAGE_KEY).ok().flatten().is_some() {
                        let _ = storage.remove_item(STORAGE_KEY);
                    }
                }
            }
        });
    }
    (state, can_save)
}
