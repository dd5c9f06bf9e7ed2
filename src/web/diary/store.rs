//! Where the shell meets the browser's storage: `www/diary-store.js`
//! (IndexedDB, used only after the patient opts in) and the files a patient
//! saves or opens. Every call resolves to a plain object, never throws:
//! `{ ok: true, ... }` or `{ refused, message }`.

use js_sys::{Array, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use crate::diary::file;
use crate::diary::{Diary, Entry};
use crate::diary_form::{Refusal, Write};

#[wasm_bindgen(module = "/www/diary-store.js")]
extern "C" {
    #[wasm_bindgen(js_name = hasDiary)]
    fn has_diary() -> Promise;
    #[wasm_bindgen(js_name = openDiary)]
    fn open_diary() -> Promise;
    #[wasm_bindgen(js_name = allEntries)]
    fn all_entries() -> Promise;
    #[wasm_bindgen(js_name = writeEntries)]
    fn write_entries(changes: &Array) -> Promise;
    #[wasm_bindgen(js_name = eraseDiary)]
    fn erase_diary() -> Promise;
    /// Calls `callback` when another tab changes the diary; returns the
    /// function that stops it.
    #[wasm_bindgen(js_name = onChange)]
    pub fn on_change(callback: &JsValue) -> js_sys::Function;
}

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    /// Adds the diary (its file's text) to the widget's printed and copied
    /// summary, or takes it out with "".
    #[wasm_bindgen(js_name = setDiaryForSummary)]
    pub fn set_diary_for_summary(text: &str);
    /// A document with an opaque origin (a sandboxed frame), where the
    /// browser may drop a download without a sign.
    #[wasm_bindgen(js_name = opaqueOrigin)]
    pub fn opaque_origin() -> bool;
}

#[wasm_bindgen(module = "/www/summary-actions.js")]
extern "C" {
    /// Saves `text` as a file named `name` (a download); `false` where the
    /// page cannot (a sandboxed frame may drop it without a sign).
    #[wasm_bindgen(js_name = saveFile)]
    pub fn save_file(name: &str, text: &str, kind: &str) -> bool;
}

/// Why a call of the store did nothing.
pub enum Failure {
    /// The browser refused (and why).
    Refused(Refusal),
    /// The diary is not open here any more: another page erased it.
    Closed,
}

/// What a call of the store came back with.
async fn call(promise: Promise) -> Result<JsValue, Failure> {
    let value = JsFuture::from(promise).await.unwrap_or(JsValue::UNDEFINED);
    let ok = Reflect::get(&value, &"ok".into())
        .ok()
        .and_then(|o| o.as_bool())
        == Some(true);
    match Reflect::get(&value, &"refused".into())
        .ok()
        .and_then(|r| r.as_string())
    {
        None if ok => Ok(value),
        None => Err(Failure::Refused(Refusal::Unknown)),
        Some(reason) => Err(match reason.as_str() {
            "closed" => Failure::Closed,
            "sandboxed" => Failure::Refused(Refusal::Sandboxed),
            "private" => Failure::Refused(Refusal::PrivateBrowsing),
            "quota" => Failure::Refused(Refusal::Full),
            // ("blocked": another page holds the diary open.)
            _ => Failure::Refused(Refusal::Unknown),
        }),
    }
}

/// One entry as the store keeps it: the diary file of that entry alone
/// (read back by the same reader as an imported file, so a damaged copy is
/// found, never guessed).
pub fn entry_text(entry: &Entry) -> String {
    let diary = Diary::from_entries(vec![entry.clone()]).unwrap_or_default();
    file::write(&diary)
}

/// A diary is kept on this device already (opened without asking again).
pub async fn exists() -> bool {
    call(has_diary())
        .await
        .ok()
        .and_then(|value| Reflect::get(&value, &"exists".into()).ok())
        .and_then(|exists| exists.as_bool())
        .unwrap_or(false)
}

/// Opens the store and reads every entry. Entries the reader refuses are
/// left in the store, untouched, and counted.
pub async fn open_and_load() -> Result<(Vec<Entry>, usize), Failure> {
    call(open_diary()).await?;
    load().await
}

/// Every entry in the store, and how many could not be read.
pub async fn load() -> Result<(Vec<Entry>, usize), Failure> {
    let value = call(all_entries()).await?;
    let texts = Reflect::get(&value, &"entries".into())
        .map(|e| Array::from(&e))
        .unwrap_or_default();
    let mut entries = Vec::new();
    let mut unreadable = 0;
    for text in texts.iter() {
        match text.as_string().map(|t: String| file::read(&t)) {
            Some(Ok(read)) => entries.extend(read),
            _ => unreadable += 1,
        }
    }
    Ok((entries, unreadable))
}

/// Carries out `writes` in one transaction (each day's entry stored, or
/// deleted when it has none): all of them, or none and why.
pub async fn write_all(writes: &[Write]) -> Result<(), Failure> {
    let changes: Array = writes
        .iter()
        .map(|write| {
            let change = js_sys::Object::new();
            let text = write
                .entry
                .as_ref()
                .map_or(JsValue::NULL, |entry| entry_text(entry).into());
            let _ = Reflect::set(&change, &"date".into(), &write.date.to_text().into());
            let _ = Reflect::set(&change, &"text".into(), &text);
            change
        })
        .collect();
    call(write_entries(&changes)).await.map(|_| ())
}

/// Deletes the whole diary from this device.
pub async fn erase() -> Result<(), Failure> {
    call(erase_diary()).await.map(|_| ())
}
