//! The pain diary (clinical-content.md v3, "The pain diary"): entries of the
//! PEG score (P1) and the daily MME over time, and the one observation the
//! specification allows. Plain Rust at the level of the rules (below
//! `texts`): data, never sentences. The file format (`file`) and FHIR
//! (`fhir`) are behind the `json` feature.
//!
//! Decisions a patient meets:
//!
//! - **One entry a day.** [`Diary::add`] for a day that already has one is
//!   [`DiaryError::DateTaken`], never a silent replacement: the UI offers
//!   to edit that day's entry instead ([`Diary::replace`]).
//! - **Up to 5 years:** at most [`MAX_ENTRIES`] entries, five years of
//!   daily entries (5 x 365 + 2 leap days). A count, not a span of dates,
//!   so someone writing weekly is never stopped by the calendar; adding to
//!   a full diary is [`DiaryError::Full`] (the UI says to export and delete
//!   old entries).
//! - **Observations** compare each pair of neighbouring entries by date
//!   ([`Diary::observations`]), no more than [`OBSERVATION_WINDOW_DAYS`]
//!   apart.
//! - **Importing** merges by date ([`Diary::merge`]): see [`OnConflict`].

mod date;
mod entry;
#[cfg(feature = "json")]
pub mod fhir;
#[cfg(feature = "json")]
pub mod file;

pub use date::CivilDate;
pub use entry::{Entry, EntryField, Peg, PegItem, PegScore, NOTE_MAX_CHARS, PEG_MAX};

use crate::assessment::Problem;
use crate::decimal::Decimal;

/// At most this many entries: five years of daily entries.
pub const MAX_ENTRIES: usize = 5 * 365 + 2;
/// Two entries further apart than this (6 weeks) are not compared.
pub const OBSERVATION_WINDOW_DAYS: i64 = 42;

/// What is wrong with one field of an entry or of a diary file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryProblem {
    /// A problem the checklist's contract names too (JSON shape, a
    /// medicine's fields), with its words.
    Checklist(Problem),
    /// Not a date written `YYYY-MM-DD`, or a day that does not exist.
    NotADate,
    /// A PEG answer that is not a whole number from 0 to 10.
    ScoreOutOfRange,
    /// A note longer than [`NOTE_MAX_CHARS`] characters.
    NoteTooLong,
    /// Text expected (a note, a date).
    NotText,
    /// A list expected.
    NotAList,
    /// More than `MAX_MEDICATIONS` medicines in one entry.
    TooManyMedicines,
    /// A second entry for a day that has one.
    DateTaken,
    /// More than [`MAX_ENTRIES`] entries.
    TooManyEntries,
    /// The file is not a diary file (`format` is not `oih-diary`), or the
    /// FHIR resource is not a diary Bundle.
    NotADiary,
    /// Written by a newer version of the diary than this one reads.
    NewerVersion,
    /// A FHIR PEG score that is not the mean of the answers given.
    ScoreMismatch,
}

impl From<Problem> for DiaryProblem {
    fn from(problem: Problem) -> DiaryProblem {
        DiaryProblem::Checklist(problem)
    }
}

/// Why a change to the diary was refused; the diary is unchanged.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiaryError {
    /// That day already has an entry.
    DateTaken(CivilDate),
    /// No entry on that day.
    NotFound(CivilDate),
    /// The diary holds [`MAX_ENTRIES`] entries already (or would, after an
    /// import: `needed` is how many it would hold).
    Full { needed: usize },
    /// An import finds entries for days that already have a different
    /// entry, and was asked to stop there ([`OnConflict::Stop`]).
    Conflicts(Vec<CivilDate>),
}

/// What an import does with a day that has a different entry in the diary
/// and in the file. Days only in the file are added, days only in the diary
/// kept, and the same entry in both is left as it is, so importing the same
/// file twice changes nothing and importing a backup onto another device
/// keeps the entries made there since. Only a real conflict needs a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OnConflict {
    /// Change nothing and name the days ([`DiaryError::Conflicts`]), so
    /// the UI can ask.
    Stop,
    /// Keep the diary's entries for those days.
    KeepDiary,
    /// Replace them with the file's.
    UseFile,
}

/// What an import did, by days.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeSummary {
    /// New days.
    pub added: Vec<CivilDate>,
    /// Days whose entry was the same in the file.
    pub unchanged: Vec<CivilDate>,
    /// Days whose entry the file's replaced ([`OnConflict::UseFile`]).
    pub replaced: Vec<CivilDate>,
    /// Days where the diary's entry was kept over a different one in the
    /// file ([`OnConflict::KeepDiary`]).
    pub kept: Vec<CivilDate>,
}

/// Two neighbouring entries, the later one after a dose increase.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DoseIncrease {
    pub from: CivilDate,
    pub to: CivilDate,
    pub mme_from: Decimal,
    pub mme_to: Decimal,
    pub score_from: PegScore,
    pub score_to: PegScore,
}

/// The observations of the specification, as data; the sentences are the
/// texts' (T1: a fact about the entries, never a diagnosis).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Observation {
    /// The daily MME went up and the later PEG score is at least 1 point
    /// higher.
    PainUpAfterDoseUp(DoseIncrease),
    /// The daily MME went up and the later PEG score is at least 1 point
    /// lower.
    PainDownAfterDoseUp(DoseIncrease),
}

/// An entry whose daily MME differs from the previous entry's (a mark on
/// the chart). `None` is an unknown MME (see [`Entry::daily_mme`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DoseChange {
    pub date: CivilDate,
    pub from: Option<Decimal>,
    pub to: Option<Decimal>,
}

/// The entries, sorted by date, at most one a day, at most [`MAX_ENTRIES`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diary {
    entries: Vec<Entry>,
}

impl Diary {
    pub fn new() -> Diary {
        Diary::default()
    }

    /// A diary of these entries, in any order; two on the same day or too
    /// many are an error.
    pub fn from_entries(mut entries: Vec<Entry>) -> Result<Diary, DiaryError> {
        if entries.len() > MAX_ENTRIES {
            return Err(DiaryError::Full {
                needed: entries.len(),
            });
        }
        entries.sort_by_key(Entry::date);
        if let Some(pair) = entries.windows(2).find(|w| w[0].date() == w[1].date()) {
            return Err(DiaryError::DateTaken(pair[0].date()));
        }
        Ok(Diary { entries })
    }

    /// Oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn get(&self, date: CivilDate) -> Option<&Entry> {
        self.find(date).ok().map(|at| &self.entries[at])
    }

    /// The most recent entry (the UI copies its medicines into a new one).
    pub fn last(&self) -> Option<&Entry> {
        self.entries.last()
    }

    fn find(&self, date: CivilDate) -> Result<usize, usize> {
        self.entries.binary_search_by_key(&date, Entry::date)
    }

    /// Adds an entry for a day that has none.
    pub fn add(&mut self, entry: Entry) -> Result<(), DiaryError> {
        match self.find(entry.date()) {
            Ok(_) => Err(DiaryError::DateTaken(entry.date())),
            Err(_) if self.entries.len() >= MAX_ENTRIES => Err(DiaryError::Full {
                needed: self.entries.len() + 1,
            }),
            Err(at) => {
                self.entries.insert(at, entry);
                Ok(())
            }
        }
    }

    /// Edits the entry of `date`: `entry` takes its place, on its own date
    /// (which may differ, when the person corrects the day, but not be
    /// another entry's). Returns the entry it replaced.
    pub fn replace(&mut self, date: CivilDate, entry: Entry) -> Result<Entry, DiaryError> {
        let at = self.find(date).map_err(|_| DiaryError::NotFound(date))?;
        if entry.date() != date && self.find(entry.date()).is_ok() {
            return Err(DiaryError::DateTaken(entry.date()));
        }
        let old = self.entries.remove(at);
        let to = self.find(entry.date()).unwrap_or_else(|to| to);
        self.entries.insert(to, entry);
        Ok(old)
    }

    /// Deletes the entry of `date`, returning it.
    pub fn delete(&mut self, date: CivilDate) -> Option<Entry> {
        let at = self.find(date).ok()?;
        Some(self.entries.remove(at))
    }

    /// Merges imported entries (each date at most once, as the readers
    /// ensure) by date: see [`OnConflict`]. All or nothing: on an error the
    /// diary is unchanged.
    pub fn merge(
        &mut self,
        imported: Vec<Entry>,
        on_conflict: OnConflict,
    ) -> Result<MergeSummary, DiaryError> {
        let mut summary = MergeSummary::default();
        let mut conflicts = Vec::new();
        let mut to_add = Vec::new();
        let mut to_replace = Vec::new();
        for entry in imported {
            match self.get(entry.date()) {
                None => to_add.push(entry),
                Some(same) if *same == entry => summary.unchanged.push(entry.date()),
                Some(_) => {
                    conflicts.push(entry.date());
                    to_replace.push(entry);
                }
            }
        }
        conflicts.sort();
        match on_conflict {
            OnConflict::Stop if !conflicts.is_empty() => {
                return Err(DiaryError::Conflicts(conflicts))
            }
            OnConflict::Stop => {}
            OnConflict::KeepDiary => {
                summary.kept = conflicts;
                to_replace.clear();
            }
            OnConflict::UseFile => summary.replaced = conflicts,
        }
        let needed = self.entries.len() + to_add.len();
        if needed > MAX_ENTRIES {
            return Err(DiaryError::Full { needed });
        }
        for entry in to_replace {
            let at = self.find(entry.date()).unwrap_or_else(|at| at);
            self.entries[at] = entry;
        }
        summary.added = to_add.iter().map(Entry::date).collect();
        summary.added.sort();
        summary.unchanged.sort();
        self.entries.extend(to_add);
        self.entries.sort_by_key(Entry::date);
        Ok(summary)
    }

    /// The observations, oldest first: for each pair of neighbouring
    /// entries (by date; an entry is compared with the one just before it,
    /// never across another entry) at most [`OBSERVATION_WINDOW_DAYS`]
    /// apart whose daily MMEs are both known and went up, the pain going up
    /// or down by at least one point. Nothing for an unknown MME, a dose
    /// that went down or stayed, or a score that moved less than a point.
    pub fn observations(&self) -> Vec<Observation> {
        self.entries
            .windows(2)
            .filter_map(|pair| observation(&pair[0], &pair[1]))
            .collect()
    }

    /// The entries (after the first) whose daily MME differs from the
    /// previous entry's, an unknown MME included, oldest first.
    pub fn dose_changes(&self) -> Vec<DoseChange> {
        self.entries
            .windows(2)
            .filter_map(|pair| {
                let (from, to) = (pair[0].daily_mme(), pair[1].daily_mme());
                (from != to).then(|| DoseChange {
                    date: pair[1].date(),
                    from,
                    to,
                })
            })
            .collect()
    }
}

fn observation(earlier: &Entry, later: &Entry) -> Option<Observation> {
    if earlier.date().days_until(later.date()) > OBSERVATION_WINDOW_DAYS {
        return None;
    }
    let (mme_from, mme_to) = (earlier.daily_mme()?, later.daily_mme()?);
    if mme_to <= mme_from {
        return None;
    }
    let increase = DoseIncrease {
        from: earlier.date(),
        to: later.date(),
        mme_from,
        mme_to,
        score_from: earlier.score(),
        score_to: later.score(),
    };
    if increase
        .score_to
        .at_least_one_point_above(increase.score_from)
    {
        Some(Observation::PainUpAfterDoseUp(increase))
    } else if increase
        .score_from
        .at_least_one_point_above(increase.score_to)
    {
        Some(Observation::PainDownAfterDoseUp(increase))
    } else {
        None
    }
}
