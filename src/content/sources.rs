//! The references every question and piece of advice cites.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    S0,
    S1,
    S2,
    S3,
    S4,
    S5,
    S6,
    S7,
    S8,
    S9,
    S10,
    C1,
    F1,
    T1,
    L1,
}

pub struct Reference {
    pub source: Source,
    pub id: &'static str,
    pub citation: &'static str,
}

pub const REFERENCES: [Reference; 15] = {
    use Source::*;
    [
        Reference { source: S0, id: "S0", citation: "What is Opioid Induced Hyperalgesia? HealthEngine Blog." },
        Reference { source: S1, id: "S1", citation: "Angst MS, Clark JD. Opioid-induced hyperalgesia: a qualitative systematic review. Anesthesiology 2006;104(3):570-87." },
        Reference { source: S2, id: "S2", citation: "Angst MS, Koppert W, Pahl I, Clark DJ, Schmelz M. Short-term infusion of the mu-opioid agonist remifentanil in humans causes hyperalgesia during withdrawal. Pain 2003;106:49-57." },
        Reference { source: S3, id: "S3", citation: "Chia YY, Liu K, Wang JJ, Kuo MC, Ho ST. Intraoperative high dose fentanyl induces postoperative fentanyl tolerance. Can J Anaesth 1999;46:872-7." },
        Reference { source: S4, id: "S4", citation: "Compton P, Athanasos P, Elashoff D. Withdrawal hyperalgesia after acute opioid physical dependence in nonaddicted humans: a preliminary study. J Pain 2003;4:511-9." },
        Reference { source: S5, id: "S5", citation: "Guignard B, Bossard AE, Coste C, et al. Acute opioid tolerance: intraoperative remifentanil increases postoperative pain and morphine requirement. Anesthesiology 2000;93:409-17." },
        Reference { source: S6, id: "S6", citation: "Hood DD, Curry R, Eisenach JC. Intravenous remifentanil produces withdrawal hyperalgesia in volunteers with capsaicin-induced hyperalgesia. Anesth Analg 2003;97:810-5." },
        Reference { source: S7, id: "S7", citation: "Koppert W, Sittl R, Scheuber K, Alsheimer M, Schmelz M, Schuttler J. Differential modulation of remifentanil-induced analgesia and postinfusion hyperalgesia by S-ketamine and clonidine in humans. Anesthesiology 2003;99:152-9." },
        Reference { source: S8, id: "S8", citation: "Mao J. Opioid-induced abnormal pain sensitivity: implications in clinical opioid therapy. Pain 2002;100(3):213-7." },
        Reference { source: S9, id: "S9", citation: "Petersen KL, Jones B, Segredo V, Dahl JB, Rowbotham MC. Effect of remifentanil on pain and secondary hyperalgesia associated with the heat-capsaicin sensitization model in healthy volunteers. Anesthesiology 2001;94:15-20." },
        Reference { source: S10, id: "S10", citation: "Teuteberg WG. Opioid induced hyperalgesia. Fast Fact and Concept #142. End of Life/Palliative Education Resource Center, 2005." },
        Reference { source: C1, id: "C1", citation: "Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R. CDC Clinical Practice Guideline for Prescribing Opioids for Pain - United States, 2022. MMWR Recomm Rep 2022;71(No. RR-3):1-95." },
        Reference { source: F1, id: "F1", citation: "U.S. Food and Drug Administration. FDA Drug Safety Communication: FDA recommends health care professionals discuss naloxone with all patients when prescribing opioid pain relievers or medicines to treat opioid use disorder. July 23, 2020." },
        Reference { source: T1, id: "T1", citation: "Chen L, Sein M, Vo T, et al. Clinical interpretation of opioid tolerance versus opioid-induced hyperalgesia. J Opioid Manag 2014;10(6):383-93." },
        Reference { source: L1, id: "L1", citation: "Lee M, Silverman S, Hansen H, Patel V, Manchikanti L. A comprehensive review of opioid-induced hyperalgesia. Pain Physician 2011;14:145-61." },
    ]
};

impl Source {
    pub fn id(self) -> &'static str {
        REFERENCES[self as usize].id
    }
}

#[cfg(test)]
mod tests {
    use super::{Source, REFERENCES};

    #[test]
    fn each_source_is_at_its_own_place_in_the_list() {
        // `Source::id` reads the list by the enum's order.
        for (i, r) in REFERENCES.iter().enumerate() {
            assert_eq!(r.source as usize, i, "{}", r.id);
        }
        assert_eq!(Source::F1.id(), "F1");
        assert_eq!(Source::L1.id(), "L1");
    }
}
