//! The top-level items of the Questionnaire, in order: the questions in the
//! order of the content table, with the medicines group where the widget
//! shows it (at the end of the section about opioid medicine).

use crate::content::questions::{QuestionId, Section, QUESTIONS};

/// One top-level item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Entry {
    Question(QuestionId),
    /// The repeating group of medicines.
    Medications,
}

/// The `linkId` of the medicines group and of its items.
pub const MEDICATIONS: &str = "medications";
pub const DRUG: &str = "drug";
pub const AMOUNT: &str = "amount";
pub const PER_DOSE: &str = "per_dose";
pub const TIMES_PER_DAY: &str = "times_per_day";
pub const PURPOSE: &str = "purpose";
/// The items of a medicine group, in order (the contract's order).
pub const MEDICATION_ITEMS: [&str; 5] = [DRUG, AMOUNT, PER_DOSE, TIMES_PER_DAY, PURPOSE];

/// Every top-level item, in order.
pub const LAYOUT: [Entry; 14] = {
    let mut layout = [Entry::Medications; 14];
    let mut from = 0;
    let mut to = 0;
    let mut placed = false;
    while from < QUESTIONS.len() {
        let question = &QUESTIONS[from];
        layout[to] = Entry::Question(question.id);
        to += 1;
        from += 1;
        let section_ends = from == QUESTIONS.len() || !is_medicine(QUESTIONS[from].section);
        if !placed && is_medicine(question.section) && section_ends {
            // `layout[to]` is already the group.
            to += 1;
            placed = true;
        }
    }
    assert!(placed && to == 14);
    layout
};

const fn is_medicine(section: Section) -> bool {
    matches!(section, Section::Medicine)
}

impl Entry {
    pub fn link_id(self) -> &'static str {
        match self {
            Entry::Question(id) => id.key(),
            Entry::Medications => MEDICATIONS,
        }
    }

    /// The item with this `linkId` and its place in [`LAYOUT`].
    pub fn from_link_id(link_id: &str) -> Option<(usize, Entry)> {
        LAYOUT
            .iter()
            .copied()
            .enumerate()
            .find(|(_, entry)| entry.link_id() == link_id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn questions_keep_the_table_order_and_the_group_closes_the_medicine_section() {
        let ids: Vec<&str> = LAYOUT.iter().map(|e| e.link_id()).collect();
        assert_eq!(
            ids,
            [
                "seizure",
                "opioid_use",
                "duration",
                "dose_increased",
                "response_to_increase",
                "medications",
                "kidney",
                "liver",
                "pain_worse_despite_dose",
                "more_sensitive",
                "pain_spread",
                "allodynia",
                "pain_different",
                "myoclonus"
            ]
        );
        assert_eq!(
            Entry::from_link_id("medications"),
            Some((5, Entry::Medications))
        );
        assert_eq!(
            Entry::from_link_id("kidney"),
            Some((6, Entry::Question(QuestionId::Kidney)))
        );
        assert_eq!(Entry::from_link_id("drug"), None);
    }
}
