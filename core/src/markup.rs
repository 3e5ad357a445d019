//! Text made from the content, written once for every place that shows it:
//! - static markup, rendered to escaped HTML at build time: "How this works" (by `build.rs`, so the app carries the
//!   finished markup) and each step's readable page, title and description (by `cargo xtask dist`);
//! - the words of a cause of an outcome, and a scenario's outcomes as CSV, for the views and the downloads;
//! - the embed code.
//!
//! The small pieces they are built from (the language's punctuation, `{placeholder}` filling, HTML escaping) are in
//! [`crate::phrase`].

use std::fmt::Write;

use crate::content::{Case, Confidence, PressureCondition, Step, StepId, Table, Text, Threshold, ViewKind};
use crate::draw::{draw, standalone, Caption, Drawing, Fixed, Still};
use crate::model::{evaluate, Cause, Change, Scenario};
use crate::phrase::{aside, change, cites, escape, fill, labelled, ours_tag, pieces, points, signed, Piece};
use crate::reach::{reach, EndingReach, MAX_CHANGES};
use crate::url::step_path;

/// The words of one cause of an outcome's value: its signed change, what triggers it ("Chip access: Domestic chips
/// only", or a slider's name), its reason and its paragraphs, and whether it is the model's own judgement.
pub struct CauseWords<'a> {
    pub delta: i32,
    pub trigger: String,
    /// The setting a slope holds under ("Core ad business: Headwinds"), for a line that leaves out the reason,
    /// which says it; none for a rule, whose trigger is its setting.
    pub condition: Option<String>,
    pub reason: &'a str,
    pub paragraphs: &'a [Text],
    /// The rule or slope is flagged as ours; [`ours_tag`] is the reader's mark for it.
    pub ours: bool,
}

/// A page's title in the browser's tab: `place` then the explainer's name ("The chip chokehold · AI Gambit",
/// "芯片“卡脖子”｜AI豪赌").
pub fn tab_title(case: &Case, place: &str) -> String {
    format!("{place}{}{}", case.meta.ui.punctuation.separator, case.meta.title)
}

/// The opening line of an outcome's "Why?": where it starts in the article's 2025 picture, and why ("Starting
/// point, the article's 2025 picture: 55. 2025: no access to the best chips, ...").
pub fn starting_point(case: &Case, outcome: crate::content::OutcomeId) -> String {
    let ui = &case.meta.ui;
    let o = &case.model.outcomes[outcome];
    format!(
        "{}{}{}",
        fill(&ui.starting_point, &[("value", &o.data.base.to_string())]),
        ui.punctuation.stop,
        o.text.base_reason
    )
}

/// The words of `cause`, as every view and download shows them.
pub fn cause_words(case: &Case, cause: Cause) -> CauseWords<'_> {
    let model = &case.model;
    match cause {
        Cause::Rule(r) => {
            let rule = &model.rules[r];
            let (assumption, option) = model.option_labels(rule.data.assumption.id(), rule.data.option.id());
            CauseWords {
                delta: rule.data.delta,
                trigger: labelled(case, assumption, option),
                condition: None,
                reason: &rule.text.reason,
                paragraphs: &rule.data.paragraphs,
                ours: rule.data.ours,
            }
        }
        Cause::Slope { slope, delta, value } => {
            let slope = &model.slopes[slope];
            // What the slider is set to ("Capital spending …: $25 billion a year", like a rule's "Chip access:
            // Unrestricted"), and the setting the slope holds under, if any, so that two slopes on one outcome read
            // apart in a line without their reasons (the CSV).
            let slider = &model.sliders[slope.data.slider.id()].text;
            let trigger = match value {
                Some(v) => labelled(case, &slider.label, &fill(&slider.value, &[("value", &v.to_string())])),
                None => slider.label.to_string(),
            };
            let condition = slope.data.when.as_ref().map(|when| {
                let (assumption, option) = model.option_labels(when.assumption.id(), when.option.id());
                fill(
                    &case.meta.ui.how.only_while,
                    &[("assumption", assumption), ("option", option)],
                )
            });
            CauseWords {
                delta,
                trigger,
                condition,
                reason: &slope.text.reason,
                paragraphs: &slope.data.paragraphs,
                ours: slope.data.ours,
            }
        }
    }
}

/// The outcomes of `scenario` as CSV (RFC 4180, with a header row): one row per outcome, with its value, its value
/// in 2025, the change, and every cause in words with its paragraphs.
pub fn outcomes_csv(case: &Case, scenario: &Scenario) -> String {
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
    out
}

/// One CSV field: quoted, with its quotes doubled, if it holds a comma, a quote or a line break.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

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
        r#"<li><strong>{}</strong>{space}{}{cites}{tag}</li>"#,
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

/// A condition of an ending in words, with the outcome's 2025 value: "Compute access at least 62 (55 in 2025)".
pub fn condition_words(case: &Case, threshold: &Threshold) -> String {
    let how = &case.meta.ui.how;
    let outcome = &case.model.outcomes[threshold.outcome.id()];
    let (label, base) = (&outcome.text.label, outcome.data.base.to_string());
    let words = |template: &str, v: i32| {
        fill(
            template,
            &[("outcome", label), ("value", &v.to_string()), ("base", &base)],
        )
    };
    let at_least = threshold.at_least.map(|v| words(&how.at_least, v));
    let below = threshold.below.map(|v| words(&how.below, v));
    at_least
        .into_iter()
        .chain(below)
        .collect::<Vec<_>>()
        .join(&case.meta.ui.punctuation.list)
}

/// The paragraphs of the assumptions whose options are pressures, each once.
fn pressure_paragraphs(case: &Case) -> Vec<&str> {
    let mut paragraphs: Vec<&str> = Vec::new();
    for assumption in case.model.assumptions.iter().filter(|a| !a.data.pressures.is_empty()) {
        for p in assumption.data.paragraphs.iter().map(AsRef::as_ref) {
            if !paragraphs.contains(&p) {
                paragraphs.push(p);
            }
        }
    }
    paragraphs
}

/// The pressures the endings count, as the paragraphs over their list: those the article names, then our
/// extensions of its warnings, each as a setting ("TikTok in the US → Forced sale, Ban"), with their paragraphs.
pub fn pressures_list(case: &Case) -> String {
    let model = &case.model;
    let punctuation = &case.meta.ui.punctuation;
    let mut out = String::new();
    for (ours, template) in [
        (false, &model.words.pressures_named),
        (true, &model.words.pressures_ours),
    ] {
        let mut settings = Vec::new();
        let mut paragraphs: Vec<&str> = Vec::new();
        for (a, assumption) in model.assumptions.with_ids() {
            let options: Vec<&str> = assumption
                .data
                .pressures
                .iter()
                .filter(|p| p.ours == ours)
                .map(|p| model.option_labels(a, p.option.id()).1)
                .collect();
            if options.is_empty() {
                continue;
            }
            settings.push(change(case, &assumption.text.label, &options.join(&punctuation.list)));
            paragraphs.extend(assumption.data.paragraphs.iter().map(AsRef::as_ref));
        }
        if settings.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            r#"<p class="pressures{}">{}{}{}<span class="cite">{}</span></p>"#,
            if ours { " ours" } else { "" },
            escape(&fill(template, &[("list", &settings.join(&punctuation.clauses))])),
            escape(&punctuation.end),
            escape(&punctuation.space),
            escape(&cites(case, &paragraphs))
        );
    }
    out
}

/// An ending's condition on how many pressures are in play in words ("None of the pressures listed above in
/// play"), and its paragraphs.
pub fn pressure_words<'a>(case: &'a Case, condition: &PressureCondition) -> (String, Vec<&'a str>) {
    let words = &case.model.words;
    // Validation admits only these shapes: `at_most` n (none when n is 0), or `at_least` n standing alone.
    let text = match (condition.at_least, condition.at_most) {
        (None, Some(0)) => words.pressures_none.to_string(),
        (None, Some(n)) => fill(&words.pressures_at_most, &[("n", &n.to_string())]),
        (Some(n), _) => match condition.or_named {
            Some(m) => fill(
                &words.pressures_alone_or_named,
                &[("n", &n.to_string()), ("named", &m.to_string())],
            ),
            None => fill(&words.pressures_alone, &[("n", &n.to_string())]),
        },
        (None, None) => String::new(),
    };
    (text, pressure_paragraphs(case))
}

/// One change in words: "Chip access → Unrestricted", "Yearly AI spending → $30 billion a year".
pub fn change_words(case: &Case, moved: Change) -> String {
    let model = &case.model;
    let (control, value) = match moved {
        Change::Option { assumption, option } => {
            let (a, o) = model.option_labels(assumption, option);
            (a.to_string(), o.to_string())
        }
        Change::Slider { slider, value } => {
            let s = &model.sliders[slider];
            (
                s.text.label.to_string(),
                fill(&s.text.value, &[("value", &value.to_string())]),
            )
        }
    };
    change(case, &control, &value)
}

/// How far an ending is, in words: this scenario is there, or the fewest changes that lead there (two ways, where
/// another as short goes through other controls), or more than the search looks at.
pub fn nearest_words(case: &Case, reach: &EndingReach) -> String {
    let words = &case.model.words;
    let way = |changes: &[Change]| {
        changes
            .iter()
            .map(|&c| change_words(case, c))
            .collect::<Vec<_>>()
            .join(&case.meta.ui.punctuation.list)
    };
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
    let words = &model.words;
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
        if e.data.when.is_empty() {
            let _ = write!(
                out,
                r#"<p class="conditions-fallback">{}</p>"#,
                escape(&case.meta.ui.how.fallback)
            );
        } else {
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
            for (t, &holds) in e.data.when.iter().zip(&r.conditions) {
                let paragraphs: Vec<&str> = t.paragraphs.iter().map(AsRef::as_ref).collect();
                line(holds, &condition_words(case, t), &paragraphs);
            }
            if let (Some(p), Some(&holds)) = (&e.data.pressures, r.conditions.last()) {
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
        out.push_str("</details></li>");
    }
    out.push_str("</ul>");
    out
}

/// The body of "How this works": the whole scenario model in words, with every reason and paragraph.
pub fn model_page(case: &Case) -> String {
    let model = &case.model;
    let how = &case.meta.ui.how;
    let mut out = String::new();
    for paragraph in how.intro.iter() {
        let _ = write!(out, "<p>{}</p>", escape(paragraph));
    }
    out.push_str(&tags_legend(case, true));
    let heading = |out: &mut String, text: &str| {
        let _ = write!(out, "<h3>{}</h3><ul>", escape(text));
    };

    heading(&mut out, &how.assumptions);
    for a in model.assumptions.iter() {
        let options = a
            .option_ids()
            .map(|o| a.option_text(o))
            .map(|o| aside(case, &o.label, &o.description))
            .collect::<Vec<_>>()
            .join(&case.meta.ui.punctuation.clauses);
        let default = &a.option_text(a.default()).label;
        let reason = fill(&how.default, &[("option", default), ("reason", &a.text.default_reason)]);
        let end = &case.meta.ui.punctuation.end;
        item(
            case,
            &mut out,
            &format!("{}{end}", labelled(case, &a.text.label, &options)),
            &reason,
            &a.data.paragraphs,
            None,
        );
    }
    for s in model.sliders.iter() {
        let value = |v: i32| fill(&s.text.value, &[("value", &v.to_string())]);
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
            &mut out,
            &labelled(case, &s.text.label, &s.text.description),
            &range,
            &d.paragraphs,
            None,
        );
    }
    out.push_str("</ul>");

    heading(&mut out, &how.outcomes);
    for o in model.outcomes.iter() {
        let base = fill(
            &how.base,
            &[("base", &o.data.base.to_string()), ("reason", &o.text.base_reason)],
        );
        item(
            case,
            &mut out,
            &labelled(case, &o.text.label, &o.text.description),
            &base,
            &[] as &[&str],
            Some(ours_tag(case)),
        );
    }
    out.push_str("</ul>");

    heading(&mut out, &how.rules);
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
            &mut out,
            &statement,
            &r.text.reason,
            &d.paragraphs,
            d.ours.then(|| ours_tag(case)),
        );
    }
    for s in model.slopes.iter() {
        let d = &s.data;
        let slider = &model.sliders[d.slider.id()];
        let per = fill(&slider.text.value, &[("value", &d.per.to_string())]);
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
            &mut out,
            &statement,
            &s.text.reason,
            &d.paragraphs,
            d.ours.then(|| ours_tag(case)),
        );
    }
    out.push_str("</ul>");

    // The pressures some endings count stand between the heading and the list.
    let _ = write!(out, "<h3>{}</h3>{}<ul>", escape(&how.endings), pressures_list(case));
    for e in model.endings.iter() {
        let pressures = e.data.pressures.as_ref().map(|p| pressure_words(case, p));
        let conditions = e
            .data
            .when
            .iter()
            .map(|t| condition_words(case, t))
            .chain(pressures.as_ref().map(|(words, _)| words.clone()))
            .collect::<Vec<_>>();
        let conditions = if conditions.is_empty() {
            how.fallback.to_string()
        } else {
            conditions.join(&case.meta.ui.punctuation.list)
        };
        // An ending that needs only some of its conditions says so in brackets after its title, before the list,
        // which would otherwise read as "all of these" (most of all in Chinese, where a list joined by 、 after a
        // colon means all of them): one colon in the sentence, 「四面受困（以下条件至少满足2项）：…」.
        let title = match e.data.needs {
            Some(n) if !e.data.when.is_empty() => {
                aside(case, &e.text.title, &fill(&model.words.needs, &[("n", &n.to_string())]))
            }
            _ => e.text.title.to_string(),
        };
        let paragraphs: Vec<&str> = e
            .data
            .when
            .iter()
            .flat_map(|t| t.paragraphs.iter().map(AsRef::as_ref))
            .chain(pressures.iter().flat_map(|(_, p)| p.iter().copied()))
            .collect();
        let mut cites: Vec<&str> = Vec::new();
        for p in paragraphs {
            if !cites.contains(&p) {
                cites.push(p);
            }
        }
        item(
            case,
            &mut out,
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

    // How near each ending is from the article's present: which conditions hold, and the fewest changes.
    let words = &model.words;
    let _ = write!(
        out,
        "<h3>{}</h3><p>{}</p>",
        escape(&words.conditions),
        escape(&words.conditions_help)
    );
    out.push_str(&endings_reach(case, &Scenario::defaults(model)));

    let _ = write!(
        out,
        r#"<h3>{}</h3><p>{}</p><ul class="propositions">"#,
        escape(&words.propositions),
        escape(&words.propositions_help)
    );
    for p in model.propositions.iter() {
        item(
            case,
            &mut out,
            &p.text.claim,
            &p.text.requires,
            &p.data.paragraphs,
            None,
        );
    }
    out.push_str("</ul>");
    out
}

/// The id of the readable page's element, which the app removes when it starts (`src/lib.rs`).
pub const STATIC_PAGE_ID: &str = "static";

/// A page's title in the browser's tab and in shared links: "The chip chokehold · AI Gambit".
pub fn step_page_title(case: &Case, step: StepId) -> String {
    tab_title(case, &case.steps[step].text.title)
}

/// A step's summary for search results and link previews: its opening paragraph, cut at a word near 160
/// characters.
pub fn step_description(case: &Case, step: StepId) -> String {
    let opening = case.steps[step].text.body.first().map_or("", |p| p.as_ref());
    if opening.chars().count() <= 160 {
        return opening.to_string();
    }
    let cut: String = opening.chars().take(160).collect();
    let end = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}\u{2026}", cut[..end].trim_end_matches([',', ';', ':']))
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

/// A step as a page that needs no script, put in `<body>` by `cargo xtask dist`: the title of the case, the
/// step's title, text, question and sources, links to every step's own page, and the disclaimer. It is what a
/// reader sees before the app starts, and all they see if it never does; `public/start.js` reads the notes it
/// may show from its `data-` attributes, in the page's language. `root` leads from the page to the site's root
/// (`""` or `"../../"`).
pub fn static_page(case: &Case, step: StepId, root: &str) -> String {
    let ui = &case.meta.ui;
    let load = &ui.load;
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<div id="{STATIC_PAGE_ID}" class="static-page" data-slow="{}" data-failed="{}" data-unsupported="{}" data-retry="{}">"#,
        escape(&load.slow),
        escape(&load.failed),
        escape(&load.unsupported),
        escape(&load.retry)
    );
    // The same step in the other language: its first page is its root.
    let other = &case.meta.other_language;
    let there = if root.is_empty() {
        String::new()
    } else {
        step_path(case, step)
    };
    // The masthead as the app draws it (`src/views/app.rs`, `share.rs`, `nav.rs`), so nothing moves when the app
    // takes over: the app's buttons are held in place, hidden (they need the app), and the step list is made of
    // links to the steps' pages. `e2e/fallback.test.mjs` fails if the two drift apart.
    let share = &ui.share;
    let _ = write!(
        out,
        r#"<header class="masthead"><div class="masthead-top"><h1><a href="{root}">{}</a></h1><div class="masthead-actions"><span class="reserve" aria-hidden="true"><button type="button" class="how-button" tabindex="-1">{}</button> <button type="button" class="theme-switch" tabindex="-1">{}</button></span><a class="language-switch" href="{root}{}{there}" hreflang="{}" lang="{}">{}</a></div></div><p class="subtitle">{}</p>"#,
        escape(&case.meta.title),
        escape(&ui.how.title),
        escape(&ui.to_dark),
        escape(&other.root),
        escape(&other.lang),
        escape(&other.lang),
        escape(&other.name),
        escape(&case.meta.subtitle),
    );
    let _ = write!(
        out,
        r#"<div class="share-bar reserve" aria-hidden="true"><button type="button" tabindex="-1">{}</button><button type="button" tabindex="-1">{}</button><button type="button" tabindex="-1">{}</button><button type="button" class="present-button" tabindex="-1">{}</button><details class="embed-code"><summary tabindex="-1">{}</summary></details><details class="qr-panel"><summary tabindex="-1">{}</summary></details></div><nav class="progress-list" aria-label="{}"><ol>"#,
        escape(&share.copy_link),
        escape(&share.compare),
        escape(&share.handout),
        escape(&ui.present.start),
        escape(&share.embed),
        escape(&ui.qr.title),
        escape(&ui.all_steps)
    );
    for (id, s) in case.steps.with_ids() {
        let current = if id == step { r#" aria-current="page""# } else { "" };
        // The step's number shows; the words of its label around it ("Step 1: ", 「第1步：」) are read out only.
        let number: String = pieces(&ui.step_label)
            .into_iter()
            .map(|piece| match piece {
                Piece::Slot("n") => format!(r#"<span class="step-number">{}</span>"#, id.index() + 1),
                Piece::Slot(_) => String::new(),
                Piece::Text(words) => format!(r#"<span class="visually-hidden">{}</span>"#, escape(words)),
            })
            .collect();
        let _ = write!(
            out,
            r#"<li><a href="{root}{}"{current}>{number}<span class="step-title">{}</span></a></li>"#,
            step_path(case, id),
            escape(&s.text.title)
        );
    }
    let _ = write!(
        out,
        r#"</ol></nav></header><noscript><p class="load-note">{}</p></noscript>"#,
        escape(&ui.noscript)
    );
    let current = &case.steps[step];
    let _ = write!(
        out,
        r#"<main id="main"><article class="step"><h2>{}</h2><p class="scenario-line" role="note"><span>{}</span> </p><div class="step-grid view-{}">"#,
        escape(&current.text.title),
        // The app's line naming the reader's scenario: this page shows the 2025 picture.
        escape(&fill(&ui.share.scenario_line, &[("changes", &ui.share.as_in_2025)])),
        current.data.view.key()
    );
    // The step's view for the article's present, drawn by the same code as the app's.
    let scenario = Scenario::defaults(&case.model);
    if let Some(drawing) = draw(case, current, &Fixed::new(case, &scenario), Still::written()) {
        let svg = drawing.svg(case, &current.data.id);
        // The app's save buttons, held in their place (they need the app).
        let words = &ui.download;
        let _ = write!(
            out,
            r#"<figure class="view"><p class="download save-chart reserve" aria-hidden="true"><button type="button" class="link-button" tabindex="-1">{}</button><button type="button" class="link-button" tabindex="-1">{}</button></p>"#,
            escape(&words.svg),
            escape(&words.png)
        );
        view_svg(&mut out, current, &svg);
        scenario_caption(&mut out, current, &scenario);
        out.push_str("</figure>");
    }
    body_paragraphs(&mut out, current);
    let _ = write!(
        out,
        r#"</div><div class="reading"><aside class="question"><h3>{}</h3><p>{}</p></aside><section class="sources"><h3>{}</h3><ul class="claims">"#,
        escape(&ui.question),
        escape(&current.text.question),
        escape(&ui.sources)
    );
    for claim in current.data.claims.iter().map(|c| &case.claims[c.id()]) {
        let kind = claim.data.confidence;
        let _ = write!(
            out,
            r#"<li class="claim confidence-{}"><span class="claim-text">{}</span>{}<span class="claim-meta"><span class="cite">{}</span><span class="confidence" title="{}">{}</span>{}</span></li>"#,
            kind.key(),
            escape(&claim.text.text),
            escape(&ui.punctuation.space),
            escape(&cites(case, &claim.data.paragraphs)),
            escape(case.confidence_meaning(kind)),
            escape(case.confidence_label(kind)),
            if claim.data.hedged {
                format!(
                    r#"<span class="hedge" title="{}">{}</span>"#,
                    escape(&ui.hedged_meaning),
                    escape(&ui.hedged)
                )
            } else {
                String::new()
            }
        );
    }
    let _ = write!(
        out,
        r#"</ul><div class="tags-legend">{}</div></section></div></div></article>"#,
        tags_legend(case, false)
    );
    let link = |out: &mut String, to: Option<StepId>, label: &str| {
        if let Some(to) = to {
            let _ = write!(
                out,
                r#"<a href="{root}{}">{}</a>"#,
                step_path(case, to),
                escape(&labelled(case, label, &case.steps[to].text.title))
            );
        }
    };
    out.push_str(r#"<p class="static-next">"#);
    link(&mut out, case.steps.before(step), &ui.previous);
    link(&mut out, case.steps.after(step), &ui.next);
    let _ = write!(
        out,
        r#"</p></main><nav class="static-steps" aria-label="{}"><ol>"#,
        escape(&ui.steps_nav)
    );
    for (id, s) in case.steps.with_ids() {
        let current = if id == step { r#" aria-current="page""# } else { "" };
        let _ = write!(
            out,
            r#"<li><a href="{root}{}"{current}>{}</a></li>"#,
            step_path(case, id),
            escape(&s.text.title)
        );
    }
    let _ = write!(
        out,
        r#"</ol></nav><footer class="colophon"><p>{}</p></footer></div>"#,
        escape(&case.meta.disclaimer)
    );
    out
}

/// A step as its embeddable page shows it with no script (a frame sandboxed without scripts, or before the app
/// starts), put in `<body>` by `cargo xtask dist` at `embeds/<id>/`: the embedded view the app draws
/// (`src/views/app.rs`, `Embedded`), not the site's page. The step's title, the credit with the link to the whole
/// explainer (first, so a frame held short never cuts them), the line saying this is the 2025 picture (a page
/// without script cannot read the link's scenario), the step's view and sentence drawn by the same code as the
/// app's (or its text, for a step whose view needs the app), and the outcomes its assumptions move, each with its
/// "Why?". `root` leads from the page to the site's root; `site`, where known, is the site's address, for the line
/// that names the whole explainer's address as text (a frame without script shows 2025 whatever its link says).
pub fn embed_page(case: &Case, step: StepId, root: &str, site: Option<&str>) -> String {
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
        step_path(case, step),
        escape(&ui.share.open_full),
    );
    let _ = write!(
        out,
        r#"<p class="scenario-line" role="note"><span>{}</span></p>"#,
        escape(&fill(&ui.share.scenario_line, &[("changes", &ui.share.as_in_2025)]))
    );
    let whole = format!("{}{}", site.unwrap_or(root), step_path(case, step));
    let _ = write!(
        out,
        r#"<p class="no-script-note" role="note">{}{space}<a href="{}" target="_blank" rel="noopener">{}</a></p><div class="stage"><figure class="view">"#,
        escape(&ui.share.embed_no_script),
        escape(&whole),
        escape(&whole),
    );
    let scenario = Scenario::defaults(&case.model);
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

/// A scenario's name in words: its preset's title, or the words for a scenario of the reader's own.
pub fn scenario_name<'a>(case: &'a Case, scenario: &Scenario) -> &'a str {
    scenario
        .matching_preset(&case.model)
        .map_or(&case.meta.ui.share.own_scenario, |p| &case.model.presets[p].text.title)
}

/// What `scenario` changes from the 2025 picture, one item per assumption and slider away from its default, in the
/// model's order: "Chips: cut off", "Capital spending: 25%". Empty for the 2025 picture itself.
pub fn scenario_changes(case: &Case, scenario: &Scenario) -> Vec<String> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    let options = model
        .assumptions
        .with_ids()
        .filter(|&(x, _)| scenario[x] != defaults[x])
        .map(|(x, a)| labelled(case, &a.text.label, &a.option_text(scenario[x]).label));
    let sliders = model
        .sliders
        .with_ids()
        .filter(|&(x, _)| scenario[x] != defaults[x])
        .map(|(x, s)| {
            labelled(
                case,
                &s.text.label,
                &fill(&s.text.value, &[("value", &scenario[x].to_string())]),
            )
        });
    options.chain(sliders).collect()
}

/// What a saved file says its scenario is: a named scenario's title, or what one of the reader's own changes from
/// 2025 ("Chips: cut off; TikTok in the US: banned"), never just "a scenario of your own".
pub fn scenario_assumes(case: &Case, scenario: &Scenario) -> String {
    match scenario.matching_preset(&case.model) {
        Some(p) => case.model.presets[p].text.title.to_string(),
        None => {
            let changes = scenario_changes(case, scenario);
            if changes.is_empty() {
                case.meta.ui.share.as_in_2025.to_string()
            } else {
                changes.join(&case.meta.ui.punctuation.clauses)
            }
        }
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
    let s = &case.steps[step];
    let words = &case.meta.ui.download;
    let mut paragraphs: Vec<&str> = s
        .data
        .claims
        .iter()
        .flat_map(|c| case.claims[c.id()].data.paragraphs.iter().map(|p| p.as_ref()))
        .collect();
    paragraphs.sort_by_key(|p| p.trim_start_matches('P').parse::<u32>().unwrap_or(0));
    paragraphs.dedup();
    let source = fill(
        &words.source,
        &[
            ("n", &(step.index() + 1).to_string()),
            ("step", &s.text.title),
            ("paragraphs", &paragraphs.join(&case.meta.ui.punctuation.list)),
        ],
    );
    let caption = Caption {
        title: &case.view_text(drawing.kind).title,
        scenario: &fill(&words.scenario, &[("name", &scenario_assumes(case, scenario))]),
        source: &source,
    };
    standalone(drawing, &caption, style)
}

/// "Step 12 of 16": where `step` sits in the walkthrough, in words.
pub fn progress(case: &Case, step: StepId) -> String {
    fill(
        &case.meta.ui.progress,
        &[
            ("n", &(step.index() + 1).to_string()),
            ("total", &case.steps.len().to_string()),
        ],
    )
}

/// The type of the message an embedded page posts to its host with its height (`src/frame.rs`), which the embed
/// code listens for.
pub const HEIGHT_MESSAGE: &str = "ai-gambit:height";

/// The code that embeds `src` in another page: an `<iframe>` titled `title`, `height` pixels tall until it says
/// otherwise, and the script that sets its height from the messages of type `message` it posts. Both values are
/// escaped for their attributes.
pub fn embed_code_for(src: &str, title: &str, message: &str, height: u32) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" style=\"border:0\" loading=\"lazy\"></iframe>\n\
         <script>addEventListener(\"message\",e=>{{if(e.data&&e.data.type===\"{message}\")\
         for(const f of document.querySelectorAll(\"iframe\"))if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\"}})</script>",
        escape(src),
        escape(title)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_code_escapes_its_attributes() {
        let code = embed_code_for("https://x.test/?a=1&b=\"2\"", "Tom & \"Jerry\" <3", "kind:height", 700);
        assert!(
            code.starts_with(
                "<iframe src=\"https://x.test/?a=1&amp;b=&quot;2&quot;\" title=\"Tom &amp; &quot;Jerry&quot; &lt;3\""
            ),
            "{code}"
        );
        assert!(code.contains("e.data.type===\"kind:height\""), "{code}");
        assert!(code.contains("height=\"700\""), "{code}");
    }

    #[test]
    fn a_csv_field_is_quoted_only_when_it_must_be() {
        assert_eq!(csv_field("plain text"), "plain text");
        assert_eq!(csv_field("P20, P23"), "\"P20, P23\"");
        assert_eq!(csv_field("a \"quote\""), "\"a \"\"quote\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
    }
}
