//! The scenario model's calibration, measured over every combination: each option of each assumption with the
//! sliders at every step of their scales. For each ending it says how often it is reached, the fewest changes from
//! the article's present that reach it, which options every way to it shares (what it requires), which rules it
//! leans on, and whether it is still reached with the rules marked as the model's own assumption switched off.
//! `cargo xtask model` prints it; the tests hold the model to the criteria in the README.

use crate::content::{AssumptionId, EndingId, ModelData, OptionId, RuleId, Table};
use crate::model::{evaluate, single_changes, Cause, Change, Scenario};

/// The calibration of a model.
#[derive(Clone, Debug)]
pub struct Report {
    /// How many combinations were evaluated.
    pub combinations: usize,
    pub endings: Vec<EndingReport>,
}

/// What the calibration says of one ending.
#[derive(Clone, Debug)]
pub struct EndingReport {
    pub ending: EndingId,
    /// How many combinations reach it.
    pub count: usize,
    /// The fewest single changes from the article's present that reach it (none for the present's own ending),
    /// if two or fewer do.
    pub nearest: Option<Vec<Change>>,
    /// Options that every combination reaching it has.
    pub requires: Vec<(AssumptionId, OptionId)>,
    /// The rules it leans on: each rule that applies in at least half of the combinations reaching it and more
    /// often there than over all combinations, with its share of the ending's combinations and of all, in percent.
    pub rules: Vec<RuleShare>,
    /// How many combinations reach it when every rule marked as the model's own assumption is switched off.
    pub without_ours: usize,
}

/// How often a rule applies among an ending's combinations and among all.
#[derive(Clone, Copy, Debug)]
pub struct RuleShare {
    pub rule: RuleId,
    pub in_ending: f64,
    pub overall: f64,
}

impl Report {
    /// The share of all combinations that reach `ending`, in percent.
    pub fn share(&self, ending: &EndingReport) -> f64 {
        100.0 * ending.count as f64 / self.combinations.max(1) as f64
    }
}

/// Every combination of options, with each slider at every step of its scale.
pub fn every_scenario(model: &ModelData) -> Vec<Scenario> {
    let mut positions: Vec<Vec<usize>> = vec![Vec::new()];
    for a in model.assumptions.iter() {
        positions = positions
            .into_iter()
            .flat_map(|p| (0..a.data.options.len()).map(move |o| [p.as_slice(), &[o]].concat()))
            .collect();
    }
    let mut values: Vec<Vec<i32>> = vec![Vec::new()];
    for s in model.sliders.iter() {
        let d = &s.data;
        values = values
            .into_iter()
            .flat_map(|v| {
                (d.min..=d.max)
                    .step_by(d.step as usize)
                    .map(move |x| [v.as_slice(), &[x]].concat())
            })
            .collect();
    }
    positions
        .iter()
        .flat_map(|p| values.iter().map(move |v| (p, v)))
        .map(|(p, v)| Scenario::from_positions(model, p, v).expect("every position is on its scale"))
        .collect()
}

/// Measures `model`.
pub fn calibrate(model: &ModelData) -> Report {
    let scenarios = every_scenario(model);
    let evaluations: Vec<_> = scenarios.iter().map(|s| evaluate(model, s)).collect();
    let mut without = model.clone();
    for rule in without.rules.to_mut().iter_mut().filter(|r| r.data.ours) {
        rule.data.delta = 0;
    }
    let endings_without: Vec<EndingId> = scenarios.iter().map(|s| evaluate(&without, s).ending).collect();
    let present = Scenario::defaults(model);
    // For each rule, the combinations it applies in.
    let applies: Vec<Vec<bool>> = model
        .rules
        .ids()
        .map(|r| {
            evaluations
                .iter()
                .map(|e| e.outcomes.iter().any(|o| o.causes.contains(&Cause::Rule(r))))
                .collect()
        })
        .collect();
    let percent = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
    let endings = model
        .endings
        .ids()
        .map(|ending| {
            let reaching: Vec<usize> = (0..scenarios.len())
                .filter(|&i| evaluations[i].ending == ending)
                .collect();
            let requires = model
                .assumptions
                .ids()
                .filter_map(|a| {
                    let first = scenarios[*reaching.first()?][a];
                    reaching.iter().all(|&i| scenarios[i][a] == first).then_some((a, first))
                })
                .collect();
            let rules = model
                .rules
                .ids()
                .map(|rule| {
                    let on = &applies[rule.index()];
                    RuleShare {
                        rule,
                        in_ending: percent(reaching.iter().filter(|&&i| on[i]).count(), reaching.len()),
                        overall: percent(on.iter().filter(|&&x| x).count(), scenarios.len()),
                    }
                })
                .filter(|s| s.in_ending >= 50.0 && s.in_ending > s.overall)
                .collect();
            EndingReport {
                ending,
                count: reaching.len(),
                nearest: nearest(model, &present, ending),
                requires,
                rules,
                without_ours: endings_without.iter().filter(|&&e| e == ending).count(),
            }
        })
        .collect();
    Report {
        combinations: scenarios.len(),
        endings,
    }
}

/// The fewest single changes (at most two) that take `from` to `ending`.
fn nearest(model: &ModelData, from: &Scenario, ending: EndingId) -> Option<Vec<Change>> {
    if evaluate(model, from).ending == ending {
        return Some(Vec::new());
    }
    let firsts = every_change(model, from);
    if let Some(&c) = firsts.iter().find(|c| evaluate(model, &c.apply(from)).ending == ending) {
        return Some(vec![c]);
    }
    firsts.iter().find_map(|&c| {
        let one = c.apply(from);
        every_change(model, &one)
            .into_iter()
            .filter(|d| !same_control(c, *d))
            .find(|d| evaluate(model, &d.apply(&one)).ending == ending)
            .map(|d| vec![c, d])
    })
}

/// Every single change from `scenario`: each other option, each other slider value.
fn every_change(model: &ModelData, scenario: &Scenario) -> Vec<Change> {
    let mut changes: Vec<Change> = single_changes(model, scenario)
        .into_iter()
        .filter(|c| matches!(c, Change::Option { .. }))
        .collect();
    for (slider, s) in model.sliders.with_ids() {
        let d = &s.data;
        for value in (d.min..=d.max)
            .step_by(d.step as usize)
            .filter(|&v| v != scenario[slider])
        {
            changes.push(Change::Slider { slider, value });
        }
    }
    changes
}

fn same_control(a: Change, b: Change) -> bool {
    match (a, b) {
        (Change::Option { assumption: x, .. }, Change::Option { assumption: y, .. }) => x == y,
        (Change::Slider { slider: x, .. }, Change::Slider { slider: y, .. }) => x == y,
        _ => false,
    }
}
