//! The pain diary's chart, table and one-line summary (issue 25): x by real
//! dates, y on both scales, the MME scale's round maximum, dose changes,
//! unknown MME as a gap, escaping, well-formed SVG, the table and the line.
#![cfg(not(target_arch = "wasm32"))]

use oih_checklist::diary::{CivilDate, Diary, Entry, Peg};
use oih_checklist::diary_chart::{
    chart, mme_scale, mme_y, render, score_y, table_html, Layout, MmeScale, Window, X_FIRST, X_LAST,
};
use oih_checklist::texts::Lang;
use serde_json::{json, Value};

/// The layout with English labels.
fn layout(window: &Window) -> Layout {
    oih_checklist::diary_chart::layout(window, Lang::En.diary_texts())
}

fn date(text: &str) -> CivilDate {
    CivilDate::parse(text).unwrap()
}

fn medicines(list: Value) -> Vec<oih_checklist::assessment::Medication> {
    let input = json!({"answers": {}, "medications": list});
    oih_checklist::contract::parse_input(&input.to_string())
        .unwrap()
        .medications
}

/// Oxycodone `mg` once a day: `mg` x 1.5 MME; 0 is no medicine (unknown).
fn entry(day: &str, peg: [u8; 3], oxycodone_mg: u32, note: &str) -> Entry {
    let meds = if oxycodone_mg == 0 {
        json!([])
    } else {
        json!([{"drug": "oxycodone", "amount": oxycodone_mg, "times_per_day": 1}])
    };
    Entry::new(
        date(day),
        Peg::new(peg[0], peg[1], peg[2]).unwrap(),
        medicines(meds),
        note,
    )
    .unwrap()
}

fn diary(entries: Vec<Entry>) -> Diary {
    Diary::from_entries(entries).unwrap()
}

/// Balanced tags, double-quoted attributes, only `&amp; &lt; &gt; &quot;`
/// escapes, nothing outside the root: a small XML well-formedness check.
fn assert_well_formed(xml: &str) {
    let mut stack: Vec<String> = Vec::new();
    let mut rest = xml;
    let mut roots = 0;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('<') {
            let end = after.find('>').expect("a tag ends");
            let tag = &after[..end];
            assert!(!tag.contains('<'), "< inside a tag: {tag}");
            if let Some(name) = tag.strip_prefix('/') {
                assert_eq!(stack.pop().as_deref(), Some(name), "closing {name}");
            } else {
                let self_closing = tag.ends_with('/');
                let body = tag.trim_end_matches('/');
                let name = body.split_whitespace().next().expect("a name");
                assert!(name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
                // Attributes: name="value", no quote or < inside.
                let mut attrs = body[name.len()..].trim();
                while !attrs.is_empty() {
                    let (attr_name, value) = attrs.split_once("=\"").expect("name=\"");
                    assert!(!attr_name.trim().is_empty() && !attr_name.contains(' '));
                    let close = value.find('"').expect("closing quote");
                    check_text(&value[..close]);
                    attrs = value[close + 1..].trim_start();
                }
                if stack.is_empty() {
                    roots += 1;
                }
                if !self_closing {
                    stack.push(name.to_string());
                }
            }
            rest = &after[end + 1..];
        } else {
            let end = rest.find('<').unwrap_or(rest.len());
            assert!(!stack.is_empty(), "text outside the root");
            check_text(&rest[..end]);
            rest = &rest[end..];
        }
    }
    assert!(stack.is_empty(), "unclosed {stack:?}");
    assert_eq!(roots, 1, "one root element");
}

fn check_text(text: &str) {
    assert!(!text.contains('>') && !text.contains('"'), "{text}");
    for (i, _) in text.match_indices('&') {
        let entity = &text[i..];
        assert!(
            ["&amp;", "&lt;", "&gt;", "&quot;"]
                .iter()
                .any(|e| entity.starts_with(e)),
            "bare & in {text}"
        );
    }
}

#[test]
fn the_checker_fails_on_bad_markup() {
    for bad in [
        "<svg><g></svg>",
        "<svg></g>",
        "<svg>a & b</svg>",
        "<svg x=\"1></svg>",
        "<svg></svg><svg></svg>",
        "<svg><text>a < b</text></svg>",
    ] {
        assert!(
            std::panic::catch_unwind(|| assert_well_formed(bad)).is_err(),
            "{bad}"
        );
    }
    assert_well_formed("<svg a=\"1\"><g/><text>a &amp; b</text></svg>");
}

#[test]
fn x_follows_real_dates_not_the_index() {
    // A week, then a month: the middle entry is 7/37 of the way along.
    let d = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-09", [5, 5, 5], 20, ""),
        entry("2026-04-08", [6, 6, 6], 20, ""),
    ]);
    let l = layout(&Window::all(&d));
    let xs: Vec<u32> = l.points.iter().map(|p| p.x).collect();
    let width = X_LAST - X_FIRST;
    assert_eq!(xs[0], X_FIRST);
    assert_eq!(xs[2], X_LAST);
    assert_eq!(xs[1], X_FIRST + (7 * width + 37 / 2) / 37);
    assert!(
        xs[1] - xs[0] < (xs[2] - xs[1]) / 4,
        "a week is shorter than a month"
    );
    // Evenly spaced dates are evenly spaced points.
    let even = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-09", [5, 5, 5], 20, ""),
        entry("2026-03-16", [6, 6, 6], 20, ""),
    ]);
    let l = layout(&Window::all(&even));
    assert_eq!(l.points[1].x, (X_FIRST + X_LAST) / 2);
    // The points in the SVG are where the layout says.
    let svg = chart(&d, Lang::En.texts()).svg;
    let cx = |x: u32| {
        let int = (x / 10).to_string();
        if x.is_multiple_of(10) {
            format!("cx=\"{int}\"")
        } else {
            format!("cx=\"{int}.{}\"", x % 10)
        }
    };
    for x in xs {
        assert!(svg.contains(&cx(x)), "{} in {svg}", cx(x));
    }
}

#[test]
fn one_entry_sits_in_the_middle() {
    let d = diary(vec![entry("2026-03-02", [4, 4, 4], 20, "")]);
    let l = layout(&Window::all(&d));
    assert_eq!(l.points[0].x, (X_FIRST + X_LAST) / 2);
}

#[test]
fn y_on_both_scales() {
    // 0 at the bottom (150), 10 at the top (30): 12 units a point.
    assert_eq!(score_y(0), 1500);
    assert_eq!(score_y(100), 300);
    assert_eq!(score_y(50), 900);
    assert_eq!(score_y(43), 1500 - 43 * 12);
    let scale = MmeScale { step: 20 };
    assert_eq!(mme_y(0, scale), 1500);
    assert_eq!(mme_y(1000, scale), 300, "100 MME at the top of 0 to 100");
    assert_eq!(mme_y(300, scale), 1500 - 360, "30 MME");
    let d = diary(vec![
        entry("2026-03-02", [4, 4, 5], 20, ""), // 4.3, 30 MME
        entry("2026-03-09", [7, 7, 6], 40, ""), // 6.7, 60 MME
    ]);
    let l = layout(&Window::all(&d));
    assert_eq!(l.mme_scale, MmeScale { step: 15 }, "0 to 75 for 60");
    assert_eq!(l.points[0].score_y, score_y(43));
    assert_eq!(l.points[1].score_y, score_y(67));
    assert_eq!(l.points[0].mme_y, Some(1500 - 480), "30 of 75");
    assert_eq!(l.points[1].mme_y, Some(1500 - 960), "60 of 75");
    let svg = chart(&d, Lang::En.texts()).svg;
    for (step, label) in ["0", "15", "30", "45", "60", "75"].iter().enumerate() {
        let y = 150 - 24 * step + 4;
        assert!(
            svg.contains(&format!("<text x=\"286\" y=\"{y}\">{label}</text>")),
            "{label} at {y}"
        );
    }
    assert!(svg.contains("x=\"286\" y=\"34\">75</text>"), "{svg}");
    assert!(svg.contains("x=\"30\" y=\"34\" text-anchor=\"end\">10</text>"));
}

#[test]
fn the_mme_scale_is_a_round_maximum() {
    let max = |mme_tenths: u64| mme_scale(Some(mme_tenths)).max();
    assert_eq!(max(10), 5);
    assert_eq!(max(50), 5, "exactly 5");
    assert_eq!(max(51), 10);
    assert_eq!(max(300), 30);
    assert_eq!(max(600), 75, "60 MME: 0 to 75 in steps of 15");
    assert_eq!(max(610), 75);
    assert_eq!(max(760), 100);
    assert_eq!(max(1500), 150);
    assert_eq!(max(1501), 200);
    assert_eq!(max(9000), 1000);
    assert_eq!(max(12_000_000), 1_250_000);
    assert_eq!(mme_scale(None).max(), 100, "nothing known");
    // 7.5 does not round down to 7 when choosing the scale.
    let d = diary(vec![entry("2026-03-02", [4, 4, 4], 0, "")]);
    assert_eq!(layout(&Window::all(&d)).mme_scale.max(), 100);
    let codeine = Entry::new(
        date("2026-03-02"),
        Peg::new(1, 1, 1).unwrap(),
        medicines(json!([{"drug": "codeine", "amount": 50, "times_per_day": 1}])),
        "",
    )
    .unwrap();
    // 0.15 x 50 = 7.5: the scale is 0 to 10, not 0 to 5.
    let l = layout(&Window::all(&diary(vec![codeine])));
    assert_eq!(l.mme_scale.max(), 10);
    assert_eq!(l.points[0].mme_y, Some(1500 - 900));
}

#[test]
fn dose_changes_are_marked_at_their_entries() {
    let d = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-09", [4, 4, 4], 20, ""),
        entry("2026-03-16", [5, 5, 5], 40, ""), // up
        entry("2026-03-23", [5, 5, 5], 40, ""),
        entry("2026-03-30", [5, 5, 5], 0, ""), // to unknown
    ]);
    let l = layout(&Window::all(&d));
    assert_eq!(l.dose_marks, vec![l.points[2].x, l.points[4].x]);
    let svg = chart(&d, Lang::En.texts()).svg;
    let marks = svg
        .split("class=\"oih-chart-dose\"")
        .nth(1)
        .and_then(|s| s.split("d=\"").nth(1))
        .unwrap();
    assert_eq!(marks.matches('M').count(), 2, "{marks}");
    assert!(svg.contains("Dose changed"));
    // No change: no mark and no legend for it.
    let flat = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-09", [5, 5, 5], 20, ""),
    ]);
    assert!(layout(&Window::all(&flat)).dose_marks.is_empty());
    assert!(!chart(&flat, Lang::En.texts()).svg.contains("Dose changed"));
}

#[test]
fn an_unknown_mme_is_a_gap_in_the_line() {
    let d = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-09", [4, 4, 4], 20, ""),
        entry("2026-03-16", [5, 5, 5], 0, ""),
        entry("2026-03-23", [5, 5, 5], 40, ""),
        entry("2026-03-30", [5, 5, 5], 40, ""),
    ]);
    let l = layout(&Window::all(&d));
    assert_eq!(l.points[2].mme_y, None);
    assert!(l.points.iter().all(|p| p.score_y > 0), "every score drawn");
    let svg = chart(&d, Lang::En.texts()).svg;
    let mme = svg.split("class=\"oih-chart-mme\"").nth(1).unwrap();
    let line = mme.split("d=\"").nth(1).unwrap().split('"').next().unwrap();
    assert_eq!(line.matches('M').count(), 2, "two pieces: {line}");
    assert_eq!(line.matches('L').count(), 2, "{line}");
    let squares = mme
        .split("</g></g>")
        .next()
        .unwrap()
        .matches("<rect")
        .count();
    assert_eq!(squares, 4, "a square for each known MME");
    let peg = svg.split("class=\"oih-chart-peg\"").nth(1).unwrap();
    assert_eq!(
        peg.split("</g></g>")
            .next()
            .unwrap()
            .matches("<circle")
            .count(),
        5,
        "a circle for each score"
    );
}

#[test]
fn pain_up_after_dose_up_is_a_band() {
    let d = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-09", [6, 6, 6], 40, ""), // up, pain up: band
        entry("2026-03-16", [6, 6, 6], 60, ""), // up, pain same
        entry("2026-03-23", [3, 3, 3], 80, ""), // up, pain down: no band
    ]);
    let l = layout(&Window::all(&d));
    assert_eq!(l.bands, vec![(l.points[0].x, l.points[1].x)]);
    let svg = chart(&d, Lang::En.texts()).svg;
    assert!(svg.contains("Pain up after dose up"));
    assert_eq!(
        svg.matches("class=\"oih-chart-band\"").count(),
        2,
        "band + legend"
    );
}

#[test]
fn text_is_escaped_and_the_svg_is_safe_and_well_formed() {
    let d = diary(vec![
        entry(
            "2026-03-02",
            [4, 4, 4],
            20,
            "<script>alert(1)</script> & \"so\"",
        ),
        entry("2026-03-09", [5, 5, 5], 0, ""),
        entry("2026-05-26", [7, 7, 6], 40, ""),
    ]);
    let c = chart(&d, Lang::En.texts());
    assert_well_formed(&c.svg);
    for bad in ["<script", "href", "url(", "style", " on", "#"] {
        assert!(!c.svg.contains(bad), "{bad} in {}", c.svg);
    }
    assert!(c
        .svg
        .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(c.svg.contains("role=\"img\""));
    assert!(c.svg.contains("viewBox=\"0 0 320 200\""));
    assert!(c
        .svg
        .contains("<title>Pain score and daily opioid dose over time</title>"));
    assert!(c.svg.contains(&format!("<desc>{}</desc>", c.summary)));
    // Colours only through currentColor (and classes).
    for colour in ["fill=\"", "stroke=\""] {
        for value in c.svg.split(colour).skip(1) {
            let value = value.split('"').next().unwrap();
            assert!(["currentColor", "none"].contains(&value), "{colour}{value}");
        }
    }
    assert_eq!(c.rows[0][7], "<script>alert(1)</script> & \"so\"");
    let html = table_html(&c, "Entries");
    assert_well_formed(&html);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;so&quot;"));
    assert!(!html.contains("<script"));
    // Empty and very full diaries are well-formed too.
    assert_well_formed(&chart(&Diary::new(), Lang::En.texts()).svg);
}

#[test]
fn the_table_is_the_entries() {
    let oxy_and_patch = Entry::new(
        date("2026-03-09"),
        Peg::new(5, 6, 4).unwrap(),
        medicines(
            json!([{"drug": "oxycodone", "amount": 10, "per_dose": 2, "times_per_day": 3},
                         {"drug": "fentanyl_patch", "amount": 25}]),
        ),
        "  bad week\nslept little ",
    )
    .unwrap();
    let d = diary(vec![
        entry("2026-03-02", [4, 4, 5], 20, ""),
        oxy_and_patch,
        entry("2026-03-16", [10, 10, 10], 0, ""),
    ]);
    let c = chart(&d, Lang::En.texts());
    assert_eq!(
        c.columns,
        [
            "Date",
            "PEG score",
            "Pain",
            "Enjoyment",
            "Activity",
            "MME a day",
            "Medicines",
            "Note"
        ]
    );
    assert_eq!(
        c.rows,
        vec![
            vec![
                "2 March 2026",
                "4.3",
                "4",
                "4",
                "5",
                "30",
                "Oxycodone 20 mg",
                ""
            ],
            vec![
                "9 March 2026",
                "5.0",
                "5",
                "6",
                "4",
                "150",
                "Oxycodone 10 mg, Fentanyl patch 25 mcg/hr",
                "bad week slept little",
            ],
            vec!["16 March 2026", "10.0", "10", "10", "10", "unknown", "", ""],
        ]
    );
    assert_eq!(c.rows.len(), layout(&Window::all(&d)).points.len());
    let html = table_html(&c, "Entries");
    assert_eq!(html.matches("<tr>").count(), 4, "header + 3 entries");
    assert!(html.contains("<th scope=\"row\">9 March 2026</th><td>5.0</td>"));
}

#[test]
fn the_one_line_summary() {
    let d = diary(vec![
        entry("2026-03-03", [4, 4, 5], 20, ""),
        entry("2026-04-03", [5, 5, 5], 0, ""),
        entry("2026-05-26", [7, 7, 6], 40, ""),
    ]);
    assert_eq!(
        chart(&d, Lang::En.texts()).summary,
        "3 entries from 3 March to 26 May 2026: pain score 4.3 to 6.7, dose 30 to 60 MME a day (unknown in 1 entry)"
    );
    let across_years = diary(vec![
        entry("2025-12-29", [4, 4, 4], 20, ""),
        entry("2026-01-05", [4, 4, 4], 20, ""),
    ]);
    assert_eq!(
        chart(&across_years, Lang::En.texts()).summary,
        "2 entries from 29 December 2025 to 5 January 2026: pain score 4.0, dose 30 MME a day"
    );
    let one = diary(vec![entry("2026-03-03", [4, 4, 4], 0, "")]);
    assert_eq!(
        chart(&one, Lang::En.texts()).summary,
        "1 entry on 3 March 2026: pain score 4.0, dose unknown"
    );
    assert_eq!(
        chart(&Diary::new(), Lang::En.texts()).summary,
        "No entries yet."
    );
}

#[test]
fn the_time_axis_has_dated_ticks_that_do_not_touch() {
    let weekly: Vec<Entry> = (0..261)
        .map(|i| {
            let day = date("2021-06-07").add_days(i * 7).unwrap();
            entry(&day.to_text(), [4, 5, 6], 20 + (i as u32 % 5) * 10, "")
        })
        .collect();
    let d = diary(weekly);
    let l = layout(&Window::all(&d));
    let labels: Vec<&str> = l.date_ticks.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(labels, ["2022", "2023", "2024", "2025", "2026"]);
    assert!(l.date_ticks.windows(2).all(|w| w[1].0 - w[0].0 >= 360));
    // Two weeks of entries: days.
    let short = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-16", [4, 4, 4], 20, ""),
    ]);
    let l = layout(&Window::all(&short));
    let labels: Vec<&str> = l.date_ticks.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(labels, ["2 Mar", "9 Mar", "16 Mar"]);
    assert_eq!(l.date_ticks[0].0, X_FIRST);
    // Three months: months.
    let months = diary(vec![
        entry("2026-03-03", [4, 4, 4], 20, ""),
        entry("2026-05-26", [4, 4, 4], 20, ""),
    ]);
    let l = layout(&Window::all(&months));
    let labels: Vec<&str> = l.date_ticks.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(labels, ["Apr 2026", "May 2026"]);
    assert_well_formed(&chart(&d, Lang::En.texts()).svg);
}

/// In Spanish: the months on the axis, the legend, the table and the line.
#[cfg(feature = "lang-es")]
#[test]
fn the_chart_speaks_the_language_of_its_texts() {
    let es = Lang::Es.diary_texts();
    let months = diary(vec![
        entry("2026-03-03", [4, 4, 5], 20, ""),
        entry("2026-05-26", [6, 6, 6], 40, ""),
    ]);
    let l = oih_checklist::diary_chart::layout(&Window::all(&months), es);
    let labels: Vec<&str> = l.date_ticks.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(labels, ["abr 2026", "may 2026"]);
    let short = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-16", [4, 4, 4], 20, ""),
    ]);
    let l = oih_checklist::diary_chart::layout(&Window::all(&short), es);
    let labels: Vec<&str> = l.date_ticks.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(labels, ["2 mar", "9 mar", "16 mar"]);

    let c = chart(&months, Lang::Es.texts());
    assert_eq!(c.columns[1], "Puntuación PEG");
    assert_eq!(c.rows[0][0], "3 de marzo de 2026");
    assert_eq!(
        c.summary,
        "2 registros del 3 de marzo al 26 de mayo de 2026: puntuación de dolor de 4,3 a 6,0; dosis de 30 a 60 MME al día"
    );
    for words in [es.chart_title, es.chart_score, es.chart_mme] {
        assert!(c.svg.contains(words), "{words}");
    }
    assert_well_formed(&c.svg);
    // The English chart of the same entries carries none of it.
    let en = chart(&months, Lang::En.texts());
    assert!(!en.svg.contains(es.chart_title) && !en.svg.contains("abr"));
}

#[test]
fn a_window_keeps_the_changes_and_observations_of_its_entries() {
    let d = diary(vec![
        entry("2026-03-02", [4, 4, 4], 20, ""),
        entry("2026-03-09", [6, 6, 6], 40, ""), // dose up, pain up
        entry("2026-03-16", [6, 6, 6], 40, ""),
        entry("2026-03-23", [6, 6, 6], 60, ""), // dose up
    ]);
    let w = Window::last(&d, 3);
    assert_eq!(w.earlier(), 1);
    assert_eq!(w.entries().len(), 3);
    assert_eq!(
        w.dose_changes().len(),
        2,
        "the change on its first entry too"
    );
    assert_eq!(w.observations().len(), 1);
    let l = layout(&w);
    assert_eq!(l.bands, vec![(X_FIRST, X_FIRST)], "from the chart's edge");
    let w = Window::last(&d, 2);
    assert_eq!(
        (w.earlier(), w.dose_changes().len(), w.observations().len()),
        (2, 1, 0)
    );
    assert_eq!(render(&w, Lang::En.texts()).rows.len(), 2);
    let w = Window::last(&d, 10);
    assert_eq!(w.earlier(), 0);
    assert_eq!(w.entries().len(), 4);
}
