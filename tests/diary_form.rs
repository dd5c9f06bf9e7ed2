//! The diary screen's state (`diary_form`): every action, every message,
//! nothing typed lost on a failed save, the medicines copied from the last
//! entry, the store's outcomes (opt-in, refusal, writes reported together,
//! as the shell carries them out), two tabs, import, delete and erase asked once.
#![cfg(not(target_arch = "wasm32"))]

use oih_checklist::assessment::input::MedicationField;
use oih_checklist::assessment::{Medication, Problem, MAX_MEDICATIONS};
use oih_checklist::content::drugs::{Purpose, Unit, DRUGS};
use oih_checklist::diary::{CivilDate, Entry, Peg, PegItem, MAX_ENTRIES, NOTE_MAX_CHARS};
use oih_checklist::diary_form::{
    ids, row_from, Confirm, DiaryAction as A, DiaryState, EntryProblem, ImportCounts,
    ImportFailure, Keep, MedicineEdit as M, Notice, Refusal, Storage, Write, FIRST_KEY,
    TABLE_LATEST,
};
use oih_checklist::form::{self, EntryCheck, MedicineEntry, Message};

fn date(text: &str) -> CivilDate {
    CivilDate::parse(text).unwrap()
}

const TODAY: &str = "2026-03-10";

fn state() -> DiaryState {
    let mut state = DiaryState::new();
    state.apply(A::Today(date(TODAY)));
    state
}

fn oxycodone(mg: u32) -> Medication {
    let mut row = MedicineEntry::new(1);
    row.choose("oxycodone");
    row.amount = mg.to_string();
    row.times = "2".into();
    match row.check() {
        EntryCheck::Valid(m) => m,
        other => panic!("{other:?}"),
    }
}

fn entry(day: &str, peg: [u8; 3], mg: u32, note: &str) -> Entry {
    let peg = Peg::new(peg[0], peg[1], peg[2]).unwrap();
    Entry::new(date(day), peg, vec![oxycodone(mg)], note).unwrap()
}

fn answer_all(state: &mut DiaryState, peg: [u8; 3]) {
    for (item, value) in PegItem::ALL.into_iter().zip(peg) {
        state.apply(A::SetPeg(item, Some(value)));
    }
}

/// Adds a medicine row and types it in.
fn add_row(state: &mut DiaryState, drug: &str, amount: &str, times: &str) -> u32 {
    state.apply(A::AddMedicine);
    let key = state.form.medicines.last().unwrap().key;
    state.apply(A::EditMedicine(key, M::SetDrug(drug.into())));
    state.apply(A::EditMedicine(key, M::SetAmount(amount.into())));
    state.apply(A::EditMedicine(key, M::SetTimes(times.into())));
    key
}

/// Writes and saves a whole entry on `day`.
fn save(state: &mut DiaryState, day: &str, peg: [u8; 3]) {
    state.apply(A::SetDate(day.into()));
    answer_all(state, peg);
    state.apply(A::Save);
    assert_eq!(state.shown_problems(), vec![], "{day}");
}

/// Opens the store, empty.
fn stored() -> DiaryState {
    let mut state = state();
    state.apply(A::OptIn);
    state.apply(A::StoreLoaded(vec![]));
    state
}

/// Starts and finishes every write the state asks for, together (one
/// transaction), as the shell does.
fn write_all(state: &mut DiaryState) -> Vec<Write> {
    let writes = state.writes_to_start();
    let ids: Vec<_> = writes.iter().map(Write::id).collect();
    state.apply(A::WriteStarted(ids.clone()));
    state.apply(A::Written(ids));
    writes
}

fn dates(state: &DiaryState) -> Vec<String> {
    state
        .diary
        .entries()
        .iter()
        .map(|e| e.date().to_text())
        .collect()
}

#[test]
fn a_new_entry_is_for_today_with_the_checklists_medicines() {
    let mut state = DiaryState::new();
    assert_eq!(state.form.date, "", "no clock in the core");
    state.apply(A::Today(date(TODAY)));
    assert_eq!(state.form.date, TODAY);
    let mut checklist = MedicineEntry::new(1);
    checklist.choose("morphine");
    checklist.amount = "15".into();
    checklist.times = "3".into();
    checklist.filter = "mor".into();
    state.apply(A::ChecklistMedicines(vec![checklist.clone()]));
    let row = &state.form.medicines[0];
    assert!(
        row.key > FIRST_KEY,
        "apart from the checklist's element ids"
    );
    assert_eq!(
        (
            row.drug,
            row.amount.as_str(),
            row.times.as_str(),
            row.filter.as_str()
        ),
        (checklist.drug, "15", "3", "")
    );
    assert_eq!(state.checklist_medicines, vec![checklist]);
    // A later day does not move a date already there.
    state.apply(A::SetDate("2026-03-01".into()));
    state.apply(A::Today(date("2026-03-11")));
    assert_eq!(state.form.date, "2026-03-01");
    assert_eq!(state.today, Some(date("2026-03-11")));
    // Once the person typed, the checklist's rows no longer replace theirs.
    state.apply(A::ChecklistMedicines(vec![]));
    assert_eq!(state.form.medicines.len(), 1);
}

#[test]
fn the_checklists_rows_are_not_copied_over_a_diary_with_entries() {
    let mut state = state();
    save(&mut state, "2026-03-01", [1, 2, 3]);
    let mut row = MedicineEntry::new(1);
    row.choose("morphine");
    state.apply(A::ChecklistMedicines(vec![row]));
    assert!(state.form.medicines.is_empty(), "the last entry had none");
}

#[test]
fn a_saved_entry_goes_into_the_diary_and_the_queue_and_the_form_starts_again() {
    let mut state = state();
    let key = add_row(&mut state, "oxycodone", "10", "2");
    state.apply(A::SetNote("  A bad week  ".into()));
    answer_all(&mut state, [6, 5, 7]);
    assert_eq!(state.shown_problems(), vec![]);
    state.apply(A::Save);
    let saved = state.diary.get(date(TODAY)).expect("saved").clone();
    assert_eq!(saved, entry(TODAY, [6, 5, 7], 10, "A bad week"));
    assert_eq!(state.notice, Some(Notice::Saved(date(TODAY))));
    assert_eq!(state.focus, Some(ids::entry(date(TODAY))));
    assert!(state.is_pending(date(TODAY)));
    assert_eq!(state.unsaved_count(), 1);
    // A new entry, with the saved medicines as typed, under new keys.
    let form = &state.form;
    assert_eq!((form.editing, form.date.as_str()), (None, TODAY));
    assert_eq!(form.peg, [None; 3]);
    assert_eq!(
        (form.note.as_str(), form.tried, form.changed),
        ("", false, false)
    );
    assert_eq!(form.medicines.len(), 1);
    assert_ne!(form.medicines[0].key, key);
    assert_eq!(form.medicines[0].amount, "10");
    assert_eq!(
        form.medicines[0].check(),
        EntryCheck::Valid(oxycodone(10)),
        "copied"
    );
    state.apply(A::DismissNotice);
    assert_eq!(state.notice, None);
}

#[test]
fn a_failed_save_names_each_problem_and_keeps_everything_typed() {
    let mut state = state();
    let key = add_row(&mut state, "morphine", "lots", "2");
    state.apply(A::SetPeg(PegItem::Enjoyment, Some(4)));
    state.apply(A::SetDate("2026-02-30".into()));
    let long = "é".repeat(NOTE_MAX_CHARS + 1);
    state.apply(A::SetNote(long.clone()));
    assert_eq!(state.form.note_chars(), NOTE_MAX_CHARS + 1);
    assert_eq!(state.shown_problems(), vec![], "nothing before a save");
    let before = state.form.clone();
    state.apply(A::Save);
    let problems = vec![
        EntryProblem::NotADate,
        EntryProblem::Unanswered(PegItem::Pain),
        EntryProblem::Unanswered(PegItem::Activity),
        EntryProblem::Medicine(
            key,
            MedicationField::Amount,
            Message::Problem(Problem::NotANumber),
        ),
        EntryProblem::NoteTooLong(NOTE_MAX_CHARS + 1),
    ];
    assert_eq!(state.shown_problems(), problems);
    assert_eq!(state.focus, Some(ids::PROBLEMS.into()));
    assert!(state.diary.is_empty() && state.pending.is_empty());
    assert_eq!(state.notice, None);
    let mut expected = before;
    expected.tried = true;
    assert_eq!(state.form, expected, "nothing typed is lost");
    // Problems follow the changes once shown.
    state.apply(A::SetDate("2026-03-11".into()));
    assert_eq!(state.shown_problems()[0], EntryProblem::InFuture);
    state.apply(A::SetDate(TODAY.into()));
    answer_all(&mut state, [1, 4, 2]);
    state.apply(A::EditMedicine(key, M::SetAmount("15".into())));
    assert_eq!(
        state.shown_problems(),
        vec![EntryProblem::NoteTooLong(NOTE_MAX_CHARS + 1)]
    );
    // Spaces around the note do not count, as in the core.
    state.apply(A::SetNote(format!("  {}  ", "é".repeat(NOTE_MAX_CHARS))));
    assert_eq!(state.shown_problems(), vec![]);
    state.apply(A::Save);
    assert_eq!(state.diary.len(), 1);
}

#[test]
fn each_problem_points_at_its_field() {
    assert_eq!(EntryProblem::NotADate.field_id(), ids::DATE);
    assert_eq!(EntryProblem::InFuture.field_id(), ids::DATE);
    assert_eq!(EntryProblem::DateTaken(date(TODAY)).field_id(), ids::DATE);
    assert_eq!(
        EntryProblem::Unanswered(PegItem::Activity).field_id(),
        "oih-diary-activity-0"
    );
    assert_eq!(ids::peg(PegItem::Pain), "oih-diary-pain-0");
    assert_eq!(EntryProblem::NoteTooLong(300).field_id(), ids::NOTE);
    assert_eq!(EntryProblem::DiaryFull.field_id(), ids::SAVE);
    let message = Message::Problem(Problem::Missing);
    for (field, id) in [
        (MedicationField::Drug, form::ids::find(7)),
        (MedicationField::Amount, form::ids::amount(7)),
        (MedicationField::PerDose, form::ids::per_dose(7)),
        (MedicationField::TimesPerDay, form::ids::times(7)),
        (MedicationField::Purpose, form::ids::purpose(7)),
    ] {
        assert_eq!(
            EntryProblem::Medicine(7, field, message.clone()).field_id(),
            id
        );
    }
    assert_eq!(ids::entry(date(TODAY)), "oih-diary-entry-2026-03-10");
    assert_eq!(ids::delete(date(TODAY)), "oih-diary-delete-2026-03-10");
    assert_eq!(ids::edit(date(TODAY)), "oih-diary-edit-2026-03-10");
}

#[test]
fn a_row_with_no_medicine_chosen_stops_the_save() {
    let mut state = state();
    state.apply(A::AddMedicine);
    let key = state.form.medicines[0].key;
    assert_eq!(state.focus, Some(form::ids::find(key)));
    answer_all(&mut state, [1, 1, 1]);
    state.apply(A::Save);
    assert_eq!(
        state.shown_problems(),
        vec![EntryProblem::Medicine(
            key,
            MedicationField::Drug,
            Message::Problem(Problem::Missing)
        )]
    );
    state.apply(A::RemoveMedicine(key));
    assert_eq!(state.focus, Some(ids::ADD_MEDICINE.into()));
    state.apply(A::Save);
    assert_eq!(state.diary.get(date(TODAY)).unwrap().medications(), &[]);
}

#[test]
fn a_date_taken_offers_to_edit_that_entry_with_what_was_typed() {
    let mut state = state();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    state.apply(A::EditInstead);
    assert_eq!(state.form.editing, None, "nothing taken: nothing to do");
    state.apply(A::SetDate("2026-03-01".into()));
    answer_all(&mut state, [5, 5, 5]);
    state.apply(A::SetNote("again".into()));
    state.apply(A::Save);
    assert_eq!(
        state.shown_problems(),
        vec![EntryProblem::DateTaken(date("2026-03-01"))]
    );
    assert_eq!(state.diary.get(date("2026-03-01")).unwrap().note(), None);
    state.apply(A::EditInstead);
    assert_eq!(state.form.editing, Some(date("2026-03-01")));
    assert_eq!(state.form.note, "again", "what was typed stays");
    assert_eq!(state.focus, Some(ids::SAVE.into()));
    assert_eq!(state.shown_problems(), vec![]);
    state.apply(A::Save);
    assert_eq!(state.diary.len(), 1);
    let saved = state.diary.get(date("2026-03-01")).unwrap();
    assert_eq!((saved.note(), saved.score().sum()), (Some("again"), 15));
    assert_eq!(state.notice, Some(Notice::Changed(date("2026-03-01"))));
}

#[test]
fn editing_loads_an_entry_and_a_new_date_moves_it() {
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry(
        "2026-03-01",
        [2, 3, 4],
        10,
        "note",
    )]));
    // A new entry being typed is set aside, not lost.
    state.apply(A::SetNote("half written".into()));
    state.apply(A::Edit(date("2026-03-01")));
    assert_eq!(state.draft.as_ref().unwrap().note, "half written");
    assert_eq!(state.focus, Some(ids::DATE.into()));
    let form = &state.form;
    assert_eq!(form.editing, Some(date("2026-03-01")));
    assert_eq!(form.date, "2026-03-01");
    assert_eq!(form.peg, [Some(2), Some(3), Some(4)]);
    assert_eq!(form.note, "note");
    assert_eq!(form.medicines[0].check(), EntryCheck::Valid(oxycodone(10)));
    assert!(form.medicines[0].key > FIRST_KEY);
    // Cancel: the draft comes back.
    state.apply(A::CancelEdit);
    assert_eq!(state.form.note, "half written");
    assert_eq!(state.draft, None);
    assert_eq!(state.focus, Some(ids::edit(date("2026-03-01"))));
    // Edit again, move it to another day.
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::SetDate("2026-03-02".into()));
    state.apply(A::Save);
    assert_eq!(dates(&state), ["2026-03-02"]);
    assert_eq!(state.notice, Some(Notice::Changed(date("2026-03-02"))));
    assert_eq!(state.form.note, "half written", "the draft is back");
    let writes = state.writes_to_start();
    assert_eq!(
        writes,
        vec![
            Write {
                date: date("2026-03-01"),
                seq: writes[0].seq,
                entry: None
            },
            Write {
                date: date("2026-03-02"),
                seq: writes[1].seq,
                entry: Some(entry("2026-03-02", [2, 3, 4], 10, "note"))
            },
        ]
    );
    assert_eq!(state.unsaved_count(), 1, "a deletion is not an entry");
    // Nothing to edit on a day without an entry.
    let before = state.clone();
    state.apply(A::Edit(date("2026-01-01")));
    assert_eq!(state, before);
    // Nothing typed: nothing set aside; cancelling gives a new entry for
    // today with the last entry's medicines.
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [2, 3, 4], 10, "")]));
    state.apply(A::Edit(date("2026-03-01")));
    assert_eq!(state.draft, None);
    state.apply(A::SetNote("changed my mind".into()));
    state.apply(A::CancelEdit);
    assert_eq!(
        (state.form.editing, state.form.date.as_str()),
        (None, TODAY)
    );
    assert_eq!(state.form.note, "");
    assert_eq!(state.form.medicines[0].amount, "10", "the last entry's");
    assert_eq!(state.diary.get(date("2026-03-01")).unwrap().note(), None);
}

#[test]
fn delete_asks_once_and_cancel_keeps_the_entry() {
    let mut state = state();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    state.apply(A::AskDelete(date("2026-02-01")));
    assert_eq!(state.confirm, None, "no entry that day");
    state.apply(A::AskDelete(date("2026-03-01")));
    assert_eq!(state.confirm, Some(Confirm::Delete(date("2026-03-01"))));
    assert_eq!(state.focus, Some(ids::CONFIRM.into()));
    state.apply(A::Cancel);
    assert_eq!(state.confirm, None);
    assert_eq!(state.diary.len(), 1);
    assert_eq!(state.focus, Some(ids::delete(date("2026-03-01"))));
    state.apply(A::AskDelete(date("2026-03-01")));
    state.apply(A::Confirm);
    assert!(state.diary.is_empty());
    assert_eq!(state.notice, Some(Notice::Deleted(date("2026-03-01"))));
    assert_eq!(state.focus, Some(ids::NOTICE.into()));
    assert!(
        state.pending.is_empty(),
        "never stored, deleted: nothing to write"
    );
    // A second "yes" with no question does nothing.
    let before = state.clone();
    state.apply(A::Confirm);
    state.apply(A::Cancel);
    assert_eq!(state, before);
}

#[test]
fn deleting_the_entry_being_edited_starts_a_new_one() {
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::AskDelete(date("2026-03-01")));
    state.apply(A::Confirm);
    assert_eq!(state.form.editing, None);
    assert_eq!(state.form.date, TODAY);
    assert_eq!(
        state.writes_to_start()[0].entry,
        None,
        "the store deletes it"
    );
}

#[test]
fn erase_asks_once_then_clears_entries_and_queue_and_the_store() {
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    save(&mut state, "2026-03-02", [2, 2, 2]);
    state.apply(A::SetNote("typing".into()));
    state.apply(A::AskErase);
    assert_eq!(state.confirm, Some(Confirm::Erase));
    assert_eq!(state.focus, Some(ids::CONFIRM.into()));
    state.apply(A::Cancel);
    assert_eq!(state.focus, Some(ids::ERASE.into()));
    assert_eq!(state.diary.len(), 2);
    assert!(!state.erase_store);
    state.apply(A::AskErase);
    state.apply(A::Confirm);
    assert!(state.diary.is_empty() && state.pending.is_empty());
    assert!(state.erase_store);
    assert_eq!(
        state.storage,
        Storage::NotChosen,
        "asked again before storing"
    );
    assert_eq!(state.notice, Some(Notice::Erased));
    assert_eq!(state.focus, Some(ids::NOTICE.into()));
    assert_eq!(state.form.note, "typing", "a new entry being typed stays");
    assert_eq!(state.today, Some(date(TODAY)));
    state.apply(A::StoreErased);
    assert!(!state.erase_store);
    // An edit in progress of an erased entry goes; the draft comes back.
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    state.apply(A::SetNote("draft".into()));
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::AskErase);
    state.apply(A::Confirm);
    assert_eq!(
        (state.form.editing, state.form.note.as_str()),
        (None, "draft")
    );
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::AskErase);
    state.apply(A::Confirm);
    assert_eq!(
        (state.form.editing, state.form.date.as_str()),
        (None, TODAY)
    );
    assert!(state.form.medicines.is_empty());
}

#[test]
fn nothing_is_written_before_the_opt_in_and_everything_after() {
    let mut state = state();
    assert_eq!(state.storage, Storage::NotChosen);
    save(&mut state, "2026-03-01", [1, 1, 1]);
    assert_eq!(state.writes_to_start(), vec![]);
    state.apply(A::OptIn);
    assert_eq!(state.storage, Storage::Opening);
    assert_eq!(state.writes_to_start(), vec![], "not open yet");
    state.apply(A::StoreLoaded(vec![]));
    assert_eq!(state.storage, Storage::Stored);
    assert_eq!(dates(&state), ["2026-03-01"], "kept over the empty store");
    let writes = state.writes_to_start();
    assert_eq!(writes.len(), 1);
    let w = &writes[0];
    state.apply(A::WriteStarted(vec![(w.date, w.seq)]));
    assert_eq!(state.writes_to_start(), vec![], "not twice");
    assert!(state.is_pending(w.date), "until the store says so");
    state.apply(A::Written(vec![(w.date, w.seq + 1)]));
    assert!(state.is_pending(w.date), "another version's report");
    state.apply(A::Written(vec![(w.date, w.seq)]));
    assert!(state.pending.is_empty());
    assert!(!state.is_pending(w.date));
    // A later visit: the shell found the store.
    let mut later = DiaryState::new();
    later.apply(A::StoreOpening);
    assert_eq!(later.storage, Storage::Opening);
    later.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    assert_eq!(dates(&later), ["2026-03-01"]);
    assert!(later.pending.is_empty());
}

#[test]
fn a_refused_store_keeps_the_entries_for_the_visit_and_the_export() {
    for why in [
        Refusal::PrivateBrowsing,
        Refusal::Sandboxed,
        Refusal::Full,
        Refusal::Unknown,
    ] {
        let mut state = state();
        state.apply(A::OptIn);
        state.apply(A::StoreRefused(why));
        assert_eq!(state.storage, Storage::Refused(why));
        save(&mut state, "2026-03-01", [4, 4, 4]);
        assert_eq!(state.writes_to_start(), vec![]);
        assert_eq!(state.unsaved_count(), 1);
        assert!(state.diary.export().contains("2026-03-01"), "exportable");
    }
}

#[test]
fn a_failed_write_stays_queued_and_visible_until_tried_again() {
    let mut state = stored();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    save(&mut state, "2026-03-02", [2, 2, 2]);
    let writes = state.writes_to_start();
    for w in &writes {
        state.apply(A::WriteStarted(vec![(w.date, w.seq)]));
    }
    state.apply(A::Written(vec![(writes[0].date, writes[0].seq)]));
    state.apply(A::WriteFailed(
        vec![(writes[1].date, writes[1].seq + 1)],
        Refusal::Full,
    ));
    assert_eq!(state.storage, Storage::Stored, "another version's report");
    state.apply(A::WriteFailed(
        vec![(writes[1].date, writes[1].seq)],
        Refusal::Full,
    ));
    assert_eq!(state.storage, Storage::Refused(Refusal::Full));
    assert_eq!(state.pending.len(), 1);
    assert_eq!(state.pending[0].failed, Some(Refusal::Full));
    assert!(state.is_pending(date("2026-03-02")));
    assert_eq!(dates(&state), ["2026-03-01", "2026-03-02"]);
    // Try again: the store opens, the failed write goes again.
    state.apply(A::OptIn);
    assert_eq!(state.pending[0].failed, None);
    let stored_first = state.diary.get(date("2026-03-01")).unwrap().clone();
    state.apply(A::StoreLoaded(vec![stored_first]));
    let again = state.writes_to_start();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].date, date("2026-03-02"));
    // A failed write that is not the one under way changes nothing.
    state.apply(A::WriteFailed(
        vec![(date("2026-01-01"), 1)],
        Refusal::Unknown,
    ));
    assert_eq!(state.storage, Storage::Stored);
}

#[test]
fn a_change_during_a_write_is_written_after_it() {
    let mut state = stored();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    let first = state.writes_to_start().remove(0);
    state.apply(A::WriteStarted(vec![(first.date, first.seq)]));
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::SetNote("changed".into()));
    state.apply(A::Save);
    assert_eq!(
        state.writes_to_start(),
        vec![],
        "one write of a day at a time"
    );
    state.apply(A::Written(vec![(first.date, first.seq)]));
    let second = state.writes_to_start();
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].entry.as_ref().unwrap().note(), Some("changed"));
    // The store shows the first version meanwhile: not a clash with
    // another tab, it was this tab's.
    state.apply(A::StoreLoaded(vec![first.entry.clone().unwrap()]));
    assert!(state.clashes.is_empty());
    assert_eq!(state.diary.get(first.date).unwrap().note(), Some("changed"));
    // A started report for an old version does nothing.
    state.apply(A::WriteStarted(vec![(first.date, first.seq)]));
    assert_eq!(state.writes_to_start().len(), 1);
    write_all(&mut state);
    assert!(state.pending.is_empty());
}

#[test]
fn two_tabs_never_lose_an_entry() {
    // This tab saved an entry not yet stored; the other tab wrote another.
    let mut state = stored();
    save(&mut state, "2026-03-02", [2, 2, 2]);
    let theirs = entry("2026-03-01", [7, 7, 7], 20, "other tab");
    state.apply(A::StoreLoaded(vec![theirs.clone()]));
    assert_eq!(dates(&state), ["2026-03-01", "2026-03-02"]);
    assert!(state.is_pending(date("2026-03-02")));
    write_all(&mut state);
    // Another tab deleted an entry this tab had stored: gone here too.
    state.apply(A::StoreLoaded(vec![theirs.clone()]));
    assert_eq!(dates(&state), ["2026-03-01"]);
    // An entry edited here against a deletion there: the entry stays.
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::SetNote("edited here".into()));
    state.apply(A::Save);
    state.apply(A::StoreLoaded(vec![]));
    assert_eq!(
        state.diary.get(date("2026-03-01")).unwrap().note(),
        Some("edited here")
    );
    assert_eq!(state.writes_to_start().len(), 1, "and is written");
    write_all(&mut state);
    // Deleted here, edited there: their entry comes back.
    state.apply(A::AskDelete(date("2026-03-01")));
    state.apply(A::Confirm);
    let edited = entry("2026-03-01", [3, 3, 3], 20, "edited there");
    state.apply(A::StoreLoaded(vec![edited.clone()]));
    assert_eq!(state.diary.entries(), std::slice::from_ref(&edited));
    assert!(state.pending.is_empty());
}

#[test]
fn a_delete_under_way_puts_the_other_tabs_entry_back_after() {
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    state.apply(A::AskDelete(date("2026-03-01")));
    state.apply(A::Confirm);
    let delete = state.writes_to_start().remove(0);
    state.apply(A::WriteStarted(vec![(delete.date, delete.seq)]));
    let edited = entry("2026-03-01", [3, 3, 3], 20, "edited there");
    state.apply(A::StoreLoaded(vec![edited.clone()]));
    assert_eq!(state.diary.entries(), std::slice::from_ref(&edited));
    state.apply(A::Written(vec![(delete.date, delete.seq)]));
    let again = state.writes_to_start();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].entry, Some(edited));
}

#[test]
fn two_entries_for_one_day_ask_which_to_keep() {
    for keep in [Keep::This, Keep::Other] {
        let mut state = stored();
        save(&mut state, "2026-03-01", [2, 2, 2]);
        let mine = state.diary.get(date("2026-03-01")).unwrap().clone();
        let theirs = entry("2026-03-01", [8, 8, 8], 20, "other tab");
        state.apply(A::StoreLoaded(vec![theirs.clone()]));
        assert_eq!(state.clashes, vec![theirs.clone()]);
        assert_eq!(
            state.diary.entries(),
            std::slice::from_ref(&mine),
            "this tab's shown"
        );
        assert_eq!(state.writes_to_start(), vec![], "held until answered");
        state.apply(A::ResolveClash(keep));
        assert!(state.clashes.is_empty());
        assert_eq!(state.focus, Some(ids::NOTICE.into()));
        match keep {
            Keep::This => {
                assert_eq!(state.diary.entries(), std::slice::from_ref(&mine));
                assert_eq!(state.writes_to_start()[0].entry, Some(mine));
                // Theirs is now what the store is known to hold.
                state.apply(A::StoreLoaded(vec![theirs]));
                assert!(state.clashes.is_empty());
            }
            Keep::Other => {
                assert_eq!(state.diary.entries(), &[theirs]);
                assert!(state.pending.is_empty());
            }
        }
    }
}

#[test]
fn keeping_the_other_tabs_entry_during_a_write_writes_it_back() {
    let mut state = stored();
    save(&mut state, "2026-03-01", [2, 2, 2]);
    let mine = state.writes_to_start().remove(0);
    state.apply(A::WriteStarted(vec![(mine.date, mine.seq)]));
    let theirs = entry("2026-03-01", [8, 8, 8], 20, "other tab");
    state.apply(A::StoreLoaded(vec![theirs.clone()]));
    assert_eq!(state.clashes.len(), 1);
    state.apply(A::ResolveClash(Keep::Other));
    state.apply(A::Written(vec![(mine.date, mine.seq)]));
    let again = state.writes_to_start();
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].entry, Some(theirs));
}

#[test]
fn a_store_over_the_limit_shows_the_newest() {
    let first = date("2020-01-01");
    let many: Vec<Entry> = (0..=MAX_ENTRIES as i64)
        .map(|d| {
            let day = first.add_days(d).unwrap();
            entry(&day.to_text(), [1, 1, 1], 10, "")
        })
        .collect();
    let mut state = stored();
    state.apply(A::StoreLoaded(many.clone()));
    assert_eq!(state.diary.len(), MAX_ENTRIES);
    assert_eq!(state.diary.entries()[0].date(), first.add_days(1).unwrap());
    // The store's entries twice for one day: one kept.
    let mut state = stored();
    let twice = vec![many[0].clone(), many[1].clone(), many[0].clone()];
    state.apply(A::StoreLoaded(twice));
    assert_eq!(state.diary.len(), 2);
}

#[test]
fn a_full_diary_takes_no_new_entry_but_an_edit() {
    let first = date("2010-01-01");
    let full: Vec<Entry> = (0..MAX_ENTRIES as i64)
        .map(|d| entry(&first.add_days(d).unwrap().to_text(), [1, 1, 1], 10, ""))
        .collect();
    let mut state = stored();
    state.apply(A::StoreLoaded(full));
    answer_all(&mut state, [1, 1, 1]);
    state.apply(A::Save);
    assert_eq!(state.shown_problems(), vec![EntryProblem::DiaryFull]);
    state.apply(A::Edit(first));
    state.apply(A::SetNote("edit".into()));
    assert_eq!(state.shown_problems(), vec![]);
    state.apply(A::Save);
    assert_eq!(state.notice, Some(Notice::Changed(first)));
    assert_eq!(state.diary.get(first).unwrap().note(), Some("edit"));
    assert_eq!(
        state.shown_problems(),
        vec![EntryProblem::DiaryFull],
        "the new entry set aside is back, still too many"
    );
}

#[test]
fn an_edit_of_an_entry_another_tab_deleted_saves_it_again() {
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::StoreLoaded(vec![]));
    assert_eq!(state.form.editing, None);
    state.apply(A::Save);
    assert_eq!(dates(&state), ["2026-03-01"]);
    assert_eq!(state.notice, Some(Notice::Saved(date("2026-03-01"))));
}

#[test]
fn medicines_are_copied_from_the_last_entry() {
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![
        entry("2026-02-01", [1, 1, 1], 5, ""),
        entry("2026-03-01", [1, 1, 1], 20, ""),
    ]));
    state.apply(A::Edit(date("2026-02-01")));
    state.apply(A::CancelEdit);
    assert_eq!(state.form.medicines.len(), 1);
    assert_eq!(
        state.form.medicines[0].check(),
        EntryCheck::Valid(oxycodone(20)),
        "the last entry's, not the one edited"
    );
}

#[test]
fn an_imported_diary_gives_the_first_entry_its_medicines() {
    let mut source = state();
    let key = add_row(&mut source, "oxycodone", "10", "2");
    let _ = key;
    save(&mut source, "2026-03-01", [1, 1, 1]);
    let mut state = state();
    state.apply(A::Import(source.diary.export()));
    assert_eq!(state.form.medicines[0].amount, "10");
}

#[test]
fn a_stored_medicine_becomes_a_row_that_checks_to_the_same_medicine() {
    for drug in DRUGS.iter() {
        let unit_amount = match drug.unit {
            Unit::Mg => "7.5",
            Unit::McgPerHour => "25",
        };
        for purpose in Purpose::ALL {
            if purpose != Purpose::Pain && !drug.takes_purpose() {
                continue;
            }
            let mut row = MedicineEntry::new(1);
            row.choose(drug.id);
            row.amount = unit_amount.into();
            row.per_dose = "2".into();
            row.times = "3".into();
            row.purpose = Some(purpose);
            let EntryCheck::Valid(medication) = row.check() else {
                panic!("{}: {:?}", drug.id, row.check())
            };
            let back = row_from(&medication);
            assert_eq!(back.check(), EntryCheck::Valid(medication), "{}", drug.id);
            assert_eq!(back.purpose.is_some(), drug.takes_purpose(), "{}", drug.id);
            assert!(back.amount_touched && back.times_touched);
            if drug.factor.is_some() {
                assert_eq!(back.amount, unit_amount, "as typed: {}", drug.id);
            }
        }
    }
    // An amount kept for a drug without a factor is not asked by the row.
    let other = Medication::check(
        oih_checklist::content::drugs::Drug::from_id("heroin").unwrap(),
        Some(Ok(oih_checklist::decimal::Decimal::from_int(5))),
        None,
        None,
        None,
    )
    .unwrap();
    assert_eq!(row_from(&other).amount, "");
}

#[test]
fn medicine_rows_change_as_in_the_checklist() {
    let mut state = state();
    let key = add_row(&mut state, "b:Percocet", "", "6");
    state.apply(A::EditMedicine(key, M::SetFilter("per".into())));
    state.apply(A::EditMedicine(key, M::SetStrength("5 mg/325 mg".into())));
    state.apply(A::EditMedicine(key, M::SetPerDose("2".into())));
    let row = &state.form.medicines[0];
    assert_eq!(row.filter, "per");
    assert!(row.amount_touched && row.times_touched);
    let EntryCheck::Valid(percocet) = row.check() else {
        panic!("{:?}", row.check())
    };
    assert_eq!((percocet.per_dose, percocet.times_per_day), (2, Some(6)));
    let key = add_row(&mut state, "oxycodone", "5/325", "");
    assert!(state.form.medicines[1].times_touched);
    state.apply(A::EditMedicine(key, M::PickAmount("5".into())));
    assert_eq!(state.form.medicines[1].amount, "5");
    assert_eq!(state.focus, Some(form::ids::amount(key)));
    let key = add_row(&mut state, "methadone", "10", "2");
    state.apply(A::EditMedicine(
        key,
        M::SetPurpose(Purpose::OpioidUseDisorder),
    ));
    assert_eq!(
        state.form.medicines[2].purpose,
        Some(Purpose::OpioidUseDisorder)
    );
    state.apply(A::AddMedicine);
    let key = state.form.medicines[3].key;
    state.apply(A::EditMedicine(key, M::TouchAmount));
    state.apply(A::EditMedicine(key, M::TouchTimes));
    let row = &state.form.medicines[3];
    assert!(row.amount_touched && row.times_touched);
    // Changing the drug clears what was typed for another, and says so.
    let key = add_row(&mut state, "morphine", "30", "2");
    state.apply(A::EditMedicine(key, M::SetDrug("fentanyl_patch".into())));
    assert_eq!(
        state.form.medicines[4].cleared,
        Some(oih_checklist::form::Cleared::Unit(Unit::McgPerHour))
    );
    state.apply(A::EditMedicine(key, M::SetAmount("25".into())));
    assert_eq!(state.form.medicines[4].cleared, None);
    // An unknown row: nothing changes.
    let before = state.clone();
    state.apply(A::EditMedicine(1, M::SetAmount("9".into())));
    assert_eq!(state, before);
    // At most as many rows as the checklist.
    while state.form.medicines.len() < MAX_MEDICATIONS {
        state.apply(A::AddMedicine);
    }
    state.apply(A::FocusDone);
    state.apply(A::AddMedicine);
    assert_eq!(state.form.medicines.len(), MAX_MEDICATIONS);
    assert_eq!(state.focus, None);
}

#[test]
fn a_cleared_notice_and_the_times_typed_reset_for_each_field() {
    let mut state = state();
    let key = add_row(&mut state, "morphine", "30", "2");
    for (edit, check) in [
        (M::SetStrength("x".into()), 0),
        (M::SetPerDose("1".into()), 1),
        (M::SetTimes("2".into()), 2),
        (M::PickAmount("30".into()), 3),
    ] {
        state.apply(A::EditMedicine(key, M::SetDrug("hydromorphone".into())));
        state.apply(A::EditMedicine(key, M::SetAmount("2".into())));
        state.apply(A::EditMedicine(key, M::SetDrug("morphine".into())));
        assert!(state.form.medicines[0].cleared.is_some(), "{check}");
        state.apply(A::EditMedicine(key, edit));
        assert_eq!(state.form.medicines[0].cleared, None, "{check}");
    }
}

#[test]
fn peg_answers_are_0_to_10_and_can_be_cleared() {
    let mut state = state();
    state.apply(A::SetPeg(PegItem::Pain, Some(10)));
    assert_eq!(state.form.answer(PegItem::Pain), Some(10));
    assert!(state.form.changed);
    state.apply(A::SetPeg(PegItem::Pain, Some(11)));
    assert_eq!(state.form.answer(PegItem::Pain), Some(10), "ignored");
    state.apply(A::SetPeg(PegItem::Pain, None));
    assert_eq!(state.form.answer(PegItem::Pain), None);
    state.apply(A::SetPeg(PegItem::Activity, Some(0)));
    assert_eq!(state.form.peg, [None, None, Some(0)]);
}

#[test]
fn focus_requests_come_and_go() {
    let mut state = state();
    state.apply(A::FocusOn("x".into()));
    assert_eq!(state.focus, Some("x".into()));
    state.apply(A::FocusDone);
    assert_eq!(state.focus, None);
}

#[test]
fn an_import_adds_by_date_and_says_how_many() {
    let mut state = stored();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    let mut file = state.diary.clone();
    file.add(entry("2026-02-01", [3, 3, 3], 10, "")).unwrap();
    state.apply(A::Import(file.export()));
    assert_eq!(
        state.notice,
        Some(Notice::Imported(ImportCounts {
            added: 1,
            unchanged: 1,
            replaced: 0,
            kept: 0
        }))
    );
    assert_eq!(state.focus, Some(ids::NOTICE.into()));
    assert_eq!(dates(&state), ["2026-02-01", "2026-03-01"]);
    assert!(state.is_pending(date("2026-02-01")), "queued for the store");
}

#[test]
fn an_import_with_conflicts_asks_which_to_keep() {
    for keep in [Keep::This, Keep::Other] {
        let mut state = stored();
        save(&mut state, "2026-03-01", [1, 1, 1]);
        write_all(&mut state);
        let ours = state.diary.clone();
        let theirs = entry("2026-03-01", [9, 9, 9], 10, "file");
        let mut file = oih_checklist::diary::Diary::new();
        file.add(theirs.clone()).unwrap();
        file.add(entry("2026-01-01", [2, 2, 2], 10, "")).unwrap();
        state.apply(A::Import(file.export()));
        let question = state.import.clone().expect("asked");
        assert_eq!(question.dates, vec![date("2026-03-01")]);
        assert_eq!(question.entries.len(), 2);
        assert_eq!(state.diary, ours, "nothing changed yet");
        assert_eq!(state.focus, Some(ids::QUESTION.into()));
        state.apply(A::ResolveImport(keep));
        assert_eq!(state.import, None);
        let (replaced, kept) = match keep {
            Keep::This => (0, 1),
            Keep::Other => (1, 0),
        };
        assert_eq!(
            state.notice,
            Some(Notice::Imported(ImportCounts {
                added: 1,
                unchanged: 0,
                replaced,
                kept
            }))
        );
        let now = state.diary.get(date("2026-03-01")).unwrap();
        match keep {
            Keep::This => {
                assert_eq!(Some(now), ours.get(date("2026-03-01")));
                assert!(!state.is_pending(date("2026-03-01")));
            }
            Keep::Other => {
                assert_eq!(now, &theirs);
                assert!(state.is_pending(date("2026-03-01")));
            }
        }
        // No question open: nothing to resolve.
        let before = state.clone();
        state.apply(A::ResolveImport(Keep::Other));
        assert_eq!(state, before);
    }
}

#[test]
fn an_import_that_fails_says_why_and_changes_nothing() {
    let mut state = stored();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    for text in [
        "not json",
        r#"{"format": "something-else", "version": 1, "entries": []}"#,
        r#"{"format": "oih-diary", "version": 1, "entries": [{"date": "2026-02-30", "pain": 1, "enjoyment": 1, "activity": 1}]}"#,
    ] {
        let before = state.clone();
        state.apply(A::Import(text.into()));
        let Some(Notice::ImportFailed(ImportFailure::File(error))) = state.notice.clone() else {
            panic!("{text}: {:?}", state.notice)
        };
        assert!(!error.field.is_empty() || text == "not json", "{text}");
        assert_eq!(state.focus, Some(ids::NOTICE.into()));
        let mut expected = before;
        expected.notice = state.notice.clone();
        expected.focus = state.focus.clone();
        assert_eq!(state, expected, "{text}: nothing else changed");
    }
    // Too many entries for the diary.
    let first = date("2010-01-01");
    let full: Vec<Entry> = (0..MAX_ENTRIES as i64)
        .map(|d| entry(&first.add_days(d).unwrap().to_text(), [1, 1, 1], 10, ""))
        .collect();
    let file = oih_checklist::diary::Diary::from_entries(full).unwrap();
    let before = state.diary.clone();
    state.apply(A::Import(file.export()));
    assert_eq!(
        state.notice,
        Some(Notice::ImportFailed(ImportFailure::Full {
            needed: MAX_ENTRIES + 1
        }))
    );
    assert_eq!(state.diary, before);
}

#[test]
fn each_entry_not_yet_stored_is_counted() {
    let mut state = state();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    save(&mut state, "2026-03-02", [1, 1, 1]);
    assert_eq!(state.unsaved_count(), 2);
    // Saved again before any write: still one day to write, the new one.
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::SetNote("again".into()));
    state.apply(A::Save);
    assert_eq!(state.unsaved_count(), 2);
    assert_eq!(
        state.pending[0].entry.as_ref().unwrap().note(),
        Some("again")
    );
    // An edit that changes nothing of a stored entry writes nothing.
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![entry("2026-03-01", [1, 1, 1], 10, "")]));
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::Save);
    assert_eq!(state.notice, Some(Notice::Changed(date("2026-03-01"))));
    assert!(state.pending.is_empty());
}

#[test]
fn a_delete_during_the_write_of_the_entry_is_written_after_it() {
    let mut state = stored();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    let put = state.writes_to_start().remove(0);
    state.apply(A::WriteStarted(vec![(put.date, put.seq)]));
    state.apply(A::AskDelete(put.date));
    state.apply(A::Confirm);
    assert_eq!(state.pending.len(), 1, "the store will hold the entry");
    state.apply(A::Written(vec![(put.date, put.seq)]));
    let delete = state.writes_to_start();
    assert_eq!(delete.len(), 1);
    assert_eq!(delete[0].entry, None);
}

#[test]
fn the_same_entry_from_another_tab_is_no_clash() {
    let mut state = stored();
    save(&mut state, "2026-03-01", [1, 1, 1]);
    let mine = state.diary.get(date("2026-03-01")).unwrap().clone();
    state.apply(A::StoreLoaded(vec![mine]));
    assert!(state.clashes.is_empty());
    assert_eq!(state.writes_to_start().len(), 1);
}

#[test]
fn copied_rows_drop_the_notice_and_the_filter_of_the_row_copied() {
    let mut state = DiaryState::new();
    let mut row = MedicineEntry::new(1);
    row.choose("morphine");
    row.cleared = Some(oih_checklist::form::Cleared::Amount);
    row.filter = "mo".into();
    state.apply(A::ChecklistMedicines(vec![row]));
    let copied = &state.form.medicines[0];
    assert_eq!((copied.cleared, copied.filter.as_str()), (None, ""));
}

#[test]
fn after_an_erase_the_checklists_rows_keys_and_writes_stay_apart() {
    let mut state = stored();
    let mut row = MedicineEntry::new(1);
    row.choose("morphine");
    row.amount = "10".into();
    row.times = "2".into();
    state.apply(A::ChecklistMedicines(vec![row]));
    save(&mut state, "2026-03-01", [1, 1, 1]);
    let old = state.writes_to_start().remove(0);
    state.apply(A::WriteStarted(vec![(old.date, old.seq)]));
    state.apply(A::Edit(date("2026-03-01")));
    state.apply(A::AskErase);
    state.apply(A::Confirm);
    // The entry being edited went: a new one, with the checklist's rows.
    assert_eq!(state.form.medicines.len(), 1);
    assert_eq!(
        state.form.medicines[0].drug,
        state.checklist_medicines[0].drug
    );
    state.apply(A::AddMedicine);
    let keys: Vec<u32> = state.form.medicines.iter().map(|m| m.key).collect();
    assert!(keys[1] > keys[0], "new keys: {keys:?}");
    // The same day written again; the erased write's late report is not
    // taken for the new one.
    state.apply(A::OptIn);
    state.apply(A::StoreLoaded(vec![]));
    state.apply(A::RemoveMedicine(keys[1]));
    save(&mut state, "2026-03-01", [2, 2, 2]);
    let new = state.writes_to_start().remove(0);
    state.apply(A::WriteStarted(vec![(new.date, new.seq)]));
    state.apply(A::Written(vec![(old.date, old.seq)]));
    assert!(state.is_pending(date("2026-03-01")));
}

#[test]
fn a_diary_erased_in_another_page_is_erased_here_without_erasing_the_store_again() {
    let mut state = stored();
    state.apply(A::StoreLoaded(vec![
        entry("2026-03-01", [1, 1, 1], 10, ""),
        entry("2026-03-08", [2, 2, 2], 10, ""),
    ]));
    state.apply(A::SetNote("typing".into()));
    state.apply(A::ErasedElsewhere);
    assert!(state.diary.is_empty() && state.pending.is_empty());
    assert!(
        !state.erase_store,
        "the other page erased the store already"
    );
    assert_eq!(
        state.storage,
        Storage::NotChosen,
        "keeping it is asked again"
    );
    assert_eq!(state.notice, Some(Notice::Erased));
    assert_eq!(state.form.note, "typing", "a new entry being typed stays");
}

/// A diary file of `n` entries a week apart, the last on 2026-03-08.
fn weekly_file(n: u32) -> String {
    let last = date("2026-03-08");
    let entries: Vec<Entry> = (0..n)
        .map(|k| {
            let day = last.add_days(-7 * i64::from(n - 1 - k)).unwrap();
            entry(&day.to_text(), [3, 4, 5], 10, "")
        })
        .collect();
    oih_checklist::diary::Diary::from_entries(entries)
        .unwrap()
        .export()
}

#[test]
fn an_imported_file_is_written_in_one_go_and_reported_in_one_go() {
    let mut state = stored();
    state.apply(A::Import(weekly_file(5)));
    let writes = state.writes_to_start();
    assert_eq!(writes.len(), 5);
    let ids: Vec<_> = writes.iter().map(Write::id).collect();
    state.apply(A::WriteStarted(ids.clone()));
    assert_eq!(state.writes_to_start(), vec![], "none started twice");
    assert_eq!(state.unsaved_count(), 5, "not kept until the store says so");
    state.apply(A::Written(ids.clone()));
    assert_eq!(state.unsaved_count(), 0);
    assert_eq!(state.pending, vec![]);

    // The same again, refused: every entry stays, queued and shown.
    let mut state = stored();
    state.apply(A::Import(weekly_file(5)));
    let ids: Vec<_> = state.writes_to_start().iter().map(Write::id).collect();
    state.apply(A::WriteStarted(ids.clone()));
    state.apply(A::WriteFailed(ids, Refusal::Full));
    assert_eq!(state.storage, Storage::Refused(Refusal::Full));
    assert_eq!(state.unsaved_count(), 5);
    assert!(state
        .pending
        .iter()
        .all(|d| d.failed == Some(Refusal::Full)));
    assert_eq!(state.diary.len(), 5);
}

#[test]
fn the_table_shows_the_latest_entries_until_asked_for_all() {
    let mut state = stored();
    state.apply(A::Import(weekly_file(TABLE_LATEST as u32)));
    write_all(&mut state);
    assert_eq!(state.table_entries().len(), TABLE_LATEST, "all of them");

    let mut state = stored();
    state.apply(A::Import(weekly_file(20)));
    write_all(&mut state);
    let shown: Vec<String> = state
        .table_entries()
        .iter()
        .map(|e| e.date().to_text())
        .collect();
    assert_eq!(shown.len(), TABLE_LATEST);
    assert_eq!(
        shown,
        dates(&state)[20 - TABLE_LATEST..],
        "the latest, oldest first"
    );
    state.apply(A::ShowAllEntries(true));
    assert_eq!(state.table_entries().len(), 20);
    state.apply(A::ShowAllEntries(false));
    assert_eq!(state.table_entries().len(), TABLE_LATEST);

    // Saving a day among the latest keeps the table as it is.
    save(&mut state, "2026-03-09", [1, 2, 3]);
    assert!(!state.table_all);
    assert_eq!(state.focus.as_deref(), Some("oih-diary-entry-2026-03-09"));
    // Saving an older day opens the table to all: the focus goes to its row.
    save(&mut state, "2025-11-01", [1, 2, 3]);
    assert!(state.table_all);
    assert_eq!(state.focus.as_deref(), Some("oih-diary-entry-2025-11-01"));
    assert!(state
        .table_entries()
        .iter()
        .any(|e| e.date() == date("2025-11-01")));

    // Cancelling the edit, or the deletion, of an entry the table no
    // longer shows brings its row back for the focus.
    let oldest = state.diary.entries()[0].date();
    state.apply(A::Edit(oldest));
    state.apply(A::ShowAllEntries(false));
    state.apply(A::CancelEdit);
    assert!(state.table_all);
    assert_eq!(state.focus, Some(ids::edit(oldest)));
    state.apply(A::AskDelete(oldest));
    state.apply(A::ShowAllEntries(false));
    state.apply(A::Cancel);
    assert!(state.table_all);
    assert_eq!(state.focus, Some(ids::delete(oldest)));
}
