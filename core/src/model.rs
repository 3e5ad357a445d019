//! The scenario model: a [`Scenario`] picks one option per assumption; [`evaluate`] turns it into outcome values,
//! each with the rules that produced it, so the app can always answer "why is this here?".
//!
//! The model is illustrative: every base value and rule, with its reason and paragraphs, is content the reader
//! can see, not a forecast.

use crate::content::ModelData;

/// One option index per assumption, in the model's order of assumptions.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Scenario(pub Vec<usize>);

impl Scenario {
    /// Every assumption at its default: the article's present-day picture.
    pub fn defaults(model: &ModelData) -> Self {
        Scenario(
            model
                .assumptions
                .iter()
                .map(|a| a.default_index())
                .collect(),
        )
    }

    /// The option id chosen for assumption `assumption` (an index into the model's assumptions).
    pub fn option<'m>(&self, model: &'m ModelData, assumption: usize) -> &'m str {
        let options = &model.assumptions[assumption].data.options;
        &options[self.0[assumption].min(options.len() - 1)]
    }
}

/// An outcome's value on the 0–100 scale and the indices of the rules that moved it from its base.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutcomeValue {
    pub value: i32,
    pub rules: Vec<usize>,
}

/// Every outcome of a scenario, in the model's order of outcomes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evaluation {
    pub outcomes: Vec<OutcomeValue>,
}

/// Evaluates one outcome: its base plus the delta of every rule whose assumption is set to the rule's option,
/// held within 0–100. `option_of(a)` gives the option index chosen for assumption `a`; it is asked only about the
/// assumptions this outcome's rules read, so a reactive caller depends on exactly those.
pub fn evaluate_outcome(
    model: &ModelData,
    outcome: usize,
    option_of: impl Fn(usize) -> usize,
) -> OutcomeValue {
    let outcome_id = &model.outcomes[outcome].data.id;
    let mut value = model.outcomes[outcome].data.base;
    let mut rules = Vec::new();
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
            rules.push(index);
        }
    }
    OutcomeValue {
        value: value.clamp(0, 100),
        rules,
    }
}

/// Evaluates every outcome of `scenario`.
pub fn evaluate(model: &ModelData, scenario: &Scenario) -> Evaluation {
    let option_of = |a: usize| scenario.0[a];
    Evaluation {
        outcomes: (0..model.outcomes.len())
            .map(|o| evaluate_outcome(model, o, option_of))
            .collect(),
    }
}
