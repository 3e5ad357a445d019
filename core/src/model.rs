//! The scenario model. A [`Scenario`] picks one option per assumption and a value per slider; [`evaluate`]
//! turns it into outcome values on a 0–100 scale, each with the rules and slopes that produced it, so the app can
//! always answer "why is this here?"; [`ending`] names the outcome pattern; [`diff`] and [`sensitivity`] compare.
//!
//! The model is illustrative: every base value, rule, slope and threshold, with its reason and paragraphs, is
//! content the reader can see (`content/model/`), not a forecast.

use crate::content::ModelData;

/// One option index per assumption and one value per slider, in the model's order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    pub choices: Vec<usize>,
    pub sliders: Vec<i32>,
}

impl Scenario {
    /// Every assumption and slider at its default: the article's present-day picture.
    pub fn defaults(model: &ModelData) -> Self {
        Scenario {
            choices: model.assumptions.iter().map(|a| a.default_index()).collect(),
            sliders: model.sliders.iter().map(|s| s.data.default).collect(),
        }
    }

    /// The defaults with preset `preset`'s options and slider values applied.
    pub fn preset(model: &ModelData, preset: usize) -> Self {
        let mut scenario = Scenario::defaults(model);
        let data = &model.presets[preset].data;
        for (assumption, option) in data.choices.iter() {
            if let Some(a) = model.assumption_index(assumption) {
                if let Some(o) = model.assumptions[a].option_index(option) {
                    scenario.choices[a] = o;
                }
            }
        }
        for (slider, value) in data.sliders.iter() {
            if let Some(s) = model.slider_index(slider) {
                scenario.sliders[s] = *value;
            }
        }
        scenario
    }

    /// The first preset that is exactly this scenario, if any.
    pub fn matching_preset(&self, model: &ModelData) -> Option<usize> {
        (0..model.presets.len()).find(|&p| Scenario::preset(model, p) == *self)
    }
}

/// What moved an outcome away from its base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    /// Rule `index` applied, with its delta.
    Rule(usize),
    /// Slope `index` applied, moving the outcome by `delta`.
    Slope { index: usize, delta: i32 },
}

/// An outcome's value on the 0–100 scale and what moved it from its base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeValue {
    pub value: i32,
    pub causes: Vec<Cause>,
}

/// Every outcome of a scenario, in the model's order of outcomes, and the ending they make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub outcomes: Vec<OutcomeValue>,
    pub ending: usize,
}

impl Evaluation {
    pub fn values(&self) -> Vec<i32> {
        self.outcomes.iter().map(|o| o.value).collect()
    }
}

/// Evaluates one outcome: its base, plus the delta of every rule whose assumption is set to the rule's option,
/// plus each slope's change for its slider's distance from the default, held within 0–100.
///
/// `option_of(a)` gives the option index of assumption `a`, `slider_of(s)` the value of slider `s`. They are asked
/// only about what this outcome's rules and slopes read, so a reactive caller depends on exactly those.
pub fn evaluate_outcome(
    model: &ModelData,
    outcome: usize,
    option_of: impl Fn(usize) -> usize,
    slider_of: impl Fn(usize) -> i32,
) -> OutcomeValue {
    let outcome_id = &model.outcomes[outcome].data.id;
    let mut value = model.outcomes[outcome].data.base;
    let mut causes = Vec::new();
    for (index, rule) in model.rules.iter().enumerate() {
        let rule = &rule.data;
        if &rule.outcome != outcome_id {
            continue;
        }
        let applies = model.assumption_index(&rule.assumption).is_some_and(|a| {
            let options = &model.assumptions[a].data.options;
            options.get(option_of(a)) == Some(&rule.option)
        });
        if applies {
            value += rule.delta;
            causes.push(Cause::Rule(index));
        }
    }
    for (index, slope) in model.slopes.iter().enumerate() {
        let slope = &slope.data;
        if &slope.outcome != outcome_id || !slope.when.as_ref().is_none_or(|c| model.holds(c, &option_of)) {
            continue;
        }
        let Some(s) = model.slider_index(&slope.slider) else {
            continue;
        };
        let delta = slope_delta(model, s, slope.per, slope.change, slider_of(s));
        if delta != 0 {
            value += delta;
            causes.push(Cause::Slope { index, delta });
        }
    }
    OutcomeValue {
        value: value.clamp(0, 100),
        causes,
    }
}

/// The change a slope makes: `change` for every whole `per` units the slider is away from its default.
fn slope_delta(model: &ModelData, slider: usize, per: i32, change: i32, value: i32) -> i32 {
    let distance = value - model.sliders[slider].data.default;
    distance / per.max(1) * change
}

/// The index of the first ending whose thresholds all hold for `values` (one per outcome); the last ending is the
/// fallback.
pub fn ending(model: &ModelData, values: &[i32]) -> usize {
    let holds = |ending: &crate::content::Ending| {
        ending.data.when.iter().all(|t| {
            let Some(o) = model.outcome_index(&t.outcome) else {
                return false;
            };
            t.at_least.is_none_or(|min| values[o] >= min) && t.below.is_none_or(|max| values[o] < max)
        })
    };
    model
        .endings
        .iter()
        .position(holds)
        .unwrap_or(model.endings.len().saturating_sub(1))
}

/// Evaluates every outcome of `scenario` and its ending.
pub fn evaluate(model: &ModelData, scenario: &Scenario) -> Evaluation {
    let outcomes: Vec<OutcomeValue> = (0..model.outcomes.len())
        .map(|o| evaluate_outcome(model, o, |a| scenario.choices[a], |s| scenario.sliders[s]))
        .collect();
    let values: Vec<i32> = outcomes.iter().map(|o| o.value).collect();
    Evaluation {
        ending: ending(model, &values),
        outcomes,
    }
}

/// How one outcome differs between two scenarios, and the causes present in only one of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeChange {
    pub outcome: usize,
    pub from: i32,
    pub to: i32,
    /// Causes that apply in the second scenario only.
    pub gained: Vec<Cause>,
    /// Causes that apply in the first scenario only.
    pub lost: Vec<Cause>,
}

/// What changes from scenario `a` to scenario `b`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diff {
    pub outcomes: Vec<OutcomeChange>,
    /// The endings of `a` and `b`, if they differ.
    pub ending: Option<(usize, usize)>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.outcomes.is_empty() && self.ending.is_none()
    }
}

/// The outcomes whose values differ between `a` and `b`, with the causes behind the difference, and the change of
/// ending if any.
pub fn diff(model: &ModelData, a: &Scenario, b: &Scenario) -> Diff {
    let (ea, eb) = (evaluate(model, a), evaluate(model, b));
    let outcomes = ea
        .outcomes
        .iter()
        .zip(&eb.outcomes)
        .enumerate()
        .filter(|(_, (x, y))| x.value != y.value)
        .map(|(outcome, (x, y))| OutcomeChange {
            outcome,
            from: x.value,
            to: y.value,
            gained: y.causes.iter().filter(|c| !x.causes.contains(c)).copied().collect(),
            lost: x.causes.iter().filter(|c| !y.causes.contains(c)).copied().collect(),
        })
        .collect();
    Diff {
        outcomes,
        ending: (ea.ending != eb.ending).then_some((ea.ending, eb.ending)),
    }
}

/// One change of a single assumption or slider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Option { assumption: usize, option: usize },
    Slider { slider: usize, value: i32 },
}

impl Change {
    /// `scenario` with this change made.
    pub fn apply(self, scenario: &Scenario) -> Scenario {
        let mut next = scenario.clone();
        match self {
            Change::Option { assumption, option } => next.choices[assumption] = option,
            Change::Slider { slider, value } => next.sliders[slider] = value,
        }
        next
    }
}

/// For one outcome, the single change that moves it most from the current scenario, and by how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lever {
    pub outcome: usize,
    pub change: Change,
    pub delta: i32,
}

/// Every single change worth trying from `scenario`: each other option of each assumption, and each slider at its
/// minimum and its maximum.
pub fn single_changes(model: &ModelData, scenario: &Scenario) -> Vec<Change> {
    let mut changes = Vec::new();
    for (assumption, a) in model.assumptions.iter().enumerate() {
        for option in (0..a.data.options.len()).filter(|&o| o != scenario.choices[assumption]) {
            changes.push(Change::Option { assumption, option });
        }
    }
    for (slider, s) in model.sliders.iter().enumerate() {
        for value in [s.data.min, s.data.max]
            .into_iter()
            .filter(|&v| v != scenario.sliders[slider])
        {
            changes.push(Change::Slider { slider, value });
        }
    }
    changes
}

/// For each outcome, the single change that moves it most (ties go to the first in [`single_changes`] order), or
/// `None` if no single change moves it.
pub fn sensitivity(model: &ModelData, scenario: &Scenario) -> Vec<Option<Lever>> {
    let base = evaluate(model, scenario).values();
    let tried: Vec<(Change, Vec<i32>)> = single_changes(model, scenario)
        .into_iter()
        .map(|c| (c, evaluate(model, &c.apply(scenario)).values()))
        .collect();
    (0..model.outcomes.len())
        .map(|outcome| {
            let mut best: Option<Lever> = None;
            for (change, values) in &tried {
                let delta = values[outcome] - base[outcome];
                if delta != 0 && best.is_none_or(|b| delta.abs() > b.delta.abs()) {
                    best = Some(Lever {
                        outcome,
                        change: *change,
                        delta,
                    });
                }
            }
            best
        })
        .collect()
}
