//! The pain diary's chart, table and line (`diary_chart::chart`), for the
//! largest diaries the issue names: 5 years of weekly entries (261) and a
//! year of daily entries (366); and the summary's last 26.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use oih_checklist::diary::{CivilDate, Diary, Entry, Peg};
use oih_checklist::diary_chart::{chart, render, Window};
use oih_checklist::texts::Lang;

/// `count` entries `every` days apart, the dose changing every 5th entry,
/// one in 9 with an unknown MME, a short note on some.
fn diary(count: i64, every: i64) -> Diary {
    let start = CivilDate::parse("2021-06-07").unwrap();
    let entries = (0..count).map(|i| {
        let medications = if i % 9 == 4 {
            "[]".to_string()
        } else {
            let mg = 10 + (i / 5 % 6) * 5;
            "[{\"drug\": \"oxycodone\", \"amount\": ".to_string()
                + &mg.to_string()
                + ", \"times_per_day\": 2}, {\"drug\": \"fentanyl_patch\", \"amount\": 25}]"
        };
        let input = "{\"answers\": {}, \"medications\": ".to_string() + &medications + "}";
        let p = (i % 11) as u8;
        Entry::new(
            start.add_days(i * every).unwrap(),
            Peg::new(p, 10 - p, 5).unwrap(),
            oih_checklist::contract::parse_input(&input)
                .unwrap()
                .medications,
            if i % 3 == 0 {
                "slept badly & walked less"
            } else {
                ""
            },
        )
        .unwrap()
    });
    Diary::from_entries(entries.collect()).unwrap()
}

fn bench(c: &mut Criterion) {
    let t = Lang::En.texts();
    let weekly = diary(261, 7);
    let daily = diary(366, 1);
    c.bench_function("diary_chart_weekly_5_years_261", |b| {
        b.iter(|| chart(black_box(&weekly), t))
    });
    c.bench_function("diary_chart_daily_1_year_366", |b| {
        b.iter(|| chart(black_box(&daily), t))
    });
    c.bench_function("diary_chart_last_26_of_366", |b| {
        b.iter(|| render(&Window::last(black_box(&daily), 26), t))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
