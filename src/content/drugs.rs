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
}

impl Drug {
    /// Doses a day apply to everything but the patch.
    pub fn takes_doses_per_day(&self) -> bool {
        self.unit == Unit::Mg
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
    }
}

const fn unconverted(id: &'static str) -> Drug {
    Drug {
        id,
        unit: Unit::Mg,
        factor: None,
    }
}

pub const FENTANYL_PATCH: &str = "fentanyl_patch";

pub const DRUGS: [Drug; 14] = [
    mg("codeine", 15, 2),
    Drug {
        id: FENTANYL_PATCH,
        unit: Unit::McgPerHour,
        factor: Some(Decimal::new(24, 1)),
    },
    mg("hydrocodone", 1, 0),
    mg("hydromorphone", 5, 0),
    mg("methadone", 47, 1),
    mg("morphine", 1, 0),
    mg("oxycodone", 15, 1),
    mg("oxymorphone", 3, 0),
    mg("tapentadol", 4, 1),
    mg("tramadol", 2, 1),
    unconverted("buprenorphine"),
    unconverted("heroin"),
    unconverted("opium"),
    unconverted("other"),
];
