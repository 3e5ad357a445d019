//! "How this works": the whole scenario model in words, and the legend of the confidence tags.

use std::fmt::Write;

use crate::content::{Case, Confidence};
use crate::model::Scenario;
use crate::phrase::{aside, cites, escape, fill, fill_value, labelled, ours_tag, signed};

use super::{condition_words, endings_reach, pressure_words, pressures_list, requirement_words};

/// One list item: the statement, then the reason and its paragraphs, and the mark of our judgement if `ours`, with
/// the space of the case's language between them.
fn item(
    case: &Case,
    out: &mut String,
    statement: &str,
    reason: &str,
    paragraphs: &[impl AsRef<str>],
    ours: Option<&str>,
) {
    item_then(case, out, statement, reason, paragraphs, ours, "");
}

/// [`item`] with `after`, markup already escaped, closing the list item.
fn item_then(
    case: &Case,
    out: &mut String,
    statement: &str,
    reason: &str,
    paragraphs: &[impl AsRef<str>],
    ours: Option<&str>,
    after: &str,
) {
    let space = escape(&case.meta.ui.punctuation.space);
    let cites = if paragraphs.is_empty() {
        String::new()
    } else {
        format!(
            r#"{space}<span class="cite">{}</span>"#,
            escape(&cites(case, paragraphs))
        )
    };
    let tag = ours.map_or(String::new(), |t| {
        format!(r#"{space}<span class="ours">{}</span>"#, escape(t))
    });
    let _ = write!(
        out,
        r#"<li><strong>{}</strong>{space}{}{cites}{tag}{after}</li>"#,
        escape(statement),
        escape(reason)
    );
}

/// What the tags beside a claim mean: each confidence kind and the hedge, as a definition list. `open` gives it
/// as a section with its heading ("How this works"); otherwise it is a folded `<details>`, under a step's sources.
pub fn tags_legend(case: &Case, open: bool) -> String {
    let ui = &case.meta.ui;
    let mut list = String::from(r#"<dl class="tags">"#);
    let mut term = |label: &str, meaning: &str| {
        let _ = write!(list, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(meaning));
    };
    for &kind in Confidence::ALL {
        term(case.confidence_label(kind), case.confidence_meaning(kind));
    }
    term(&ui.hedged, &ui.hedged_meaning);
    list.push_str("</dl>");
    if open {
        format!("<h3>{}</h3>{list}", escape(&ui.how.tags))
    } else {
        format!("<details><summary>{}</summary>{list}</details>", escape(&ui.tags))
    }
}

/// The body of "How this works": the whole scenario model in words, with every reason and paragraph.
pub fn model_page(case: &Case) -> String {
    let how = &case.meta.ui.how;
    let mut out = String::new();
    for paragraph in how.intro.iter() {
        let _ = write!(out, "<p>{}</p>", escape(paragraph));
    }
    out.push_str(&tags_legend(case, true));
    controls_section(case, &mut out);
    outcomes_section(case, &mut out);
    rules_section(case, &mut out);
    endings_section(case, &mut out);
    reach_section(case, &mut out);
    propositions_section(case, &mut out);
    out
}

/// A section's heading and the opening of its list.
fn heading(out: &mut String, text: &str) {
    let _ = write!(out, "<h3>{}</h3><ul>", escape(text));
}

/// The assumptions with their options and the 2025 default, then the sliders with their ranges.
fn controls_section(case: &Case, out: &mut String) {
    let model = &case.model;
    let how = &case.meta.ui.how;
    heading(out, &how.assumptions);
    for a in model.assumptions.iter() {
        // Each option on a line of its own, its label over its description (Chinese review 38, S3: joined in one
        // line, each description in brackets, a sentence of several sentences ran inside them).
        let options: String = a
            .option_ids()
            .map(|o| a.option_text(o))
            .map(|o| {
                format!(
                    "<dt><strong>{}</strong></dt><dd>{}</dd>",
                    escape(&o.label),
                    escape(&o.description)
                )
            })
            .collect();
        let default = &a.option_text(a.default()).label;
        let reason = fill(&how.default, &[("option", default), ("reason", &a.text.default_reason)]);
        let options = format!(r#"<dl class="options">{options}</dl>"#);
        item_then(case, out, &a.text.label, &reason, &a.data.paragraphs, None, &options);
    }
    for s in model.sliders.iter() {
        let value = |v: i32| fill_value(&s.text.value, v);
        let d = &s.data;
        let range = fill(
            &how.range,
            &[
                ("min", &value(d.min)),
                ("max", &value(d.max)),
                ("default", &value(d.default)),
                ("reason", &s.text.default_reason),
            ],
        );
        item(
            case,
            out,
            &labelled(case, &s.text.label, &s.text.description),
            &range,
            &d.paragraphs,
            None,
        );
    }
    out.push_str("</ul>");
}

/// The outcomes and where each starts in 2025 (the model's own judgement).
fn outcomes_section(case: &Case, out: &mut String) {
    let model = &case.model;
    let how = &case.meta.ui.how;
    heading(out, &how.outcomes);
    for o in model.outcomes.iter() {
        let base = fill(
            &how.base,
            &[("base", &o.data.base.to_string()), ("reason", &o.text.base_reason)],
        );
        item(
            case,
            out,
            &labelled(case, &o.text.label, &o.text.description),
            &base,
            &[] as &[&str],
            Some(ours_tag(case)),
        );
    }
    out.push_str("</ul>");
}

/// The rules (an option moves an outcome) and the slopes (a slider does), each with its reason.
fn rules_section(case: &Case, out: &mut String) {
    let model = &case.model;
    let how = &case.meta.ui.how;
    heading(out, &how.rules);
    for r in model.rules.iter() {
        let d = &r.data;
        let (assumption, option) = model.option_labels(d.assumption.id(), d.option.id());
        let statement = fill(
            &how.rule,
            &[
                ("assumption", assumption),
                ("option", option),
                ("outcome", &model.outcomes[d.outcome.id()].text.label),
                ("delta", &signed(case, d.delta)),
            ],
        );
        let statement = format!("{statement}{}", case.meta.ui.punctuation.end);
        item(
            case,
            out,
            &statement,
            &r.text.reason,
            &d.paragraphs,
            d.ours.then(|| ours_tag(case)),
        );
    }
    for s in model.slopes.iter() {
        let d = &s.data;
        let slider = &model.sliders[d.slider.id()];
        let per = fill_value(&slider.text.value, d.per);
        let mut statement = fill(
            &how.slope,
            &[
                ("slider", &slider.text.label),
                ("per", &per),
                ("outcome", &model.outcomes[d.outcome.id()].text.label),
                ("change", &signed(case, d.change)),
            ],
        );
        if let Some(c) = &d.when {
            let (assumption, option) = model.option_labels(c.assumption.id(), c.option.id());
            statement = format!(
                "{statement}{}{}",
                case.meta.ui.punctuation.pause,
                fill(&how.only_while, &[("assumption", assumption), ("option", option)])
            );
        }
        statement.push_str(&case.meta.ui.punctuation.end);
        item(
            case,
            out,
            &statement,
            &s.text.reason,
            &d.paragraphs,
            d.ours.then(|| ours_tag(case)),
        );
    }
    out.push_str("</ul>");
}

/// The pressures some endings count, then each ending with the conditions it needs, its summary and reason.
fn endings_section(case: &Case, out: &mut String) {
    let model = &case.model;
    let how = &case.meta.ui.how;
    // The pressures some endings count stand between the heading and the list.
    let _ = write!(out, "<h3>{}</h3>{}<ul>", escape(&how.endings), pressures_list(case));
    for e in model.endings.iter() {
        let pressures = e.data.pressures.as_ref().map(|p| pressure_words(case, p));
        let punctuation = &case.meta.ui.punctuation;
        // The thresholds are a list (、); the pressures condition is a clause with commas of its own, so it follows
        // the list after the clause mark (；), not as the list's last item (Chinese review 22, N17).
        let thresholds = e
            .data
            .when
            .iter()
            .map(|t| condition_words(case, t))
            .chain(e.data.requires.iter().map(|q| requirement_words(case, q)))
            .collect::<Vec<_>>()
            .join(&punctuation.list);
        let conditions = [thresholds]
            .into_iter()
            .chain(pressures.as_ref().map(|(words, _)| words.clone()))
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>();
        let conditions = if conditions.is_empty() {
            how.fallback.to_string()
        } else {
            conditions.join(&punctuation.clauses)
        };
        // An ending that needs only some of its conditions says so in brackets after its title, before the list,
        // which would otherwise read as "all of these" (most of all in Chinese, where a list joined by 、 after a
        // colon means all of them): one colon in the sentence, 「腹背受敌（以下条件至少满足2项）：…」.
        let title = match e.data.needs {
            Some(n) if !e.data.when.is_empty() => {
                aside(case, &e.text.title, &fill(&model.words.needs, &[("n", &n.to_string())]))
            }
            _ => e.text.title.to_string(),
        };
        // In the article's order, each once: `cites` sorts them (Chinese review 23, N18).
        let cites: Vec<&str> = e
            .data
            .when
            .iter()
            .flat_map(|t| t.paragraphs.iter().map(AsRef::as_ref))
            .chain(
                e.data
                    .requires
                    .iter()
                    .flat_map(|q| q.paragraphs.iter().map(AsRef::as_ref)),
            )
            .chain(pressures.iter().flat_map(|(_, p)| p.iter().copied()))
            .collect();
        item(
            case,
            out,
            &format!(
                "{}{}",
                labelled(case, &title, &conditions),
                case.meta.ui.punctuation.end
            ),
            &format!("{}{}{}", e.text.summary, case.meta.ui.punctuation.space, e.text.reason),
            &cites,
            (!e.data.when.is_empty()).then(|| ours_tag(case)),
        );
    }
    out.push_str("</ul>");
}

/// How near each ending is from the article's present: which conditions hold, and the fewest changes.
fn reach_section(case: &Case, out: &mut String) {
    let model = &case.model;
    let words = &model.words;
    let _ = write!(
        out,
        "<h3>{}</h3><p>{}</p>",
        escape(&words.conditions),
        escape(&words.conditions_help)
    );
    out.push_str(&endings_reach(case, &Scenario::defaults(model)));
}

/// The propositions the model is checked against, each with what it requires.
fn propositions_section(case: &Case, out: &mut String) {
    let model = &case.model;
    let words = &model.words;
    let _ = write!(
        out,
        r#"<h3>{}</h3><p>{}</p><ul class="propositions">"#,
        escape(&words.propositions),
        escape(&words.propositions_help)
    );
    for p in model.propositions.iter() {
        item(
            case,
            out,
            &p.text.claim,
            &p.text.requires,
            &p.data.paragraphs,
            p.data.ours.then(|| ours_tag(case)),
        );
    }
    out.push_str("</ul>");
}
