//! How far each ending is from a scenario: which of its conditions hold now, and the fewest changes (of options,
//! or of a slider to another point of its scale) after which the scenario's ending is that one. The last step and
//! "How this works" show it, so that a flip reads as movement toward an ending rather than a verdict; the
//! propositions and the calibration use the same search.

use crate::content::{EndingId, InPlay, ModelData, Table};
use crate::model::{conditions, ending, ending_holds, evaluate, values, Change, Scenario, Standing};

/// The search looks no further than this many changes at once.
pub const MAX_CHANGES: usize = 3;

/// One ending seen from a scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndingReach {
    pub ending: EndingId,
    /// Whether each of its conditions holds now, in the ending's order (`model::conditions`).
    pub conditions: Vec<bool>,
    /// How many pressures the scenario puts in play, and how many of them the article names
    /// (`model::pressures_in_play`).
    pub pressures: InPlay,
    /// Whether it is the scenario's ending.
    pub here: bool,
    /// Where all its conditions hold but an ending before it in the order names the scenario, that ending: no
    /// route to it is proposed then (`nearest` and `other` are `None`), since the only one would undo something the
    /// higher ending needs (from Détente, putting the pressure on TikTok back; review 16, finding 6).
    pub shown_as: Option<EndingId>,
    /// The fewest changes after which the scenario's ending is this one (none if it already is), or `None` if more
    /// than [`MAX_CHANGES`] are needed or it is met but [`shown_as`](Self::shown_as) another.
    pub nearest: Option<Vec<Change>>,
    /// Another way as short as `nearest` through a different set of controls, if there is one: so that the first
    /// way the search meets (it tries the controls in the model's order) never reads as the only one.
    pub other: Option<Vec<Change>>,
}

/// Every other setting of each control, one list per control: each other option of each assumption, and each
/// other point of each slider's scale, nearest first.
pub fn alternatives(model: &ModelData, scenario: &Scenario) -> Vec<Vec<Change>> {
    let mut controls: Vec<Vec<Change>> = model
        .assumptions
        .with_ids()
        .map(|(assumption, a)| {
            a.option_ids()
                .filter(|&o| o != scenario[assumption])
                .map(|option| Change::Option { assumption, option })
                .collect()
        })
        .collect();
    for (slider, s) in model.sliders.with_ids() {
        let d = &s.data;
        let now = scenario[slider];
        let mut values: Vec<i32> = (d.min..=d.max)
            .step_by(d.step.max(1) as usize)
            .filter(|&v| v != now)
            .collect();
        values.sort_by_key(|v| ((v - now).abs(), *v));
        controls.push(
            values
                .into_iter()
                .map(|value| Change::Slider { slider, value })
                .collect(),
        );
    }
    controls.retain(|c| !c.is_empty());
    controls
}

/// For each ending, the fewest changes from `scenario` (at most `max`, each of a different control) after which
/// the scenario's ending is that one, found breadth first: one change, then two, then three.
pub fn nearest_changes(model: &ModelData, scenario: &Scenario, max: usize) -> Vec<Option<Vec<Change>>> {
    nearest_ways(model, scenario, max, 1)
        .into_iter()
        .map(|ways| ways.into_iter().next())
        .collect()
}

/// For each ending, up to `ways` shortest sets of changes that lead to it, each through a different set of controls
/// (the first is [`nearest_changes`]'s); empty if more than `max` changes are needed.
pub fn nearest_ways(model: &ModelData, scenario: &Scenario, max: usize, ways: usize) -> Vec<Vec<Vec<Change>>> {
    let mut found: Vec<Vec<Vec<Change>>> = vec![Vec::new(); model.endings.len()];
    found[evaluate(model, scenario).ending.index()].push(Vec::new());
    let controls = alternatives(model, scenario);
    for depth in 1..=max.min(controls.len()) {
        // Endings found at a smaller depth are done; those still open take every way of this depth.
        let open: Vec<bool> = found.iter().map(Vec::is_empty).collect();
        if !open.contains(&true) {
            break;
        }
        let mut picked = Vec::with_capacity(depth);
        combinations(&controls, 0, depth, &mut picked, &mut |changes| {
            let mut next = scenario.clone();
            for c in changes {
                match *c {
                    Change::Option { assumption, option } => next[assumption] = option,
                    Change::Slider { slider, value } => next[slider] = value,
                }
            }
            let e = ending(
                model,
                &Standing::new(model, |a| next[a], |s| next[s], &values(model, &next)),
            )
            .index();
            let same_controls = |way: &Vec<Change>| way.iter().zip(changes).all(|(a, b)| a.control() == b.control());
            if open[e] && found[e].len() < ways && !found[e].iter().any(same_controls) {
                found[e].push(changes.to_vec());
            }
        });
    }
    found
}

/// Calls `visit` with every way of picking one change from each of `depth` different controls from `start` on.
fn combinations(
    controls: &[Vec<Change>],
    start: usize,
    depth: usize,
    picked: &mut Vec<Change>,
    visit: &mut impl FnMut(&[Change]),
) {
    if depth == 0 {
        visit(picked);
        return;
    }
    for i in start..controls.len() {
        if controls.len() - i < depth {
            break;
        }
        for &change in &controls[i] {
            picked.push(change);
            combinations(controls, i + 1, depth - 1, picked, visit);
            picked.pop();
        }
    }
}

/// Every ending seen from `scenario`: which of its conditions hold, whether it is the scenario's, and the fewest
/// changes that lead to it.
pub fn reach(model: &ModelData, scenario: &Scenario) -> Vec<EndingReach> {
    let evaluation = evaluate(model, scenario);
    let values = evaluation.values();
    let standing = Standing::new(model, |a| scenario[a], |s| scenario[s], &values);
    let ways = nearest_ways(model, scenario, MAX_CHANGES, 2);
    model
        .endings
        .with_ids()
        .zip(ways)
        .map(|((id, e), ways)| {
            let here = id == evaluation.ending;
            // The fallback, with no conditions, always "holds": it is only ever here or not.
            let shown_as =
                (!here && !e.data.when.is_empty() && ending_holds(e, &standing)).then_some(evaluation.ending);
            let mut ways = ways.into_iter().filter(|_| shown_as.is_none());
            EndingReach {
                ending: id,
                conditions: conditions(e, &standing),
                pressures: standing.pressures,
                here,
                shown_as,
                nearest: ways.next(),
                other: ways.next(),
            }
        })
        .collect()
}
