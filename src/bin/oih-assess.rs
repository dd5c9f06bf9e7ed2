//! `oih-assess`: runs the assessment on JSON input.
//!
//! `oih-assess < input.json` reads one input and writes one output; exit 0,
//! or exit 2 with `{"error": {...}}` on stdout when the input is invalid.
//! `oih-assess --jsonl < inputs.jsonl` reads one input per line and writes
//! one output or error object per line, in order; exit 0. Blank lines are
//! skipped.
//!
//! FHIR R4 (see `oih_checklist::fhir`): `--fhir-questionnaire` and
//! `--fhir-code-system` print the published resources; `--to-fhir` reads
//! contract input and writes a QuestionnaireResponse, `authored` now (UTC) or
//! at `--authored DATETIME`; `--from-fhir` reads a QuestionnaireResponse and
//! writes the assessment, as for the same contract input. Invalid input:
//! exit 2 with the error object, as above.
//!
//! The pain diary (see `oih_checklist::diary`): `--fhir-diary-questionnaire`
//! prints its Questionnaire; `--to-fhir-diary` reads a diary file and writes
//! the FHIR Bundle of its entries; `--from-fhir-diary` reads such a Bundle
//! and writes the entries with their PEG score and MME, the observations and
//! the dose changes (one line of JSON). Invalid input: exit 2, as above.
//!
//! The translation (feature `lang-es`, see `oih_checklist::texts::review`):
//! `--review-texts` prints the review page, every English text beside its
//! Spanish with its sources (`make review-texts`); `--texts` prints the
//! texts the user reads, one JSON object a line, for `make readability`.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;
use std::time::{SystemTime, UNIX_EPOCH};

use oih_checklist::diary::{self, Diary};
#[cfg(feature = "lang-es")]
use oih_checklist::{assessment::Problem, texts};
use oih_checklist::{contract, fhir};

const USAGE: &str = "usage: oih-assess [--jsonl] < input\n\
  \x20      oih-assess --to-fhir [--authored DATETIME] < input\n\
  \x20      oih-assess --from-fhir < questionnaire-response\n\
  \x20      oih-assess --fhir-questionnaire | --fhir-code-system\n\
  \x20      oih-assess --to-fhir-diary < diary-file | --from-fhir-diary < bundle\n\
  \x20      oih-assess --fhir-diary-questionnaire\n\
  \x20      oih-assess --review-texts | --texts\n\
  Reads the checklist's input JSON on stdin and writes the result JSON on stdout.\n\
  --jsonl                one input per line, one output per line\n\
  --to-fhir              write the input as a FHIR R4 QuestionnaireResponse\n\
  --authored DATETIME    its `authored` time, with a time zone (default: now, UTC)\n\
  --from-fhir            read a FHIR R4 QuestionnaireResponse instead of the input\n\
  --fhir-questionnaire   print the FHIR R4 Questionnaire of the checklist\n\
  --fhir-code-system     print the FHIR R4 CodeSystem of its answer codes\n\
  --to-fhir-diary        read a pain diary file, write its FHIR R4 Bundle\n\
  --from-fhir-diary      read a pain diary's FHIR R4 Bundle, write its entries\n\
  \x20                      with their PEG score and MME\n\
  --fhir-diary-questionnaire  print the FHIR R4 Questionnaire of the diary\n\
  --review-texts         print the translation's review page (HTML) on stdout:\n\
  \x20                      every English text beside its Spanish, with its sources\n\
  --texts                print the texts the user reads, one JSON object a line:\n\
  \x20                      {\"group\", \"key\", \"en\", \"es\"} (no drug names, no\n\
  \x20                      messages of the JSON or FHIR input)\n\
  \x20                      (these two need the feature lang-es, on by default)\n";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [] => single(contract::evaluate),
        ["--jsonl"] => lines(),
        ["--from-fhir"] => single(fhir::evaluate),
        ["--to-fhir"] => single(|input| fhir::to_fhir(input, &now())),
        ["--to-fhir", "--authored", when] | ["--authored", when, "--to-fhir"] => {
            single(|input| fhir::to_fhir(input, when))
        }
        ["--fhir-questionnaire"] => print(&fhir::questionnaire_json()),
        ["--fhir-code-system"] => print(&fhir::code_system_json()),
        ["--fhir-diary-questionnaire"] => print(&diary::fhir::questionnaire_json()),
        ["--to-fhir-diary"] => single(|text| -> Result<_, diary::file::FieldError> {
            let entries = diary::file::read(text)?;
            Ok(diary::fhir::bundle_json(&from_read(entries)))
        }),
        ["--from-fhir-diary"] => single(|text| -> Result<_, diary::file::FieldError> {
            let entries = diary::fhir::read_bundle(text)?;
            Ok(diary::file::report_json(&from_read(entries)))
        }),
        #[cfg(feature = "lang-es")]
        ["--review-texts"] => print(&texts::review::page()),
        #[cfg(feature = "lang-es")]
        ["--texts"] => print(&texts_jsonl()),
        ["-h" | "--help"] => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprint!("{USAGE}");
            return ExitCode::from(64);
        }
    };
    result.unwrap_or_else(|e| {
        eprintln!("oih-assess: {e}");
        ExitCode::from(74)
    })
}

/// An error of the input, as the JSON object the CLI writes (the
/// checklist's and the diary's readers each have their own error type).
trait ErrorJson {
    fn to_json(&self) -> String;
}

impl ErrorJson for contract::FieldError {
    fn to_json(&self) -> String {
        contract::FieldError::to_json(self)
    }
}

impl ErrorJson for diary::file::FieldError {
    fn to_json(&self) -> String {
        diary::file::FieldError::to_json(self)
    }
}

/// Reads all of stdin, runs `run` on it and writes its output, or the error
/// object with exit 2. Outputs that are files (FHIR) end with their own
/// newline; one-line outputs get one.
fn single<E: ErrorJson>(run: impl FnOnce(&str) -> Result<String, E>) -> io::Result<ExitCode> {
    let mut bytes = Vec::new();
    io::stdin().read_to_end(&mut bytes)?;
    let text = String::from_utf8_lossy(&bytes);
    let (output, code) = match run(&text) {
        Ok(output) => (output, ExitCode::SUCCESS),
        Err(error) => (error.to_json(), ExitCode::from(2)),
    };
    print(&output)?;
    Ok(code)
}

/// A diary of entries a reader checked (each date once, at most the limit).
fn from_read(entries: Vec<diary::Entry>) -> Diary {
    Diary::from_entries(entries).unwrap_or_default()
}

fn print(output: &str) -> io::Result<ExitCode> {
    let mut out = io::stdout().lock();
    out.write_all(output.as_bytes())?;
    if !output.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// The texts the user reads, English and Spanish, one JSON object a line
/// (the rows of the review page, `texts::review::groups`). Left out, as
/// `tests/e2e/readability.mjs` leaves them out: drug names (names, not
/// sentences to read) and the messages of the JSON and FHIR input, which
/// only a program's author reads (`widget_problem`). Sources are not in
/// the texts but beside them, and the reference list is not a row.
#[cfg(feature = "lang-es")]
fn texts_jsonl() -> String {
    use texts::Lang;
    let not_read: Vec<String> = texts::review::problems()
        .iter()
        .filter(|problem| !widget_problem(problem))
        .map(|problem| format!("problem_message({problem:?})"))
        .collect();
    let mut out = String::new();
    for group in texts::review::groups(Lang::En, Lang::Es) {
        for row in group.rows {
            if row.key.starts_with("drug_name(") || not_read.contains(&row.key) {
                continue;
            }
            let [group, key, en, es] = [group.title, &row.key, &row.texts[0], &row.texts[1]]
                .map(|text| serde_json::Value::from(text).to_string());
            out += &format!("{{\"group\":{group},\"key\":{key},\"en\":{en},\"es\":{es}}}\n");
        }
    }
    out
}

/// Whether the widget's form can show this problem's message (the others
/// answer JSON or FHIR input; every new problem must be placed here).
#[cfg(feature = "lang-es")]
fn widget_problem(problem: &Problem) -> bool {
    match problem {
        Problem::Missing
        | Problem::NotANumber
        | Problem::Comma
        | Problem::TooPrecise
        | Problem::AmountOutOfRange(_)
        | Problem::PerDoseOutOfRange
        | Problem::TimesOutOfRange
        | Problem::TimesNotForPatch
        | Problem::PurposeNotForDrug => true,
        Problem::BadAnswer(_)
        | Problem::NotJson(_)
        | Problem::NotAnObject
        | Problem::NotAList
        | Problem::UnknownField
        | Problem::DuplicateKey
        | Problem::UnknownQuestion
        | Problem::UnknownDrug
        | Problem::TooManyMedicines
        | Problem::UnknownPurpose
        | Problem::MustBe(_)
        | Problem::NotADateTime
        | Problem::OutOfOrder
        | Problem::OneAnswerOnly
        | Problem::WrongValueType(_)
        | Problem::Unsupported => false,
    }
}

/// The current time in UTC, as a FHIR dateTime.
fn now() -> String {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    fhir::utc_from_unix_seconds(seconds)
}

fn lines() -> io::Result<ExitCode> {
    let stdin = io::stdin().lock();
    let mut out = io::BufWriter::new(io::stdout().lock());
    for line in stdin.split(b'\n') {
        let bytes = line?;
        let text = String::from_utf8_lossy(&bytes);
        if text.trim().is_empty() {
            continue;
        }
        let output = contract::evaluate(&text).unwrap_or_else(|error| error.to_json());
        writeln!(out, "{output}")?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
