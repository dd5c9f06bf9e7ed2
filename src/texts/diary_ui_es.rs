//! The pain diary's screen in Spanish (the same items in the same order as
//! `diary_ui.rs`): neutral Latin American Spanish, "usted", plain words, as
//! `es.rs`. An entry is "un registro"; an entry is "eliminado", the whole
//! diary "borrado" (English: delete, erase). The observations are facts
//! about the entries, never a diagnosis, and nothing here tells anyone to
//! change a dose. Not yet reviewed by a Spanish-speaking clinician.

use super::diary_es::{long_date, DIARY, PAIN_DOWN_AFTER_DOSE_UP, PAIN_UP_AFTER_DOSE_UP};
use super::diary_ui::DiaryUiTexts;
use crate::diary::{CivilDate, Observation, PegItem, NOTE_MAX_CHARS};
use crate::diary_form::{EntryProblem, ImportCounts, ImportFailure, Notice, Refusal};

pub const APP_INTRO: &str = "Una vez por semana, responda tres preguntas sobre su dolor y anote los medicamentos opioides que tomó. Con las semanas, el gráfico muestra su puntuación de dolor junto a su dosis diaria, para que usted y su médico lo miren juntos.";

// Where the entries are kept.
pub const WHERE_TITLE: &str = "Dónde se guardan sus registros";
pub const WHERE_NOT_CHOSEN: &str = "Sus registros se quedan en este dispositivo, en este navegador. Nunca se envía nada a ninguna parte. Hasta que elija guardarlos, duran solo mientras esta página esté abierta (igual puede guardarlos en un archivo).";
pub const KEEP: &str = "Guardar mi diario en este dispositivo";
pub const KEEP_HINT: &str = "El navegador guarda los registros hasta que usted los borre. Cualquier persona que use este navegador en este dispositivo puede verlos.";
pub const OPENING: &str = "Abriendo su diario en este dispositivo\u{2026}";
/// In a sandboxed frame, where the browser may drop a download silently.
pub const DOWNLOADS_MAY_BE_BLOCKED: &str = "Si no aparece ningún archivo en sus descargas, esta página no permite descargas: abra el cuestionario en su propia página para llevar un diario.";
pub const REFUSED_THEN: &str = "Sus registros se guardan mientras esta página esté abierta. Para conservarlos, guarde el archivo del diario que está más abajo.";
pub const TRY_AGAIN: &str = "Intentar de nuevo guardarlo en este dispositivo";

pub fn stored(count: usize) -> String {
    let entries = if count == 1 {
        " registro"
    } else {
        " registros"
    };
    "Guardado solo en este dispositivo, en este navegador: ".to_string()
        + &count.to_string()
        + entries
        + "."
}

pub fn refused(why: Refusal) -> &'static str {
    match why {
        Refusal::PrivateBrowsing => "Este navegador no guarda nada de esta página (es una ventana privada, o su configuración lo impide).",
        Refusal::Sandboxed => "El sitio web que muestra este cuestionario no le permite guardar nada en su dispositivo.",
        Refusal::Full => "No queda espacio en este dispositivo para guardar el diario.",
        Refusal::Unknown => "Este navegador no pudo guardar el diario.",
    }
}

pub fn unsaved(count: usize) -> String {
    if count == 1 {
        "1 registro todavía no está guardado en este dispositivo.".into()
    } else {
        count.to_string() + " registros todavía no están guardados en este dispositivo."
    }
}

// The entry.
pub const NEW_ENTRY: &str = "Nuevo registro";
pub const MEDICINES_HINT: &str = "Los medicamentos opioides que tomó esta semana, como en el cuestionario. Si alguno cambió, cámbielo aquí.";
pub const ADD_MEDICINE: &str = "Agregar un medicamento";
pub const SAVE: &str = "Guardar este registro";
pub const SAVE_CHANGES: &str = "Guardar los cambios";
pub const CANCEL: &str = "Cancelar";
pub const PROBLEMS_TITLE: &str = "Revise lo siguiente:";
pub const EDIT_INSTEAD: &str = "Cambiar ese registro";

pub fn editing_title(date: CivilDate) -> String {
    "Cambiar el registro del ".to_string() + &long_date(date)
}

pub fn peg_question(item: PegItem) -> &'static str {
    match item {
        PegItem::Pain => "¿Qué número describe mejor su dolor en promedio durante la última semana?",
        PegItem::Enjoyment => "¿Qué número describe mejor cuánto ha interferido el dolor en su disfrute de la vida durante la última semana?",
        PegItem::Activity => "¿Qué número describe mejor cuánto ha interferido el dolor en su actividad general durante la última semana?",
    }
}

pub fn peg_low(item: PegItem) -> &'static str {
    match item {
        PegItem::Pain => "0: sin dolor",
        _ => "0: no interfiere",
    }
}

pub fn peg_high(item: PegItem) -> &'static str {
    match item {
        PegItem::Pain => "10: el peor dolor que pueda imaginar",
        _ => "10: interfiere por completo",
    }
}

pub fn note_count(chars: usize) -> String {
    chars.to_string() + " de " + &NOTE_MAX_CHARS.to_string() + " caracteres"
}

pub fn problem(problem: &EntryProblem) -> String {
    match problem {
        EntryProblem::NotADate => "Escriba la fecha de este registro.".into(),
        EntryProblem::InFuture => {
            "La fecha es posterior a hoy. Escriba la fecha de hoy o una anterior.".into()
        }
        EntryProblem::DateTaken(date) => {
            "Ya hay un registro para el ".to_string() + &long_date(*date) + "."
        }
        EntryProblem::Unanswered(item) => match item {
            PegItem::Pain => "Responda la pregunta sobre su dolor en promedio.".into(),
            PegItem::Enjoyment => "Responda la pregunta sobre su disfrute de la vida.".into(),
            PegItem::Activity => "Responda la pregunta sobre su actividad general.".into(),
        },
        EntryProblem::Medicine(..) => "Revise un medicamento: su mensaje dice qué falta.".into(),
        EntryProblem::NoteTooLong(chars) => {
            "La nota tiene ".to_string()
                + &chars.to_string()
                + " caracteres. Acórtela a "
                + &NOTE_MAX_CHARS.to_string()
                + "."
        }
        EntryProblem::DiaryFull => {
            "El diario está lleno (5 años de registros). Guarde el archivo del diario y luego elimine registros antiguos."
                .into()
        }
    }
}

// What just happened.
pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::Saved(date) => "Se guardó el registro del ".to_string() + &long_date(*date) + ".",
        Notice::Changed(date) => "Se cambió el registro del ".to_string() + &long_date(*date) + ".",
        Notice::Deleted(date) => {
            "Se eliminó el registro del ".to_string() + &long_date(*date) + "."
        }
        Notice::Erased => "Se borró el diario de este dispositivo.".into(),
        Notice::Imported(counts) => imported(counts),
        Notice::ImportFailed(failure) => {
            let why = match failure {
                #[cfg(feature = "json")]
                ImportFailure::File(error) => error.message_in(super::Lang::Es),
                ImportFailure::Full { needed } => {
                    "el diario tendría ".to_string()
                        + &needed.to_string()
                        + " registros, más de 5 años"
                }
            };
            // (The reader's message ends with its own full stop; after the
            // colon it goes on in lower case.)
            let mut chars = why.trim_end_matches('.').chars();
            let why: String = chars
                .next()
                .map(|c| c.to_lowercase().collect::<String>())
                .unwrap_or_default()
                + chars.as_str();
            "No se pudo abrir este archivo: ".to_string() + &why + ". No se cambió nada."
        }
    }
}

fn imported(c: &ImportCounts) -> String {
    let part =
        |n: usize, one: &str, many: &str| n.to_string() + " " + if n == 1 { one } else { many };
    "Se abrió el archivo del diario: ".to_string()
        + &[
            part(c.added, "agregado", "agregados"),
            part(c.replaced, "reemplazado", "reemplazados"),
            part(
                c.kept,
                "se quedó como estaba aquí",
                "se quedaron como estaban aquí",
            ),
            part(c.unchanged, "ya estaba aquí", "ya estaban aquí"),
        ]
        .join(", ")
        + "."
}

// The entries.
pub const ENTRIES_TITLE: &str = "Sus registros";
pub const OBSERVATIONS_TITLE: &str = "Lo que muestran sus registros";
pub const TABLE_CAPTION: &str = "Todos los registros, del más antiguo al más reciente";

/// The table's caption while it shows only the latest entries.
pub fn table_caption_latest(shown: usize, all: usize) -> String {
    "Los últimos ".to_string()
        + &shown.to_string()
        + " de sus "
        + &all.to_string()
        + " registros, del más antiguo al más reciente"
}

pub fn show_all_entries(all: usize) -> String {
    "Mostrar los ".to_string() + &all.to_string() + " registros en la tabla"
}

pub fn show_latest_entries(shown: usize) -> String {
    "Mostrar solo los últimos ".to_string() + &shown.to_string()
}
pub const ROW_TOOLS: &str = "Cambiar o eliminar";
pub const EDIT: &str = "Cambiar";
pub const DELETE: &str = "Eliminar";
pub const NOT_KEPT_YET: &str = "todavía no está guardado en este dispositivo";

pub fn edit_label(date: CivilDate) -> String {
    "Cambiar el registro del ".to_string() + &long_date(date)
}

pub fn delete_label(date: CivilDate) -> String {
    "Eliminar el registro del ".to_string() + &long_date(date)
}

/// An observation for the patient, with its dates.
pub fn observation_for_patient(o: &Observation) -> String {
    let (sentence, i) = match o {
        Observation::PainUpAfterDoseUp(i) => (PAIN_UP_AFTER_DOSE_UP, i),
        Observation::PainDownAfterDoseUp(i) => (PAIN_DOWN_AFTER_DOSE_UP, i),
    };
    "Del ".to_string() + &long_date(i.from) + " al " + &long_date(i.to) + ": " + sentence
}

// Files, erasing, and the questions asked once.
pub const FILES_TITLE: &str = "Guardar, pasar o compartir su diario";
pub const FILES_HINT: &str = "El archivo del diario sirve para pasar su diario a otro dispositivo o navegador, o para guardar una copia. El archivo FHIR es para el sistema de registros médicos de su médico. Guardar un archivo no envía nada: el archivo va a sus descargas.";
pub const INCLUDE: &str = "Agregar este diario al resumen para su médico";
pub const INCLUDE_HINT: &str = "\u{201c}Imprimir un resumen para su médico\u{201d} y \u{201c}Copiar el resumen como texto\u{201d}, debajo de su resultado, agregarán entonces el gráfico y la tabla de sus últimos 26 registros.";
pub const EXPORT: &str = "Guardar el archivo del diario";
pub const IMPORT: &str = "Abrir un archivo del diario";
pub const FHIR_EXPORT: &str = "Guardar el diario para el sistema de su médico (FHIR)";
pub const ERASE: &str = "Borrar el diario";
pub const CONFIRM_ERASE: &str = "¿Borrar todo el diario de este dispositivo? No se puede deshacer. Si quiere conservar una copia, primero guarde el archivo del diario.";
pub const KEEP_IT: &str = "Conservarlo";
pub const KEEP_HERE: &str = "Conservar los registros de aquí";
pub const USE_FILE: &str = "Usar los registros del archivo";
pub const KEEP_THIS_TAB: &str = "Conservar los registros de esta página";
pub const USE_OTHER_TAB: &str = "Usar los registros de la otra página";

pub fn confirm_delete(date: CivilDate) -> String {
    "¿Eliminar el registro del ".to_string() + &long_date(date) + "?"
}

/// `el 3 de marzo de 2026, el 10 de marzo de 2026`.
fn dates(dates: &[CivilDate]) -> String {
    dates
        .iter()
        .map(|d| "el ".to_string() + &long_date(*d))
        .collect::<Vec<_>>()
        .join(", ")
}

pub fn import_question(days: &[CivilDate]) -> String {
    "El archivo tiene un registro distinto para ".to_string()
        + &dates(days)
        + ". ¿Cuál quiere conservar?"
}

pub fn clash_question(days: &[CivilDate]) -> String {
    "Este diario también está abierto en otra página, que guardó un registro distinto para "
        .to_string()
        + &dates(days)
        + ". ¿Cuál quiere conservar?"
}

/// The Spanish table, for `Lang::diary_ui_texts`.
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

#[cfg(test)]
mod tests {
    use crate::texts::review::diary_ui_texts;
    use crate::texts::Lang;

    #[test]
    fn every_diary_screen_text_is_there_in_spanish() {
        // (`diary_ui_texts` takes the table apart field by field.)
        let en = diary_ui_texts(Lang::En.diary_ui_texts());
        let es = diary_ui_texts(Lang::Es.diary_ui_texts());
        assert_eq!(en.len(), es.len());
        assert!(en.len() > 80, "{}", en.len());
        for ((key, _, en), (_, _, es)) in en.iter().zip(&es) {
            assert!(!es.trim().is_empty(), "{key}");
            if en.contains(' ') {
                assert_ne!(en, es, "{key}");
            }
        }
        // Its core words are the Spanish ones.
        assert!(std::ptr::eq(
            Lang::Es.diary_ui_texts().diary,
            Lang::Es.diary_texts()
        ));
        assert!(std::ptr::eq(
            Lang::En.diary_ui_texts().diary,
            Lang::En.diary_texts()
        ));
    }

    #[test]
    fn the_buttons_named_in_the_hint_are_the_checklist_s() {
        let (u, t) = (Lang::Es.diary_ui_texts(), Lang::Es.texts());
        assert!(u.include_hint.contains(t.print), "{}", u.include_hint);
        assert!(u.include_hint.contains(t.copy), "{}", u.include_hint);
        let (u, t) = (Lang::En.diary_ui_texts(), Lang::En.texts());
        assert!(u.include_hint.contains(t.print), "{}", u.include_hint);
    }

    #[cfg(feature = "json")]
    #[test]
    fn a_file_s_problem_is_told_in_spanish() {
        use crate::diary::file::FieldError;
        use crate::diary::DiaryProblem;
        use crate::diary_form::{ImportFailure, Notice};
        let failed = Notice::ImportFailed(ImportFailure::File(FieldError::new(
            "format",
            DiaryProblem::NotADiary,
        )));
        assert_eq!(
            (Lang::Es.diary_ui_texts().notice)(&failed),
            "No se pudo abrir este archivo: este no es un archivo de diario del dolor. No se cambió nada."
        );
    }
}
