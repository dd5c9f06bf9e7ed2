//! The daily MME total, its band, and the cautions that go with any figure.
//!
//! The figure on screen follows every key press; what a screen reader hears
//! is a separate status line with the settled total (`State::announced_total`),
//! so the total is announced once per change, not per key press.

use yew::prelude::*;

use crate::texts::Lang;

use crate::assessment::DoseBand;
use crate::decimal::Decimal;

#[derive(Properties, PartialEq)]
pub struct MmeSummaryProps {
    pub lang: Lang,
    pub total: Option<Decimal>,
    /// The total as last settled, for the status line.
    pub announced: Option<Decimal>,
    pub band: DoseBand,
    pub invalid: usize,
    pub has_medicines: bool,
}

#[component(MmeSummary)]
pub fn mme_summary(props: &MmeSummaryProps) -> Html {
    let t = props.lang.texts();
    let announced = match (props.has_medicines, props.announced) {
        (true, Some(total)) => t.mme_total_label.to_string() + ": " + &(t.mme_figure)(&total),
        _ => String::new(),
    };
    let status = html! { <p class="oih-visually-hidden" role="status">{ announced }</p> };
    if !props.has_medicines {
        return html! { <div class="oih-mme">{ status }</div> };
    }
    let figure = match props.total {
        Some(total) => html! {
            <>
                <p class="oih-mme-figure"><span>{ t.mme_total_label }{ ": " }</span><strong>{ (t.mme_figure)(&total) }</strong></p>
                <p class={classes!("oih-band", "oih-band-".to_string() + props.band.id())}>{ (t.dose_band)(props.band) }</p>
            </>
        },
        None => html! { <p class="oih-hint">{ t.mme_none }</p> },
    };
    html! {
        <div class="oih-mme">
            { status }
            { figure }
            if props.invalid > 0 {
                <p class="oih-note">{ (t.medicines_not_counted)(props.invalid) }</p>
            }
            if props.total.is_some() {
                <ul class="oih-cautions">
                    { for t.mme_cautions.iter().map(|c| html! { <li>{ *c }</li> }) }
                </ul>
                <p class="oih-cite">{ t.source_prefix }{ t.mme_cautions_source.id() }</p>
            }
        </div>
    }
}
