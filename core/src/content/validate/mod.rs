//! Validation of a loaded case whose references are resolved (`resolve.rs`, which also catches empty, repeated and
//! malformed ids): every P-key exists, every option and view has its words, no empty text. Only what the content
//! says by itself: the checks that need a layer above (a link's own keys, a prediction's answer) are
//! `core/src/case.rs`'s.
//!
//! Split by record kind: this file holds the errors, the file names, the entry point and the article's records and
//! views; `model.rs` the model's records, `steps.rs` the steps and predictions, `text.rs` the words.

mod model;
mod steps;
mod text;

use std::collections::{BTreeSet, HashSet};
use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::types::*;
use model::*;
use steps::*;
use text::*;

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
