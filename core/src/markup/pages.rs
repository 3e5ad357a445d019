//! What the pages that need no script are made of around the app's own render (`src/prerender.rs`): a step's
//! title and description. Where the pages are, and the copies of a step's embeddable page, are the addresses'
//! (`crate::url::written_pages`).

use crate::content::{Case, StepId};

use super::tab_title;

/// The id of the readable page's element (the app's first render, `src/prerender.rs`), which the app removes when
/// it starts (`src/lib.rs`).
pub const STATIC_PAGE_ID: &str = "static";

/// A page's title in the browser's tab and in shared links: "The chip chokehold · AI Gambit".
pub fn step_page_title(case: &Case, step: StepId) -> String {
    tab_title(case, &case.steps[step].text.title)
}

/// A step's summary for search results and link previews: its opening paragraph's whole sentences, as many as
/// fit in [`DESCRIPTION_CHARS`] characters (at least the first, if it is not longer than half as much again), so a
/// preview never stops mid-sentence; a longer first sentence is cut at a word, with an ellipsis.
pub fn step_description(case: &Case, step: StepId) -> String {
    let opening = case.steps[step].text.body.first().map_or("", |p| p.as_ref());
    let chars = |t: &str| t.chars().count();
    if chars(opening) <= DESCRIPTION_CHARS {
        return opening.to_string();
    }
    let ends = sentence_ends(opening);
    let fitting = ends
        .iter()
        .rev()
        .find(|&&end| chars(&opening[..end]) <= DESCRIPTION_CHARS);
    match (fitting, ends.first()) {
        (Some(&end), _) => opening[..end].trim_end().to_string(),
        (None, Some(&end)) if chars(&opening[..end]) <= DESCRIPTION_CHARS * 3 / 2 => {
            opening[..end].trim_end().to_string()
        }
        _ => {
            let cut: String = opening.chars().take(DESCRIPTION_CHARS).collect();
            let end = cut.rfind(' ').unwrap_or(cut.len());
            format!("{}\u{2026}", cut[..end].trim_end_matches([',', ';', ':']))
        }
    }
}

/// How long a step's description may be, in characters.
pub const DESCRIPTION_CHARS: usize = 200;

/// The byte offsets just after each sentence of `text`: after a full-width `。！？`, or after `.`, `!` or `?`
/// followed by a space and a capital letter (not after "e.g. some").
fn sentence_ends(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    for (at, c) in text.char_indices() {
        let after = at + c.len_utf8();
        match c {
            '。' | '！' | '？' => ends.push(after),
            '.' | '!' | '?' => {
                let rest = &text[after..];
                let next = rest.strip_prefix(' ').and_then(|r| r.chars().next());
                if rest.is_empty() || next.is_some_and(|n| n.is_uppercase() || !n.is_alphabetic()) {
                    ends.push(after);
                }
            }
            _ => {}
        }
    }
    ends
}
