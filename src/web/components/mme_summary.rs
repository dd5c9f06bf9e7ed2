//! The daily MME total, its band, and the cautions that go with any figure.
//!
//! The figure on screen follows every key press; what a screen reader hears
//! is a separate status line with the settled total (`State::announced_total`),
//! so the total is announced once per change, not per key press. That line
//! stays one element across renders; the rest is text (`crate::web::markup`).

use yew::prelude::*;

use crate::assessment::DoseBand;
use crate::decimal::Decimal;
use crate::texts::Texts;
use crate::web::markup::Markup;

/// What the total shows.
pub struct MmeFigures {
    pub total: Option<Decimal>,
    /// The total as last settled, for the status line.
    pub announced: Option<Decimal>,
    pub band: DoseBand,
    /// Entries not counted until fixed.
    pub invalid: usize,
    pub has_medicines: bool,
}

pub fn mme_summary(t: &Texts, f: &MmeFigures) -> Html {
    let announced = match (f.has_medicines, f.announced) {
        (true, Some(total)) => t.mme_total_label.to_string() + ": " + &(t.mme_figure)(&total),
        _ => String::new(),
    };
    let mut m = Markup::default();
    if f.has_medicines {
        match f.total {
            Some(total) => {
                m.open("p", "oih-mme-figure");
                m.open("span", "");
                m.text(t.mme_total_label);
                m.0 += ": ";
                m.close("span");
                m.element("strong", "", &(t.mme_figure)(&total));
                m.close("p");
                m.element(
                    "p",
                    &(String::from("oih-band oih-band-") + f.band.id()),
                    (t.dose_band)(f.band),
                );
            }
            None => m.element("p", "oih-hint", t.mme_none),
        }
        if f.invalid > 0 {
            m.element("p", "oih-note", &(t.medicines_not_counted)(f.invalid));
        }
        if f.total.is_some() {
            m.list_with_class("oih-cautions", t.mme_cautions.iter().copied());
            m.open("p", "oih-cite");
            m.text(t.source_prefix);
            m.text(t.mme_cautions_source.id());
            m.close("p");
        }
    }
    html! {
        <div class="oih-mme">
            <p class="oih-visually-hidden" role="status">{ announced }</p>
            { m.into_html() }
        </div>
    }
}
