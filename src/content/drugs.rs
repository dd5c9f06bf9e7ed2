//! The medicines and their conversion factors to morphine milligram
//! equivalents (CDC 2022 guideline, C1).

use crate::decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Milligrams per dose, taken a number of times a day.
    Mg,
    /// Micrograms per hour, a patch worn all day (no doses per day).
    McgPerHour,
}

impl Unit {
    pub fn label(self) -> &'static str {
        match self {
            Unit::Mg => "mg",
            Unit::McgPerHour => "mcg/hr",
        }
    }

    /// The largest amount accepted in this unit.
    pub fn max_amount(self) -> Decimal {
        match self {
            Unit::Mg => Decimal::from_int(10_000),
            Unit::McgPerHour => Decimal::from_int(1_000),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Drug {
    pub id: &'static str,
    pub unit: Unit,
    /// MME per unit; `None` when C1 gives no factor (not converted).
    pub factor: Option<Decimal>,
    /// Also used to treat opioid use disorder (methadone, buprenorphine):
    /// only these take a [`Purpose`].
    pub treats_oud: bool,
}

impl Drug {
    /// Doses a day apply to everything but the patch.
    pub fn takes_doses_per_day(&self) -> bool {
        self.unit == Unit::Mg
    }

    /// Whether a [`Purpose`] may be given for this drug.
    pub fn takes_purpose(&self) -> bool {
        self.treats_oud
    }

    pub fn from_id(id: &str) -> Option<&'static Drug> {
        DRUGS.iter().find(|d| d.id == id)
    }
}

const fn mg(id: &'static str, mantissa: u128, scale: u32) -> Drug {
    Drug {
        id,
        unit: Unit::Mg,
        factor: Some(Decimal::new(mantissa, scale)),
        treats_oud: false,
    }
}

const fn unconverted(id: &'static str) -> Drug {
    Drug {
        id,
        unit: Unit::Mg,
        factor: None,
        treats_oud: false,
    }
}

/// A drug that is also a treatment for opioid use disorder.
const fn oud(drug: Drug) -> Drug {
    Drug {
        treats_oud: true,
        ..drug
    }
}

pub const FENTANYL_PATCH: &str = "fentanyl_patch";

pub const DRUGS: [Drug; 14] = [
    mg("codeine", 15, 2),
    Drug {
        id: FENTANYL_PATCH,
        unit: Unit::McgPerHour,
        factor: Some(Decimal::new(24, 1)),
        treats_oud: false,
    },
    mg("hydrocodone", 1, 0),
    mg("hydromorphone", 5, 0),
    oud(mg("methadone", 47, 1)),
    mg("morphine", 1, 0),
    mg("oxycodone", 15, 1),
    mg("oxymorphone", 3, 0),
    mg("tapentadol", 4, 1),
    mg("tramadol", 2, 1),
    oud(unconverted("buprenorphine")),
    unconverted("heroin"),
    unconverted("opium"),
    unconverted("other"),
];

/// Why methadone or buprenorphine is taken (clinical-content.md v3). Doses
/// for opioid use disorder are not counted in the MME total (C1: they are not
/// to be compared with the dose thresholds).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Purpose {
    #[default]
    Pain,
    OpioidUseDisorder,
}

impl Purpose {
    pub const ALL: [Purpose; 2] = [Purpose::Pain, Purpose::OpioidUseDisorder];

    /// The id used in the JSON contract (and as a FHIR code).
    pub fn id(self) -> &'static str {
        match self {
            Purpose::Pain => "pain",
            Purpose::OpioidUseDisorder => "opioid_use_disorder",
        }
    }

    pub fn from_id(id: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.id() == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_methadone_and_buprenorphine_take_a_purpose() {
        let with: Vec<&str> = DRUGS
            .iter()
            .filter(|d| d.takes_purpose())
            .map(|d| d.id)
            .collect();
        assert_eq!(with, ["methadone", "buprenorphine"]);
        let methadone = Drug::from_id("methadone").unwrap();
        assert_eq!(methadone.factor, Some(Decimal::new(47, 1)), "still 4.7");
        assert_eq!(Drug::from_id("buprenorphine").unwrap().factor, None);
    }

    #[test]
    fn purposes_by_id() {
        assert_eq!(Purpose::default(), Purpose::Pain);
        for p in Purpose::ALL {
            assert_eq!(Purpose::from_id(p.id()), Some(p));
        }
        assert_eq!(
            Purpose::from_id("opioid_use_disorder"),
            Some(Purpose::OpioidUseDisorder)
        );
        assert_eq!(Purpose::from_id("oud"), None);
        assert_eq!(Purpose::from_id("Pain"), None);
    }
}
