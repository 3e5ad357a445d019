//! Which ending a scenario's outcome values reach: each ending's conditions (thresholds on outcomes, and the
//! pressures in play), in the model's order, the last one the fallback.

use crate::content::{AssumptionId, Ending, EndingId, InPlay, ModelData, OptionId, Table, Threshold};

/// Whether the condition `threshold` holds for `values` (one per outcome, in the model's order).
pub fn threshold_holds(threshold: &Threshold, values: &[i32]) -> bool {
    let v = values[threshold.outcome.id().index()];
    threshold.at_least.is_none_or(|min| v >= min) && threshold.below.is_none_or(|max| v < max)
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

/// Whether each of `ending`'s conditions holds, with `pressures` in play and `values` (one per outcome, in the
/// model's order): its thresholds in order, then its condition on the pressures, if it has one.
pub fn conditions(ending: &Ending, pressures: InPlay, values: &[i32]) -> Vec<bool> {
    let thresholds = ending.data.when.iter().map(|t| threshold_holds(t, values));
    let pressure = ending.data.pressures.as_ref().map(|p| p.holds(pressures));
    thresholds.chain(pressure).collect()
}

/// Whether `ending`'s conditions hold, with `pressures` in play and `values`: all of them, or at least `needs` of
/// them; or its pressure condition, where that stands alone. The fallback, with none, always holds.
pub fn ending_holds(ending: &Ending, pressures: InPlay, values: &[i32]) -> bool {
    let d = &ending.data;
    let thresholds = d.when.iter().filter(|t| threshold_holds(t, values)).count();
    let (holding, all) = match &d.pressures {
        Some(p) if p.alone => {
            if p.holds(pressures) {
                return true;
            }
            (thresholds, d.when.len())
        }
        Some(p) => (thresholds + usize::from(p.holds(pressures)), d.when.len() + 1),
        None => (thresholds, d.when.len()),
    };
    holding >= d.needs.map_or(all, |n| n as usize)
}

/// The first ending whose conditions hold with `pressures` in play and `values` (one per outcome, in the model's
/// order); the last ending is the fallback.
pub fn ending(model: &ModelData, pressures: InPlay, values: &[i32]) -> EndingId {
    model
        .endings
        .with_ids()
        .find(|(_, e)| ending_holds(e, pressures, values))
        .map_or_else(|| crate::content::Id::new(model.endings.len() - 1), |(id, _)| id)
}
