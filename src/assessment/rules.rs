//! The rules of clinical-content.md, section "Rules", line by line.

use super::input::{Answers, Input};
use super::mme;
use super::outcome::{Assessment, DoseBand, Level, Pattern, RedFlag, RiskFactor, Sign};
use crate::content::questions::{
    QuestionId as Q, BETTER, NEVER, OVER_3_MONTHS, PAST, STOPPED_RECENTLY, UNSURE, WORSE, YES,
};

/// Core items: each one answered `yes` is a sign.
const CORE_SIGNS: [(Q, Sign); 5] = [
    (Q::PainWorseDespiteDose, Sign::PainWorseDespiteDose),
    (Q::MoreSensitive, Sign::MoreSensitive),
    (Q::PainSpread, Sign::PainSpread),
    (Q::Allodynia, Sign::Allodynia),
    (Q::PainDifferent, Sign::PainDifferent),
];

pub(super) fn assess(input: &Input) -> Assessment {
    let answers = &input.answers;
    let mme = mme::total(&input.medications);
    let signs = signs(answers);
    let f = signs.iter().filter(|s| **s != Sign::Myoclonus).count();
    let n = usize::from(answers.is(Q::Myoclonus, YES));
    let level = level(answers, f, n);
    let pattern = if level.counts_signs() {
        pattern(answers, &signs, f)
    } else {
        Pattern::None
    };
    Assessment {
        level,
        red_flags: if answers.is(Q::Seizure, YES) {
            vec![RedFlag::Seizure]
        } else {
            Vec::new()
        },
        risk_factors: risk_factors(answers, mme.band),
        signs,
        pattern,
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

fn level(answers: &Answers, f: usize, n: usize) -> Level {
    if answers.is(Q::Seizure, YES) {
        Level::Urgent
    } else if answers.get(Q::OpioidUse).is_none() {
        Level::Incomplete
    } else if answers.is(Q::OpioidUse, NEVER) || answers.is(Q::OpioidUse, PAST) {
        Level::NotApplicable
    } else if f >= 3 || (f >= 2 && n == 1) {
        Level::SeveralSigns
    } else if f >= 1 || n == 1 {
        Level::SomeSigns
    } else {
        Level::FewSigns
    }
}

fn pattern(answers: &Answers, signs: &[Sign], f: usize) -> Pattern {
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
    } else {
        Pattern::Unclear
    }
}

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
