//! Brand names patients know their opioid by, in the United States, the
//! United Kingdom, Australia and Canada, each mapped to its opioid in
//! [`DRUGS`](super::drugs::DRUGS). Plain data for clinical review.
//!
//! A brand only names an opioid: its MME is always computed with the
//! generic's own factor (C1); no brand has a factor of its own. A
//! combination tablet names its non-opioid part, so the form can ask for
//! the opioid part of a label such as "5/325".
//!
//! Left out on purpose: liquids (Oramorph, Ordine, Biodone), whose labels
//! give mg per ml and invite entering millilitres; injections; brands of
//! opioids the table does not list (dihydrocodeine, pethidine).

use super::drugs::Drug;

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

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Brand {
    /// As printed on the box (also the value saved for a chosen brand).
    pub name: &'static str,
    /// The opioid's id in the drug table.
    pub drug: &'static str,
    /// Where the name is in common use.
    pub countries: &'static [Country],
    /// For a combination tablet, the other ingredient, as named where the
    /// brand is sold ("acetaminophen" in the US and Canada, "paracetamol"
    /// in the UK and Australia).
    pub with: Option<&'static str>,
}

impl Brand {
    /// The opioid this brand contains (the table test guarantees it exists).
    pub fn generic(&self) -> Option<&'static Drug> {
        Drug::from_id(self.drug)
    }

    pub fn from_name(name: &str) -> Option<&'static Brand> {
        BRANDS.iter().find(|b| b.name == name)
    }
}

use Country::{Au, Ca, Uk, Us};

const fn brand(name: &'static str, drug: &'static str, countries: &'static [Country]) -> Brand {
    Brand {
        name,
        drug,
        countries,
        with: None,
    }
}

const fn combo(
    name: &'static str,
    drug: &'static str,
    countries: &'static [Country],
    with: &'static str,
) -> Brand {
    Brand {
        name,
        drug,
        countries,
        with: Some(with),
    }
}

const APAP: &str = "acetaminophen";
const PARA: &str = "paracetamol";

/// Alphabetical, so the list reads like a pharmacy's.
pub const BRANDS: &[Brand] = &[
    combo("Co-codamol", "codeine", &[Uk], PARA),
    brand("Codeine Contin", "codeine", &[Ca]),
    brand("Dilaudid", "hydromorphone", &[Us, Ca, Au]),
    brand("Dolophine", "methadone", &[Us]),
    brand("Duragesic", "fentanyl_patch", &[Us, Ca]),
    brand("Durogesic", "fentanyl_patch", &[Uk, Au]),
    combo("Endocet", "oxycodone", &[Us], APAP),
    brand("Endone", "oxycodone", &[Au]),
    brand("Hydromorph Contin", "hydromorphone", &[Ca]),
    brand("Hysingla ER", "hydrocodone", &[Us]),
    brand("Jurnista", "hydromorphone", &[Au, Ca]),
    brand("Kadian", "morphine", &[Us, Ca]),
    brand("Kapanol", "morphine", &[Au]),
    brand("Longtec", "oxycodone", &[Uk]),
    combo("Lortab", "hydrocodone", &[Us], APAP),
    brand("M-Eslon", "morphine", &[Ca]),
    brand("Matrifen", "fentanyl_patch", &[Uk]),
    brand("Metadol", "methadone", &[Ca]),
    brand("Methadose", "methadone", &[Us, Ca]),
    brand("MS Contin", "morphine", &[Us, Ca, Au]),
    brand("MST Continus", "morphine", &[Uk]),
    combo("Norco", "hydrocodone", &[Us], APAP),
    brand("Nucynta", "tapentadol", &[Us, Ca]),
    combo("Nurofen Plus", "codeine", &[Uk], "ibuprofen"),
    brand("Opana", "oxymorphone", &[Us]),
    combo("Oxycocet", "oxycodone", &[Ca], APAP),
    brand("OxyContin", "oxycodone", &[Us, Uk, Au]),
    brand("OxyNEO", "oxycodone", &[Ca]),
    brand("OxyNorm", "oxycodone", &[Uk, Au]),
    brand("Palexia", "tapentadol", &[Uk, Au]),
    brand("Palladone", "hydromorphone", &[Uk]),
    combo("Panadeine Forte", "codeine", &[Au], PARA),
    combo("Percocet", "oxycodone", &[Us, Ca], APAP),
    brand("Physeptone", "methadone", &[Uk, Au]),
    brand("Roxicodone", "oxycodone", &[Us]),
    brand("Sevredol", "morphine", &[Uk]),
    brand("Shortec", "oxycodone", &[Uk]),
    combo("Solpadol", "codeine", &[Uk], PARA),
    brand("Statex", "morphine", &[Ca]),
    brand("Supeudol", "oxycodone", &[Ca]),
    combo("Targin", "oxycodone", &[Au, Ca], "naloxone"),
    combo("Targinact", "oxycodone", &[Uk], "naloxone"),
    combo("Tramacet", "tramadol", &[Ca], APAP),
    brand("Tramal", "tramadol", &[Au]),
    combo("Tylenol #3", "codeine", &[Us, Ca], APAP),
    combo("Tylenol with Codeine", "codeine", &[Us, Ca], APAP),
    combo("Ultracet", "tramadol", &[Us], APAP),
    brand("Ultram", "tramadol", &[Us]),
    combo("Vicodin", "hydrocodone", &[Us], APAP),
    brand("Xtampza ER", "oxycodone", &[Us]),
    combo("Zaldiar", "tramadol", &[Uk], PARA),
    brand("Zohydro ER", "hydrocodone", &[Us]),
    brand("Zomorph", "morphine", &[Uk]),
    brand("Zydol", "tramadol", &[Uk]),
    brand("Zytram XL", "tramadol", &[Ca]),
    // Buprenorphine has no MME factor (C1): listed so it can be found, and
    // named to the doctor, never counted.
    brand("Butrans", "buprenorphine", &[Us, Uk, Ca]),
    brand("Norspan", "buprenorphine", &[Au]),
    brand("Suboxone", "buprenorphine", &[Us, Uk, Au, Ca]),
    brand("Temgesic", "buprenorphine", &[Uk, Au]),
];

/// Lower-case letters and digits only, so "tylenol 3", "Tylenol #3" and
/// "TYLENOL3" are the same search. ASCII only: the names are, and Unicode's
/// case tables would add kilobytes to the wasm.
pub fn search_key(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::drugs::DRUGS;

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
    fn names_are_unique_and_distinct_from_generic_names() {
        for (i, a) in BRANDS.iter().enumerate() {
            assert!(!a.countries.is_empty(), "{} has a country", a.name);
            for b in &BRANDS[i + 1..] {
                assert_ne!(search_key(a.name), search_key(b.name), "{} twice", a.name);
            }
            for d in &DRUGS {
                assert_ne!(search_key(a.name), search_key(d.id), "{}", a.name);
            }
            assert_eq!(Brand::from_name(a.name), Some(a));
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
        ] {
            let brand = Brand::from_name(name).unwrap();
            assert_eq!(brand.drug, drug, "{name}");
            assert_eq!(brand.with.is_some(), combination, "{name}");
        }
        assert_eq!(search_key(" Tylenol #3 "), "tylenol3");
    }
}
