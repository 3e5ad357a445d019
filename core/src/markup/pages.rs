//! The pages that need no script: a step's readable page (with its title and description) and its embeddable page.

use std::fmt::Write;

use crate::content::Control;
use crate::content::{Case, Step, StepId, Table, ViewKind};
use crate::draw::{draw, Fixed, Still};
use crate::model::{evaluate, Scenario};
use crate::phrase::{cites, escape, fill, ours_tag};
use crate::url::{embed_path, step_path, Theme};

use super::{cause_words, scenario_changes, starting_point, tab_title};

/// The id of the readable page's element (the app's first render, `src/prerender.rs`, or an embeddable page's
/// view), which the app removes when it starts (`src/lib.rs`).
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

/// A step's drawn view: the model map scrolls sideways in its own box on a phone, the others stand as they are.
fn view_svg(out: &mut String, step: &Step, svg: &str) {
    if step.data.view == ViewKind::Influence {
        let _ = write!(out, r#"<div class="chart-scroll">{svg}</div>"#);
    } else {
        out.push_str(svg);
    }
}

/// The view's caption, where the step varies with an assumption: its sentence for `scenario`'s option.
fn scenario_caption(out: &mut String, step: &Step, scenario: &Scenario) {
    if let Some(a) = &step.data.varies_with {
        let _ = write!(
            out,
            r#"<figcaption><p class="scenario-sentence">{}</p></figcaption>"#,
            escape(step.text.variants.of(scenario[a.id()]))
        );
    }
}

/// The step's paragraphs, after the opening of their box (`<div class="step-body">`), which the caller closes.
fn body_paragraphs(out: &mut String, step: &Step) {
    out.push_str(r#"<div class="step-body">"#);
    for paragraph in step.text.body.iter() {
        let _ = write!(out, "<p>{}</p>", escape(paragraph));
    }
}

/// A step as its embeddable page shows it with no script (a frame sandboxed without scripts, or before the app
/// starts), put in `<body>` by `cargo xtask dist` at `embeds/<id>/`: the embedded view the app draws
/// (`src/views/app.rs`, `Embedded`), not the site's page. The step's title, the credit with the link to the whole
/// explainer (first, so a frame held short never cuts them), the line saying this is the 2025 picture (a page
/// without script cannot read the link's scenario), the step's view and sentence drawn by the same code as the
/// app's (or its text, for a step whose view needs the app), and the outcomes its assumptions move, each with its
/// "Why?". `root` leads from the page to the site's root; `site`, where known, is the site's address, for the line
/// that names the whole explainer's address as text (a frame without script shows 2025 whatever its link says).
/// One pre-written copy of a step's embeddable page, for a frame without its script (which cannot read the link):
/// the step with `scenario` in `theme`'s colours, at `embeds/<id>/<folder>` (`folder` empty for the plain page, the
/// 2025 picture in light colours).
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedVariant {
    pub folder: String,
    pub scenario: Scenario,
    pub theme: Theme,
}

/// Every copy of `step`'s embeddable page written for frames without script: the 2025 picture and each single
/// change of one of the step's own assumptions (what an embed of the step most often sets), each in the three
/// colours an embed code may ask for. A scenario changing more, or a slider, has no copy: its code points at the
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
    for theme in Theme::ALL {
        for scenario in &scenarios {
            if let Some(folder) = embed_folder(case, step, scenario, theme) {
                variants.push(EmbedVariant {
                    folder,
                    scenario: scenario.clone(),
                    theme,
                });
            }
        }
    }
    variants
}

/// The folder of `step`'s embeddable page written for `scenario` in `theme` (see [`embed_variants`]): empty for the
/// plain page, `chips-domestic/`, `dark/` or `chips-domestic-dark/`; `None` where no copy is written. The app never
/// reads it: its link's query says the same.
pub fn embed_folder(case: &Case, step: StepId, scenario: &Scenario, theme: Theme) -> Option<String> {
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
    Some(if parts.is_empty() {
        String::new()
    } else {
        format!("{}/", parts.join("-"))
    })
}

/// The address of `step`'s embeddable page for `scenario` in `theme`, from the site's root: the copy written for
/// them where there is one, else the plain page (`embeds/<id>/`).
pub fn embed_page_path(case: &Case, step: StepId, scenario: &Scenario, theme: Theme) -> String {
    let folder = embed_folder(case, step, scenario, theme).unwrap_or_default();
    format!("{}{folder}", embed_path(case, step))
}

/// The embedded view of `step` as a page without script: `scenario` (fixed) with its outcomes, the link to the
/// whole explainer at the same scenario (`query`, the link's own, from its `?`), and a note that nothing changes
/// without the script; `root` leads from the page to the site's root, `site` (where known) is the site's address.
pub fn embed_page(case: &Case, step: StepId, root: &str, site: Option<&str>) -> String {
    let defaults = Scenario::defaults(&case.model);
    embed_page_for(case, step, &defaults, "", root, site)
}

/// [`embed_page`] for `scenario`, whose link's query is `query` (empty, or from its `?`).
pub fn embed_page_for(
    case: &Case,
    step: StepId,
    scenario: &Scenario,
    query: &str,
    root: &str,
    site: Option<&str>,
) -> String {
    let ui = &case.meta.ui;
    let load = &ui.load;
    let space = escape(&ui.punctuation.space);
    let current = &case.steps[step];
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<div id="{STATIC_PAGE_ID}" class="static-page static-embed" data-slow="{}" data-failed="{}" data-unsupported="{}" data-retry="{}"><main class="embedded" id="main"><h1 class="visually-hidden">{}</h1><h2 class="embedded-title">{}</h2><p class="open-full">{}{space}<a href="{root}{}" target="_blank" rel="noopener">{}</a></p>"#,
        escape(&load.slow),
        escape(&load.failed),
        escape(&load.unsupported),
        escape(&load.retry),
        escape(&case.meta.title),
        escape(&current.text.title),
        escape(&ui.share.credit),
        escape(&format!("{}{query}", step_path(case, step))),
        escape(&ui.share.open_full),
    );
    let changes = scenario_changes(case, scenario);
    let changes = if changes.is_empty() {
        ui.share.as_in_2025.to_string()
    } else {
        changes.join(&ui.punctuation.clauses)
    };
    let _ = write!(
        out,
        r#"<p class="scenario-line" role="note"><span>{}</span></p>"#,
        escape(&fill(&ui.share.scenario_line, &[("changes", &changes)]))
    );
    let whole = format!("{}{}{query}", site.unwrap_or(root), step_path(case, step));
    let note = if *scenario == Scenario::defaults(&case.model) {
        &ui.share.embed_no_script
    } else {
        &ui.share.embed_no_script_fixed
    };
    let _ = write!(
        out,
        r#"<p class="no-script-note" role="note">{}{space}<a href="{}" target="_blank" rel="noopener">{}</a></p><div class="stage"><figure class="view">"#,
        escape(note),
        escape(&whole),
        escape(&whole),
    );
    let scenario = scenario.clone();
    match draw(case, current, &Fixed::new(case, &scenario), Still::written()) {
        Some(drawing) => {
            view_svg(&mut out, current, &drawing.svg(case, &current.data.id));
        }
        // A view the app alone draws (the briefing's cards, the dashboard): the step's text stands in for it.
        None => {
            body_paragraphs(&mut out, current);
            out.push_str("</div>");
        }
    }
    scenario_caption(&mut out, current, &scenario);
    out.push_str("</figure>");
    let listed = &current.data.controls;
    if !listed.is_empty() && current.data.view != ViewKind::Dashboard {
        let values = evaluate(&case.model, &scenario);
        let _ = write!(
            out,
            r#"<div class="stage-controls locked"><section class="outcomes"><h3>{}</h3><p class="bars-legend">{}</p><ul>"#,
            escape(&ui.moves),
            escape(&ui.bars_legend)
        );
        for o in case.model.outcomes_moved_by(listed) {
            let outcome = &case.model.outcomes[o];
            let value = &values.outcomes[o.index()];
            let base = outcome.data.base;
            let alt = fill(
                &ui.bar,
                &[
                    ("label", &outcome.text.label),
                    ("value", &value.value.to_string()),
                    ("base", &base.to_string()),
                ],
            );
            let change = match value.value - base {
                0 => String::new(),
                d => format!("{d:+}"),
            };
            let _ = write!(
                out,
                r#"<li class="outcome" data-outcome="{}" data-value="{}"><span class="outcome-label">{}</span><svg class="bar" viewBox="0 0 200 16" preserveAspectRatio="none" role="img" aria-label="{}"><rect class="bar-track" x="0" y="2" width="200" height="12" rx="3" /><rect class="bar-fill" x="0" y="2" width="{}" height="12" rx="3" /><line class="bar-base" x1="{}" x2="{}" y1="0" y2="16" /></svg><span class="outcome-value">{}</span><span class="change" aria-hidden="true">{change}</span><details class="why"><summary>{}{space}<span class="visually-hidden">{}</span></summary><p>{}</p>"#,
                escape(&outcome.data.id),
                value.value,
                escape(&outcome.text.label),
                escape(&alt),
                value.value * 2,
                base * 2,
                base * 2,
                value.value,
                escape(&ui.why),
                escape(&outcome.text.label),
                escape(&starting_point(case, o)),
            );
            if !value.causes.is_empty() {
                out.push_str(r#"<ul class="causes">"#);
                for &cause in &value.causes {
                    let words = cause_words(case, cause);
                    let ours = if words.ours {
                        format!(r#"{space}<span class="ours">{}</span>"#, escape(ours_tag(case)))
                    } else {
                        String::new()
                    };
                    let _ = write!(
                        out,
                        r#"<li class="cause"><span class="delta">{:+}</span>{space}<strong>{}</strong>{}{}{space}<span class="cite">{}</span>{ours}</li>"#,
                        words.delta,
                        escape(&words.trigger),
                        escape(&ui.punctuation.stop),
                        escape(words.reason),
                        escape(&cites(case, words.paragraphs)),
                    );
                }
                out.push_str("</ul>");
            }
            out.push_str("</details></li>");
        }
        let _ = write!(
            out,
            r#"</ul><p class="model-note">{}</p></section></div>"#,
            escape(&ui.model_note)
        );
    }
    out.push_str("</div></main></div>");
    out
}
