//! Validation of a loaded case whose references are resolved (`resolve.rs`, which also catches empty, repeated and
//! malformed ids): every P-key exists, every option and view has its words, no empty text. Only what the content
//! says by itself: the checks that need a layer above (a link's own keys, a prediction's answer) are
//! `core/src/case.rs`'s.

use std::collections::{BTreeSet, HashSet};
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::types::*;

/// One problem in the content, with the file (relative to `content/`) and the id it concerns.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub file: String,
    pub id: Option<String>,
    pub message: String,
}

impl ContentError {
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            id: None,
            message: message.into(),
        }
    }

    pub fn item(file: &str, id: &str, message: impl Into<String>) -> Self {
        ContentError {
            file: file.to_string(),
            id: Some(id.to_string()),
            message: message.into(),
        }
    }
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.id {
            Some(id) => write!(f, "content/{}: `{}`: {}", self.file, id, self.message),
            None => write!(f, "content/{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found in the content, one per line when displayed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContentErrors(pub Vec<ContentError>);

impl ContentErrors {
    pub fn push(&mut self, error: ContentError) {
        self.0.push(error);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Display for ContentErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for error in &self.0 {
            writeln!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ContentErrors {}

pub(super) const SOURCES: &str = "data/sources.json";
pub(super) const CLAIMS: &str = "data/claims.json";
pub(super) const STEPS: &str = "data/steps.json";
pub(crate) const PREDICTIONS: &str = "data/predictions.json";
pub(super) const FIGURES: &str = "data/figures.json";
pub(super) const GLOSSARY: &str = "data/glossary.json";
pub(super) const ENTITIES: &str = "data/entities.json";
pub(crate) const ASSUMPTIONS: &str = "model/assumptions.json";
pub(super) const OUTCOMES: &str = "model/outcomes.json";
pub(super) const RULES: &str = "model/rules.json";
pub(crate) const SLIDERS: &str = "model/sliders.json";
pub(super) const SLOPES: &str = "model/slopes.json";
pub(super) const ENDINGS: &str = "model/endings.json";
pub(super) const PRESETS: &str = "model/presets.json";
pub(super) const PROPOSITIONS: &str = "model/propositions.json";

pub(super) fn validate(case: &Case, errors: &mut ContentErrors) {
    let cites = Cites(check_sections(&case.sections, errors));
    validate_article_records(case, &cites, errors);
    validate_views(case, errors);
    validate_assumptions(case, &cites, errors);
    validate_outcomes(case, errors);
    validate_rules(case, &cites, errors);
    validate_sliders(case, &cites, errors);
    validate_slopes(case, &cites, errors);
    validate_endings(case, &cites, errors);
    validate_propositions(case, &cites, errors);
    validate_presets(case, errors);
    validate_step_aliases(case, errors);
    if case.model.endings.is_empty() {
        errors.push(ContentError::file(ENDINGS, "the model needs at least one ending"));
    }
    validate_steps(case, errors);
    check_predictions(case, errors);
    validate_case_words(case, errors);
    validate_texts(case, errors);
}

/// A text file of the case's language (`text/en/steps.json`).
fn text(case: &Case, name: &str) -> String {
    format!("text/{}/{name}", case.lang)
}

/// The article's paragraph keys (P1, P2...), which every claim of the content cites.
struct Cites(HashSet<String>);

impl Cites {
    /// A record cites at least one paragraph, and only paragraphs the article has.
    fn check(&self, errors: &mut ContentErrors, file: &str, id: &str, paragraphs: &[Text]) {
        if paragraphs.is_empty() {
            errors.push(ContentError::item(file, id, "cites no paragraph"));
        }
        for p in paragraphs.iter() {
            if !self.0.contains(p.as_ref()) {
                errors.push(ContentError::item(
                    file,
                    id,
                    format!("cites {p}, which the article does not have"),
                ));
            }
        }
    }
}

/// Claims, figures, glossary terms and entities cite the article; an entity's availability names every option of
/// its assumption.
fn validate_article_records(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    for claim in case.claims.iter() {
        cites.check(errors, CLAIMS, &claim.data.id, &claim.data.paragraphs);
    }

    for figure in case.figures.iter() {
        cites.check(errors, FIGURES, &figure.data.id, &figure.data.paragraphs);
    }
    for term in case.glossary.iter() {
        cites.check(errors, GLOSSARY, &term.data.id, &term.data.paragraphs);
    }
    for entity in case.entities.iter() {
        let id = entity.data.id.as_ref();
        cites.check(errors, ENTITIES, id, &entity.data.paragraphs);
        if let Some(availability) = &entity.data.availability {
            let assumption = &case.model.assumptions[availability.assumption.id()];
            every_option(
                ENTITIES,
                id,
                "availability",
                assumption,
                availability.by_option.keys(),
                errors,
            );
        }
    }
}

/// Every view has its text and every label it draws.
fn validate_views(case: &Case, errors: &mut ContentErrors) {
    for &view in ViewKind::ALL {
        match case.views.get(&view) {
            None => errors.push(ContentError::item(
                &text(case, "views.json"),
                view.key(),
                "no text for this view",
            )),
            Some(t) => {
                for label in view.labels().iter().filter(|l| !t.labels.contains_key(*l)) {
                    errors.push(ContentError::item(
                        &text(case, "views.json"),
                        view.key(),
                        format!("no label `{}`, which this view draws", label.key()),
                    ));
                }
            }
        }
    }
}

/// An assumption cites the article, has options with their words, and its 2025 default is no pressure.
fn validate_assumptions(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
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
fn validate_outcomes(case: &Case, errors: &mut ContentErrors) {
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
fn validate_rules(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for rule in model.rules.iter() {
        let (data, id) = (&rule.data, rule.data.id.as_ref());
        cites.check(errors, RULES, id, &data.paragraphs);
    }
}

/// A slider cites the article, its default lies on its scale and its steps, and no assumption shares its id.
fn validate_sliders(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
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
fn validate_slopes(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
    let model = &case.model;
    for slope in model.slopes.iter() {
        let (d, id) = (&slope.data, slope.data.id.as_ref());
        cites.check(errors, SLOPES, id, &d.paragraphs);
        if d.per <= 0 {
            errors.push(ContentError::item(SLOPES, id, "`per` must be positive"));
        }
    }
}

/// An ending's thresholds and pressure condition are well formed, and only the last, the fallback, has none.
fn validate_endings(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
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
fn validate_propositions(case: &Case, cites: &Cites, errors: &mut ContentErrors) {
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
fn validate_presets(case: &Case, errors: &mut ContentErrors) {
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

/// A step's former ids (aliases) are plain ids, and no other step holds them.
fn validate_step_aliases(case: &Case, errors: &mut ContentErrors) {
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
            if !super::is_plain_id(alias) {
                errors.push(ContentError::item(
                    STEPS,
                    &step.data.id,
                    format!("alias `{alias}`: an id may hold only {}", super::ID_CHARS),
                ));
            }
        }
    }
}

/// A step has what its view draws, embed heights that fit, and scenario sentences for every option of each
/// assumption it varies with (`varies_with`, `also_varies_with`), each one of its controls.
fn validate_steps(case: &Case, errors: &mut ContentErrors) {
    let model = &case.model;
    for step in case.steps.iter() {
        let (data, id) = (&step.data, step.data.id.as_ref());
        if data.view == ViewKind::Briefing && data.figures.is_empty() && data.entities.is_empty() {
            errors.push(ContentError::item(
                STEPS,
                id,
                "a briefing needs at least one figure or entity to show",
            ));
        }
        let heights = &data.embed_height;
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
                        &model.assumptions[a.id()],
                        sentences.keys(),
                        errors,
                    );
                }
            }
        }
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

/// `case.json` names every confidence, entity kind, status and relation, and the CSV's five columns.
fn validate_case_words(case: &Case, errors: &mut ContentErrors) {
    for &kind in Confidence::ALL {
        if !case.meta.confidence.contains_key(&kind) {
            errors.push(ContentError::file(
                &text(case, "case.json"),
                format!("no label for confidence `{}`", kind.key()),
            ));
        }
        if !case.meta.confidence_meaning.contains_key(&kind) {
            errors.push(ContentError::file(
                &text(case, "case.json"),
                format!("no meaning for confidence `{}`", kind.key()),
            ));
        }
    }
    for kind in EntityKind::ALL
        .iter()
        .filter(|k| !case.meta.entity_kinds.contains_key(*k))
    {
        errors.push(ContentError::file(
            &text(case, "case.json"),
            format!("no heading for entity kind {kind:?}"),
        ));
    }
    for kind in Status::ALL.iter().filter(|k| !case.meta.statuses.contains_key(*k)) {
        errors.push(ContentError::file(
            &text(case, "case.json"),
            format!("no name for status {kind:?}"),
        ));
    }
    if case.meta.ui.download.columns.len() != 5 {
        errors.push(ContentError::file(
            &text(case, "case.json"),
            format!(
                "ui.download.columns names {} columns; the CSV has 5 (outcome, value, value in 2025, change, causes)",
                case.meta.ui.download.columns.len()
            ),
        ));
    }
    for kind in RelationKind::ALL
        .iter()
        .filter(|k| !case.meta.relations.contains_key(*k))
    {
        errors.push(ContentError::file(
            &text(case, "case.json"),
            format!("no wording for relation {kind:?}"),
        ));
    }
    for (kind, wording) in case.meta.relations.iter().filter(|(_, w)| !w.contains("{name}")) {
        errors.push(ContentError::file(
            &text(case, "case.json"),
            format!("the wording of relation {kind:?}, \"{wording}\", has no {{name}}"),
        ));
    }
}

/// No text is empty, in the case's files or any record's.
fn validate_texts(case: &Case, errors: &mut ContentErrors) {
    let model = &case.model;
    empty_text(&text(case, "case.json"), None, &case.meta, errors);
    empty_text(&text(case, "views.json"), None, &case.views, errors);
    empty_text(&text(case, "model.json"), None, &model.words, errors);
    for (name, texts) in [
        ("sources.json", texts(&case.sections, |d| &d.id)),
        ("claims.json", texts(&case.claims, |d| &d.id)),
        ("figures.json", texts(&case.figures, |d| &d.id)),
        ("glossary.json", texts(&case.glossary, |d| &d.id)),
        ("steps.json", texts(&case.steps, |d| &d.id)),
        ("predictions.json", texts(&case.predictions, |d| &d.id)),
        ("entities.json", texts(&case.entities, |d| &d.id)),
        ("assumptions.json", texts(&model.assumptions, |d| &d.id)),
        ("outcomes.json", texts(&model.outcomes, |d| &d.id)),
        ("rules.json", texts(&model.rules, |d| &d.id)),
        ("sliders.json", texts(&model.sliders, |d| &d.id)),
        ("slopes.json", texts(&model.slopes, |d| &d.id)),
        ("endings.json", texts(&model.endings, |d| &d.id)),
        ("presets.json", texts(&model.presets, |d| &d.id)),
        ("propositions.json", texts(&model.propositions, |d| &d.id)),
    ] {
        for (id, value) in texts {
            empty_text(&text(case, name), Some(id), &value, errors);
        }
    }
}

/// A prediction is asked on a step that shows its assumption's control, one per step (that it moves its outcome is
/// `core/src/case.rs`'s check: it needs the model).
fn check_predictions(case: &Case, errors: &mut ContentErrors) {
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

/// Sections must number their paragraphs 1, 2, ... without gap or overlap; returns the P-keys they define.
fn check_sections(sections: &[Section], errors: &mut ContentErrors) -> HashSet<String> {
    let mut next = 1;
    for section in sections {
        let SectionData { id, first, last } = &section.data;
        if *first != next || last < first {
            errors.push(ContentError::item(
                SOURCES,
                id,
                format!("paragraphs must run on from P{next} without gap"),
            ));
        }
        next = last + 1;
    }
    (1..next).map(|n| format!("P{n}")).collect()
}

/// A map over an assumption's options (resolved keys) must cover each option exactly once.
fn every_option<'a>(
    file: &str,
    id: &str,
    what: &str,
    assumption: &Assumption,
    keys: impl Iterator<Item = &'a Ref<Choice>>,
    errors: &mut ContentErrors,
) {
    let mut seen = BTreeSet::new();
    for key in keys {
        if !seen.insert(key.id()) {
            errors.push(ContentError::item(
                file,
                id,
                format!("{what} `{}` appears twice", key.key()),
            ));
        }
    }
    for option in assumption.option_ids().filter(|o| !seen.contains(o)) {
        errors.push(ContentError::item(
            file,
            id,
            format!("no {what} for option `{}`", assumption.option_key(option)),
        ));
    }
}

fn texts<D, T: Serialize>(entries: &[Entry<D, T>], id_of: fn(&D) -> &Text) -> Vec<(&str, Value)> {
    entries
        .iter()
        .map(|e| {
            (
                id_of(&e.data).as_ref(),
                serde_json::to_value(&e.text).expect("text serialises"),
            )
        })
        .collect()
}

/// Every string in a text record must say something, except the marks the code puts between pieces of text
/// (`ui.punctuation`), which may be a space or nothing (Chinese puts no space between a sentence and the next).
fn empty_text(file: &str, id: Option<&str>, text: &impl Serialize, errors: &mut ContentErrors) {
    fn walk(value: &Value, path: &mut Vec<String>, found: &mut Vec<String>) {
        match value {
            Value::String(s) if s.trim().is_empty() && !path.starts_with(&["ui".into(), "punctuation".into()]) => {
                found.push(path.join("."))
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(i.to_string());
                    walk(item, path, found);
                    path.pop();
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    path.push(key.clone());
                    walk(item, path, found);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut found = Vec::new();
    walk(
        &serde_json::to_value(text).expect("text serialises"),
        &mut Vec::new(),
        &mut found,
    );
    for field in found {
        let message = format!("`{field}` is empty");
        errors.push(match id {
            Some(id) => ContentError::item(file, id, message),
            None => ContentError::file(file, message),
        });
    }
}
