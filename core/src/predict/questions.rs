//! The walkthrough's questions over one visit: what became of each (answered, skipped, not yet), what an answer
//! flipped, and whether the reader has set a question's assumption by hand. The rules of when a step's chart is
//! held back, what "Ask again" restores, which answers go stale and what `ask=0` or entering the slides does are
//! here, as plain data, so they are tested natively; the app (`src/state/`) holds one signal of it and calls these
//! methods from its intents.

use super::{reveal, Answer, Direction, Reveal};
use crate::content::{AssumptionId, OptionId, Prediction, PredictionId, StepId, Table};
use crate::{Case, Scenario};

/// What became of each prediction in a visit, by prediction. Kept for the visit only, never in a link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Questions {
    /// Answered, skipped or not yet.
    answers: Vec<Option<Answer>>,
    /// For each answered prediction, the option its assumption had before the answer flipped it: "Ask again" puts
    /// it back.
    before: Vec<Option<OptionId>>,
    /// For each prediction, whether the reader set its assumption by hand in this visit (or answered): the chart
    /// is theirs to see. Until then a link that arrives with the asked option holds it back ([`Questions::held_back`]).
    looked: Vec<bool>,
}

impl Questions {
    /// The questions of `case` at the start of a visit. A link without the questions (`ask` false) opens every
    /// step with its chart: each question starts set aside.
    pub fn new(case: &Case, ask: bool) -> Self {
        let count = case.predictions.len();
        Questions {
            answers: vec![(!ask).then_some(Answer::Skipped); count],
            before: vec![None; count],
            looked: vec![false; count],
        }
    }

    /// What became of `prediction`.
    pub fn answer(&self, prediction: PredictionId) -> Option<&Answer> {
        self.answers[prediction.index()].as_ref()
    }

    /// What became of each prediction, by prediction.
    pub fn answers(&self) -> &[Option<Answer>] {
        &self.answers
    }

    /// Whether step `step`'s chart and bars are held back, the scenario's options read through `option_of`: its
    /// prediction is still open while the scenario already has the option it asks about, brought by a shared link
    /// (not set by the reader's own hand), so they would give the answer away. They show once the question is
    /// answered or skipped. `option_of` is asked only about the step's own question, once the rest holds.
    pub fn held_back(&self, case: &Case, step: StepId, option_of: impl Fn(AssumptionId) -> OptionId) -> bool {
        case.predictions.with_ids().any(|(p, d)| {
            d.data.step.id() == step
                && self.answer(p).is_none()
                && !self.looked[p.index()]
                && option_of(d.data.assumption.id()) == d.data.option.id()
        })
    }

    /// The reader set `assumption` by hand: each question about it is theirs to look at. Whether anything changed.
    pub fn chosen(&mut self, case: &Case, assumption: AssumptionId) -> bool {
        let mut changed = false;
        for (p, d) in case.predictions.with_ids() {
            if asks_about(d, assumption) && !self.looked[p.index()] {
                self.looked[p.index()] = true;
                changed = true;
            }
        }
        changed
    }

    /// Answers `prediction` with `guess` from `scenario`, as it is before the answer flips the assumption: the
    /// model's answer is taken for it, or, where it already has the option asked about (a shared link), for the
    /// same scenario with that assumption as in 2025. The option the assumption had is kept for "Ask again". The
    /// caller then flips the assumption to the option asked about ([`Questions::chosen`]).
    pub fn predict(&mut self, case: &Case, prediction: PredictionId, guess: Direction, scenario: &Scenario) -> Reveal {
        let d = &case.predictions[prediction].data;
        let (assumption, option) = (d.assumption.id(), d.option.id());
        let mut from = scenario.clone();
        let had = from[assumption];
        if had == option {
            from[assumption] = case.model.assumptions[assumption].default();
        }
        let reveal = reveal(&case.model, d, &from);
        self.before[prediction.index()] = Some(had);
        self.answers[prediction.index()] = Some(Answer::Guessed {
            guess,
            reveal: reveal.clone(),
        });
        reveal
    }

    /// Sets `prediction` aside for this visit; nothing is flipped.
    pub fn skip(&mut self, prediction: PredictionId) {
        self.answers[prediction.index()] = Some(Answer::Skipped);
    }

    /// Asks `prediction` again: its answer is forgotten, and the option its assumption had before the answer
    /// flipped it is returned, for the caller to put back (a hand's choice: [`Questions::chosen`] is applied). Asked
    /// again, the chart waits for the answer again if the option asked about stays.
    pub fn ask_again(&mut self, case: &Case, prediction: PredictionId) -> Option<OptionId> {
        self.answers[prediction.index()] = None;
        let before = self.before[prediction.index()].take();
        if before.is_some() {
            self.chosen(case, case.predictions[prediction].data.assumption.id());
        }
        self.looked[prediction.index()] = false;
        before
    }

    /// Forgets each answer whose assumption no longer has the option it was about, the scenario's options read
    /// through `option_of` (the reader changed it, reset the scenario or went Back): its figures would no longer be
    /// the chart's, so the question is asked again. Skipped questions stay skipped. Whether anything changed.
    pub fn forget_stale(&mut self, case: &Case, option_of: impl Fn(AssumptionId) -> OptionId) -> bool {
        let mut changed = false;
        for (p, d) in case.predictions.with_ids() {
            if matches!(self.answers[p.index()], Some(Answer::Guessed { .. }))
                && option_of(d.data.assumption.id()) != d.data.option.id()
            {
                self.answers[p.index()] = None;
                self.before[p.index()] = None;
                changed = true;
            }
        }
        changed
    }

    /// Asks the questions, or sets them aside (`ask=0`): off, every open question is skipped, so each step shows
    /// its chart; on again, the questions set aside come back, and those answered keep their answers.
    pub fn set_asking(&mut self, on: bool) {
        for a in self.answers.iter_mut() {
            match (on, &a) {
                (false, None) => *a = Some(Answer::Skipped),
                (true, Some(Answer::Skipped)) => *a = None,
                _ => {}
            }
        }
    }

    /// Forgets what became of every question, as a link opened afresh would (entering the slides): each is open
    /// again, or set aside if the questions are not asked (`ask` false), and a step whose scenario already has the
    /// option asked about holds its chart back until the room answers. A teacher who answered while rehearsing
    /// found the answer already on the projected slide.
    pub fn fresh(&mut self, ask: bool) {
        for a in self.answers.iter_mut() {
            *a = (!ask).then_some(Answer::Skipped);
        }
        self.before.iter_mut().for_each(|o| *o = None);
        self.looked.iter_mut().for_each(|x| *x = false);
    }
}

/// Whether `prediction` asks about `assumption`.
fn asks_about(prediction: &Prediction, assumption: AssumptionId) -> bool {
    prediction.data.assumption.id() == assumption
}
