//! A language's terminology table, `text/<lang>/terms.json`: the one rendering of each recurring name and concept,
//! with the variants it replaces, and the Latin names that language's text may show. Loading a case checks every
//! string of every text file of its language against the table: a rejected variant is an error naming the file,
//! the key and the variant. A language without a table (English) is not checked.

use serde::Deserialize;
use serde_json::Value;

use super::folder::ContentFiles;
use super::validate::{ContentError, ContentErrors};

/// The name of a language's terminology table in its text folder.
pub const TERMS_FILE: &str = "terms.json";

/// A language's terminology table.
#[derive(Clone, Debug, Deserialize)]
pub struct Terms {
    /// What the table is for, for its editors.
    #[serde(default)]
    pub about: String,
    /// The Latin-script names the language's text may show (every other Latin word is an untranslated one).
    #[serde(default)]
    pub names: Vec<String>,
    pub terms: Vec<Term>,
}

/// One name or concept and its one rendering.
#[derive(Clone, Debug, Deserialize)]
pub struct Term {
    /// The rendering to use.
    pub term: String,
    /// What it names, in English, for the editor.
    pub means: String,
    /// Other spellings that are fine (a short form, the term without its gloss); taken out before the check, like
    /// the term, so a rejected variant inside them is not reported.
    #[serde(default)]
    pub allowed: Vec<String>,
    /// The variants the term replaces.
    pub rejected: Vec<String>,
}

impl Terms {
    /// The table of `lang` in `files`, if it has one; an unreadable table is an error.
    pub fn of(files: &ContentFiles, lang: &str) -> Option<Result<Terms, ContentError>> {
        let path = format!("text/{lang}/{TERMS_FILE}");
        let text = files.get(&path)?;
        Some(serde_json::from_str(text).map_err(|e| ContentError::file(&path, format!("not a terminology table: {e}"))))
    }

    /// The rejected variants `text` uses, each with the term that replaces it.
    pub fn rejected_in<'a>(&'a self, text: &str) -> Vec<(&'a str, &'a Term)> {
        let mut found = Vec::new();
        for term in &self.terms {
            // Blank out the term and its allowed forms, longest first, so that a variant inside them is not seen.
            let mut kept: Vec<&str> = term.allowed.iter().map(String::as_str).collect();
            kept.push(&term.term);
            kept.sort_by_key(|k| std::cmp::Reverse(k.len()));
            let mut blanked = kept.iter().fold(text.to_string(), |t, k| {
                if k.is_empty() {
                    t
                } else {
                    t.replace(k, "\u{fffc}")
                }
            });
            // Longest variant first, each blanked once found, so that one slip is reported once.
            let mut rejected: Vec<&String> = term.rejected.iter().filter(|v| !v.is_empty()).collect();
            rejected.sort_by_key(|v| std::cmp::Reverse(v.len()));
            for variant in rejected {
                if blanked.contains(variant.as_str()) {
                    found.push((variant.as_str(), term));
                    blanked = blanked.replace(variant.as_str(), "\u{fffc}");
                }
            }
        }
        found
    }
}

/// Checks every text file of `lang` against its terminology table, if it has one.
pub(super) fn check_terms(files: &ContentFiles, lang: &str, errors: &mut ContentErrors) {
    let table_path = format!("text/{lang}/{TERMS_FILE}");
    let terms = match Terms::of(files, lang) {
        None => return,
        Some(Err(e)) => return errors.push(e),
        Some(Ok(terms)) => terms,
    };
    for term in &terms.terms {
        if term.term.trim().is_empty() || term.rejected.iter().all(|r| r.trim().is_empty()) {
            errors.push(ContentError::item(
                &table_path,
                &term.term,
                "a term needs its rendering and at least one rejected variant",
            ));
        }
    }
    let folder = format!("text/{lang}/");
    let paths: Vec<&str> = files
        .paths()
        .filter(|p| p.starts_with(&folder) && *p != table_path)
        .collect();
    for path in paths {
        let Some(Ok(value)) = files.get(path).map(serde_json::from_str::<Value>) else {
            continue; // an unreadable file is reported where it is read
        };
        let mut strings = Vec::new();
        strings_of(&value, &mut String::new(), &mut strings);
        for (key, text) in strings {
            for (variant, term) in terms.rejected_in(text) {
                errors.push(ContentError::item(
                    path,
                    &key,
                    format!(
                        "uses 「{variant}」; {table_path} says 「{}」 ({})",
                        term.term, term.means
                    ),
                ));
            }
        }
    }
}

/// Every string in `value` with its key path (`ui.how.rules`, `intro.body.0`).
fn strings_of<'a>(value: &'a Value, path: &mut String, out: &mut Vec<(String, &'a str)>) {
    let mut child = |key: &str, item: &'a Value, out: &mut Vec<(String, &'a str)>| {
        let len = path.len();
        if !path.is_empty() {
            path.push('.');
        }
        path.push_str(key);
        strings_of(item, path, out);
        path.truncate(len);
    };
    match value {
        Value::String(s) => out.push((path.clone(), s)),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                child(&i.to_string(), item, out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                child(key, item, out);
            }
        }
        _ => {}
    }
}
