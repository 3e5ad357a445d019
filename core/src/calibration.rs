//! The scenario model measured over every combination: each option of each assumption with the sliders at every
//! step of their scales. For each ending it says how many combinations reach it (a description, not a target: the
//! model is held to the article's propositions, not to a balance of endings), the fewest changes from the
//! article's present that reach it, which options every way to it shares, which rules it leans on, and whether it
//! is still reached with the rules and slopes marked as the model's own judgement switched off.
//! `cargo xtask model` prints it.

use std::collections::HashMap;

use crate::content::{AssumptionId, EndingId, ModelData, OptionId, RuleId, SliderId, Table};
use crate::model::{ending_holds, evaluate, Cause, Change, Scenario, Standing};
use crate::reach::{nearest_changes, MAX_CHANGES};

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
    /// if at most [`MAX_CHANGES`] do.
    pub nearest: Option<Vec<Change>>,
    /// Options that every combination meeting its conditions has (all combinations reaching it, and those where an
    /// ending before it in the order names the scenario instead): so that the order never reads as a condition
    /// (review 16, finding 6: "Originality in play" does not require the pressure on TikTok).
    pub requires: Vec<(AssumptionId, OptionId)>,
    /// The endings before it that name combinations meeting its conditions, each with how many: met there, but
    /// shown as that ending. Empty for the fallback.
    pub shown_as: Vec<(EndingId, usize)>,
    /// The rules it leans on: each rule that applies in at least half of the combinations reaching it and more
    /// often there than over all combinations, with its share of the ending's combinations and of all, in percent.
    pub rules: Vec<RuleShare>,
    /// How many combinations reach it when every rule and slope marked as the model's own is switched off.
    pub without_ours: usize,
    /// For each slider, the narrowest band of its values that reaches the ending with everything else held: one
    /// run of consecutive steps among the combinations reaching it (none if no combination does).
    pub narrowest: Vec<Band>,
}

/// A run of consecutive steps of one slider, `from` through `to`, over which `scenario` (at `from`) reaches an
/// ending with everything else held.
#[derive(Clone, Debug)]
pub struct Band {
    pub slider: SliderId,
    pub from: i32,
    pub to: i32,
    pub scenario: Scenario,
}

/// For each slider, the narrowest run of its steps over which a combination in `reaching` (indices into
/// `scenarios`) reaches the ending with everything else held.
fn narrowest_bands(model: &ModelData, scenarios: &[Scenario], reaching: &[usize]) -> Vec<Band> {
    model
        .sliders
        .with_ids()
        .filter_map(|(slider, s)| {
            let d = &s.data;
            // Everything but this slider, and the values of the slider that reach the ending there.
            let mut held: HashMap<Scenario, Vec<i32>> = HashMap::new();
            for &i in reaching {
                let mut key = scenarios[i].clone();
                key[slider] = d.min;
                held.entry(key).or_default().push(scenarios[i][slider]);
            }
            let mut bands = Vec::new();
            for (key, mut values) in held {
                values.sort_unstable();
                let mut start = 0;
                for j in 1..=values.len() {
                    if j == values.len() || values[j] != values[j - 1] + d.step {
                        let mut scenario = key.clone();
                        scenario[slider] = values[start];
                        bands.push(Band {
                            slider,
                            from: values[start],
                            to: values[j - 1],
                            scenario,
                        });
                        start = j;
                    }
                }
            }
            // The narrowest, and among equals the lowest, so the report reads the same on every run.
            bands
                .into_iter()
                .min_by_key(|b| (b.to - b.from, b.from, format!("{:?}", b.scenario)))
        })
        .collect()
}

/// How often a rule applies among an ending's combinations and among all.
#[derive(Clone, Copy, Debug)]
pub struct RuleShare {
    pub rule: RuleId,
    pub in_ending: f64,
    pub overall: f64,
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

/// `model` with every rule and slope of ours set to change nothing.
fn without_ours(model: &ModelData) -> ModelData {
    let mut without = model.clone();
    for rule in without.rules.to_mut().iter_mut().filter(|r| r.data.ours) {
        rule.data.delta = 0;
    }
    for slope in without.slopes.to_mut().iter_mut().filter(|s| s.data.ours) {
        slope.data.change = 0;
    }
    without
}

/// The rules that apply in at least half of the combinations in `reaching` and more often there than overall;
/// `applies[rule][i]` says whether `rule` applies in combination `i`.
fn rule_shares(model: &ModelData, applies: &[Vec<bool>], reaching: &[usize]) -> Vec<RuleShare> {
    let percent = |n: usize, of: usize| 100.0 * n as f64 / of.max(1) as f64;
    model
        .rules
        .ids()
        .map(|rule| {
            let on = &applies[rule.index()];
            RuleShare {
                rule,
                in_ending: percent(reaching.iter().filter(|&&i| on[i]).count(), reaching.len()),
                overall: percent(on.iter().filter(|&&x| x).count(), on.len()),
            }
        })
        .filter(|s| s.in_ending >= 50.0 && s.in_ending > s.overall)
        .collect()
}

/// Measures `model`.
pub fn calibrate(model: &ModelData) -> Report {
    let scenarios = every_scenario(model);
    let evaluations: Vec<_> = scenarios.iter().map(|s| evaluate(model, s)).collect();
    let without = without_ours(model);
    let endings_without: Vec<EndingId> = scenarios.iter().map(|s| evaluate(&without, s).ending).collect();
    let nearest = nearest_changes(model, &Scenario::defaults(model), MAX_CHANGES);
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
    let endings = model
        .endings
        .ids()
        .map(|ending| {
            let reaching: Vec<usize> = (0..scenarios.len())
                .filter(|&i| evaluations[i].ending == ending)
                .collect();
            let e = &model.endings[ending];
            let met: Vec<usize> = if e.data.when.is_empty() {
                reaching.clone()
            } else {
                (0..scenarios.len())
                    .filter(|&i| {
                        let values = evaluations[i].values();
                        ending_holds(
                            e,
                            &Standing::new(model, |a| scenarios[i][a], |s| scenarios[i][s], &values),
                        )
                    })
                    .collect()
            };
            let requires = model
                .assumptions
                .ids()
                .filter_map(|a| {
                    let first = scenarios[*met.first()?][a];
                    met.iter().all(|&i| scenarios[i][a] == first).then_some((a, first))
                })
                .collect();
            let shown_as = model
                .endings
                .ids()
                .filter(|&other| other != ending)
                .map(|other| (other, met.iter().filter(|&&i| evaluations[i].ending == other).count()))
                .filter(|&(_, n)| n > 0)
                .collect();
            let rules = rule_shares(model, &applies, &reaching);
            EndingReport {
                ending,
                count: reaching.len(),
                nearest: nearest[ending.index()].clone(),
                requires,
                shown_as,
                rules,
                without_ours: endings_without.iter().filter(|&&e| e == ending).count(),
                narrowest: narrowest_bands(model, &scenarios, &reaching),
            }
        })
        .collect();
    Report {
        combinations: scenarios.len(),
        endings,
    }
}
