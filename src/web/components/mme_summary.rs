//! The daily MME total, its band, and the cautions that go with any figure.

use yew::prelude::*;

use crate::texts::Lang;

use crate::assessment::DoseBand;
use crate::decimal::Decimal;

#[derive(Properties, PartialEq)]
pub struct MmeSummaryProps {
    pub lang: Lang,
    pub total: Option<Decimal>,
    pub band: DoseBand,
    pub invalid: usize,
    pub has_medicines: bool,
}

#[component(MmeSummary)]
pub fn mme_summary(props: &MmeSummaryProps) -> Html {
    let t = props.lang.texts();
    if !props.has_medicines {
        return Html::default();
    }
    let figure = match props.total {
        Some(total) => html! {
            <>
                <p class="oih-mme-figure"><span>{ t.mme_total_label }{ ": " }</span><strong>{ (t.mme_figure)(&total) }</strong></p>
                <p class={classes!("oih-band", format!("oih-band-{}", props.band.id()))}>{ (t.dose_band)(props.band) }</p>
            </>
        },
        None => html! { <p class="oih-hint">{ t.mme_none }</p> },
    };
    html! {
        <div class="oih-mme" aria-live="polite">
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
