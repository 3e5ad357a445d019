//! The article's own cause-and-effect claims (`content/model/propositions.json`), each checked against the model:
//! from a named scenario, a change moves an outcome one way (or not), or leads to an ending (or not), or no single
//! change leads to an ending. `core/tests/propositions.rs` holds one test per proposition, named after it.

use crate::content::{Expect, ModelData, PropositionData};
use crate::model::{evaluate, Change, Scenario};
use crate::predict::SAME_WITHIN;
use crate::reach::nearest_changes;

/// The scenario a proposition starts from, and the scenario after its change.
pub fn scenarios(model: &ModelData, p: &PropositionData) -> (Scenario, Scenario) {
    let before = Scenario::preset(model, p.from.id());
    let mut after = before.clone();
    for (assumption, option) in p.choices.iter() {
        after[assumption.id()] = option.id();
    }
    for (slider, value) in p.sliders.iter() {
        after[slider.id()] = *value;
    }
    (before, after)
}

/// `Ok` if the model does what `p` expects, else what it does instead, in words for a test's failure.
pub fn check(model: &ModelData, p: &PropositionData) -> Result<(), String> {
    let (before, after) = scenarios(model, p);
    let (eb, ea) = (evaluate(model, &before), evaluate(model, &after));
    let ending_name = |e: crate::content::EndingId| model.endings[e].data.id.to_string();
    match p.expect {
        Expect::Up | Expect::Down | Expect::NotUp => {
            let o = p.outcome.as_ref().expect("validated: an outcome").id();
            let (from, to) = (eb[o].value, ea[o].value);
            let ok = match p.expect {
                Expect::Up => to - from > SAME_WITHIN,
                Expect::Down => from - to > SAME_WITHIN,
                _ => to - from <= SAME_WITHIN,
            };
            ok.then_some(()).ok_or_else(|| {
                format!(
                    "expected `{}` {}, but it goes from {from} to {to}",
                    model.outcomes[o].data.id,
                    p.expect.key()
                )
            })
        }
        Expect::Reaches | Expect::Misses => {
            let e = p.ending.as_ref().expect("validated: an ending").id();
            let reached = ea.ending == e;
            (reached == (p.expect == Expect::Reaches)).then_some(()).ok_or_else(|| {
                format!(
                    "expected the change to {} `{}`, but it leads to `{}` (values {:?})",
                    if p.expect == Expect::Reaches { "reach" } else { "miss" },
                    ending_name(e),
                    ending_name(ea.ending),
                    ea.values()
                )
            })
        }
        Expect::NoSingleChange => {
            let e = p.ending.as_ref().expect("validated: an ending").id();
            match &nearest_changes(model, &after, 1)[e.index()] {
                None => Ok(()),
                Some(changes) => Err(format!(
                    "expected no single change to reach `{}`, but {} does",
                    ending_name(e),
                    if changes.is_empty() {
                        "the scenario itself".to_string()
                    } else {
                        changes
                            .iter()
                            .map(|c| change_key(model, c))
                            .collect::<Vec<_>>()
                            .join(" + ")
                    }
                )),
            }
        }
    }
}

/// A change as links write it: `chips=unrestricted`, `capex=30`.
pub fn change_key(model: &ModelData, change: &Change) -> String {
    match *change {
        Change::Option { assumption, option } => {
            let a = &model.assumptions[assumption];
            format!("{}={}", a.data.id, a.option_key(option))
        }
        Change::Slider { slider, value } => format!("{}={value}", model.sliders[slider].data.id),
    }
}

/// Every proposition the model breaks, with what it does instead.
pub fn broken(model: &ModelData) -> Vec<(String, String)> {
    model
        .propositions
        .iter()
        .filter_map(|p| check(model, &p.data).err().map(|why| (p.data.id.to_string(), why)))
        .collect()
}
