//! Every sentence the user reads, in English, in plain words (aimed at
//! reading grade 8 or lower). Ids come from `questions`, `drugs` and
//! `assessment::outcome`; each piece of advice carries its sources.
//!
//! To review the wording, read this file top to bottom: it follows the
//! order of the checklist and then of the result.

use super::{Cited, NaloxoneRisk, SafetyText};
#[cfg(feature = "lang-en")]
use super::{Lang, SummaryTexts, Texts};
use crate::assessment::{
    Action, DoseBand, Level, NaloxoneReason, Pattern, Problem, RiskFactor, Safety, Sign,
};
use crate::content::brands::{Brand, Form};
use crate::content::drugs::{Purpose, Unit};
use crate::content::questions::{QuestionId, Section};
use crate::content::sources::Source::{self, *};
use crate::decimal::Decimal;

pub const TITLE: &str = "Could your opioid medicine be making your pain worse?";
pub const INTRO: &str = "Sometimes opioid pain medicine can make pain worse instead of better. Doctors call this opioid-induced hyperalgesia (OIH). Answer these questions to see if your pain shows its signs. It takes about 3 minutes.";
pub const PRIVACY: &str =
    "This checklist does not send your answers anywhere. It works them out in your browser.";

pub fn section_title(section: Section) -> &'static str {
    match section {
        Section::Urgent => "First, a safety question",
        Section::Medicine => "Your opioid medicine",
        Section::Health => "Your health",
        Section::Pain => "Your pain",
        Section::Body => "Your body",
    }
}

/// What counts as an opioid, shown with the first question.
pub const OPIOID_EXPLAINED: &str = "Opioids are strong pain medicines. Common ones are codeine, morphine, oxycodone (OxyContin, Percocet), hydrocodone (Vicodin, Norco), hydromorphone (Dilaudid), tramadol, tapentadol, methadone, buprenorphine and fentanyl patches. Codeine is also in some mixed pain tablets. Examples are co-codamol, Tylenol #3, Panadeine Forte and Nurofen Plus.";

pub struct QuestionText {
    pub prompt: &'static str,
    /// A short explanation shown under the prompt, when a term needs one.
    pub hint: Option<&'static str>,
    /// A label for each allowed answer, in the table's order: also the
    /// display of its code in FHIR, which is one per code for all questions.
    pub options: &'static [&'static str],
    /// The labels the checklist and the summary show instead, when the
    /// code's own label says too little (the seizure's "Yes").
    pub shown_options: Option<&'static [&'static str]>,
    /// How an "unsure" answer is put as something to discuss with a doctor.
    pub to_discuss: &'static str,
}

impl QuestionText {
    /// The answers' labels as the checklist and the summary show them.
    pub fn labels(&self) -> &'static [&'static str] {
        self.shown_options.unwrap_or(self.options)
    }
}

const YES_NO_UNSURE: &[&str] = &["Yes", "No", "Not sure"];

pub fn question(id: QuestionId) -> &'static QuestionText {
    use QuestionId::*;
    match id {
        OpioidUse => &QuestionText {
            prompt: "Do you take opioid pain medicine?",
            hint: Some(OPIOID_EXPLAINED),
            options: &[
                "Yes, I take it now",
                "I stopped or cut down a lot in the last 4 weeks",
                "I stopped more than 4 weeks ago",
                "No, never",
            ],
            shown_options: None,
            to_discuss: "whether you take opioid medicine",
        },
        Duration => &QuestionText {
            prompt: "How long have you been taking opioids?",
            hint: None,
            options: &["Less than 1 month", "1 to 3 months", "More than 3 months"],
            shown_options: None,
            to_discuss: "how long you have taken opioids",
        },
        DoseIncreased => &QuestionText {
            prompt: "Has your opioid dose gone up in the last 3 months?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "whether your dose has gone up lately",
        },
        ResponseToIncrease => &QuestionText {
            prompt: "After your dose last went up, what did your pain do?",
            hint: None,
            options: &["It got better", "It stayed the same", "It got worse", "Not sure"],
            shown_options: None,
            to_discuss: "what your pain did after your dose went up",
        },
        Kidney => &QuestionText {
            prompt: "Do you have kidney failure or serious kidney disease?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "how well your kidneys work",
        },
        Liver => &QuestionText {
            prompt: "Do you have liver failure or serious liver disease?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "how well your liver works",
        },
        PainWorseDespiteDose => &QuestionText {
            prompt: "Is your pain getting worse even though your dose stayed the same or went up?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "whether your pain is getting worse on the same or a higher dose",
        },
        MoreSensitive => &QuestionText {
            prompt: "Are you more sensitive to pain in general than you used to be?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "whether you have become more sensitive to pain",
        },
        PainSpread => &QuestionText {
            prompt: "Has your pain spread to other parts of your body?",
            hint: Some("For example, pain that was in one place and is now in many places, or all over. Pain that runs along one nerve, like back pain going down a leg, is usually a different problem."),
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "whether your pain has spread",
        },
        Allodynia => &QuestionText {
            prompt: "Do things that should not hurt cause you pain?",
            hint: Some("For example, a light touch, your clothes, bedsheets, or a cotton ball on your skin."),
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "whether light touch or clothes cause pain",
        },
        PainDifferent => &QuestionText {
            prompt: "Does your pain feel different from the pain you first had?",
            hint: Some("For example, burning, spread out, or hard to point to."),
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "whether your pain feels different from before",
        },
        Myoclonus => &QuestionText {
            prompt: "Do you have muscle twitching or jerking that you cannot control?",
            hint: None,
            options: YES_NO_UNSURE,
            shown_options: None,
            to_discuss: "muscle twitching or jerking",
        },
        Seizure => &QuestionText {
            prompt: "In the last 4 weeks, have you had a seizure (a fit) that was new for you?",
            hint: Some("A seizure (fit) can cause jerking or shaking you cannot stop, stiffness, or staring. Passing out with jerking can be a seizure too. If you have epilepsy, count a seizure that was new or different from your usual ones."),
            options: &["Yes", "Yes, and a doctor has checked it", "No", "Not sure"],
            shown_options: Some(&[
                "Yes, not checked by a doctor yet",
                "Yes, and a doctor has checked it",
                "No",
                "Not sure",
            ]),
            to_discuss: "whether you may have had a seizure",
        },
    }
}

pub fn drug_name(id: &str) -> &'static str {
    match id {
        "codeine" => "Codeine",
        "fentanyl_patch" => "Fentanyl patch",
        "hydrocodone" => "Hydrocodone",
        "hydromorphone" => "Hydromorphone",
        "methadone" => "Methadone",
        "morphine" => "Morphine",
        "oxycodone" => "Oxycodone",
        "oxymorphone" => "Oxymorphone",
        "tapentadol" => "Tapentadol",
        "tramadol" => "Tramadol",
        "buprenorphine" => "Buprenorphine",
        "heroin" => "Heroin",
        "opium" => "Opium",
        "other" => "Another opioid",
        _ => "Unknown medicine",
    }
}

// ---------------------------------------------------------------- medicines

pub const MEDICINES_TITLE: &str = "Your opioid medicines (optional)";
pub const MEDICINES_INTRO: &str = "Add each opioid you take to see your daily dose in morphine milligram equivalents (MME). MME puts different opioids on one scale.";
pub const ADD_MEDICINE: &str = "Add a medicine";
pub const REMOVE_MEDICINE: &str = "Remove";
pub const MEDICINE_LABEL: &str = "Medicine";
pub const AMOUNT_LABEL_MG: &str = "Strength of one tablet or capsule (mg)";
pub const AMOUNT_LABEL_PATCH: &str = "Strength of one patch (mcg/hr)";
/// A liquid: the mg taken each time is typed (clinical-content.md v3).
pub const AMOUNT_LABEL_LIQUID: &str = "Amount you take each time (mg)";
/// Shown under the liquid's amount: the strength as printed on the box.
pub fn liquid_hint(label: &str) -> String {
    "The box says ".to_string() + label + ". Enter the mg you take each time, not the mL."
}
pub const STRENGTH_LABEL: &str = "Strength on the box";
pub const STRENGTH_CHOOSE: &str = "Choose the strength";
pub const STRENGTH_TYPED: &str = "Another strength (type it)";
pub const CHOOSE_STRENGTH: &str = "Choose the strength printed on the box.";
/// "How many at a time", by what one unit is (`None`: a generic by mouth).
pub fn per_dose_label(form: Option<Form>) -> &'static str {
    match form {
        Some(Form::Tablet) => "Tablets each time",
        Some(Form::Capsule) => "Capsules each time",
        Some(Form::Patch) => "Patches worn at the same time",
        Some(Form::Film) => "Films each time",
        Some(Form::Sublingual) => "Tablets or films each time",
        Some(Form::Liquid) | None => "Tablets or capsules each time",
    }
}
pub const PURPOSE_LABEL: &str = "What do you take it for?";
/// For a medicine taken for opioid use disorder, in its row.
pub const EXCLUDED_ROW: Cited = (
    "Not counted in your daily dose: doses taken to treat opioid use disorder are not compared with the dose limits.",
    &[C1],
);
/// Two numbers typed for a generic: which one is the opioid is asked.
pub fn combination_question(drug: &str) -> String {
    "You typed two numbers, as on a tablet with two medicines in it. Which one is the ".to_string()
        + &drug.to_ascii_lowercase()
        + "?"
}
/// A tablet or film that also contains naloxone (Targin, Suboxone...).
pub const NALOXONE_IN_TABLET: Cited = (
    "This medicine also contains naloxone. The naloxone in it does not protect you from an overdose.",
    &[C1],
);
/// Where medicines are added: what is not counted.
pub const NOT_COUNTED_FORMS: &str =
    "Injections, suppositories and sprays are not counted here. Tell your doctor about them.";
pub const DRUG_GROUP_NOT_IN_TABLE: &str = "Not in the CDC table (not counted)";
/// A name the CDC 2022 table has no factor for (co-dydramol...).
pub fn not_in_table(name: &str, opioid: &str) -> String {
    let what = if name.eq_ignore_ascii_case(opioid) {
        name.to_string()
    } else {
        name.to_string() + " contains " + opioid + ". It"
    };
    what + " is not in the CDC 2022 table, so its dose cannot be counted here. It is listed as Another opioid. Tell your doctor you take it."
}
/// A change of drug in the same unit cleared the amount.
pub fn amount_cleared(drug: &str) -> String {
    drug.to_string()
        + " has its own strengths, so the amount was cleared. Enter it again from the label."
}
pub const TIMES_LABEL: &str = "Doses a day";
pub const TIMES_CHOOSE: &str = "Choose";
pub const DRUG_CHOOSE: &str = "Choose a medicine";
pub const MAX_MEDICINES_REACHED: &str = "You can add up to 10 medicines.";
pub const NOT_CONVERTED: &str = "Not counted: there is no reliable MME conversion for this medicine. Tell your doctor you take it.";
pub const FIX_TO_COUNT: &str = "Not counted until the entry is fixed.";
pub const DRUG_FILTER_LABEL: &str = "Find it by name or brand";
pub const DRUG_FILTER_HINT: &str =
    "Type the name on the box, like Percocet, Endone or morphine. Then choose it in the list.";
pub fn drug_matches(n: usize) -> String {
    match n {
        0 => "Nothing matches. If your medicine is not listed, choose Another opioid.".into(),
        1 => "1 medicine matches.".into(),
        n => n.to_string() + " medicines match.",
    }
}
pub const DRUG_GROUP_GENERIC: &str = "Medicine names";
pub const DRUG_GROUP_BRAND: &str = "Brand names";
/// What a brand contains.
pub fn brand_is(brand: &Brand, generic: &str) -> String {
    let generic = generic.to_ascii_lowercase();
    match brand.with {
        Some(with) => brand.name.to_string() + " is " + &generic + " with " + with + ".",
        None => brand.name.to_string() + " is " + &generic + ".",
    }
}
/// An amount typed with another unit than the drug's own.
pub fn other_unit(drug: &str, unit: Unit) -> String {
    drug.to_string()
        + " is measured in "
        + unit.label()
        + ". Enter the amount in "
        + unit.label()
        + ", as on the label."
}
/// After a change of drug cleared the amount and doses.
pub fn unit_cleared(drug: &str, unit: Unit) -> String {
    drug.to_string()
        + " is measured in "
        + unit.label()
        + ", so the amount and doses were cleared. Enter them again from its label."
}
pub const CHECK_LABEL: &str = "This is a very high daily dose for one medicine. Please check the amount and doses a day against the label. It is still counted.";
pub const MME_TOTAL_LABEL: &str = "Estimated daily dose";
pub fn medicines_not_counted(n: usize) -> String {
    match n {
        1 => "1 medicine is not counted until its entry is fixed.".into(),
        n => n.to_string() + " medicines are not counted until their entries are fixed.",
    }
}
pub const MME_NONE: &str = "Add a medicine with its amount to see your daily MME.";

// Version 3: how many at a time, and why methadone or buprenorphine is taken.
/// What a medicine is taken for, as a label (also the FHIR display).
pub fn purpose(purpose: Purpose) -> &'static str {
    match purpose {
        Purpose::Pain => "For pain",
        Purpose::OpioidUseDisorder => "To treat opioid use disorder (opioid dependence)",
    }
}
/// The FHIR item for how many are taken at a time.
pub const FHIR_PER_DOSE_LABEL: &str =
    "How many tablets, capsules or patches are taken at a time (1 if not given)";
/// The FHIR item for the purpose, asked for methadone and buprenorphine.
pub const FHIR_PURPOSE_LABEL: &str = "What is it taken for? (For pain if not given)";
/// The summary's note on medicines taken for opioid use disorder: the label
/// goes before their names, the note after.
pub const EXCLUDED_LABEL: &str = "Not counted, taken for opioid use disorder: ";
pub const EXCLUDED_NOTE: Cited = (
    "CDC 2022 says these doses are not compared with the dose limits.",
    &[C1],
);

/// An MME figure in words: whole numbers as they are, others cut (not
/// rounded, so 49.999 never reads as 50) to two decimals. The exact value
/// stays in the core and in the JSON.
/// A decimal as people write it: `20`, `7.5`, `0.15`.
pub fn number(value: &Decimal) -> String {
    let text = value.to_text();
    text.strip_suffix(".0").unwrap_or(&text).to_string()
}

pub fn mme_figure(value: &Decimal) -> String {
    // (Concatenation, not format!: the widget's wasm carries no formatting
    // machinery for it.)
    let exact = value.to_text();
    let exact = exact.strip_suffix(".0").unwrap_or(&exact);
    let short = match exact.split_once('.') {
        Some((int, frac)) if frac.len() > 2 => int.to_string() + "." + &frac[..2],
        _ => exact.to_string(),
    };
    short + " MME a day"
}

pub fn dose_band(band: DoseBand) -> &'static str {
    match band {
        DoseBand::Under50 => "Under 50 MME a day.",
        DoseBand::FiftyTo89 => "50 to 89 MME a day: at this level, guidelines ask doctors to look again at the benefits and risks of the opioid. [C1]",
        DoseBand::NinetyOrMore => "90 MME a day or more: a high dose. High doses raise the risk of an overdose, and may make more pain sensitivity more likely. [C1, S0]",
        DoseBand::Unknown => "Not known.",
    }
}

/// The cautions of C1 that go next to any MME figure.
pub const MME_CAUTIONS: [&str; 3] = [
    "This figure is an estimate. It does not say whether a dose is safe or right for you.",
    "Never use it to switch from one opioid to another. Only a doctor can do that safely.",
    "Methadone and fentanyl patches need extra care: the real effect can differ a lot from the estimate.",
];
pub const MME_CAUTIONS_SOURCE: Source = C1;

// ------------------------------------------------------------------- result

pub const FORM_LABEL: &str = "Checklist questions";
pub const RESULT_TITLE: &str = "Your result";
/// Read by screen readers before the source ids of a piece of advice.
pub const SOURCES_PREFIX: &str = "Sources: ";
pub const SOURCE_PREFIX: &str = "Source: ";
pub const SEE_RESULT: &str = "See your result";
pub const PROGRESS_LABEL: &str = "Questions answered";

pub fn progress(answered: usize, total: usize) -> String {
    answered.to_string() + " of " + &total.to_string() + " questions answered"
}

/// The headline of the result: what to do, and how soon.
pub fn action_title(action: Action, level: Level) -> &'static str {
    match (action, level) {
        (Action::EmergencyNow, _) => "Get emergency help now",
        (Action::DoctorToday, _) => "Contact a doctor today",
        (Action::DoctorWithinDays, _) => "See or call your doctor in the next few days",
        (Action::NextAppointment, _) => "Talk about this at your next doctor's appointment",
        // Only with every answer in and no "yes" or "not sure" to any sign:
        // the person's pain is not getting worse, so nothing says it is.
        (Action::IfWorse, _) => "Keep an eye on your pain",
        (Action::None, Level::NotApplicable) => "This checklist is for people who take opioids",
        (Action::None, _) => "Start with the question about opioid medicine",
    }
}

/// What the headline means, in a sentence or two.
pub fn action_text(action: Action, level: Level) -> &'static str {
    match (action, level) {
        (Action::EmergencyNow, _) => "You said you had a new seizure in the last 4 weeks. A new seizure needs urgent care, whatever the cause. Call your local emergency number or go to the nearest emergency department.",
        (Action::DoctorToday, _) => "You are not sure whether you had a seizure. If it may have been one, contact a doctor today. If it happens again, call your local emergency number.",
        (Action::DoctorWithinDays, _) => "Take the summary of your answers with you.",
        // Few signs and a next appointment: the person was not sure about a sign.
        (Action::NextAppointment, Level::FewSigns) => "Ask your doctor about the signs you were not sure about. Go sooner if your pain gets worse.",
        (Action::NextAppointment, _) => "Go sooner if your pain keeps getting worse.",
        (Action::IfWorse, _) => "Talk to a doctor if your pain gets worse or changes. Worse pain is worth raising, whatever the cause.",
        (Action::None, Level::NotApplicable) => "OIH happens in people who take opioids or who stopped in the last few weeks, so this checklist does not apply to you. If your pain is getting worse, it is still worth talking to a doctor.",
        (Action::None, _) => "Your result depends on whether you take opioid medicine.",
    }
}

/// A seizure a doctor has already checked (`seizure` `yes_checked`): the
/// headline and its detail, whatever else is answered.
pub const CHECKED_SEIZURE_TITLE: &str = "Tell your doctor about the seizure in the next few days";
pub const CHECKED_SEIZURE_TEXT: &str = "If you take opioids, tell the doctor who prescribes or reviews them. Some opioids can make a seizure more likely, tramadol most of all. If you have another seizure, get emergency help: call your local emergency number.";

/// With twitching (a sign), next to the headline.
pub const TWITCHING_WARNING: Cited = ("Muscle twitching can mean the opioid is building up in your body. If you are also very sleepy, hard to wake, or breathing slowly, call your local emergency number now. If you are confused, contact a doctor today.", &[S0, S10]);

/// Until every question that applies is answered.
pub const SO_FAR_TITLE: &str = "Answer the other questions to see your result";
pub fn so_far(left: usize) -> String {
    let (questions, them) = if left == 1 {
        (" question is", "it")
    } else {
        (" questions are", "them")
    };
    "This is your result so far. ".to_string()
        + &left.to_string()
        + questions
        + " left. Your result may change when you answer "
        + them
        + "."
}

/// The level in words; `withdrawal` when the pattern is withdrawal;
/// `unsure` is U, the sign questions answered "not sure" (never "none of
/// the signs" when one was not sure).
pub fn level_words(level: Level, withdrawal: bool, unsure: usize) -> Option<String> {
    let words: &str = match (level, withdrawal) {
        (Level::SeveralSigns, false) => {
            "Your answers show several of the signs doctors look for in OIH."
        }
        (Level::SomeSigns, false) => {
            "Your answers show some of the signs doctors look for in OIH."
        }
        (Level::SeveralSigns, true) => {
            "Your answers show several signs of more pain sensitivity after stopping opioids."
        }
        (Level::SomeSigns, true) => {
            "Your answers show some signs of more pain sensitivity after stopping opioids."
        }
        (Level::FewSigns, _) if unsure == 0 => {
            "Your answers show no \"yes\" to any of the signs doctors look for in OIH."
        }
        (Level::FewSigns, _) => {
            return Some(
                "Your answers show no \"yes\" to any of the signs doctors look for in OIH, and you were not sure about ".to_string()
                    + &unsure.to_string()
                    + " of them.",
            )
        }
        _ => return None,
    };
    Some(words.into())
}
pub const SO_FAR_PREFIX: &str = "So far: ";

pub const SAFETY_TITLE: &str = "Staying safe with opioids";
/// Each safety item (see `SafetyText`).
pub fn safety(item: Safety) -> SafetyText {
    match item {
        Safety::OverdoseSigns => SafetyText {
            title: "Signs of an overdose",
            text: "Someone who takes opioids may be having an overdose if they:",
            list: &[
                "are very sleepy or cannot be woken up",
                "have slow, shallow or stopped breathing",
                "make snoring or gurgling sounds",
                "have blue or grey lips or fingertips",
                "have very small pupils (the black centre of the eye)",
                "are confused",
            ],
            steps_intro: "What to do:",
            steps: &[
                "Call your local emergency number.",
                "If you have naloxone, give it.",
                "Stay with the person until help comes.",
            ],
            note: "",
            sources: &[C1],
        },
        // Followed by `naloxone_risk`, then the note.
        Safety::Naloxone => SafetyText {
            title: "Naloxone",
            text: "Ask your doctor or pharmacist about naloxone. This is advice for everyone who takes opioids. Naloxone is a medicine that can reverse an opioid overdose. If you have it, tell your family or friends where you keep it.",
            list: &[],
            steps_intro: "",
            steps: &[],
            note: "A tablet that contains naloxone, like Targin or Suboxone, does not protect you from an overdose.",
            sources: &[F1, C1],
        },
        Safety::LostTolerance => SafetyText {
            title: "After a break, the old dose can be too much",
            text: "After you stop, your body gets used to having no opioid. Going back to your old dose can slow your breathing to a dangerous level. Talk to your doctor before you take any opioid again.",
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
                "a daily dose of 50 MME or more before you stopped"
            }
            NaloxoneReason::HigherDose => "a daily dose of 50 MME or more",
            NaloxoneReason::RecentStop => "a recent stop or cut-down",
            NaloxoneReason::Kidney => "kidney disease",
            NaloxoneReason::Liver => "liver disease",
            NaloxoneReason::OpioidUseDisorder => "a medicine for opioid use disorder",
        })
        .collect();
    let organs = match (has(NaloxoneReason::Kidney), has(NaloxoneReason::Liver)) {
        (false, false) => Some("kidney or liver problems"),
        (true, false) => Some("liver problems"),
        (false, true) => Some("kidney problems"),
        (true, true) => None,
    };
    let others = [
        (!has(NaloxoneReason::HigherDose)).then_some("higher doses (50 MME a day or more)"),
        (!stopped).then_some("going back to opioids after a break"),
        Some("sleep or anxiety medicines, such as benzodiazepines"),
        Some("sleep apnoea (breathing that stops and starts during sleep)"),
        Some("a past overdose"),
        organs,
        Some("age 65 or over"),
    ];
    NaloxoneRisk {
        shown: (!shown.is_empty())
            .then(|| "Your answers show: ".to_string() + &shown.join("; ") + "."),
        others_intro: if shown.is_empty() {
            "The risk of an overdose is higher with:"
        } else {
            "The risk of an overdose is also higher with:"
        },
        others: others.into_iter().flatten().collect(),
    }
}

pub const REASONS_TITLE: &str = "Why you got this result";
pub const NO_SIGNS: &str = "You did not answer yes to any of the signs.";

/// A sign, put as the reason it counts.
pub fn sign(sign: Sign) -> Cited {
    match sign {
        Sign::PainWorseDespiteDose => (
            "Your pain is getting worse even though your dose stayed the same or went up.",
            &[S0],
        ),
        Sign::MoreSensitive => ("You have become more sensitive to pain.", &[S0]),
        Sign::PainSpread => ("Your pain has spread to more of your body.", &[S0]),
        Sign::Allodynia => (
            "Things that should not hurt, like a light touch, cause you pain.",
            &[S0],
        ),
        Sign::PainDifferent => (
            "Your pain feels different from the pain you first had.",
            &[L1],
        ),
        Sign::WorseAfterIncrease => ("Your pain got worse after your dose went up.", &[T1]),
        Sign::Myoclonus => (
            "You have muscle twitching or jerking you cannot control.",
            &[S0],
        ),
    }
}

pub const PATTERN_TITLE: &str = "What your answers point to";

pub fn pattern_note(pattern: Pattern) -> Option<Cited> {
    match pattern {
        Pattern::Oih => Some(("Pain that gets worse as the dose goes up is the pattern doctors look for in OIH.", &[S0, T1])),
        Pattern::Tolerance => Some(("Your pain got better after your dose went up. That points more to tolerance (the same dose working less well over time) than to OIH.", &[T1])),
        Pattern::Withdrawal => Some(("For a while after stopping or cutting down, the body can become more sensitive to pain.", &[S0, S2, S4, S6])),
        Pattern::Unclear => Some(("Your answers do not point clearly one way.", &[S0])),
        Pattern::None => None,
    }
}

/// Over the other common reasons; with few signs the person's pain is not
/// getting worse, so the title says "if".
pub fn other_reasons_title(level: Level) -> &'static str {
    match level {
        Level::FewSigns => "If your pain gets worse: other common reasons",
        _ => "Other common reasons pain gets worse",
    }
}
pub const OTHER_REASONS: [&str; 5] = [
    "The illness or injury that causes the pain is getting worse.",
    "Tolerance: the same dose works less well than it used to.",
    "Each dose wears off before the next one is due.",
    "A new injury or illness.",
    "Stress, low mood or poor sleep.",
];
pub const OTHER_REASONS_NOTE: Cited = (
    "A doctor can tell these apart. OIH is one possibility among them.",
    &[T1, L1],
);

pub const RISKS_TITLE: &str = "Things that can raise the risk";
pub const RISKS_NOTE: &str =
    "These do not change your result, but they are good to know and to tell your doctor.";

/// `stopped`: after a recent stop, the medicines entered are those taken
/// before it, so nothing speaks of the dose taken now.
pub fn risk_factor(
    factor: RiskFactor,
    stopped: bool,
) -> (&'static str, &'static str, &'static [Source]) {
    match factor {
        RiskFactor::HighDose if stopped => ("High daily dose before you stopped", "Before you stopped, your medicines added up to 90 MME a day or more. At such doses an overdose is more likely, and more sensitivity to pain may be too.", &[C1, S0]),
        RiskFactor::HighDose => ("High daily dose", "Your medicines add up to 90 MME a day or more. High doses raise the risk of an overdose. They may also make it more likely that you become more sensitive to pain.", &[C1, S0]),
        RiskFactor::DoseIncreased => ("Recent dose increase", "Your dose went up in the last 3 months. OIH is seen in people whose doses keep going up.", &[S0]),
        RiskFactor::RecentStop => ("Recent stop or cut-down", "You stopped or cut down a lot in the last 4 weeks. Pain sensitivity can rise for a while after a stop, so this is worth telling your doctor.", &[S0, S2, S4, S6]),
        RiskFactor::LongTerm => ("Long-term use", "You have taken opioids for more than 3 months. OIH is mostly reported in people who take opioids over time.", &[S0]),
        RiskFactor::Kidney => ("Kidney disease", "You have serious kidney disease.", &[S0]),
        RiskFactor::Liver => ("Liver disease", "You have serious liver disease.", &[S0]),
    }
}

/// Said once after the risk factors, when kidney or liver disease is one.
pub const KIDNEY_LIVER: Cited = ("The liver breaks opioids down and the kidneys clear them from the body. When these do not work well, opioids and their breakdown products can build up. With morphine, its breakdown products can build up when the kidneys are weak, and cause drowsiness, twitching or confusion. Experts do not yet know whether this build-up causes OIH. Make sure your doctor knows about your kidneys or liver.", &[S0]);

pub const DOCTOR_TITLE: &str = "What your doctor may consider";
/// What a doctor may consider (S0), for `several_signs` and `some_signs`,
/// while taking opioids. No opioid is named as a switch.
pub const DOCTOR_OPTIONS_CURRENT: &[&str] = &[
    "Slowly lowering or stopping the opioid, with medical support.",
    "Switching to a different opioid, chosen and dosed by the doctor. Doses do not convert one for one.",
    "Pain relief that is not an opioid.",
    "Other medicines a specialist may try, such as ketamine or a very low dose of an opioid blocker.",
];
/// The same, after a recent stop.
pub const DOCTOR_OPTIONS_STOPPED: &[&str] = &[
    "Pain relief that is not an opioid.",
    "Help with withdrawal symptoms. They usually ease with time.",
    "Whether any opioid is started again, and at what dose.",
];
pub const DOCTOR_OPTIONS_NOTE: &str =
    "Only a doctor can decide on these. Do not try them on your own.";
pub const DOCTOR_OPTIONS_CURRENT_SOURCES: &[Source] = &[S0];
pub const DOCTOR_OPTIONS_STOPPED_SOURCES: &[Source] = &[S0, S2, S4, S6];

pub const WATER: Cited = ("Drinking enough water is good for your wellbeing, unless a doctor has told you to limit fluids (for example with kidney failure). It is not a treatment for OIH.", &[S0]);

/// The medicines' intro after a recent stop (`opioid_use` `stopped_recently`):
/// the medicines are those taken before stopping.
pub const MEDICINES_INTRO_STOPPED: &str = "Add each opioid you took before you stopped or cut down. You will see what that daily dose was in morphine milligram equivalents (MME), a scale for all opioids.";

pub const UNSURE_TITLE: &str = "Questions to ask your doctor";
pub const UNSURE_INTRO: &str = "You were not sure about these. Your doctor can help:";

// -------------------------------------------------------- references, notes

pub const REFERENCES_TITLE: &str = "Sources";
/// After the seed article's citation in the sources.
pub const SEED_NOTE: &str = "The article this checklist grew from.";
pub const ABOUT_TITLE: &str = "About this checklist";
pub const ABOUT: &str = "This checklist asks about the signs of opioid-induced hyperalgesia (OIH) described in the sources below. Every question and every piece of advice cites its source. It does not send your answers anywhere: the result is worked out in your browser.";
pub const VERSION: &str = "Content version 3 (rules version 3), reviewed December 2026.";
// ------------------------------------------------- the summary for the doctor

pub const SUMMARY_TITLE: &str =
    "Opioid-induced hyperalgesia (OIH) checklist: summary for the doctor";
pub const SUMMARY_MADE: &str = "Made by the patient on ";
/// Names the FHIR file on the summary: intro + file name + outro.
pub const FHIR_FILE_INTRO: &str = "The same answers can be saved from the checklist as the file ";
pub const FHIR_FILE_OUTRO: &str = " (a FHIR R4 QuestionnaireResponse to the OIH checklist Questionnaire, version 3; no name or other identifier).";
pub const FHIR_DOWNLOAD: &str = "Save the answers as a FHIR file";
/// Under the FHIR button: what the file is for and what a clinic needs.
pub const FHIR_HINT: &str = "A FHIR file holds your answers in a standard form that some clinic computer systems can read. It does not have your name on it. A clinic can read it only if its system has this checklist's questionnaire loaded, so ask first. Printing or copying the summary works everywhere.";
/// The browser was asked to save the file; the page cannot know whether it did.
pub const FHIR_SAVED: &str =
    "Your browser was asked to save the file. Look for it in your downloads: ";
pub const FHIR_MAYBE_BLOCKED_INTRO: &str = "Your browser was asked to save ";
pub const FHIR_MAYBE_BLOCKED_OUTRO: &str = ". If no file appears in your downloads, this page does not allow downloads: print or copy the summary instead.";
pub const FHIR_FAILED: &str = "The file could not be made. Print or copy the summary instead.";
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
pub const ANSWERS_TITLE: &str = "Answers";
/// Each question in a few words, for the summary's answers (two to a row).
pub fn answer_label(id: QuestionId) -> &'static str {
    use QuestionId::*;
    match id {
        Seizure => "New seizure in the last 4 weeks",
        OpioidUse => "Opioid medicine",
        Duration => "How long on opioids",
        DoseIncreased => "Dose raised in the last 3 months",
        ResponseToIncrease => "Pain after the last increase",
        Kidney => "Kidney failure or serious disease",
        Liver => "Liver failure or serious disease",
        PainWorseDespiteDose => "Pain worse on the same or a higher dose",
        MoreSensitive => "More sensitive to pain than before",
        PainSpread => "Pain spread to other parts of the body",
        Allodynia => "Pain from things that should not hurt",
        PainDifferent => "Pain feels different from the first pain",
        Myoclonus => "Twitching or jerking they cannot control",
    }
}
pub const NOT_ANSWERED: &str = "Not answered";
pub const MEDICINES_TITLE_SHORT: &str = "Opioid medicines";
pub const MEDICINES_TITLE_STOPPED: &str =
    "Opioid medicines taken before the recent stop or cut-down";
pub const NO_MEDICINES: &str = "No medicines entered.";
pub const PATCH_ALL_DAY: &str = "Worn all day";
pub const NOT_COUNTED_CELL: &str = "Not counted";
pub const MEDICINE_COLUMNS: [&str; 6] = [
    "Medicine",
    "Amount",
    "How many at a time",
    "Doses a day",
    "MME factor",
    "MME a day",
];
pub const MME_NONE_TOTAL: &str = "Not known (no medicine could be converted).";
pub const UNCONVERTED_LABEL: &str = "Not converted to MME: ";

pub const DISCLAIMER_TITLE: &str = "Important";
pub const DISCLAIMER: &str = "This checklist is for information only. It is not a diagnosis and does not replace advice from your doctor. Never ignore or delay medical advice because of it. Never stop, lower, restart or change an opioid on your own. There is no proven score for OIH, so the result is a count of signs with the reasons behind it. In an emergency, call your local emergency number or go to the nearest emergency department.";
pub const START_OVER: &str = "Clear all answers";
pub const PRINT: &str = "Print a summary for your doctor";
pub const COPY: &str = "Copy summary as text";
pub const DIARY_OPEN: &str = "Keep a pain diary";
pub const DIARY_OPEN_HINT: &str = "Week by week, your pain beside your opioid dose. It stays on this device, and only if you choose.";
pub const DIARY_LOADING: &str = "Opening the diary\u{2026}";
pub const DIARY_FAILED: &str =
    "The diary could not open. Check your internet connection, then try again.";
pub const COPIED: &str = "The summary was copied. You can paste it into a message to your doctor.";
pub const COPY_FAILED: &str = "Copying is turned off on this page. Print the summary instead.";
pub const SUMMARY_FAILED: &str = "The summary could not be made. Reload the page and try again.";
pub const PRINT_BLOCKED: &str = "Printing is turned off on this page. Copy the summary instead.";
pub const PRINT_AND_COPY_BLOCKED: &str = "This page turns off printing and copying. Download the file for your doctor's system, or write down your result.";
pub const CLEARED: &str = "All answers were cleared. You can undo this for 20 seconds.";
pub const UNDO: &str = "Undo";

pub const SAVE_LABEL: &str = "Remember my answers on this device";
pub const SAVE_HINT: &str = "Off by default. Do not turn this on if other people use this device. Your answers are then kept in this browser only. They are erased when you erase them, or 30 days after your last change. This checklist does not send them anywhere.";
pub const ERASE_SAVED: &str = "Erase saved answers";
/// When saved answers were brought back, and when they will be erased
/// (dates as [`long_date`] writes them).
pub fn restored(saved: &str, erased: &str) -> String {
    "These are answers saved in this browser on ".to_string()
        + saved
        + ". They will be erased on "
        + erased
        + " unless you change them. If they are not yours, or you want a new start, choose Start fresh: it also erases them from this browser."
}
/// A restored answer about the last 4 weeks, from a copy more than a day
/// old: not used until answered again.
pub fn confirm_again(answer: &str, saved: &str) -> String {
    "Your saved answer from ".to_string()
        + saved
        + " was \u{201c}"
        + answer
        + "\u{201d}. This question is about the last 4 weeks, so please answer it again. Until you do, your result does not use it."
}
/// A date in words, as on the summary: "6 December 2026" (`month` 0 to 11).
pub fn long_date(year: i32, month: u32, day: u32) -> String {
    let month = MONTHS.get(month as usize).copied().unwrap_or("");
    day.to_string() + " " + month + " " + &year.to_string()
}
pub const START_FRESH: &str = "Start fresh";

pub const CLEAR_ANSWER: &str = "Clear answer";

pub const CRASH_TITLE: &str = "Sorry, something went wrong";
pub const CRASH_TEXT: &str =
    "The checklist hit an internal error. None of your answers were sent anywhere.";
pub const CRASH_RESTART: &str = "Start again";

/// The sentence for a problem with an input field.
pub fn problem_message(problem: &Problem) -> String {
    match problem {
        #[cfg(feature = "json")]
        Problem::NotJson(detail) => "The input is not valid JSON (".to_string() + detail + ").",
        #[cfg(feature = "json")]
        Problem::NotAnObject => "This must be a JSON object.".into(),
        #[cfg(feature = "json")]
        Problem::NotAList => "This must be a list of medicines.".into(),
        #[cfg(feature = "json")]
        Problem::UnknownField => "This field is not part of the input.".into(),
        #[cfg(feature = "json")]
        Problem::DuplicateKey => "This field is given more than once.".into(),
        Problem::Missing => "This is required.".into(),
        #[cfg(feature = "json")]
        Problem::UnknownQuestion => "This is not a known question id.".into(),
        Problem::BadAnswer(id) => {
            "The answer must be one of: ".to_string() + &id.question().options.join(", ") + "."
        }
        #[cfg(feature = "json")]
        Problem::UnknownDrug => "This is not a known medicine id.".into(),
        #[cfg(feature = "json")]
        Problem::TooManyMedicines => "You can list at most 10 medicines.".into(),
        Problem::NotANumber => "Enter a number, like 7.5.".into(),
        Problem::Comma => "Write the number without a comma (1500) or with a point (1.5): a comma before three digits could mean either.".into(),
        Problem::TooPrecise => "Use at most 28 digits after the decimal point.".into(),
        Problem::AmountOutOfRange(unit) => {
            let max = match unit {
                Unit::Mg => "10000",
                Unit::McgPerHour => "1000",
            };
            "Enter an amount above 0 and up to ".to_string() + max + " " + unit.label() + "."
        }
        Problem::TimesOutOfRange => "Doses a day must be a whole number from 1 to 24.".into(),
        Problem::TimesNotForPatch => {
            "Leave out doses a day for a fentanyl patch: it is worn all the time.".into()
        }
        Problem::PerDoseOutOfRange => {
            "How many you take at a time must be a whole number from 1 to 10.".into()
        }
        Problem::PurposeNotForDrug => {
            "What it is taken for can only be given for methadone or buprenorphine.".into()
        }
        #[cfg(feature = "json")]
        Problem::UnknownPurpose => {
            "What it is taken for must be one of: pain, opioid_use_disorder.".into()
        }
        #[cfg(feature = "json")]
        Problem::MustBe(value) => "This must be ".to_string() + value + ".",
        #[cfg(feature = "json")]
        Problem::NotADateTime => {
            "Give a date and time with a time zone, like 2026-11-25T09:30:00Z.".into()
        }
        #[cfg(feature = "json")]
        Problem::OutOfOrder => {
            "This item is given twice or out of the order of the questionnaire.".into()
        }
        #[cfg(feature = "json")]
        Problem::OneAnswerOnly => "This question takes one answer.".into(),
        #[cfg(feature = "json")]
        Problem::WrongValueType(element) => "Give this answer as ".to_string() + element + ".",
        #[cfg(feature = "json")]
        Problem::Unsupported => "This checklist cannot read this element.".into(),
    }
}

// ------------------------------------------------------------- FHIR export

/// The medicine amount as one FHIR item (its unit depends on the medicine).
pub const FHIR_AMOUNT_LABEL: &str = "Strength of one tablet or capsule in mg, or the mg taken each time of a liquid (for a fentanyl patch: strength of one patch in mcg/hr)";
pub const FHIR_CODE_SYSTEM_TITLE: &str = "Answer and medicine codes of the OIH checklist";
pub const FHIR_CODE_SYSTEM_DESCRIPTION: &str = "The codes for the answers to the questions of the opioid-induced hyperalgesia (OIH) checklist, and for the opioid medicines it lists.";

/// This language's table, for `Lang::texts` (in builds that speak English).
#[cfg(feature = "lang-en")]
pub const TEXTS: Texts = Texts {
    lang: Lang::En,
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
    decimal_mark: '.',
    unit_label: Unit::label,
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

#[cfg(feature = "lang-en")]
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
