//! The reader's own scenario: reading its choices, sliders, outcomes and ending, and the intents that change it,
//! each put into words once and recorded as a tweak; and the memos every scenario is derived into.

use gambit_core::announce;
use gambit_core::content::{AssumptionId, EndingId, ModelData, OptionId, OutcomeId, PresetId, SliderId, Table};
use gambit_core::draw::Scene;
use gambit_core::history::Change;
use gambit_core::markup::{endings_words, EndingWords};
use gambit_core::model::{
    diff, ending, evaluate_outcome, sensitivity, Evaluation, Lever, OutcomeValue, Scenario, Standing,
};
use gambit_core::Case;
use leptos::prelude::*;

use super::Explainer;

impl Explainer {
    /// The option chosen for `assumption`.
    pub fn choice(&self, assumption: AssumptionId) -> ReadSignal<OptionId> {
        self.choices.with_value(|c| c[assumption.index()]).read_only()
    }

    /// The value of `slider`.
    pub fn slider(&self, slider: SliderId) -> ReadSignal<i32> {
        self.sliders.with_value(|s| s[slider.index()]).read_only()
    }

    /// The value of `outcome` and what moved it.
    pub fn outcome(&self, outcome: OutcomeId) -> Memo<OutcomeValue> {
        self.outcomes.with_value(|o| o[outcome.index()])
    }

    pub fn ending(&self) -> Memo<EndingId> {
        self.ending
    }

    /// Whether the reader's scenario is the article's present, 2025's (tracks every assumption and slider).
    pub fn is_2025(&self) -> bool {
        self.scenario() == Scenario::defaults(&self.case.model)
    }

    /// The whole scenario (tracks every assumption and slider).
    pub fn scenario(&self) -> Scenario {
        read_scenario(&self.case.model, self.choices, self.sliders)
    }

    /// For each outcome, the single change that moves it most from the reader's scenario (the core's
    /// [`sensitivity`]), computed once per change of scenario and only while something shows it.
    pub fn levers(&self) -> Memo<Vec<Option<Lever>>> {
        self.levers
    }

    /// How near every ending is to the reader's scenario, its conditions met or not and the fewest changes that lead
    /// there, in the core's words ([`endings_words`], which "How this works" writes too); computed once per change of
    /// scenario and only while something shows it.
    pub fn reach(&self) -> Memo<Vec<EndingWords>> {
        self.reach
    }

    /// Sets `assumption` to `option`, announces what that changed and records a tweak.
    pub fn choose(&self, assumption: AssumptionId, option: OptionId) {
        self.choices.with_value(|c| c[assumption.index()].set(option));
        self.questions.maybe_update(|q| q.chosen(self.case, assumption));
        self.tweaked();
    }

    /// Moves `slider` to `value` while it is dragged: the views follow, the address follows after a pause, and
    /// nothing is announced until [`Explainer::set_slider`] commits it.
    pub fn drag_slider(&self, slider: SliderId, value: i32) {
        let d = &self.case.model.sliders[slider].data;
        self.sliders
            .with_value(|s| s[slider.index()].set(value.clamp(d.min, d.max)));
        self.record(Change::Tweak);
    }

    /// Sets `slider` to `value` and announces the change.
    pub fn set_slider(&self, slider: SliderId, value: i32) {
        self.drag_slider(slider, value);
        self.tweaked();
    }

    /// Sets the whole scenario to preset `preset`.
    pub fn apply_preset(&self, preset: PresetId) {
        self.set_scenario(&Scenario::preset(&self.case.model, preset));
        self.tweaked();
    }

    /// Puts every assumption and slider back to the 2025 picture, as the article describes it.
    pub fn reset_scenario(&self) {
        self.set_scenario(&Scenario::defaults(&self.case.model));
        self.tweaked();
    }

    pub(super) fn set_scenario(&self, scenario: &Scenario) {
        self.choices.with_value(|c| {
            for (a, signal) in self.case.model.assumptions.ids().zip(c) {
                signal.set(scenario[a]);
            }
        });
        self.sliders.with_value(|v| {
            for (s, signal) in self.case.model.sliders.ids().zip(v) {
                signal.set(scenario[s]);
            }
        });
    }

    /// After the scenario changed: put the change into words, once, and record a tweak.
    pub(super) fn tweaked(&self) {
        self.forget_stale_answers();
        let now = untrack(|| self.scenario());
        let change = diff(&self.case.model, &self.announced.get_value(), &now);
        self.announced.set_value(now);
        if let Some(words) = announce::scenario_change(self.case, &change) {
            self.announcement.set(words);
            // Set at every change, even to an equal diff: the bars mark each change for a moment of their own.
            self.last_change.set(Some(change));
        }
        self.record(Change::Tweak);
    }
}

/// The live scenario, for the core's drawings: each read is tracked, so a drawing's memo depends on exactly the
/// choices, sliders and outcomes it reads.
impl Scene for Explainer {
    fn option(&self, assumption: AssumptionId) -> OptionId {
        self.choice(assumption).get()
    }
    fn slider(&self, slider: SliderId) -> i32 {
        Explainer::slider(self, slider).get()
    }
    fn outcome<R>(&self, outcome: OutcomeId, f: impl FnOnce(&OutcomeValue) -> R) -> R {
        Explainer::outcome(self, outcome).with(f)
    }
}

/// The scenario the signals `choices` and `sliders` hold (tracks them all).
pub(super) fn read_scenario(
    model: &ModelData,
    choices: StoredValue<Vec<RwSignal<OptionId>>>,
    sliders: StoredValue<Vec<RwSignal<i32>>>,
) -> Scenario {
    let mut scenario = Scenario::defaults(model);
    choices.with_value(|c| {
        for (a, signal) in model.assumptions.ids().zip(c) {
            scenario[a] = signal.get();
        }
    });
    sliders.with_value(|v| {
        for (s, signal) in model.sliders.ids().zip(v) {
            scenario[s] = signal.get();
        }
    });
    scenario
}

/// What the dashboard shows beyond the outcomes, derived from the scenario the signals hold: each outcome's
/// strongest single change and how near every ending is (see [`Explainer::levers`] and [`Explainer::reach`]).
/// Memos are lazy: neither search runs until a view reads it.
pub(super) fn derive_dashboard(
    case: &'static Case,
    choices: StoredValue<Vec<RwSignal<OptionId>>>,
    sliders: StoredValue<Vec<RwSignal<i32>>>,
) -> (Memo<Vec<Option<Lever>>>, Memo<Vec<EndingWords>>) {
    let scenario = Memo::new(move |_| read_scenario(&case.model, choices, sliders));
    let levers = Memo::new(move |_| scenario.with(|s| sensitivity(&case.model, s)));
    let reach = Memo::new(move |_| scenario.with(|s| endings_words(case, s)));
    (levers, reach)
}

/// One memo per outcome of the scenario that `option_of` and `slider_of` read, each asking only about what its
/// rules and slopes read, and a memo of its ending over them.
pub(super) fn derive(
    model: &'static ModelData,
    option_of: impl Fn(AssumptionId) -> OptionId + Copy + Send + Sync + 'static,
    slider_of: impl Fn(SliderId) -> i32 + Copy + Send + Sync + 'static,
) -> (StoredValue<Vec<Memo<OutcomeValue>>>, Memo<EndingId>) {
    let outcomes = StoredValue::new(
        model
            .outcomes
            .ids()
            .map(|o| Memo::new(move |_| evaluate_outcome(model, o, option_of, slider_of)))
            .collect::<Vec<_>>(),
    );
    let ending = Memo::new(move |_| {
        let values: Vec<i32> = outcomes.with_value(|o| o.iter().map(|m| m.with(|v| v.value)).collect());
        ending(model, &Standing::new(model, option_of, slider_of, &values))
    });
    (outcomes, ending)
}

/// A scenario's evaluation as its memos hold it (tracks them all).
pub(super) fn evaluation(outcomes: StoredValue<Vec<Memo<OutcomeValue>>>, ending: Memo<EndingId>) -> Evaluation {
    Evaluation {
        outcomes: outcomes.with_value(|o| o.iter().map(|m| m.get()).collect()),
        ending: ending.get(),
    }
}
