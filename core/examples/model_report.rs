//! Prints the scenario model over every combination (`cargo xtask model`): each ending's conditions with the
//! paragraphs that name them, how many combinations reach it (no share is a target), its nearest way from the
//! article's present, what it requires and which rules it rests on; then whether each of the article's
//! propositions holds. With `--json`, the same as JSON. With `--scenario QUERY` (a link's query, such as
//! `chips=unrestricted&capex=35`), one scenario instead: each outcome with its base and causes, whether each
//! ending's conditions hold, and the ending it reaches.

use std::fmt::Write;
use std::path::Path;

use gambit_core::calibration::{calibrate, EndingReport, Report};
use gambit_core::content::Table;
use gambit_core::content::{ContentFiles, ModelData, Requirement, Threshold, Way};
use gambit_core::model::{conditions, evaluate, Cause, Change, Scenario, Standing};
use gambit_core::propositions::{change_key, check};
use gambit_core::reach::MAX_CHANGES;
use gambit_core::url;
use gambit_core::Case;

const USAGE: &str = "usage: model_report [--json | --scenario QUERY | --help]
  (none)            every ending over every combination, then the propositions
  --json            the same, as JSON
  --scenario QUERY  one scenario, set as a link's query sets it (chips=unrestricted&capex=35)";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let files = ContentFiles::read_dir(&root).expect("the content folder");
    let case = Case::load(&files, "en").unwrap_or_else(|errors| panic!("the content is broken:\n{errors}"));
    if let Some(at) = args.iter().position(|a| a == "--scenario") {
        let Some(query) = args.get(at + 1) else {
            eprintln!("{USAGE}");
            std::process::exit(2);
        };
        print!("{}", one_scenario(&case, query));
        return;
    }
    let report = calibrate(&case.model);
    if std::env::args().any(|a| a == "--json") {
        println!("{}", json(&case.model, &report));
    } else {
        print!("{}", text(&case.model, &report));
    }
}

/// One scenario, read from a link's query: each outcome's value, its base and what moved it; each ending's
/// conditions, met or not; and the ending the scenario reaches. A setting the link codec cannot use is named.
fn one_scenario(case: &Case, query: &str) -> String {
    let model = &case.model;
    let (state, notices) = url::parse(query.trim_start_matches('?'), case);
    let mut out = String::new();
    for n in &notices {
        let _ = writeln!(out, "ignored: {}={}", n.key, n.value);
    }
    let scenario = &state.scenario;
    let evaluation = evaluate(model, scenario);
    for (o, outcome) in model.outcomes.with_ids() {
        let v = &evaluation.outcomes[o.index()];
        let causes: Vec<String> = v
            .causes
            .iter()
            .map(|c| match *c {
                Cause::Rule(r) => {
                    let r = &model.rules[r].data;
                    format!("{:+} {}{}", r.delta, r.id, if r.ours { " (ours)" } else { "" })
                }
                Cause::Slope { slope, delta, .. } => {
                    let s = &model.slopes[slope].data;
                    format!("{delta:+} {}{}", s.id, if s.ours { " (ours)" } else { "" })
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "{:<14} {:>3} (base {:>3}) {}",
            outcome.data.id,
            v.value,
            outcome.data.base,
            causes.join(", ")
        );
    }
    let values = evaluation.values();
    let standing = Standing::new(model, |a| scenario[a], |s| scenario[s], &values);
    let in_play = standing.pressures;
    let _ = writeln!(
        out,
        "pressures in play: {} ({} named by the article)",
        in_play.all, in_play.named
    );
    for e in model.endings.iter() {
        let held = conditions(e, &standing);
        let names = e
            .data
            .when
            .iter()
            .map(|t| condition(model, t))
            .chain(e.data.requires.iter().map(|q| requirement(model, q)))
            .chain(e.data.pressures.as_ref().map(|_| "pressures".to_string()));
        let marks: Vec<String> = names
            .zip(&held)
            .map(|(n, &h)| format!("{n}: {}", if h { "met" } else { "not met" }))
            .collect();
        let needs = e.data.needs.map_or(String::new(), |n| format!(" (needs {n})"));
        let _ = writeln!(out, "  {}{needs}: {}", e.data.id, marks.join("; "));
    }
    let _ = writeln!(out, "ending: {}", model.endings[evaluation.ending].data.id);
    out
}

fn change(model: &ModelData, c: &Change) -> String {
    change_key(model, c)
}

/// A condition as the file writes it: `compute >= 70 (P20)`.
fn condition(model: &ModelData, t: &Threshold) -> String {
    let outcome = &model.outcomes[t.outcome.id()].data.id;
    let mut parts = Vec::new();
    if let Some(v) = t.at_least {
        parts.push(format!("{outcome} >= {v}"));
    }
    if let Some(v) = t.below {
        parts.push(format!("{outcome} < {v}"));
    }
    format!("{} ({})", parts.join(" and "), t.paragraphs.join(", "))
}

/// A condition an ending requires, as the file writes it: `culture = stronger (P24)`, `research = deepened or
/// capex >= 20 (P11, P23, P24)`.
fn requirement(model: &ModelData, q: &Requirement) -> String {
    let ways: Vec<String> = q
        .ways()
        .map(|way| match way {
            Way::Option { assumption, option } => {
                let assumption = &model.assumptions[assumption];
                format!("{} = {}", assumption.data.id, assumption.option_key(option))
            }
            Way::Slider { slider, at_least } => format!("{} >= {at_least}", model.sliders[slider].data.id),
        })
        .collect();
    format!("{} ({})", ways.join(" or "), q.paragraphs.join(", "))
}

/// The report as text: each ending's conditions and reach ([`ending_text`]), then whether each proposition holds.
fn text(model: &ModelData, report: &Report) -> String {
    let mut out = format!(
        "{} combinations (every option of every assumption, sliders at every step)\n\n",
        report.combinations
    );
    for e in &report.endings {
        out.push_str(&ending_text(model, e));
    }
    let _ = writeln!(
        out,
        "propositions (the article's claims the model must respect; \"ours\": a check of our own design):"
    );
    for p in model.propositions.iter() {
        let verdict = match check(model, &p.data) {
            Ok(()) => "holds".to_string(),
            Err(why) => format!("BROKEN: {why}"),
        };
        let ours = if p.data.ours { ", ours" } else { "" };
        let _ = writeln!(
            out,
            "  {} ({}{ours}): {verdict}",
            p.data.id,
            p.data.paragraphs.join(", ")
        );
    }
    out
}

/// One ending's part of the report: its conditions, the nearest route from the present, what every combination
/// reaching it requires, the narrowest spending bands and the rules it leans on.
fn ending_text(model: &ModelData, e: &EndingReport) -> String {
    let mut out = String::new();
    let data = &model.endings[e.ending].data;
    let _ = writeln!(out, "{}: reached by {} combinations", data.id, e.count);
    let pressures = data.pressures.as_ref().map(|p| {
        let bound = |name: &str, n: Option<u32>| n.map(|n| format!("{name} {n}"));
        let bounds: Vec<String> = [bound(">=", p.at_least), bound("<=", p.at_most)]
            .into_iter()
            .flatten()
            .collect();
        format!(
            "pressures in play {}{}{}",
            bounds.join(" and "),
            p.or_named
                .map(|n| format!(", or named by the article >= {n}"))
                .unwrap_or_default(),
            if p.alone { " (enough alone)" } else { "" }
        )
    });
    let conditions: Vec<String> = data
        .when
        .iter()
        .map(|t| condition(model, t))
        .chain(data.requires.iter().map(|q| requirement(model, q)))
        .chain(pressures)
        .collect();
    let _ = match (conditions.is_empty(), data.needs) {
        (true, _) => writeln!(out, "  conditions: none (the fallback, when no ending above fits)"),
        (false, Some(n)) => writeln!(out, "  conditions, any {n} of: {}", conditions.join("; ")),
        (false, None) => writeln!(out, "  conditions, all of: {}", conditions.join("; ")),
    };
    let nearest = match &e.nearest {
        None => format!("more than {MAX_CHANGES} changes"),
        Some(changes) if changes.is_empty() => "the article's present".to_string(),
        Some(changes) => changes.iter().map(|c| change(model, c)).collect::<Vec<_>>().join(" + "),
    };
    let _ = writeln!(out, "  nearest from the present: {nearest}");
    let requires: Vec<String> = e
        .requires
        .iter()
        .map(|&(a, o)| {
            format!(
                "{}={}",
                model.assumptions[a].data.id,
                model.assumptions[a].option_key(o)
            )
        })
        .collect();
    if !e.shown_as.is_empty() {
        let shown: Vec<String> = e
            .shown_as
            .iter()
            .map(|&(other, n)| format!("{} in {n}", model.endings[other].data.id))
            .collect();
        let _ = writeln!(out, "  met but shown as an ending before it: {}", shown.join(", "));
    }
    let _ = writeln!(
        out,
        "  requires (every combination meeting its conditions): {}",
        if requires.is_empty() {
            "no particular option".into()
        } else {
            requires.join(", ")
        }
    );
    let _ = writeln!(
        out,
        "  with the rules and slopes marked as ours switched off: {} combinations",
        e.without_ours
    );
    for band in &e.narrowest {
        let _ = writeln!(
            out,
            "  narrowest band of {}, everything else held: {}..={} ({})",
            model.sliders[band.slider].data.id,
            band.from,
            band.to,
            options_of(model, &band.scenario)
        );
    }
    let rules: Vec<String> = e
        .rules
        .iter()
        .map(|s| {
            let rule = &model.rules[s.rule].data;
            let ours = if rule.ours { " (ours)" } else { "" };
            format!("{}{ours} {:.0}% (all: {:.0}%)", rule.id, s.in_ending, s.overall)
        })
        .collect();
    let _ = writeln!(out, "  leans on: {}\n", rules.join(", "));
    out
}

fn json(model: &ModelData, report: &Report) -> String {
    let endings: Vec<serde_json::Value> = report
        .endings
        .iter()
        .map(|e| {
            serde_json::json!({
                "ending": model.endings[e.ending].data.id.as_ref(),
                "count": e.count,
                "needs": model.endings[e.ending].data.needs,
                "conditions": model.endings[e.ending].data.when.iter().map(|t| serde_json::json!({
                    "outcome": model.outcomes[t.outcome.id()].data.id.as_ref(),
                    "at_least": t.at_least,
                    "below": t.below,
                    "paragraphs": t.paragraphs.iter().map(|p| p.as_ref()).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "options": model.endings[e.ending].data.requires.iter().map(|q| requirement(model, q)).collect::<Vec<_>>(),
                "nearest": e.nearest.as_ref().map(|cs| cs.iter().map(|c| change(model, c)).collect::<Vec<_>>()),
                "requires": e.requires.iter().map(|&(a, o)| serde_json::json!({
                    "assumption": model.assumptions[a].data.id.as_ref(),
                    "option": model.assumptions[a].option_key(o),
                })).collect::<Vec<_>>(),
                "shown_as": e.shown_as.iter().map(|&(other, n)| serde_json::json!({
                    "ending": model.endings[other].data.id.as_ref(),
                    "count": n,
                })).collect::<Vec<_>>(),
                "without_ours": e.without_ours,
                "narrowest": e.narrowest.iter().map(|b| serde_json::json!({
                    "slider": model.sliders[b.slider].data.id.as_ref(),
                    "from": b.from,
                    "to": b.to,
                    "options": options_of(model, &b.scenario),
                })).collect::<Vec<_>>(),
                "leans_on": e.rules.iter().map(|s| serde_json::json!({
                    "rule": model.rules[s.rule].data.id.as_ref(),
                    "ours": model.rules[s.rule].data.ours,
                    "share_in_ending": s.in_ending,
                    "share_overall": s.overall,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let propositions: Vec<serde_json::Value> = model
        .propositions
        .iter()
        .map(|p| {
            serde_json::json!({
                "proposition": p.data.id.as_ref(),
                "paragraphs": p.data.paragraphs.iter().map(|x| x.as_ref()).collect::<Vec<_>>(),
                "ours": p.data.ours,
                "holds": check(model, &p.data).is_ok(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "combinations": report.combinations,
        "endings": endings,
        "propositions": propositions,
    }))
    .expect("JSON")
}

/// The options of `scenario` that differ from the article's present, as links write them, or "the present's
/// options".
fn options_of(model: &ModelData, scenario: &Scenario) -> String {
    let present = Scenario::defaults(model);
    let changed: Vec<String> = scenario
        .choices()
        .filter(|&(a, o)| present[a] != o)
        .map(|(a, o)| {
            format!(
                "{}={}",
                model.assumptions[a].data.id,
                model.assumptions[a].option_key(o)
            )
        })
        .collect();
    if changed.is_empty() {
        "the present's options".to_string()
    } else {
        changed.join(" + ")
    }
}
