//! The steps: their former ids (aliases), what their views draw, their embed heights and scenario sentences, and
//! the predictions asked on them.

use super::super::types::*;
use super::*;

/// A step's former ids (aliases) are plain ids, and no other step holds them.
pub(super) fn validate_step_aliases(case: &Case, errors: &mut ContentErrors) {
    for step in case.steps.iter() {
        for alias in step.data.aliases.iter() {
            if case
                .steps
                .iter()
                .any(|s| s.data.id == *alias || (s.data.id != step.data.id && s.data.aliases.contains(alias)))
            {
                errors.push(ContentError::item(
                    STEPS,
                    &step.data.id,
                    format!("alias `{alias}` is already taken"),
                ));
            }
            // A former id is still a folder (`steps/<alias>/`) and a link's value.
            if !crate::content::is_plain_id(alias) {
                errors.push(ContentError::item(
                    STEPS,
                    &step.data.id,
                    format!("alias `{alias}`: an id may hold only {}", crate::content::ID_CHARS),
                ));
            }
        }
    }
}

/// A step has what its view draws, embed heights that fit, and scenario sentences for every option of each
/// assumption it varies with (`varies_with`, `also_varies_with`), each one of its controls.
pub(super) fn validate_steps(case: &Case, errors: &mut ContentErrors) {
    for step in case.steps.iter() {
        let (data, id) = (&step.data, step.data.id.as_ref());
        if data.view == ViewKind::Briefing && data.figures.is_empty() && data.entities.is_empty() {
            errors.push(ContentError::item(
                STEPS,
                id,
                "a briefing needs at least one figure or entity to show",
            ));
        }
        embed_heights(step, errors);
        if let Some(words) = &step.text.on_screen {
            let last = step.text.body.last().map(|p| p.as_ref()).unwrap_or("");
            if words.trim().is_empty() || !last.ends_with(words.as_ref()) {
                errors.push(ContentError::item(
                    &text(case, "steps.json"),
                    id,
                    "`on_screen` must be the closing words of the body's last paragraph, word for word",
                ));
            }
        }
        if data.view == ViewKind::Ripple && data.varies_with.is_none() {
            errors.push(ContentError::item(
                STEPS,
                id,
                "a ripple view draws the assumption the step varies with; `varies_with` is missing",
            ));
        }
        variants(case, step, errors);
        if let (Some(a), Some(b)) = (&data.varies_with, &data.also_varies_with) {
            if a.id() == b.id() {
                errors.push(ContentError::item(
                    STEPS,
                    id,
                    format!("`also_varies_with` repeats `varies_with` (`{}`)", a.key()),
                ));
            }
        }
    }
}

/// A step's embed heights fit: each view at least 100 px, the controls no less than it, its compact form between.
fn embed_heights(step: &Step, errors: &mut ContentErrors) {
    let (heights, id) = (&step.data.embed_height, step.data.id.as_ref());
    for (view, controls, width) in [
        (heights.view, heights.controls, ""),
        (heights.phone_view, heights.phone_controls, " on a phone"),
    ] {
        if view < 100 || controls < view {
            errors.push(ContentError::item(
                STEPS,
                id,
                format!(
                    "embed_height{width}: the view alone ({view}) needs at least 100 px, and with controls ({controls}) no less"
                ),
            ));
        }
    }
    for (compact, view, width) in [
        (heights.compact, heights.view, ""),
        (heights.phone_compact, heights.phone_view, " on a phone"),
    ] {
        if compact < 100 || compact > view {
            errors.push(ContentError::item(
                STEPS,
                id,
                format!(
                    "embed_height{width}: the chart and its figures only ({compact}) need at least 100 px, and no more than the view alone ({view})"
                ),
            ));
        }
    }
}

/// A step's scenario sentences (`variants`, `also_variants`) follow an assumption it names and shows as a control,
/// one sentence for each of its options.
fn variants(case: &Case, step: &Step, errors: &mut ContentErrors) {
    let (data, id) = (&step.data, step.data.id.as_ref());
    for (field, varies, sentences, what) in [
        (
            "varies_with",
            &data.varies_with,
            &step.text.variants,
            "scenario variant",
        ),
        (
            "also_varies_with",
            &data.also_varies_with,
            &step.text.also_variants,
            "also-variant",
        ),
    ] {
        match varies {
            None if !sentences.is_empty() => errors.push(ContentError::item(
                &text(case, "steps.json"),
                id,
                format!("has {what}s but `{field}` names no assumption"),
            )),
            None => {}
            Some(a) => {
                // The words follow a control the reader sees on the step, never one set elsewhere.
                if !data.controls.iter().any(|c| c.control() == Control::Assumption(a.id())) {
                    errors.push(ContentError::item(
                        STEPS,
                        id,
                        format!("`{field}`: `{}` is not one of the step's controls", a.key()),
                    ));
                }
                every_option(
                    &text(case, "steps.json"),
                    id,
                    what,
                    &case.model.assumptions[a.id()],
                    sentences.keys(),
                    errors,
                );
            }
        }
    }
}

/// A prediction is asked on a step that shows its assumption's control, one per step (that it moves its outcome is
/// `core/src/case.rs`'s check: it needs the model).
pub(super) fn check_predictions(case: &Case, errors: &mut ContentErrors) {
    let model = &case.model;
    let mut asked = HashSet::new();
    for prediction in case.predictions.iter() {
        let (d, id) = (&prediction.data, prediction.data.id.as_ref());
        let (step, assumption) = (&case.steps[d.step.id()], d.assumption.id());
        if !asked.insert(d.step.id()) {
            errors.push(ContentError::item(
                PREDICTIONS,
                id,
                format!("step `{}` already has a prediction", step.data.id),
            ));
        }
        if !step
            .data
            .controls
            .iter()
            .any(|c| c.control() == Control::Assumption(assumption))
        {
            errors.push(ContentError::item(
                PREDICTIONS,
                id,
                format!(
                    "step `{}` shows no control for assumption `{}`",
                    step.data.id, model.assumptions[assumption].data.id
                ),
            ));
        }
    }
}
