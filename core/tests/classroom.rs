//! What a teacher hands out names its scenario: a saved chart says what the reader's own scenario changes from
//! 2025 (in both languages, from the content's words), never just "a scenario of your own", and its file is named
//! by the link's keys.

use std::path::Path;

use gambit_core::content::{AssumptionId, ContentFiles};
use gambit_core::draw::{draw, Fixed, Still};
use gambit_core::markup::{chart_file, file_name, scenario_assumes, scenario_changes};
use gambit_core::model::Scenario;
use gambit_core::phrase::fill;
use gambit_core::url::parse;
use gambit_core::Case;

fn case(lang: &str) -> Case {
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    Case::load(&files, lang).unwrap()
}

#[test]
fn a_scenario_of_ones_own_is_named_by_what_it_changes() {
    for lang in ["en", "zh-Hans"] {
        let case = case(lang);
        let model = &case.model;
        let ui = &case.meta.ui;
        let (state, notices) = parse("?chips=domestic&tiktok=divestiture", &case);
        assert!(notices.is_empty(), "{lang}: {notices:?}");
        let scenario = state.scenario;
        assert_eq!(scenario.matching_preset(model), None, "{lang}: not a named scenario");
        let chips = model.assumption_by_key("chips").unwrap();
        let tiktok = model.assumption_by_key("tiktok").unwrap();
        let words = |a: AssumptionId| {
            let a = &model.assumptions[a];
            let option = a
                .option_by_key(if a.data.id == "chips" {
                    "domestic"
                } else {
                    "divestiture"
                })
                .unwrap();
            fill(
                &ui.punctuation.to,
                &[("from", &a.text.label), ("to", &a.option_text(option).label)],
            )
        };
        assert_eq!(
            scenario_changes(&case, &scenario),
            vec![words(chips), words(tiktok)],
            "{lang}"
        );
        let assumes = scenario_assumes(&case, &scenario);
        assert_eq!(
            assumes,
            format!("{}{}{}", words(chips), ui.punctuation.clauses, words(tiktok)),
            "{lang}"
        );
        assert!(!assumes.contains(ui.share.own_scenario.as_ref()), "{lang}: {assumes}");
        // The saved chart says it.
        let step = case.step_by_key("chip-chokehold").unwrap();
        let drawing = draw(
            &case,
            &case.steps[step],
            &Fixed::new(&case, &scenario),
            Still::written(),
        )
        .unwrap();
        let svg = chart_file(&case, step, &scenario, &drawing, "");
        assert!(
            svg.contains(&*gambit_core::phrase::escape(&words(chips))),
            "{lang}: the chart does not name the chips"
        );
        assert!(
            !svg.contains(&*gambit_core::phrase::escape(&ui.share.own_scenario)),
            "{lang}: {}",
            ui.share.own_scenario
        );
        // Its file is named by the link's keys, in either language.
        assert_eq!(
            file_name(&case, step, &scenario, "png"),
            "ai-gambit-chip-chokehold-chips-domestic-tiktok-divestiture.png"
        );
        // A slider too.
        let capex = model.slider_by_key("capex").unwrap();
        let mut moved = Scenario::defaults(model);
        let d = &model.sliders[capex].data;
        moved[capex] = if d.default + d.step <= d.max {
            d.default + d.step
        } else {
            d.default - d.step
        };
        assert!(
            file_name(&case, step, &moved, "svg").ends_with(&format!("capex-{}.svg", moved[capex])),
            "{lang}"
        );
        assert_eq!(scenario_changes(&case, &moved).len(), 1, "{lang}");
        // A named scenario keeps its name; the 2025 picture changes nothing.
        let preset = model.preset_by_key("decoupling").unwrap();
        assert_eq!(
            scenario_assumes(&case, &Scenario::preset(model, preset)),
            model.presets[preset].text.title.as_ref()
        );
        assert!(scenario_changes(&case, &Scenario::defaults(model)).is_empty(), "{lang}");
    }
}
