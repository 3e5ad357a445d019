//! The walkthrough's questions: reading what became of each and whether a chart is held back, and the intents that
//! answer, skip, ask again or set them aside. The rules are the core's ([`gambit_core::predict::Questions`]); this keeps its one signal.

use gambit_core::content::{AssumptionId, PredictionId, StepId};
use gambit_core::history::Change;
use gambit_core::predict::{answer_words, Answer, Direction};
use leptos::prelude::*;

use super::Explainer;

impl Explainer {
    /// Whether the walkthrough asks its questions (tracks it).
    pub fn asking(&self) -> ReadSignal<bool> {
        self.ask.read_only()
    }

    /// What became of prediction `prediction` (tracks it).
    pub fn answer(&self, prediction: PredictionId) -> Option<Answer> {
        self.answers.with(|a| a[prediction.index()].clone())
    }

    /// Whether step `step`'s chart and bars are held back: its prediction is still open while the scenario
    /// already has the option it asks about, brought by a shared link (not set by the reader's own hand), so they
    /// would give the answer away. They show once the question is answered or skipped (tracks all three).
    pub fn held_back(&self, step: StepId) -> bool {
        self.embed.is_none()
            && self
                .questions
                .with(|q| q.held_back(self.case, step, |a| self.choice(a).get()))
    }

    /// Forgets what became of every question in this visit, as a link opened afresh would: each is open again
    /// (but those set aside with `ask=0`), and a step whose scenario already has the option asked about holds its
    /// chart back until the room answers. The scenario stays as it is. A teacher who answered while rehearsing
    /// found the answer already on the projected slide.
    pub(super) fn fresh_questions(&self) {
        let ask = self.ask.get_untracked();
        self.questions.update(|q| q.fresh(ask));
    }

    /// Asks the walkthrough's questions, or sets them aside (`ask=0` in the link, for the slides too): every open
    /// question is then skipped, so each step shows its chart; asked again, the questions set aside come back
    /// (those answered keep their answers). A tweak of the address.
    pub fn set_asking(&self, on: bool) {
        if self.ask.get_untracked() != on {
            self.put_asking(on);
            self.record(Change::Tweak);
        }
    }

    /// [`Explainer::set_asking`] without a change of address (Back and Forward: the address says it already).
    pub(super) fn put_asking(&self, on: bool) {
        self.ask.set(on);
        self.questions.update(|q| q.set_asking(on));
    }

    /// Answers prediction `prediction` with `guess`: the model's answer is taken for the scenario as it is
    /// ([`gambit_core::predict::Questions::predict`]), then the assumption is flipped (the bars mark the change) and the guess, the
    /// model's answer and whether they agree are announced.
    pub fn predict(&self, prediction: PredictionId, guess: Direction) {
        let d = &self.case.predictions[prediction].data;
        let scenario = untrack(|| self.scenario());
        let reveal = self
            .questions
            .try_update(|q| q.predict(self.case, prediction, guess, &scenario))
            .expect("the questions live as long as the state");
        let words = answer_words(self.case, guess, &reveal);
        self.choose(d.assumption.id(), d.option.id());
        self.announcement
            .set(words.join(&self.case.meta.ui.punctuation.clauses));
    }

    /// Sets prediction `prediction` aside for this visit; nothing is flipped.
    pub fn skip_prediction(&self, prediction: PredictionId) {
        self.questions.update(|q| q.skip(prediction));
        self.announcement.set(self.case.meta.ui.predict.skipped.to_string());
    }

    /// Asks prediction `prediction` again: its answer is forgotten and its assumption goes back to the option it
    /// had before the answer flipped it (a class can guess again, or another class can;
    /// [`gambit_core::predict::Questions::ask_again`]).
    pub fn ask_again(&self, prediction: PredictionId) {
        let before = self
            .questions
            .try_update(|q| q.ask_again(self.case, prediction))
            .flatten();
        if let Some(option) = before {
            let assumption = self.case.predictions[prediction].data.assumption.id();
            self.choices.with_value(|c| c[assumption.index()].set(option));
            self.tweaked();
        }
    }

    /// Forgets each answer whose assumption no longer has the option it was about (the reader changed it, reset
    /// the scenario or went Back): its figures would no longer be the chart's, so the question is asked again.
    pub(super) fn forget_stale_answers(&self) {
        let option_of = |a: AssumptionId| self.choice(a).get_untracked();
        self.questions.maybe_update(|q| q.forget_stale(self.case, option_of));
    }
}
