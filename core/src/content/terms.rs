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
    /// Other spellings that are fine (a short form, the term without its gloss); like the term, they excuse a
    /// rejected variant that lies inside them, but not one that contains them.
    #[serde(default)]
    pub allowed: Vec<String>,
    /// The variants the term replaces. A variant may hold one `…`, a gap of up to [`GAP_CHARS`] letters of the
    /// same clause: 资金…跌破 is found in 资金就会跌破 as in 资金跌破, but not across a punctuation mark.
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
    ///
    /// A variant is excused only where it lies inside the term or an allowed form (工程事业群 in 技术工程事业群（TEG）),
    /// never where an allowed form lies inside it: 初创公司势头减弱 is reported though it contains the allowed
    /// 势头减弱 (review 13 found the old check, which blanked the allowed forms first, let it through).
    pub fn rejected_in<'a>(&'a self, text: &str) -> Vec<(&'a str, &'a Term)> {
        let mut found = Vec::new();
        for term in &self.terms {
            let kept: Vec<(usize, usize)> = term
                .allowed
                .iter()
                .chain(std::iter::once(&term.term))
                .flat_map(|k| spans(text, k))
                .collect();
            // Longest variant first, each span claimed once found, so that one slip is reported once.
            let mut rejected: Vec<&String> = term.rejected.iter().filter(|v| !v.is_empty()).collect();
            rejected.sort_by_key(|v| std::cmp::Reverse(v.len()));
            let mut claimed: Vec<(usize, usize)> = Vec::new();
            for variant in rejected {
                let slips: Vec<(usize, usize)> = spans(text, variant)
                    .filter(|&(s, e)| !kept.iter().chain(&claimed).any(|&(ks, ke)| ks <= s && e <= ke))
                    .collect();
                if !slips.is_empty() {
                    found.push((variant.as_str(), term));
                    claimed.extend(slips);
                }
            }
        }
        found
    }
}

/// How many letters (of one clause) a `…` in a rejected variant stands for.
pub const GAP_CHARS: usize = 4;

/// The byte spans of every occurrence of `needle` in `text`, overlapping ones included; none for an empty needle.
/// A `…` in `needle` matches up to [`GAP_CHARS`] letters or digits (no punctuation, no space), the shortest first.
fn spans<'t>(text: &'t str, needle: &'t str) -> impl Iterator<Item = (usize, usize)> + 't {
    let (head, tail) = needle.split_once('…').unwrap_or((needle, ""));
    let gapped = needle.contains('…');
    text.char_indices().map(|(i, _)| i).filter_map(move |i| {
        if needle.is_empty() || !text[i..].starts_with(head) {
            return None;
        }
        let after = i + head.len();
        if !gapped {
            return Some((i, after));
        }
        let mut end = after;
        let mut gap = text[after..].chars();
        for _ in 0..=GAP_CHARS {
            if text[end..].starts_with(tail) {
                return Some((i, end + tail.len()));
            }
            match gap.next() {
                Some(c) if c.is_alphanumeric() => end += c.len_utf8(),
                _ => return None,
            }
        }
        None
    })
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
