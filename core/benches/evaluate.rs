//! Benchmark (prints figures, asserts nothing): how long the core takes to evaluate one scenario, to diff two
//! and to find the biggest lever on every outcome. Run with `cargo xtask bench` or `cargo bench -p gambit-core`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use gambit_core::content::{ContentFiles, Table};
use gambit_core::model::{diff, evaluate, sensitivity, Scenario};
use gambit_core::reach::reach;
use gambit_core::Case;

/// Median nanoseconds per call of `f` over `rounds` rounds of `per_round` calls.
fn median_ns(rounds: usize, per_round: usize, mut f: impl FnMut(usize)) -> f64 {
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for i in 0..per_round {
                f(i);
            }
            start.elapsed().as_nanos() as f64 / per_round as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[rounds / 2]
}

fn main() {
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    let case = Case::load(&files, "en").unwrap();
    let model = &case.model;
    // A spread of scenarios: every option of every assumption in turn, the sliders at both ends.
    let mut scenarios = vec![Scenario::defaults(model)];
    for (a, assumption) in model.assumptions.with_ids() {
        for o in assumption.option_ids() {
            for (s, slider) in model.sliders.with_ids() {
                for v in [slider.data.min, slider.data.max] {
                    let mut next = Scenario::defaults(model);
                    next[a] = o;
                    next[s] = v;
                    scenarios.push(next);
                }
            }
        }
    }
    let n = scenarios.len();
    let eval = median_ns(31, 2000, |i| {
        black_box(evaluate(model, black_box(&scenarios[i % n])));
    });
    let compare = median_ns(31, 1000, |i| {
        black_box(diff(model, &scenarios[i % n], &scenarios[(i + 7) % n]));
    });
    let levers = median_ns(31, 100, |i| {
        black_box(sensitivity(model, &scenarios[i % n]));
    });
    let near = median_ns(11, 10, |i| {
        black_box(reach(model, &scenarios[i % n]));
    });
    println!(
        "scenario model ({} outcomes, {} rules, {} slopes), median of 31 rounds:",
        model.outcomes.len(),
        model.rules.len(),
        model.slopes.len()
    );
    println!("  evaluate one scenario   {:>10.2} µs", eval / 1000.0);
    println!("  diff two scenarios      {:>10.2} µs", compare / 1000.0);
    println!("  sensitivity (all levers){:>10.2} µs", levers / 1000.0);
    println!("  reach (every ending)    {:>10.2} µs", near / 1000.0);
    println!(
        "BENCH {{\"evaluate_us\": {:.3}, \"diff_us\": {:.3}, \"sensitivity_us\": {:.3}, \"reach_us\": {:.3}}}",
        eval / 1000.0,
        compare / 1000.0,
        levers / 1000.0,
        near / 1000.0
    );
}
