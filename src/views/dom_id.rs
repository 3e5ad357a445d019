//! The ids the views give elements so that others can name them (`aria-labelledby`, a focus to move to), each
//! written by one function, so the element and every reference to it stay in step (code review 8, N5). They are
//! made of content ids, which validation keeps to `a-z`, `0-9` and `-`.

use gambit_core::content::{Prediction, Step};

/// A step's heading (`<h2>`), which names the step's article and the sections under it.
pub fn step_title(step: &Step) -> String {
    format!("step-title-{}", step.data.id)
}

/// The heading of a step's discussion question.
pub fn question(step: &Step) -> String {
    format!("question-{}", step.data.id)
}

/// The heading of a step's list of sources.
pub fn sources(step: &Step) -> String {
    format!("sources-{}", step.data.id)
}

/// The heading of a prediction's question (and of its answer, which takes its place).
pub fn prediction(prediction: &Prediction) -> String {
    format!("predict-{}", prediction.data.id)
}

/// A prediction's first choice, where the focus goes when its step opens with the question.
pub fn prediction_first(prediction: &Prediction) -> String {
    format!("predict-{}-first", prediction.data.id)
}
