//! The rules of clinical-content.md (version 3), section "Rules", line by line.

use super::input::{Answers, Input};
use super::mme;
use super::outcome::{
    Action, Assessment, DoseBand, Level, NaloxoneReason, Pattern, RedFlag, RiskFactor, Safety, Sign,
};
use crate::content::questions::{
    QuestionId as Q, BETTER, CURRENT, NOT_TAKING, OVER_3_MONTHS, STOPPED_RECENTLY, UNSURE, WORSE,
    YES, YES_CHECKED,
};

/// Core items: each one answered `yes` is a sign.
const CORE_SIGNS: [(Q, Sign); 5] = [
    (Q::PainWorseDespiteDose, Sign::PainWorseDespiteDose),
    (Q::MoreSensitive, Sign::MoreSensitive),
    (Q::PainSpread, Sign::PainSpread),
    (Q::Allodynia, Sign::Allodynia),
    (Q::PainDifferent, Sign::PainDifferent),
];

/// The sign questions whose `unsure` counts in U: the five core items,
/// `myoclonus` and `response_to_increase`.
const SIGN_QUESTIONS: [Q; 7] = [
    Q::PainWorseDespiteDose,
    Q::MoreSensitive,
    Q::PainSpread,
    Q::Allodynia,
    Q::PainDifferent,
    Q::Myoclonus,
    Q::ResponseToIncrease,
];

/// The counts the level and the action rest on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Counts {
    /// Signs other than twitching; the repeated experience (worse despite
    /// the dose, worse after the increase) counts once.
    pub f: usize,
    /// 1 when twitching is a sign.
    pub n: usize,
    /// Applicable sign questions answered `unsure`.
    pub u: usize,
}

pub(super) fn assess(input: &Input) -> Assessment {
    let answers = &input.answers;
    let mme = mme::total(&input.medications);
    let signs = signs(answers);
    let counts = counts(&signs, unsure_signs(answers));
    let level = level(answers, counts);
    let pattern = if level.counts_signs() {
        pattern(answers, &signs, counts)
    } else {
        Pattern::None
    };
    let taking = takes_or_recently_stopped(answers);
    Assessment {
        level,
        action: action(answers, level, counts),
        red_flags: if answers.is(Q::Seizure, YES) {
            vec![RedFlag::Seizure]
        } else {
            Vec::new()
        },
        risk_factors: if taking {
            risk_factors(answers, mme.band)
        } else {
            Vec::new()
        },
        signs,
        pattern,
        safety: if taking { safety(answers) } else { Vec::new() },
        mme_per_day: mme.per_day,
        dose_band: mme.band,
        mme_unconverted: mme.unconverted,
        mme_excluded: mme.excluded,
        unsure: answers
            .applicable()
            .filter(|q| answers.raw(q.id) == Some(UNSURE))
            .map(|q| q.id)
            .collect(),
        unanswered: answers
            .applicable()
            .filter(|q| answers.raw(q.id).is_none())
            .map(|q| q.id)
            .collect(),
    }
}

/// `opioid_use` is `current` or `stopped_recently`.
fn takes_or_recently_stopped(answers: &Answers) -> bool {
    answers.opioid_use_is_one_of(&[CURRENT, STOPPED_RECENTLY])
}

fn signs(answers: &Answers) -> Vec<Sign> {
    let mut signs: Vec<Sign> = CORE_SIGNS
        .iter()
        .filter(|(q, _)| answers.is(*q, YES))
        .map(|(_, sign)| *sign)
        .collect();
    if answers.is(Q::ResponseToIncrease, WORSE) {
        signs.push(Sign::WorseAfterIncrease);
    }
    if answers.is(Q::Myoclonus, YES) {
        signs.push(Sign::Myoclonus);
    }
    signs
}

/// U: how many applicable sign questions were answered `unsure` (an
/// answer to a question that does not apply is ignored by `Answers::is`).
pub(super) fn unsure_signs(answers: &Answers) -> usize {
    SIGN_QUESTIONS
        .iter()
        .filter(|q| answers.is(**q, UNSURE))
        .count()
}

pub(super) fn counts(signs: &[Sign], u: usize) -> Counts {
    let has = |sign| signs.contains(&sign);
    let repeated = has(Sign::PainWorseDespiteDose) && has(Sign::WorseAfterIncrease);
    let others = signs.iter().filter(|s| **s != Sign::Myoclonus).count();
    Counts {
        f: others - usize::from(repeated),
        n: usize::from(has(Sign::Myoclonus)),
        u,
    }
}

fn level(answers: &Answers, Counts { f, n, .. }: Counts) -> Level {
    if answers.is(Q::Seizure, YES) {
        Level::Urgent
    } else if answers.get(Q::OpioidUse).is_none() {
        Level::Incomplete
    } else if answers.opioid_use_is_one_of(&NOT_TAKING) {
        Level::NotApplicable
    } else if f >= 3 || (f >= 2 && n == 1) {
        Level::SeveralSigns
    } else if f >= 1 || n == 1 {
        Level::SomeSigns
    } else {
        Level::FewSigns
    }
}

fn action(answers: &Answers, level: Level, Counts { n, u, .. }: Counts) -> Action {
    match level {
        Level::Urgent => Action::EmergencyNow,
        _ if answers.is(Q::Seizure, UNSURE) => Action::DoctorToday,
        // Whatever `opioid_use` is: the doctor who prescribes or reviews
        // the opioid should know about a seizure a doctor has checked.
        _ if answers.is(Q::Seizure, YES_CHECKED) => Action::DoctorWithinDays,
        Level::Incomplete | Level::NotApplicable => Action::None,
        _ if level == Level::SeveralSigns || n == 1 => Action::DoctorWithinDays,
        // An uncertain sign is something to ask about, never reassurance.
        Level::SomeSigns => Action::NextAppointment,
        _ if u >= 1 => Action::NextAppointment,
        _ => Action::IfWorse,
    }
}

fn pattern(answers: &Answers, signs: &[Sign], Counts { f, n, .. }: Counts) -> Pattern {
    let worse_despite_dose = answers.is(Q::PainWorseDespiteDose, YES);
    let spread_or_allodynia = answers.is(Q::PainSpread, YES) || answers.is(Q::Allodynia, YES);
    if answers.is(Q::OpioidUse, STOPPED_RECENTLY) && f >= 1 {
        Pattern::Withdrawal
    } else if signs.contains(&Sign::WorseAfterIncrease)
        || (worse_despite_dose && spread_or_allodynia)
    {
        Pattern::Oih
    } else if answers.is(Q::ResponseToIncrease, BETTER) && f == 0 {
        Pattern::Tolerance
    } else if f >= 1 || n == 1 {
        Pattern::Unclear
    } else {
        Pattern::None
    }
}

/// Only called when `opioid_use` is `current` or `stopped_recently`.
fn risk_factors(answers: &Answers, band: DoseBand) -> Vec<RiskFactor> {
    [
        (band == DoseBand::NinetyOrMore, RiskFactor::HighDose),
        (answers.is(Q::DoseIncreased, YES), RiskFactor::DoseIncreased),
        (
            answers.is(Q::OpioidUse, STOPPED_RECENTLY),
            RiskFactor::RecentStop,
        ),
        (answers.is(Q::Duration, OVER_3_MONTHS), RiskFactor::LongTerm),
        (answers.is(Q::Kidney, YES), RiskFactor::Kidney),
        (answers.is(Q::Liver, YES), RiskFactor::Liver),
    ]
    .into_iter()
    .filter(|(holds, _)| *holds)
    .map(|(_, factor)| factor)
    .collect()
}

/// Only called when `opioid_use` is `current` or `stopped_recently`:
/// overdose signs and naloxone for everyone of these (F1; C1), the lost
/// tolerance after a recent stop.
fn safety(answers: &Answers) -> Vec<Safety> {
    let mut items = vec![Safety::OverdoseSigns, Safety::Naloxone];
    if answers.is(Q::OpioidUse, STOPPED_RECENTLY) {
        items.push(Safety::LostTolerance);
    }
    items
}

/// The answers that put this person among those at higher risk, in the
/// order of [`NaloxoneReason`]; empty when naloxone is not a safety item.
pub(super) fn naloxone_reasons(input: &Input, assessment: &Assessment) -> Vec<NaloxoneReason> {
    if !assessment.safety.contains(&Safety::Naloxone) {
        return Vec::new();
    }
    let answers = &input.answers;
    [
        (
            matches!(
                assessment.dose_band,
                DoseBand::FiftyTo89 | DoseBand::NinetyOrMore
            ),
            NaloxoneReason::HigherDose,
        ),
        (
            answers.is(Q::OpioidUse, STOPPED_RECENTLY),
            NaloxoneReason::RecentStop,
        ),
        (answers.is(Q::Kidney, YES), NaloxoneReason::Kidney),
        (answers.is(Q::Liver, YES), NaloxoneReason::Liver),
        (
            input.medications.iter().any(|m| m.is_excluded()),
            NaloxoneReason::OpioidUseDisorder,
        ),
    ]
    .into_iter()
    .filter(|(holds, _)| *holds)
    .map(|(_, reason)| reason)
    .collect()
}
