//! The scenario model: every combination evaluates into valid outcomes with reasons and an ending; the documented
//! directions hold (property tests); diff and sensitivity agree with evaluation.

use std::path::Path;
use std::sync::LazyLock;

use gambit_core::content::{ContentFiles, InPlay, Table};
use gambit_core::model::{diff, ending, evaluate, sensitivity, single_changes, Cause, Scenario, Standing};
use gambit_core::Case;
use proptest::prelude::*;

/// The shipped case, loaded once for all the tests (and the property cases) of this file.
fn case() -> &'static Case {
    static CASE: LazyLock<Case> = LazyLock::new(|| {
        let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
        Case::load(&files, "en").unwrap()
    });
    &CASE
}

/// Slider values tried exhaustively: both ends, the default, and points between.
fn slider_points(case: &Case) -> Vec<Vec<i32>> {
    let mut all = vec![Vec::new()];
    for slider in case.model.sliders.iter() {
        let d = &slider.data;
        let mut points = vec![
            d.min,
            (d.min + d.default) / 2,
            d.default,
            (d.default + d.max) / 2,
            d.max,
        ];
        points.dedup();
        all = all
            .into_iter()
            .flat_map(|prefix| points.iter().map(move |&p| [prefix.clone(), vec![p]].concat()))
            .collect();
    }
    all
}

/// Every scenario: each combination of every assumption's options, with the sliders at each of their points.
fn every_scenario(case: &Case) -> Vec<Scenario> {
    let mut choices = vec![Vec::new()];
    for assumption in case.model.assumptions.iter() {
        let n = assumption.data.options.len();
        choices = choices
            .into_iter()
            .flat_map(|prefix| (0..n).map(move |o| [prefix.clone(), vec![o]].concat()))
            .collect();
    }
    let sliders = slider_points(case);
    choices
        .into_iter()
        .flat_map(|c| {
            sliders
                .iter()
                .map(move |s| Scenario::from_positions(&case.model, &c, s).expect("positions on the scale"))
        })
        .collect()
}

#[test]
fn every_combination_evaluates_in_range_with_reasons_and_an_ending() {
    let case = case();
    let model = &case.model;
    let scenarios = every_scenario(case);
    let discrete: usize = model.assumptions.iter().map(|a| a.data.options.len()).product();
    assert_eq!(scenarios.len(), discrete * slider_points(case).len());
    assert!(scenarios.len() >= 2000, "{} scenarios", scenarios.len());
    let mut endings_seen = vec![false; model.endings.len()];
    for scenario in &scenarios {
        let evaluation = evaluate(model, scenario);
        assert_eq!(evaluation, evaluate(model, scenario), "evaluation is deterministic");
        assert_eq!(evaluation.outcomes.len(), model.outcomes.len());
        endings_seen[evaluation.ending.index()] = true;
        for value in &evaluation.outcomes {
            assert!((0..=100).contains(&value.value), "{scenario:?}: {value:?}");
            for cause in &value.causes {
                let reason = match *cause {
                    Cause::Rule(r) => &model.rules[r].text.reason,
                    Cause::Slope { slope, .. } => &model.slopes[slope].text.reason,
                };
                assert!(!reason.trim().is_empty());
            }
        }
    }
    let unreachable: Vec<&str> = model
        .endings
        .iter()
        .zip(&endings_seen)
        .filter(|(_, seen)| !**seen)
        .map(|(e, _)| e.data.id.as_ref())
        .collect();
    assert!(unreachable.is_empty(), "endings no scenario reaches: {unreachable:?}");
}

#[test]
fn the_present_day_is_a_fast_follower_with_base_values() {
    let case = case();
    let model = &case.model;
    let evaluation = evaluate(model, &Scenario::defaults(model));
    assert_eq!(model.endings[evaluation.ending].data.id, "fast-follower");
    for (o, value) in model.outcomes.ids().zip(&evaluation.outcomes) {
        assert_eq!(
            value.value, model.outcomes[o].data.base,
            "{}",
            model.outcomes[o].data.id
        );
        assert!(value.causes.is_empty());
    }
}

#[test]
fn an_ending_is_the_first_whose_conditions_hold() {
    let case = case();
    let model = &case.model;
    let index = |id: &str| model.endings.with_ids().find(|(_, e)| e.data.id == id).unwrap().0;
    let values = |f: &dyn Fn(&str) -> i32| model.outcomes.iter().map(|o| f(&o.data.id)).collect::<Vec<_>>();
    let (none, ours) = (InPlay::default(), InPlay { all: 1, named: 0 });
    let named = InPlay { all: 1, named: 1 };
    // The 2025 options, and the same with the culture holding up, which both hopeful endings require (P24).
    let present = Scenario::defaults(model);
    let mut holding_up = present.clone();
    let culture = model.assumption_by_key("culture").unwrap();
    holding_up[culture] = model.assumptions[culture].option_by_key("stronger").unwrap();
    let at = |s: &Scenario, pressures: InPlay, values: &[i32]| {
        ending(
            model,
            &Standing {
                option_of: |a| s[a],
                pressures,
                sliders: model.sliders.ids().map(|k| s[k]).collect(),
                values,
            },
        )
    };
    assert_eq!(at(&holding_up, none, &values(&|_| 100)), index("global-contender"));
    // With the culture left open, every value at its best reaches neither hopeful ending.
    for hopeful in ["global-contender", "original-innovator"] {
        assert_ne!(at(&present, none, &values(&|_| 100)), index(hopeful));
        // One pressure in play keeps them away too, whatever the values.
        assert_ne!(at(&holding_up, ours, &values(&|_| 100)), index(hopeful));
    }
    assert_eq!(
        at(
            &holding_up,
            none,
            &values(&|id| if id == "sustainability" { 10 } else { 100 })
        ),
        index("overextended")
    );
    // Every value at 2025's, no pressure: the last ending, the present's.
    let base: Vec<i32> = model.outcomes.iter().map(|o| o.data.base).collect();
    let fallback = model.endings.last_id().unwrap();
    assert_eq!(at(&present, none, &base), fallback);
    // Two pressures at once, or one the article names, read as losing ground even where every value stands at
    // 2025's; one of ours alone does not.
    assert_eq!(at(&present, InPlay { all: 2, named: 0 }, &base), index("losing-ground"));
    assert_eq!(at(&present, named, &base), index("losing-ground"));
    assert_eq!(at(&present, ours, &base), fallback);
}

/// Any scenario of the model.
fn scenario_strategy(case: &'static Case) -> impl Strategy<Value = Scenario> {
    let choices: Vec<_> = case.model.assumptions.iter().map(|a| 0..a.data.options.len()).collect();
    let sliders: Vec<_> = case.model.sliders.iter().map(|s| s.data.min..=s.data.max).collect();
    (choices, sliders).prop_map(|(choices, sliders)| Scenario::from_positions(&case.model, &choices, &sliders).unwrap())
}

fn value(case: &Case, scenario: &Scenario, outcome: &str) -> i32 {
    let model = &case.model;
    let o = model.outcomes.with_ids().find(|(_, o)| o.data.id == outcome).unwrap().0;
    evaluate(model, scenario)[o].value
}

fn with_option(case: &Case, scenario: &Scenario, assumption: &str, option: &str) -> Scenario {
    let a = case.model.assumption_by_key(assumption).unwrap();
    let mut next = scenario.clone();
    next[a] = case.model.assumptions[a].option_by_key(option).unwrap();
    next
}

proptest! {
    #[test]
    fn tighter_chip_access_never_raises_compute(s in scenario_strategy(case())) {
        let case = case();
        let [open, compliant, domestic] =
            ["unrestricted", "compliant", "domestic"].map(|o| value(case, &with_option(case, &s, "chips", o), "compute"));
        prop_assert!(open >= compliant && compliant >= domestic, "{open} {compliant} {domestic}");
    }

    #[test]
    fn harsher_tiktok_outcomes_never_raise_trust_abroad(s in scenario_strategy(case())) {
        let case = case();
        let [quo, sale, ban] =
            ["status-quo", "divestiture", "ban"].map(|o| value(case, &with_option(case, &s, "tiktok", o), "global-trust"));
        prop_assert!(quo >= sale && sale >= ban, "{quo} {sale} {ban}");
    }

    #[test]
    fn weaker_ads_never_raise_sustainability(s in scenario_strategy(case())) {
        let case = case();
        let [strong, flat, weak] =
            ["strong", "flat", "headwinds"].map(|o| value(case, &with_option(case, &s, "ads", o), "sustainability"));
        prop_assert!(strong >= flat && flat >= weak, "{strong} {flat} {weak}");
    }

    #[test]
    fn squeezing_research_never_raises_innovation(s in scenario_strategy(case())) {
        let case = case();
        prop_assert!(value(case, &with_option(case, &s, "research", "squeezed"), "innovation")
            <= value(case, &with_option(case, &s, "research", "protected"), "innovation"));
    }

    #[test]
    fn more_capex_never_lowers_compute_nor_raises_sustainability(s in scenario_strategy(case()), up in 1..=10i32) {
        let case = case();
        let capex = case.model.slider_by_key("capex").unwrap();
        let mut more = s.clone();
        more[capex] = (s[capex] + up).min(case.model.sliders[capex].data.max);
        prop_assert!(value(case, &more, "compute") >= value(case, &s, "compute"));
        prop_assert!(value(case, &more, "sustainability") <= value(case, &s, "sustainability"));
    }

    #[test]
    fn a_scenario_compared_with_itself_has_no_diff(s in scenario_strategy(case())) {
        let case = case();
        prop_assert!(diff(&case.model, &s, &s).is_empty());
    }

    #[test]
    fn diff_lists_exactly_the_outcomes_that_change_with_their_causes(a in scenario_strategy(case()), b in scenario_strategy(case())) {
        let case = case();
        let model = &case.model;
        let (ea, eb) = (evaluate(model, &a), evaluate(model, &b));
        let d = diff(model, &a, &b);
        let changed: Vec<_> = model.outcomes.ids().filter(|&o| ea[o].value != eb[o].value).collect();
        prop_assert_eq!(d.outcomes.iter().map(|c| c.outcome).collect::<Vec<_>>(), changed);
        for change in &d.outcomes {
            prop_assert_eq!((change.from, change.to), (ea[change.outcome].value, eb[change.outcome].value));
            prop_assert!(!change.gained.is_empty() || !change.lost.is_empty(), "a change has a cause");
        }
        prop_assert_eq!(d.ending.is_some(), ea.ending != eb.ending);
        // Swapping the scenarios swaps the direction.
        let back = diff(model, &b, &a);
        prop_assert_eq!(back.outcomes.len(), d.outcomes.len());
        for (x, y) in d.outcomes.iter().zip(&back.outcomes) {
            prop_assert_eq!((x.from, x.to), (y.to, y.from));
            prop_assert_eq!(&x.gained, &y.lost);
        }
    }

    #[test]
    fn sensitivity_names_the_single_change_that_moves_each_outcome_most(s in scenario_strategy(case())) {
        let case = case();
        let model = &case.model;
        let base = evaluate(model, &s).values();
        let levers = sensitivity(model, &s);
        prop_assert_eq!(levers.len(), model.outcomes.len());
        for (o, lever) in model.outcomes.ids().zip(&levers) {
            let deltas: Vec<i32> = single_changes(model, &s)
                .iter()
                .map(|c| evaluate(model, &c.apply(&s))[o].value - base[o.index()])
                .collect();
            let biggest = deltas.iter().map(|d| d.abs()).max().unwrap_or(0);
            match lever {
                None => prop_assert_eq!(biggest, 0),
                Some(lever) => {
                    prop_assert_eq!(lever.outcome, o);
                    prop_assert_eq!(lever.delta.abs(), biggest);
                    prop_assert_eq!(evaluate(model, &lever.change.apply(&s))[o].value - base[o.index()], lever.delta);
                }
            }
        }
    }
}

proptest! {
    #[test]
    fn values_are_the_evaluations_numbers(s in scenario_strategy(case())) {
        let model = &case().model;
        prop_assert_eq!(gambit_core::model::values(model, &s), evaluate(model, &s).values());
    }

    /// The compare page's route (`src/state/`): each outcome of each scenario on its own, its ending from those,
    /// then the difference of the two, is the same as [`diff`] of the two scenarios.
    #[test]
    fn the_difference_of_outcomes_evaluated_one_by_one_is_the_diff(a in scenario_strategy(case()), b in scenario_strategy(case())) {
        use gambit_core::model::{diff_evaluations, evaluate_outcome, Evaluation, Standing};
        let model = &case().model;
        let one_by_one = |s: &Scenario| {
            let outcomes: Vec<_> = model.outcomes.ids().map(|o| evaluate_outcome(model, o, |a| s[a], |v| s[v])).collect();
            let values: Vec<i32> = outcomes.iter().map(|o| o.value).collect();
            Evaluation { ending: ending(model, &Standing::new(model, |a| s[a], |k| s[k], &values)), outcomes }
        };
        prop_assert_eq!(diff_evaluations(&one_by_one(&a), &one_by_one(&b)), diff(model, &a, &b));
    }
}
