//! Every sentence the user reads, in Spanish: plain, warm words for
//! patients, "usted", neutral Latin American Spanish as MedlinePlus en
//! español writes it. The same items in the same order as `en.rs`, so the
//! two files read side by side; the safety meaning is exactly the English
//! one (clinical-content.md v3). Not yet reviewed by a Spanish-speaking
//! clinician (`make review-texts` writes the page for that review).
//!
//! Numbers made into sentences take a decimal comma (`12,5 MME al día`);
//! dates read "6 de diciembre de 2026"; the patch's unit is `mcg/h`, as on
//! Spanish labels. Drug brands stay as on the box.

use super::en::QuestionText;
use super::{Cited, Lang, NaloxoneRisk, SafetyText, SummaryTexts, Texts};
use crate::assessment::{
    Action, DoseBand, Level, NaloxoneReason, Pattern, Problem, RiskFactor, Safety, Sign,
};
use crate::content::brands::{Brand, Form};
use crate::content::drugs::{Purpose, Unit};
use crate::content::questions::{QuestionId, Section};
use crate::content::sources::Source::{self, *};
use crate::decimal::Decimal;

/// A number as `Decimal::to_text` writes it, with the decimal comma (the
/// diary's Spanish texts use it too).
pub(super) fn comma(number: &str) -> String {
    number.replacen('.', ",", 1)
}

/// A unit as Spanish labels print it (`mcg/h`, not `mcg/hr`).
pub fn unit_label(unit: Unit) -> &'static str {
    match unit {
        Unit::Mg => "mg",
        Unit::McgPerHour => "mcg/h",
    }
}

/// A drug name as `drug_name` gives it, with its article and in lower case
/// ("la codeína", "el parche de fentanilo"); "Otro opioide" takes none.
fn with_article(name: &str) -> String {
    let lower = lower_first(name);
    if lower.starts_with("otro ") {
        return lower;
    }
    let first_word = lower.split(' ').next().unwrap_or("");
    let article = if first_word.ends_with('a') {
        "la "
    } else {
        "el "
    };
    article.to_string() + &lower
}

/// The first letter in lower case (the names start with an ASCII capital).
fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// The first letter in upper case.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_ascii_uppercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

/// An ingredient or opioid named in English in the brand tables
/// (`Brand::with`, `NotInTable`), in Spanish; an unknown one as it is.
pub fn ingredient(name: &str) -> String {
    let spanish = match name.to_ascii_lowercase().as_str() {
        "acetaminophen" => "acetaminofén",
        "paracetamol" => "paracetamol",
        "caffeine" => "cafeína",
        "aspirin" => "aspirina",
        "ibuprofen" => "ibuprofeno",
        "naloxone" => "naloxona",
        "naltrexone" => "naltrexona",
        "dihydrocodeine" => "dihidrocodeína",
        "meperidine" => "meperidina",
        "pethidine" => "petidina",
        "levorphanol" => "levorfanol",
        "pentazocine" => "pentazocina",
        _ => return name.to_string(),
    };
    spanish.to_string()
}

pub const TITLE: &str = "¿Su medicamento opioide podría estar empeorando su dolor?";
pub const INTRO: &str = "A veces, los medicamentos opioides para el dolor pueden empeorar el dolor en lugar de aliviarlo. Los médicos llaman a esto hiperalgesia inducida por opioides (HIO). Responda estas preguntas para ver si su dolor muestra sus señales. Toma unos 3 minutos.";
pub const PRIVACY: &str =
    "Este cuestionario no envía sus respuestas a ninguna parte. Las calcula en su navegador.";

pub fn section_title(section: Section) -> &'static str {
    match section {
        Section::Urgent => "Primero, una pregunta de seguridad",
        Section::Medicine => "Su medicamento opioide",
        Section::Health => "Su salud",
        Section::Pain => "Su dolor",
        Section::Body => "Su cuerpo",
    }
}

/// What counts as an opioid, shown with the first question.
pub const OPIOID_EXPLAINED: &str = "Los opioides son medicamentos fuertes para el dolor. Algunos comunes son codeína, morfina, oxicodona (OxyContin, Percocet), hidrocodona (Vicodin, Norco), hidromorfona (Dilaudid), tramadol, tapentadol, metadona, buprenorfina y parches de fentanilo. La codeína también está en algunas pastillas combinadas para el dolor. Algunos ejemplos son co-codamol, Tylenol #3, Panadeine Forte y Nurofen Plus.";

const YES_NO_UNSURE: &[&str] = &["Sí", "No", "No sé"];

pub fn question(id: QuestionId) -> &'static QuestionText {
    use QuestionId::*;
    match id {
        OpioidUse => &QuestionText {
            prompt: "¿Toma medicamentos opioides para el dolor?",
            hint: Some(OPIOID_EXPLAINED),
            options: &[
                "Sí, los tomo ahora",
                "Los dejé o los reduje mucho en las últimas 4 semanas",
                "Los dejé hace más de 4 semanas",
                "No, nunca",
            ],
            shown_options: None,
            to_discuss: "si toma medicamentos opioides",
        },
        Duration => &QuestionText {
            prompt: "¿Cuánto tiempo lleva tomando opioides?",
            hint: None,
            options: &["Menos de 1 mes", "De 1 a 3 meses", "Más de 3 meses"],
            shown_options: None,
            to_discuss: "cuánto tiempo ha tomado opioides",
        },
        DoseIncreased => &QuestionText {
            prompt: "¿Ha subido su dosis de opioides en los últimos 3 meses?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "si su dosis ha subido hace poco",
        },
        ResponseToIncrease => &QuestionText {
            prompt: "La última vez que subió su dosis, ¿qué pasó con su dolor?",
            hint: None,
            options: &["Mejoró", "Siguió igual", "Empeoró", "No sé"],
            shown_options: None,
            to_discuss: "qué pasó con su dolor cuando subió su dosis",
        },
        Kidney => &QuestionText {
            prompt: "¿Tiene insuficiencia renal o una enfermedad grave de los riñones?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "qué tan bien funcionan sus riñones",
        },
        Liver => &QuestionText {
            prompt: "¿Tiene insuficiencia hepática o una enfermedad grave del hígado?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "qué tan bien funciona su hígado",
        },
        PainWorseDespiteDose => &QuestionText {
            prompt: "¿Su dolor está empeorando aunque su dosis siguió igual o subió?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "si su dolor empeora con la misma dosis o con una más alta",
        },
        MoreSensitive => &QuestionText {
            prompt: "¿Es más sensible al dolor en general que antes?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "si se ha vuelto más sensible al dolor",
        },
        PainSpread => &QuestionText {
            prompt: "¿Su dolor se ha extendido a otras partes del cuerpo?",
            hint: Some("Por ejemplo, un dolor que estaba en un solo lugar y ahora está en muchos lugares, o en todo el cuerpo. El dolor que sigue un nervio, como el dolor de espalda que baja por una pierna, suele ser otro problema."),
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "si su dolor se ha extendido",
        },
        Allodynia => &QuestionText {
            prompt: "¿Le duelen cosas que no deberían doler?",
            hint: Some("Por ejemplo, un roce suave, su ropa, las sábanas o un algodón sobre la piel."),
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "si le duele un roce suave o la ropa",
        },
        PainDifferent => &QuestionText {
            prompt: "¿Su dolor se siente distinto del dolor que tenía al principio?",
            hint: Some("Por ejemplo, ardor, un dolor repartido, o un dolor difícil de ubicar."),
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "si su dolor se siente distinto que antes",
        },
        Myoclonus => &QuestionText {
            prompt: "¿Tiene espasmos o sacudidas de los músculos que no puede controlar?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "espasmos o sacudidas de los músculos",
        },
        Seizure => &QuestionText {
            prompt: "En las últimas 4 semanas, ¿ha tenido una convulsión (un ataque) que era nueva para usted?",
            hint: Some("Una convulsión (ataque) puede causar sacudidas o temblores que no puede parar, rigidez o la mirada fija. Desmayarse con sacudidas también puede ser una convulsión. Si tiene epilepsia, cuente una convulsión que fue nueva o distinta de las de siempre."),
            options: &["Sí", "Sí, y un médico ya la revisó", "No", "No sé"],
            shown_options: Some(&[
                "Sí, y un médico todavía no la revisó",
                "Sí, y un médico ya la revisó",
                "No",
                "No sé",
            ]),
            to_discuss: "si puede haber tenido una convulsión",
        },
    }
}

pub fn drug_name(id: &str) -> &'static str {
    match id {
        "codeine" => "Codeína",
        "fentanyl_patch" => "Parche de fentanilo",
        "hydrocodone" => "Hidrocodona",
        "hydromorphone" => "Hidromorfona",
        "methadone" => "Metadona",
        "morphine" => "Morfina",
        "oxycodone" => "Oxicodona",
        "oxymorphone" => "Oximorfona",
        "tapentadol" => "Tapentadol",
        "tramadol" => "Tramadol",
        "buprenorphine" => "Buprenorfina",
        "heroin" => "Heroína",
        "opium" => "Opio",
        "other" => "Otro opioide",
        _ => "Medicamento desconocido",
    }
}

// ---------------------------------------------------------------- medicines

pub const MEDICINES_TITLE: &str = "Sus medicamentos opioides (opcional)";
pub const MEDICINES_INTRO: &str = "Agregue cada opioide que toma para ver su dosis diaria en equivalentes de miligramos de morfina (MME, por su sigla en inglés). Los MME ponen los distintos opioides en una misma escala.";
pub const ADD_MEDICINE: &str = "Agregar un medicamento";
pub const REMOVE_MEDICINE: &str = "Quitar";
pub const MEDICINE_LABEL: &str = "Medicamento";
pub const AMOUNT_LABEL_MG: &str = "Concentración de una tableta o cápsula (mg)";
pub const AMOUNT_LABEL_PATCH: &str = "Concentración de un parche (mcg/h)";
/// A liquid: the mg taken each time is typed (clinical-content.md v3).
pub const AMOUNT_LABEL_LIQUID: &str = "Cantidad que toma cada vez (mg)";
/// Shown under the liquid's amount: the strength as printed on the box.
pub fn liquid_hint(label: &str) -> String {
    "La caja dice ".to_string() + label + ". Escriba los mg que toma cada vez, no los mL."
}
pub const STRENGTH_LABEL: &str = "Concentración en la caja";
pub const STRENGTH_CHOOSE: &str = "Elija la concentración";
pub const STRENGTH_TYPED: &str = "Otra concentración (escríbala)";
pub const CHOOSE_STRENGTH: &str = "Elija la concentración que está impresa en la caja.";
/// "How many at a time", by what one unit is (`None`: a generic by mouth).
pub fn per_dose_label(form: Option<Form>) -> &'static str {
    match form {
        Some(Form::Tablet) => "Tabletas cada vez",
        Some(Form::Capsule) => "Cápsulas cada vez",
        Some(Form::Patch) => "Parches puestos al mismo tiempo",
        Some(Form::Film) => "Películas cada vez",
        Some(Form::Sublingual) => "Tabletas o películas cada vez",
        Some(Form::Liquid) | None => "Tabletas o cápsulas cada vez",
    }
}
pub const PURPOSE_LABEL: &str = "¿Para qué lo toma?";
/// For a medicine taken for opioid use disorder, in its row.
pub const EXCLUDED_ROW: Cited = (
    "No se cuenta en su dosis diaria: las dosis para tratar el trastorno por consumo de opioides no se comparan con los límites de dosis.",
    &[C1],
);
/// Two numbers typed for a generic: which one is the opioid is asked.
pub fn combination_question(drug: &str) -> String {
    "Escribió dos números, como en una tableta que tiene dos medicamentos. ¿Cuál de los dos es "
        .to_string()
        + &with_article(drug)
        + "?"
}
/// A tablet or film that also contains naloxone (Targin, Suboxone...).
pub const NALOXONE_IN_TABLET: Cited = (
    "Este medicamento también contiene naloxona. La naloxona que contiene no le da protección contra una sobredosis.",
    &[C1],
);
/// Where medicines are added: what is not counted.
pub const NOT_COUNTED_FORMS: &str =
    "Las inyecciones, los supositorios y los aerosoles no se cuentan aquí. Dígale a su médico que los usa.";
pub const DRUG_GROUP_NOT_IN_TABLE: &str = "No están en la tabla de los CDC (no se cuentan)";
/// A name the CDC 2022 table has no factor for (co-dydramol...).
pub fn not_in_table(name: &str, opioid: &str) -> String {
    let what = if name.eq_ignore_ascii_case(opioid) {
        upper_first(&ingredient(opioid)) + " no está"
    } else {
        name.to_string() + " contiene " + &ingredient(opioid) + ". No está"
    };
    what + " en la tabla de los CDC de 2022, así que su dosis no se puede contar aquí. Aparece como Otro opioide. Dígale a su médico que toma este medicamento."
}
/// A change of drug in the same unit cleared the amount.
pub fn amount_cleared(drug: &str) -> String {
    upper_first(&with_article(drug))
        + " tiene sus propias concentraciones, así que se borró la cantidad. Escríbala de nuevo según la etiqueta."
}
pub const TIMES_LABEL: &str = "Dosis al día";
pub const TIMES_CHOOSE: &str = "Elija";
pub const DRUG_CHOOSE: &str = "Elija un medicamento";
pub const MAX_MEDICINES_REACHED: &str = "Puede agregar hasta 10 medicamentos.";
pub const NOT_CONVERTED: &str = "No se cuenta: no hay una conversión a MME confiable para este medicamento. Dígale a su médico que lo toma.";
pub const FIX_TO_COUNT: &str = "No se cuenta hasta que se corrija el dato.";
pub const DRUG_FILTER_LABEL: &str = "Búsquelo por su nombre o su marca";
pub const DRUG_FILTER_HINT: &str =
    "Escriba el nombre que dice la caja, como Percocet, Endone o morfina. Luego elíjalo en la lista.";
pub fn drug_matches(n: usize) -> String {
    match n {
        0 => "No hay resultados. Si su medicamento no está en la lista, elija Otro opioide.".into(),
        1 => "1 medicamento coincide.".into(),
        n => n.to_string() + " medicamentos coinciden.",
    }
}
pub const DRUG_GROUP_GENERIC: &str = "Nombres de los medicamentos";
pub const DRUG_GROUP_BRAND: &str = "Marcas";
/// What a brand contains.
pub fn brand_is(brand: &Brand, generic: &str) -> String {
    let generic = lower_first(generic);
    let others: Vec<String> = brand.others().map(ingredient).collect();
    if others.is_empty() {
        brand.name.to_string() + " es " + &generic + "."
    } else {
        brand.name.to_string() + " es " + &generic + " con " + &others.join(" y ") + "."
    }
}
/// An amount typed with another unit than the drug's own.
pub fn other_unit(drug: &str, unit: Unit) -> String {
    upper_first(&with_article(drug))
        + " se mide en "
        + unit_label(unit)
        + ". Escriba la cantidad en "
        + unit_label(unit)
        + ", como en la etiqueta."
}
/// After a change of drug cleared the amount and doses.
pub fn unit_cleared(drug: &str, unit: Unit) -> String {
    upper_first(&with_article(drug))
        + " se mide en "
        + unit_label(unit)
        + ", así que se borraron la cantidad y las dosis. Escríbalas de nuevo según su etiqueta."
}
pub const CHECK_LABEL: &str = "Esta es una dosis diaria muy alta para un solo medicamento. Compare la cantidad y las dosis al día con la etiqueta. Aun así, se cuenta.";
pub const MME_TOTAL_LABEL: &str = "Dosis diaria aproximada";
pub fn medicines_not_counted(n: usize) -> String {
    match n {
        1 => "1 medicamento no se cuenta hasta que se corrija su dato.".into(),
        n => n.to_string() + " medicamentos no se cuentan hasta que se corrijan sus datos.",
    }
}
pub const MME_NONE: &str = "Agregue un medicamento con su cantidad para ver sus MME al día.";

// Version 3: how many at a time, and why methadone or buprenorphine is taken.
/// What a medicine is taken for, as a label.
pub fn purpose(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Pain => "Para el dolor",
        Purpose::OpioidUseDisorder => {
            "Para tratar el trastorno por consumo de opioides (dependencia de los opioides)"
        }
    }
}
/// The summary's note on medicines taken for opioid use disorder: the label
/// goes before their names, the note after.
pub const EXCLUDED_LABEL: &str =
    "No se cuentan, se toman para el trastorno por consumo de opioides: ";
pub const EXCLUDED_NOTE: Cited = (
    "Según los CDC (2022), estas dosis no se comparan con los límites de dosis.",
    &[C1],
);

/// An MME figure in words, cut (not rounded) to two decimals as in
/// `en::mme_figure`, with the decimal comma: "12,5 MME al día".
pub fn mme_figure(value: &Decimal) -> String {
    let exact = value.to_text();
    let exact = exact.strip_suffix(".0").unwrap_or(&exact);
    let short = match exact.split_once('.') {
        Some((int, frac)) if frac.len() > 2 => int.to_string() + "." + &frac[..2],
        _ => exact.to_string(),
    };
    comma(&short) + " MME al día"
}

pub fn dose_band(band: DoseBand) -> &'static str {
    match band {
        DoseBand::Under50 => "Menos de 50 MME al día.",
        DoseBand::FiftyTo89 => "De 50 a 89 MME al día: a este nivel, las guías piden a los médicos que vuelvan a evaluar los beneficios y los riesgos del opioide. [C1]",
        DoseBand::NinetyOrMore => "90 MME al día o más: una dosis alta. Las dosis altas aumentan el riesgo de una sobredosis, y pueden hacer más probable una mayor sensibilidad al dolor. [C1, S0]",
        DoseBand::Unknown => "No se sabe.",
    }
}

/// The cautions of C1 that go next to any MME figure.
pub const MME_CAUTIONS: [&str; 3] = [
    "Esta cifra es un cálculo aproximado. No dice si una dosis es segura o adecuada para usted.",
    "Nunca la use para cambiar de un opioide a otro. Solo un médico puede hacerlo de forma segura.",
    "La metadona y los parches de fentanilo necesitan más cuidado: el efecto real puede ser muy distinto del cálculo.",
];
pub const MME_CAUTIONS_SOURCE: Source = C1;

// ------------------------------------------------------------------- result

pub const FORM_LABEL: &str = "Preguntas del cuestionario";
pub const RESULT_TITLE: &str = "Su resultado";
/// Read by screen readers before the source ids of a piece of advice.
pub const SOURCES_PREFIX: &str = "Fuentes: ";
pub const SOURCE_PREFIX: &str = "Fuente: ";
pub const SEE_RESULT: &str = "Ver su resultado";
pub const PROGRESS_LABEL: &str = "Preguntas respondidas";

pub fn progress(answered: usize, total: usize) -> String {
    let questions = if total == 1 {
        " pregunta respondida"
    } else {
        " preguntas respondidas"
    };
    answered.to_string() + " de " + &total.to_string() + questions
}

/// The headline of the result: what to do, and how soon.
pub fn action_title(action: Action, level: Level) -> &'static str {
    match (action, level) {
        (Action::EmergencyNow, _) => "Busque ayuda de emergencia ahora",
        (Action::DoctorToday, _) => "Comuníquese con un médico hoy",
        (Action::DoctorWithinDays, _) => "Vea o llame a su médico en los próximos días",
        (Action::NextAppointment, _) => "Hable de esto en su próxima cita médica",
        // Only with every answer in and no "yes" or "not sure" to any sign.
        (Action::IfWorse, _) => "Esté atento a su dolor",
        (Action::None, Level::NotApplicable) => {
            "Este cuestionario es para personas que toman opioides"
        }
        (Action::None, _) => "Empiece por la pregunta sobre medicamentos opioides",
    }
}

/// What the headline means, in a sentence or two.
pub fn action_text(action: Action, level: Level) -> &'static str {
    match (action, level) {
        (Action::EmergencyNow, _) => "Usted dijo que tuvo una convulsión nueva en las últimas 4 semanas. Una convulsión nueva necesita atención urgente, sea cual sea la causa. Llame al número de emergencias de su zona o vaya a la sala de emergencias más cercana.",
        (Action::DoctorToday, _) => "Usted no sabe si tuvo una convulsión. Si puede haber sido una, comuníquese con un médico hoy. Si vuelve a pasar, llame al número de emergencias de su zona.",
        (Action::DoctorWithinDays, _) => "Lleve el resumen de sus respuestas.",
        // Few signs and a next appointment: the person was not sure about a sign.
        (Action::NextAppointment, Level::FewSigns) => "Pregúntele a su médico por las señales en las que respondió \"No sé\". Vaya antes si su dolor empeora.",
        (Action::NextAppointment, _) => "Vaya antes si su dolor sigue empeorando.",
        (Action::IfWorse, _) => "Hable con un médico si su dolor empeora o cambia. Vale la pena consultar por un dolor que empeora, sea cual sea la causa.",
        (Action::None, Level::NotApplicable) => "La HIO se da en personas que toman opioides o que los dejaron en las últimas semanas, así que este cuestionario no es para usted. Si su dolor está empeorando, igual vale la pena hablar con un médico.",
        (Action::None, _) => "Su resultado depende de si toma medicamentos opioides.",
    }
}

/// A seizure a doctor has already checked (`seizure` `yes_checked`): the
/// headline and its detail, whatever else is answered.
pub const CHECKED_SEIZURE_TITLE: &str =
    "Cuéntele a su médico sobre la convulsión en los próximos días";
pub const CHECKED_SEIZURE_TEXT: &str = "Si toma opioides, dígaselo al médico que se los receta o los revisa. Algunos opioides pueden hacer más probable una convulsión, sobre todo el tramadol. Si tiene otra convulsión, busque ayuda de emergencia: llame al número de emergencias de su zona.";

/// With twitching (a sign), next to the headline.
pub const TWITCHING_WARNING: Cited = ("Los espasmos musculares pueden indicar que el opioide se está acumulando en su cuerpo. Si además tiene mucho sueño, le cuesta despertarse o respira despacio, llame ahora al número de emergencias de su zona. Si tiene confusión, comuníquese con un médico hoy.", &[S0, S10]);

/// Until every question that applies is answered.
pub const SO_FAR_TITLE: &str = "Responda las demás preguntas para ver su resultado";
pub fn so_far(left: usize) -> String {
    let (left_words, them) = if left == 1 {
        (
            "Falta ",
            " pregunta. Su resultado puede cambiar cuando la responda.",
        )
    } else {
        (
            "Faltan ",
            " preguntas. Su resultado puede cambiar cuando las responda.",
        )
    };
    "Este es su resultado hasta ahora. ".to_string() + left_words + &left.to_string() + them
}

/// The level in words; `withdrawal` when the pattern is withdrawal;
/// `unsure` is U, the sign questions answered "not sure" (never "none of
/// the signs" when one was not sure).
pub fn level_words(level: Level, withdrawal: bool, unsure: usize) -> Option<String> {
    let words: &str = match (level, withdrawal) {
        (Level::SeveralSigns, false) => {
            "Sus respuestas muestran varias de las señales que buscan los médicos en la HIO."
        }
        (Level::SomeSigns, false) => {
            "Sus respuestas muestran algunas de las señales que buscan los médicos en la HIO."
        }
        (Level::SeveralSigns, true) => {
            "Sus respuestas muestran varias señales de más sensibilidad al dolor después de dejar los opioides."
        }
        (Level::SomeSigns, true) => {
            "Sus respuestas muestran algunas señales de más sensibilidad al dolor después de dejar los opioides."
        }
        (Level::FewSigns, _) if unsure == 0 => {
            "Sus respuestas no tienen ningún \"Sí\" en las señales que buscan los médicos en la HIO."
        }
        (Level::FewSigns, _) => {
            return Some(
                "Sus respuestas no tienen ningún \"Sí\" en las señales que buscan los médicos en la HIO, y en ".to_string()
                    + &unsure.to_string()
                    + " de ellas respondió \"No sé\".",
            )
        }
        _ => return None,
    };
    Some(words.into())
}
pub const SO_FAR_PREFIX: &str = "Hasta ahora: ";

pub const SAFETY_TITLE: &str = "Su seguridad con los opioides";
/// Each safety item (see `SafetyText`).
pub fn safety(item: Safety) -> SafetyText {
    match item {
        Safety::OverdoseSigns => SafetyText {
            title: "Señales de una sobredosis",
            text: "Una persona que toma opioides puede estar teniendo una sobredosis si:",
            list: &[
                "tiene mucho sueño o no se puede despertar",
                "respira despacio, de forma superficial o no respira",
                "hace ruidos como ronquidos o gorgoteos",
                "tiene los labios o las puntas de los dedos azules o grises",
                "tiene las pupilas muy pequeñas (el centro negro del ojo)",
                "tiene confusión",
            ],
            steps_intro: "Qué hacer:",
            steps: &[
                "Llame al número de emergencias de su zona.",
                "Si tiene naloxona, désela.",
                "Quédese con la persona hasta que llegue la ayuda.",
            ],
            note: "",
            sources: &[C1],
        },
        // Followed by `naloxone_risk`, then the note.
        Safety::Naloxone => SafetyText {
            title: "Naloxona",
            text: "Pregúntele a su médico o farmacéutico sobre la naloxona. Este consejo es para todas las personas que toman opioides. La naloxona es un medicamento que puede revertir una sobredosis de opioides. Si la tiene, dígales a sus familiares o amigos dónde la guarda.",
            list: &[],
            steps_intro: "",
            steps: &[],
            note: "Una tableta que contiene naloxona, como Targin o Suboxone, no le da protección contra una sobredosis.",
            sources: &[F1, C1],
        },
        Safety::LostTolerance => SafetyText {
            title: "Después de una pausa, la dosis de antes puede ser demasiado",
            text: "Después de dejar los opioides, su cuerpo se acostumbra a no tenerlos. Volver a su dosis de antes puede hacer que su respiración sea tan lenta que resulte peligrosa. Hable con su médico antes de volver a tomar cualquier opioide.",
            list: &[],
            steps_intro: "",
            steps: &[],
            note: "",
            sources: &[C1],
        },
    }
}

/// Who is at higher risk of an overdose (F1; C1, Recommendation 8), with
/// the answers that show it for this person first. `reasons` come from
/// `assessment::naloxone_reasons`, in its order.
pub fn naloxone_risk(reasons: &[NaloxoneReason]) -> NaloxoneRisk {
    let has = |r| reasons.contains(&r);
    let stopped = has(NaloxoneReason::RecentStop);
    let shown: Vec<&str> = reasons
        .iter()
        .map(|r| match r {
            NaloxoneReason::HigherDose if stopped => {
                "una dosis diaria de 50 MME o más antes de dejar los opioides"
            }
            NaloxoneReason::HigherDose => "una dosis diaria de 50 MME o más",
            NaloxoneReason::RecentStop => "haber dejado o reducido los opioides hace poco",
            NaloxoneReason::Kidney => "enfermedad de los riñones",
            NaloxoneReason::Liver => "enfermedad del hígado",
            NaloxoneReason::OpioidUseDisorder => {
                "un medicamento para el trastorno por consumo de opioides"
            }
        })
        .collect();
    let organs = match (has(NaloxoneReason::Kidney), has(NaloxoneReason::Liver)) {
        (false, false) => Some("problemas de los riñones o del hígado"),
        (true, false) => Some("problemas del hígado"),
        (false, true) => Some("problemas de los riñones"),
        (true, true) => None,
    };
    let others = [
        (!has(NaloxoneReason::HigherDose)).then_some("dosis más altas (50 MME al día o más)"),
        (!stopped).then_some("volver a tomar opioides después de una pausa"),
        Some("medicamentos para dormir o para la ansiedad, como las benzodiazepinas"),
        Some("apnea del sueño (la respiración se detiene y vuelve a empezar mientras duerme)"),
        Some("una sobredosis en el pasado"),
        organs,
        Some("tener 65 años o más"),
    ];
    NaloxoneRisk {
        shown: (!shown.is_empty())
            .then(|| "Sus respuestas muestran: ".to_string() + &shown.join("; ") + "."),
        others_intro: if shown.is_empty() {
            "El riesgo de una sobredosis es más alto con:"
        } else {
            "El riesgo de una sobredosis también es más alto con:"
        },
        others: others.into_iter().flatten().collect(),
    }
}

pub const REASONS_TITLE: &str = "Por qué obtuvo este resultado";
pub const NO_SIGNS: &str = "No respondió \"Sí\" a ninguna de las señales.";

/// A sign, put as the reason it counts.
pub fn sign(sign: Sign) -> Cited {
    match sign {
        Sign::PainWorseDespiteDose => (
            "Su dolor está empeorando aunque su dosis siguió igual o subió.",
            &[S0],
        ),
        Sign::MoreSensitive => ("Se ha vuelto más sensible al dolor.", &[S0]),
        Sign::PainSpread => ("Su dolor se ha extendido a más partes de su cuerpo.", &[S0]),
        Sign::Allodynia => (
            "Le duelen cosas que no deberían doler, como un roce suave.",
            &[S0],
        ),
        Sign::PainDifferent => (
            "Su dolor se siente distinto del dolor que tenía al principio.",
            &[L1],
        ),
        Sign::WorseAfterIncrease => ("Su dolor empeoró después de que subió su dosis.", &[T1]),
        Sign::Myoclonus => (
            "Tiene espasmos o sacudidas de los músculos que no puede controlar.",
            &[S0],
        ),
    }
}

pub const PATTERN_TITLE: &str = "A qué apuntan sus respuestas";

pub fn pattern_note(pattern: Pattern) -> Option<Cited> {
    match pattern {
        Pattern::Oih => Some(("Un dolor que empeora cuando sube la dosis es el patrón que buscan los médicos en la HIO.", &[S0, T1])),
        Pattern::Tolerance => Some(("Su dolor mejoró después de que subió su dosis. Eso apunta más a la tolerancia (que la misma dosis funcione menos con el tiempo) que a la HIO.", &[T1])),
        Pattern::Withdrawal => Some(("Por un tiempo después de dejar o reducir los opioides, el cuerpo puede volverse más sensible al dolor.", &[S0, S2, S4, S6])),
        Pattern::Unclear => Some(("Sus respuestas no apuntan claramente en una sola dirección.", &[S0])),
        Pattern::None => None,
    }
}

/// Over the other common reasons; with few signs the person's pain is not
/// getting worse, so the title says "if".
pub fn other_reasons_title(level: Level) -> &'static str {
    match level {
        Level::FewSigns => "Si su dolor empeora: otras causas comunes",
        _ => "Otras causas comunes de que el dolor empeore",
    }
}
pub const OTHER_REASONS: [&str; 5] = [
    "La enfermedad o lesión que causa el dolor está empeorando.",
    "Tolerancia: la misma dosis funciona menos que antes.",
    "El efecto de cada dosis se pasa antes de que toque la siguiente.",
    "Una lesión o enfermedad nueva.",
    "Estrés, ánimo bajo o dormir mal.",
];
pub const OTHER_REASONS_NOTE: Cited = (
    "Un médico puede distinguir entre estas causas. La HIO es una posibilidad entre ellas.",
    &[T1, L1],
);

pub const RISKS_TITLE: &str = "Cosas que pueden aumentar el riesgo";
pub const RISKS_NOTE: &str =
    "No cambian su resultado, pero es bueno conocerlas y contárselas a su médico.";

/// `stopped`: after a recent stop, the medicines entered are those taken
/// before it, so nothing speaks of the dose taken now.
pub fn risk_factor(
    factor: RiskFactor,
    stopped: bool,
) -> (&'static str, &'static str, &'static [Source]) {
    match factor {
        RiskFactor::HighDose if stopped => ("Dosis diaria alta antes de dejar los opioides", "Antes de dejarlos, sus medicamentos sumaban 90 MME al día o más. Con esas dosis, una sobredosis es más probable. También puede ser más probable una mayor sensibilidad al dolor.", &[C1, S0]),
        RiskFactor::HighDose => ("Dosis diaria alta", "Sus medicamentos suman 90 MME al día o más. Las dosis altas aumentan el riesgo de una sobredosis. También pueden hacer más probable que usted se vuelva más sensible al dolor.", &[C1, S0]),
        RiskFactor::DoseIncreased => ("Aumento reciente de la dosis", "Su dosis subió en los últimos 3 meses. La HIO se ve en personas cuyas dosis siguen subiendo.", &[S0]),
        RiskFactor::RecentStop => ("Dejó o redujo los opioides hace poco", "Dejó los opioides o los redujo mucho en las últimas 4 semanas. La sensibilidad al dolor puede subir por un tiempo después de dejarlos, así que vale la pena decírselo a su médico.", &[S0, S2, S4, S6]),
        RiskFactor::LongTerm => ("Uso por mucho tiempo", "Ha tomado opioides por más de 3 meses. La HIO se ha descrito sobre todo en personas que toman opioides por mucho tiempo.", &[S0]),
        RiskFactor::Kidney => ("Enfermedad de los riñones", "Tiene una enfermedad grave de los riñones.", &[S0]),
        RiskFactor::Liver => ("Enfermedad del hígado", "Tiene una enfermedad grave del hígado.", &[S0]),
    }
}

/// Said once after the risk factors, when kidney or liver disease is one.
pub const KIDNEY_LIVER: Cited = ("El hígado descompone los opioides y los riñones los eliminan del cuerpo. Cuando estos órganos no funcionan bien, los opioides y las sustancias en que se descomponen pueden acumularse. Con la morfina, las sustancias en que se descompone pueden acumularse cuando los riñones están débiles, y causar somnolencia, espasmos o confusión. Los expertos todavía no saben si esta acumulación causa HIO. Asegúrese de que su médico sepa cómo están sus riñones o su hígado.", &[S0]);

pub const DOCTOR_TITLE: &str = "Lo que su médico puede considerar";
/// What a doctor may consider (S0), for `several_signs` and `some_signs`,
/// while taking opioids. No opioid is named as a switch.
pub const DOCTOR_OPTIONS_CURRENT: &[&str] = &[
    "Bajar o dejar el opioide poco a poco, con apoyo médico.",
    "Cambiar a un opioide distinto, elegido y dosificado por el médico. Las dosis no equivalen una a una.",
    "Alivio del dolor que no sea un opioide.",
    "Otros medicamentos que un especialista puede probar, como la ketamina o una dosis muy baja de un bloqueador de opioides.",
];
/// The same, after a recent stop.
pub const DOCTOR_OPTIONS_STOPPED: &[&str] = &[
    "Alivio del dolor que no sea un opioide.",
    "Ayuda con los síntomas de abstinencia. Suelen mejorar con el tiempo.",
    "Si se vuelve a empezar algún opioide, y con qué dosis.",
];
pub const DOCTOR_OPTIONS_NOTE: &str =
    "Solo un médico puede decidir estas cosas. No las pruebe por su cuenta.";
pub const DOCTOR_OPTIONS_CURRENT_SOURCES: &[Source] = &[S0];
pub const DOCTOR_OPTIONS_STOPPED_SOURCES: &[Source] = &[S0, S2, S4, S6];

pub const WATER: Cited = ("Tomar suficiente agua es bueno para su bienestar, a menos que un médico le haya dicho que limite los líquidos (por ejemplo, si tiene insuficiencia renal). No es un tratamiento para la HIO.", &[S0]);

/// The medicines' intro after a recent stop (`opioid_use` `stopped_recently`):
/// the medicines are those taken before stopping.
pub const MEDICINES_INTRO_STOPPED: &str = "Agregue cada opioide que tomaba antes de dejarlos o reducirlos. Verá cuál era esa dosis diaria en equivalentes de miligramos de morfina (MME), una escala para todos los opioides.";

pub const UNSURE_TITLE: &str = "Preguntas para hacerle a su médico";
pub const UNSURE_INTRO: &str = "En estas preguntas respondió \"No sé\". Su médico le puede ayudar:";

// -------------------------------------------------------- references, notes

pub const REFERENCES_TITLE: &str = "Fuentes";
/// After the seed article's citation in the sources.
pub const SEED_NOTE: &str = "El artículo del que nació este cuestionario.";
pub const ABOUT_TITLE: &str = "Acerca de este cuestionario";
pub const ABOUT: &str = "Este cuestionario pregunta por las señales de la hiperalgesia inducida por opioides (HIO) descritas en las fuentes de abajo. Cada pregunta y cada consejo indica su fuente. No envía sus respuestas a ninguna parte: el resultado se calcula en su navegador. Este texto en español sigue la misma versión del contenido clínico que el inglés, pero todavía no lo ha revisado un médico que hable español.";
pub const VERSION: &str =
    "Versión del contenido 3 (versión de las reglas 3), revisada en diciembre de 2026.";
// ------------------------------------------------- the summary for the doctor

pub const SUMMARY_TITLE: &str =
    "Cuestionario de hiperalgesia inducida por opioides (HIO): resumen para el médico";
pub const SUMMARY_MADE: &str = "Hecho por el paciente el ";
/// Names the FHIR file on the summary: intro + file name + outro.
pub const FHIR_FILE_INTRO: &str =
    "Las mismas respuestas se pueden guardar desde el cuestionario como el archivo ";
pub const FHIR_FILE_OUTRO: &str = " (un QuestionnaireResponse de FHIR R4 para el Questionnaire del cuestionario de HIO, versión 3; sin nombre ni otro dato que identifique al paciente).";
pub const FHIR_DOWNLOAD: &str = "Guardar las respuestas como archivo FHIR";
/// Under the FHIR button: what the file is for and what a clinic needs.
pub const FHIR_HINT: &str = "Un archivo FHIR guarda sus respuestas en un formato estándar que algunos sistemas informáticos de las clínicas pueden leer. No lleva su nombre. Una clínica solo puede leerlo si su sistema tiene cargado el cuestionario de esta lista, así que pregunte antes. Imprimir o copiar el resumen funciona en todas partes.";
/// The browser was asked to save the file; the page cannot know whether it did.
pub const FHIR_SAVED: &str =
    "Se le pidió a su navegador que guardara el archivo. Búsquelo en sus descargas: ";
pub const FHIR_MAYBE_BLOCKED_INTRO: &str = "Se le pidió a su navegador que guardara ";
pub const FHIR_MAYBE_BLOCKED_OUTRO: &str = ". Si no aparece ningún archivo en sus descargas, esta página no permite descargas: imprima o copie el resumen.";
pub const FHIR_FAILED: &str = "No se pudo crear el archivo. Imprima o copie el resumen.";
/// The FHIR Questionnaire's medicine items, in the order of `en.rs`.
pub const FHIR_AMOUNT_LABEL: &str = "Concentración de una tableta o cápsula en mg, o los mg que se toman cada vez de un líquido (para un parche de fentanilo: concentración de un parche en mcg/h)";
pub const FHIR_PER_DOSE_LABEL: &str =
    "Cuántas tabletas, cápsulas o parches se toman cada vez (1 si no se indica)";
pub const FHIR_PURPOSE_LABEL: &str = "¿Para qué se toma? (Para el dolor si no se indica)";
/// Lower case, as Spanish writes them ("6 de diciembre de 2026").
pub const MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
pub const ANSWERS_TITLE: &str = "Respuestas";
/// Each question in a few words, for the summary's answers (two to a row).
pub fn answer_label(id: QuestionId) -> &'static str {
    use QuestionId::*;
    match id {
        Seizure => "Convulsión nueva en las últimas 4 semanas",
        OpioidUse => "Medicamento opioide",
        Duration => "Tiempo tomando opioides",
        DoseIncreased => "Dosis aumentada en los últimos 3 meses",
        ResponseToIncrease => "Dolor después del último aumento",
        Kidney => "Insuficiencia renal o enfermedad grave de los riñones",
        Liver => "Insuficiencia hepática o enfermedad grave del hígado",
        PainWorseDespiteDose => "Dolor peor con la misma dosis o una más alta",
        MoreSensitive => "Más sensible al dolor que antes",
        PainSpread => "Dolor extendido a otras partes del cuerpo",
        Allodynia => "Dolor por cosas que no deberían doler",
        PainDifferent => "El dolor se siente distinto del primero",
        Myoclonus => "Espasmos o sacudidas que no puede controlar",
    }
}
pub const NOT_ANSWERED: &str = "Sin respuesta";
pub const MEDICINES_TITLE_SHORT: &str = "Medicamentos opioides";
pub const MEDICINES_TITLE_STOPPED: &str =
    "Medicamentos opioides que tomaba antes de dejarlos o reducirlos hace poco";
pub const NO_MEDICINES: &str = "No se anotaron medicamentos.";
pub const PATCH_ALL_DAY: &str = "Puesto todo el día";
pub const NOT_COUNTED_CELL: &str = "No se cuenta";
pub const MEDICINE_COLUMNS: [&str; 6] = [
    "Medicamento",
    "Cantidad",
    "Cuántos cada vez",
    "Dosis al día",
    "Factor MME",
    "MME al día",
];
pub const MME_NONE_TOTAL: &str = "No se sabe (no se pudo convertir ningún medicamento).";
pub const UNCONVERTED_LABEL: &str = "Sin convertir a MME: ";

pub const DISCLAIMER_TITLE: &str = "Importante";
pub const DISCLAIMER: &str = "Este cuestionario es solo para informarle. No es un diagnóstico y no reemplaza los consejos de su médico. Nunca ignore ni retrase un consejo médico por este cuestionario. Nunca deje, baje, vuelva a empezar ni cambie un opioide por su cuenta. No hay una puntuación probada para la HIO, así que el resultado es un recuento de señales con sus motivos. En una emergencia, llame al número de emergencias de su zona o vaya a la sala de emergencias más cercana.";
pub const START_OVER: &str = "Borrar todas las respuestas";
pub const PRINT: &str = "Imprimir un resumen para su médico";
pub const COPY: &str = "Copiar el resumen como texto";
pub const DIARY_OPEN: &str = "Llevar un diario del dolor";
pub const DIARY_OPEN_HINT: &str = "Semana a semana, su dolor junto a su dosis de opioides. Se guarda en este dispositivo, y solo si usted lo elige.";
pub const DIARY_LOADING: &str = "Abriendo el diario\u{2026}";
pub const DIARY_FAILED: &str =
    "No se pudo abrir el diario. Revise su conexión a internet y vuelva a intentarlo.";
pub const COPIED: &str = "Se copió el resumen. Puede pegarlo en un mensaje para su médico.";
pub const COPY_FAILED: &str = "Esta página no permite copiar. Imprima el resumen.";
pub const SUMMARY_FAILED: &str =
    "No se pudo crear el resumen. Vuelva a cargar la página e inténtelo de nuevo.";
pub const PRINT_BLOCKED: &str = "Esta página no permite imprimir. Copie el resumen.";
pub const PRINT_AND_COPY_BLOCKED: &str = "Esta página no permite imprimir ni copiar. Descargue el archivo para el sistema de su médico, o anote su resultado.";
pub const CLEARED: &str = "Se borraron todas las respuestas. Puede deshacerlo durante 20 segundos.";
pub const UNDO: &str = "Deshacer";

pub const SAVE_LABEL: &str = "Recordar mis respuestas en este dispositivo";
pub const SAVE_HINT: &str = "Está apagado al principio. No lo encienda si otras personas usan este dispositivo. Si lo enciende, sus respuestas se guardan solo en este navegador. Se borran cuando usted las borra, o 30 días después de su último cambio. Este cuestionario no las envía a ninguna parte.";
pub const ERASE_SAVED: &str = "Borrar las respuestas guardadas";
/// When saved answers were brought back, and when they will be erased
/// (dates as [`long_date`] writes them).
pub fn restored(saved: &str, erased: &str) -> String {
    "Estas son respuestas guardadas en este navegador el ".to_string()
        + saved
        + ". Se borrarán el "
        + erased
        + " si no las cambia. Si no son suyas, o si quiere empezar de cero, elija Empezar de nuevo: eso también las borra de este navegador."
}
/// A restored answer about the last 4 weeks, from a copy more than a day
/// old: not used until answered again.
pub fn confirm_again(answer: &str, saved: &str) -> String {
    "Su respuesta guardada del ".to_string()
        + saved
        + " fue \u{201c}"
        + answer
        + "\u{201d}. Esta pregunta es sobre las últimas 4 semanas, así que respóndala de nuevo. Hasta que lo haga, su resultado no la usa."
}
/// A date in words: "6 de diciembre de 2026" (`month` 0 to 11).
pub fn long_date(year: i32, month: u32, day: u32) -> String {
    let month = MONTHS.get(month as usize).copied().unwrap_or("");
    day.to_string() + " de " + month + " de " + &year.to_string()
}
pub const START_FRESH: &str = "Empezar de nuevo";

pub const CLEAR_ANSWER: &str = "Borrar la respuesta";

pub const CRASH_TITLE: &str = "Lo sentimos, algo salió mal";
pub const CRASH_TEXT: &str =
    "El cuestionario tuvo un error interno. No se envió ninguna de sus respuestas a ninguna parte.";
pub const CRASH_RESTART: &str = "Volver a empezar";

/// The sentence for a problem with an input field. A typed decimal comma
/// is read as a decimal point (`7,5` is 7.5), so the examples use it.
pub fn problem_message(problem: &Problem) -> String {
    match problem {
        #[cfg(feature = "json")]
        Problem::NotJson(detail) => "La entrada no es un JSON válido (".to_string() + detail + ").",
        #[cfg(feature = "json")]
        Problem::NotAnObject => "Esto debe ser un objeto JSON.".into(),
        #[cfg(feature = "json")]
        Problem::NotAList => "Esto debe ser una lista de medicamentos.".into(),
        #[cfg(feature = "json")]
        Problem::UnknownField => "Este campo no es parte de la entrada.".into(),
        #[cfg(feature = "json")]
        Problem::DuplicateKey => "Este campo aparece más de una vez.".into(),
        Problem::Missing => "Este dato es obligatorio.".into(),
        #[cfg(feature = "json")]
        Problem::UnknownQuestion => "Este no es un id de pregunta conocido.".into(),
        Problem::BadAnswer(id) => {
            "La respuesta debe ser una de estas: ".to_string()
                + &id.question().options.join(", ")
                + "."
        }
        #[cfg(feature = "json")]
        Problem::UnknownDrug => "Este no es un id de medicamento conocido.".into(),
        #[cfg(feature = "json")]
        Problem::TooManyMedicines => "Puede poner 10 medicamentos como máximo.".into(),
        Problem::NotANumber => "Escriba un número, como 7,5.".into(),
        Problem::Comma => "Escriba el número sin coma (1500) o con uno o dos decimales después de la coma (1,5): una coma antes de tres cifras puede significar las dos cosas.".into(),
        Problem::TooPrecise => "Use como máximo 28 cifras después de la coma decimal.".into(),
        Problem::AmountOutOfRange(unit) => {
            let max = match unit {
                Unit::Mg => "10000",
                Unit::McgPerHour => "1000",
            };
            "Escriba una cantidad mayor que 0 y de hasta ".to_string()
                + max
                + " "
                + unit_label(*unit)
                + "."
        }
        Problem::TimesOutOfRange => {
            "Las dosis al día deben ser un número entero del 1 al 24.".into()
        }
        Problem::TimesNotForPatch => {
            "No ponga dosis al día para un parche de fentanilo: se lleva puesto todo el tiempo."
                .into()
        }
        Problem::PerDoseOutOfRange => {
            "Cuántos toma cada vez debe ser un número entero del 1 al 10.".into()
        }
        Problem::PurposeNotForDrug => {
            "Para qué se toma solo se puede indicar para la metadona o la buprenorfina.".into()
        }
        #[cfg(feature = "json")]
        Problem::UnknownPurpose => {
            "Para qué se toma debe ser uno de estos: pain, opioid_use_disorder.".into()
        }
        #[cfg(feature = "json")]
        Problem::MustBe(value) => "Esto debe ser ".to_string() + value + ".",
        #[cfg(feature = "json")]
        Problem::NotADateTime => {
            "Escriba una fecha y una hora con zona horaria, como 2026-11-25T09:30:00Z.".into()
        }
        #[cfg(feature = "json")]
        Problem::OutOfOrder => {
            "Este elemento aparece dos veces o fuera del orden del cuestionario.".into()
        }
        #[cfg(feature = "json")]
        Problem::OneAnswerOnly => "Esta pregunta lleva una sola respuesta.".into(),
        #[cfg(feature = "json")]
        Problem::WrongValueType(element) => "Dé esta respuesta como ".to_string() + element + ".",
        #[cfg(feature = "json")]
        Problem::Unsupported => "Este cuestionario no puede leer este elemento.".into(),
    }
}

/// This language's table, for `Lang::texts`.
pub const TEXTS: Texts = Texts {
    lang: Lang::Es,
    title: TITLE,
    intro: INTRO,
    privacy: PRIVACY,
    section_title,
    question,
    drug_name,
    medicines_title: MEDICINES_TITLE,
    medicines_intro: MEDICINES_INTRO,
    add_medicine: ADD_MEDICINE,
    remove_medicine: REMOVE_MEDICINE,
    medicine_label: MEDICINE_LABEL,
    amount_label_mg: AMOUNT_LABEL_MG,
    amount_label_patch: AMOUNT_LABEL_PATCH,
    amount_label_liquid: AMOUNT_LABEL_LIQUID,
    liquid_hint,
    strength_label: STRENGTH_LABEL,
    strength_choose: STRENGTH_CHOOSE,
    strength_typed: STRENGTH_TYPED,
    choose_strength: CHOOSE_STRENGTH,
    per_dose_label,
    purpose_label: PURPOSE_LABEL,
    purpose,
    excluded_row: EXCLUDED_ROW,
    combination_question,
    naloxone_in_tablet: NALOXONE_IN_TABLET,
    not_counted_forms: NOT_COUNTED_FORMS,
    drug_group_not_in_table: DRUG_GROUP_NOT_IN_TABLE,
    not_in_table,
    amount_cleared,
    times_label: TIMES_LABEL,
    times_choose: TIMES_CHOOSE,
    drug_choose: DRUG_CHOOSE,
    max_medicines_reached: MAX_MEDICINES_REACHED,
    not_converted: NOT_CONVERTED,
    fix_to_count: FIX_TO_COUNT,
    drug_filter_label: DRUG_FILTER_LABEL,
    drug_filter_hint: DRUG_FILTER_HINT,
    drug_matches,
    drug_group_generic: DRUG_GROUP_GENERIC,
    drug_group_brand: DRUG_GROUP_BRAND,
    brand_is,
    other_unit,
    unit_cleared,
    check_label: CHECK_LABEL,
    mme_total_label: MME_TOTAL_LABEL,
    medicines_not_counted,
    mme_none: MME_NONE,
    mme_figure,
    decimal_mark: ',',
    unit_label,
    dose_band,
    mme_cautions: MME_CAUTIONS,
    mme_cautions_source: MME_CAUTIONS_SOURCE,
    form_label: FORM_LABEL,
    result_title: RESULT_TITLE,
    sources_prefix: SOURCES_PREFIX,
    source_prefix: SOURCE_PREFIX,
    see_result: SEE_RESULT,
    progress_label: PROGRESS_LABEL,
    progress,
    action_title,
    action_text,
    twitching_warning: TWITCHING_WARNING,
    so_far_title: SO_FAR_TITLE,
    so_far,
    so_far_prefix: SO_FAR_PREFIX,
    level_words,
    checked_seizure_title: CHECKED_SEIZURE_TITLE,
    checked_seizure_text: CHECKED_SEIZURE_TEXT,
    safety_title: SAFETY_TITLE,
    safety,
    naloxone_risk,
    reasons_title: REASONS_TITLE,
    no_signs: NO_SIGNS,
    sign,
    pattern_title: PATTERN_TITLE,
    pattern_note,
    other_reasons_title,
    other_reasons: OTHER_REASONS,
    other_reasons_note: OTHER_REASONS_NOTE,
    risks_title: RISKS_TITLE,
    risks_note: RISKS_NOTE,
    risk_factor,
    medicines_intro_stopped: MEDICINES_INTRO_STOPPED,
    kidney_liver: KIDNEY_LIVER,
    doctor_title: DOCTOR_TITLE,
    doctor_options_current: DOCTOR_OPTIONS_CURRENT,
    doctor_options_stopped: DOCTOR_OPTIONS_STOPPED,
    doctor_options_note: DOCTOR_OPTIONS_NOTE,
    doctor_options_current_sources: DOCTOR_OPTIONS_CURRENT_SOURCES,
    doctor_options_stopped_sources: DOCTOR_OPTIONS_STOPPED_SOURCES,
    water: WATER,
    unsure_title: UNSURE_TITLE,
    unsure_intro: UNSURE_INTRO,
    references_title: REFERENCES_TITLE,
    about_title: ABOUT_TITLE,
    about: ABOUT,
    seed_note: SEED_NOTE,
    version: VERSION,
    fhir_download: FHIR_DOWNLOAD,
    fhir_hint: FHIR_HINT,
    fhir_saved: FHIR_SAVED,
    fhir_maybe_blocked_intro: FHIR_MAYBE_BLOCKED_INTRO,
    fhir_maybe_blocked_outro: FHIR_MAYBE_BLOCKED_OUTRO,
    fhir_failed: FHIR_FAILED,
    disclaimer_title: DISCLAIMER_TITLE,
    disclaimer: DISCLAIMER,
    start_over: START_OVER,
    print: PRINT,
    copy: COPY,
    diary_open: DIARY_OPEN,
    diary_open_hint: DIARY_OPEN_HINT,
    diary_loading: DIARY_LOADING,
    diary_failed: DIARY_FAILED,
    copied: COPIED,
    copy_failed: COPY_FAILED,
    summary_failed: SUMMARY_FAILED,
    print_blocked: PRINT_BLOCKED,
    print_and_copy_blocked: PRINT_AND_COPY_BLOCKED,
    cleared: CLEARED,
    undo: UNDO,
    save_label: SAVE_LABEL,
    save_hint: SAVE_HINT,
    erase_saved: ERASE_SAVED,
    restored,
    start_fresh: START_FRESH,
    confirm_again,
    long_date,
    clear_answer: CLEAR_ANSWER,
    crash_title: CRASH_TITLE,
    crash_text: CRASH_TEXT,
    crash_restart: CRASH_RESTART,
    problem_message,
};

pub const SUMMARY: SummaryTexts = SummaryTexts {
    fhir_amount_label: FHIR_AMOUNT_LABEL,
    fhir_per_dose_label: FHIR_PER_DOSE_LABEL,
    fhir_purpose_label: FHIR_PURPOSE_LABEL,
    summary_title: SUMMARY_TITLE,
    summary_made: SUMMARY_MADE,
    months: MONTHS,
    fhir_file_intro: FHIR_FILE_INTRO,
    fhir_file_outro: FHIR_FILE_OUTRO,
    answers_title: ANSWERS_TITLE,
    answer_label,
    not_answered: NOT_ANSWERED,
    medicines_title_short: MEDICINES_TITLE_SHORT,
    medicines_title_stopped: MEDICINES_TITLE_STOPPED,
    no_medicines: NO_MEDICINES,
    patch_all_day: PATCH_ALL_DAY,
    not_counted_cell: NOT_COUNTED_CELL,
    medicine_columns: MEDICINE_COLUMNS,
    mme_none_total: MME_NONE_TOTAL,
    unconverted_label: UNCONVERTED_LABEL,
    excluded_label: EXCLUDED_LABEL,
    excluded_note: EXCLUDED_NOTE,
};
