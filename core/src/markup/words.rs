//! The words of causes, conditions, pressures, changes and scenarios, and the endings' list built from them.

use std::fmt::Write;

use crate::content::{Case, PredictionData, PressureCondition, Requirement, Table, Text, Threshold, Way};
use crate::model::{Cause, Change, Scenario};
use crate::phrase::{alternatives, change, cites, escape, fill, fill_value, labelled, points};

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
                Some(v) => labelled(case, &slider.label, &fill_value(&slider.value, v)),
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

/// A condition an ending requires, in words: an option ("Research culture set to “Holds up”"), a slider's bound
/// ("Capital spending on AI at least $20 billion a year"), or any of those, each enough ("… or …").
pub fn requirement_words(case: &Case, requirement: &Requirement) -> String {
    let how = &case.meta.ui.how;
    let model = &case.model;
    let ways: Vec<String> = requirement
        .ways()
        .map(|way| match way {
            Way::Option { assumption, option } => {
                let (assumption, option) = model.option_labels(assumption, option);
                fill(&how.set_to, &[("assumption", assumption), ("option", option)])
            }
            Way::Slider { slider, at_least } => {
                let slider = &model.sliders[slider].text;
                fill(
                    &how.slider_at_least,
                    &[
                        ("slider", &slider.label),
                        ("value", &fill_value(&slider.value, at_least)),
                    ],
                )
            }
        })
        .collect();
    alternatives(case, &ways)
}

/// The line over a question's "before" picture (the worksheet's, and a held-back step's on screen): before the change
/// `prediction` asks about, its assumption has the option `from` gives it ("Before the change: Chip access is “Domestic
/// chips only”. …"); `from` is the scenario the question flips from ([`crate::predict::asked_from`]).
pub fn before_words(case: &Case, prediction: &PredictionData, from: &Scenario) -> String {
    let assumption = prediction.assumption.id();
    let (label, option) = case.model.option_labels(assumption, from[assumption]);
    fill(
        &case.meta.ui.share.worksheet_before,
        &[("assumption", label), ("option", option)],
    )
}

/// A condition of an ending in words, with the outcome's 2025 value: "Compute access at least 62 (55 in 2025)".
/// Two bounds on one outcome read as one range, the outcome and its 2025 value said once: "Trust abroad at least 15
/// and below 30 (30 in 2025)"; review 15 found the two bounds listed apart, label and baseline repeated. Every
/// number is the data's own bound, in the words of the model's own comparison (`at_least` holds at the value,
/// `below` does not): review 20 (M1) found the range's upper number one less than the data's, inclusive, under a
/// template that read it as exclusive, so that the line said 29 failed a condition 29 meets.
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
    match (threshold.at_least, threshold.below) {
        (Some(low), Some(below)) if below - 1 > low => fill(
            &how.between,
            &[
                ("outcome", label),
                ("low", &low.to_string()),
                ("below", &below.to_string()),
                ("base", &base),
            ],
        ),
        (at_least, below) => at_least
            .map(|v| words(&how.at_least, v))
            .into_iter()
            .chain(below.map(|v| words(&how.below, v)))
            .collect::<Vec<_>>()
            .join(&case.meta.ui.punctuation.list),
    }
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
            settings.push(change(case, &assumption.text.label, &alternatives(case, &options)));
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
            (s.text.label.to_string(), fill_value(&s.text.value, value))
        }
    };
    change(case, &control, &value)
}

/// How far the compared scenario's value `other` is from yours, `yours`, in the compare table's words: shown ("25
/// higher", 「高25分」) and heard ("25 higher than in your scenario"); `None` where they are the same. A bare "+25"
/// beside "55" read to students as a score to add.
pub fn compare_delta_words(case: &Case, yours: i32, other: i32) -> Option<[String; 2]> {
    let share = &case.meta.ui.share;
    let [shown, heard] = match other.cmp(&yours) {
        std::cmp::Ordering::Equal => return None,
        std::cmp::Ordering::Greater => [&share.higher, &share.higher_heard],
        std::cmp::Ordering::Less => [&share.lower, &share.lower_heard],
    };
    let n = (other - yours).unsigned_abs().to_string();
    Some([shown, heard].map(|t| fill(t, &[("n", &n)])))
}

/// One outcome that differs, read from the reader's scenario to the compared one: "30 in yours, 55 in the other
/// (+25)", 「你的情景为30，对比情景为55（+25分）」, the same words in the compare page's notes and in what it
/// announces. The change is in points, with the language's minus sign (「−25分」, not 「-25」 beside Chinese text).
pub fn difference_words(case: &Case, yours: i32, other: i32) -> String {
    fill(
        &case.meta.ui.share.difference,
        &[
            ("in_yours", &yours.to_string()),
            ("in_other", &other.to_string()),
            ("delta", &points(case, other - yours)),
        ],
    )
}

/// A scenario's name in words: its preset's title, or the words for a scenario of the reader's own.
pub fn scenario_name<'a>(case: &'a Case, scenario: &Scenario) -> &'a str {
    scenario
        .matching_preset(&case.model)
        .map_or(&case.meta.ui.share.own_scenario, |p| &case.model.presets[p].text.title)
}

/// What `scenario` changes from the 2025 picture, one item per assumption and slider away from its default, in the
/// model's order, each written as the levers write a setting ("Chip access → Domestic chips only",
/// 「芯片获取→仅国产芯片」), so the line that names them has one colon of its own. Empty for the 2025 picture itself.
pub fn scenario_changes(case: &Case, scenario: &Scenario) -> Vec<String> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    let options = model
        .assumptions
        .with_ids()
        .filter(|&(x, _)| scenario[x] != defaults[x])
        .map(|(x, a)| change(case, &a.text.label, &a.option_text(scenario[x]).label));
    let sliders = model
        .sliders
        .with_ids()
        .filter(|&(x, _)| scenario[x] != defaults[x])
        .map(|(x, s)| change(case, &s.text.label, &fill_value(&s.text.value, scenario[x])));
    options.chain(sliders).collect()
}

/// What a saved file says its scenario is: a named scenario's title, or what one of the reader's own changes from
/// 2025 ("Chip access → Domestic chips only; TikTok in the US → Banned"), never just "a scenario of your own".
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
