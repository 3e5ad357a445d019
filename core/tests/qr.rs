//! The QR code of a link: the SVG the app shows is rasterised here from its own path (not from the matrix) and
//! decoded with `rqrr`, a decoder written apart from the encoder; it must give back the link, exactly.

use std::path::Path;

use gambit_core::content::{ContentFiles, Table};
use gambit_core::model::Scenario;
use gambit_core::qr::{matrix, svg, QUIET_ZONE};
use gambit_core::url::{write, LinkState, Page};
use gambit_core::Case;

/// Pixels per module when rasterising: enough for the decoder to find the finder patterns.
const SCALE: usize = 4;

/// The `viewBox` size and the dark rectangles of a QR SVG, read back from its markup.
fn parse(svg: &str) -> (usize, Vec<(usize, usize, usize)>) {
    let size = svg
        .split("viewBox=\"0 0 ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("a square viewBox");
    let d = svg
        .split(" d=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a path");
    let runs = d
        .split('M')
        .filter(|run| !run.is_empty())
        .map(|run| {
            // "{left} {top}h{run}v1h-{run}z"
            let (left, rest) = run.split_once(' ').expect("left");
            let (top, rest) = rest.split_once('h').expect("top");
            let (width, rest) = rest.split_once("v1h-").expect("width");
            assert_eq!(rest, format!("{width}z"), "each run closes on itself: {run}");
            (left.parse().unwrap(), top.parse().unwrap(), width.parse().unwrap())
        })
        .collect();
    (size, runs)
}

/// What a scanner reads from the SVG: its path drawn black on white, `SCALE` pixels a module, then decoded.
fn scan(svg: &str) -> Vec<String> {
    let (size, runs) = parse(svg);
    let side = size * SCALE;
    let mut pixels = vec![255u8; side * side];
    for (left, top, width) in runs {
        for y in top * SCALE..(top + 1) * SCALE {
            for x in left * SCALE..(left + width) * SCALE {
                pixels[y * side + x] = 0;
            }
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(side, side, |x, y| pixels[y * side + x]);
    image
        .detect_grids()
        .into_iter()
        .map(|grid| grid.decode().expect("the code decodes").1)
        .collect()
}

fn case() -> Case {
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    Case::load(&files, "en").unwrap()
}

/// A link as the app hands it out: absolute, with a step and a scenario that is not the default.
fn link_to(case: &Case, step: usize, preset: usize) -> String {
    let mut link = LinkState::start(case);
    link.step = case.steps.ids().nth(step).unwrap();
    link.scenario = Scenario::preset(&case.model, case.model.presets.ids().nth(preset).unwrap());
    link.page = Page::Walkthrough;
    format!("https://example.org/ai-gambit/{}", write(&link, case))
}

#[test]
fn the_svg_decodes_to_the_link_it_was_made_for() {
    let case = case();
    let link = link_to(&case, 11, 1);
    assert!(
        link.contains("/steps/") && link.contains('&'),
        "a link with a step and a scenario: {link}"
    );
    let code = svg(&link, "Scan to open").unwrap();
    assert_eq!(scan(&code), vec![link]);
}

#[test]
fn a_different_link_gives_a_different_code() {
    let case = case();
    let (one, other) = (link_to(&case, 11, 1), link_to(&case, 11, 2));
    assert_ne!(one, other);
    let other_code = svg(&other, "Scan to open").unwrap();
    assert_ne!(scan(&other_code), vec![one.clone()]);
    assert_ne!(svg(&one, "Scan to open").unwrap(), other_code);
}

#[test]
fn long_links_and_every_step_decode() {
    let case = case();
    for step in 0..case.steps.len() {
        let link = link_to(&case, step, step % case.model.presets.len());
        assert_eq!(scan(&svg(&link, "x").unwrap()), vec![link]);
    }
}

#[test]
fn the_markup_is_crisp_named_and_has_a_quiet_zone() {
    let link = "https://example.org/?step=chip-chokehold&chips=domestic";
    let code = svg(link, "Scan \"this\" <code>").unwrap();
    assert!(code.contains(r#"role="img""#));
    assert!(
        code.contains(r#"aria-label="Scan &quot;this&quot; &lt;code&gt;""#),
        "{code}"
    );
    assert!(code.contains(r#"shape-rendering="crispEdges""#));
    assert_eq!(code.matches("<path").count(), 1, "one path of dark modules");
    let (size, runs) = parse(&code);
    let width = matrix(link).unwrap().width;
    assert_eq!(size, width + 2 * QUIET_ZONE);
    for (left, top, run) in runs {
        assert!(left >= QUIET_ZONE && top >= QUIET_ZONE, "a module in the quiet zone");
        assert!(
            left + run <= QUIET_ZONE + width && top < QUIET_ZONE + width,
            "a module past the code"
        );
    }
    let d = code.split(" d=\"").nth(1).unwrap().split('"').next().unwrap();
    assert!(!d.contains('.'), "integer coordinates only");
}

#[test]
fn too_long_a_link_has_no_code() {
    assert!(svg(&"x".repeat(5000), "x").is_none());
}
