//! The pain diary's chart, its table and its one-line summary
//! (clinical-content.md v3, "The pain diary"; issue 25), as plain Rust: a
//! pure function from the entries to an SVG string, the same entries as
//! table rows, and one line for screen readers. The widget shows them; the
//! summary for the doctor prints them (`crate::summary`).
//!
//! Decisions:
//!
//! - **One time axis, spaced by real time:** an entry's x is its date's
//!   place between the first and the last date (never its index), so a gap
//!   of a month looks like one. A span shorter than [`MIN_SPAN_DAYS`] is
//!   widened around the entries (one entry sits in the middle).
//! - **Two labelled scales on shared grid lines:** left the PEG score, 0 to
//!   10 in steps of 2; right the daily MME, 0 to a round maximum in 5 equal
//!   steps (`5 x` 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 x 10^k, whole numbers
//!   only: [`mme_scale`]), so each grid line reads on both scales.
//! - **Told apart by more than colour:** the PEG score is circles on a solid
//!   line, the MME squares on a dashed line; the legend at the top is also
//!   each scale's title (left over the left scale, right over the right).
//!   An entry whose MME is unknown is a gap in the MME line, not a zero.
//!   Each dose change ([`Diary::dose_changes`]) is a dotted vertical line;
//!   each pair of entries where the pain went up after the dose went up
//!   (the pattern T1 names) is a shaded band.
//! - **Colours only from the page:** every stroke and fill is
//!   `currentColor`, and each series has a class (`oih-chart-peg`,
//!   `oih-chart-mme`, `oih-chart-grid`, `oih-chart-dose`, `oih-chart-band`,
//!   `oih-chart-axis`) for the stylesheet to set its `color` from the
//!   widget's custom properties, so dark mode follows. No `style`
//!   attribute or element (a strict CSP needs none), no script, no
//!   external reference; every text is escaped.
//! - **Sizes for zoom:** the `viewBox` is [`WIDTH`] x [`HEIGHT`] units with
//!   text of [`FONT_SIZE`] units, laid out for a chart drawn 20 to 32 em
//!   wide (320 to 512 px at the default font size): the text is then 0.75
//!   to 1.2 em. The stylesheet keeps it there (`width: 100%; min-width:
//!   20em; max-width: 32em` inside a box that scrolls sideways), so at
//!   200 % zoom on a 390 px phone (195 CSS px) the chart stays 20 em wide,
//!   its text grows with the zoom, and the box scrolls (a chart is a
//!   two-dimensional layout, WCAG 1.4.10's exception; the table says it
//!   all as text too).
//! - **Numbers by hand**, not through `core::fmt` (ARCHITECTURE,
//!   Performance): coordinates are whole tenths of a unit.

use crate::decimal::Decimal;
use crate::diary::{CivilDate, Diary, DoseChange, Entry, Observation, PegItem};
use crate::summary::{escape_into, number};
use crate::texts::diary::DiaryTexts;
use crate::texts::Texts;

/// The `viewBox`'s width, in its units.
pub const WIDTH: u32 = 320;
/// The `viewBox`'s height.
pub const HEIGHT: u32 = 200;
/// Every text's size, in `viewBox` units.
pub const FONT_SIZE: u32 = 12;
/// The plot area: the scales' lines run from `PLOT_LEFT` to `PLOT_RIGHT`,
/// 0 at `PLOT_BOTTOM`, the maximum at `PLOT_TOP`.
pub const PLOT_LEFT: u32 = 34;
pub const PLOT_RIGHT: u32 = 282;
pub const PLOT_TOP: u32 = 30;
pub const PLOT_BOTTOM: u32 = 150;
/// The first and last date's x, in tenths of a unit (the points stay clear
/// of the scales' labels).
pub const X_FIRST: u32 = (PLOT_LEFT + 6) * 10;
pub const X_LAST: u32 = (PLOT_RIGHT - 6) * 10;
/// The shortest span of the time axis, in days.
pub const MIN_SPAN_DAYS: i64 = 6;

const PLOT_HEIGHT_TENTHS: u64 = ((PLOT_BOTTOM - PLOT_TOP) * 10) as u64;
/// The time axis's labels sit this low (their baseline).
const DATE_LABEL_Y: u32 = 166;
/// The second legend's line (dose changes, bands).
const LEGEND_Y: u32 = 190;

/// The entries a chart shows: all of a diary, or its last ones (the
/// summary for the doctor), with the dose changes and observations that
/// fall on them.
pub struct Window<'a> {
    entries: &'a [Entry],
    earlier: usize,
    dose_changes: Vec<DoseChange>,
    observations: Vec<Observation>,
}

impl<'a> Window<'a> {
    pub fn all(diary: &'a Diary) -> Window<'a> {
        Window::last(diary, diary.len())
    }

    /// The last `count` entries. A dose change on the first of them (from
    /// an earlier entry) is still marked, and an observation whose later
    /// entry is shown is kept (its band starts at the chart's edge).
    pub fn last(diary: &'a Diary, count: usize) -> Window<'a> {
        let earlier = diary.len().saturating_sub(count);
        let entries = &diary.entries()[earlier..];
        let shown = |date: CivilDate| entries.first().is_some_and(|first| date >= first.date());
        Window {
            entries,
            earlier,
            dose_changes: diary
                .dose_changes()
                .into_iter()
                .filter(|c| shown(c.date))
                .collect(),
            observations: diary
                .observations()
                .into_iter()
                .filter(|o| shown(increase(o).1.to))
                .collect(),
        }
    }

    /// Oldest first.
    pub fn entries(&self) -> &[Entry] {
        self.entries
    }

    /// How many entries of the diary come before the shown ones.
    pub fn earlier(&self) -> usize {
        self.earlier
    }

    pub fn dose_changes(&self) -> &[DoseChange] {
        &self.dose_changes
    }

    pub fn observations(&self) -> &[Observation] {
        &self.observations
    }
}

fn increase(o: &Observation) -> (bool, &crate::diary::DoseIncrease) {
    match o {
        Observation::PainUpAfterDoseUp(i) => (true, i),
        Observation::PainDownAfterDoseUp(i) => (false, i),
    }
}

/// The chart, its table and its line, for one window of entries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiaryChart {
    /// `<svg role="img">` with `<title>` and `<desc>` (the summary line).
    pub svg: String,
    /// The table's header ([`DiaryTexts::table_columns`]).
    pub columns: Vec<String>,
    /// One row per entry, oldest first, the chart's points as text.
    pub rows: Vec<Vec<String>>,
    /// The one-line summary.
    pub summary: String,
}

/// The chart of every entry of the diary, in the language of `t`.
pub fn chart(diary: &Diary, t: &Texts) -> DiaryChart {
    render(&Window::all(diary), t)
}

/// The chart, table and line of a window, in the language of `t` (its
/// drug names, and the diary's words of the same language).
pub fn render(window: &Window, t: &Texts) -> DiaryChart {
    let d = t.lang.diary_texts();
    let summary = summary_line(window, d);
    DiaryChart {
        svg: svg(window, d, &summary),
        columns: d.table_columns.iter().map(|c| c.to_string()).collect(),
        rows: table_rows(window, t),
        summary,
    }
}

/// One point: an entry's place on the chart, in tenths of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Point {
    pub date: CivilDate,
    pub x: u32,
    pub score_y: u32,
    /// `None` for an unknown MME (a gap in the line).
    pub mme_y: Option<u32>,
}

/// The right scale: 0 to `5 x step` MME a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MmeScale {
    pub step: u64,
}

impl MmeScale {
    pub fn max(self) -> u64 {
        self.step * 5
    }
}

/// Where everything goes, in tenths of a unit (what the SVG draws, and
/// what the tests check).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub points: Vec<Point>,
    pub mme_scale: MmeScale,
    /// The x of each dose change.
    pub dose_marks: Vec<u32>,
    /// From and to x of each pair where the pain went up after the dose
    /// went up.
    pub bands: Vec<(u32, u32)>,
    /// The time axis's ticks: x and label.
    pub date_ticks: Vec<(u32, String)>,
}

/// The time axis: the first day and the span in days (at least
/// [`MIN_SPAN_DAYS`]).
#[derive(Clone, Copy)]
struct Axis {
    start: i64,
    span: i64,
}

impl Axis {
    fn new(entries: &[Entry]) -> Axis {
        let (first, last) = match (entries.first(), entries.last()) {
            (Some(first), Some(last)) => (
                first.date().days_since_epoch(),
                last.date().days_since_epoch(),
            ),
            _ => (0, 0),
        };
        let span = last - first;
        if span >= MIN_SPAN_DAYS {
            Axis { start: first, span }
        } else {
            Axis {
                start: first - (MIN_SPAN_DAYS - span) / 2,
                span: MIN_SPAN_DAYS,
            }
        }
    }

    /// The x of a day, in tenths, rounded to the nearest.
    fn x(self, day: i64) -> u32 {
        let width = i64::from(X_LAST - X_FIRST);
        let offset = (day - self.start).clamp(0, self.span);
        X_FIRST + ((offset * width + self.span / 2) / self.span) as u32
    }
}

/// The y of a PEG score, in tenths.
pub fn score_y(tenths_of_score: u16) -> u32 {
    PLOT_BOTTOM * 10 - (u32::from(tenths_of_score) * (PLOT_BOTTOM - PLOT_TOP)) / 10
}

/// The y of a daily MME (in tenths of an MME) on a scale, in tenths.
pub fn mme_y(mme_tenths: u64, scale: MmeScale) -> u32 {
    let max_tenths = scale.max() * 10;
    let up = (mme_tenths.min(max_tenths) * PLOT_HEIGHT_TENTHS + max_tenths / 2) / max_tenths;
    PLOT_BOTTOM * 10 - up as u32
}

/// A decimal in tenths: rounded to the nearest, and rounded up.
fn tenths(value: &Decimal) -> (u64, u64) {
    let text = value.to_text();
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let int = int.bytes().fold(0u64, |n, b| {
        n.saturating_mul(10).saturating_add(u64::from(b - b'0'))
    });
    let mut digits = frac.bytes().map(|b| u64::from(b - b'0'));
    let first = digits.next().unwrap_or(0);
    let second = digits.clone().next().unwrap_or(0);
    let rest = digits.any(|d| d > 0);
    let base = int.saturating_mul(10).saturating_add(first);
    (base + u64::from(second >= 5), base + u64::from(rest))
}

/// The smallest round scale whose maximum (`5 x step`) holds `max_tenths`
/// (tenths of an MME): steps of 1, 2, 3, 4, 5, 6, 8, then 10, 15, 20, 25,
/// 30, 40, 50, 60, 80, and so on by tens. Nothing known: 0 to 100.
pub fn mme_scale(max_tenths: Option<u64>) -> MmeScale {
    let Some(max_tenths) = max_tenths else {
        return MmeScale { step: 20 };
    };
    let mut power = 1u64;
    loop {
        for m in [10u64, 15, 20, 25, 30, 40, 50, 60, 80] {
            let tenths_of_step = m * power;
            // Whole numbers only (no 1.5 or 2.5).
            if tenths_of_step.is_multiple_of(10) && tenths_of_step * 5 >= max_tenths {
                return MmeScale {
                    step: tenths_of_step / 10,
                };
            }
        }
        match power.checked_mul(10) {
            Some(next) if next <= 1_000_000_000_000 => power = next,
            _ => {
                return MmeScale {
                    step: 80 * power / 10,
                }
            }
        }
    }
}

/// Where everything goes (the time axis's labels in `d`'s words).
pub fn layout(window: &Window, d: &DiaryTexts) -> Layout {
    let entries = window.entries();
    let axis = Axis::new(entries);
    let mmes: Vec<Option<(u64, u64)>> = entries
        .iter()
        .map(|e| e.daily_mme().map(|m| tenths(&m)))
        .collect();
    let scale = mme_scale(mmes.iter().flatten().map(|(_, up)| *up).max());
    let points = entries
        .iter()
        .zip(&mmes)
        .map(|(e, mme)| Point {
            date: e.date(),
            x: axis.x(e.date().days_since_epoch()),
            score_y: score_y(e.score().tenths()),
            mme_y: mme.map(|(near, _)| mme_y(near, scale)),
        })
        .collect();
    let dose_marks = window
        .dose_changes()
        .iter()
        .map(|c| axis.x(c.date.days_since_epoch()))
        .collect();
    let bands = window
        .observations()
        .iter()
        .filter_map(|o| match o {
            Observation::PainUpAfterDoseUp(i) => Some((
                axis.x(i.from.days_since_epoch()),
                axis.x(i.to.days_since_epoch()),
            )),
            Observation::PainDownAfterDoseUp(_) => None,
        })
        .collect();
    Layout {
        points,
        mme_scale: scale,
        dose_marks,
        bands,
        date_ticks: date_ticks(axis, d),
    }
}

#[derive(Clone, Copy)]
enum Every {
    Days(i64),
    Months(u32),
    Years(u32),
}

/// The time axis's ticks: the shortest of a day, 2 days, a week (Mondays),
/// 2 weeks, 1, 2, 3 or 6 months (first days), 1, 2, 5, 10... years whose
/// labels do not touch.
fn date_ticks(axis: Axis, d: &DiaryTexts) -> Vec<(u32, String)> {
    let plot_width = i64::from(X_LAST - X_FIRST) / 10;
    let candidates = [
        Every::Days(1),
        Every::Days(2),
        Every::Days(7),
        Every::Days(14),
        Every::Months(1),
        Every::Months(2),
        Every::Months(3),
        Every::Months(6),
    ]
    .into_iter()
    .chain((0..4).flat_map(|p| [1, 2, 5].map(|m| Every::Years(m * 10u32.pow(p)))));
    for every in candidates {
        // Labels about 0.6 em a character, and a space between.
        let (shortest_days, chars) = match every {
            Every::Days(n) => (n, 6),
            Every::Months(n) => (i64::from(n) * 28, 8),
            Every::Years(n) => (i64::from(n) * 365, 4),
        };
        let needed = i64::from(FONT_SIZE) * 6 * chars / 10 + 8;
        if shortest_days * plot_width < needed * axis.span {
            continue;
        }
        let ticks = ticks_every(axis, every, d);
        let fits = ticks
            .windows(2)
            .all(|w| i64::from(w[1].0 - w[0].0) >= needed * 10);
        if fits {
            return ticks;
        }
    }
    Vec::new()
}

fn ticks_every(axis: Axis, every: Every, d: &DiaryTexts) -> Vec<(u32, String)> {
    let end = axis.start + axis.span;
    let mut ticks = Vec::new();
    let mut push = |day: i64, label: String| ticks.push((axis.x(day), label));
    match every {
        Every::Days(n) => {
            // Weeks start on Mondays (1970-01-05 was one: day 4).
            let anchor = if n >= 7 { 4 } else { 0 };
            let mut day = axis.start + (anchor - axis.start).rem_euclid(n);
            while day <= end {
                if let Some(date) = CivilDate::from_days_since_epoch(day) {
                    let month = d.short_months[usize::from(date.month()) - 1];
                    push(day, date.day().to_string() + " " + month);
                }
                day += n;
            }
        }
        Every::Months(n) | Every::Years(n) => {
            let months = match every {
                Every::Years(_) => 12 * n,
                _ => n,
            };
            let Some(start) = CivilDate::from_days_since_epoch(axis.start) else {
                return ticks;
            };
            // Months counted from year 0: the first whole step on or after
            // the start.
            let mut index = u32::from(start.year()) * 12 + u32::from(start.month()) - 1;
            if start.day() > 1 {
                index += 1;
            }
            index = index.div_ceil(months) * months;
            loop {
                let (year, month) = (index / 12, index % 12 + 1);
                let Some(date) = u16::try_from(year)
                    .ok()
                    .and_then(|y| CivilDate::new(y, month as u8, 1))
                else {
                    break;
                };
                let day = date.days_since_epoch();
                if day > end {
                    break;
                }
                let label = match every {
                    Every::Years(_) => date.year().to_string(),
                    _ => {
                        d.short_months[usize::from(date.month()) - 1].to_string()
                            + " "
                            + &date.year().to_string()
                    }
                };
                push(day, label);
                index += months;
            }
        }
    }
    ticks
}

/// `1234` by hand.
fn push_int(out: &mut String, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    for d in &digits[at..] {
        out.push(char::from(*d));
    }
}

/// Tenths as a number: `1234` is `123.4`, `1230` is `123`.
fn push_tenths(out: &mut String, value: u32) {
    push_int(out, u64::from(value / 10));
    if !value.is_multiple_of(10) {
        out.push('.');
        out.push(char::from(b'0' + (value % 10) as u8));
    }
}

/// ` name="value"` for a number in tenths.
fn attr(out: &mut String, name: &str, tenths: u32) {
    out.push(' ');
    *out += name;
    *out += "=\"";
    push_tenths(out, tenths);
    out.push('"');
}

fn text(out: &mut String, x: u32, y: u32, anchor: &str, words: &str) {
    *out += "<text";
    attr(out, "x", x * 10);
    attr(out, "y", y * 10);
    if !anchor.is_empty() {
        *out += " text-anchor=\"";
        *out += anchor;
        out.push('"');
    }
    out.push('>');
    escape_into(out, words);
    *out += "</text>";
}

const SQUARE: u32 = 50; // tenths
const RADIUS: &str = "2.5";

fn square(out: &mut String, x: u32, y: u32) {
    *out += "<rect";
    attr(out, "x", x - SQUARE / 2);
    attr(out, "y", y - SQUARE / 2);
    *out += " width=\"5\" height=\"5\"/>";
}

fn circle(out: &mut String, x: u32, y: u32) {
    *out += "<circle";
    attr(out, "cx", x);
    attr(out, "cy", y);
    *out += " r=\"";
    *out += RADIUS;
    *out += "\"/>";
}

/// The chart as SVG markup, for the widget (through `setHTML`) and the
/// printed summary (inline), in `d`'s words.
pub fn svg(window: &Window, d: &DiaryTexts, summary: &str) -> String {
    let l = layout(window, d);
    let mut out = String::with_capacity(2048 + l.points.len() * 160);
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"oih-diary-chart\" viewBox=\"0 0 ";
    push_int(&mut out, u64::from(WIDTH));
    out.push(' ');
    push_int(&mut out, u64::from(HEIGHT));
    out += "\" role=\"img\" font-size=\"";
    push_int(&mut out, u64::from(FONT_SIZE));
    out += "\"><title>";
    escape_into(&mut out, d.chart_title);
    out += "</title><desc>";
    escape_into(&mut out, summary);
    out += "</desc>";

    // The pain-up pairs, behind everything.
    if !l.bands.is_empty() {
        out += "<g class=\"oih-chart-band\" fill=\"currentColor\" fill-opacity=\"0.15\">";
        for (from, to) in &l.bands {
            out += "<rect";
            attr(&mut out, "x", *from);
            attr(&mut out, "y", PLOT_TOP * 10);
            attr(&mut out, "width", (to - from).max(10));
            attr(&mut out, "height", (PLOT_BOTTOM - PLOT_TOP) * 10);
            out += "/>";
        }
        out += "</g>";
    }

    // Grid lines, one per step of both scales.
    out += "<g class=\"oih-chart-grid\" stroke=\"currentColor\" stroke-opacity=\"0.35\" stroke-width=\"0.5\" fill=\"none\"><path d=\"";
    for step in 0..=5u16 {
        out.push('M');
        push_int(&mut out, u64::from(PLOT_LEFT));
        out.push(' ');
        push_tenths(&mut out, score_y(step * 20));
        out.push('H');
        push_int(&mut out, u64::from(PLOT_RIGHT));
    }
    out += "\"/></g>";

    // The scales' and the time axis's labels.
    out += "<g class=\"oih-chart-axis\" fill=\"currentColor\">";
    for step in 0..=5u16 {
        let y = score_y(step * 20) / 10 + 4;
        let mut label = String::new();
        push_int(&mut label, u64::from(step * 2));
        text(&mut out, PLOT_LEFT - 4, y, "end", &label);
        label.clear();
        push_int(&mut label, l.mme_scale.step * u64::from(step));
        text(&mut out, PLOT_RIGHT + 4, y, "", &label);
    }
    if !l.date_ticks.is_empty() {
        out += "<path stroke=\"currentColor\" d=\"";
        for (x, _) in &l.date_ticks {
            out.push('M');
            push_tenths(&mut out, *x);
            out.push(' ');
            push_int(&mut out, u64::from(PLOT_BOTTOM));
            out += "v4";
        }
        out += "\"/>";
    }
    for (x, label) in &l.date_ticks {
        out += "<text";
        attr(&mut out, "x", *x);
        attr(&mut out, "y", DATE_LABEL_Y * 10);
        out += " text-anchor=\"middle\">";
        escape_into(&mut out, label);
        out += "</text>";
    }
    out += "</g>";

    // Dose changes.
    if !l.dose_marks.is_empty() {
        out += "<g class=\"oih-chart-dose\" stroke=\"currentColor\" stroke-dasharray=\"1 2\" fill=\"none\"><path d=\"";
        for x in &l.dose_marks {
            out.push('M');
            push_tenths(&mut out, *x);
            out.push(' ');
            push_int(&mut out, u64::from(PLOT_TOP));
            out.push('V');
            push_int(&mut out, u64::from(PLOT_BOTTOM + 4));
        }
        out += "\"/></g>";
    }

    // The MME: squares on a dashed line, broken where it is unknown.
    out += "<g class=\"oih-chart-mme\" fill=\"currentColor\" stroke=\"currentColor\"><path fill=\"none\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\" d=\"";
    let mut joined = false;
    for p in &l.points {
        match p.mme_y {
            Some(y) => {
                out.push(if joined { 'L' } else { 'M' });
                push_tenths(&mut out, p.x);
                out.push(' ');
                push_tenths(&mut out, y);
                joined = true;
            }
            None => joined = false,
        }
    }
    out += "\"/><g stroke=\"none\">";
    for p in &l.points {
        if let Some(y) = p.mme_y {
            square(&mut out, p.x, y);
        }
    }
    out += "</g></g>";

    // The PEG score: circles on a solid line, on top.
    out += "<g class=\"oih-chart-peg\" fill=\"currentColor\" stroke=\"currentColor\"><path fill=\"none\" stroke-width=\"1.5\" d=\"";
    for (i, p) in l.points.iter().enumerate() {
        out.push(if i == 0 { 'M' } else { 'L' });
        push_tenths(&mut out, p.x);
        out.push(' ');
        push_tenths(&mut out, p.score_y);
    }
    out += "\"/><g stroke=\"none\">";
    for p in &l.points {
        circle(&mut out, p.x, p.score_y);
    }
    out += "</g></g>";

    // The legend, which titles the scales: the score over the left one,
    // the MME over the right one.
    out += "<g class=\"oih-chart-peg\" fill=\"currentColor\" stroke=\"currentColor\"><path stroke-width=\"1.5\" d=\"M4 14h14\"/>";
    circle(&mut out, 110, 140);
    out += "</g><g class=\"oih-chart-mme\" fill=\"currentColor\" stroke=\"currentColor\"><path stroke-width=\"1.5\" stroke-dasharray=\"5 3\" d=\"M300 14h16\"/>";
    square(&mut out, 3080, 140);
    out += "</g><g class=\"oih-chart-axis\" fill=\"currentColor\">";
    text(&mut out, 22, 18, "", d.chart_score);
    text(&mut out, 296, 18, "end", d.chart_mme);
    let mut at = 4;
    if !l.dose_marks.is_empty() {
        out += "<path class=\"oih-chart-dose\" stroke=\"currentColor\" stroke-dasharray=\"1 2\" d=\"M8 180v14\"/>";
        text(&mut out, at + 10, LEGEND_Y, "", d.chart_dose_changed);
        at += 110;
    }
    if !l.bands.is_empty() {
        out += "<rect class=\"oih-chart-band\" fill-opacity=\"0.15\"";
        attr(&mut out, "x", at * 10);
        out += " y=\"180\" width=\"12\" height=\"14\"/>";
        text(&mut out, at + 16, LEGEND_Y, "", d.chart_pain_up);
    }
    out += "</g></svg>";
    out
}

/// A daily MME as the table and the summary line write it (`90`, `7.5`;
/// cut, never rounded up, to two decimals as the checklist does).
pub fn mme_figure(value: &Decimal) -> String {
    let exact = number(value);
    match exact.split_once('.') {
        Some((int, frac)) if frac.len() > 2 => int.to_string() + "." + &frac[..2],
        _ => exact,
    }
}

/// The table's rows: one per entry, oldest first, in the columns of
/// [`DiaryTexts::table_columns`], in the language of `t`.
pub fn table_rows(window: &Window, t: &Texts) -> Vec<Vec<String>> {
    let d = t.lang.diary_texts();
    window
        .entries()
        .iter()
        .map(|e| {
            let peg = e.peg();
            let medicines: Vec<String> = e
                .medications()
                .iter()
                .map(|m| {
                    let name = (t.drug_name)(m.drug.id).to_string();
                    match m.amount {
                        Some(amount) => {
                            name + " " + &t.number(&amount) + " " + (d.unit)(m.drug.unit)
                        }
                        None => name,
                    }
                })
                .collect();
            let mut row = vec![(d.long_date)(e.date()), t.with_mark(e.score().to_text())];
            row.extend(PegItem::ALL.map(|item| peg.get(item).to_string()));
            row.push(
                e.daily_mme()
                    .map(|m| t.with_mark(mme_figure(&m)))
                    .unwrap_or_else(|| d.unknown_mme.to_string()),
            );
            row.push(medicines.join(", "));
            // One line a cell: a line break in a note is a space here.
            row.push(e.note().unwrap_or("").replace(['\n', '\r'], " "));
            row
        })
        .collect()
}

/// The one-line summary of a window ([`DiaryTexts::chart_summary`]).
pub fn summary_line(window: &Window, d: &DiaryTexts) -> String {
    let entries = window.entries();
    let (Some(first), Some(last)) = (entries.first(), entries.last()) else {
        return d.no_entries.to_string();
    };
    let scores = entries.iter().map(Entry::score);
    let (low, high) = (
        scores.clone().min().unwrap_or(first.score()),
        scores.max().unwrap_or(first.score()),
    );
    let known: Vec<Decimal> = entries.iter().filter_map(Entry::daily_mme).collect();
    let mme = match (known.iter().min(), known.iter().max()) {
        (Some(low), Some(high)) => Some((mme_figure(low), mme_figure(high))),
        _ => None,
    };
    (d.chart_summary)(
        entries.len(),
        first.date(),
        last.date(),
        (&low.to_text(), &high.to_text()),
        mme.as_ref().map(|(l, h)| (l.as_str(), h.as_str())),
        entries.len() - known.len(),
    )
}

/// The table as escaped HTML, for the widget (`setHTML`): a caption, a
/// header row and one row per entry.
pub fn table_html(chart: &DiaryChart, caption: &str) -> String {
    let mut out = String::with_capacity(256 + chart.rows.len() * 200);
    out += "<table class=\"oih-diary-table\"><caption>";
    escape_into(&mut out, caption);
    out += "</caption><thead><tr>";
    for c in &chart.columns {
        out += "<th scope=\"col\">";
        escape_into(&mut out, c);
        out += "</th>";
    }
    out += "</tr></thead><tbody>";
    for row in &chart.rows {
        out += "<tr>";
        for (i, cell) in row.iter().enumerate() {
            out += if i == 0 { "<th scope=\"row\">" } else { "<td>" };
            escape_into(&mut out, cell);
            out += if i == 0 { "</th>" } else { "</td>" };
        }
        out += "</tr>";
    }
    out += "</tbody></table>";
    out
}

#[cfg(test)]
mod tests {
    use super::{FONT_SIZE, WIDTH};
    use crate::texts::Lang;

    /// A text's width in `viewBox` units, at about 0.6 em a character (as
    /// `date_ticks` reckons its labels).
    fn width(text: &str) -> usize {
        text.chars().count() * FONT_SIZE as usize * 6 / 10
    }

    #[test]
    fn the_legend_fits_its_places_in_every_language() {
        for lang in Lang::SUPPORTED {
            let d = lang.diary_texts();
            // The top line (`svg`): the score's title from x 22, the MME's
            // ending at x 296, a space between.
            assert!(
                22 + width(d.chart_score) + 8 <= 296 - width(d.chart_mme),
                "{lang:?}"
            );
            // The bottom line: "dose changed" from x 14, before the band's
            // mark at x 114; the band's words from x 130, inside the chart.
            assert!(14 + width(d.chart_dose_changed) <= 114, "{lang:?}");
            assert!(130 + width(d.chart_pain_up) <= WIDTH as usize, "{lang:?}");
        }
    }
}
