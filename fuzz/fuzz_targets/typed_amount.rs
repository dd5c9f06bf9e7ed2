//! Anything typed into a medicine's amount: the form keeps the text and
//! either counts the medicine or names the problem; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oih_checklist::form::{Action, EntryCheck, State};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut state = State::default();
    state.apply(Action::AddMedicine);
    let key = state.medicines[0].key;
    state.apply(Action::SetDrug(key, "oxycodone".into()));
    state.apply(Action::SetTimes(key, "2".into()));
    state.apply(Action::SetAmount(key, text.clone()));
    assert_eq!(state.medicines[0].amount, text);
    if let EntryCheck::Valid(m) = state.medicines[0].check() {
        assert!(m.mme_per_day().is_some());
    }
    let _ = oih_checklist::assessment::assess(&state.input());
});
