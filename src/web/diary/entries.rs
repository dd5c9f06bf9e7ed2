//! The entries: the chart of the PEG score and the daily MME on one time
//! axis (SVG, `crate::diary_chart`, drawn by the app once per change of the
//! entries), the same entries as a table (the latest, or all of them when
//! asked, each with a way to change or delete it), and what the entries
//! show.

use yew::prelude::*;

use super::app::Dispatch;
use crate::diary_chart::DiaryChart;
use crate::diary_form::{ids, DiaryAction, DiaryState, TABLE_LATEST};
use crate::texts::diary_ui::DiaryUiTexts;
use crate::web::components::heading::heading_tag;

pub fn entries(
    w: &DiaryUiTexts,
    s: &DiaryState,
    drawn: &DiaryChart,
    dispatch: &Dispatch,
    level: u8,
) -> Html {
    if s.diary.is_empty() {
        return html! {
            <section class="oih-diary-entries" aria-labelledby="oih-diary-entries-title">
                <@{heading_tag(level)} id="oih-diary-entries-title">{ w.entries_title }</@>
                <p>{ w.diary.no_entries }</p>
            </section>
        };
    }
    let observations = s.diary.observations();
    let all = s.diary.len();
    let shown = s.table_entries();
    let hidden = all - shown.len();
    let cells = &drawn.rows[hidden.min(drawn.rows.len())..];
    let rows = shown.iter().zip(cells).map(|(entry, cells)| {
        let date = entry.date();
        let (edit, delete) = {
            let (d1, d2) = (dispatch.clone(), dispatch.clone());
            (
                Callback::from(move |_: MouseEvent| d1.dispatch(DiaryAction::Edit(date))),
                Callback::from(move |_: MouseEvent| d2.dispatch(DiaryAction::AskDelete(date))),
            )
        };
        let pending = s.is_pending(date);
        html! {
            // (Focus comes here after a save.)
            <tr key={date.to_text()} id={ids::entry(date)} tabindex="-1">
                <th scope="row">{ &cells[0] }
                    if pending { <br /><span class="oih-hint">{ w.not_kept_yet }</span> }
                </th>
                { for cells[1..].iter().map(|c| html! { <td>{ c }</td> }) }
                <td class="oih-diary-row-tools">
                    <button type="button" class="oih-link" id={ids::edit(date)}
                        aria-label={(w.edit_label)(date)} onclick={edit}>{ w.edit }</button>
                    { " " }
                    <button type="button" class="oih-link" id={ids::delete(date)}
                        aria-label={(w.delete_label)(date)} onclick={delete}>{ w.delete }</button>
                </td>
            </tr>
        }
    });
    html! {
        <section class="oih-diary-entries" aria-labelledby="oih-diary-entries-title">
            <@{heading_tag(level)} id="oih-diary-entries-title">{ w.entries_title }</@>
            if !observations.is_empty() {
                <div class="oih-diary-observations">
                    <@{heading_tag(level + 1)}>{ w.observations_title }</@>
                    <ul>{ for observations.iter().map(|o| html! { <li>{ (w.observation_for_patient)(o) }</li> }) }</ul>
                </div>
            }
            <figure class="oih-diary-chart">
                // The chart is a picture of the table below: screen readers
                // get its line and the table.
                { Html::from_html_unchecked(drawn.svg.clone().into()) }
                <figcaption class="oih-hint">{ &drawn.summary }</figcaption>
            </figure>
            <div class="oih-diary-table-box" tabindex="0" role="region" aria-labelledby="oih-diary-table-caption">
                <table class="oih-diary-table" id="oih-diary-table">
                    <caption id="oih-diary-table-caption">
                        if hidden > 0 { { (w.table_caption_latest)(shown.len(), all) } } else { { w.table_caption } }
                    </caption>
                    <thead><tr>
                        { for drawn.columns.iter().map(|c| html! { <th scope="col">{ c }</th> }) }
                        <th scope="col"><span class="oih-visually-hidden">{ w.row_tools }</span></th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table>
            </div>
            if all > TABLE_LATEST {
                { table_toggle(w, s.table_all, all, dispatch) }
            }
        </section>
    }
}

/// "Show all 366 entries in the table", or back to the latest: one button
/// whose words change, so the focus stays on it.
fn table_toggle(w: &DiaryUiTexts, showing_all: bool, all: usize, dispatch: &Dispatch) -> Html {
    let dispatch = dispatch.clone();
    let onclick = Callback::from(move |_: MouseEvent| {
        dispatch.dispatch(DiaryAction::ShowAllEntries(!showing_all))
    });
    html! {
        <p><button type="button" class="oih-link" id={ids::TABLE_TOGGLE}
            aria-controls="oih-diary-table" {onclick}>
            if showing_all { { (w.show_latest_entries)(TABLE_LATEST) } } else { { (w.show_all_entries)(all) } }
        </button></p>
    }
}
