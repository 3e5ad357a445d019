//! The endings as seen from one scenario, in words: how far each is ([`nearest_words`]) and the list the last step
//! and "How this works" show ([`endings_reach`]), each ending with its conditions marked met or not.

use std::fmt::Write;

use super::{change_words, condition_words, pressure_words, pressures_list, requirement_words};
use crate::content::{Case, EndingId};
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

/// One ending as the reach list shows it from a scenario, in words: the app's view renders it in place (a flip
/// changes only the endings whose words it changes, and an ending the reader unfolded stays open), and
/// [`endings_reach`] writes it for "How this works".
#[derive(Clone, PartialEq, Debug)]
pub struct EndingWords {
    pub ending: EndingId,
    /// Whether this is the scenario's ending.
    pub here: bool,
    /// How many of its conditions hold, of how many; none for the fallback, which has none.
    pub count: Option<(usize, usize)>,
    /// How far it is ([`nearest_words`]).
    pub nearest: String,
    pub conditions: ConditionWords,
}

/// An ending's conditions in words: the fallback's one line, or the clause that says how many must hold (with its
/// colon, where not all must) over one line per condition.
#[derive(Clone, PartialEq, Debug)]
pub enum ConditionWords {
    Fallback(String),
    Listed {
        needs: Option<String>,
        lines: Vec<ConditionLine>,
    },
}

/// One condition of an ending: whether it holds, what it asks, and its paragraphs ("P20, P24").
#[derive(Clone, PartialEq, Debug)]
pub struct ConditionLine {
    pub holds: bool,
    pub text: String,
    pub cites: String,
}

/// Every ending seen from `scenario`, in words, in the endings' order.
pub fn endings_words(case: &Case, scenario: &Scenario) -> Vec<EndingWords> {
    reach(&case.model, scenario)
        .iter()
        .map(|r| EndingWords {
            ending: r.ending,
            here: r.here,
            count: (!r.conditions.is_empty())
                .then(|| (r.conditions.iter().filter(|&&c| c).count(), r.conditions.len())),
            nearest: nearest_words(case, r),
            conditions: condition_words_of(case, r),
        })
        .collect()
}

/// Every ending seen from `scenario` as a list, one folded entry per ending: its title and how far it is (this
/// scenario is there, or the fewest changes that lead there); unfolded, its summary and the conditions it needs,
/// each marked met or not with its paragraphs. "How this works" shows it; the last step renders the same words
/// ([`endings_words`]) as views, in the same markup (attributes in the order the views write them), which a test of
/// the native render holds them to (`tests/prerender.rs`).
pub fn endings_reach(case: &Case, scenario: &Scenario) -> String {
    let model = &case.model;
    let words = &model.words;
    let space = escape(&case.meta.ui.punctuation.space);
    let colon = escape(&case.meta.ui.punctuation.colon);
    let mut out = pressures_list(case);
    out.push_str(r#"<ul class="endings-reach">"#);
    for w in endings_words(case, scenario) {
        let e = &model.endings[w.ending];
        let _ = write!(
            out,
            r#"<li data-ending="{}" class="ending-reach{}"><details><summary><strong>{}</strong>{}{space}<span class="nearest">{}</span></summary><p>{}</p>"#,
            escape(&e.data.id),
            if w.here { " here" } else { "" },
            escape(&e.text.title),
            w.count.map_or(String::new(), |(met, all)| format!(
                r#"{space}<span class="count">{met}/{all}</span>"#
            )),
            escape(&w.nearest),
            escape(&e.text.summary)
        );
        match &w.conditions {
            ConditionWords::Fallback(line) => {
                let _ = write!(out, r#"<p class="conditions-fallback">{}</p>"#, escape(line));
            }
            ConditionWords::Listed { needs, lines } => {
                if let Some(needs) = needs {
                    let _ = write!(out, r#"<p class="needs">{}</p>"#, escape(needs));
                }
                out.push_str(r#"<ul class="conditions">"#);
                // Each line opens with whether it holds, as a label: "Met: Compute access below 40 (55 in 2025)".
                for l in lines {
                    let _ = write!(
                        out,
                        r#"<li class="{}"><span aria-hidden="true" class="mark">{}</span>{space}<span class="status">{}</span>{colon}{}{space}<span class="cite">{}</span></li>"#,
                        if l.holds { "met" } else { "unmet" },
                        mark(l.holds),
                        escape(if l.holds { &words.holds } else { &words.fails }),
                        escape(&l.text),
                        escape(&l.cites)
                    );
                }
                out.push_str("</ul>");
            }
        }
        out.push_str("</details></li>");
    }
    out.push_str("</ul>");
    out
}

/// The mark a condition's line opens with: a tick where it holds, a cross where not.
pub fn mark(holds: bool) -> &'static str {
    if holds {
        "\u{2713}"
    } else {
        "\u{2717}"
    }
}

/// The conditions of the ending `r` looks at, in words (the fallback's one line where it has none), after the
/// clause that says how many must hold, where not all, in the order `model::conditions` gives them: thresholds,
/// options required, pressures.
fn condition_words_of(case: &Case, r: &EndingReach) -> ConditionWords {
    let words = &case.model.words;
    let e = &case.model.endings[r.ending];
    if e.data.when.is_empty() {
        return ConditionWords::Fallback(case.meta.ui.how.fallback.to_string());
    }
    // Standing alone over the list, the clause that says how many must hold introduces it with a colon.
    let needs = e.data.needs.map(|n| {
        format!(
            "{}{}",
            fill(&words.needs, &[("n", &n.to_string())]),
            case.meta.ui.punctuation.colon.trim_end()
        )
    });
    let line = |holds: bool, text: String, paragraphs: &[&str]| ConditionLine {
        holds,
        text,
        cites: cites(case, paragraphs),
    };
    let mut lines = Vec::new();
    let mut holding = r.conditions.iter().copied();
    for (t, holds) in e.data.when.iter().zip(holding.by_ref()) {
        let paragraphs: Vec<&str> = t.paragraphs.iter().map(AsRef::as_ref).collect();
        lines.push(line(holds, condition_words(case, t), &paragraphs));
    }
    for (q, holds) in e.data.requires.iter().zip(holding.by_ref()) {
        let paragraphs: Vec<&str> = q.paragraphs.iter().map(AsRef::as_ref).collect();
        lines.push(line(holds, requirement_words(case, q), &paragraphs));
    }
    if let (Some(p), Some(holds)) = (&e.data.pressures, holding.next()) {
        let (condition, paragraphs) = pressure_words(case, p);
        let (all, named) = (r.pressures.all.to_string(), r.pressures.named.to_string());
        let in_play = match p.or_named {
            Some(_) => fill(&words.in_play_named, &[("n", &all), ("named", &named)]),
            None => fill(&words.in_play, &[("n", &all)]),
        };
        let text = format!("{condition}{}{in_play}", case.meta.ui.punctuation.clauses);
        lines.push(line(holds, text, &paragraphs));
    }
    ConditionWords::Listed { needs, lines }
}
