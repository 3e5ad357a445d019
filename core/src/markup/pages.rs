//! What the pages that need no script are made of around the app's own render (`src/prerender.rs`): a step's
//! title and description, and the copies of its embeddable page.

use crate::content::Control;
use crate::content::{Case, StepId, Table};
use crate::model::Scenario;
use crate::url::{embed_path, write, Embed, LinkState, Theme};

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

/// One pre-written copy of a step's embeddable page, for a frame without its script (which cannot read the link):
/// the step with `scenario` in `theme`'s colours, at `embeds/<id>/<folder>` (`folder` empty for the plain page, the
/// 2025 picture in light colours).
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedVariant {
    pub folder: String,
    pub scenario: Scenario,
    pub theme: Theme,
    /// The chart and its figures only (`compact=1`).
    pub compact: bool,
}

/// Every copy of `step`'s embeddable page written for frames without script: the 2025 picture and each single
/// change of one of the step's own assumptions (what an embed of the step most often sets), each in the three
/// colours an embed code may ask for, whole and compact. A scenario changing more, or a slider, has no copy: its code points at the
/// plain page, which says it shows 2025.
pub fn embed_variants(case: &Case, step: StepId) -> Vec<EmbedVariant> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    let mut scenarios = vec![defaults.clone()];
    for control in case.steps[step].data.controls.iter() {
        if let Control::Assumption(a) = control.control() {
            let assumption = &model.assumptions[a];
            for option in assumption.option_ids().filter(|&o| o != assumption.default()) {
                let mut scenario = defaults.clone();
                scenario[a] = option;
                scenarios.push(scenario);
            }
        }
    }
    let mut variants = Vec::new();
    for compact in [false, true] {
        for theme in Theme::ALL {
            for scenario in &scenarios {
                if let Some(folder) = embed_folder(case, step, scenario, theme, compact) {
                    variants.push(EmbedVariant {
                        folder,
                        scenario: scenario.clone(),
                        theme,
                        compact,
                    });
                }
            }
        }
    }
    variants
}

/// The folder of `step`'s embeddable page written for `scenario` in `theme`, whole or `compact` (see
/// [`embed_variants`]): empty for the plain page, `chips-domestic/`, `dark/`, `chips-domestic-dark/` or
/// `chips-domestic-dark-compact/`; `None` where no copy is written. The app never reads it: its link's query says
/// the same.
pub fn embed_folder(case: &Case, step: StepId, scenario: &Scenario, theme: Theme, compact: bool) -> Option<String> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    if model.sliders.ids().any(|s| scenario[s] != defaults[s]) {
        return None;
    }
    let changed: Vec<_> = model
        .assumptions
        .ids()
        .filter(|&a| scenario[a] != defaults[a])
        .collect();
    let mut parts = Vec::new();
    match changed[..] {
        [] => {}
        [a] => {
            let own = case.steps[step]
                .data
                .controls
                .iter()
                .any(|c| c.control() == Control::Assumption(a));
            if !own {
                return None;
            }
            let assumption = &model.assumptions[a];
            parts.push(format!("{}-{}", assumption.data.id, assumption.option_key(scenario[a])));
        }
        _ => return None,
    }
    if theme != Theme::Light {
        parts.push(theme.key().to_string());
    }
    if compact {
        parts.push("compact".to_string());
    }
    Some(if parts.is_empty() {
        String::new()
    } else {
        format!("{}/", parts.join("-"))
    })
}

/// The address of `step`'s embeddable page for `scenario` in `theme`, whole or `compact`, from the site's root: the
/// copy written for them where there is one, else the plain page (`embeds/<id>/`).
pub fn embed_page_path(case: &Case, step: StepId, scenario: &Scenario, theme: Theme, compact: bool) -> String {
    let folder = embed_folder(case, step, scenario, theme, compact).unwrap_or_default();
    format!("{}{folder}", embed_path(case, step))
}

/// The address, from the language's root, that `variant` of `step`'s embeddable page is rendered at (its folder,
/// then the query of an embed of its scenario and colours, without the controls: a frame without script cannot use
/// them), which the app reads as it would the link of a frame pointing there
/// (`embeds/chip-chokehold/chips-domestic-dark/?v=1&chips=domestic&embed=1&controls=0&theme=dark`).
pub fn embed_address(case: &Case, step: StepId, variant: &EmbedVariant) -> String {
    let mut link = LinkState::start(case);
    link.step = step;
    link.scenario = variant.scenario.clone();
    link.embed = Some(Embed {
        controls: false,
        theme: variant.theme,
        compact: variant.compact,
    });
    let written = write(&link, case);
    let page = embed_path(case, step);
    let query = written.strip_prefix(&page).unwrap_or(&written);
    format!("{page}{}{query}", variant.folder)
}
