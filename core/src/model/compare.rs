//! Comparing scenarios: what changes from one to another ([`diff`]), the single changes from a scenario, and how
//! far each lever moves each outcome ([`sensitivity`]).

use super::{evaluate, Cause, Evaluation, Scenario};
use crate::content::{AssumptionId, Control, EndingId, ModelData, OptionId, OutcomeId, SliderId, Table};

/// How one outcome differs between two scenarios, and the causes present in only one of them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeChange {
    pub outcome: OutcomeId,
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
    pub ending: Option<(EndingId, EndingId)>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.outcomes.is_empty() && self.ending.is_none()
    }
}

/// The outcomes whose values differ between `a` and `b`, with the causes behind the difference, and the change of
/// ending if any.
pub fn diff(model: &ModelData, a: &Scenario, b: &Scenario) -> Diff {
    diff_evaluations(&evaluate(model, a), &evaluate(model, b))
}

/// [`diff`] of two scenarios already evaluated (each in the model's order of outcomes), for a caller that keeps
/// the evaluations (the compare page's memos, `src/state/mod.rs`) rather than evaluating the scenarios again.
pub fn diff_evaluations(a: &Evaluation, b: &Evaluation) -> Diff {
    let outcomes = a
        .outcomes
        .iter()
        .zip(&b.outcomes)
        .enumerate()
        .filter(|(_, (x, y))| x.value != y.value)
        .map(|(o, (x, y))| OutcomeChange {
            outcome: OutcomeId::new(o),
            from: x.value,
            to: y.value,
            gained: y.causes.iter().filter(|c| !x.causes.contains(c)).copied().collect(),
            lost: x.causes.iter().filter(|c| !y.causes.contains(c)).copied().collect(),
        })
        .collect();
    Diff {
        outcomes,
        ending: (a.ending != b.ending).then_some((a.ending, b.ending)),
    }
}

/// One change of a single assumption or slider.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Option { assumption: AssumptionId, option: OptionId },
    Slider { slider: SliderId, value: i32 },
}

impl Change {
    /// `scenario` with this change made.
    pub fn apply(self, scenario: &Scenario) -> Scenario {
        let mut next = scenario.clone();
        self.set(&mut next);
        next
    }

    /// Makes this change in `scenario` itself.
    pub fn set(self, scenario: &mut Scenario) {
        match self {
            Change::Option { assumption, option } => scenario[assumption] = option,
            Change::Slider { slider, value } => scenario[slider] = value,
        }
    }

    /// Puts the control it changes in `scenario` back to its setting in `from`.
    pub fn unset(self, scenario: &mut Scenario, from: &Scenario) {
        match self {
            Change::Option { assumption, .. } => scenario[assumption] = from[assumption],
            Change::Slider { slider, .. } => scenario[slider] = from[slider],
        }
    }

    /// The assumption or slider it changes.
    pub fn control(self) -> Control {
        match self {
            Change::Option { assumption, .. } => Control::Assumption(assumption),
            Change::Slider { slider, .. } => Control::Slider(slider),
        }
    }
}

/// For one outcome, the single change that moves it most from the current scenario, and by how much.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lever {
    pub outcome: OutcomeId,
    pub change: Change,
    pub delta: i32,
}

/// Every single change worth trying from `scenario`: each other option of each assumption, and each slider at its
/// minimum and its maximum.
pub fn single_changes(model: &ModelData, scenario: &Scenario) -> Vec<Change> {
    let mut changes = Vec::new();
    for (assumption, a) in model.assumptions.with_ids() {
        for option in a.option_ids().filter(|&o| o != scenario[assumption]) {
            changes.push(Change::Option { assumption, option });
        }
    }
    for (slider, s) in model.sliders.with_ids() {
        for value in [s.data.min, s.data.max].into_iter().filter(|&v| v != scenario[slider]) {
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
    model
        .outcomes
        .ids()
        .map(|outcome| {
            let mut best: Option<Lever> = None;
            for (change, values) in &tried {
                let delta = values[outcome.index()] - base[outcome.index()];
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
