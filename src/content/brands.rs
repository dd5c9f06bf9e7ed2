//! Brand names patients know their opioid by, in the United States, the
//! United Kingdom, Australia and Canada, each mapped to its opioid in
//! [`DRUGS`](super::drugs::DRUGS), with the strengths printed on its box.
//! Plain data for clinical review (clinical content version 3).
//!
//! A brand only names an opioid: its MME is always computed with the
//! generic's own factor (C1); no brand has a factor of its own.
//!
//! # How a row is read
//!
//! `combo("Percocet", "oxycodone", Tablet, &[Us, Ca], APAP, &[...])` is
//! Percocet, oxycodone with acetaminophen, a tablet sold in the US and
//! Canada. Each strength after it is one row of the box:
//! `at("5 mg/325 mg", n(5), &[Us, Ca], "...")` reads "the box says 5 mg/325
//! mg; 5 mg of oxycodone counts; sold so in the US and Canada; check it in
//! ...".
//!
//! - `label` is the strength as printed on that country's box, in the order
//!   printed there: every number carries its unit, ingredients are separated
//!   by "/" without spaces ("5 mg/325 mg": oxycodone first on Percocet;
//!   "300 mg/30 mg": acetaminophen first on Tylenol #3; "30 mg/500 mg":
//!   codeine first on co-codamol). Units are written the widget's way (mg,
//!   mcg, mcg/hr, mL) whatever the box spells ("micrograms/hour"). A
//!   sub-brand or release follows in the same style: "50 mg SR",
//!   "7.5 mg/300 mg (Vicodin ES)". A liquid gives its concentration:
//!   "10 mg in 5 mL".
//! - `amount` is the opioid amount that counts, in the drug's unit (mg, or
//!   mcg/hr for `fentanyl_patch`), for the salt the CDC 2022 factor assumes
//!   (the salt named on US labels: oxycodone hydrochloride, hydrocodone
//!   bitartrate, codeine phosphate, morphine sulfate...). Where a label
//!   states the base and gives the salt equivalent, the salt equivalent is
//!   the amount (Xtampza ER 36 mg oxycodone = 40 mg oxycodone
//!   hydrochloride). Where a label gives a patch's actual delivery rate,
//!   that rate is the amount (Duragesic/Durogesic "12 mcg/hr" delivers 12.5
//!   mcg/hr; the label says so to tell it apart from 125).
//! - For a [`Form::Liquid`] the patient types the mg taken each time
//!   (clinical-content.md: "the amount is the mg taken each time and
//!   per_dose is 1"); the strength's `amount` is then the mg in the volume of
//!   its label, shown so the patient can work out the mg, never counted as
//!   it stands. [`Form::amount_is_typed`] says so.
//! - Buprenorphine has no MME factor (C1) and is never counted; its brands
//!   give the amount as printed, in the unit named by [`Brand::unit_label`]
//!   (mcg/hr for patches, mcg for the buccal film and Temgesic, mg
//!   otherwise). `unit_label` is set only on such brands: every brand of a
//!   drug with a factor uses the drug's own unit.
//! - An empty `strengths` list would mean "type the strength from the box";
//!   every brand here has at least one, since every one could be sourced.
//!
//! # Sources
//!
//! Each strength names where a clinician can check it: the US label
//! (DailyMed), the UK Summary of Product Characteristics (emc), the
//! Australian Product Information (TGA) or the Canadian product monograph
//! or prescribing information (Health Canada Drug Product Database). Brands
//! or strengths that could not be sourced with confidence are left out (see
//! the notes at the rows); a patient can still choose the generic and type
//! the strength.
//!
//! Opioids the CDC table has no factor for, and that are no drug of the
//! table (dihydrocodeine, pethidine...), are listed apart in
//! [`NOT_IN_TABLE`]: the widget turns them into "Another opioid".
//! Injections are left out (they are not counted).

use super::drugs::Drug;
use crate::decimal::Decimal;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Country {
    Us,
    Uk,
    Au,
    Ca,
}

impl Country {
    pub const ALL: [Country; 4] = [Country::Us, Country::Uk, Country::Au, Country::Ca];

    pub fn code(self) -> &'static str {
        match self {
            Country::Us => "US",
            Country::Uk => "UK",
            Country::Au => "AU",
            Country::Ca => "CA",
        }
    }
}

/// Where a brand or a strength is sold: up to four countries in the order
/// the table writes them (that order is shown: "1 mg in 1 mL (CA, AU)"),
/// packed in 11 bits: how many (3 bits), then each [`Country`] in 2. The
/// tables write `&[Us, Ca]`; this takes 2 bytes of the widget's wasm where a
/// slice takes 8 and points elsewhere (gzipped wasm 118,421 to 118,049
/// bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Countries(u16);

impl Countries {
    const fn of(countries: &[Country]) -> Countries {
        assert!(countries.len() <= Country::ALL.len());
        let mut bits = countries.len() as u16;
        let mut i = 0;
        while i < countries.len() {
            bits |= (countries[i] as u16) << (3 + 2 * i);
            i += 1;
        }
        Countries(bits)
    }

    /// The countries, in the table's order.
    pub fn iter(self) -> impl Iterator<Item = Country> {
        (0..usize::from(self.0 & 7))
            .map(move |i| Country::ALL[usize::from((self.0 >> (3 + 2 * i)) & 3)])
    }

    pub fn contains(&self, country: &Country) -> bool {
        self.iter().any(|c| c == *country)
    }

    pub fn is_empty(&self) -> bool {
        self.0 & 7 == 0
    }
}

/// What one unit of the medicine is (what "how many at a time" counts).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Tablet,
    Capsule,
    /// Worn on the skin; no doses per day.
    Patch,
    /// Measured by volume: the patient types the mg taken each time.
    Liquid,
    /// A film stuck inside the cheek (buccal film: Belbuca).
    Film,
    /// A tablet or film that melts under the tongue (Suboxone comes as both).
    Sublingual,
}

impl Form {
    /// A liquid's strength is shown, not counted: the patient types the mg
    /// taken each time (and takes 1 at a time).
    pub fn amount_is_typed(self) -> bool {
        self == Form::Liquid
    }
}

/// One strength of a brand as printed on its box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Strength {
    /// As printed on the box, in that country's order ("5 mg/325 mg",
    /// "300 mg/30 mg", "36 mg", "25 mcg/hr", "10 mg in 5 mL"); see the
    /// module notes for the style.
    pub label: &'static str,
    /// Where this strength is sold (a subset of the brand's countries).
    pub countries: Countries,
    /// Where a clinician can check it. Kept in the contract build (feature
    /// `json`: oih-assess, the tests) only: the widget never shows it.
    #[cfg(feature = "json")]
    pub source: &'static str,
    /// The amount as `mantissa / 10^scale`; read it with
    /// [`Strength::amount`]. Not a [`Decimal`] (a `u128` and a `u32`, 32
    /// bytes with its alignment): the about 300 rows of this table are in
    /// the widget's wasm, and these rows (with `source` left out) took its
    /// gzipped wasm from 120,105 to 118,421 bytes.
    mantissa: u32,
    scale: u8,
    /// `None`: the brand's [`Brand::form`]. Set where one brand comes in
    /// two forms (Methadose tablets and liquid, Zydol capsules and SR
    /// tablets); use [`Brand::form_of`].
    pub form: Option<Form>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Brand {
    /// As printed on the box (also the value saved for a chosen brand).
    pub name: &'static str,
    /// The opioid's id in the drug table.
    pub drug: &'static str,
    /// Where the name is in common use.
    pub countries: Countries,
    /// For a combination tablet, the other ingredients, as named where the
    /// brand is sold ("acetaminophen" in the US and Canada, "paracetamol"
    /// in the UK and Australia), joined by " and " when there are two
    /// ("acetaminophen and caffeine"); see [`Brand::others`].
    pub with: Option<&'static str>,
    /// The form of its strengths (unless a strength says otherwise).
    pub form: Form,
    /// The strengths as printed on the box, in each country where sold.
    pub strengths: &'static [Strength],
    /// The tablet or film also contains naloxone (Targin, Targinact,
    /// Suboxone, Zubsolv), which does not protect from an overdose.
    pub naloxone: bool,
    /// Short or longer names patients type that must find the brand ("T3",
    /// "Perc", "Vicodin ES"); unique across the table.
    pub aliases: &'static [&'static str],
    /// The unit of the strengths' amounts when it is not the drug's own
    /// (only buprenorphine, which is never counted: "mcg/hr", "mcg").
    pub unit_label: Option<&'static str>,
}

impl Brand {
    /// The opioid this brand contains (the table test guarantees it exists).
    pub fn generic(&self) -> Option<&'static Drug> {
        Drug::from_id(self.drug)
    }

    pub fn from_name(name: &str) -> Option<&'static Brand> {
        BRANDS.iter().find(|b| b.name == name)
    }

    /// The form of one of this brand's strengths.
    pub fn form_of(&self, strength: &Strength) -> Form {
        strength.form.unwrap_or(self.form)
    }

    /// The unit of the strengths' amounts ("mg", "mcg/hr", "mcg").
    pub fn unit_text(&self) -> &'static str {
        match self.unit_label {
            Some(unit) => unit,
            None => self.generic().map_or("mg", |d| d.unit.label()),
        }
    }

    /// The strengths sold in one country.
    pub fn strengths_in(&self, country: Country) -> impl Iterator<Item = &'static Strength> {
        self.strengths
            .iter()
            .filter(move |s| s.countries.contains(&country))
    }

    /// The non-opioid ingredients, one by one ("acetaminophen", "caffeine").
    pub fn others(&self) -> impl Iterator<Item = &'static str> {
        self.with.into_iter().flat_map(|w| w.split(" and "))
    }
}

/// A name of an opioid (or of a medicine containing one) that the CDC 2022
/// table gives no factor for and that is no drug of the table: the widget
/// takes it as "Another opioid", not counted, and says why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotInTable {
    /// As patients know it.
    pub name: &'static str,
    /// The opioid in it, when the name is a brand or a combination
    /// ("dihydrocodeine" in co-dydramol); `None` when the name is the
    /// opioid's own.
    pub contains: Option<&'static str>,
    /// Its non-opioid ingredient, for a combination ("paracetamol").
    pub with: Option<&'static str>,
    /// Where the name is in common use.
    pub countries: &'static [Country],
}

impl NotInTable {
    /// The opioid, as named by this entry.
    pub fn opioid(&self) -> &'static str {
        self.contains.unwrap_or(self.name)
    }
}

use Country::{Au, Ca, Uk, Us};
use Form::{Capsule, Film, Liquid, Patch, Sublingual, Tablet};

const fn brand(
    name: &'static str,
    drug: &'static str,
    form: Form,
    countries: &'static [Country],
    strengths: &'static [Strength],
) -> Brand {
    Brand {
        name,
        drug,
        countries: Countries::of(countries),
        with: None,
        form,
        strengths,
        naloxone: false,
        aliases: &[],
        unit_label: None,
    }
}

const fn combo(
    name: &'static str,
    drug: &'static str,
    form: Form,
    countries: &'static [Country],
    with: &'static str,
    strengths: &'static [Strength],
) -> Brand {
    Brand {
        with: Some(with),
        ..brand(name, drug, form, countries, strengths)
    }
}

impl Brand {
    const fn aka(self, aliases: &'static [&'static str]) -> Brand {
        Brand { aliases, ..self }
    }

    const fn with_naloxone(self) -> Brand {
        Brand {
            naloxone: true,
            ..self
        }
    }

    const fn in_unit(self, unit: &'static str) -> Brand {
        Brand {
            unit_label: Some(unit),
            ..self
        }
    }
}

const fn at(
    label: &'static str,
    amount: Amount,
    countries: &'static [Country],
    source: &'static str,
) -> Strength {
    // Where each row comes from is for the clinician reading this file and
    // for the native tests; the widget's wasm, which never shows it, leaves
    // the strings out (about 2 KB gzipped), and the field too. The contract
    // build (feature `json`: oih-assess, the tests) keeps them.
    #[cfg(not(feature = "json"))]
    let _ = source;
    Strength {
        label,
        countries: Countries::of(countries),
        #[cfg(feature = "json")]
        source,
        mantissa: amount.mantissa,
        scale: amount.scale,
        form: None,
    }
}

impl Strength {
    /// The opioid amount that counts, in the drug's unit (or the brand's
    /// [`Brand::unit_label`]); for a liquid, the mg in the label's volume.
    pub const fn amount(&self) -> Decimal {
        Decimal::new(self.mantissa as u128, self.scale as u32)
    }

    const fn as_form(self, form: Form) -> Strength {
        Strength {
            form: Some(form),
            ..self
        }
    }
}

/// A strength's amount in the table (see [`Strength::amount`]).
#[derive(Clone, Copy)]
struct Amount {
    mantissa: u32,
    scale: u8,
}

/// A whole number amount.
const fn n(value: u32) -> Amount {
    Amount {
        mantissa: value,
        scale: 0,
    }
}

/// `mantissa / 10^scale`: `d(75, 1)` is 7.5.
const fn d(mantissa: u32, scale: u8) -> Amount {
    Amount { mantissa, scale }
}

const APAP: &str = "acetaminophen";
const PARA: &str = "paracetamol";
const NALOXONE: &str = "naloxone";

/// Alphabetical by [`search_key`], so the list reads like a pharmacy's.
pub const BRANDS: &[Brand] = &[
    // 292: acetylsalicylic acid 375 mg, codeine phosphate 30 mg, caffeine
    // 15 mg (as 30 mg caffeine citrate), in the monograph's order.
    combo(
        "292",
        "codeine",
        Tablet,
        &[Ca],
        "acetylsalicylic acid and caffeine",
        &[at(
            "375 mg/30 mg/15 mg",
            n(30),
            &[Ca],
            "CA prescribing information (Health Canada DPD), 292",
        )],
    ),
    brand(
        "Belbuca",
        "buprenorphine",
        Film,
        &[Us],
        &[
            at("75 mcg", n(75), &[Us], "US label (DailyMed), Belbuca"),
            at("150 mcg", n(150), &[Us], "US label (DailyMed), Belbuca"),
            at("300 mcg", n(300), &[Us], "US label (DailyMed), Belbuca"),
            at("450 mcg", n(450), &[Us], "US label (DailyMed), Belbuca"),
            at("600 mcg", n(600), &[Us], "US label (DailyMed), Belbuca"),
            at("750 mcg", n(750), &[Us], "US label (DailyMed), Belbuca"),
            at("900 mcg", n(900), &[Us], "US label (DailyMed), Belbuca"),
        ],
    )
    .in_unit("mcg"),
    brand(
        "Butec",
        "buprenorphine",
        Patch,
        &[Uk],
        &[
            at("5 mcg/hr", n(5), &[Uk], "UK SmPC (emc), Butec"),
            at("10 mcg/hr", n(10), &[Uk], "UK SmPC (emc), Butec"),
            at("15 mcg/hr", n(15), &[Uk], "UK SmPC (emc), Butec"),
            at("20 mcg/hr", n(20), &[Uk], "UK SmPC (emc), Butec"),
        ],
    )
    .in_unit("mcg/hr"),
    brand(
        "Butrans",
        "buprenorphine",
        Patch,
        &[Us, Uk, Ca],
        &[
            at(
                "5 mcg/hr",
                n(5),
                &[Us, Uk, Ca],
                "US label (DailyMed), UK SmPC (emc) and CA monograph (Health Canada DPD), Butrans",
            ),
            at("7.5 mcg/hr", d(75, 1), &[Us], "US label (DailyMed), Butrans"),
            at(
                "10 mcg/hr",
                n(10),
                &[Us, Uk, Ca],
                "US label (DailyMed), UK SmPC (emc) and CA monograph (Health Canada DPD), Butrans",
            ),
            at(
                "15 mcg/hr",
                n(15),
                &[Us, Uk, Ca],
                "US label (DailyMed), UK SmPC (emc) and CA monograph (Health Canada DPD), Butrans",
            ),
            at(
                "20 mcg/hr",
                n(20),
                &[Us, Uk, Ca],
                "US label (DailyMed), UK SmPC (emc) and CA monograph (Health Canada DPD), Butrans",
            ),
        ],
    )
    .in_unit("mcg/hr"),
    combo(
        "Co-codamol",
        "codeine",
        Tablet,
        &[Uk],
        PARA,
        &[
            at("8 mg/500 mg", n(8), &[Uk], "UK SmPC (emc), co-codamol 8/500"),
            at("15 mg/500 mg", n(15), &[Uk], "UK SmPC (emc), co-codamol 15/500"),
            at("30 mg/500 mg", n(30), &[Uk], "UK SmPC (emc), co-codamol 30/500"),
        ],
    ),
    combo(
        "Codapane Forte",
        "codeine",
        Tablet,
        &[Au],
        PARA,
        &[at(
            "500 mg/30 mg",
            n(30),
            &[Au],
            "AU PI (TGA), Codapane Forte",
        )],
    ),
    // The monograph states anhydrous codeine (as monohydrate and sulfate
    // trihydrate) and gives no codeine phosphate equivalent: counted as
    // printed.
    brand(
        "Codeine Contin",
        "codeine",
        Tablet,
        &[Ca],
        &[
            at("50 mg", n(50), &[Ca], "CA monograph (Health Canada DPD), Codeine Contin"),
            at("100 mg", n(100), &[Ca], "CA monograph (Health Canada DPD), Codeine Contin"),
            at("150 mg", n(150), &[Ca], "CA monograph (Health Canada DPD), Codeine Contin"),
            at("200 mg", n(200), &[Ca], "CA monograph (Health Canada DPD), Codeine Contin"),
        ],
    ),
    brand(
        "ConZip",
        "tramadol",
        Capsule,
        &[Us],
        &[
            at("100 mg", n(100), &[Us], "US label (DailyMed), ConZip"),
            at("200 mg", n(200), &[Us], "US label (DailyMed), ConZip"),
            at("300 mg", n(300), &[Us], "US label (DailyMed), ConZip"),
        ],
    ),
    brand(
        "Dilaudid",
        "hydromorphone",
        Tablet,
        &[Us, Ca, Au],
        &[
            at("1 mg", n(1), &[Ca], "CA prescribing information (Health Canada DPD), Dilaudid"),
            at(
                "2 mg",
                n(2),
                &[Us, Ca, Au],
                "US label (DailyMed), CA prescribing information (Health Canada DPD) and AU PI (TGA), Dilaudid",
            ),
            at(
                "4 mg",
                n(4),
                &[Us, Ca, Au],
                "US label (DailyMed), CA prescribing information (Health Canada DPD) and AU PI (TGA), Dilaudid",
            ),
            at(
                "8 mg",
                n(8),
                &[Us, Ca, Au],
                "US label (DailyMed), CA prescribing information (Health Canada DPD) and AU PI (TGA), Dilaudid",
            ),
            at("5 mg in 5 mL", n(5), &[Us], "US label (DailyMed), Dilaudid oral solution")
                .as_form(Liquid),
            at(
                "1 mg in 1 mL",
                n(1),
                &[Ca, Au],
                "CA prescribing information (Health Canada DPD) and AU PI (TGA), Dilaudid oral liquid",
            )
            .as_form(Liquid),
        ],
    ),
    brand(
        "Dolophine",
        "methadone",
        Tablet,
        &[Us],
        &[
            at("5 mg", n(5), &[Us], "US label (DailyMed), Dolophine"),
            at("10 mg", n(10), &[Us], "US label (DailyMed), Dolophine"),
        ],
    ),
    // "12 mcg/hr" delivers 12.5 mcg/hr (the label calls it 12 to tell it
    // apart from 125): 12.5 counts.
    brand(
        "Duragesic",
        "fentanyl_patch",
        Patch,
        &[Us, Ca],
        &[
            at(
                "12 mcg/hr",
                d(125, 1),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Duragesic (MAT); actual rate 12.5 mcg/hr",
            ),
            at(
                "25 mcg/hr",
                n(25),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Duragesic (MAT)",
            ),
            at(
                "50 mcg/hr",
                n(50),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Duragesic (MAT)",
            ),
            at(
                "75 mcg/hr",
                n(75),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Duragesic (MAT)",
            ),
            at(
                "100 mcg/hr",
                n(100),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Duragesic (MAT)",
            ),
        ],
    )
    .aka(&["Duragesic MAT"]),
    brand(
        "Durela",
        "tramadol",
        Capsule,
        &[Ca],
        &[
            at("100 mg", n(100), &[Ca], "CA monograph (Health Canada DPD), Durela"),
            at("200 mg", n(200), &[Ca], "CA monograph (Health Canada DPD), Durela"),
            at("300 mg", n(300), &[Ca], "CA monograph (Health Canada DPD), Durela"),
        ],
    ),
    brand(
        "Durogesic",
        "fentanyl_patch",
        Patch,
        &[Uk, Au],
        &[
            at(
                "12 mcg/hr",
                d(125, 1),
                &[Uk, Au],
                "UK SmPC (emc) and AU PI (TGA), Durogesic (DTrans); actual rate 12.5 mcg/hr",
            ),
            at("25 mcg/hr", n(25), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Durogesic (DTrans)"),
            at("50 mcg/hr", n(50), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Durogesic (DTrans)"),
            at("75 mcg/hr", n(75), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Durogesic (DTrans)"),
            at(
                "100 mcg/hr",
                n(100),
                &[Uk, Au],
                "UK SmPC (emc) and AU PI (TGA), Durogesic (DTrans)",
            ),
        ],
    )
    .aka(&["Durogesic DTrans"]),
    combo(
        "Endocet",
        "oxycodone",
        Tablet,
        &[Us],
        APAP,
        &[
            at("5 mg/325 mg", n(5), &[Us], "US label (DailyMed), Endocet"),
            at("7.5 mg/325 mg", d(75, 1), &[Us], "US label (DailyMed), Endocet"),
            at("10 mg/325 mg", n(10), &[Us], "US label (DailyMed), Endocet"),
        ],
    ),
    brand(
        "Endone",
        "oxycodone",
        Tablet,
        &[Au],
        &[at("5 mg", n(5), &[Au], "AU PI (TGA), Endone")],
    ),
    brand(
        "Hydromorph Contin",
        "hydromorphone",
        Capsule,
        &[Ca],
        &[
            at("3 mg", n(3), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
            at("4.5 mg", d(45, 1), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
            at("6 mg", n(6), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
            at("9 mg", n(9), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
            at("12 mg", n(12), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
            at("18 mg", n(18), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
            at("24 mg", n(24), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
            at("30 mg", n(30), &[Ca], "CA monograph (Health Canada DPD), Hydromorph Contin"),
        ],
    ),
    brand(
        "Hysingla ER",
        "hydrocodone",
        Tablet,
        &[Us],
        &[
            at("20 mg", n(20), &[Us], "US label (DailyMed), Hysingla ER"),
            at("30 mg", n(30), &[Us], "US label (DailyMed), Hysingla ER"),
            at("40 mg", n(40), &[Us], "US label (DailyMed), Hysingla ER"),
            at("60 mg", n(60), &[Us], "US label (DailyMed), Hysingla ER"),
            at("80 mg", n(80), &[Us], "US label (DailyMed), Hysingla ER"),
            at("100 mg", n(100), &[Us], "US label (DailyMed), Hysingla ER"),
            at("120 mg", n(120), &[Us], "US label (DailyMed), Hysingla ER"),
        ],
    ),
    brand(
        "Jurnista",
        "hydromorphone",
        Tablet,
        &[Au, Ca],
        &[
            at("4 mg", n(4), &[Ca], "CA monograph (Health Canada DPD), Jurnista"),
            at(
                "8 mg",
                n(8),
                &[Au, Ca],
                "AU PI (TGA) and CA monograph (Health Canada DPD), Jurnista",
            ),
            at(
                "16 mg",
                n(16),
                &[Au, Ca],
                "AU PI (TGA) and CA monograph (Health Canada DPD), Jurnista",
            ),
            at(
                "32 mg",
                n(32),
                &[Au, Ca],
                "AU PI (TGA) and CA monograph (Health Canada DPD), Jurnista",
            ),
            at("64 mg", n(64), &[Au], "AU PI (TGA), Jurnista"),
        ],
    ),
    brand(
        "Kadian",
        "morphine",
        Capsule,
        &[Us, Ca],
        &[
            at(
                "10 mg",
                n(10),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Kadian",
            ),
            at(
                "20 mg",
                n(20),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Kadian",
            ),
            at("30 mg", n(30), &[Us], "US label (DailyMed), Kadian"),
            at("40 mg", n(40), &[Us], "US label (DailyMed), Kadian"),
            at(
                "50 mg",
                n(50),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Kadian",
            ),
            at("60 mg", n(60), &[Us], "US label (DailyMed), Kadian"),
            at("80 mg", n(80), &[Us], "US label (DailyMed), Kadian"),
            at(
                "100 mg",
                n(100),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Kadian",
            ),
            at("200 mg", n(200), &[Us], "US label (DailyMed), Kadian"),
        ],
    ),
    brand(
        "Kapanol",
        "morphine",
        Capsule,
        &[Au],
        &[
            at("10 mg", n(10), &[Au], "AU PI (TGA), Kapanol"),
            at("20 mg", n(20), &[Au], "AU PI (TGA), Kapanol"),
            at("50 mg", n(50), &[Au], "AU PI (TGA), Kapanol"),
            at("100 mg", n(100), &[Au], "AU PI (TGA), Kapanol"),
        ],
    ),
    // Lenoltec No. 2 and No. 3 are left out: their caffeine content could
    // not be checked against a label (choose codeine and type the strength).
    combo(
        "Lenoltec No. 1",
        "codeine",
        Tablet,
        &[Ca],
        "acetaminophen and caffeine",
        &[at(
            "300 mg/15 mg/8 mg",
            n(8),
            &[Ca],
            "CA prescribing information (Health Canada DPD), Teva-Lenoltec No. 1",
        )],
    )
    .aka(&["Teva-Lenoltec No. 1"]),
    combo(
        "Lenoltec No. 4",
        "codeine",
        Tablet,
        &[Ca],
        APAP,
        &[at(
            "300 mg/60 mg",
            n(60),
            &[Ca],
            "CA monograph (Health Canada DPD), Teva-Lenoltec No. 4",
        )],
    )
    .aka(&["Teva-Lenoltec No. 4"]),
    brand(
        "Longtec",
        "oxycodone",
        Tablet,
        &[Uk],
        &[
            at("5 mg", n(5), &[Uk], "UK SmPC (emc), Longtec"),
            at("10 mg", n(10), &[Uk], "UK SmPC (emc), Longtec"),
            at("15 mg", n(15), &[Uk], "UK SmPC (emc), Longtec"),
            at("20 mg", n(20), &[Uk], "UK SmPC (emc), Longtec"),
            at("30 mg", n(30), &[Uk], "UK SmPC (emc), Longtec"),
            at("40 mg", n(40), &[Uk], "UK SmPC (emc), Longtec"),
            at("60 mg", n(60), &[Uk], "UK SmPC (emc), Longtec"),
            at("80 mg", n(80), &[Uk], "UK SmPC (emc), Longtec"),
            at("120 mg", n(120), &[Uk], "UK SmPC (emc), Longtec"),
        ],
    ),
    combo(
        "Lorcet",
        "hydrocodone",
        Tablet,
        &[Us],
        APAP,
        &[
            at("5 mg/325 mg", n(5), &[Us], "US label (DailyMed), Lorcet"),
            at(
                "7.5 mg/325 mg (Lorcet Plus)",
                d(75, 1),
                &[Us],
                "US label (DailyMed), Lorcet Plus",
            ),
            at("10 mg/325 mg (Lorcet HD)", n(10), &[Us], "US label (DailyMed), Lorcet HD"),
        ],
    )
    .aka(&["Lorcet Plus", "Lorcet HD"]),
    combo(
        "Lortab",
        "hydrocodone",
        Tablet,
        &[Us],
        APAP,
        &[
            at("5 mg/325 mg", n(5), &[Us], "US label (DailyMed), Lortab"),
            at("7.5 mg/325 mg", d(75, 1), &[Us], "US label (DailyMed), Lortab"),
            at("10 mg/325 mg", n(10), &[Us], "US label (DailyMed), Lortab"),
        ],
    ),
    // Matrifen's label says its 12 patch releases 12 mcg/hr.
    brand(
        "Matrifen",
        "fentanyl_patch",
        Patch,
        &[Uk],
        &[
            at("12 mcg/hr", n(12), &[Uk], "UK SmPC (emc), Matrifen"),
            at("25 mcg/hr", n(25), &[Uk], "UK SmPC (emc), Matrifen"),
            at("50 mcg/hr", n(50), &[Uk], "UK SmPC (emc), Matrifen"),
            at("75 mcg/hr", n(75), &[Uk], "UK SmPC (emc), Matrifen"),
            at("100 mcg/hr", n(100), &[Uk], "UK SmPC (emc), Matrifen"),
        ],
    ),
    brand(
        "M-Eslon",
        "morphine",
        Capsule,
        &[Ca],
        &[
            at("10 mg", n(10), &[Ca], "CA monograph (Health Canada DPD), M-Eslon"),
            at("15 mg", n(15), &[Ca], "CA monograph (Health Canada DPD), M-Eslon"),
            at("30 mg", n(30), &[Ca], "CA monograph (Health Canada DPD), M-Eslon"),
            at("60 mg", n(60), &[Ca], "CA monograph (Health Canada DPD), M-Eslon"),
            at("100 mg", n(100), &[Ca], "CA monograph (Health Canada DPD), M-Eslon"),
            at("200 mg", n(200), &[Ca], "CA monograph (Health Canada DPD), M-Eslon"),
        ],
    ),
    brand(
        "Metadol",
        "methadone",
        Tablet,
        &[Ca],
        &[
            at("1 mg", n(1), &[Ca], "CA monograph (Health Canada DPD), Metadol"),
            at("5 mg", n(5), &[Ca], "CA monograph (Health Canada DPD), Metadol"),
            at("10 mg", n(10), &[Ca], "CA monograph (Health Canada DPD), Metadol"),
            at("25 mg", n(25), &[Ca], "CA monograph (Health Canada DPD), Metadol"),
            at(
                "1 mg in 1 mL",
                n(1),
                &[Ca],
                "CA monograph (Health Canada DPD), Metadol oral solution",
            )
            .as_form(Liquid),
            at(
                "10 mg in 1 mL",
                n(10),
                &[Ca],
                "CA monograph (Health Canada DPD), Metadol oral concentrate",
            )
            .as_form(Liquid),
        ],
    ),
    // In Canada an oral concentrate only; in the US also tablets.
    brand(
        "Methadose",
        "methadone",
        Liquid,
        &[Us, Ca],
        &[
            at(
                "10 mg in 1 mL",
                n(10),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Methadose oral concentrate",
            ),
            at("5 mg", n(5), &[Us], "US label (DailyMed), Methadose tablets").as_form(Tablet),
            at("10 mg", n(10), &[Us], "US label (DailyMed), Methadose tablets").as_form(Tablet),
            at(
                "40 mg (dispersible)",
                n(40),
                &[Us],
                "US label (DailyMed), Methadose Dispersible tablets",
            )
            .as_form(Tablet),
        ],
    ),
    brand(
        "MS Contin",
        "morphine",
        Tablet,
        &[Us, Ca, Au],
        &[
            at(
                "5 mg",
                n(5),
                &[Ca, Au],
                "CA monograph (Health Canada DPD) and AU PI (TGA), MS Contin",
            ),
            at("10 mg", n(10), &[Au], "AU PI (TGA), MS Contin"),
            at(
                "15 mg",
                n(15),
                &[Us, Ca, Au],
                "US label (DailyMed), CA monograph (Health Canada DPD) and AU PI (TGA), MS Contin",
            ),
            at(
                "30 mg",
                n(30),
                &[Us, Ca, Au],
                "US label (DailyMed), CA monograph (Health Canada DPD) and AU PI (TGA), MS Contin",
            ),
            at(
                "60 mg",
                n(60),
                &[Us, Ca, Au],
                "US label (DailyMed), CA monograph (Health Canada DPD) and AU PI (TGA), MS Contin",
            ),
            at(
                "100 mg",
                n(100),
                &[Us, Ca, Au],
                "US label (DailyMed), CA monograph (Health Canada DPD) and AU PI (TGA), MS Contin",
            ),
            at(
                "200 mg",
                n(200),
                &[Us, Ca, Au],
                "US label (DailyMed), CA monograph (Health Canada DPD) and AU PI (TGA), MS Contin",
            ),
        ],
    ),
    brand(
        "MST Continus",
        "morphine",
        Tablet,
        &[Uk],
        &[
            at("5 mg", n(5), &[Uk], "UK SmPC (emc), MST Continus"),
            at("10 mg", n(10), &[Uk], "UK SmPC (emc), MST Continus"),
            at("15 mg", n(15), &[Uk], "UK SmPC (emc), MST Continus"),
            at("30 mg", n(30), &[Uk], "UK SmPC (emc), MST Continus"),
            at("60 mg", n(60), &[Uk], "UK SmPC (emc), MST Continus"),
            at("100 mg", n(100), &[Uk], "UK SmPC (emc), MST Continus"),
            at("200 mg", n(200), &[Uk], "UK SmPC (emc), MST Continus"),
        ],
    )
    .aka(&["MST"]),
    combo(
        "Norco",
        "hydrocodone",
        Tablet,
        &[Us],
        APAP,
        &[
            at("5 mg/325 mg", n(5), &[Us], "US label (DailyMed), Norco"),
            at("7.5 mg/325 mg", d(75, 1), &[Us], "US label (DailyMed), Norco"),
            at("10 mg/325 mg", n(10), &[Us], "US label (DailyMed), Norco"),
        ],
    ),
    brand(
        "Norspan",
        "buprenorphine",
        Patch,
        &[Au],
        &[
            at("5 mcg/hr", n(5), &[Au], "AU PI (TGA), Norspan"),
            at("10 mcg/hr", n(10), &[Au], "AU PI (TGA), Norspan"),
            at("15 mcg/hr", n(15), &[Au], "AU PI (TGA), Norspan"),
            at("20 mcg/hr", n(20), &[Au], "AU PI (TGA), Norspan"),
            at("25 mcg/hr", n(25), &[Au], "AU PI (TGA), Norspan"),
            at("30 mcg/hr", n(30), &[Au], "AU PI (TGA), Norspan"),
            at("40 mcg/hr", n(40), &[Au], "AU PI (TGA), Norspan"),
        ],
    )
    .in_unit("mcg/hr"),
    // Tapentadol strengths are stated as tapentadol (as hydrochloride) on
    // every label, as the CDC factor is applied.
    brand(
        "Nucynta",
        "tapentadol",
        Tablet,
        &[Us, Ca],
        &[
            at(
                "50 mg",
                n(50),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta (IR)",
            ),
            at(
                "75 mg",
                n(75),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta (IR)",
            ),
            at(
                "100 mg",
                n(100),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta (IR)",
            ),
            at(
                "50 mg ER",
                n(50),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta ER / Extended-Release",
            ),
            at(
                "100 mg ER",
                n(100),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta ER / Extended-Release",
            ),
            at(
                "150 mg ER",
                n(150),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta ER / Extended-Release",
            ),
            at(
                "200 mg ER",
                n(200),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta ER / Extended-Release",
            ),
            at(
                "250 mg ER",
                n(250),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Nucynta ER / Extended-Release",
            ),
        ],
    )
    .aka(&["Nucynta ER", "Nucynta IR"]),
    combo(
        "Nurofen Plus",
        "codeine",
        Tablet,
        &[Uk],
        "ibuprofen",
        &[at(
            "200 mg/12.8 mg",
            d(128, 1),
            &[Uk],
            "UK SmPC (emc), Nurofen Plus",
        )],
    ),
    brand(
        "Opana",
        "oxymorphone",
        Tablet,
        &[Us],
        &[
            at("5 mg", n(5), &[Us], "US label (DailyMed), Opana"),
            at("10 mg", n(10), &[Us], "US label (DailyMed), Opana"),
        ],
    ),
    // The concentrated solution is left out: its printed strength could not
    // be checked against the current SmPC.
    brand(
        "Oramorph",
        "morphine",
        Liquid,
        &[Uk],
        &[at(
            "10 mg in 5 mL",
            n(10),
            &[Uk],
            "UK SmPC (emc), Oramorph oral solution",
        )],
    ),
    combo(
        "Oxycocet",
        "oxycodone",
        Tablet,
        &[Ca],
        APAP,
        &[at(
            "5 mg/325 mg",
            n(5),
            &[Ca],
            "CA monograph (Health Canada DPD), Oxycocet",
        )],
    ),
    brand(
        "OxyContin",
        "oxycodone",
        Tablet,
        &[Us, Uk, Au],
        &[
            at("5 mg", n(5), &[Uk], "UK SmPC (emc), OxyContin"),
            at(
                "10 mg",
                n(10),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), OxyContin",
            ),
            at(
                "15 mg",
                n(15),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), OxyContin",
            ),
            at(
                "20 mg",
                n(20),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), OxyContin",
            ),
            at(
                "30 mg",
                n(30),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), OxyContin",
            ),
            at(
                "40 mg",
                n(40),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), OxyContin",
            ),
            at(
                "60 mg",
                n(60),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), OxyContin",
            ),
            at(
                "80 mg",
                n(80),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), OxyContin",
            ),
            at("120 mg", n(120), &[Uk], "UK SmPC (emc), OxyContin"),
        ],
    ),
    brand(
        "OxyNEO",
        "oxycodone",
        Tablet,
        &[Ca],
        &[
            at("10 mg", n(10), &[Ca], "CA monograph (Health Canada DPD), OxyNEO"),
            at("15 mg", n(15), &[Ca], "CA monograph (Health Canada DPD), OxyNEO"),
            at("20 mg", n(20), &[Ca], "CA monograph (Health Canada DPD), OxyNEO"),
            at("30 mg", n(30), &[Ca], "CA monograph (Health Canada DPD), OxyNEO"),
            at("40 mg", n(40), &[Ca], "CA monograph (Health Canada DPD), OxyNEO"),
            at("60 mg", n(60), &[Ca], "CA monograph (Health Canada DPD), OxyNEO"),
            at("80 mg", n(80), &[Ca], "CA monograph (Health Canada DPD), OxyNEO"),
        ],
    ),
    brand(
        "OxyNorm",
        "oxycodone",
        Capsule,
        &[Uk, Au],
        &[
            at("5 mg", n(5), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), OxyNorm capsules"),
            at("10 mg", n(10), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), OxyNorm capsules"),
            at("20 mg", n(20), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), OxyNorm capsules"),
            at("5 mg in 5 mL", n(5), &[Uk], "UK SmPC (emc), OxyNorm liquid").as_form(Liquid),
            at("10 mg in 1 mL", n(10), &[Uk], "UK SmPC (emc), OxyNorm concentrate")
                .as_form(Liquid),
        ],
    ),
    brand(
        "Palexia",
        "tapentadol",
        Tablet,
        &[Uk, Au],
        &[
            at("50 mg", n(50), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Palexia (IR)"),
            at("75 mg", n(75), &[Uk], "UK SmPC (emc), Palexia"),
            at("100 mg", n(100), &[Uk], "UK SmPC (emc), Palexia"),
            at("25 mg SR", n(25), &[Uk], "UK SmPC (emc), Palexia SR"),
            at("50 mg SR", n(50), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Palexia SR"),
            at("100 mg SR", n(100), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Palexia SR"),
            at("150 mg SR", n(150), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Palexia SR"),
            at("200 mg SR", n(200), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Palexia SR"),
            at("250 mg SR", n(250), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Palexia SR"),
        ],
    )
    .aka(&["Palexia SR", "Palexia IR"]),
    brand(
        "Palladone",
        "hydromorphone",
        Capsule,
        &[Uk],
        &[
            at("1.3 mg", d(13, 1), &[Uk], "UK SmPC (emc), Palladone"),
            at("2.6 mg", d(26, 1), &[Uk], "UK SmPC (emc), Palladone"),
            at("2 mg SR", n(2), &[Uk], "UK SmPC (emc), Palladone SR"),
            at("4 mg SR", n(4), &[Uk], "UK SmPC (emc), Palladone SR"),
            at("8 mg SR", n(8), &[Uk], "UK SmPC (emc), Palladone SR"),
            at("16 mg SR", n(16), &[Uk], "UK SmPC (emc), Palladone SR"),
            at("24 mg SR", n(24), &[Uk], "UK SmPC (emc), Palladone SR"),
        ],
    )
    .aka(&["Palladone SR"]),
    combo(
        "Panadeine Forte",
        "codeine",
        Tablet,
        &[Au],
        PARA,
        &[at(
            "500 mg/30 mg",
            n(30),
            &[Au],
            "AU PI (TGA), Panadeine Forte",
        )],
    ),
    combo(
        "Panamax Co",
        "codeine",
        Tablet,
        &[Au],
        PARA,
        &[at("500 mg/8 mg", n(8), &[Au], "AU PI (TGA), Panamax Co")],
    ),
    combo(
        "Percocet",
        "oxycodone",
        Tablet,
        &[Us, Ca],
        APAP,
        &[
            at("2.5 mg/325 mg", d(25, 1), &[Us], "US label (DailyMed), Percocet"),
            at(
                "5 mg/325 mg",
                n(5),
                &[Us, Ca],
                "US label (DailyMed) and CA monograph (Health Canada DPD), Percocet",
            ),
            at("7.5 mg/325 mg", d(75, 1), &[Us], "US label (DailyMed), Percocet"),
            at("10 mg/325 mg", n(10), &[Us], "US label (DailyMed), Percocet"),
        ],
    )
    .aka(&["Perc"]),
    // Oxycodone hydrochloride 4.8355 mg (= 4.3346 mg oxycodone base, as the
    // label says) with aspirin 325 mg.
    combo(
        "Percodan",
        "oxycodone",
        Tablet,
        &[Us],
        "aspirin",
        &[at(
            "4.8355 mg/325 mg",
            d(48355, 4),
            &[Us],
            "US label (DailyMed), Percodan",
        )],
    ),
    brand(
        "Physeptone",
        "methadone",
        Tablet,
        &[Uk, Au],
        &[
            at("5 mg", n(5), &[Uk], "UK SmPC (emc), Physeptone tablets"),
            at("10 mg", n(10), &[Au], "AU PI (TGA), Physeptone tablets"),
            at("1 mg in 1 mL", n(1), &[Uk], "UK SmPC (emc), Physeptone oral solution")
                .as_form(Liquid),
        ],
    ),
    brand(
        "Roxicodone",
        "oxycodone",
        Tablet,
        &[Us],
        &[
            at("5 mg", n(5), &[Us], "US label (DailyMed), Roxicodone"),
            at("15 mg", n(15), &[Us], "US label (DailyMed), Roxicodone"),
            at("30 mg", n(30), &[Us], "US label (DailyMed), Roxicodone"),
        ],
    ),
    brand(
        "Sevredol",
        "morphine",
        Tablet,
        &[Uk],
        &[
            at("10 mg", n(10), &[Uk], "UK SmPC (emc), Sevredol"),
            at("20 mg", n(20), &[Uk], "UK SmPC (emc), Sevredol"),
            at("50 mg", n(50), &[Uk], "UK SmPC (emc), Sevredol"),
        ],
    ),
    brand(
        "Shortec",
        "oxycodone",
        Capsule,
        &[Uk],
        &[
            at("5 mg", n(5), &[Uk], "UK SmPC (emc), Shortec capsules"),
            at("10 mg", n(10), &[Uk], "UK SmPC (emc), Shortec capsules"),
            at("20 mg", n(20), &[Uk], "UK SmPC (emc), Shortec capsules"),
        ],
    ),
    combo(
        "Solpadol",
        "codeine",
        Tablet,
        &[Uk],
        PARA,
        &[at("30 mg/500 mg", n(30), &[Uk], "UK SmPC (emc), Solpadol")],
    ),
    brand(
        "Statex",
        "morphine",
        Tablet,
        &[Ca],
        &[
            at("5 mg", n(5), &[Ca], "CA monograph (Health Canada DPD), Statex tablets"),
            at("10 mg", n(10), &[Ca], "CA monograph (Health Canada DPD), Statex tablets"),
            at("25 mg", n(25), &[Ca], "CA monograph (Health Canada DPD), Statex tablets"),
            at("50 mg", n(50), &[Ca], "CA monograph (Health Canada DPD), Statex tablets"),
        ],
    ),
    // Buprenorphine with naloxone: sublingual film (US, UK, AU) and
    // sublingual tablets (UK, CA).
    combo(
        "Suboxone",
        "buprenorphine",
        Sublingual,
        &[Us, Uk, Au, Ca],
        NALOXONE,
        &[
            at(
                "2 mg/0.5 mg",
                n(2),
                &[Us, Uk, Au, Ca],
                "US label (DailyMed), UK SmPC (emc), AU PI (TGA) and CA monograph (Health Canada DPD), Suboxone",
            ),
            at(
                "4 mg/1 mg",
                n(4),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), Suboxone film",
            ),
            at(
                "8 mg/2 mg",
                n(8),
                &[Us, Uk, Au, Ca],
                "US label (DailyMed), UK SmPC (emc), AU PI (TGA) and CA monograph (Health Canada DPD), Suboxone",
            ),
            at(
                "12 mg/3 mg",
                n(12),
                &[Us, Uk, Au],
                "US label (DailyMed), UK SmPC (emc) and AU PI (TGA), Suboxone film",
            ),
            at(
                "16 mg/4 mg",
                n(16),
                &[Uk],
                "UK SmPC (emc), Suboxone sublingual tablets",
            ),
        ],
    )
    .with_naloxone(),
    brand(
        "Subutex",
        "buprenorphine",
        Sublingual,
        &[Uk, Au],
        &[
            at("0.4 mg", d(4, 1), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Subutex"),
            at("2 mg", n(2), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Subutex"),
            at("8 mg", n(8), &[Uk, Au], "UK SmPC (emc) and AU PI (TGA), Subutex"),
        ],
    ),
    brand(
        "Supeudol",
        "oxycodone",
        Tablet,
        &[Ca],
        &[
            at("5 mg", n(5), &[Ca], "CA monograph (Health Canada DPD), Supeudol"),
            at("10 mg", n(10), &[Ca], "CA monograph (Health Canada DPD), Supeudol"),
            at("20 mg", n(20), &[Ca], "CA monograph (Health Canada DPD), Supeudol"),
        ],
    ),
    combo(
        "Targin",
        "oxycodone",
        Tablet,
        &[Au, Ca],
        NALOXONE,
        &[
            at(
                "5 mg/2.5 mg",
                n(5),
                &[Au, Ca],
                "AU PI (TGA) and CA monograph (Health Canada DPD), Targin",
            ),
            at(
                "10 mg/5 mg",
                n(10),
                &[Au, Ca],
                "AU PI (TGA) and CA monograph (Health Canada DPD), Targin",
            ),
            at("15 mg/7.5 mg", n(15), &[Au], "AU PI (TGA), Targin"),
            at(
                "20 mg/10 mg",
                n(20),
                &[Au, Ca],
                "AU PI (TGA) and CA monograph (Health Canada DPD), Targin",
            ),
            at("30 mg/15 mg", n(30), &[Au], "AU PI (TGA), Targin"),
            at(
                "40 mg/20 mg",
                n(40),
                &[Au, Ca],
                "AU PI (TGA) and CA monograph (Health Canada DPD), Targin",
            ),
        ],
    )
    .with_naloxone(),
    combo(
        "Targinact",
        "oxycodone",
        Tablet,
        &[Uk],
        NALOXONE,
        &[
            at("5 mg/2.5 mg", n(5), &[Uk], "UK SmPC (emc), Targinact"),
            at("10 mg/5 mg", n(10), &[Uk], "UK SmPC (emc), Targinact"),
            at("20 mg/10 mg", n(20), &[Uk], "UK SmPC (emc), Targinact"),
            at("40 mg/20 mg", n(40), &[Uk], "UK SmPC (emc), Targinact"),
        ],
    )
    .with_naloxone(),
    brand(
        "Temgesic",
        "buprenorphine",
        Sublingual,
        &[Uk, Au],
        &[at(
            "200 mcg",
            n(200),
            &[Uk, Au],
            "UK SmPC (emc) and AU PI (TGA), Temgesic sublingual tablets",
        )],
    )
    .in_unit("mcg"),
    combo(
        "Tramacet",
        "tramadol",
        Tablet,
        &[Ca],
        APAP,
        &[at(
            "37.5 mg/325 mg",
            d(375, 1),
            &[Ca],
            "CA monograph (Health Canada DPD), Tramacet",
        )],
    ),
    brand(
        "Tramal",
        "tramadol",
        Capsule,
        &[Au],
        &[
            at("50 mg", n(50), &[Au], "AU PI (TGA), Tramal capsules"),
            at("50 mg SR", n(50), &[Au], "AU PI (TGA), Tramal SR").as_form(Tablet),
            at("100 mg SR", n(100), &[Au], "AU PI (TGA), Tramal SR").as_form(Tablet),
            at("150 mg SR", n(150), &[Au], "AU PI (TGA), Tramal SR").as_form(Tablet),
            at("200 mg SR", n(200), &[Au], "AU PI (TGA), Tramal SR").as_form(Tablet),
        ],
    )
    .aka(&["Tramal SR"]),
    brand(
        "Transtec",
        "buprenorphine",
        Patch,
        &[Uk],
        &[
            at("35 mcg/hr", n(35), &[Uk], "UK SmPC (emc), Transtec"),
            at("52.5 mcg/hr", d(525, 1), &[Uk], "UK SmPC (emc), Transtec"),
            at("70 mcg/hr", n(70), &[Uk], "UK SmPC (emc), Transtec"),
        ],
    )
    .in_unit("mcg/hr"),
    brand(
        "Tridural",
        "tramadol",
        Tablet,
        &[Ca],
        &[
            at("100 mg", n(100), &[Ca], "CA monograph (Health Canada DPD), Tridural"),
            at("200 mg", n(200), &[Ca], "CA monograph (Health Canada DPD), Tridural"),
            at("300 mg", n(300), &[Ca], "CA monograph (Health Canada DPD), Tridural"),
        ],
    ),
    // US: "Acetaminophen 300 mg and Codeine Phosphate 30 mg".
    combo(
        "Tylenol #3",
        "codeine",
        Tablet,
        &[Us],
        APAP,
        &[at(
            "300 mg/30 mg",
            n(30),
            &[Us],
            "US label (DailyMed), Tylenol with Codeine (No. 3)",
        )],
    ),
    combo(
        "Tylenol #4",
        "codeine",
        Tablet,
        &[Us],
        APAP,
        &[at(
            "300 mg/60 mg",
            n(60),
            &[Us],
            "US label (DailyMed), Tylenol with Codeine (No. 4)",
        )],
    ),
    // Canada: acetaminophen, caffeine, codeine phosphate, in that order.
    combo(
        "Tylenol No. 2",
        "codeine",
        Tablet,
        &[Ca],
        "acetaminophen and caffeine",
        &[at(
            "300 mg/15 mg/15 mg",
            n(15),
            &[Ca],
            "CA monograph (Health Canada DPD), Tylenol with Codeine No. 2",
        )],
    )
    .aka(&["Tylenol with Codeine No. 2"]),
    combo(
        "Tylenol No. 3",
        "codeine",
        Tablet,
        &[Ca],
        "acetaminophen and caffeine",
        &[at(
            "300 mg/15 mg/30 mg",
            n(30),
            &[Ca],
            "CA monograph (Health Canada DPD), Tylenol with Codeine No. 3",
        )],
    )
    .aka(&["T3", "Tylenol with Codeine No. 3"]),
    combo(
        "Tylenol No. 4",
        "codeine",
        Tablet,
        &[Ca],
        APAP,
        &[at(
            "300 mg/60 mg",
            n(60),
            &[Ca],
            "CA prescribing information (Health Canada DPD), Tylenol with Codeine No. 4",
        )],
    )
    .aka(&["T4", "Tylenol with Codeine No. 4"]),
    combo(
        "Tylenol with Codeine",
        "codeine",
        Tablet,
        &[Us],
        APAP,
        &[
            at(
                "300 mg/30 mg (No. 3)",
                n(30),
                &[Us],
                "US label (DailyMed), Tylenol with Codeine",
            ),
            at(
                "300 mg/60 mg (No. 4)",
                n(60),
                &[Us],
                "US label (DailyMed), Tylenol with Codeine",
            ),
        ],
    ),
    combo(
        "Ultracet",
        "tramadol",
        Tablet,
        &[Us],
        APAP,
        &[at(
            "37.5 mg/325 mg",
            d(375, 1),
            &[Us],
            "US label (DailyMed), Ultracet",
        )],
    ),
    brand(
        "Ultram",
        "tramadol",
        Tablet,
        &[Us],
        &[at("50 mg", n(50), &[Us], "US label (DailyMed), Ultram")],
    ),
    combo(
        "Vicodin",
        "hydrocodone",
        Tablet,
        &[Us],
        APAP,
        &[
            at("5 mg/300 mg", n(5), &[Us], "US label (DailyMed), Vicodin"),
            at(
                "7.5 mg/300 mg (Vicodin ES)",
                d(75, 1),
                &[Us],
                "US label (DailyMed), Vicodin ES",
            ),
            at(
                "10 mg/300 mg (Vicodin HP)",
                n(10),
                &[Us],
                "US label (DailyMed), Vicodin HP",
            ),
        ],
    )
    .aka(&["Vicodin ES", "Vicodin HP"]),
    // Labelled as oxycodone base; the label gives the hydrochloride
    // equivalent, which the CDC factor assumes.
    brand(
        "Xtampza ER",
        "oxycodone",
        Capsule,
        &[Us],
        &[
            at("9 mg", n(10), &[Us], "US label (DailyMed), Xtampza ER: = 10 mg oxycodone HCl"),
            at(
                "13.5 mg",
                n(15),
                &[Us],
                "US label (DailyMed), Xtampza ER: = 15 mg oxycodone HCl",
            ),
            at("18 mg", n(20), &[Us], "US label (DailyMed), Xtampza ER: = 20 mg oxycodone HCl"),
            at("27 mg", n(30), &[Us], "US label (DailyMed), Xtampza ER: = 30 mg oxycodone HCl"),
            at("36 mg", n(40), &[Us], "US label (DailyMed), Xtampza ER: = 40 mg oxycodone HCl"),
        ],
    ),
    combo(
        "Zaldiar",
        "tramadol",
        Tablet,
        &[Uk],
        PARA,
        &[at(
            "37.5 mg/325 mg",
            d(375, 1),
            &[Uk],
            "UK SmPC (emc), Zaldiar",
        )],
    ),
    brand(
        "Zohydro ER",
        "hydrocodone",
        Capsule,
        &[Us],
        &[
            at("10 mg", n(10), &[Us], "US label (DailyMed), Zohydro ER"),
            at("15 mg", n(15), &[Us], "US label (DailyMed), Zohydro ER"),
            at("20 mg", n(20), &[Us], "US label (DailyMed), Zohydro ER"),
            at("30 mg", n(30), &[Us], "US label (DailyMed), Zohydro ER"),
            at("40 mg", n(40), &[Us], "US label (DailyMed), Zohydro ER"),
            at("50 mg", n(50), &[Us], "US label (DailyMed), Zohydro ER"),
        ],
    ),
    brand(
        "Zomorph",
        "morphine",
        Capsule,
        &[Uk],
        &[
            at("10 mg", n(10), &[Uk], "UK SmPC (emc), Zomorph"),
            at("30 mg", n(30), &[Uk], "UK SmPC (emc), Zomorph"),
            at("60 mg", n(60), &[Uk], "UK SmPC (emc), Zomorph"),
            at("100 mg", n(100), &[Uk], "UK SmPC (emc), Zomorph"),
            at("200 mg", n(200), &[Uk], "UK SmPC (emc), Zomorph"),
        ],
    ),
    combo(
        "Zubsolv",
        "buprenorphine",
        Sublingual,
        &[Us],
        NALOXONE,
        &[
            at("0.7 mg/0.18 mg", d(7, 1), &[Us], "US label (DailyMed), Zubsolv"),
            at("1.4 mg/0.36 mg", d(14, 1), &[Us], "US label (DailyMed), Zubsolv"),
            at("2.9 mg/0.71 mg", d(29, 1), &[Us], "US label (DailyMed), Zubsolv"),
            at("5.7 mg/1.4 mg", d(57, 1), &[Us], "US label (DailyMed), Zubsolv"),
            at("8.6 mg/2.1 mg", d(86, 1), &[Us], "US label (DailyMed), Zubsolv"),
            at("11.4 mg/2.9 mg", d(114, 1), &[Us], "US label (DailyMed), Zubsolv"),
        ],
    )
    .with_naloxone(),
    brand(
        "Zydol",
        "tramadol",
        Capsule,
        &[Uk],
        &[
            at("50 mg", n(50), &[Uk], "UK SmPC (emc), Zydol capsules"),
            at("50 mg SR", n(50), &[Uk], "UK SmPC (emc), Zydol SR").as_form(Tablet),
            at("100 mg SR", n(100), &[Uk], "UK SmPC (emc), Zydol SR").as_form(Tablet),
            at("150 mg SR", n(150), &[Uk], "UK SmPC (emc), Zydol SR").as_form(Tablet),
            at("200 mg SR", n(200), &[Uk], "UK SmPC (emc), Zydol SR").as_form(Tablet),
            at("150 mg XL", n(150), &[Uk], "UK SmPC (emc), Zydol XL").as_form(Tablet),
            at("200 mg XL", n(200), &[Uk], "UK SmPC (emc), Zydol XL").as_form(Tablet),
            at("300 mg XL", n(300), &[Uk], "UK SmPC (emc), Zydol XL").as_form(Tablet),
            at("400 mg XL", n(400), &[Uk], "UK SmPC (emc), Zydol XL").as_form(Tablet),
        ],
    )
    .aka(&["Zydol SR", "Zydol XL"]),
    brand(
        "Zytram XL",
        "tramadol",
        Tablet,
        &[Ca],
        &[
            at("75 mg", n(75), &[Ca], "CA monograph (Health Canada DPD), Zytram XL"),
            at("100 mg", n(100), &[Ca], "CA monograph (Health Canada DPD), Zytram XL"),
            at("150 mg", n(150), &[Ca], "CA monograph (Health Canada DPD), Zytram XL"),
            at("200 mg", n(200), &[Ca], "CA monograph (Health Canada DPD), Zytram XL"),
            at("300 mg", n(300), &[Ca], "CA monograph (Health Canada DPD), Zytram XL"),
            at("400 mg", n(400), &[Ca], "CA monograph (Health Canada DPD), Zytram XL"),
        ],
    ),
];

const fn not_in_table(
    name: &'static str,
    contains: Option<&'static str>,
    with: Option<&'static str>,
    countries: &'static [Country],
) -> NotInTable {
    NotInTable {
        name,
        contains,
        with,
        countries,
    }
}

/// Opioids in current use that the CDC 2022 table gives no factor for and
/// that are no drug of [`DRUGS`](super::drugs::DRUGS), by the names patients
/// know. Alphabetical by [`search_key`]. Dextropropoxyphene is left out: it
/// is withdrawn in all four countries.
pub const NOT_IN_TABLE: &[NotInTable] = &[
    not_in_table("Co-dydramol", Some("dihydrocodeine"), Some(PARA), &[Uk]),
    not_in_table("Demerol", Some("meperidine"), None, &[Us, Ca]),
    not_in_table("DF118 Forte", Some("dihydrocodeine"), None, &[Uk]),
    not_in_table("DHC Continus", Some("dihydrocodeine"), None, &[Uk]),
    not_in_table("Dihydrocodeine", None, None, &[Uk, Us]),
    not_in_table("Levorphanol", None, None, &[Us]),
    not_in_table("Meperidine", None, None, &[Us, Ca]),
    not_in_table("Pentazocine", None, None, &[Us]),
    not_in_table("Pethidine", None, None, &[Uk, Au]),
];

/// Lower-case letters and digits only, so "tylenol 3", "Tylenol #3" and
/// "TYLENOL3" are the same search. The accented letters of Spanish (and
/// French, Portuguese, German) count as their plain letter, so "codeína",
/// "Codeina" and "CODEÍNA" are one search; other letters are left out.
/// No Unicode tables: they would add kilobytes to the wasm.
pub fn search_key(text: &str) -> String {
    text.chars()
        .filter_map(|c| {
            let c = unaccented(c);
            c.is_ascii_alphanumeric().then(|| c.to_ascii_lowercase())
        })
        .collect()
}

/// A Latin letter with an accent as its plain letter; others as they are.
fn unaccented(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'Á' | 'À' | 'Â' | 'Ä' | 'Ã' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ò' | 'Ô' | 'Ö' | 'Õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ù' | 'Û' | 'Ü' => 'u',
        'ñ' | 'Ñ' => 'n',
        'ç' | 'Ç' => 'c',
        _ => c,
    }
}

/// [`search_key`] byte by byte, without allocating.
fn key_bytes(text: &str) -> impl Iterator<Item = u8> + '_ {
    text.bytes()
        .filter(u8::is_ascii_alphanumeric)
        .map(|b| b.to_ascii_lowercase())
}

/// The longest search key of a name, alias or ingredient (tested).
const KEY_MAX: usize = 48;

fn key_starts_with(text: &str, query: &[u8]) -> bool {
    let mut key = key_bytes(text);
    query.iter().all(|&q| key.next() == Some(q))
}

fn key_contains(text: &str, query: &[u8]) -> bool {
    let mut buffer = [0u8; KEY_MAX];
    let mut len = 0;
    for b in key_bytes(text).take(KEY_MAX) {
        buffer[len] = b;
        len += 1;
    }
    query.len() <= len && buffer[..len].windows(query.len()).any(|w| w == query)
}

/// Names of one ingredient in different countries, as search keys: typing
/// one also finds brands that name it the other way ("paracetamol" finds
/// Percocet, "aspirin" finds 292).
const SAME_INGREDIENT: &[(&str, &str)] = &[
    ("paracetamol", "acetaminophen"),
    ("aspirin", "acetylsalicylicacid"),
    ("asa", "acetylsalicylicacid"),
    ("asa", "aspirin"),
];

/// Whether an ingredient matches what was typed, under any of its names.
fn ingredient_matches(ingredient: &str, query: &[u8]) -> bool {
    if key_contains(ingredient, query) {
        return true;
    }
    // A synonym counts once at least 3 letters of its other name are typed.
    query.len() >= 3
        && SAME_INGREDIENT.iter().any(|&(a, b)| {
            let (a, b) = (a.as_bytes(), b.as_bytes());
            (a.starts_with(query) && key_contains(ingredient, b))
                || (b.starts_with(query) && key_contains(ingredient, a))
        })
}

/// What [`search`] found: a brand, or a name the CDC table lacks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Match {
    Brand(&'static Brand),
    NotInTable(&'static NotInTable),
}

impl Match {
    pub fn name(self) -> &'static str {
        match self {
            Match::Brand(b) => b.name,
            Match::NotInTable(n) => n.name,
        }
    }
}

/// 0: a name or alias starts with the query; 1: contains it; 2: an
/// ingredient matches. `None`: no match.
///
/// One function for both tables, given their fields (the other ingredients
/// as a brand writes them, "acetaminophen and caffeine"), rather than
/// generic over each table's iterators: one copy in the widget's wasm
/// (117,820 to 117,720 bytes gzipped).
fn rank(
    name: &str,
    aliases: &[&str],
    opioid: Option<&str>,
    with: Option<&str>,
    query: &[u8],
) -> Option<u8> {
    let names = || core::iter::once(name).chain(aliases.iter().copied());
    let mut ingredients = opioid
        .into_iter()
        .chain(with.into_iter().flat_map(|w| w.split(" and ")));
    if names().any(|name| key_starts_with(name, query)) {
        Some(0)
    } else if names().any(|name| key_contains(name, query)) {
        Some(1)
    } else if ingredients.any(|i| ingredient_matches(i, query)) {
        Some(2)
    } else {
        None
    }
}

pub fn search(text: &str) -> Vec<Match> {
    let query = search_key(text);
    let query = query.as_bytes();
    let brands: Vec<(u8, Match)> = BRANDS
        .iter()
        .filter_map(|b| {
            rank(b.name, b.aliases, Some(b.drug), b.with, query).map(|r| (r, Match::Brand(b)))
        })
        .collect();
    let others: Vec<(u8, Match)> = NOT_IN_TABLE
        .iter()
        .filter_map(|n| {
            rank(n.name, &[], n.contains, n.with, query).map(|r| (r, Match::NotInTable(n)))
        })
        .collect();
    // Both tables are alphabetical by search key (tested): rank by rank,
    // the two are merged, with no sort (a generic sort cost about 2.5 KB of
    // the widget's wasm).
    let mut found = Vec::with_capacity(brands.len() + others.len());
    for r in 0..=2 {
        let mut a = brands.iter().filter(|(x, _)| *x == r).peekable();
        let mut b = others.iter().filter(|(x, _)| *x == r).peekable();
        loop {
            let next = match (a.peek(), b.peek()) {
                (Some((_, x)), Some((_, y))) if key_bytes(x.name()).le(key_bytes(y.name())) => {
                    a.next()
                }
                (Some(_), Some(_)) | (None, Some(_)) => b.next(),
                (Some(_), None) => a.next(),
                (None, None) => break,
            };
            found.extend(next.map(|(_, m)| *m));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::Country::{Ca, Us};
    use super::Form::{Liquid, Patch, Tablet};
    use super::*;
    use crate::content::drugs::{Unit, DRUGS};

    fn strength(brand: &str, label: &str) -> &'static Strength {
        let brand = Brand::from_name(brand).unwrap();
        brand
            .strengths
            .iter()
            .find(|s| s.label == label)
            .unwrap_or_else(|| panic!("{} has no {label}", brand.name))
    }

    fn names(text: &str) -> Vec<&'static str> {
        search(text).into_iter().map(Match::name).collect()
    }

    #[test]
    fn every_brand_names_an_opioid_of_the_drug_table() {
        for brand in BRANDS {
            let drug = brand.generic();
            assert!(
                drug.is_some(),
                "{} maps to unknown {}",
                brand.name,
                brand.drug
            );
            assert!(DRUGS.iter().any(|d| d.id == brand.drug));
            assert_ne!(brand.drug, "other", "{} must name its opioid", brand.name);
        }
    }

    #[test]
    fn names_and_aliases_are_unique_and_distinct_from_generic_names() {
        let mut keys: Vec<(String, &str)> = Vec::new();
        for b in BRANDS {
            assert!(!b.countries.is_empty(), "{} has a country", b.name);
            assert_eq!(Brand::from_name(b.name), Some(b));
            keys.push((search_key(b.name), b.name));
            for alias in b.aliases {
                assert!(!search_key(alias).is_empty(), "{alias}");
                keys.push((search_key(alias), b.name));
            }
        }
        for n in NOT_IN_TABLE {
            assert!(!n.countries.is_empty(), "{} has a country", n.name);
            keys.push((search_key(n.name), n.name));
        }
        for (i, (key, owner)) in keys.iter().enumerate() {
            for (other, other_owner) in &keys[i + 1..] {
                assert_ne!(key, other, "{owner} and {other_owner}");
            }
            for d in &DRUGS {
                assert_ne!(*key, search_key(d.id), "{owner}");
            }
            assert!(key.len() <= KEY_MAX, "{owner}");
        }
        for b in BRANDS {
            for i in b.others().chain([b.drug]) {
                assert!(search_key(i).len() <= KEY_MAX, "{i}");
            }
        }
    }

    #[test]
    fn tables_are_alphabetical() {
        for pair in BRANDS.windows(2) {
            assert!(
                search_key(pair[0].name) < search_key(pair[1].name),
                "{} before {}",
                pair[0].name,
                pair[1].name
            );
        }
        for pair in NOT_IN_TABLE.windows(2) {
            assert!(search_key(pair[0].name) < search_key(pair[1].name));
        }
    }

    #[test]
    fn each_country_has_brands_for_the_common_opioids() {
        for country in Country::ALL {
            let drugs: Vec<&str> = BRANDS
                .iter()
                .filter(|b| b.countries.contains(&country))
                .map(|b| b.drug)
                .collect();
            for common in ["oxycodone", "morphine", "tramadol", "fentanyl_patch"] {
                assert!(drugs.contains(&common), "{} {common}", country.code());
            }
        }
    }

    #[test]
    fn the_brands_the_issue_names_map_to_their_opioid() {
        for (name, drug, combination) in [
            ("Percocet", "oxycodone", true),
            ("Norco", "hydrocodone", true),
            ("OxyContin", "oxycodone", false),
            ("Endone", "oxycodone", false),
            ("Durogesic", "fentanyl_patch", false),
            ("Palexia", "tapentadol", false),
            ("Tramal", "tramadol", false),
            ("Zydol", "tramadol", false),
            ("Vicodin", "hydrocodone", true),
            ("Tylenol #3", "codeine", true),
            ("Tylenol No. 3", "codeine", true),
            ("Panadeine Forte", "codeine", true),
            ("Nurofen Plus", "codeine", true),
            ("Oramorph", "morphine", false),
            ("Transtec", "buprenorphine", false),
        ] {
            let brand = Brand::from_name(name).unwrap();
            assert_eq!(brand.drug, drug, "{name}");
            assert_eq!(brand.with.is_some(), combination, "{name}");
        }
        assert_eq!(search_key(" Tylenol #3 "), "tylenol3");
    }

    #[test]
    fn countries_keep_the_tables_order() {
        use super::Country::{Au, Uk};
        let written = [Ca, Au, Us, Uk];
        for n in 0..=written.len() {
            let set = Countries::of(&written[..n]);
            assert_eq!(set.iter().collect::<Vec<_>>(), written[..n]);
            assert_eq!(set.is_empty(), n == 0);
            for c in Country::ALL {
                assert_eq!(set.contains(&c), written[..n].contains(&c));
            }
        }
        assert_ne!(Countries::of(&[Ca, Au]), Countries::of(&[Au, Ca]));
    }

    #[test]
    fn every_strength_is_sound_and_sourced() {
        for b in BRANDS {
            let unit = b.generic().unwrap().unit;
            for s in b.strengths {
                let what = format!("{} {}", b.name, s.label);
                assert!(!s.amount().is_zero(), "{what}: amount above 0");
                assert!(
                    s.amount() <= unit.max_amount(),
                    "{what}: at most the unit's maximum"
                );
                assert!(!s.countries.is_empty(), "{what}: a country");
                for c in s.countries.iter() {
                    assert!(b.countries.contains(&c), "{what}: sold in {}", c.code());
                }
                assert!(!s.label.trim().is_empty(), "{what}");
                assert!(!s.source.trim().is_empty(), "{what}: a source");
                assert!(
                    ["US label", "UK SmPC", "AU PI", "CA "]
                        .iter()
                        .any(|kind| s.source.starts_with(kind)),
                    "{what}: the source names a label"
                );
                if s.form.is_some() {
                    assert_ne!(
                        s.form,
                        Some(b.form),
                        "{what}: overrides only a different form"
                    );
                }
            }
            let labels: Vec<&str> = b.strengths.iter().map(|s| s.label).collect();
            for (i, l) in labels.iter().enumerate() {
                assert!(!labels[i + 1..].contains(l), "{} {l} twice", b.name);
            }
        }
    }

    #[test]
    fn every_brand_of_a_counted_opioid_offers_its_strengths() {
        // An empty list would mean "type the strength"; none is needed now.
        for b in BRANDS {
            let drug = b.generic().unwrap();
            if drug.factor.is_some() {
                assert!(!b.strengths.is_empty(), "{}", b.name);
                assert_eq!(b.unit_label, None, "{}: the drug's own unit", b.name);
                for country in b.countries.iter() {
                    assert!(
                        b.strengths_in(country).next().is_some(),
                        "{} in {}",
                        b.name,
                        country.code()
                    );
                }
            }
        }
    }

    /// The numbers of a label ("5 mg/325 mg": 5 and 325), before any
    /// note in brackets ("300 mg/30 mg (No. 3)": 300 and 30).
    fn numbers(label: &str) -> Vec<Decimal> {
        let label = label.split('(').next().unwrap_or(label);
        label
            .split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .filter(|t| !t.is_empty() && t != &".")
            .map(|t| Decimal::parse_text(t).unwrap())
            .collect()
    }

    #[test]
    fn each_label_shows_the_amount_that_counts() {
        // Except where the label states the base (the salt equivalent counts)
        // or a nominal patch rate (the actual rate counts).
        let differs = |b: &Brand, s: &Strength| {
            b.name == "Xtampza ER"
                || (["Duragesic", "Durogesic"].contains(&b.name) && s.label == "12 mcg/hr")
        };
        for b in BRANDS {
            for s in b.strengths {
                let shown = numbers(s.label).contains(&s.amount());
                assert_eq!(shown, !differs(b, s), "{} {}", b.name, s.label);
                // A combination shows every number; a single opioid one.
                let count = numbers(s.label).len();
                if b.form_of(s).amount_is_typed() {
                    assert!(
                        s.label.contains(" in ") && s.label.ends_with(" mL"),
                        "{}",
                        s.label
                    );
                    assert_eq!(b.with, None, "{}", b.name);
                } else if b.with.is_some() {
                    assert!(s.label.contains('/'), "{} {}", b.name, s.label);
                    assert_eq!(count, b.others().count() + 1, "{} {}", b.name, s.label);
                } else {
                    assert_eq!(count, 1, "{} {}", b.name, s.label);
                }
                let unit = b.unit_text();
                assert!(s.label.contains(unit), "{} {} in {unit}", b.name, s.label);
            }
        }
    }

    #[test]
    fn the_clinical_cases() {
        let case = |brand: &str, label: &str, amount: Amount| {
            let amount = Decimal::new(amount.mantissa.into(), amount.scale.into());
            assert_eq!(strength(brand, label).amount(), amount, "{brand} {label}");
        };
        case("Tylenol #3", "300 mg/30 mg", n(30));
        case("Tylenol No. 3", "300 mg/15 mg/30 mg", n(30));
        case("Tylenol with Codeine", "300 mg/60 mg (No. 4)", n(60));
        case("Percocet", "5 mg/325 mg", n(5));
        case("Xtampza ER", "36 mg", n(40));
        case("Xtampza ER", "9 mg", n(10));
        case("Panadeine Forte", "500 mg/30 mg", n(30));
        case("Nurofen Plus", "200 mg/12.8 mg", d(128, 1));
        case("Co-codamol", "30 mg/500 mg", n(30));
        case("Co-codamol", "8 mg/500 mg", n(8));
        case("Duragesic", "25 mcg/hr", n(25));
        case("Durogesic", "12 mcg/hr", d(125, 1));
        case("Percodan", "4.8355 mg/325 mg", d(48355, 4));
        case("Oramorph", "10 mg in 5 mL", n(10));
        let percocet = Brand::from_name("Percocet").unwrap();
        assert!(strength("Percocet", "5 mg/325 mg").countries.contains(&Ca));
        assert_eq!(percocet.strengths_in(Ca).count(), 1);
        assert_eq!(percocet.strengths_in(Us).count(), 4);
        // Units and forms.
        let fentanyl = Brand::from_name("Duragesic").unwrap();
        assert_eq!(fentanyl.generic().unwrap().unit, Unit::McgPerHour);
        assert_eq!(fentanyl.unit_text(), "mcg/hr");
        assert_eq!(Brand::from_name("Belbuca").unwrap().unit_text(), "mcg");
        assert_eq!(Brand::from_name("Butrans").unwrap().unit_text(), "mcg/hr");
        assert_eq!(Brand::from_name("Suboxone").unwrap().unit_text(), "mg");
        let oramorph = Brand::from_name("Oramorph").unwrap();
        assert!(oramorph.form.amount_is_typed());
        let methadose = Brand::from_name("Methadose").unwrap();
        assert_eq!(methadose.form_of(strength("Methadose", "5 mg")), Tablet);
        assert_eq!(
            methadose.form_of(strength("Methadose", "10 mg in 1 mL")),
            Liquid
        );
        assert_eq!(
            Brand::from_name("Tylenol No. 3")
                .unwrap()
                .others()
                .collect::<Vec<_>>(),
            ["acetaminophen", "caffeine"]
        );
    }

    #[test]
    fn naloxone_is_flagged_on_the_tablets_that_contain_it() {
        let flagged: Vec<&str> = BRANDS
            .iter()
            .filter(|b| b.naloxone)
            .map(|b| b.name)
            .collect();
        assert_eq!(flagged, ["Suboxone", "Targin", "Targinact", "Zubsolv"]);
        for b in BRANDS {
            let names_naloxone = b.others().any(|o| o == NALOXONE);
            assert_eq!(b.naloxone, names_naloxone, "{}", b.name);
            if b.naloxone {
                assert!(
                    ["buprenorphine", "oxycodone"].contains(&b.drug),
                    "{}",
                    b.name
                );
            }
        }
    }

    #[test]
    fn only_uncounted_brands_have_a_unit_of_their_own() {
        for b in BRANDS {
            if b.unit_label.is_some() {
                assert_eq!(b.generic().unwrap().factor, None, "{}", b.name);
            }
            if b.form == Patch && b.drug == "buprenorphine" {
                assert_eq!(b.unit_label, Some("mcg/hr"), "{}", b.name);
            }
            if b.generic().unwrap().unit == Unit::McgPerHour {
                assert_eq!(b.form, Patch, "{}", b.name);
            }
        }
    }

    #[test]
    fn not_in_table_names_are_no_drug_of_the_table() {
        for n in NOT_IN_TABLE {
            assert!(
                Drug::from_id(&search_key(n.opioid())).is_none(),
                "{}",
                n.name
            );
            assert!(Brand::from_name(n.name).is_none(), "{}", n.name);
        }
        let codydramol = &NOT_IN_TABLE[0];
        assert_eq!(codydramol.opioid(), "dihydrocodeine");
        assert_eq!(NOT_IN_TABLE[4].opioid(), "Dihydrocodeine");
    }

    #[test]
    fn search_finds_names_aliases_and_ingredients() {
        assert_eq!(names("t3"), ["Tylenol No. 3"]);
        assert_eq!(names("T4"), ["Tylenol No. 4"]);
        assert_eq!(names("Tylenol 3"), ["Tylenol #3"]);
        assert_eq!(names("perc"), ["Percocet", "Percodan"]);
        assert_eq!(names("Vicodin ES"), ["Vicodin"]);
        assert_eq!(names("ibuprofen"), ["Nurofen Plus"]);
        // Starts before contains: "codeine" starts Codeine Contin, is inside
        // "Tylenol with Codeine", and is the opioid of the combinations.
        let codeine = names("codeine");
        assert_eq!(codeine[0], "Codeine Contin");
        assert!(codeine.contains(&"Tylenol with Codeine"));
        assert!(codeine.contains(&"Panadeine Forte"));
        let contains_at = codeine
            .iter()
            .position(|n| *n == "Tylenol with Codeine")
            .unwrap();
        let ingredient_at = codeine
            .iter()
            .position(|n| *n == "Panadeine Forte")
            .unwrap();
        assert!(contains_at < ingredient_at);
        // Paracetamol and acetaminophen are one ingredient.
        for typed in ["paracetamol", "Acetaminophen", "parac"] {
            let found = names(typed);
            for brand in [
                "Co-codamol",
                "Panadeine Forte",
                "Percocet",
                "Tylenol #3",
                "Tylenol No. 3",
            ] {
                assert!(found.contains(&brand), "{typed}: {brand}");
            }
            assert!(!found.contains(&"Nurofen Plus"), "{typed}");
            assert!(!found.contains(&"OxyContin"), "{typed}");
        }
        assert!(names("paracetamol").contains(&"Co-dydramol"));
        let aspirin = names("aspirin");
        assert!(aspirin.contains(&"Percodan") && aspirin.contains(&"292"));
        let caffeine = names("caffeine");
        assert_eq!(
            caffeine,
            ["292", "Lenoltec No. 1", "Tylenol No. 2", "Tylenol No. 3"]
        );
        let dihydrocodeine = names("dihydrocodeine");
        assert_eq!(dihydrocodeine[0], "Dihydrocodeine");
        assert!(dihydrocodeine.contains(&"DHC Continus"));
        assert_eq!(names("pethidine"), ["Pethidine"]);
        assert!(names("meperidine").contains(&"Demerol"));
        // The opioid finds its brands, never the drug id itself.
        let fentanyl = names("fentanyl");
        assert_eq!(fentanyl, ["Duragesic", "Durogesic", "Matrifen"]);
        assert!(names("zzz").is_empty());
        assert_eq!(search("").len(), BRANDS.len() + NOT_IN_TABLE.len());
        assert_eq!(names("")[0], "292");
        // Typed with spaces and marks, as search_key reads it.
        assert_eq!(names(" Tylenol No. 4 "), ["Tylenol No. 4"]);
    }
}
