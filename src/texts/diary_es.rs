//! The pain diary's words in Spanish (the same items in the same order as
//! `diary.rs`, so the two files read side by side): neutral Latin American
//! Spanish, "usted", plain words, as `es.rs`. An entry is "un registro".
//! Numbers made into sentences take a decimal comma (`4,3`); the table's
//! cells keep the figures as the checklist's summary table writes them.
//! Not yet reviewed by a Spanish-speaking clinician (`make review-texts`).

use super::diary::DiaryTexts;
use super::es::{long_date as es_long_date, unit_label, MONTHS};
use crate::diary::{CivilDate, DiaryProblem};

use super::es::comma;

pub const TITLE: &str = "Diario del dolor";
pub const DESCRIPTION: &str = "Un registro semanal del dolor (las tres preguntas PEG) y de los medicamentos opioides tomados, que lleva el propio paciente.";
pub const DATE_LABEL: &str = "Fecha de este registro";
/// The PEG questions (P1, Krebs et al. 2009), with what 0 and 10 mean.
pub const PAIN_QUESTION: &str = "¿Qué número describe mejor su dolor en promedio durante la última semana? (0 = sin dolor, 10 = el peor dolor que pueda imaginar)";
pub const ENJOYMENT_QUESTION: &str = "¿Qué número describe mejor cuánto ha interferido el dolor en su disfrute de la vida durante la última semana? (0 = no interfiere, 10 = interfiere por completo)";
pub const ACTIVITY_QUESTION: &str = "¿Qué número describe mejor cuánto ha interferido el dolor en su actividad general durante la última semana? (0 = no interfiere, 10 = interfiere por completo)";
pub const SCORE_LABEL: &str = "Puntuación PEG (el promedio de las tres respuestas)";
pub const MEDICINES_TITLE: &str = "Medicamentos opioides tomados esta semana";
pub const NOTE_LABEL: &str = "Nota (hasta 280 caracteres)";

/// The observation when the dose went up and the pain score went up by at
/// least 1 point.
pub const PAIN_UP_AFTER_DOSE_UP: &str = "Su puntuación de dolor subió después de que su dosis subió. Este es el patrón que buscan los médicos cuando piensan en la HIO (T1). Muéstrele este diario a su médico.";
/// The observation when the dose went up and the pain score went down by at
/// least 1 point.
pub const PAIN_DOWN_AFTER_DOSE_UP: &str =
    "Su puntuación de dolor bajó después de que su dosis subió.";

/// The chart: the legend's words fit the room the English have
/// (`diary_chart`'s tests measure them).
pub const CHART_TITLE: &str =
    "Puntuación de dolor y dosis diaria de opioides a lo largo del tiempo";
pub const CHART_SCORE: &str = "Puntuación PEG, 0 a 10";
pub const CHART_MME: &str = "MME al día";
pub const CHART_DOSE_CHANGED: &str = "Nueva dosis";
pub const CHART_PAIN_UP: &str = "Más dolor tras más dosis";
/// Month names on the chart's time axis (three letters, as the English).
pub const SHORT_MONTHS: [&str; 12] = [
    "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
];
pub const TABLE_COLUMNS: [&str; 8] = [
    "Fecha",
    "Puntuación PEG",
    "Dolor",
    "Disfrute",
    "Actividad",
    "MME al día",
    "Medicamentos",
    "Nota",
];
pub const UNKNOWN_MME: &str = "no se sabe";
pub const NO_ENTRIES: &str = "Todavía no hay registros.";
pub const SUMMARY_TITLE: &str = "Diario del dolor";
pub const OBSERVATIONS_LABEL: &str =
    "Observaciones (cada una entre dos registros separados por 6 semanas como máximo):";

/// A date without its year: `3 de marzo`.
fn day_month(date: CivilDate) -> String {
    let month = MONTHS
        .get(usize::from(date.month()) - 1)
        .copied()
        .unwrap_or("");
    date.day().to_string() + " de " + month
}

/// A date in words: `3 de marzo de 2026` (the widget's long date).
pub fn long_date(date: CivilDate) -> String {
    es_long_date(
        i32::from(date.year()),
        u32::from(date.month()) - 1,
        u32::from(date.day()),
    )
}

/// `el 3 de marzo de 2026`, `del 3 de marzo al 26 de mayo de 2026`, `del 3
/// de marzo de 2025 al 26 de mayo de 2026`.
fn date_range(first: CivilDate, last: CivilDate) -> String {
    if first == last {
        "el ".to_string() + &long_date(first)
    } else if first.year() == last.year() {
        "del ".to_string() + &day_month(first) + " al " + &long_date(last)
    } else {
        "del ".to_string() + &long_date(first) + " al " + &long_date(last)
    }
}

/// `4,3` or `de 4,3 a 6,7`.
fn range(low: &str, high: &str) -> String {
    if low == high {
        comma(low)
    } else {
        "de ".to_string() + &comma(low) + " a " + &comma(high)
    }
}

fn entries(count: usize) -> String {
    count.to_string()
        + if count == 1 {
            " registro"
        } else {
            " registros"
        }
}

/// "12 registros del 3 de marzo al 26 de mayo de 2026: puntuación de dolor
/// de 4,3 a 6,7; dosis de 30 a 60 MME al día" (a semicolon between the
/// two, as the numbers have commas).
pub fn chart_summary(
    count: usize,
    first: CivilDate,
    last: CivilDate,
    score: (&str, &str),
    mme: Option<(&str, &str)>,
    unknown: usize,
) -> String {
    let mut line = entries(count)
        + " "
        + &date_range(first, last)
        + ": puntuación de dolor "
        + &range(score.0, score.1)
        + "; dosis ";
    match mme {
        Some((low, high)) => {
            line = line + &range(low, high) + " MME al día";
            if unknown > 0 {
                line = line + " (desconocida en " + &entries(unknown) + ")";
            }
        }
        None => line += "desconocida",
    }
    line
}

/// After the summary's entries, how many earlier ones it leaves out.
pub fn earlier_entries(count: usize) -> String {
    "Y ".to_string()
        + &count.to_string()
        + if count == 1 {
            " registro anterior, que está en el archivo del diario."
        } else {
            " registros anteriores, que están en el archivo del diario."
        }
}

/// One observation for the doctor, as a fact with its dates.
pub fn observation_for_doctor(
    up: bool,
    from: CivilDate,
    to: CivilDate,
    score: (&str, &str),
    mme: (&str, &str),
) -> String {
    "Del ".to_string()
        + &long_date(from)
        + " al "
        + &long_date(to)
        + if up {
            ": la puntuación de dolor subió de "
        } else {
            ": la puntuación de dolor bajó de "
        }
        + &comma(score.0)
        + " a "
        + &comma(score.1)
        + " después de que la dosis subió de "
        + &comma(mme.0)
        + " a "
        + &comma(mme.1)
        + " MME al día."
}

/// What is wrong with a field of a diary file or Bundle.
pub fn problem_message(problem: &DiaryProblem) -> String {
    match problem {
        DiaryProblem::Checklist(problem) => super::es::problem_message(problem),
        DiaryProblem::NotADate => "Escriba una fecha que exista, así: 2026-11-25.".into(),
        DiaryProblem::ScoreOutOfRange => "Escriba un número entero del 0 al 10.".into(),
        DiaryProblem::NoteTooLong => "Una nota puede tener 280 caracteres como máximo.".into(),
        DiaryProblem::NotText => "Esto debe ser texto.".into(),
        DiaryProblem::NotAList => "Esto debe ser una lista.".into(),
        DiaryProblem::TooManyMedicines => {
            "Un registro puede tener 10 medicamentos como máximo.".into()
        }
        DiaryProblem::DateTaken => "Ya hay un registro para este día.".into(),
        DiaryProblem::TooManyEntries => {
            "Un diario puede tener 1827 registros como máximo (5 años de registros diarios).".into()
        }
        DiaryProblem::NotADiary => "Este no es un archivo de diario del dolor.".into(),
        DiaryProblem::NewerVersion => {
            "Este diario se guardó con una versión más nueva. Actualice el cuestionario para abrirlo.".into()
        }
        DiaryProblem::ScoreMismatch => {
            "Esta puntuación PEG no es el promedio de las tres respuestas.".into()
        }
    }
}

/// The Spanish table, for `Lang::diary_texts`.
pub const DIARY: DiaryTexts = DiaryTexts {
    title: TITLE,
    description: DESCRIPTION,
    date_label: DATE_LABEL,
    pain_question: PAIN_QUESTION,
    enjoyment_question: ENJOYMENT_QUESTION,
    activity_question: ACTIVITY_QUESTION,
    score_label: SCORE_LABEL,
    medicines_title: MEDICINES_TITLE,
    note_label: NOTE_LABEL,
    pain_up_after_dose_up: PAIN_UP_AFTER_DOSE_UP,
    pain_down_after_dose_up: PAIN_DOWN_AFTER_DOSE_UP,
    chart_title: CHART_TITLE,
    chart_score: CHART_SCORE,
    chart_mme: CHART_MME,
    chart_dose_changed: CHART_DOSE_CHANGED,
    chart_pain_up: CHART_PAIN_UP,
    short_months: SHORT_MONTHS,
    table_columns: TABLE_COLUMNS,
    unknown_mme: UNKNOWN_MME,
    no_entries: NO_ENTRIES,
    summary_title: SUMMARY_TITLE,
    observations_label: OBSERVATIONS_LABEL,
    unit: unit_label,
    long_date,
    chart_summary,
    earlier_entries,
    observation_for_doctor,
    problem_message,
};

#[cfg(test)]
mod tests {
    use crate::diary::CivilDate;
    use crate::texts::review::diary_texts;
    use crate::texts::Lang;

    fn day(text: &str) -> CivilDate {
        CivilDate::parse(text).unwrap()
    }

    #[test]
    fn every_diary_text_is_there_in_spanish() {
        // (`diary_texts` takes the table apart field by field.)
        let en = diary_texts(Lang::En.diary_texts());
        let es = diary_texts(Lang::Es.diary_texts());
        assert_eq!(en.len(), es.len());
        assert!(en.len() > 60, "{}", en.len());
        for ((key, _, en), (_, _, es)) in en.iter().zip(&es) {
            assert!(!es.trim().is_empty(), "{key}");
            // A sentence or phrase is translated (a single word may be the
            // same: "mg").
            if en.contains(' ') {
                assert_ne!(en, es, "{key}");
            }
        }
    }

    #[test]
    fn numbers_and_dates_the_spanish_way() {
        let d = Lang::Es.diary_texts();
        let (march, may) = (day("2026-03-03"), day("2026-05-26"));
        assert_eq!((d.long_date)(march), "3 de marzo de 2026");
        assert_eq!(
            (d.chart_summary)(12, march, may, ("4.3", "6.7"), Some(("7.5", "60")), 1),
            "12 registros del 3 de marzo al 26 de mayo de 2026: puntuación de dolor de 4,3 a 6,7; dosis de 7,5 a 60 MME al día (desconocida en 1 registro)"
        );
        assert_eq!(
            (d.chart_summary)(1, march, march, ("4.0", "4.0"), None, 1),
            "1 registro el 3 de marzo de 2026: puntuación de dolor 4,0; dosis desconocida"
        );
        assert_eq!(
            (d.observation_for_doctor)(true, march, day("2026-03-10"), ("4.3", "5.7"), ("30", "45.5")),
            "Del 3 de marzo de 2026 al 10 de marzo de 2026: la puntuación de dolor subió de 4,3 a 5,7 después de que la dosis subió de 30 a 45,5 MME al día."
        );
        assert_eq!(
            (d.earlier_entries)(1),
            "Y 1 registro anterior, que está en el archivo del diario."
        );
        // The patch's unit as Spanish labels print it, as the checklist.
        assert_eq!((d.unit)(crate::content::drugs::Unit::McgPerHour), "mcg/h");
    }

    #[test]
    fn the_observation_keeps_its_source_and_asks_for_no_change_of_dose() {
        let (en, es) = (Lang::En.diary_texts(), Lang::Es.diary_texts());
        assert!(en.pain_up_after_dose_up.contains("(T1)"));
        assert!(es.pain_up_after_dose_up.contains("(T1)"));
        assert!(es.pain_up_after_dose_up.contains("HIO"));
        for text in [es.pain_up_after_dose_up, es.pain_down_after_dose_up] {
            let lower = text.to_lowercase();
            for says in [
                "deje",
                "baje",
                "suspenda",
                "cambie",
                "tome menos",
                "tome más",
            ] {
                assert!(!lower.contains(says), "{text}");
            }
        }
    }
}
