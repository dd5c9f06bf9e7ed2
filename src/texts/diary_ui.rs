//! The pain diary's screen, in English: every sentence the diary's own wasm
//! shows (feature `diary-ui`; and native builds with `lang-es`, for the
//! review page and the tests), beside the words it shares with the summary
//! and the FHIR files (`super::diary`, the table's `diary`). Plain words;
//! the observations are facts about the entries, never a diagnosis, and
//! nothing here tells anyone to change a dose.
//!
//! Per language as the checklist's texts: [`DiaryUiTexts`] is the table,
//! this file fills it in English ([`DIARY_UI`]), `diary_ui_es.rs` in
//! Spanish, and [`Lang::diary_ui_texts`] picks one.

use super::diary::{long_date, DiaryTexts, DIARY, PAIN_DOWN_AFTER_DOSE_UP, PAIN_UP_AFTER_DOSE_UP};
use super::Lang;
use crate::diary::{CivilDate, Observation, PegItem, NOTE_MAX_CHARS};
use crate::diary_form::{EntryProblem, ImportCounts, ImportFailure, Notice, Refusal};

/// Every text of the diary's screen, for one language, with the diary's
/// core words in the same language (`diary`).
#[derive(Debug)]
pub struct DiaryUiTexts {
    /// The words shared with the chart, the summary and the FHIR files.
    pub diary: &'static DiaryTexts,
    pub app_intro: &'static str,
    pub where_title: &'static str,
    pub where_not_chosen: &'static str,
    pub keep: &'static str,
    pub keep_hint: &'static str,
    pub opening: &'static str,
    pub downloads_may_be_blocked: &'static str,
    pub refused_then: &'static str,
    pub try_again: &'static str,
    pub stored: fn(usize) -> String,
    pub refused: fn(Refusal) -> &'static str,
    pub unsaved: fn(usize) -> String,
    pub new_entry: &'static str,
    pub medicines_hint: &'static str,
    pub add_medicine: &'static str,
    pub save: &'static str,
    pub save_changes: &'static str,
    pub cancel: &'static str,
    pub problems_title: &'static str,
    pub edit_instead: &'static str,
    pub editing_title: fn(CivilDate) -> String,
    pub peg_question: fn(PegItem) -> &'static str,
    pub peg_low: fn(PegItem) -> &'static str,
    pub peg_high: fn(PegItem) -> &'static str,
    pub note_count: fn(usize) -> String,
    pub problem: fn(&EntryProblem) -> String,
    pub notice: fn(&Notice) -> String,
    pub entries_title: &'static str,
    pub observations_title: &'static str,
    pub table_caption: &'static str,
    pub table_caption_latest: fn(usize, usize) -> String,
    pub show_all_entries: fn(usize) -> String,
    pub show_latest_entries: fn(usize) -> String,
    pub row_tools: &'static str,
    pub edit: &'static str,
    pub delete: &'static str,
    pub not_kept_yet: &'static str,
    pub edit_label: fn(CivilDate) -> String,
    pub delete_label: fn(CivilDate) -> String,
    pub observation_for_patient: fn(&Observation) -> String,
    pub files_title: &'static str,
    pub files_hint: &'static str,
    pub include: &'static str,
    pub include_hint: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    pub fhir_export: &'static str,
    pub erase: &'static str,
    pub confirm_erase: &'static str,
    pub keep_it: &'static str,
    pub keep_here: &'static str,
    pub use_file: &'static str,
    pub keep_this_tab: &'static str,
    pub use_other_tab: &'static str,
    pub confirm_delete: fn(CivilDate) -> String,
    pub import_question: fn(&[CivilDate]) -> String,
    pub clash_question: fn(&[CivilDate]) -> String,
}

impl Lang {
    /// The diary screen's words, in this language (see [`DiaryUiTexts`]).
    pub fn diary_ui_texts(self) -> &'static DiaryUiTexts {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => &DIARY_UI,
            #[cfg(feature = "lang-es")]
            Lang::Es => &super::diary_ui_es::DIARY_UI,
        }
    }
}

pub const APP_INTRO: &str = "Once a week, answer three questions about your pain and note the opioid medicines you took. Over the weeks, the chart puts your pain score beside your daily dose, for you and your doctor to look at together.";

// Where the entries are kept.
pub const WHERE_TITLE: &str = "Where your entries are kept";
pub const WHERE_NOT_CHOSEN: &str = "Your entries stay on this device, in this browser. Nothing is ever sent anywhere. Until you choose to keep them, they last only while this page is open (you can still save them as a file).";
pub const KEEP: &str = "Keep my diary on this device";
pub const KEEP_HINT: &str = "The browser keeps the entries until you erase them. Anyone who uses this browser on this device can see them.";
pub const OPENING: &str = "Opening your diary on this device\u{2026}";
/// In a sandboxed frame, where the browser may drop a download silently.
pub const DOWNLOADS_MAY_BE_BLOCKED: &str = "If no file appears in your downloads, this page does not allow downloads: open the checklist on its own page to keep a diary.";
pub const REFUSED_THEN: &str =
    "Your entries are kept while this page is open. Save the diary file below to keep them.";
pub const TRY_AGAIN: &str = "Try again to keep it on this device";

pub fn stored(count: usize) -> String {
    let entries = if count == 1 { " entry" } else { " entries" };
    "Kept on this device only, in this browser: ".to_string() + &count.to_string() + entries + "."
}

pub fn refused(why: Refusal) -> &'static str {
    match why {
        Refusal::PrivateBrowsing => "This browser keeps nothing from this page (a private window, or its settings block it).",
        Refusal::Sandboxed => "The website showing this checklist does not let it keep anything on your device.",
        Refusal::Full => "There is no room left on this device to keep the diary.",
        Refusal::Unknown => "This browser would not keep the diary.",
    }
}

pub fn unsaved(count: usize) -> String {
    if count == 1 {
        "1 entry is not kept on this device yet.".into()
    } else {
        count.to_string() + " entries are not kept on this device yet."
    }
}

// The entry.
pub const NEW_ENTRY: &str = "New entry";
pub const MEDICINES_HINT: &str =
    "The opioid medicines you took this week, as in the checklist. Change them where they changed.";
pub const ADD_MEDICINE: &str = "Add a medicine";
pub const SAVE: &str = "Save this entry";
pub const SAVE_CHANGES: &str = "Save the changes";
pub const CANCEL: &str = "Cancel";
pub const PROBLEMS_TITLE: &str = "Please check:";
pub const EDIT_INSTEAD: &str = "Change that entry instead";

pub fn editing_title(date: CivilDate) -> String {
    "Change the entry of ".to_string() + &long_date(date)
}

pub fn peg_question(item: PegItem) -> &'static str {
    match item {
        PegItem::Pain => "What number best describes your pain on average in the past week?",
        PegItem::Enjoyment => "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
        PegItem::Activity => "What number best describes how, during the past week, pain has interfered with your general activity?",
    }
}

pub fn peg_low(item: PegItem) -> &'static str {
    match item {
        PegItem::Pain => "0: no pain",
        _ => "0: does not interfere",
    }
}

pub fn peg_high(item: PegItem) -> &'static str {
    match item {
        PegItem::Pain => "10: pain as bad as you can imagine",
        _ => "10: completely interferes",
    }
}

pub fn note_count(chars: usize) -> String {
    chars.to_string() + " of " + &NOTE_MAX_CHARS.to_string() + " characters"
}

pub fn problem(problem: &EntryProblem) -> String {
    match problem {
        EntryProblem::NotADate => "Enter the date of this entry.".into(),
        EntryProblem::InFuture => {
            "The date is after today. Enter today's date or an earlier one.".into()
        }
        EntryProblem::DateTaken(date) => {
            "There is already an entry for ".to_string() + &long_date(*date) + "."
        }
        EntryProblem::Unanswered(item) => match item {
            PegItem::Pain => "Answer the question about your pain on average.".into(),
            PegItem::Enjoyment => "Answer the question about your enjoyment of life.".into(),
            PegItem::Activity => "Answer the question about your general activity.".into(),
        },
        EntryProblem::Medicine(..) => "Check a medicine: its message says what is missing.".into(),
        EntryProblem::NoteTooLong(chars) => {
            "The note has ".to_string()
                + &chars.to_string()
                + " characters. Shorten it to "
                + &NOTE_MAX_CHARS.to_string()
                + "."
        }
        EntryProblem::DiaryFull => {
            "The diary is full (5 years of entries). Save the diary file, then delete old entries."
                .into()
        }
    }
}

// What just happened.
pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::Saved(date) => "The entry of ".to_string() + &long_date(*date) + " was saved.",
        Notice::Changed(date) => "The entry of ".to_string() + &long_date(*date) + " was changed.",
        Notice::Deleted(date) => "The entry of ".to_string() + &long_date(*date) + " was deleted.",
        Notice::Erased => "The diary was erased from this device.".into(),
        Notice::Imported(counts) => imported(counts),
        Notice::ImportFailed(failure) => {
            let why = match failure {
                #[cfg(feature = "json")]
                ImportFailure::File(error) => error.message(),
                ImportFailure::Full { needed } => {
                    "the diary would hold ".to_string()
                        + &needed.to_string()
                        + " entries, more than 5 years"
                }
            };
            // (The reader's message ends with its own full stop.)
            "This file could not be opened: ".to_string()
                + why.trim_end_matches('.')
                + ". Nothing was changed."
        }
    }
}

fn imported(c: &ImportCounts) -> String {
    let part = |n: usize, what: &str| n.to_string() + " " + what;
    "Diary file opened: ".to_string()
        + &[
            part(c.added, "added"),
            part(c.replaced, "replaced"),
            part(c.kept, "kept as they were here"),
            part(c.unchanged, "already here"),
        ]
        .join(", ")
        + "."
}

// The entries.
pub const ENTRIES_TITLE: &str = "Your entries";
pub const OBSERVATIONS_TITLE: &str = "What your entries show";
pub const TABLE_CAPTION: &str = "Every entry, oldest first";

/// The table's caption while it shows only the latest entries.
pub fn table_caption_latest(shown: usize, all: usize) -> String {
    "The latest ".to_string()
        + &shown.to_string()
        + " of your "
        + &all.to_string()
        + " entries, oldest first"
}

pub fn show_all_entries(all: usize) -> String {
    "Show all ".to_string() + &all.to_string() + " entries in the table"
}

pub fn show_latest_entries(shown: usize) -> String {
    "Show only the latest ".to_string() + &shown.to_string()
}
pub const ROW_TOOLS: &str = "Change or delete";
pub const EDIT: &str = "Change";
pub const DELETE: &str = "Delete";
pub const NOT_KEPT_YET: &str = "not kept on this device yet";

pub fn edit_label(date: CivilDate) -> String {
    "Change the entry of ".to_string() + &long_date(date)
}

pub fn delete_label(date: CivilDate) -> String {
    "Delete the entry of ".to_string() + &long_date(date)
}

/// An observation for the patient, with its dates (the specification's
/// sentences).
pub fn observation_for_patient(o: &Observation) -> String {
    let (sentence, i) = match o {
        Observation::PainUpAfterDoseUp(i) => (PAIN_UP_AFTER_DOSE_UP, i),
        Observation::PainDownAfterDoseUp(i) => (PAIN_DOWN_AFTER_DOSE_UP, i),
    };
    long_date(i.from) + " to " + &long_date(i.to) + ": " + sentence
}

// Files, erasing, and the questions asked once.
pub const FILES_TITLE: &str = "Keep, move or share your diary";
pub const FILES_HINT: &str = "The diary file moves your diary to another device or browser, or keeps a copy. The FHIR file is for your doctor's records system. Saving a file sends nothing: it goes to your downloads.";
pub const INCLUDE: &str = "Add this diary to the summary for your doctor";
pub const INCLUDE_HINT: &str = "\u{201c}Print a summary for your doctor\u{201d} and \u{201c}Copy summary as text\u{201d}, under your result, then add the chart and the table of your last 26 entries.";
pub const EXPORT: &str = "Save the diary file";
pub const IMPORT: &str = "Open a diary file";
pub const FHIR_EXPORT: &str = "Save the diary for your doctor's system (FHIR)";
pub const ERASE: &str = "Erase the diary";
pub const CONFIRM_ERASE: &str = "Erase the whole diary from this device? This cannot be undone. Save the diary file first if you want to keep a copy.";
pub const KEEP_IT: &str = "Keep it";
pub const KEEP_HERE: &str = "Keep the entries here";
pub const USE_FILE: &str = "Use the file's entries";
pub const KEEP_THIS_TAB: &str = "Keep this page's entries";
pub const USE_OTHER_TAB: &str = "Use the other page's entries";

pub fn confirm_delete(date: CivilDate) -> String {
    "Delete the entry of ".to_string() + &long_date(date) + "?"
}

fn dates(dates: &[CivilDate]) -> String {
    dates
        .iter()
        .map(|d| long_date(*d))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn import_question(days: &[CivilDate]) -> String {
    "The file has a different entry for ".to_string() + &dates(days) + ". Which should be kept?"
}

pub fn clash_question(days: &[CivilDate]) -> String {
    "This diary is open in another page too, which saved a different entry for ".to_string()
        + &dates(days)
        + ". Which should be kept?"
}

/// The English table, for `Lang::diary_ui_texts`.
pub const DIARY_UI: DiaryUiTexts = DiaryUiTexts {
    diary: &DIARY,
    app_intro: APP_INTRO,
    where_title: WHERE_TITLE,
    where_not_chosen: WHERE_NOT_CHOSEN,
    keep: KEEP,
    keep_hint: KEEP_HINT,
    opening: OPENING,
    downloads_may_be_blocked: DOWNLOADS_MAY_BE_BLOCKED,
    refused_then: REFUSED_THEN,
    try_again: TRY_AGAIN,
    stored,
    refused,
    unsaved,
    new_entry: NEW_ENTRY,
    medicines_hint: MEDICINES_HINT,
    add_medicine: ADD_MEDICINE,
    save: SAVE,
    save_changes: SAVE_CHANGES,
    cancel: CANCEL,
    problems_title: PROBLEMS_TITLE,
    edit_instead: EDIT_INSTEAD,
    editing_title,
    peg_question,
    peg_low,
    peg_high,
    note_count,
    problem,
    notice,
    entries_title: ENTRIES_TITLE,
    observations_title: OBSERVATIONS_TITLE,
    table_caption: TABLE_CAPTION,
    table_caption_latest,
    show_all_entries,
    show_latest_entries,
    row_tools: ROW_TOOLS,
    edit: EDIT,
    delete: DELETE,
    not_kept_yet: NOT_KEPT_YET,
    edit_label,
    delete_label,
    observation_for_patient,
    files_title: FILES_TITLE,
    files_hint: FILES_HINT,
    include: INCLUDE,
    include_hint: INCLUDE_HINT,
    export: EXPORT,
    import: IMPORT,
    fhir_export: FHIR_EXPORT,
    erase: ERASE,
    confirm_erase: CONFIRM_ERASE,
    keep_it: KEEP_IT,
    keep_here: KEEP_HERE,
    use_file: USE_FILE,
    keep_this_tab: KEEP_THIS_TAB,
    use_other_tab: USE_OTHER_TAB,
    confirm_delete,
    import_question,
    clash_question,
};
