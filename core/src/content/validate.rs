//! Validation of a loaded case: unique ids, every reference resolves, every P-key exists, no empty text.

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

const SOURCES: &str = "data/sources.json";
const CLAIMS: &str = "data/claims.json";
const STEPS: &str = "data/steps.json";
const FIGURES: &str = "data/figures.json";
const GLOSSARY: &str = "data/glossary.json";
const ENTITIES: &str = "data/entities.json";
const ASSUMPTIONS: &str = "model/assumptions.json";
const OUTCOMES: &str = "model/outcomes.json";
const RULES: &str = "model/rules.json";
const SLIDERS: &str = "model/sliders.json";
const SLOPES: &str = "model/slopes.json";
const ENDINGS: &str = "model/endings.json";
const PRESETS: &str = "model/presets.json";

pub(super) fn validate(case: &Case, errors: &mut ContentErrors) {
    let text = |name: &str| format!("text/{}/{name}", case.lang);
    let p_keys = check_sections(&case.sections, errors);
    let cite = |errors: &mut ContentErrors, file: &str, id: &str, paragraphs: &[Text]| {
        if paragraphs.is_empty() {
            errors.push(ContentError::item(file, id, "cites no paragraph"));
        }
        for p in paragraphs.iter() {
            if !p_keys.contains(p.as_ref()) {
                errors.push(ContentError::item(
                    file,
                    id,
                    format!("cites {p}, which the article does not have"),
                ));
            }
        }
    };

    unique_ids(SOURCES, case.sections.iter().map(|s| &s.data.id), errors);
    unique_ids(CLAIMS, case.claims.iter().map(|c| &c.data.id), errors);
    unique_ids(STEPS, case.steps.iter().map(|s| &s.data.id), errors);
    unique_ids(FIGURES, case.figures.iter().map(|f| &f.data.id), errors);
    unique_ids(GLOSSARY, case.glossary.iter().map(|t| &t.data.id), errors);
    unique_ids(ENTITIES, case.entities.iter().map(|e| &e.data.id), errors);
    unique_ids(ASSUMPTIONS, case.model.assumptions.iter().map(|a| &a.data.id), errors);
    unique_ids(OUTCOMES, case.model.outcomes.iter().map(|o| &o.data.id), errors);
    unique_ids(RULES, case.model.rules.iter().map(|r| &r.data.id), errors);
    unique_ids(SLIDERS, case.model.sliders.iter().map(|s| &s.data.id), errors);
    unique_ids(SLOPES, case.model.slopes.iter().map(|s| &s.data.id), errors);
    unique_ids(ENDINGS, case.model.endings.iter().map(|e| &e.data.id), errors);
    unique_ids(PRESETS, case.model.presets.iter().map(|p| &p.data.id), errors);

    for claim in case.claims.iter() {
        cite(errors, CLAIMS, &claim.data.id, &claim.data.paragraphs);
    }

    for figure in case.figures.iter() {
        cite(errors, FIGURES, &figure.data.id, &figure.data.paragraphs);
    }
    for term in case.glossary.iter() {
        cite(errors, GLOSSARY, &term.data.id, &term.data.paragraphs);
    }
    for entity in case.entities.iter() {
        cite(errors, ENTITIES, &entity.data.id, &entity.data.paragraphs);
        for relation in entity.data.relations.iter() {
            if case.entity(&relation.to).is_none() {
                errors.push(ContentError::item(
                    ENTITIES,
                    &entity.data.id,
                    format!("relation to unknown entity `{}`", relation.to),
                ));
            }
        }
    }
    for entity in case.entities.iter() {
        let Some(availability) = &entity.data.availability else {
            continue;
        };
        let id = entity.data.id.as_ref();
        match case.model.assumption_index(&availability.assumption) {
            None => errors.push(ContentError::item(
                ENTITIES,
                id,
                format!("availability under unknown assumption `{}`", availability.assumption),
            )),
            Some(a) => {
                let options = &case.model.assumptions[a].data.options;
                same_keys(
                    ENTITIES,
                    id,
                    "availability option",
                    options,
                    availability.by_option.keys(),
                    errors,
                )
            }
        }
    }
    for &view in ViewKind::ALL {
        if case.view_text(view).is_none() {
            let id = serde_json::to_value(view).expect("view id");
            errors.push(ContentError::item(
                &text("views.json"),
                id.as_str().unwrap_or("?"),
                "no text for this view",
            ));
        }
    }

    let model = &case.model;
    for assumption in model.assumptions.iter() {
        let (data, id) = (&assumption.data, assumption.data.id.as_ref());
        cite(errors, ASSUMPTIONS, id, &data.paragraphs);
        if data.options.is_empty() {
            errors.push(ContentError::item(ASSUMPTIONS, id, "has no options"));
        }
        unique_ids(ASSUMPTIONS, data.options.iter(), errors);
        if !data.options.contains(&data.default) {
            errors.push(ContentError::item(
                ASSUMPTIONS,
                id,
                format!("default `{}` is not one of its options", data.default),
            ));
        }
        same_keys(
            &text("assumptions.json"),
            id,
            "option",
            &data.options,
            assumption.text.options.keys(),
            errors,
        );
    }
    for outcome in model.outcomes.iter() {
        if !(0..=100).contains(&outcome.data.base) {
            errors.push(ContentError::item(
                OUTCOMES,
                &outcome.data.id,
                "base must be between 0 and 100",
            ));
        }
    }
    for rule in model.rules.iter() {
        let (data, id) = (&rule.data, rule.data.id.as_ref());
        cite(errors, RULES, id, &data.paragraphs);
        if let Some(problem) = condition_problem(model, &data.assumption, &data.option) {
            errors.push(ContentError::item(RULES, id, problem));
        }
        if model.outcome_index(&data.outcome).is_none() {
            errors.push(ContentError::item(RULES, id, format!("no outcome `{}`", data.outcome)));
        }
    }

    for slider in model.sliders.iter() {
        let (d, id) = (&slider.data, slider.data.id.as_ref());
        cite(errors, SLIDERS, id, &d.paragraphs);
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
        if model.assumption_index(id).is_some() {
            errors.push(ContentError::item(
                SLIDERS,
                id,
                "an assumption has the same id; links could not tell them apart",
            ));
        }
    }
    for slope in model.slopes.iter() {
        let (d, id) = (&slope.data, slope.data.id.as_ref());
        cite(errors, SLOPES, id, &d.paragraphs);
        if model.slider_index(&d.slider).is_none() {
            errors.push(ContentError::item(SLOPES, id, format!("no slider `{}`", d.slider)));
        }
        if model.outcome_index(&d.outcome).is_none() {
            errors.push(ContentError::item(SLOPES, id, format!("no outcome `{}`", d.outcome)));
        }
        if d.per <= 0 {
            errors.push(ContentError::item(SLOPES, id, "`per` must be positive"));
        }
        if let Some(problem) = d
            .when
            .as_ref()
            .and_then(|c| condition_problem(model, &c.assumption, &c.option))
        {
            errors.push(ContentError::item(SLOPES, id, problem));
        }
    }
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
            if model.outcome_index(&threshold.outcome).is_none() {
                errors.push(ContentError::item(
                    ENDINGS,
                    id,
                    format!("no outcome `{}`", threshold.outcome),
                ));
            }
            if threshold.at_least.is_none() && threshold.below.is_none() {
                errors.push(ContentError::item(
                    ENDINGS,
                    id,
                    "a threshold needs `at_least` or `below`",
                ));
            }
        }
    }
    for preset in model.presets.iter() {
        let (d, id) = (&preset.data, preset.data.id.as_ref());
        for (assumption, option) in d.choices.iter() {
            if let Some(problem) = condition_problem(model, assumption, option) {
                errors.push(ContentError::item(PRESETS, id, problem));
            }
        }
        for (slider, value) in d.sliders.iter() {
            match model.slider_index(slider).map(|s| &model.sliders[s].data) {
                None => errors.push(ContentError::item(PRESETS, id, format!("no slider `{slider}`"))),
                Some(s) if !(s.min..=s.max).contains(value) => errors.push(ContentError::item(
                    PRESETS,
                    id,
                    format!("`{slider}` = {value} is off its scale"),
                )),
                Some(_) => {}
            }
        }
    }
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
        }
    }
    if model.endings.is_empty() {
        errors.push(ContentError::file(ENDINGS, "the model needs at least one ending"));
    }

    for step in case.steps.iter() {
        let (data, id) = (&step.data, step.data.id.as_ref());
        for claim in data.claims.iter() {
            if case.claim(claim).is_none() {
                errors.push(ContentError::item(STEPS, id, format!("no claim `{claim}`")));
            }
        }
        for control in data.assumptions.iter() {
            if model.assumption_index(control).is_none() && model.slider_index(control).is_none() {
                errors.push(ContentError::item(
                    STEPS,
                    id,
                    format!("no assumption or slider `{control}`"),
                ));
            }
        }
        for figure in data.figures.iter().filter(|f| case.figure(f).is_none()) {
            errors.push(ContentError::item(STEPS, id, format!("no figure `{figure}`")));
        }
        for entity in data.entities.iter().filter(|e| case.entity(e).is_none()) {
            errors.push(ContentError::item(STEPS, id, format!("no entity `{entity}`")));
        }
        for term in data.terms.iter().filter(|t| case.term(t).is_none()) {
            errors.push(ContentError::item(STEPS, id, format!("no glossary term `{term}`")));
        }
        if data.view == ViewKind::Briefing && data.figures.is_empty() && data.entities.is_empty() {
            errors.push(ContentError::item(
                STEPS,
                id,
                "a briefing needs at least one figure or entity to show",
            ));
        }
        let options: &[Text] = match &data.varies_with {
            None => &[],
            Some(a) => match model.assumption_index(a) {
                Some(a) => &model.assumptions[a].data.options,
                None => {
                    errors.push(ContentError::item(
                        STEPS,
                        id,
                        format!("varies with `{a}`, which is no assumption"),
                    ));
                    continue;
                }
            },
        };
        same_keys(
            &text("steps.json"),
            id,
            "scenario variant",
            options,
            step.text.variants.keys(),
            errors,
        );
    }

    for &kind in Confidence::ALL {
        if !case.meta.confidence.contains_key(&kind) {
            errors.push(ContentError::file(
                &text("case.json"),
                format!("no label for confidence `{}`", kind.key()),
            ));
        }
    }
    for kind in EntityKind::ALL
        .iter()
        .filter(|k| !case.meta.entity_kinds.contains_key(*k))
    {
        errors.push(ContentError::file(
            &text("case.json"),
            format!("no heading for entity kind {kind:?}"),
        ));
    }
    for kind in Status::ALL.iter().filter(|k| !case.meta.statuses.contains_key(*k)) {
        errors.push(ContentError::file(
            &text("case.json"),
            format!("no name for status {kind:?}"),
        ));
    }
    for kind in RelationKind::ALL
        .iter()
        .filter(|k| !case.meta.relations.contains_key(*k))
    {
        errors.push(ContentError::file(
            &text("case.json"),
            format!("no wording for relation {kind:?}"),
        ));
    }

    empty_text(&text("case.json"), None, &case.meta, errors);
    empty_text(&text("views.json"), None, &case.views, errors);
    for (name, texts) in [
        ("sources.json", texts(&case.sections, |d| &d.id)),
        ("claims.json", texts(&case.claims, |d| &d.id)),
        ("figures.json", texts(&case.figures, |d| &d.id)),
        ("glossary.json", texts(&case.glossary, |d| &d.id)),
        ("steps.json", texts(&case.steps, |d| &d.id)),
        ("entities.json", texts(&case.entities, |d| &d.id)),
        ("assumptions.json", texts(&model.assumptions, |d| &d.id)),
        ("outcomes.json", texts(&model.outcomes, |d| &d.id)),
        ("rules.json", texts(&model.rules, |d| &d.id)),
        ("sliders.json", texts(&model.sliders, |d| &d.id)),
        ("slopes.json", texts(&model.slopes, |d| &d.id)),
        ("endings.json", texts(&model.endings, |d| &d.id)),
        ("presets.json", texts(&model.presets, |d| &d.id)),
    ] {
        for (id, value) in texts {
            empty_text(&text(name), Some(id), &value, errors);
        }
    }
}

/// What is wrong with the condition "assumption is set to option", if anything.
fn condition_problem(model: &ModelData, assumption: &str, option: &str) -> Option<String> {
    match model.assumption_index(assumption) {
        None => Some(format!("no assumption `{assumption}`")),
        Some(a) if model.assumptions[a].option_index(option).is_none() => {
            Some(format!("assumption `{assumption}` has no option `{option}`"))
        }
        Some(_) => None,
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

fn unique_ids<'a>(file: &str, ids: impl Iterator<Item = &'a Text>, errors: &mut ContentErrors) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if id.trim().is_empty() {
            errors.push(ContentError::file(file, "a record has an empty id"));
        } else if !seen.insert(id) {
            errors.push(ContentError::item(file, id, "this id is used twice"));
        }
    }
}

/// The keys of a text map must be exactly the ids the structure lists.
fn same_keys<'a>(
    file: &str,
    id: &str,
    what: &str,
    expected: &[Text],
    actual: impl Iterator<Item = &'a Text>,
    errors: &mut ContentErrors,
) {
    let actual: BTreeSet<&Text> = actual.collect();
    for key in expected {
        if !actual.contains(key) {
            errors.push(ContentError::item(file, id, format!("no text for {what} `{key}`")));
        }
    }
    for key in actual {
        if !expected.contains(key) {
            errors.push(ContentError::item(file, id, format!("text for unknown {what} `{key}`")));
        }
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

/// Every string in a text record must say something.
fn empty_text(file: &str, id: Option<&str>, text: &impl Serialize, errors: &mut ContentErrors) {
    fn walk(value: &Value, path: &mut Vec<String>, found: &mut Vec<String>) {
        match value {
            Value::String(s) if s.trim().is_empty() => found.push(path.join(".")),
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
