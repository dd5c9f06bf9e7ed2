//! The daily MME total, its band, and the cautions that go with any figure.

use yew::prelude::*;

use crate::assessment::decimal::Decimal;
use crate::assessment::DoseBand;
use crate::content::en;

#[derive(Properties, PartialEq)]
pub struct MmeSummaryProps {
    pub total: Option<Decimal>,
    pub band: DoseBand,
    pub invalid: usize,
    pub has_medicines: bool,
}

#[component(MmeSummary)]
pub fn mme_summary(props: &MmeSummaryProps) -> Html {
    if !props.has_medicines {
        return Html::default();
    }
    let figure = match props.total {
        Some(total) => html! {
            <>
                <p class="oih-mme-figure"><span>{ en::MME_TOTAL_LABEL }{ ": " }</span><strong>{ en::mme_figure(&total) }</strong></p>
                <p class={classes!("oih-band", format!("oih-band-{}", props.band.id()))}>{ en::dose_band(props.band) }</p>
            </>
        },
        None => html! { <p class="oih-hint">{ en::MME_NONE }</p> },
    };
    html! {
        <div class="oih-mme" aria-live="polite">
            { figure }
            if props.invalid > 0 {
                <p class="oih-note">{ en::medicines_not_counted(props.invalid) }</p>
            }
            if props.total.is_some() {
                <ul class="oih-cautions">
                    { for en::MME_CAUTIONS.iter().map(|c| html! { <li>{ *c }</li> }) }
                </ul>
                <p class="oih-cite">{ en::SOURCE_PREFIX }{ en::MME_CAUTIONS_SOURCE.id() }</p>
            }
        </div>
    }
}
