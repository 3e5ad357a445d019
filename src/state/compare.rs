//! The compare page's second scenario: reading it (its choices, outcomes and ending, derived as the reader's are,
//! and the difference of the two) and its intents, each announced as the second scenario's change.

use gambit_core::announce;
use gambit_core::content::{AssumptionId, EndingId, OptionId, OutcomeId, PresetId, SliderId};
use gambit_core::history::Change;
use gambit_core::markup::difference_words;
use gambit_core::model::{diff, Diff, OutcomeValue, Scenario};
use leptos::prelude::*;

use super::scenario::evaluation;
use super::Explainer;

impl Explainer {
    pub fn compare(&self) -> ReadSignal<Scenario> {
        self.compare.read_only()
    }

    /// The option chosen for `assumption` in the compare page's second scenario (tracks it).
    pub fn compare_choice(&self, assumption: AssumptionId) -> Signal<OptionId> {
        let compare = self.compare;
        Signal::derive(move || compare.with(|s| s[assumption]))
    }

    /// The value of `slider` in the compare page's second scenario (tracks it).
    pub fn compare_slider(&self, slider: SliderId) -> Signal<i32> {
        let compare = self.compare;
        Signal::derive(move || compare.with(|s| s[slider]))
    }

    /// The value of `outcome` in the compare page's second scenario and what moved it.
    pub fn compare_outcome(&self, outcome: OutcomeId) -> Memo<OutcomeValue> {
        self.compare_outcomes.with_value(|o| o[outcome.index()])
    }

    /// The ending of the compare page's second scenario.
    pub fn compare_ending(&self) -> Memo<EndingId> {
        self.compare_ending
    }

    /// What differs from the reader's scenario to the compare page's second one: each outcome that changes, with
    /// the rules behind it, and the change of ending.
    pub fn comparison(&self) -> Memo<Diff> {
        self.comparison
    }

    /// Sets the compare page's second scenario to preset `preset`.
    pub fn set_compare(&self, preset: PresetId) {
        self.compare.set(Scenario::preset(&self.case.model, preset));
        self.compare_tweaked();
    }

    /// Sets `assumption` to `option` in the compare page's second scenario, as [`Explainer::choose`] does in the
    /// reader's own.
    pub fn choose_compare(&self, assumption: AssumptionId, option: OptionId) {
        self.compare.update(|s| s[assumption] = option);
        self.compare_tweaked();
    }

    /// Moves `slider` of the second scenario while it is dragged: the table follows, the address after a pause,
    /// and nothing is announced until [`Explainer::set_compare_slider`] commits it.
    pub fn drag_compare_slider(&self, slider: SliderId, value: i32) {
        let d = &self.case.model.sliders[slider].data;
        self.compare.update(|s| s[slider] = value.clamp(d.min, d.max));
        self.record(Change::Tweak);
    }

    /// Sets `slider` of the second scenario to `value` and announces the change.
    pub fn set_compare_slider(&self, slider: SliderId, value: i32) {
        self.drag_compare_slider(slider, value);
        self.compare_tweaked();
    }

    /// Makes the second scenario a copy of the reader's own, to change from there (the same scenario with one
    /// assumption otherwise, say).
    pub fn compare_from_yours(&self) {
        self.compare.set(untrack(|| self.scenario()));
        self.compare_tweaked();
    }

    /// After the second scenario changed: put the change into words, named as the second scenario's, each outcome
    /// read from the reader's scenario as the compare page reads it, and record a tweak.
    fn compare_tweaked(&self) {
        let case = self.case;
        let now = self.compare.get_untracked();
        let change = diff(&case.model, &self.compare_announced.get_value(), &now);
        self.compare_announced.set_value(now);
        // The reader's scenario as its memos already hold it, not evaluated again.
        let yours = untrack(|| evaluation(self.outcomes, self.ending));
        let difference = |yours, other| difference_words(case, yours, other);
        if let Some(words) = announce::compare_change(case, &change, &yours, difference) {
            self.announcement.set(words);
        }
        self.record(Change::Tweak);
    }
}
