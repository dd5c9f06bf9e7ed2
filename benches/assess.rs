//! One assessment, from input JSON to output JSON, and the rules alone.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use oih_checklist::assessment::assess;
use oih_checklist::contract;

const INPUT: &str = r#"{
  "answers": { "opioid_use": "current", "duration": "over_3_months",
               "dose_increased": "yes", "response_to_increase": "worse",
               "allodynia": "yes", "seizure": "no" },
  "medications": [ { "drug": "oxycodone", "amount": 20, "times_per_day": 3 },
                   { "drug": "fentanyl_patch", "amount": 25 } ]
}"#;

fn bench(c: &mut Criterion) {
    c.bench_function("evaluate_json", |b| {
        b.iter(|| contract::evaluate(black_box(INPUT)))
    });
    let input = contract::parse_input(INPUT).expect("valid input");
    c.bench_function("assess_rules_only", |b| {
        b.iter(|| assess(black_box(&input)))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
