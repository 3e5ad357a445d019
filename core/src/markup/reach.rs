//! The endings as seen from one scenario, in words: how far each is ([`nearest_words`]) and the list the last step
//! and "How this works" show ([`endings_reach`]), each ending with its conditions marked met or not.

use std::fmt::Write;

use super::{change_words, condition_words, pressure_words, pressures_list, requirement_words};
use crate::content::Case;
use crate::model::{Change, Scenario};
use crate::phrase::{cites, escape, fill};
use crate::reach::{reach, EndingReach, MAX_CHANGES};

/// How far an ending is, in words: this scenario is there, or its conditions all hold but an ending before it names
/// the scenario, or the fewest changes that lead there (two ways, where another as short goes through other
/// controls), or more than the search looks at.
pub fn nearest_words(case: &Case, reach: &EndingReach) -> String {
    let words = &case.model.words;
    let way = |changes: &[Change]| {
        changes
            .iter()
            .map(|&c| change_words(case, c))
            .collect::<Vec<_>>()
            .join(&case.meta.ui.punctuation.list)
    };
    if let Some(higher) = reach.shown_as {
        return fill(&words.shown_as, &[("ending", &case.model.endings[higher].text.title)]);
    }
    match (&reach.nearest, &reach.other) {
        (Some(changes), _) if changes.is_empty() => words.here.to_string(),
        (Some(first), Some(second)) => fill(
            &words.nearest,
            &[(
                "changes",
                &fill(&words.or, &[("first", &way(first)), ("second", &way(second))]),
            )],
        ),
        (Some(changes), None) => fill(&words.nearest, &[("changes", &way(changes))]),
        (None, _) => fill(&words.beyond, &[("n", &MAX_CHANGES.to_string())]),
    }
}

/// Every ending seen from `scenario` as a list, one folded entry per ending: its title and how far it is (this
/// scenario is there, or the fewest changes that lead there); unfolded, its summary and the conditions it needs,
/// each marked met or not with its paragraphs. The last step and "How this works" show it.
pub fn endings_reach(case: &Case, scenario: &Scenario) -> String {
    let model = &case.model;
    let space = escape(&case.meta.ui.punctuation.space);
    let mut out = pressures_list(case);
    out.push_str(r#"<ul class="endings-reach">"#);
    for r in reach(model, scenario) {
        let e = &model.endings[r.ending];
        let met = r.conditions.iter().filter(|&&c| c).count();
        let _ = write!(
            out,
            r#"<li class="ending-reach{}" data-ending="{}"><details><summary><strong>{}</strong>{}{space}<span class="nearest">{}</span></summary><p>{}</p>"#,
            if r.here { " here" } else { "" },
            escape(&e.data.id),
            escape(&e.text.title),
            if r.conditions.is_empty() {
                String::new()
            } else {
                format!(r#"{space}<span class="count">{met}/{}</span>"#, r.conditions.len())
            },
            escape(&nearest_words(case, &r)),
            escape(&e.text.summary)
        );
        conditions_list(case, &r, &mut out);
        out.push_str("</details></li>");
    }
    out.push_str("</ul>");
    out
}

/// The conditions of the ending `r` looks at, as a list, each marked met or not with its paragraphs (the fallback's
/// one line where it has none), after the clause that says how many must hold, where not all.
fn conditions_list(case: &Case, r: &EndingReach, out: &mut String) {
    let words = &case.model.words;
    let e = &case.model.endings[r.ending];
    let space = escape(&case.meta.ui.punctuation.space);
    if e.data.when.is_empty() {
        let _ = write!(
            out,
            r#"<p class="conditions-fallback">{}</p>"#,
            escape(&case.meta.ui.how.fallback)
        );
        return;
    }
    // Standing alone over the list, the clause that says how many must hold introduces it with a colon.
    if let Some(n) = e.data.needs {
        let _ = write!(
            out,
            r#"<p class="needs">{}{}</p>"#,
            escape(&fill(&words.needs, &[("n", &n.to_string())])),
            escape(case.meta.ui.punctuation.colon.trim_end())
        );
    }
    out.push_str(r#"<ul class="conditions">"#);
    // Each line opens with whether it holds, as a label: "Met: Compute access below 40 (55 in 2025)".
    let mut line = |holds: bool, condition: &str, paragraphs: &[&str]| {
        let _ = write!(
            out,
            r#"<li class="{}"><span class="mark" aria-hidden="true">{}</span>{space}<span class="status">{}</span>{}{}{space}<span class="cite">{}</span></li>"#,
            if holds { "met" } else { "unmet" },
            if holds { "\u{2713}" } else { "\u{2717}" },
            escape(if holds { &words.holds } else { &words.fails }),
            escape(&case.meta.ui.punctuation.colon),
            escape(condition),
            escape(&cites(case, paragraphs))
        );
    };
    // In the order `model::conditions` gives them: thresholds, options required, pressures.
    let mut holding = r.conditions.iter().copied();
    for (t, holds) in e.data.when.iter().zip(holding.by_ref()) {
        let paragraphs: Vec<&str> = t.paragraphs.iter().map(AsRef::as_ref).collect();
        line(holds, &condition_words(case, t), &paragraphs);
    }
    for (q, holds) in e.data.requires.iter().zip(holding.by_ref()) {
        let paragraphs: Vec<&str> = q.paragraphs.iter().map(AsRef::as_ref).collect();
        line(holds, &requirement_words(case, q), &paragraphs);
    }
    if let (Some(p), Some(holds)) = (&e.data.pressures, holding.next()) {
        let (condition, paragraphs) = pressure_words(case, p);
        let (all, named) = (r.pressures.all.to_string(), r.pressures.named.to_string());
        let in_play = match p.or_named {
            Some(_) => fill(&words.in_play_named, &[("n", &all), ("named", &named)]),
            None => fill(&words.in_play, &[("n", &all)]),
        };
        line(
            holds,
            &format!("{condition}{}{in_play}", case.meta.ui.punctuation.clauses),
            &paragraphs,
        );
    }
    out.push_str("</ul>");
}
