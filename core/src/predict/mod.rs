//! "Predict, then look": before the reader flips an assumption, they guess which way an outcome will move; the
//! model gives the answer. The answer is computed here, from the model, for the scenario the reader has when they
//! answer: it is never written in the content.

use crate::content::{ModelData, OutcomeId, PredictText, PredictionData};
use crate::model::{diff, evaluate, Cause, Change, Scenario};
use crate::phrase::fill;
use crate::Case;

mod questions;
pub use questions::Questions;

/// A change of at most this many points, either way, counts as "about the same".
pub const SAME_WITHIN: i32 = 2;

/// Which way an outcome moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Direction {
    Up,
    Same,
    Down,
}

impl Direction {
    /// The three, in the order they are offered.
    pub const ALL: [Direction; 3] = [Direction::Up, Direction::Same, Direction::Down];

    /// The direction of a change by `delta` points.
    pub fn of(delta: i32) -> Self {
        if delta > SAME_WITHIN {
            Direction::Up
        } else if delta < -SAME_WITHIN {
            Direction::Down
        } else {
            Direction::Same
        }
    }
}

/// What the model says a prediction's change does to its outcome, from one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reveal {
    pub outcome: OutcomeId,
    pub from: i32,
    pub to: i32,
    pub direction: Direction,
    /// The rules and slopes that apply after the change and not before: the model's reasons.
    pub gained: Vec<Cause>,
    /// Those that applied before the change and no longer do.
    pub lost: Vec<Cause>,
}

/// What flipping `prediction`'s assumption to its option does, from `scenario`, to its outcome.
pub fn reveal(model: &ModelData, prediction: &PredictionData, scenario: &Scenario) -> Reveal {
    let outcome = prediction.outcome.id();
    let change = Change::Option {
        assumption: prediction.assumption.id(),
        option: prediction.option.id(),
    };
    let after = change.apply(scenario);
    match diff(model, scenario, &after)
        .outcomes
        .into_iter()
        .find(|c| c.outcome == outcome)
    {
        Some(c) => Reveal {
            outcome,
            from: c.from,
            to: c.to,
            direction: Direction::of(c.to - c.from),
            gained: c.gained,
            lost: c.lost,
        },
        None => {
            let value = evaluate(model, scenario)[outcome].value;
            Reveal {
                outcome,
                from: value,
                to: value,
                direction: Direction::Same,
                gained: Vec::new(),
                lost: Vec::new(),
            }
        }
    }
}

/// The model's answer to `prediction`'s question for `scenario`, as the question takes it when answered: flipping
/// its assumption to its option from the scenario, or, where the scenario has that option already (a shared link),
/// from the same scenario with that assumption as in 2025. The teacher's notes show it as an answer key.
pub fn answer_key(model: &ModelData, prediction: &PredictionData, scenario: &Scenario) -> Reveal {
    reveal(model, prediction, &asked_from(model, prediction, scenario))
}

/// The scenario `prediction`'s question flips its assumption from, for `scenario`: the scenario itself, or, where it
/// has the option asked about already, the same with that assumption as in 2025. The worksheet draws a question's
/// chart from it (the "before" picture, which gives nothing away), and [`answer_key`] answers from it.
pub fn asked_from(model: &ModelData, prediction: &PredictionData, scenario: &Scenario) -> Scenario {
    let (assumption, option) = (prediction.assumption.id(), prediction.option.id());
    let mut from = scenario.clone();
    if from[assumption] == option {
        from[assumption] = model.assumptions[assumption].default();
    }
    from
}

/// What became of a prediction in this visit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    Skipped,
    Guessed { guess: Direction, reveal: Reveal },
}

impl Answer {
    /// Whether the guess matched the model; `None` for a skipped question.
    pub fn matched(&self) -> Option<bool> {
        match self {
            Answer::Skipped => None,
            Answer::Guessed { guess, reveal } => Some(*guess == reveal.direction),
        }
    }
}

impl PredictText {
    /// The name of `direction`, as the question's buttons say it.
    pub fn direction(&self, direction: Direction) -> &str {
        match direction {
            Direction::Up => &self.up,
            Direction::Same => &self.same,
            Direction::Down => &self.down,
        }
    }
}

/// An answered prediction in words: the reader's guess, the model's answer, and whether they agree; shown side
/// by side and announced.
pub fn answer_words(case: &Case, guess: Direction, reveal: &Reveal) -> [String; 3] {
    let ui = &case.meta.ui.predict;
    [
        fill(&ui.guess, &[("direction", ui.direction(guess))]),
        fill(
            &ui.model,
            &[
                ("outcome", &case.model.outcomes[reveal.outcome].text.label),
                ("from", &reveal.from.to_string()),
                ("to", &reveal.to.to_string()),
                ("direction", ui.direction(reveal.direction)),
            ],
        ),
        if guess == reveal.direction {
            &ui.matched
        } else {
            &ui.missed
        }
        .to_string(),
    ]
}
