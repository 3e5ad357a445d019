//! The article's own cause-and-effect claims (`content/model/propositions.json`), each checked against the model:
//! from a named scenario, a change moves an outcome one way (or not), or leads to an ending (or not), or no single
//! change leads to an ending. `core/tests/propositions.rs` holds one test per proposition, named after it.

use crate::content::{Control, Expect, ModelData, PropositionData};
use crate::model::{evaluate, Change, Scenario};
use crate::predict::SAME_WITHIN;
use crate::reach::nearest_changes;

/// The scenario a proposition starts from, and the scenario after its change, with the controls of `over` as
/// they are in the preset.
pub fn scenarios(model: &ModelData, p: &PropositionData) -> (Scenario, Scenario) {
    let before = Scenario::preset(model, p.from.id());
    let after = changed(p, &before);
    (before, after)
}

/// `before` with the proposition's change made.
fn changed(p: &PropositionData, before: &Scenario) -> Scenario {
    let mut after = before.clone();
    for (assumption, option) in p.choices.iter() {
        after[assumption.id()] = option.id();
    }
    for (slider, value) in p.sliders.iter() {
        after[slider.id()] = *value;
    }
    after
}

/// The changes of a proposition's range: its slider at every step from its value through `through` (none without
/// `through`).
fn range(model: &ModelData, p: &PropositionData) -> Vec<Change> {
    let Some(through) = p.through else {
        return Vec::new();
    };
    p.sliders
        .iter()
        .flat_map(|(slider, from)| {
            let (slider, step) = (slider.id(), model.sliders[slider.id()].data.step.max(1) as usize);
            (*from..=through)
                .step_by(step)
                .map(move |value| Change::Slider { slider, value })
        })
        .collect()
}

/// One scenario a proposition speaks of: the settings of its `over` controls that differ from its preset, the
/// scenario before its change and the scenario after.
pub type Case = (Vec<Change>, Scenario, Scenario);

/// Every case the proposition speaks of: its preset with the controls of `over` set every way they can be (every
/// option, every point of a slider's scale, in every combination), each with the change made on top; without
/// `over`, the one case of [`scenarios`]. With `through`, each of these is tried at every step of the range.
pub fn every_case(model: &ModelData, p: &PropositionData) -> Vec<Case> {
    let start = Scenario::preset(model, p.from.id());
    let mut settings: Vec<Vec<Change>> = vec![Vec::new()];
    for control in p.over.iter() {
        let each: Vec<Change> = match control.control() {
            Control::Assumption(assumption) => model.assumptions[assumption]
                .option_ids()
                .map(|option| Change::Option { assumption, option })
                .collect(),
            Control::Slider(slider) => {
                let d = &model.sliders[slider].data;
                (d.min..=d.max)
                    .step_by(d.step.max(1) as usize)
                    .map(|value| Change::Slider { slider, value })
                    .collect()
            }
        };
        settings = settings
            .into_iter()
            .flat_map(|s| each.iter().map(move |c| [s.as_slice(), &[*c]].concat()))
            .collect();
    }
    let range = range(model, p);
    settings
        .into_iter()
        .flat_map(|set| {
            let before = set.iter().fold(start.clone(), |s, c| c.apply(&s));
            let after = changed(p, &before);
            let moved: Vec<Change> = set.into_iter().filter(|c| c.apply(&start) != start).collect();
            if range.is_empty() {
                return vec![(moved, before, after)];
            }
            // Each step of the range is a case of its own, named by its value.
            range
                .iter()
                .map(|c| ([moved.as_slice(), &[*c]].concat(), before.clone(), c.apply(&after)))
                .collect()
        })
        .collect()
}

/// `Ok` if the model does what `p` expects in every case it speaks of, else what it does instead in the first
/// case that breaks it, with that case's settings and how many cases break it, in words for a test's failure.
pub fn check(model: &ModelData, p: &PropositionData) -> Result<(), String> {
    let cases = every_case(model, p);
    let mut broken = cases
        .iter()
        .filter_map(|(set, before, after)| check_one(model, p, before, after).err().map(|why| (set, why)));
    let Some((set, why)) = broken.next() else {
        return Ok(());
    };
    let more = broken.count();
    if p.over.is_empty() && p.through.is_none() {
        return Err(why);
    }
    let at = if set.is_empty() {
        "with nothing else changed".to_string()
    } else {
        let keys: Vec<String> = set.iter().map(|c| change_key(model, c)).collect();
        format!("with {}", keys.join(" + "))
    };
    Err(format!("{at}: {why} ({} of {} cases break it)", more + 1, cases.len()))
}

/// Whether the model does what `p` expects from `before` to `after`.
fn check_one(model: &ModelData, p: &PropositionData, before: &Scenario, after: &Scenario) -> Result<(), String> {
    let (eb, ea) = (evaluate(model, before), evaluate(model, after));
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
            match &nearest_changes(model, after, 1)[e.index()] {
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
