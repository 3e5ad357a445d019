//! The downloads: a scenario's outcomes as CSV, a saved file's name, and a chart as an SVG file of its own.

use crate::content::{Case, StepId, Table};
use crate::draw::{standalone, Caption, Drawing};
use crate::model::{evaluate, Scenario};
use crate::phrase::{cites, fill, ours_tag, points};

use super::{cause_words, scenario_assumes};

/// The outcomes of `scenario`, as step `step` offers them, as CSV (RFC 4180, with a header row): one row per outcome,
/// with its value, its value in 2025, the change, and every cause in words with its paragraphs; then, after an
/// empty row, what travels with the figures when a desk recharts them (journalist's eleventh try): the scenario
/// they assume and where they come from, with the caution that the model is illustrative, a line each in the
/// first column, as a saved chart draws them ([`chart_file`]).
pub fn outcomes_csv(case: &Case, step: StepId, scenario: &Scenario) -> String {
    let row = |cells: &[&str]| cells.iter().map(|c| csv_field(c)).collect::<Vec<_>>().join(",") + "\r\n";
    let model = &case.model;
    let columns = &case.meta.ui.download.columns;
    let mut out = row(&columns.iter().map(AsRef::as_ref).collect::<Vec<_>>());
    let now = evaluate(model, scenario);
    let then = evaluate(model, &Scenario::defaults(model));
    for ((outcome, value), base) in model.outcomes.iter().zip(&now.outcomes).zip(&then.outcomes) {
        let causes = value
            .causes
            .iter()
            .map(|&c| {
                let words = cause_words(case, c);
                let cited = cites(case, words.paragraphs);
                let ours = words.ours.then(|| ours_tag(case));
                let note = [words.condition.as_deref(), Some(cited.as_str()), ours]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(&case.meta.ui.punctuation.clauses);
                fill(
                    &case.meta.ui.punctuation.cause,
                    &[
                        ("delta", &points(case, words.delta)),
                        ("trigger", &words.trigger),
                        ("note", &note),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(&case.meta.ui.punctuation.clauses);
        out.push_str(&row(&[
            &outcome.text.label,
            &value.value.to_string(),
            &base.value.to_string(),
            // A number for the spreadsheet, in ASCII in every language (a true minus sign would read as text).
            &format!("{:+}", value.value - base.value),
            &causes,
        ]));
    }
    out.push_str("\r\n");
    out.push_str(&row(&[&scenario_line(case, scenario)]));
    out.push_str(&row(&[&source_line(case, step)]));
    out
}

/// What a download assumes: "Scenario: " and what `scenario` changes from 2025, or its preset's name.
fn scenario_line(case: &Case, scenario: &Scenario) -> String {
    fill(
        &case.meta.ui.download.scenario,
        &[("name", &scenario_assumes(case, scenario))],
    )
}

/// Where a download from step `step` comes from: the step, the explainer, the case study and the paragraphs of the
/// step's claims, with the caution that any score comes from an illustrative model.
fn source_line(case: &Case, step: StepId) -> String {
    let s = &case.steps[step];
    let paragraphs: Vec<&str> = s
        .data
        .claims
        .iter()
        .flat_map(|c| case.claims[c.id()].data.paragraphs.iter().map(|p| p.as_ref()))
        .collect();
    fill(
        &case.meta.ui.download.source,
        &[
            ("n", &(step.index() + 1).to_string()),
            ("step", &s.text.title),
            ("paragraphs", &cites(case, &paragraphs)),
        ],
    )
}

/// One CSV field: quoted, with its quotes doubled, if it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The name of a file saved from step `step` under `scenario`: `ai-gambit-<step>-<scenario>.<extension>`, the
/// scenario a preset's id or, for one of the reader's own, what it changes as the link's keys and values
/// (`chips-domestic-tiktok-ban`).
pub fn file_name(case: &Case, step: StepId, scenario: &Scenario, extension: &str) -> String {
    let model = &case.model;
    let name = match scenario.matching_preset(model) {
        Some(p) => model.presets[p].data.id.to_string(),
        None => {
            let defaults = Scenario::defaults(model);
            let mut parts: Vec<String> = Vec::new();
            for (x, a) in model
                .assumptions
                .with_ids()
                .filter(|&(x, _)| scenario[x] != defaults[x])
            {
                parts.push(format!("{}-{}", a.data.id, a.option_key(scenario[x])));
            }
            for (x, s) in model.sliders.with_ids().filter(|&(x, _)| scenario[x] != defaults[x]) {
                parts.push(format!("{}-{}", s.data.id, scenario[x]));
            }
            if parts.is_empty() {
                case.meta.ui.download.own_scenario.to_string()
            } else {
                parts.join("-")
            }
        }
    };
    format!("ai-gambit-{}-{name}.{extension}", case.steps[step].data.id)
}

/// `drawing`, step `step`'s chart under `scenario`, as an SVG file of its own with `style` (`draw::file_style`)
/// inside: the chart's title, the scenario's name and the source line drawn in.
pub fn chart_file(case: &Case, step: StepId, scenario: &Scenario, drawing: &Drawing, style: &str) -> String {
    let caption = Caption {
        title: &case.view_text(drawing.kind).title,
        scenario: &scenario_line(case, scenario),
        source: &source_line(case, step),
    };
    standalone(drawing, &caption, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_csv_field_is_quoted_only_when_it_must_be() {
        assert_eq!(csv_field("plain text"), "plain text");
        assert_eq!(csv_field("P20, P23"), "\"P20, P23\"");
        assert_eq!(csv_field("a \"quote\""), "\"a \"\"quote\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }
}
