//! The reader's state, owned here and nowhere else: the current step and one signal per assumption. Outcomes are
//! derived, one memo each, and each memo reads only the assumptions its rules depend on, so flipping one
//! assumption recomputes only what depends on it.

use gambit_core::model::{evaluate_outcome, OutcomeValue};
use gambit_core::url::LinkState;
use gambit_core::Case;
use leptos::prelude::*;

/// Shared through Leptos context; cheap to copy.
#[derive(Clone, Copy)]
pub struct Explainer {
    pub case: &'static Case,
    pub step: RwSignal<usize>,
    choices: &'static [RwSignal<usize>],
    outcomes: &'static [Memo<OutcomeValue>],
}

impl Explainer {
    /// Creates the state for `case`, starting from what a link selected. Call inside the owning component.
    pub fn new(case: &'static Case, start: LinkState) -> Self {
        let choices: &'static [RwSignal<usize>] = start
            .scenario
            .0
            .iter()
            .map(|&o| RwSignal::new(o))
            .collect::<Vec<_>>()
            .leak();
        let outcomes = (0..case.model.outcomes.len())
            .map(|o| Memo::new(move |_| evaluate_outcome(&case.model, o, |a| choices[a].get())))
            .collect::<Vec<_>>()
            .leak();
        Explainer {
            case,
            step: RwSignal::new(start.step),
            choices,
            outcomes,
        }
    }

    /// The state provided by the app's root component.
    pub fn get() -> Self {
        expect_context::<Explainer>()
    }

    /// The option index chosen for assumption `assumption`, as a signal.
    pub fn choice(&self, assumption: usize) -> RwSignal<usize> {
        self.choices[assumption]
    }

    /// The option id chosen for assumption `assumption` (tracked).
    pub fn option(&self, assumption: usize) -> &'static str {
        let options = &self.case.model.assumptions[assumption].data.options;
        &options[self.choices[assumption].get().min(options.len() - 1)]
    }

    /// The value of outcome `id` and the rules behind it, or `None` if the model has no such outcome.
    pub fn outcome(&self, id: &str) -> Option<Memo<OutcomeValue>> {
        self.case.model.outcome_index(id).map(|o| self.outcomes[o])
    }
}
