//! The scenario model. A [`Scenario`] picks one option per assumption and a value per slider; [`evaluate`]
//! turns it into outcome values on a 0–100 scale, each with the rules and slopes that produced it, so the app can
//! always answer "why is this here?"; [`ending`] names the outcome pattern, with the pressures in play; [`diff`]
//! and [`sensitivity`] compare.
//!
//! The model is illustrative: every base value, rule, slope and threshold, with its reason and paragraphs, is
//! content the reader can see (`content/model/`), not a forecast.

mod compare;
mod endings;

pub use compare::{diff, diff_evaluations, sensitivity, single_changes, Change, Diff, Lever, OutcomeChange};
pub use endings::{conditions, ending, ending_holds, pressures_in_play, requirement_holds, threshold_holds, Standing};

use std::ops::{Index, IndexMut};

use crate::content::{
    AssumptionId, EndingId, ModelData, OptionId, OutcomeId, PresetId, RuleId, SliderId, SlopeId, Table,
};

/// One option per assumption and one value per slider, in the model's order; `scenario[assumption]` is the
/// assumption's option, `scenario[slider]` the slider's value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scenario {
    choices: Vec<OptionId>,
    sliders: Vec<i32>,
}

impl Index<AssumptionId> for Scenario {
    type Output = OptionId;
    fn index(&self, a: AssumptionId) -> &OptionId {
        &self.choices[a.index()]
    }
}

impl IndexMut<AssumptionId> for Scenario {
    fn index_mut(&mut self, a: AssumptionId) -> &mut OptionId {
        &mut self.choices[a.index()]
    }
}

impl Index<SliderId> for Scenario {
    type Output = i32;
    fn index(&self, s: SliderId) -> &i32 {
        &self.sliders[s.index()]
    }
}

impl IndexMut<SliderId> for Scenario {
    fn index_mut(&mut self, s: SliderId) -> &mut i32 {
        &mut self.sliders[s.index()]
    }
}

impl Scenario {
    /// Every assumption and slider at its default: the article's present-day picture.
    pub fn defaults(model: &ModelData) -> Self {
        Scenario {
            choices: model.assumptions.iter().map(|a| a.default()).collect(),
            sliders: model.sliders.iter().map(|s| s.data.default).collect(),
        }
    }

    /// The defaults with preset `preset`'s options and slider values applied.
    pub fn preset(model: &ModelData, preset: PresetId) -> Self {
        let mut scenario = Scenario::defaults(model);
        let data = &model.presets[preset].data;
        for (assumption, option) in data.choices.iter() {
            scenario[assumption.id()] = option.id();
        }
        for (slider, value) in data.sliders.iter() {
            scenario[slider.id()] = *value;
        }
        scenario
    }

    /// The first preset that is exactly this scenario, if any.
    pub fn matching_preset(&self, model: &ModelData) -> Option<PresetId> {
        model.presets.ids().find(|&p| Scenario::preset(model, p) == *self)
    }

    /// A scenario from options by their position among each assumption's options and slider values, in the
    /// model's order; `None` unless every position exists and every value is on its slider's scale.
    pub fn from_positions(model: &ModelData, choices: &[usize], sliders: &[i32]) -> Option<Self> {
        let fits = choices.len() == model.assumptions.len()
            && sliders.len() == model.sliders.len()
            && choices
                .iter()
                .zip(model.assumptions.iter())
                .all(|(&o, a)| o < a.data.options.len())
            && sliders
                .iter()
                .zip(model.sliders.iter())
                .all(|(v, s)| (s.data.min..=s.data.max).contains(v));
        fits.then(|| Scenario {
            choices: choices.iter().map(|&o| crate::content::Id::new(o)).collect(),
            sliders: sliders.to_vec(),
        })
    }

    /// Every assumption's option, in the model's order.
    pub fn choices(&self) -> impl Iterator<Item = (AssumptionId, OptionId)> + '_ {
        self.choices
            .iter()
            .enumerate()
            .map(|(a, &o)| (crate::content::Id::new(a), o))
    }
}

/// What moved an outcome away from its base.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    /// The rule applied, with its delta.
    Rule(RuleId),
    /// The slope applied, moving the outcome by `delta`, with its slider at `value` (none where the cause stands
    /// for the slope in general, as on the model's map), so its words can say what spending did it.
    Slope {
        slope: SlopeId,
        delta: i32,
        value: Option<i32>,
    },
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
    pub ending: EndingId,
}

impl Evaluation {
    pub fn values(&self) -> Vec<i32> {
        self.outcomes.iter().map(|o| o.value).collect()
    }
}

impl Index<OutcomeId> for Evaluation {
    type Output = OutcomeValue;
    fn index(&self, o: OutcomeId) -> &OutcomeValue {
        &self.outcomes[o.index()]
    }
}

/// Evaluates one outcome: its base, plus the delta of every rule whose assumption is set to the rule's option,
/// plus each slope's change for its slider's distance from the default, held within 0–100.
///
/// `option_of(a)` gives the option of assumption `a`, `slider_of(s)` the value of slider `s`. They are asked only
/// about what this outcome's rules and slopes read, so a reactive caller depends on exactly those.
pub fn evaluate_outcome(
    model: &ModelData,
    outcome: OutcomeId,
    option_of: impl Fn(AssumptionId) -> OptionId,
    slider_of: impl Fn(SliderId) -> i32,
) -> OutcomeValue {
    let mut value = model.outcomes[outcome].data.base;
    let mut causes = Vec::new();
    for (id, rule) in model.rules.with_ids() {
        let rule = &rule.data;
        if rule.outcome.id() == outcome && option_of(rule.assumption.id()) == rule.option.id() {
            value += rule.delta;
            causes.push(Cause::Rule(id));
        }
    }
    for (id, slope) in model.slopes.with_ids() {
        let slope = &slope.data;
        if slope.outcome.id() != outcome || !slope.when.as_ref().is_none_or(|c| model.holds(c, &option_of)) {
            continue;
        }
        let s = slope.slider.id();
        let at = slider_of(s);
        let distance = at - model.sliders[s].data.default;
        let delta = distance / slope.per.max(1) * slope.change;
        if delta != 0 {
            value += delta;
            causes.push(Cause::Slope {
                slope: id,
                delta,
                value: Some(at),
            });
        }
    }
    OutcomeValue {
        value: value.clamp(0, 100),
        causes,
    }
}

/// Every outcome's value of `scenario`, in the model's order, without the causes: the same numbers as
/// [`evaluate`], for searches that try many scenarios.
pub fn values(model: &ModelData, scenario: &Scenario) -> Vec<i32> {
    let mut values = Vec::with_capacity(model.outcomes.len());
    values_of_options_into(model, scenario, &mut values);
    add_sliders(model, scenario, &mut values);
    values
}

/// The part of [`values`] its options make: each outcome's base plus the deltas of the rules that apply, before the
/// sliders' slopes and the 0–100 hold (added by [`add_sliders`]).
pub fn values_of_options_into(model: &ModelData, scenario: &Scenario, values: &mut Vec<i32>) {
    values.clear();
    values.extend(model.outcomes.iter().map(|o| o.data.base));
    for rule in model.rules.iter() {
        let rule = &rule.data;
        if scenario[rule.assumption.id()] == rule.option.id() {
            values[rule.outcome.id().index()] += rule.delta;
        }
    }
}

/// Finishes [`values`] from the part its options make (`values`, from [`values_of_options_into`] for the same
/// options), in place: the slopes of `scenario`'s sliders added and each held within 0–100.
pub fn add_sliders(model: &ModelData, scenario: &Scenario, values: &mut [i32]) {
    for slope in model.slopes.iter() {
        let slope = &slope.data;
        if slope.when.as_ref().is_none_or(|c| model.holds(c, |a| scenario[a])) {
            let s = slope.slider.id();
            let distance = scenario[s] - model.sliders[s].data.default;
            values[slope.outcome.id().index()] += distance / slope.per.max(1) * slope.change;
        }
    }
    for v in values.iter_mut() {
        *v = (*v).clamp(0, 100);
    }
}

/// Evaluates every outcome of `scenario` and its ending.
pub fn evaluate(model: &ModelData, scenario: &Scenario) -> Evaluation {
    let outcomes: Vec<OutcomeValue> = model
        .outcomes
        .ids()
        .map(|o| evaluate_outcome(model, o, |a| scenario[a], |s| scenario[s]))
        .collect();
    let values: Vec<i32> = outcomes.iter().map(|o| o.value).collect();
    Evaluation {
        ending: ending(model, &Standing::new(model, |a| scenario[a], |s| scenario[s], &values)),
        outcomes,
    }
}
