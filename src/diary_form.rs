//! The pain diary's screen state and the actions that change it: plain
//! Rust beside `form.rs`, tested natively (`tests/diary_form.rs`); the Yew
//! shell makes it a `Reducible` and carries out what it asks (open the
//! store, write the entries queued, erase the store).
//!
//! What it holds:
//!
//! - **Where the entries live** ([`Storage`]): nothing is stored before the
//!   person opts in; once the store is open the entries written here are
//!   queued ([`DiaryState::pending`]) and taken off the queue only when the
//!   shell reports each one written. A refusal (private browsing, a
//!   sandboxed frame, a full disk) keeps the entries for the visit, still
//!   exportable, and they stay queued and visible, never dropped.
//! - **The entries** ([`Diary`]), replaced by what the store holds when it
//!   opens or another tab writes ([`DiaryAction::StoreLoaded`]), with what
//!   is queued here laid over them, so two tabs never lose an entry. Two
//!   tabs writing different entries for the same day: the patient chooses
//!   ([`DiaryState::clashes`]).
//! - **The entry being written** ([`EntryForm`]): everything as typed;
//!   saving checks it all and, on a problem, keeps it all.
//! - **The questions asked once** ([`Confirm`]: delete an entry, erase the
//!   diary) and those of an import ([`ImportQuestion`]).
//!
//! No sentences: messages are enums, the words are `texts`'. No clock: the
//! shell gives today's date ([`DiaryAction::Today`]).

use crate::assessment::input::MedicationField;
use crate::assessment::{Medication, MAX_MEDICATIONS};
use crate::content::drugs::Purpose;
use crate::diary::{CivilDate, Diary, Entry, Peg, PegItem, MAX_ENTRIES};
use crate::diary::{NOTE_MAX_CHARS, PEG_MAX};
use crate::medicine::{EntryCheck, MedicineEntry, Message};

#[cfg(feature = "json")]
use crate::diary::file::{self, FieldError};
#[cfg(feature = "json")]
use crate::diary::{DiaryError, OnConflict};

/// The diary's medicine rows are keyed from here, so their element ids
/// (`form::ids::drug(key)`...) never meet the checklist's rows in the same
/// shadow root.
pub const FIRST_KEY: u32 = 100_000;

/// How many of the latest entries the table shows until the person asks
/// for all of them (the chart always has every entry). A year of daily
/// entries as 366 rows would take longer to draw than the chart itself.
pub const TABLE_LATEST: usize = 14;

/// Where the entries live.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Storage {
    /// The person has not chosen to keep the diary on this device: nothing
    /// is stored; the screen says where entries would live and asks.
    #[default]
    NotChosen,
    /// The shell is opening the store (after the opt-in, or on a later
    /// visit that found one).
    Opening,
    /// The store is open: entries are written on this device.
    Stored,
    /// The browser refused: the diary works for this visit and can be
    /// exported; the entries not written stay queued.
    Refused(Refusal),
}

/// Why the browser refused to store the diary, as the JS store reports it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Private browsing (Safari's, for one) keeps no database.
    PrivateBrowsing,
    /// A sandboxed frame has no storage of its own.
    Sandboxed,
    /// The quota is used up or the disk is full.
    Full,
    /// Any other failure.
    Unknown,
}

/// A day this tab changed that the store has not confirmed yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PendingDay {
    pub date: CivilDate,
    /// What the store should hold for the day: the entry, or none (deleted).
    pub entry: Option<Entry>,
    /// The version of `entry`, named by the write reports.
    pub seq: u32,
    /// The last write of this day failed, with its reason; the day waits
    /// for the person to try again ([`DiaryAction::OptIn`]).
    pub failed: Option<Refusal>,
    /// What the store held for the day as this tab last knew it.
    base: Option<Entry>,
    /// A write under way: its version and what it writes.
    writing: Option<(u32, Option<Entry>)>,
}

/// A write for the shell to carry out: put `entry` under `date`, or delete
/// the day's entry when it is `None`; report it with `seq`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Write {
    pub date: CivilDate,
    pub seq: u32,
    pub entry: Option<Entry>,
}

impl Write {
    /// The day and version the write reports name.
    pub fn id(&self) -> (CivilDate, u32) {
        (self.date, self.seq)
    }
}

/// A question asked once before something that cannot be undone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// Delete the entry of this day?
    Delete(CivilDate),
    /// Erase the whole diary?
    Erase,
}

/// Which entry to keep when two differ for one day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The entry on this screen (this tab's, or the diary's on an import).
    This,
    /// The other one (the other tab's, or the file's).
    Other,
}

/// An imported file with entries for days whose entries differ: which to
/// keep is the person's choice ([`DiaryAction::ResolveImport`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportQuestion {
    /// The file's entries, read and waiting.
    pub entries: Vec<Entry>,
    /// The days in conflict, oldest first.
    pub dates: Vec<CivilDate>,
}

/// What a finished import did, in days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportCounts {
    pub added: usize,
    pub unchanged: usize,
    pub replaced: usize,
    pub kept: usize,
}

/// Why an import changed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportFailure {
    /// Not a valid diary file (or no diary at all): the field and problem.
    #[cfg(feature = "json")]
    File(FieldError),
    /// The diary would hold more than [`MAX_ENTRIES`] entries.
    Full { needed: usize },
}

/// What just happened, for the status line (one at a time).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// A new entry was saved for this day.
    Saved(CivilDate),
    /// An entry was changed (now on this day).
    Changed(CivilDate),
    Deleted(CivilDate),
    Erased,
    Imported(ImportCounts),
    ImportFailed(ImportFailure),
}

/// What is wrong with the entry being written; one for each field found
/// wrong, in the form's order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    /// The date field holds no date (`YYYY-MM-DD`, a day that exists).
    NotADate,
    /// A date after today.
    InFuture,
    /// Another entry has this day: offer to edit it instead
    /// ([`DiaryAction::EditInstead`]).
    DateTaken(CivilDate),
    /// A PEG question is not answered.
    Unanswered(PegItem),
    /// A medicine row that needs fixing: its key, the field and what to say.
    Medicine(u32, MedicationField, Message),
    /// The note is longer than [`NOTE_MAX_CHARS`] (it has this many).
    NoteTooLong(usize),
    /// The diary holds [`MAX_ENTRIES`] entries already.
    DiaryFull,
}

impl EntryProblem {
    /// The id of the field the problem is about (the error list links to it).
    pub fn field_id(&self) -> String {
        match self {
            EntryProblem::NotADate | EntryProblem::InFuture | EntryProblem::DateTaken(_) => {
                ids::DATE.to_string()
            }
            EntryProblem::Unanswered(item) => ids::peg(*item),
            EntryProblem::Medicine(key, field, _) => medicine_field_id(*key, *field),
            EntryProblem::NoteTooLong(_) => ids::NOTE.to_string(),
            EntryProblem::DiaryFull => ids::SAVE.to_string(),
        }
    }
}

fn medicine_field_id(key: u32, field: MedicationField) -> String {
    use crate::form::ids as row;
    match field {
        MedicationField::Drug => row::find(key),
        MedicationField::Amount => row::amount(key),
        MedicationField::PerDose => row::per_dose(key),
        MedicationField::TimesPerDay => row::times(key),
        MedicationField::Purpose => row::purpose(key),
    }
}

/// The entry being written or edited, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntryForm {
    /// The day of the diary's entry being edited; `None` for a new entry.
    pub editing: Option<CivilDate>,
    /// The date as typed (`YYYY-MM-DD`, as a date input gives it).
    pub date: String,
    /// The three PEG answers, in [`PegItem::ALL`] order.
    pub peg: [Option<u8>; 3],
    pub medicines: Vec<MedicineEntry>,
    pub note: String,
    /// A save was tried: the problems show, and follow each change.
    pub tried: bool,
    /// Something was typed or chosen since the form was made.
    pub changed: bool,
}

impl EntryForm {
    pub fn answer(&self, item: PegItem) -> Option<u8> {
        self.peg[item as usize]
    }

    /// The note's length as the core counts it (characters, trimmed).
    pub fn note_chars(&self) -> usize {
        self.note.trim().chars().count()
    }
}

/// One change to a medicine row, as `form::Action` has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MedicineEdit {
    SetDrug(String),
    SetStrength(String),
    SetAmount(String),
    PickAmount(String),
    SetPerDose(String),
    SetTimes(String),
    SetPurpose(Purpose),
    SetFilter(String),
    TouchAmount,
    TouchTimes,
}

pub enum DiaryAction {
    /// Today's date on this device (the shell sends it on opening and when
    /// the day changes): the default date of a new entry, and the limit of
    /// a date.
    Today(CivilDate),
    /// The checklist's medicine rows, copied into the first entry.
    ChecklistMedicines(Vec<MedicineEntry>),

    // Where the entries live.
    /// The person chooses to keep the diary on this device, or tries again
    /// after a refusal: the shell opens the store.
    OptIn,
    /// The shell found the store of an earlier opt-in and opens it.
    StoreOpening,
    /// The store is open and holds these entries (on opening, and each time
    /// another tab wrote).
    StoreLoaded(Vec<Entry>),
    /// The browser refused the store.
    StoreRefused(Refusal),
    /// The shell starts these writes of [`DiaryState::writes_to_start`]
    /// (each day and version, [`Write::id`]), together.
    WriteStarted(Vec<(CivilDate, u32)>),
    /// Those writes are done.
    Written(Vec<(CivilDate, u32)>),
    /// Those writes failed: they stay queued.
    WriteFailed(Vec<(CivilDate, u32)>, Refusal),
    /// The shell erased the store ([`DiaryState::erase_store`]).
    StoreErased,
    /// Another page erased the diary (or this page's store is gone): the
    /// diary here is erased too, and keeping it is asked again.
    ErasedElsewhere,
    /// Two tabs wrote different entries for the same days: keep which.
    ResolveClash(Keep),

    // The entry being written.
    SetDate(String),
    /// A PEG answer, 0 to 10 (`None` clears it).
    SetPeg(PegItem, Option<u8>),
    SetNote(String),
    AddMedicine,
    RemoveMedicine(u32),
    EditMedicine(u32, MedicineEdit),
    Save,
    /// Loads the entry of this day into the form.
    Edit(CivilDate),
    /// The date typed has an entry: edit that entry with what is typed.
    EditInstead,
    /// Leaves the edit; the new entry set aside, if any, comes back.
    CancelEdit,

    // Deleting and erasing, asked once.
    AskDelete(CivilDate),
    AskErase,
    /// Yes to the question asked.
    Confirm,
    /// No to it: nothing changes.
    Cancel,

    /// The text of a diary file to import.
    #[cfg(feature = "json")]
    Import(String),
    /// The answer to an import's conflicts.
    #[cfg(feature = "json")]
    ResolveImport(Keep),

    /// The table shows every entry (`true`) or only the latest.
    ShowAllEntries(bool),

    DismissNotice,
    FocusOn(String),
    FocusDone,
}

/// Element ids of the diary screen, shared by the components and the focus
/// requests. The medicine rows use `form::ids` with their own keys.
pub mod ids {
    use crate::diary::{CivilDate, PegItem};

    pub const DATE: &str = "oih-diary-date";
    /// The first answer (0) of a PEG question.
    pub fn peg(item: PegItem) -> String {
        "oih-diary-".to_string() + item.key() + "-0"
    }
    pub const NOTE: &str = "oih-diary-note";
    pub const ADD_MEDICINE: &str = "oih-diary-add-medicine";
    pub const SAVE: &str = "oih-diary-save";
    /// The list of what is wrong, above the form.
    pub const PROBLEMS: &str = "oih-diary-problems";
    /// The entry's row in the table.
    pub fn entry(date: CivilDate) -> String {
        "oih-diary-entry-".to_string() + &date.to_text()
    }
    /// The entry's "Delete" button.
    pub fn delete(date: CivilDate) -> String {
        "oih-diary-delete-".to_string() + &date.to_text()
    }
    /// The entry's "Edit" button.
    pub fn edit(date: CivilDate) -> String {
        "oih-diary-edit-".to_string() + &date.to_text()
    }
    /// "Show all the entries in the table" (or only the latest).
    pub const TABLE_TOGGLE: &str = "oih-diary-table-toggle";
    /// "Yes" to a question asked once.
    pub const CONFIRM: &str = "oih-diary-confirm";
    pub const ERASE: &str = "oih-diary-erase";
    /// The status line of [`super::Notice`].
    pub const NOTICE: &str = "oih-diary-notice";
    /// The first answer of an import's or two tabs' question.
    pub const QUESTION: &str = "oih-diary-question";
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiaryState {
    pub storage: Storage,
    pub diary: Diary,
    /// Days changed here and not yet confirmed by the store, oldest first.
    pub pending: Vec<PendingDay>,
    /// The shell is to erase the store (then [`DiaryAction::StoreErased`]).
    pub erase_store: bool,
    /// Another tab's entries for days this tab wrote differently, waiting
    /// for [`DiaryAction::ResolveClash`] (this tab's are in the diary).
    pub clashes: Vec<Entry>,
    pub form: EntryForm,
    /// A new entry set aside while an entry is edited.
    pub draft: Option<Box<EntryForm>>,
    pub confirm: Option<Confirm>,
    pub import: Option<ImportQuestion>,
    pub notice: Option<Notice>,
    pub today: Option<CivilDate>,
    /// The checklist's rows, for the first entry.
    pub checklist_medicines: Vec<MedicineEntry>,
    /// The table shows every entry, not only the [`TABLE_LATEST`].
    pub table_all: bool,
    /// An element id to move focus to after the next render.
    pub focus: Option<String>,
    next_key: u32,
    next_seq: u32,
}

impl DiaryState {
    pub fn new() -> DiaryState {
        DiaryState::default()
    }

    /// Applies one action (the Yew shell's `reduce`).
    pub fn apply(&mut self, action: DiaryAction) {
        match action {
            DiaryAction::Today(today) => {
                self.today = Some(today);
                if self.form.editing.is_none() && self.form.date.is_empty() {
                    self.form.date = today.to_text();
                }
            }
            DiaryAction::ChecklistMedicines(rows) => {
                self.checklist_medicines = rows;
                if self.diary.is_empty() && self.form.editing.is_none() && !self.form.changed {
                    self.form.medicines = self.rows_for_new_entry(None);
                }
            }
            DiaryAction::OptIn => {
                self.storage = Storage::Opening;
                for day in &mut self.pending {
                    day.failed = None;
                }
            }
            DiaryAction::StoreOpening => self.storage = Storage::Opening,
            DiaryAction::StoreLoaded(entries) => self.store_loaded(entries),
            DiaryAction::StoreRefused(why) => self.storage = Storage::Refused(why),
            DiaryAction::WriteStarted(writes) => {
                for (date, seq) in writes {
                    if let Some(day) = self.pending_day(date).filter(|d| d.seq == seq) {
                        day.writing = Some((seq, day.entry.clone()));
                    }
                }
            }
            DiaryAction::Written(writes) => {
                for (date, seq) in writes {
                    self.written(date, seq);
                }
            }
            DiaryAction::WriteFailed(writes, why) => {
                for (date, seq) in writes {
                    if let Some(day) = self.pending_day(date) {
                        if day.writing.as_ref().is_some_and(|(s, _)| *s == seq) {
                            day.writing = None;
                            day.failed = Some(why);
                            self.storage = Storage::Refused(why);
                        }
                    }
                }
            }
            DiaryAction::StoreErased => self.erase_store = false,
            DiaryAction::ErasedElsewhere => {
                self.erase();
                self.erase_store = false;
            }
            DiaryAction::ResolveClash(keep) => self.resolve_clash(keep),
            DiaryAction::SetDate(text) => {
                self.form.date = text;
                self.form.changed = true;
            }
            DiaryAction::SetPeg(item, answer) => {
                if answer.is_none_or(|a| a <= PEG_MAX) {
                    self.form.peg[item as usize] = answer;
                    self.form.changed = true;
                }
            }
            DiaryAction::SetNote(text) => {
                self.form.note = text;
                self.form.changed = true;
            }
            DiaryAction::AddMedicine => {
                if self.form.medicines.len() < MAX_MEDICATIONS {
                    let key = self.new_key();
                    self.form.medicines.push(MedicineEntry::new(key));
                    self.form.changed = true;
                    self.focus = Some(crate::form::ids::find(key));
                }
            }
            DiaryAction::RemoveMedicine(key) => {
                self.form.medicines.retain(|m| m.key != key);
                self.form.changed = true;
                self.focus = Some(ids::ADD_MEDICINE.to_string());
            }
            DiaryAction::EditMedicine(key, edit) => self.edit_medicine(key, edit),
            DiaryAction::Save => self.save(),
            DiaryAction::Edit(date) => self.edit(date),
            DiaryAction::EditInstead => {
                if let Some(EntryProblem::DateTaken(date)) = self
                    .problems()
                    .into_iter()
                    .find(|p| matches!(p, EntryProblem::DateTaken(_)))
                {
                    self.form.editing = Some(date);
                    self.focus = Some(ids::SAVE.to_string());
                }
            }
            DiaryAction::CancelEdit => {
                let edited = self.form.editing;
                self.form = match self.draft.take() {
                    Some(draft) => *draft,
                    None => self.new_form(None),
                };
                if let Some(date) = edited {
                    self.show_row(date);
                }
                self.focus = edited.map(ids::edit);
            }
            DiaryAction::AskDelete(date) => {
                if self.diary.get(date).is_some() {
                    self.confirm = Some(Confirm::Delete(date));
                    self.focus = Some(ids::CONFIRM.to_string());
                }
            }
            DiaryAction::AskErase => {
                self.confirm = Some(Confirm::Erase);
                self.focus = Some(ids::CONFIRM.to_string());
            }
            DiaryAction::Confirm => match self.confirm.take() {
                Some(Confirm::Delete(date)) => self.delete(date),
                Some(Confirm::Erase) => self.erase(),
                None => {}
            },
            DiaryAction::Cancel => match self.confirm.take() {
                Some(Confirm::Delete(date)) => {
                    self.show_row(date);
                    self.focus = Some(ids::delete(date));
                }
                Some(Confirm::Erase) => self.focus = Some(ids::ERASE.to_string()),
                None => {}
            },
            #[cfg(feature = "json")]
            DiaryAction::Import(text) => self.import(&text),
            #[cfg(feature = "json")]
            DiaryAction::ResolveImport(keep) => {
                if let Some(question) = self.import.take() {
                    let on_conflict = match keep {
                        Keep::This => OnConflict::KeepDiary,
                        Keep::Other => OnConflict::UseFile,
                    };
                    self.merge_import(question.entries, on_conflict);
                }
            }
            DiaryAction::ShowAllEntries(all) => self.table_all = all,
            DiaryAction::DismissNotice => self.notice = None,
            DiaryAction::FocusOn(id) => self.focus = Some(id),
            DiaryAction::FocusDone => self.focus = None,
        }
    }

    /// The problems to show: none before a save was tried.
    pub fn shown_problems(&self) -> Vec<EntryProblem> {
        if self.form.tried {
            self.problems()
        } else {
            Vec::new()
        }
    }

    /// Everything wrong with the entry being written, in the form's order.
    pub fn problems(&self) -> Vec<EntryProblem> {
        let mut problems = Vec::new();
        match CivilDate::parse(self.form.date.trim()) {
            None => problems.push(EntryProblem::NotADate),
            Some(date) if self.today.is_some_and(|today| date > today) => {
                problems.push(EntryProblem::InFuture)
            }
            Some(date) if self.form.editing != Some(date) && self.diary.get(date).is_some() => {
                problems.push(EntryProblem::DateTaken(date))
            }
            Some(_) => {}
        }
        for item in PegItem::ALL {
            if self.form.answer(item).is_none() {
                problems.push(EntryProblem::Unanswered(item));
            }
        }
        for row in &self.form.medicines {
            if let EntryCheck::Invalid(field, message) = row.check() {
                problems.push(EntryProblem::Medicine(row.key, field, message));
            }
        }
        let chars = self.form.note_chars();
        if chars > NOTE_MAX_CHARS {
            problems.push(EntryProblem::NoteTooLong(chars));
        }
        let adds = self
            .form
            .editing
            .is_none_or(|date| self.diary.get(date).is_none());
        if adds && self.diary.len() >= MAX_ENTRIES {
            problems.push(EntryProblem::DiaryFull);
        }
        problems
    }

    /// The writes the shell is to start now: the days queued, not being
    /// written, not failed and not waiting for a clash to be resolved,
    /// once the store is open.
    pub fn writes_to_start(&self) -> Vec<Write> {
        if self.storage != Storage::Stored {
            return Vec::new();
        }
        self.pending
            .iter()
            .filter(|day| day.writing.is_none() && day.failed.is_none())
            .filter(|day| !self.clashes.iter().any(|c| c.date() == day.date))
            .map(|day| Write {
                date: day.date,
                seq: day.seq,
                entry: day.entry.clone(),
            })
            .collect()
    }

    /// The entries the table shows, oldest first: the [`TABLE_LATEST`], or
    /// all of them once asked.
    pub fn table_entries(&self) -> &[Entry] {
        let entries = self.diary.entries();
        if self.table_all {
            entries
        } else {
            &entries[entries.len().saturating_sub(TABLE_LATEST)..]
        }
    }

    /// The table shows the entry of `date` (the focus is going to its row).
    fn show_row(&mut self, date: CivilDate) {
        if !self.table_entries().iter().any(|e| e.date() == date) {
            self.table_all = true;
        }
    }

    /// The entries queued here and not yet stored (shown as such).
    pub fn unsaved_count(&self) -> usize {
        self.pending.iter().filter(|d| d.entry.is_some()).count()
    }

    /// The entry of `date` is queued and not yet stored.
    pub fn is_pending(&self, date: CivilDate) -> bool {
        self.pending
            .iter()
            .any(|d| d.date == date && d.entry.is_some())
    }

    /// A new entry with something typed in it (worth keeping).
    fn form_touched(&self) -> bool {
        self.form.editing.is_none() && self.form.changed
    }

    fn new_key(&mut self) -> u32 {
        self.next_key += 1;
        FIRST_KEY + self.next_key
    }

    /// Rows for a new entry: those given (just saved), else the last
    /// entry's medicines, else the checklist's rows; each a new key.
    fn rows_for_new_entry(&mut self, saved: Option<Vec<MedicineEntry>>) -> Vec<MedicineEntry> {
        let rows = match (saved, self.diary.last()) {
            (Some(rows), _) => rows,
            (None, Some(last)) => last.medications().iter().map(row_from).collect(),
            (None, None) => self.checklist_medicines.clone(),
        };
        rows.into_iter()
            .take(MAX_MEDICATIONS)
            .map(|row| MedicineEntry {
                key: self.new_key(),
                filter: String::new(),
                cleared: None,
                ..row
            })
            .collect()
    }

    fn new_form(&mut self, saved: Option<Vec<MedicineEntry>>) -> EntryForm {
        EntryForm {
            date: self.today.map(CivilDate::to_text).unwrap_or_default(),
            medicines: self.rows_for_new_entry(saved),
            ..EntryForm::default()
        }
    }

    fn edit_medicine(&mut self, key: u32, edit: MedicineEdit) {
        let Some(row) = self.form.medicines.iter_mut().find(|m| m.key == key) else {
            return;
        };
        self.form.changed = true;
        match edit {
            MedicineEdit::SetDrug(value) => row.choose(&value),
            MedicineEdit::SetStrength(label) => {
                row.strength = label;
                row.amount_touched = true;
                row.cleared = None;
            }
            MedicineEdit::SetAmount(text) => {
                row.amount = text;
                row.cleared = None;
            }
            MedicineEdit::PickAmount(number) => {
                row.amount = number;
                row.amount_touched = true;
                row.cleared = None;
                self.focus = Some(crate::form::ids::amount(key));
            }
            MedicineEdit::SetPerDose(text) => {
                row.per_dose = text;
                row.cleared = None;
            }
            MedicineEdit::SetTimes(text) => {
                row.times = text;
                row.times_touched = true;
                row.cleared = None;
            }
            MedicineEdit::SetPurpose(purpose) => row.purpose = Some(purpose),
            MedicineEdit::SetFilter(text) => row.filter = text,
            MedicineEdit::TouchAmount => row.amount_touched = true,
            MedicineEdit::TouchTimes => row.times_touched = true,
        }
    }

    fn save(&mut self) {
        self.form.tried = true;
        // On a problem everything typed stays as it is.
        if !self.problems().is_empty() || self.save_entry().is_none() {
            self.focus = Some(ids::PROBLEMS.to_string());
        }
    }

    /// Adds or replaces the entry of the form, once [`Self::problems`]
    /// found nothing wrong.
    fn save_entry(&mut self) -> Option<()> {
        let date = CivilDate::parse(self.form.date.trim())?;
        let [pain, enjoyment, activity] = self.form.peg;
        let peg = Peg::new(pain?, enjoyment?, activity?).ok()?;
        let medications = self.valid_medications().ok()?;
        let entry = Entry::new(date, peg, medications, &self.form.note).ok()?;
        let editing = self.form.editing.filter(|d| self.diary.get(*d).is_some());
        let before = match editing {
            Some(old) => Some(self.diary.replace(old, entry.clone()).ok()?),
            None => {
                self.diary.add(entry.clone()).ok()?;
                None
            }
        };
        match (editing, before) {
            // The old day emptied, the new one filled (the same day: the
            // second replaces the first in the queue).
            (Some(old), Some(before)) => {
                self.queue(old, None, Some(before));
                self.queue(date, Some(entry), None);
            }
            (_, before) => self.queue(date, Some(entry), before),
        }
        self.notice = Some(if editing.is_some() {
            Notice::Changed(date)
        } else {
            Notice::Saved(date)
        });
        let rows = std::mem::take(&mut self.form.medicines);
        self.form = match self.draft.take() {
            Some(draft) => *draft,
            None => self.new_form(Some(rows)),
        };
        self.show_row(date);
        self.focus = Some(ids::entry(date));
        Some(())
    }

    fn valid_medications(&self) -> Result<Vec<Medication>, EntryProblem> {
        self.form
            .medicines
            .iter()
            .map(|row| match row.check() {
                EntryCheck::Valid(medication) => Ok(medication),
                EntryCheck::Invalid(field, message) => {
                    Err(EntryProblem::Medicine(row.key, field, message))
                }
            })
            .collect()
    }

    fn edit(&mut self, date: CivilDate) {
        let Some(entry) = self.diary.get(date).cloned() else {
            return;
        };
        if self.form_touched() {
            self.draft = Some(Box::new(std::mem::take(&mut self.form)));
        }
        let medicines = entry
            .medications()
            .iter()
            .map(|m| MedicineEntry {
                key: self.new_key(),
                ..row_from(m)
            })
            .collect();
        let peg = entry.peg();
        self.form = EntryForm {
            editing: Some(date),
            date: date.to_text(),
            peg: PegItem::ALL.map(|item| Some(peg.get(item))),
            medicines,
            note: entry.note().unwrap_or_default().to_string(),
            tried: false,
            changed: false,
        };
        self.focus = Some(ids::DATE.to_string());
    }

    fn delete(&mut self, date: CivilDate) {
        if let Some(before) = self.diary.delete(date) {
            self.queue(date, None, Some(before));
            if self.form.editing == Some(date) {
                self.form = match self.draft.take() {
                    Some(draft) => *draft,
                    None => self.new_form(None),
                };
            }
            self.notice = Some(Notice::Deleted(date));
            self.focus = Some(ids::NOTICE.to_string());
        }
    }

    /// Clears entries, the queue and the questions; the shell erases the
    /// store, and nothing is stored again before a new opt-in.
    fn erase(&mut self) {
        let today = self.today;
        let checklist_medicines = std::mem::take(&mut self.checklist_medicines);
        let form = std::mem::take(&mut self.form);
        let draft = self.draft.take();
        *self = DiaryState {
            today,
            checklist_medicines,
            next_key: self.next_key,
            next_seq: self.next_seq,
            erase_store: true,
            notice: Some(Notice::Erased),
            focus: Some(ids::NOTICE.to_string()),
            ..DiaryState::default()
        };
        // A new entry being typed is not the diary: it stays, unless it
        // was an edit of an entry now erased.
        self.form = match (form.editing, draft) {
            (None, _) => form,
            (Some(_), Some(draft)) => *draft,
            (Some(_), None) => self.new_form(None),
        };
    }

    /// Queues the day's new content; `before` is what the diary held.
    fn queue(&mut self, date: CivilDate, entry: Option<Entry>, before: Option<Entry>) {
        let seq = bump(&mut self.next_seq);
        match self.pending.binary_search_by_key(&date, |d| d.date) {
            Ok(at) => {
                let day = &mut self.pending[at];
                day.entry = entry;
                day.seq = seq;
                day.failed = None;
                if day.entry == day.base && day.writing.is_none() {
                    // Back to what the store holds: nothing to write.
                    self.pending.remove(at);
                }
            }
            Err(at) => {
                self.pending.insert(
                    at,
                    PendingDay {
                        date,
                        entry,
                        seq,
                        failed: None,
                        base: before,
                        writing: None,
                    },
                );
            }
        }
    }

    fn pending_day(&mut self, date: CivilDate) -> Option<&mut PendingDay> {
        let at = self.pending.binary_search_by_key(&date, |d| d.date).ok()?;
        self.pending.get_mut(at)
    }

    fn written(&mut self, date: CivilDate, seq: u32) {
        let Ok(at) = self.pending.binary_search_by_key(&date, |d| d.date) else {
            return;
        };
        let day = &mut self.pending[at];
        match day.writing.take() {
            Some((writing, value)) if writing == seq => {
                day.base = value;
                if day.seq == seq {
                    self.pending.remove(at);
                }
            }
            other => day.writing = other,
        }
    }

    /// The store's entries with this tab's queue laid over them. A day the
    /// store changed since this tab last saw it (another tab) while this
    /// tab changed it too: an entry against a deletion keeps the entry;
    /// two different entries are a clash the person resolves.
    fn store_loaded(&mut self, stored: Vec<Entry>) {
        self.storage = Storage::Stored;
        let mut days: Vec<Entry> = Vec::with_capacity(stored.len());
        for entry in stored {
            match days.binary_search_by_key(&entry.date(), Entry::date) {
                Ok(at) => days[at] = entry,
                Err(at) => days.insert(at, entry),
            }
        }
        self.clashes.clear();
        let mut dropped = Vec::new();
        let next_seq = &mut self.next_seq;
        for day in &mut self.pending {
            let at = days.binary_search_by_key(&day.date, Entry::date);
            let theirs = at.ok().map(|at| days[at].clone());
            let known = theirs == day.base
                || theirs == day.entry
                || day.writing.as_ref().is_some_and(|(_, v)| *v == theirs);
            let ours = match (&day.entry, theirs) {
                (_, theirs) if known => {
                    day.base = theirs;
                    day.entry.clone()
                }
                (Some(mine), None) => {
                    day.base = None;
                    Some(mine.clone())
                }
                (None, Some(theirs)) => {
                    if day.writing.is_some() {
                        // The delete under way would remove the other
                        // tab's entry: write it back after.
                        day.entry = Some(theirs.clone());
                        day.seq = bump(next_seq);
                    } else {
                        dropped.push(day.date);
                    }
                    Some(theirs)
                }
                (Some(mine), Some(theirs)) => {
                    self.clashes.push(theirs);
                    Some(mine.clone())
                }
                (None, None) => None,
            };
            match (at, ours) {
                (Ok(at), Some(entry)) => days[at] = entry,
                (Ok(at), None) => {
                    days.remove(at);
                }
                (Err(at), Some(entry)) => days.insert(at, entry),
                (Err(_), None) => {}
            }
        }
        self.pending.retain(|d| !dropped.contains(&d.date));
        // More than the limit (two tabs adding at once): the newest; the
        // others stay in the store, which this tab never deletes unasked.
        let extra = days.len().saturating_sub(MAX_ENTRIES);
        days.drain(..extra);
        if let Ok(diary) = Diary::from_entries(days) {
            self.diary = diary;
        }
        if let Some(editing) = self.form.editing {
            if self.diary.get(editing).is_none() {
                // Deleted in another tab: saving adds it back.
                self.form.editing = None;
            }
        }
    }

    fn resolve_clash(&mut self, keep: Keep) {
        for theirs in std::mem::take(&mut self.clashes) {
            let date = theirs.date();
            match keep {
                Keep::This => {
                    if let Some(day) = self.pending_day(date) {
                        day.base = Some(theirs);
                    }
                }
                Keep::Other => {
                    if let Some(at) = self.pending.iter().position(|d| d.date == date) {
                        if self.pending[at].writing.is_some() {
                            // This tab's write under way: theirs after it.
                            self.pending[at].entry = Some(theirs.clone());
                            self.pending[at].seq = bump(&mut self.next_seq);
                        } else {
                            self.pending.remove(at);
                        }
                    }
                    let _ = self.diary.replace(date, theirs);
                }
            }
        }
        self.focus = Some(ids::NOTICE.to_string());
    }

    #[cfg(feature = "json")]
    fn import(&mut self, text: &str) {
        self.import = None;
        match file::read(text) {
            Err(error) => {
                self.notice = Some(Notice::ImportFailed(ImportFailure::File(error)));
                self.focus = Some(ids::NOTICE.to_string());
            }
            Ok(entries) => self.merge_import(entries, OnConflict::Stop),
        }
    }

    #[cfg(feature = "json")]
    fn merge_import(&mut self, entries: Vec<Entry>, on_conflict: OnConflict) {
        let before = self.diary.clone();
        match self.diary.merge(entries.clone(), on_conflict) {
            Ok(summary) => {
                for date in summary.added.iter().chain(&summary.replaced) {
                    let entry = self.diary.get(*date).cloned();
                    self.queue(*date, entry, before.get(*date).cloned());
                }
                self.notice = Some(Notice::Imported(ImportCounts {
                    added: summary.added.len(),
                    unchanged: summary.unchanged.len(),
                    replaced: summary.replaced.len(),
                    kept: summary.kept.len(),
                }));
                self.focus = Some(ids::NOTICE.to_string());
                if self.form.editing.is_none() && !self.form.changed && before.is_empty() {
                    self.form.medicines = self.rows_for_new_entry(None);
                }
            }
            Err(DiaryError::Conflicts(dates)) => {
                self.import = Some(ImportQuestion { entries, dates });
                self.focus = Some(ids::QUESTION.to_string());
            }
            Err(DiaryError::Full { needed }) => {
                self.notice = Some(Notice::ImportFailed(ImportFailure::Full { needed }));
                self.focus = Some(ids::NOTICE.to_string());
            }
            Err(DiaryError::DateTaken(_) | DiaryError::NotFound(_)) => {}
        }
    }
}

fn bump(seq: &mut u32) -> u32 {
    *seq += 1;
    *seq
}

/// A stored medicine as a row to change: the drug, its amount, how many at
/// a time, doses a day and purpose as the core kept them (the brand the
/// person chose is not in an entry, so the row names the generic).
pub fn row_from(medication: &Medication) -> MedicineEntry {
    let drug = medication.drug;
    MedicineEntry {
        drug: Some(drug),
        amount: match (drug.factor, medication.amount) {
            // As a person types it: "10", not "10.0".
            (Some(_), Some(amount)) => {
                let text = amount.to_text();
                match text.strip_suffix(".0") {
                    Some(whole) => whole.to_string(),
                    None => text,
                }
            }
            _ => String::new(),
        },
        per_dose: medication.per_dose.to_string(),
        times: medication
            .times_per_day
            .map(|t| t.to_string())
            .unwrap_or_default(),
        purpose: drug.takes_purpose().then_some(medication.purpose),
        amount_touched: true,
        times_touched: true,
        ..MedicineEntry::new(0)
    }
}
