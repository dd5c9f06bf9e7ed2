//! The diary's app: `DiaryState` (plain Rust, `crate::diary_form`) as a Yew
//! reducer, what the state asks of the browser (open the store, write the
//! entries queued, erase), and the screen's parts, each in its own file.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::{Element, ShadowRoot};
use yew::prelude::*;

use super::entries::entries;
use super::entry_form::entry_form;
use super::store::{self, Failure};
use super::tools::{confirm_panel, questions, tools};
use super::where_kept::where_kept;
use crate::diary::CivilDate;
use crate::diary_chart::chart;
use crate::diary_form::{DiaryAction, DiaryState, Storage, Write};
use crate::texts::Lang;

#[derive(Properties, PartialEq, Clone)]
pub struct DiaryProps {
    pub lang: Lang,
    pub heading_level: u8,
    /// The checklist's medicines, URL-encoded as its saved answers are.
    pub medicines: AttrValue,
}

/// The state as Yew's reducer.
#[derive(Default, PartialEq)]
pub struct Reduced(pub DiaryState);

impl Reducible for Reduced {
    type Action = DiaryAction;

    fn reduce(self: Rc<Self>, action: DiaryAction) -> Rc<Self> {
        let mut state = Rc::unwrap_or_clone(self).0;
        state.apply(action);
        Rc::new(Reduced(state))
    }
}

impl Clone for Reduced {
    fn clone(&self) -> Self {
        Reduced(self.0.clone())
    }
}

pub type Dispatch = UseReducerDispatcher<Reduced>;

/// Today in the browser's time zone.
fn today() -> Option<CivilDate> {
    let d = js_sys::Date::new_0();
    CivilDate::new(
        d.get_full_year() as u16,
        d.get_month() as u8 + 1,
        d.get_date() as u8,
    )
}

/// The checklist's medicine rows from what the widget handed over (its
/// saved answers' pairs), read as a restored copy is read.
fn checklist_rows(encoded: &str) -> Vec<crate::medicine::MedicineEntry> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(encoded) else {
        return Vec::new();
    };
    let mut pairs: Vec<(String, String)> = Vec::new();
    for pair in js_sys::try_iter(&params)
        .ok()
        .flatten()
        .into_iter()
        .flatten()
        .flatten()
    {
        let pair = js_sys::Array::from(&pair);
        if let (Some(k), Some(v)) = (pair.get(0).as_string(), pair.get(1).as_string()) {
            pairs.push((k, v));
        }
    }
    let now = js_sys::Date::now() as u64;
    pairs.push(("saved".into(), now.to_string()));
    crate::form::saved::restore(pairs, now)
        .map(|state| state.medicines)
        .unwrap_or_default()
}

#[component(DiaryApp)]
pub fn diary_app(props: &DiaryProps) -> Html {
    let lang = props.lang;
    // Every part below takes the words of the widget's language.
    let w = lang.diary_ui_texts();
    let state = use_reducer(Reduced::default);
    let dispatch = state.dispatcher();
    let root = use_node_ref();
    let s = &state.0;

    // Once: today, the checklist's medicines, and the focus on the title.
    {
        let dispatch = dispatch.clone();
        let medicines = props.medicines.clone();
        use_effect_with((), move |_| {
            if let Some(today) = today() {
                dispatch.dispatch(DiaryAction::Today(today));
            }
            dispatch.dispatch(DiaryAction::ChecklistMedicines(checklist_rows(&medicines)));
            dispatch.dispatch(DiaryAction::FocusOn(ids::TITLE.into()));
            // A diary kept here before opens as it was: the patient chose
            // to keep it then (nothing is created by asking).
            spawn_local(async move {
                if store::exists().await {
                    dispatch.dispatch(DiaryAction::OptIn);
                }
            });
        });
    }

    // The store: opened once the patient opted in.
    {
        let dispatch = dispatch.clone();
        use_effect_with(s.storage == Storage::Opening, move |opening| {
            if *opening {
                spawn_local(async move {
                    match store::open_and_load().await {
                        Ok((entries, _)) => dispatch.dispatch(DiaryAction::StoreLoaded(entries)),
                        Err(Failure::Refused(why)) => {
                            dispatch.dispatch(DiaryAction::StoreRefused(why))
                        }
                        Err(Failure::Closed) => dispatch.dispatch(DiaryAction::ErasedElsewhere),
                    }
                });
            }
        });
    }
    // While it is open, what another tab changes reloads the entries.
    {
        let dispatch = dispatch.clone();
        use_effect_with(s.storage == Storage::Stored, move |stored| {
            let stop = stored.then(|| {
                // { changed: date }, { erased: true } or { closed: true }.
                let reload = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
                    let erased = js_sys::Reflect::get(&event, &"erased".into())
                        .ok()
                        .and_then(|e| e.as_bool());
                    if erased == Some(true) {
                        dispatch.dispatch(DiaryAction::ErasedElsewhere);
                        return;
                    }
                    let dispatch = dispatch.clone();
                    spawn_local(async move {
                        match store::load().await {
                            Ok((entries, _)) => {
                                dispatch.dispatch(DiaryAction::StoreLoaded(entries))
                            }
                            Err(Failure::Closed) => dispatch.dispatch(DiaryAction::ErasedElsewhere),
                            Err(Failure::Refused(_)) => {}
                        }
                    });
                })
                .into_js_value();
                store::on_change(&reload)
            });
            move || {
                if let Some(stop) = stop {
                    let _ = stop.call0(&JsValue::NULL);
                }
            }
        });
    }

    // The entries queued: written together (one transaction, one render
    // when it is done: an imported year is one write, not 366), and
    // reported.
    {
        let dispatch = dispatch.clone();
        use_effect_with(s.writes_to_start(), move |writes| {
            if !writes.is_empty() {
                let writes = writes.clone();
                let ids: Vec<_> = writes.iter().map(Write::id).collect();
                dispatch.dispatch(DiaryAction::WriteStarted(ids.clone()));
                spawn_local(async move {
                    match store::write_all(&writes).await {
                        Ok(()) => dispatch.dispatch(DiaryAction::Written(ids)),
                        Err(Failure::Refused(why)) => {
                            dispatch.dispatch(DiaryAction::WriteFailed(ids, why))
                        }
                        Err(Failure::Closed) => dispatch.dispatch(DiaryAction::ErasedElsewhere),
                    }
                });
            }
        });
    }

    // "Erase the diary", once confirmed: the store goes too.
    {
        let dispatch = dispatch.clone();
        use_effect_with(s.erase_store, move |erase| {
            if *erase {
                spawn_local(async move {
                    match store::erase().await {
                        // ("closed": nothing left to erase.)
                        Ok(()) | Err(Failure::Closed) => {
                            dispatch.dispatch(DiaryAction::StoreErased)
                        }
                        Err(Failure::Refused(why)) => {
                            dispatch.dispatch(DiaryAction::StoreRefused(why))
                        }
                    }
                });
            }
        });
    }

    // The focus the state asks for, after the render.
    {
        let dispatch = dispatch.clone();
        let root = root.clone();
        use_effect_with(s.focus.clone(), move |focus| {
            if let Some(id) = focus {
                let target = root
                    .cast::<Element>()
                    .and_then(|el| el.get_root_node().dyn_into::<ShadowRoot>().ok())
                    .and_then(|shadow| shadow.get_element_by_id(id))
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
                if let Some(target) = target {
                    let _ = target.focus();
                }
                dispatch.dispatch(DiaryAction::FocusDone);
            }
        });
    }

    // "Add this diary to the summary for your doctor": the widget's print
    // and copy take the diary's file while it is ticked (and as it changes).
    // (The diary is compared only while it is ticked.)
    let include = use_state_eq(|| false);
    {
        let diary = include.then(|| s.diary.clone());
        use_effect_with(diary, |diary| {
            let text = match diary {
                Some(diary) if !diary.is_empty() => crate::diary::file::write(diary),
                _ => String::new(),
            };
            store::set_diary_for_summary(&text);
            || store::set_diary_for_summary("")
        });
    }

    // The chart and its table's cells: drawn again only when the entries
    // change, not on each key typed in the entry.
    let drawn = use_memo(s.diary.clone(), move |diary| chart(diary, lang.texts()));

    let h = props.heading_level;
    html! {
        // `oih`: the widget's own card and controls (widget.css), in a box
        // of its own below the widget (www/element.js, openDiary).
        <div class="oih oih-diary-app" lang={lang.tag()} ref={root}>
            <@{crate::web::components::heading::heading_tag(h)} id={ids::TITLE} tabindex="-1">{ w.diary.title }</@>
            <p>{ w.app_intro }</p>
            { where_kept(w, s, &dispatch) }
            <div class="oih-note" role="status" id={crate::diary_form::ids::NOTICE} tabindex="-1">
                { s.notice.as_ref().map(w.notice).unwrap_or_default() }
            </div>
            { confirm_panel(w, s, &dispatch) }
            { questions(w, s, &dispatch) }
            { entry_form(lang, s, &dispatch, h + 1) }
            { entries(w, s, &drawn, &dispatch, h + 1) }
            { tools(w, &state, &dispatch, &include, h + 1) }
        </div>
    }
}

/// The diary's own element ids (the state's are `crate::diary_form::ids`).
pub mod ids {
    pub const TITLE: &str = "oih-diary-title";
}
