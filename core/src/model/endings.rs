//! Which ending a scenario reaches: each ending's conditions (thresholds on outcomes, options it requires, and the
//! pressures in play), in the model's order, the last one the fallback.

use crate::content::{
    AssumptionId, Ending, EndingId, InPlay, ModelData, OptionId, Requirement, SliderId, Table, Threshold, Way,
};

/// A scenario as the endings' conditions read it: its options (`option_of`), the pressures they put in play, its
/// slider values (one per slider, in the model's order, for a requirement on one) and its outcome values (one per
/// outcome, in the model's order).
pub struct Standing<'v, F> {
    pub option_of: F,
    pub pressures: InPlay,
    pub sliders: Vec<i32>,
    pub values: &'v [i32],
}

impl<'v, F: Fn(AssumptionId) -> OptionId + Copy> Standing<'v, F> {
    pub fn new(model: &ModelData, option_of: F, slider_of: impl Fn(SliderId) -> i32, values: &'v [i32]) -> Self {
        Standing {
            option_of,
            pressures: pressures_in_play(model, option_of),
            sliders: model.sliders.ids().map(slider_of).collect(),
            values,
        }
    }
}

/// Whether the condition `threshold` holds for `values` (one per outcome, in the model's order).
pub fn threshold_holds(threshold: &Threshold, values: &[i32]) -> bool {
    let v = values[threshold.outcome.id().index()];
    threshold.at_least.is_none_or(|min| v >= min) && threshold.below.is_none_or(|max| v < max)
}

/// Whether one of `requirement`'s ways holds: the option it names is the one `option_of` sets, or the slider it
/// names is at its bound or above in `sliders` (one value per slider, in the model's order).
pub fn requirement_holds(
    requirement: &Requirement,
    option_of: impl Fn(AssumptionId) -> OptionId,
    sliders: &[i32],
) -> bool {
    requirement.ways().any(|way| match way {
        Way::Option { assumption, option } => option_of(assumption) == option,
        Way::Slider { slider, at_least } => sliders[slider.index()] >= at_least,
    })
}

/// How many of the pressures beyond 2025's (the options assumptions list as `pressures`) `option_of` puts in play,
/// and how many of them the article names (not marked ours).
pub fn pressures_in_play(model: &ModelData, option_of: impl Fn(AssumptionId) -> OptionId) -> InPlay {
    let mut in_play = InPlay::default();
    for (a, assumption) in model.assumptions.with_ids() {
        if let Some(p) = assumption.data.pressures.iter().find(|p| p.option.id() == option_of(a)) {
            in_play.all += 1;
            in_play.named += usize::from(!p.ours);
        }
    }
    in_play
}

/// Whether each of `ending`'s conditions holds for `standing`: its thresholds in order, then the options it
/// requires, then its condition on the pressures, if it has one.
pub fn conditions<F: Fn(AssumptionId) -> OptionId + Copy>(ending: &Ending, standing: &Standing<F>) -> Vec<bool> {
    let d = &ending.data;
    let thresholds = d.when.iter().map(|t| threshold_holds(t, standing.values));
    let requirements = d
        .requires
        .iter()
        .map(|r| requirement_holds(r, standing.option_of, &standing.sliders));
    let pressure = d.pressures.as_ref().map(|p| p.holds(standing.pressures));
    thresholds.chain(requirements).chain(pressure).collect()
}

/// Whether `ending`'s conditions hold for `standing`: all of them, or at least `needs` of them; or its pressure
/// condition, where that stands alone. The fallback, with none, always holds.
pub fn ending_holds<F: Fn(AssumptionId) -> OptionId + Copy>(ending: &Ending, standing: &Standing<F>) -> bool {
    let d = &ending.data;
    if let Some(p) = d.pressures.as_ref().filter(|p| p.alone) {
        if p.holds(standing.pressures) {
            return true;
        }
    }
    let counted = d.pressures.as_ref().filter(|p| !p.alone);
    let holding = d.when.iter().filter(|t| threshold_holds(t, standing.values)).count()
        + d.requires
            .iter()
            .filter(|r| requirement_holds(r, standing.option_of, &standing.sliders))
            .count()
        + counted.map_or(0, |p| usize::from(p.holds(standing.pressures)));
    let all = d.when.len() + d.requires.len() + usize::from(counted.is_some());
    holding >= d.needs.map_or(all, |n| n as usize)
}

/// The first ending whose conditions hold for `standing`; the last ending is the fallback.
pub fn ending<F: Fn(AssumptionId) -> OptionId + Copy>(model: &ModelData, standing: &Standing<F>) -> EndingId {
    model
        .endings
        .with_ids()
        .find(|(_, e)| ending_holds(e, standing))
        .map_or_else(|| crate::content::Id::new(model.endings.len() - 1), |(id, _)| id)
}
