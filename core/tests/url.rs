//! Shared links: canonical round trip, lenient reading, and no panic on hostile input.

use std::path::Path;

use gambit_core::content::ContentFiles;
use gambit_core::url::{decode, encode, parse, write, LinkNotice, LinkState};
use gambit_core::Case;

fn case() -> Case {
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    Case::load(&files, "en").unwrap()
}

#[test]
fn a_link_opens_its_step_and_scenario() {
    let case = case();
    let (state, notices) = parse("?step=independent-kingdoms&chips=domestic", &case);
    assert!(notices.is_empty());
    let chips = case.model.assumption_index("chips").unwrap();
    assert_eq!(
        case.model.assumptions[chips].data.options[state.scenario.choices[chips]],
        "domestic"
    );
    assert_eq!(write(&state, &case), "?step=independent-kingdoms&chips=domestic");
}

#[test]
fn every_state_round_trips() {
    let case = case();
    for step in 0..case.steps.len() {
        for (a, assumption) in case.model.assumptions.iter().enumerate() {
            for option in 0..assumption.data.options.len() {
                let mut state = LinkState::start(&case);
                state.step = step;
                state.scenario.choices[a] = option;
                let query = write(&state, &case);
                assert_eq!(parse(&query, &case), (state, vec![]), "{query}");
            }
        }
    }
}

#[test]
fn defaults_are_left_out_and_unknown_keys_ignored() {
    let case = case();
    assert_eq!(
        write(&LinkState::start(&case), &case),
        format!("?step={}", case.steps[0].data.id)
    );
    let (state, notices) = parse("utm_source=mail&chips=compliant&&=&x", &case);
    assert_eq!(state, LinkState::start(&case));
    assert!(notices.is_empty());
}

#[test]
fn sliders_round_trip_and_values_off_the_scale_fall_back() {
    let case = case();
    let capex = case.model.slider_index("capex").unwrap();
    let (state, notices) = parse("step=cost-of-ambition&capex=35", &case);
    assert!(notices.is_empty());
    assert_eq!(state.scenario.sliders[capex], 35);
    assert_eq!(write(&state, &case), "?step=cost-of-ambition&capex=35");
    for bad in ["capex=400", "capex=-3", "capex=2.5", "capex=twenty", "capex="] {
        let (state, notices) = parse(bad, &case);
        assert_eq!(state, LinkState::start(&case), "{bad}");
        assert_eq!(notices.len(), 1, "{bad}");
    }
}

#[test]
fn invalid_values_fall_back_and_are_reported() {
    let case = case();
    let (state, notices) = parse("?chips=%3Cscript%3E&step=nowhere", &case);
    assert_eq!(state, LinkState::start(&case));
    assert_eq!(
        notices,
        vec![
            LinkNotice {
                key: "chips".into(),
                value: "<script>".into()
            },
            LinkNotice {
                key: "step".into(),
                value: "nowhere".into()
            },
        ]
    );
}

#[test]
fn percent_coding_round_trips_and_tolerates_broken_escapes() {
    for text in ["plain", "a b&c=d", "é 中文", "100%", "%%", "%4", "%zz"] {
        assert_eq!(decode(&encode(text)), text);
    }
    assert_eq!(decode("%4"), "%4");
    assert_eq!(decode("%zz%41+b"), "%zzA b");
    assert_eq!(decode("%FF"), "\u{FFFD}");
}

#[test]
fn hostile_queries_never_panic() {
    let case = case();
    let long = "chips=".to_string() + &"x".repeat(20_000);
    let many = "a=b&".repeat(10_000);
    let multibyte = "step=".to_string() + &"é".repeat(5_000);
    for query in [
        long.as_str(),
        many.as_str(),
        multibyte.as_str(),
        "%",
        "?&&&",
        "step=%E2%82",
        "=%=%=",
        "?step",
    ] {
        let (state, notices) = parse(query, &case);
        assert!(state.step < case.steps.len());
        assert!(notices.iter().all(|n| n.value.len() <= 80));
    }
}
