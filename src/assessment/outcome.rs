//! What an assessment concludes. Every enum carries the id used in the JSON
//! contract; the words for each live in `content::en`.

use crate::content::questions::QuestionId;
use crate::decimal::Decimal;

macro_rules! ids {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in the JSON contract.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }
        }
    };
}

ids!(
    /// How many signs, or why there is no level of signs.
    Level {
        Urgent => "urgent",
        Incomplete => "incomplete",
        NotApplicable => "not_applicable",
        SeveralSigns => "several_signs",
        SomeSigns => "some_signs",
        FewSigns => "few_signs",
    }
);

ids!(
    /// What to do and how soon: the headline of the result.
    Action {
        EmergencyNow => "emergency_now",
        DoctorToday => "doctor_today",
        DoctorWithinDays => "doctor_within_days",
        NextAppointment => "next_appointment",
        IfWorse => "if_worse",
        None => "none",
    }
);

ids!(
    /// Safety information for people taking opioids or who stopped recently,
    /// in the order the rules list it.
    Safety {
        OverdoseSigns => "overdose_signs",
        Naloxone => "naloxone",
        LostTolerance => "lost_tolerance",
    }
);

ids!(
    /// Signs, in the order the rules list them.
    Sign {
        PainWorseDespiteDose => "pain_worse_despite_dose",
        MoreSensitive => "more_sensitive",
        PainSpread => "pain_spread",
        Allodynia => "allodynia",
        PainDifferent => "pain_different",
        WorseAfterIncrease => "worse_after_increase",
        Myoclonus => "myoclonus",
    }
);

ids!(
    /// Risk factors, in the order the rules list them. They never change the level.
    RiskFactor {
        HighDose => "high_dose",
        DoseIncreased => "dose_increased",
        RecentStop => "recent_stop",
        LongTerm => "long_term",
        Kidney => "kidney",
        Liver => "liver",
    }
);

ids!(
    /// Which explanation the answers point to.
    Pattern {
        Withdrawal => "withdrawal",
        Oih => "oih",
        Tolerance => "tolerance",
        Unclear => "unclear",
        None => "none",
    }
);

ids!(
    /// The answers that put a person among those at higher risk of an
    /// overdose (C1, Recommendation 8), which the naloxone text names first;
    /// in this order. Not a field of the JSON output: see
    /// [`crate::assessment::naloxone_reasons`].
    NaloxoneReason {
        /// Dose band `50_to_89` or `90_or_more`.
        HigherDose => "higher_dose",
        /// `opioid_use` is `stopped_recently`.
        RecentStop => "recent_stop",
        /// `kidney` is `yes`.
        Kidney => "kidney",
        /// `liver` is `yes`.
        Liver => "liver",
        /// A medicine taken for opioid use disorder (`mme_excluded`).
        OpioidUseDisorder => "opioid_use_disorder",
    }
);

ids!(
    /// Daily MME band (C1).
    DoseBand {
        Under50 => "under_50",
        FiftyTo89 => "50_to_89",
        NinetyOrMore => "90_or_more",
        Unknown => "unknown",
    }
);

ids!(
    /// Answers that need emergency care before anything else.
    RedFlag {
        Seizure => "seizure",
    }
);

impl Level {
    /// Levels that count signs (and so have a pattern).
    pub fn counts_signs(self) -> bool {
        matches!(
            self,
            Level::SeveralSigns | Level::SomeSigns | Level::FewSigns
        )
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assessment {
    pub level: Level,
    pub action: Action,
    pub red_flags: Vec<RedFlag>,
    pub signs: Vec<Sign>,
    pub risk_factors: Vec<RiskFactor>,
    pub pattern: Pattern,
    pub safety: Vec<Safety>,
    /// Exact total; `None` when no medicine was counted.
    pub mme_per_day: Option<Decimal>,
    pub dose_band: DoseBand,
    /// Drug ids without a factor, each once, in order of first appearance.
    pub mme_unconverted: Vec<&'static str>,
    /// Drug ids taken for opioid use disorder (not counted: C1), each once,
    /// in order of first appearance.
    pub mme_excluded: Vec<&'static str>,
    /// Applicable questions answered "unsure", in table order.
    pub unsure: Vec<QuestionId>,
    /// Applicable questions not answered, in table order.
    pub unanswered: Vec<QuestionId>,
}
