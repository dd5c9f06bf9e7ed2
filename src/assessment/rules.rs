//! The rules of clinical-content.md (version 2), section "Rules", line by line.

use super::input::{Answers, Input};
use super::mme;
use super::outcome::{
    Action, Assessment, DoseBand, Level, Pattern, RedFlag, RiskFactor, Safety, Sign,
};
use crate::content::questions::{
    QuestionId as Q, BETTER, CURRENT, NOT_TAKING, OVER_3_MONTHS, STOPPED_RECENTLY, UNSURE, WORSE,
    YES,
};

/// Core items: each one answered `yes` is a sign.
const CORE_SIGNS: [(Q, Sign); 5] = [
    (Q::PainWorseDespiteDose, Sign::PainWorseDespiteDose),
    (Q::MoreSensitive, Sign::MoreSensitive),
    (Q::PainSpread, Sign::PainSpread),
    (Q::Allodynia, Sign::Allodynia),
    (Q::PainDifferent, Sign::PainDifferent),
];

/// The counts the level rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Counts {
    /// Signs other than twitching; the repeated experience (worse despite
    /// the dose, worse after the increase) counts once.
    pub f: usize,
    /// 1 when twitching is a sign.
    pub n: usize,
}

pub(super) fn assess(input: &Input) -> Assessment {
    let answers = &input.answers;
    let mme = mme::total(&input.medications);
    let signs = signs(answers);
    let counts = counts(&signs);
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
        safety: if taking {
            safety(answers, mme.band)
        } else {
            Vec::new()
        },
        mme_per_day: mme.per_day,
        dose_band: mme.band,
        mme_unconverted: mme.unconverted,
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

pub(super) fn counts(signs: &[Sign]) -> Counts {
    let has = |sign| signs.contains(&sign);
    let repeated = has(Sign::PainWorseDespiteDose) && has(Sign::WorseAfterIncrease);
    let others = signs.iter().filter(|s| **s != Sign::Myoclonus).count();
    Counts {
        f: others - usize::from(repeated),
        n: usize::from(has(Sign::Myoclonus)),
    }
}

fn level(answers: &Answers, Counts { f, n }: Counts) -> Level {
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

fn action(answers: &Answers, level: Level, Counts { n, .. }: Counts) -> Action {
    match level {
        Level::Urgent => Action::EmergencyNow,
        _ if answers.is(Q::Seizure, UNSURE) => Action::DoctorToday,
        Level::Incomplete | Level::NotApplicable => Action::None,
        _ if level == Level::SeveralSigns || n == 1 => Action::DoctorWithinDays,
        Level::SomeSigns => Action::NextAppointment,
        _ => Action::IfWorse,
    }
}

fn pattern(answers: &Answers, signs: &[Sign], Counts { f, n }: Counts) -> Pattern {
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

/// Only called when `opioid_use` is `current` or `stopped_recently`.
fn safety(answers: &Answers, band: DoseBand) -> Vec<Safety> {
    let stopped = answers.is(Q::OpioidUse, STOPPED_RECENTLY);
    let fifty_or_more = matches!(band, DoseBand::FiftyTo89 | DoseBand::NinetyOrMore);
    [
        (true, Safety::OverdoseSigns),
        (fifty_or_more || stopped, Safety::Naloxone),
        (stopped, Safety::LostTolerance),
    ]
    .into_iter()
    .filter(|(holds, _)| *holds)
    .map(|(_, item)| item)
    .collect()
}
