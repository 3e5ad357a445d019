//! How far each ending is from a scenario: which of its conditions hold now, and the fewest changes (of options,
//! or of a slider to another point of its scale) after which the scenario's ending is that one. The last step and
//! "How this works" show it, so that a flip reads as movement toward an ending rather than a verdict; the
//! propositions and the calibration use the same search.

use crate::content::{EndingId, InPlay, ModelData, SliderId, Table, Way};
use crate::model::{
    add_sliders, conditions, ending, ending_holds, evaluate, values_of_options_into, Change, Scenario, Standing,
};

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
    let mut trial = Trial::new(model, scenario);
    for depth in 1..=max.min(controls.len()) {
        // Endings found at a smaller depth are done; those still open take every way of this depth.
        let open: Vec<bool> = found.iter().map(Vec::is_empty).collect();
        if !open.contains(&true) {
            break;
        }
        let mut picked = Vec::with_capacity(depth);
        combinations(&controls, 0, depth, &mut picked, &mut |changes| {
            let Some(e) = trial.ending(changes) else {
                return;
            };
            let same_controls = |way: &Vec<Change>| way.iter().zip(changes).all(|(a, b)| a.control() == b.control());
            if open[e] && found[e].len() < ways && !found[e].iter().any(same_controls) {
                found[e].push(changes.to_vec());
            }
        });
    }
    found
}

/// Tries the sets of changes [`combinations`] visits, one after another, for [`nearest_ways`]: the thousands a search
/// of three changes tries at every flip on the last step. The sets come with the options first and a slider last
/// (the order of [`alternatives`]), and each slider's settings nearest first, one side then the other; so the
/// options' part of the values is worked out once for all of a slider's settings, and a setting on whose side of
/// each of the endings' thresholds and bounds the scenario stands as with the setting before it on its side (or with
/// the scenario's own) is skipped: its ending is the one already found for that one, through the same controls, so
/// the search would record nothing from it.
struct Trial<'m> {
    model: &'m ModelData,
    from: &'m Scenario,
    /// `from` with `prefix` made.
    next: Scenario,
    /// The changes before a last slider's (all of them, where none is a slider's), made in `next`.
    prefix: Vec<Change>,
    /// The options' part of `next`'s values (`values_of_options_into`).
    by_options: Vec<i32>,
    values: Vec<i32>,
    /// The endings' thresholds on outcomes, as (outcome, at least, below), a missing bound the widest: read once,
    /// so that `sign` tests them as `threshold_holds` does without going through the content's references.
    thresholds: Vec<(usize, i32, i32)>,
    /// The bounds the endings set on sliders, as (slider, at least): a setting's signature says which it meets.
    bounds: Vec<(SliderId, i32)>,
    /// The signature (`sign`) of the last setting of the last slider tried below its setting in `from`, and above
    /// it; empty until one is tried for this prefix.
    last: [Vec<i32>; 2],
    /// The signature of the setting being tried.
    signature: Vec<i32>,
}

impl<'m> Trial<'m> {
    fn new(model: &'m ModelData, from: &'m Scenario) -> Self {
        let mut by_options = Vec::new();
        values_of_options_into(model, from, &mut by_options);
        let bounds = model
            .endings
            .iter()
            .flat_map(|e| e.data.requires.iter().flat_map(|r| r.ways()))
            .filter_map(|way| match way {
                Way::Slider { slider, at_least } => Some((slider, at_least)),
                Way::Option { .. } => None,
            })
            .collect();
        let thresholds = model
            .endings
            .iter()
            .flat_map(|e| e.data.when.iter())
            .map(|t| {
                (
                    t.outcome.id().index(),
                    t.at_least.unwrap_or(i32::MIN),
                    t.below.unwrap_or(i32::MAX),
                )
            })
            .collect();
        Trial {
            model,
            thresholds,
            from,
            next: from.clone(),
            prefix: Vec::new(),
            by_options,
            values: Vec::new(),
            bounds,
            last: [Vec::new(), Vec::new()],
            signature: Vec::new(),
        }
    }

    /// The ending after `changes`, or `None` where it is skipped (see the type).
    fn ending(&mut self, changes: &[Change]) -> Option<usize> {
        let (prefix, slider) = match changes.split_last() {
            Some((&Change::Slider { slider, value }, rest)) => (rest, Some((slider, value))),
            _ => (changes, None),
        };
        if prefix != self.prefix.as_slice() {
            for c in &self.prefix {
                c.unset(&mut self.next, self.from);
            }
            for c in prefix {
                c.set(&mut self.next);
            }
            self.prefix.clear();
            self.prefix.extend_from_slice(prefix);
            values_of_options_into(self.model, &self.next, &mut self.by_options);
            self.last.iter_mut().for_each(Vec::clear);
        }
        let Some((slider, value)) = slider else {
            return Some(self.ending_of_next());
        };
        let side = usize::from(value > self.from[slider]);
        if self.last[side].is_empty() {
            self.sign();
            self.last[side].clone_from(&self.signature);
        }
        self.next[slider] = value;
        self.sign();
        let e = (self.signature != self.last[side]).then(|| self.ending_of_values());
        std::mem::swap(&mut self.last[side], &mut self.signature);
        self.next[slider] = self.from[slider];
        e
    }

    /// Writes `next`'s values, and its signature: 1 or 0 for each of the endings' thresholds on an outcome, then for
    /// each of their bounds on a slider, as it holds or not; the endings read nothing else of the values and sliders.
    fn sign(&mut self) {
        self.values_of_next();
        self.signature.clear();
        let (next, values) = (&self.next, &self.values);
        let holds = |&(outcome, at_least, below): &(usize, i32, i32)| (at_least..below).contains(&values[outcome]);
        self.signature
            .extend(self.thresholds.iter().map(|t| i32::from(holds(t))));
        self.signature
            .extend(self.bounds.iter().map(|&(s, at_least)| i32::from(next[s] >= at_least)));
    }

    fn ending_of_next(&mut self) -> usize {
        self.values_of_next();
        self.ending_of_values()
    }

    /// Writes `next`'s values: the options' part, worked out once per prefix, with `next`'s sliders added.
    fn values_of_next(&mut self) {
        self.values.clone_from(&self.by_options);
        add_sliders(self.model, &self.next, &mut self.values);
    }

    /// The ending of `next` with `values` its values.
    fn ending_of_values(&self) -> usize {
        let next = &self.next;
        ending(
            self.model,
            &Standing::new(self.model, |a| next[a], |s| next[s], &self.values),
        )
        .index()
    }
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
