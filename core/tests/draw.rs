//! The drawings (`gambit_core::draw`): every picture step draws, in both languages, for the defaults, every preset
//! and every single change from them; its moving shapes keep one structure (the app binds them by position); the
//! markup is well-formed SVG; and what a drawing shows follows the scenario it was given.

use std::path::Path;
use std::sync::LazyLock;

use gambit_core::content::{ContentFiles, Step, Table, ViewKind, LANGUAGES};
use gambit_core::draw::{draw, influence, is_drawn, map_links, Drawing, Fixed, Shape, Still};
use gambit_core::model::{evaluate, single_changes, OutcomeValue, Scenario};
use gambit_core::Case;

/// The shipped case in every language, loaded once.
fn cases() -> &'static [Case] {
    static CASES: LazyLock<Vec<Case>> = LazyLock::new(|| {
        let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
        LANGUAGES.iter().map(|lang| Case::load(&files, lang).unwrap()).collect()
    });
    &CASES
}

/// The defaults, every preset, and every single change from the defaults, each with a name for messages.
fn scenarios(case: &Case) -> Vec<(String, Scenario)> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    let mut all = vec![("defaults".to_string(), defaults.clone())];
    for (id, preset) in model.presets.with_ids() {
        all.push((format!("preset {}", preset.data.id), Scenario::preset(model, id)));
    }
    for change in single_changes(model, &defaults) {
        all.push((format!("{change:?}"), change.apply(&defaults)));
    }
    all
}

fn picture_steps(case: &Case) -> impl Iterator<Item = &Step> {
    case.steps.iter().filter(|s| is_drawn(s.data.view))
}

/// A shape's structure: its tag, its attributes' names and its children's structures.
fn structure(shape: &Shape) -> String {
    let names: Vec<&str> = shape.attrs.iter().map(|(n, _)| *n).collect();
    let children: Vec<String> = shape.children.iter().map(structure).collect();
    format!("{:?}{names:?}[{}]", shape.tag, children.join(","))
}

fn drawn(case: &Case, step: &Step, scenario: &Scenario) -> Drawing {
    draw(case, step, &Fixed::new(case, scenario), Still::written())
        .unwrap_or_else(|| panic!("{}: step {} draws nothing", case.lang, step.data.id))
}

/// Every shape with class `class`, at any depth.
fn with_class<'a>(shapes: &'a [Shape], class: &str, out: &mut Vec<&'a Shape>) {
    for shape in shapes {
        if shape.attr("class") == Some(class) {
            out.push(shape);
        }
        with_class(&shape.children, class, out);
    }
}

fn one<'a>(drawing: &'a Drawing, class: &str) -> &'a Shape {
    let mut found = Vec::new();
    with_class(&drawing.moving, class, &mut found);
    assert_eq!(
        found.len(),
        1,
        "{:?}: one `{class}`, found {}",
        drawing.kind,
        found.len()
    );
    found[0]
}

fn number(shape: &Shape, attr: &str) -> i32 {
    shape
        .attr(attr)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no number `{attr}` in {shape:?}"))
}

#[test]
fn every_picture_step_keeps_one_structure_in_every_scenario() {
    for case in cases() {
        for step in picture_steps(case) {
            let first = drawn(case, step, &Scenario::defaults(&case.model));
            let expected: Vec<String> = first.moving.iter().map(structure).collect();
            for (name, scenario) in scenarios(case) {
                let d = drawn(case, step, &scenario);
                let got: Vec<String> = d.moving.iter().map(structure).collect();
                assert_eq!(got, expected, "{}: step {} under {name}", case.lang, step.data.id);
                assert_eq!(
                    d.still, first.still,
                    "{}: step {} under {name}: the still part moved",
                    case.lang, step.data.id
                );
                assert_eq!(
                    (d.width, d.height),
                    (first.width, first.height),
                    "{}: step {}",
                    case.lang,
                    step.data.id
                );
                assert!(
                    !d.desc.contains('{'),
                    "{}: step {}: unfilled placeholder in {:?}",
                    case.lang,
                    step.data.id,
                    d.desc
                );
                // What the app draws again at a flip: the same drawing, without the still part it already shows.
                let again = draw(case, step, &Fixed::new(case, &scenario), Still::skipped()).unwrap();
                assert!(
                    !d.still.is_empty() && again.still.is_empty(),
                    "{}: step {}",
                    case.lang,
                    step.data.id
                );
                assert_eq!(
                    Drawing {
                        still: d.still.clone(),
                        ..again
                    },
                    d,
                    "{}: step {} under {name}: skipping the still part changed the rest",
                    case.lang,
                    step.data.id
                );
            }
        }
    }
}

#[test]
fn exactly_the_views_said_to_be_drawn_draw() {
    let case = &cases()[0];
    let defaults = Scenario::defaults(&case.model);
    for step in case.steps.iter() {
        assert_eq!(
            draw(case, step, &Fixed::new(case, &defaults), Still::skipped()).is_some(),
            is_drawn(step.data.view),
            "step {}",
            step.data.id
        );
    }
}

#[test]
fn every_drawing_is_well_formed_svg_inside_its_view_box() {
    for case in cases() {
        for step in picture_steps(case) {
            let d = drawn(case, step, &Scenario::defaults(&case.model));
            let markup = d.svg(case, &step.data.id);
            let xml = markup.replacen("<svg ", r#"<svg xmlns="http://www.w3.org/2000/svg" "#, 1);
            let doc = roxmltree::Document::parse(&xml)
                .unwrap_or_else(|e| panic!("{}: step {}: {e}\n{markup}", case.lang, step.data.id));
            let root = doc.root_element();
            assert_eq!(
                root.attribute("viewBox"),
                Some(format!("0 0 {} {}", d.width, d.height).as_str())
            );
            let (title, desc) = d.ids(&step.data.id);
            assert_eq!(root.attribute("aria-labelledby"), Some(title.as_str()));
            assert_eq!(root.attribute("aria-describedby"), Some(desc.as_str()));
            for node in root.descendants().filter(|n| n.is_element()) {
                for (attr, limit) in [("x", d.width), ("cx", d.width), ("y", d.height), ("cy", d.height)] {
                    if let Some(v) = node.attribute(attr).and_then(|v| v.parse::<i32>().ok()) {
                        assert!(
                            (0..=limit).contains(&v),
                            "{}: step {}: <{} {attr}={v}> outside the view box",
                            case.lang,
                            step.data.id,
                            node.tag_name().name()
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn gauges_show_the_compute_outcome() {
    let case = &cases()[0];
    let compute = case.anchors.compute.id();
    let gauges: Vec<&Step> = picture_steps(case)
        .filter(|s| matches!(s.data.view, ViewKind::Chips | ViewKind::OrgMap))
        .collect();
    assert!(gauges.len() >= 2, "the chips and org-map steps");
    let mut seen = std::collections::BTreeSet::new();
    for step in gauges {
        for (name, scenario) in scenarios(case) {
            let value = evaluate(&case.model, &scenario)[compute].value;
            seen.insert(value);
            let d = drawn(case, step, &scenario);
            assert_eq!(
                number(one(&d, "pool-gauge"), "data-value"),
                value,
                "step {} under {name}",
                step.data.id
            );
            let (level, frame) = (one(&d, "pool-level"), one(&d, "pool-frame"));
            let full = number(frame, "height");
            assert!(
                number(level, "height").abs_diff(full * value / 100) <= 2,
                "step {} under {name}: level {} for {value} of {full}",
                step.data.id,
                number(level, "height")
            );
            // The level sits on the frame's floor.
            assert_eq!(
                number(level, "y") + number(level, "height"),
                number(frame, "y") + full,
                "step {} under {name}",
                step.data.id
            );
        }
    }
    assert!(seen.len() > 2, "the scenarios tried move compute: {seen:?}");
}

/// A scenario's scene with the compute outcome forced to `compute`: the tank drawn at every level, not only the
/// levels the model reaches.
struct ComputeAt<'a> {
    fixed: Fixed<'a>,
    compute: gambit_core::content::OutcomeId,
    value: i32,
}

impl gambit_core::draw::Scene for ComputeAt<'_> {
    fn option(&self, assumption: gambit_core::content::AssumptionId) -> gambit_core::content::OptionId {
        self.fixed.option(assumption)
    }
    fn slider(&self, slider: gambit_core::content::SliderId) -> i32 {
        self.fixed.slider(slider)
    }
    fn outcome<R>(&self, outcome: gambit_core::content::OutcomeId, f: impl FnOnce(&OutcomeValue) -> R) -> R {
        if outcome == self.compute {
            f(&OutcomeValue {
                value: self.value,
                causes: Vec::new(),
            })
        } else {
            self.fixed.outcome(outcome, f)
        }
    }
}

/// The compute tank's number is inside its water, just under the surface, or, where the water is too low to hold
/// its digits (about 14 units tall at 18, no descenders), on the floor across the surface; never in the empty tank
/// above the water, where it read as floating (the teacher's try 5, nit 8; the journalist's try 5, nit 4). Every
/// level from empty to full, and every scenario's.
#[test]
fn the_tank_number_sits_in_its_water() {
    const DIGITS: i32 = 14;
    let case = &cases()[0];
    let chips = picture_steps(case)
        .find(|s| s.data.view == ViewKind::Chips)
        .expect("a chips step");
    let defaults = Scenario::defaults(&case.model);
    let mut checked = std::collections::BTreeSet::new();
    let mut check = |name: &str, d: &Drawing| {
        let (frame, level) = (one(d, "pool-frame"), one(d, "pool-level"));
        let (surface, baseline) = (number(level, "y"), number(one(d, "pool-value"), "y"));
        let floor = number(frame, "y") + number(frame, "height");
        let depth = floor - surface;
        checked.insert(depth);
        assert!(
            baseline - DIGITS >= number(frame, "y") && baseline <= floor,
            "{name}: the number at {baseline} is outside the tank"
        );
        if depth >= DIGITS + 6 {
            assert!(
                baseline - DIGITS >= surface,
                "{name}: the number's digits (from {}) stick out of the water at {surface}",
                baseline - DIGITS
            );
        } else {
            assert!(
                baseline - DIGITS <= surface && baseline + 4 >= surface,
                "{name}: water {depth} deep: the number at {baseline} is not across its surface at {surface}"
            );
        }
    };
    for value in 0..=100 {
        let scene = ComputeAt {
            fixed: Fixed::new(case, &defaults),
            compute: case.anchors.compute.id(),
            value,
        };
        let d = draw(case, chips, &scene, Still::written()).expect("the chips step draws");
        assert_eq!(number(one(&d, "pool-gauge"), "data-value"), value);
        check(&format!("compute {value}"), &d);
    }
    for (name, scenario) in scenarios(case) {
        check(&name, &drawn(case, chips, &scenario));
    }
    assert!(
        checked.contains(&0) && checked.contains(&200),
        "empty and full were drawn: {checked:?}"
    );
}

#[test]
fn the_spending_bar_follows_the_slider() {
    let case = &cases()[0];
    let step = picture_steps(case)
        .find(|s| s.data.view == ViewKind::Spending)
        .expect("a spending step");
    let s = case.anchors.spending.id();
    let d = &case.model.sliders[s].data;
    let mut widths = Vec::new();
    for value in d.min..=d.max {
        let mut scenario = Scenario::defaults(&case.model);
        scenario[s] = value;
        widths.push(number(one(&drawn(case, step, &scenario), "bar-fill"), "width"));
    }
    assert_eq!(widths.first(), Some(&0), "the minimum draws an empty bar");
    assert!(
        widths.windows(2).all(|w| w[0] < w[1]),
        "widths grow with spending: {widths:?}"
    );
}

#[test]
fn the_map_fades_every_link_but_the_focused_controls() {
    let case = &cases()[0];
    let defaults = Scenario::defaults(&case.model);
    let scene = Fixed::new(case, &defaults);
    let links = map_links(case);
    let faded = |d: &Drawing| {
        d.moving
            .iter()
            .filter(|s| s.attr("class").is_some_and(|c| c.ends_with(" faded")))
            .count()
    };
    assert_eq!(faded(&influence(case, &scene, None, Still::skipped())), 0);
    for control in links.iter().map(|l| l.from) {
        let own = links.iter().filter(|l| l.from == control).count();
        assert_eq!(
            faded(&influence(case, &scene, Some(control), Still::skipped())),
            links.len() - own,
            "{control:?}"
        );
    }
}

/// Every `<text>` of class `class` in `markup`: its x, its y and its words.
fn texts_of_class(markup: &str, class: &str) -> Vec<(i32, i32, String)> {
    let attr = |tag: &str, name: &str| -> i32 {
        let tag = format!(" {tag}");
        let from = tag.find(&format!(" {name}=\"")).expect("attribute") + name.len() + 3;
        tag[from..].split('"').next().unwrap().parse().unwrap()
    };
    markup
        .split("<text ")
        .skip(1)
        .filter(|t| t.split('>').next().unwrap().contains(&format!("class=\"{class}\"")))
        .map(|t| {
            let (tag, rest) = t.split_once('>').unwrap();
            (
                attr(tag, "x"),
                attr(tag, "y"),
                rest.split("</text>").next().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn no_threshold_number_on_the_map_is_drawn_over_another() {
    // A digit of the labels' 12-pixel type is about 7 units wide; two labels on one line must stand apart by at
    // least half of each one's width.
    const DIGIT: i32 = 7;
    for case in cases() {
        let defaults = Scenario::defaults(&case.model);
        let map = influence(case, &Fixed::new(case, &defaults), None, Still::written());
        let labels = texts_of_class(&map.still, "threshold-label");
        assert!(!labels.is_empty(), "{}: the map draws no threshold", case.lang);
        for (i, a) in labels.iter().enumerate() {
            for b in &labels[i + 1..] {
                let room = (a.2.chars().count() + b.2.chars().count()) as i32 * DIGIT / 2;
                assert!(
                    a.1 != b.1 || (a.0 - b.0).abs() >= room,
                    "{}: threshold labels {a:?} and {b:?} overlap",
                    case.lang
                );
            }
        }
    }
}

#[test]
fn every_drawn_step_has_its_view_for_the_readable_page() {
    // A step's readable page is the app's render (`src/prerender.rs`), which draws what `draw` gives it; the
    // e2e test `e2e/prerender.test.mjs` finds each drawn step's chart in its page.
    for case in cases() {
        let scenario = Scenario::defaults(&case.model);
        for step in case.steps.iter() {
            let drawing = draw(case, step, &Fixed::new(case, &scenario), Still::written());
            assert_eq!(
                drawing.is_some(),
                is_drawn(step.data.view),
                "{}: step {}",
                case.lang,
                step.data.id
            );
        }
    }
}

#[test]
fn a_files_style_is_the_apps_chart_rules_with_light_colours() {
    let css = ":root { --bg: light-dark(#fff, #000); --water: light-dark(#38f, #26a); --water-line: #15a; }\n\
        /* a comment { with braces } */ body { color: red; }\n\
        svg .pool-level { fill: var(--water); stroke: var(--water-line); }\n\
        @media (max-width: 40rem) { svg .pool-level { fill: green; } }\n\
        .panel, svg text { fill: var(--bg); }";
    let style = gambit_core::draw::file_style(css);
    assert!(
        style.starts_with("svg .pool-level{fill: #38f; stroke: #15a;}.panel, svg text{fill: #fff;}"),
        "{style}"
    );
    assert!(
        !style.contains("green") && !style.contains("red") && !style.contains("comment"),
        "{style}"
    );
    // The app's own stylesheet: every variable resolved, the charts' rules there.
    let main = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../style/main.css")).unwrap();
    let style = gambit_core::draw::file_style(&main);
    assert!(!style.contains("var(") && !style.contains("light-dark"), "{style}");
    for rule in [
        "svg .pool-level{",
        "svg .influence.up{",
        "svg .bar-fill{",
        "svg .file-title{",
    ] {
        assert!(style.contains(rule), "no `{rule}` in {style}");
    }
}

#[test]
fn wrapped_lines_fit_and_keep_every_word() {
    let wrap = gambit_core::draw::wrap;
    let text = "Growing pains inside the kingdoms, and a very long word: supercalifragilistic";
    let lines = wrap(text, 300, 20);
    assert!(lines.len() > 1, "{lines:?}");
    assert_eq!(lines.join(" "), text);
    // 0.6 em a letter: 300 px at 20 px is 25 letters.
    assert!(
        lines.iter().all(|l| l.chars().count() <= 25 || !l.contains(' ')),
        "{lines:?}"
    );
    // Chinese breaks between characters, a character 1 em wide: 10 to a 200-px line at 20 px.
    let chinese = "芯片“卡脖子”是字节跳动最大的外部约束之一";
    let lines = wrap(chinese, 200, 20);
    assert_eq!(lines.concat(), chinese);
    assert!(lines.iter().all(|l| l.chars().count() <= 10), "{lines:?}");
    // A full stop or comma never begins a line.
    for width in 60..240 {
        let lines = wrap("图中如有分数，均来自示意模型，并非预测。", width, 20);
        assert!(
            lines.iter().skip(1).all(|l| !l.starts_with(['。', '，'])),
            "{width} px: {lines:?}"
        );
    }
}

/// A caption wrapped for a saved figure never ends a line on opening punctuation, nor starts one on closing
/// punctuation (Chinese review 28, N12): every split point of a Chinese caption narrow enough to break at each
/// character is checked.
#[test]
fn wrapped_captions_keep_punctuation_with_its_character() {
    let text = "出自《AI豪赌》第2步（“独立王国”）。图中如有分数，均来自示意模型，并非预测。";
    for width in 20..200 {
        let lines = gambit_core::draw::wrap(text, width, 12);
        assert_eq!(
            lines.concat().replace(' ', ""),
            text.replace(' ', ""),
            "width {width}: {lines:?}"
        );
        for pair in lines.windows(2) {
            let end = pair[0].trim_end().chars().last().unwrap_or(' ');
            let start = pair[1].chars().next().unwrap_or(' ');
            assert!(
                !"“‘《（「".contains(end),
                "width {width}: a line ends on {end}: {lines:?}"
            );
            assert!(
                !"。，、；：！？）」》”’".contains(start),
                "width {width}: a line starts on {start}: {lines:?}"
            );
        }
    }
}
