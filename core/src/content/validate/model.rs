//! The model's records: assumptions, outcomes, rules, sliders, slopes, endings, propositions and presets cite the
//! article where they claim something, and their numbers lie on their scales.

use super::super::types::*;
use super::*;

/// An assumption cites the article, has options with their words, and its 2025 default is no pressure.
pub(super) fn validate_assumptions(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for assumption in model.assumptions.iter() {
        let (data, id) = (&assumption.data, assumption.data.id.as_ref());
        cites.check(errors, ASSUMPTIONS, id, &data.paragraphs);
        if data.options.is_empty() {
            errors.push(ContentError::item(ASSUMPTIONS, id, "has no options"));
        }
        every_option(
            &text(case, "assumptions.json"),
            id,
            "option text",
            assumption,
            assumption.text.options.keys(),
            errors,
        );
        if data.pressures.iter().any(|p| p.option.key() == data.default.key()) {
            errors.push(ContentError::item(
                ASSUMPTIONS,
                id,
                "the 2025 default cannot be a pressure beyond 2025's",
            ));
        }
    }
}

/// An outcome starts between 0 and 100.
pub(super) fn validate_outcomes(case: &Case, errors: &mut ContentErrors) {
    let model = &case.model;
    for outcome in model.outcomes.iter() {
        if !(0..=100).contains(&outcome.data.base) {
            errors.push(ContentError::item(
                OUTCOMES,
                &outcome.data.id,
                "base must be between 0 and 100",
            ));
        }
    }
}

/// A rule cites the article.
pub(super) fn validate_rules(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for rule in model.rules.iter() {
        let (data, id) = (&rule.data, rule.data.id.as_ref());
        cites.check(errors, RULES, id, &data.paragraphs);
    }
}

/// A slider cites the article, its default lies on its scale and its steps, and no assumption shares its id.
pub(super) fn validate_sliders(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for slider in model.sliders.iter() {
        let (d, id) = (&slider.data, slider.data.id.as_ref());
        cites.check(errors, SLIDERS, id, &d.paragraphs);
        if !(d.min <= d.default && d.default <= d.max && d.min < d.max)
            || d.step <= 0
            || (d.default - d.min) % d.step != 0
        {
            errors.push(ContentError::item(
                SLIDERS,
                id,
                "needs min < max, min <= default <= max, and a step that reaches the default",
            ));
        }
        if model.assumption_by_key(id).is_some() {
            errors.push(ContentError::item(
                SLIDERS,
                id,
                "an assumption has the same id; links could not tell them apart",
            ));
        }
    }
}

/// A slope cites the article and moves by a positive `per`.
pub(super) fn validate_slopes(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for slope in model.slopes.iter() {
        let (d, id) = (&slope.data, slope.data.id.as_ref());
        cites.check(errors, SLOPES, id, &d.paragraphs);
        if d.per <= 0 {
            errors.push(ContentError::item(SLOPES, id, "`per` must be positive"));
        }
    }
}

/// A requirement has one shape: an option (`assumption` and `option`), a slider bound within the slider's scale
/// (`slider` and `at_least`), or `any` of two or more of those, without paragraphs of their own.
fn validate_requirement(model: &ModelData, requirement: &Requirement, id: &str, errors: &mut ContentErrors) {
    let shape = "a requirement names `assumption` and `option`, or `slider` and `at_least`, or lists `any` of two or more of those";
    let own = |q: &Requirement, errors: &mut ContentErrors| match q.way() {
        None => errors.push(ContentError::item(ENDINGS, id, shape)),
        Some(Way::Slider { slider, at_least }) => {
            let s = &model.sliders[slider].data;
            if at_least < s.min || at_least > s.max {
                errors.push(ContentError::item(
                    ENDINGS,
                    id,
                    format!(
                        "`at_least` {at_least} is outside slider `{}` ({} to {})",
                        s.id, s.min, s.max
                    ),
                ));
            }
        }
        Some(Way::Option { .. }) => {}
    };
    if requirement.any.is_empty() {
        own(requirement, errors);
        return;
    }
    let bare = requirement.assumption.is_none()
        && requirement.option.is_none()
        && requirement.slider.is_none()
        && requirement.at_least.is_none();
    if !bare || requirement.any.len() < 2 {
        errors.push(ContentError::item(ENDINGS, id, shape));
    }
    for way in requirement.any.iter() {
        if !way.paragraphs.is_empty() {
            errors.push(ContentError::item(
                ENDINGS,
                id,
                "the ways under `any` have no paragraphs of their own: the requirement's are theirs",
            ));
        }
        own(way, errors);
    }
}

/// An ending's thresholds and pressure condition are well formed, and only the last, the fallback, has none.
pub(super) fn validate_endings(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for (n, ending) in model.endings.iter().enumerate() {
        let (d, id) = (&ending.data, ending.data.id.as_ref());
        let last = n + 1 == model.endings.len();
        if last != d.when.is_empty() {
            errors.push(ContentError::item(
                ENDINGS,
                id,
                "only the last ending, the fallback, has no thresholds",
            ));
        }
        for threshold in d.when.iter() {
            if threshold.at_least.is_none() && threshold.below.is_none() {
                errors.push(ContentError::item(
                    ENDINGS,
                    id,
                    "a threshold needs `at_least` or `below`",
                ));
            }
            cites.check(errors, ENDINGS, id, &threshold.paragraphs);
        }
        for requirement in d.requires.iter() {
            cites.check(errors, ENDINGS, id, &requirement.paragraphs);
            validate_requirement(model, requirement, id, errors);
        }
        if !d.requires.is_empty() && (last || d.needs.is_some()) {
            errors.push(ContentError::item(
                ENDINGS,
                id,
                "`requires` names options every one of which must be set: not on the fallback, nor with `needs`",
            ));
        }
        let counted = d.pressures.as_ref().is_some_and(|p| !p.alone);
        let conditions = d.when.len() + usize::from(counted);
        if let Some(n) = d.needs {
            if n == 0 || n as usize > conditions {
                errors.push(ContentError::item(
                    ENDINGS,
                    id,
                    format!("`needs` is {n}, but the ending has {conditions} conditions it counts"),
                ));
            }
        }
        if let Some(p) = &d.pressures {
            // The words say three shapes (`markup::pressure_words`): at most n, none, and n or more standing alone.
            let said = match (p.at_least, p.at_most) {
                (None, Some(_)) => !p.alone && p.or_named.is_none(),
                (Some(_), None) => p.alone,
                _ => false,
            };
            if !said {
                errors.push(ContentError::item(
                    ENDINGS,
                    id,
                    "a pressure condition is `at_most` n, or `at_least` n (with `or_named` m or not) standing `alone`",
                ));
            }
            if model.assumptions.iter().all(|a| a.data.pressures.is_empty()) {
                errors.push(ContentError::item(
                    ENDINGS,
                    id,
                    "the ending counts pressures, but no assumption lists any",
                ));
            }
        }
    }
}

/// A proposition names what it expects of an outcome or an ending and the change to try, on its sliders' scales.
pub(super) fn validate_propositions(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for proposition in model.propositions.iter() {
        let (d, id) = (&proposition.data, proposition.data.id.as_ref());
        cites.check(errors, PROPOSITIONS, id, &d.paragraphs);
        let about_outcome = matches!(d.expect, Expect::Up | Expect::Down | Expect::NotUp);
        if about_outcome != d.outcome.is_some() || about_outcome == d.ending.is_some() {
            errors.push(ContentError::item(
                PROPOSITIONS,
                id,
                format!(
                    "`expect: {}` needs {}",
                    d.expect.key(),
                    if about_outcome {
                        "an `outcome` and no `ending`"
                    } else {
                        "an `ending` and no `outcome`"
                    }
                ),
            ));
        }
        if d.expect != Expect::NoSingleChange && d.choices.is_empty() && d.sliders.is_empty() {
            errors.push(ContentError::item(
                PROPOSITIONS,
                id,
                "names no change (`choices` or `sliders`) to try",
            ));
        }
        for control in d.over.iter() {
            let changed = d.choices.iter().any(|(a, _)| a.key() == control.key())
                || d.sliders.iter().any(|(s, _)| s.key() == control.key());
            if changed {
                errors.push(ContentError::item(
                    PROPOSITIONS,
                    id,
                    format!("`{}` is both changed and in `over`", control.key()),
                ));
            }
        }
        for (slider, value) in d.sliders.iter() {
            let s = &model.sliders[slider.id()].data;
            if !(s.min..=s.max).contains(value) {
                errors.push(ContentError::item(
                    PROPOSITIONS,
                    id,
                    format!("`{}` = {value} is off its scale", slider.key()),
                ));
            }
            if let Some(through) = d.through {
                if !(*value < through && through <= s.max) {
                    errors.push(ContentError::item(
                        PROPOSITIONS,
                        id,
                        format!(
                            "`through` = {through} must lie above `{}` = {value}, on its scale",
                            slider.key()
                        ),
                    ));
                }
            }
        }
        if d.through.is_some() && d.sliders.iter().count() != 1 {
            errors.push(ContentError::item(
                PROPOSITIONS,
                id,
                "`through` needs exactly one slider in `sliders`",
            ));
        }
    }
}

/// A preset's slider values lie on their scales.
pub(super) fn validate_presets(case: &Case, errors: &mut ContentErrors) {
    let model = &case.model;
    for preset in model.presets.iter() {
        let (d, id) = (&preset.data, preset.data.id.as_ref());
        for (slider, value) in d.sliders.iter() {
            let s = &model.sliders[slider.id()].data;
            if !(s.min..=s.max).contains(value) {
                errors.push(ContentError::item(
                    PRESETS,
                    id,
                    format!("`{}` = {value} is off its scale", slider.key()),
                ));
            }
        }
    }
}
