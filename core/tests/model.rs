//! The scenario model evaluates every scenario into valid outcomes, with the rules that produced them.

use std::path::Path;

use gambit_core::content::ContentFiles;
use gambit_core::model::{evaluate, Scenario};
use gambit_core::Case;

fn case() -> Case {
    let files =
        ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    Case::load(&files, "en").unwrap()
}

/// Every scenario: the cartesian product of every assumption's options.
fn every_scenario(case: &Case) -> Vec<Scenario> {
    let mut all = vec![Vec::new()];
    for assumption in case.model.assumptions.iter() {
        all = all
            .into_iter()
            .flat_map(|prefix| {
                (0..assumption.data.options.len()).map(move |o| {
                    let mut next = prefix.clone();
                    next.push(o);
                    next
                })
            })
            .collect();
    }
    all.into_iter().map(Scenario).collect()
}

#[test]
fn every_scenario_evaluates_in_range_with_reasons() {
    let case = case();
    let scenarios = every_scenario(&case);
    assert!(!scenarios.is_empty());
    for scenario in &scenarios {
        let evaluation = evaluate(&case.model, scenario);
        assert_eq!(evaluation.outcomes.len(), case.model.outcomes.len());
        assert_eq!(
            evaluation,
            evaluate(&case.model, scenario),
            "evaluation is deterministic"
        );
        for value in &evaluation.outcomes {
            assert!((0..=100).contains(&value.value), "{scenario:?}: {value:?}");
            for &rule in &value.rules {
                assert!(!case.model.rules[rule].text.reason.is_empty());
            }
        }
    }
}

#[test]
fn tighter_chip_access_never_raises_compute() {
    let case = case();
    let model = &case.model;
    let chips = model.assumption_index("chips").unwrap();
    let compute = model.outcome_index("compute").unwrap();
    let order = ["unrestricted", "compliant", "domestic"]
        .map(|o| model.assumptions[chips].option_index(o).unwrap());
    for scenario in every_scenario(&case)
        .into_iter()
        .filter(|s| s.0[chips] == order[0])
    {
        let values: Vec<i32> = order
            .iter()
            .map(|&o| {
                let mut s = scenario.clone();
                s.0[chips] = o;
                evaluate(model, &s).outcomes[compute].value
            })
            .collect();
        assert!(
            values.windows(2).all(|w| w[0] > w[1]),
            "compute should fall as chips tighten: {values:?}"
        );
    }
}

#[test]
fn defaults_apply_no_rule_to_compute_and_show_the_base() {
    let case = case();
    let compute = case.model.outcome_index("compute").unwrap();
    let value = &evaluate(&case.model, &Scenario::defaults(&case.model)).outcomes[compute];
    assert_eq!(value.value, case.model.outcomes[compute].data.base);
    assert!(value.rules.is_empty());
}
