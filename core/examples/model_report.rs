//! Prints the scenario model's calibration (`cargo xtask model`): how often each ending is reached over every
//! combination, its nearest way from the article's present, what it requires and which rules it rests on.
//! With `--json`, the same as JSON.

use std::fmt::Write;
use std::path::Path;

use gambit_core::calibration::{calibrate, Report};
use gambit_core::content::{ContentFiles, ModelData};
use gambit_core::model::Change;
use gambit_core::Case;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let files = ContentFiles::read_dir(&root).expect("the content folder");
    let case = Case::load(&files, "en").unwrap_or_else(|errors| panic!("the content is broken:\n{errors}"));
    let report = calibrate(&case.model);
    if std::env::args().any(|a| a == "--json") {
        println!("{}", json(&case.model, &report));
    } else {
        print!("{}", text(&case.model, &report));
    }
}

fn change(model: &ModelData, c: &Change) -> String {
    match *c {
        Change::Option { assumption, option } => {
            let a = &model.assumptions[assumption];
            format!("{}={}", a.data.id, a.option_key(option))
        }
        Change::Slider { slider, value } => format!("{}={value}", model.sliders[slider].data.id),
    }
}

fn text(model: &ModelData, report: &Report) -> String {
    let mut out = format!(
        "{} combinations (every option of every assumption, sliders at every step)\n\n",
        report.combinations
    );
    for e in &report.endings {
        let data = &model.endings[e.ending].data;
        let _ = writeln!(out, "{:<20} {:>6} {:>5.1}%", data.id, e.count, report.share(e));
        let nearest = match &e.nearest {
            None => "more than two changes".to_string(),
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
        let _ = writeln!(
            out,
            "  requires: {}",
            if requires.is_empty() {
                "no particular option".into()
            } else {
                requires.join(", ")
            }
        );
        let _ = writeln!(
            out,
            "  with the model's own assumptions switched off: {} combinations",
            e.without_ours
        );
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
    }
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
                "share": report.share(e),
                "nearest": e.nearest.as_ref().map(|cs| cs.iter().map(|c| change(model, c)).collect::<Vec<_>>()),
                "requires": e.requires.iter().map(|&(a, o)| serde_json::json!({
                    "assumption": model.assumptions[a].data.id.as_ref(),
                    "option": model.assumptions[a].option_key(o),
                })).collect::<Vec<_>>(),
                "without_ours": e.without_ours,
                "leans_on": e.rules.iter().map(|s| serde_json::json!({
                    "rule": model.rules[s.rule].data.id.as_ref(),
                    "ours": model.rules[s.rule].data.ours,
                    "share_in_ending": s.in_ending,
                    "share_overall": s.overall,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "combinations": report.combinations,
        "endings": endings,
    }))
    .expect("JSON")
}
