//! The words: `case.json` names every word the code looks up, and no text of the case is empty.

use super::super::types::*;
use super::*;

/// `case.json` names every confidence, entity kind, status and relation, and the CSV's five columns.
pub(super) fn validate_case_words(case: &Case, errors: &mut ContentErrors) {
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
pub(super) fn validate_texts(case: &Case, errors: &mut ContentErrors) {
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

pub(super) fn texts<D, T: Serialize>(entries: &[Entry<D, T>], id_of: fn(&D) -> &Text) -> Vec<(&str, Value)> {
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
pub(super) fn empty_text(file: &str, id: Option<&str>, text: &impl Serialize, errors: &mut ContentErrors) {
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
