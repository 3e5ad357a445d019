//! Shared links: canonical round trips over generated states, lenient reading of bad values, old forms that keep
//! working, and no panic on random or hostile query strings.

use std::path::Path;
use std::sync::LazyLock;

use gambit_core::content::{ContentFiles, Table};
use gambit_core::model::{evaluate, Scenario};
use gambit_core::url::{
    self, decode, encode, is_link_key, on_origin, parse, read, resolve, split_path, write, Embed, LinkNotice,
    LinkState, Page, Theme, LINK_KEYS, VERSION,
};
use gambit_core::Case;
use proptest::prelude::*;

fn files() -> ContentFiles {
    ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap()
}

/// The shipped case, loaded once for all the tests (and the thousands of property cases) of this file.
fn case() -> &'static Case {
    static CASE: LazyLock<Case> = LazyLock::new(|| Case::load(&files(), "en").unwrap());
    &CASE
}

#[test]
fn a_link_opens_its_step_scenario_and_page() {
    let case = case();
    let (state, notices) = parse("?v=1&step=independent-kingdoms&chips=domestic&page=model", case);
    assert!(notices.is_empty(), "{notices:?}");
    let chips = case.model.assumption_by_key("chips").unwrap();
    assert_eq!(
        case.model.assumptions[chips].option_key(state.scenario[chips]),
        "domestic"
    );
    assert_eq!(state.step, case.step_by_key("independent-kingdoms").unwrap());
    assert_eq!(state.page, Page::Model);
    assert_eq!(
        write(&state, case),
        "?v=1&step=independent-kingdoms&page=model&chips=domestic"
    );
}

#[test]
fn defaults_are_left_out_and_unknown_keys_ignored() {
    let case = case();
    // The first step is the site's root.
    assert_eq!(write(&LinkState::start(case), case), format!("?v={VERSION}"));
    let (state, notices) = parse("utm_source=mail&chips=compliant&&=&x", case);
    assert_eq!(state, LinkState::start(case));
    assert!(notices.is_empty());
}

#[test]
fn old_links_keep_working() {
    // Links from before the version key: the same keys, read the same way.
    let case = case();
    let (state, notices) = parse("?step=chip-chokehold&chips=domestic", case);
    assert!(notices.is_empty());
    assert_eq!(state, parse("?v=1&step=chip-chokehold&chips=domestic", case).0);
    // A renamed step keeps its old id as an alias, so links made before the rename still open it.
    let mut files = files();
    let steps = files.get("data/steps.json").unwrap().replacen(
        r#""id": "frictions","#,
        r#""id": "frictions", "aliases": ["growing-pains"],"#,
        1,
    );
    files.insert("data/steps.json", steps);
    let renamed = Case::load(&files, "en").unwrap();
    let (state, notices) = parse("?step=growing-pains", &renamed);
    assert!(notices.is_empty());
    assert_eq!(renamed.steps[state.step].data.id, "frictions");
    assert_eq!(write(&state, &renamed), "steps/frictions/?v=1");
    // A renamed step's old page path opens it too.
    assert_eq!(read("steps/growing-pains/", &renamed).0.step, state.step);
}

#[test]
fn a_step_of_the_walkthrough_is_at_its_own_page() {
    let case = case();
    let (state, notices) = read("steps/chip-chokehold/?v=1&chips=domestic", case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state, parse("?step=chip-chokehold&chips=domestic", case).0);
    assert_eq!(write(&state, case), "steps/chip-chokehold/?v=1&chips=domestic");
    // The page's own file, and a path without its query, read the same.
    assert_eq!(read("steps/chip-chokehold/index.html", case).0.step, state.step);
    assert_eq!(read("steps/chip-chokehold/", case).0.step, state.step);
    // An old link's step wins over the path's, even with its key percent-encoded (the query reads it decoded), and
    // a path naming no step is reported, never a panic.
    assert_eq!(read("steps/intro/?step=chip-chokehold", case).0.step, state.step);
    let (encoded, notices) = read("steps/nowhere/?st%65p=chip-chokehold", case);
    assert_eq!((encoded.step, notices), (state.step, vec![]));
    let (state, notices) = read("steps/%3Cnowhere%3E/?chips=domestic", case);
    assert_eq!(state.step, LinkState::start(case).step);
    assert_eq!(
        notices,
        vec![LinkNotice {
            key: "step".into(),
            value: "<nowhere>".into()
        }]
    );
    // Other pages stay at the root, with their step in the query.
    let (model, _) = parse("?step=chip-chokehold&page=model", case);
    assert_eq!(write(&model, case), "?v=1&step=chip-chokehold&page=model");
}

#[test]
fn a_page_path_splits_into_the_root_and_the_step_page() {
    for (path, root, rest) in [
        ("/g/steps/chip-chokehold/", "/g/", "steps/chip-chokehold/"),
        (
            "/g/steps/chip-chokehold/index.html",
            "/g/",
            "steps/chip-chokehold/index.html",
        ),
        ("/steps/intro/", "/", "steps/intro/"),
        ("/zh-Hans/steps/intro/", "/zh-Hans/", "steps/intro/"),
        ("/g/", "/g/", ""),
        ("/g/index.html", "/g/", "index.html"),
        ("/", "/", ""),
        ("/a/steps/", "/a/steps/", ""),
        ("", "", ""),
    ] {
        assert_eq!(split_path(path), (root, rest), "{path}");
    }
    // The other language's root, from this one's.
    for (root, relative, resolved) in [
        ("/g/", "zh-Hans/", "/g/zh-Hans/"),
        ("/g/zh-Hans/", "../", "/g/"),
        ("/zh-Hans/", "../", "/"),
        ("/", "../", "/"),
        ("/g/", "./", "/g/"),
        // The site's address (`dist --site-url`), whose host no `../` climbs above.
        ("https://x.test/gambit/", "zh-Hans/", "https://x.test/gambit/zh-Hans/"),
        ("https://x.test/gambit/zh-Hans/", "../", "https://x.test/gambit/"),
        ("https://x.test/zh-Hans/", "../../", "https://x.test/"),
        // A way from a page back to its root, as a native render has it (`../../` on a step's page).
        ("../../", "zh-Hans/", "../../zh-Hans/"),
        ("../../zh-Hans/", "../", "../../"),
        ("../../", "../", "../../../"),
        ("", "zh-Hans/", "zh-Hans/"),
        ("", "../", "../"),
    ] {
        assert_eq!(resolve(root, relative), resolved, "{root} {relative}");
    }
}

#[test]
fn a_link_from_a_newer_version_is_read_as_far_as_possible_and_reported() {
    let case = case();
    let (state, notices) = parse("?v=2&step=chip-chokehold", case);
    assert_eq!(case.steps[state.step].data.id, "chip-chokehold");
    assert_eq!(
        notices,
        vec![LinkNotice {
            key: "v".into(),
            value: "2".into()
        }]
    );
}

#[test]
fn presets_apply_first_and_single_keys_refine_them() {
    let case = case();
    let model = &case.model;
    for (p, preset) in model.presets.with_ids() {
        let (state, notices) = parse(&format!("?preset={}", preset.data.id), case);
        assert!(notices.is_empty());
        assert_eq!(state.scenario, Scenario::preset(model, p));
        assert_eq!(state.scenario.matching_preset(model), Some(p));
    }
    let chips = model.assumption_by_key("chips").unwrap();
    let (a, _) = parse("?chips=compliant&preset=decoupling", case);
    assert_eq!(model.assumptions[chips].option_key(a.scenario[chips]), "compliant");
}

#[test]
fn the_four_presets_lead_to_four_different_endings() {
    let case = case();
    let model = &case.model;
    let endings: Vec<&str> = model
        .presets
        .ids()
        .map(|p| {
            model.endings[evaluate(model, &Scenario::preset(model, p)).ending]
                .data
                .id
                .as_ref()
        })
        .collect();
    assert_eq!(
        endings,
        ["fast-follower", "hemmed-in", "global-contender", "overextended"]
    );
}

#[test]
fn compare_and_embed_links_round_trip() {
    let case = case();
    let query =
        "?v=1&step=tiktok-shadow&page=compare&tiktok=ban&b.chips=unrestricted&b.capex=30&embed=1&controls=0&theme=dark";
    let (state, notices) = parse(query, case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.page, Page::Compare);
    assert_eq!(
        state.embed,
        Some(Embed {
            controls: false,
            theme: Theme::Dark,
            compact: false,
            transparent: false,
        })
    );
    assert_ne!(state.compare, Scenario::defaults(&case.model));
    assert_eq!(write(&state, case), query);
    let (state, _) = parse("?b=detente&page=compare", case);
    assert_eq!(
        state.compare,
        Scenario::preset(&case.model, case.model.preset_by_key("detente").unwrap())
    );
    // `controls=0` or `theme=dark` alone is no embed; an embed is light unless its link says otherwise, so
    // `theme=light` is not written and `theme=auto` (the reader's system) is.
    assert_eq!(parse("?controls=0", case).0.embed, None);
    assert_eq!(parse("?theme=dark", case).0.embed, None);
    let (state, notices) = parse("?step=intro&embed=1&theme=light", case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.embed.map(|e| e.theme), Some(Theme::Light));
    assert_eq!(write(&state, case), "embeds/intro/?v=1&embed=1");
    let (state, _) = parse("?embed=1", case);
    assert_eq!(state.embed.map(|e| e.theme), Some(Theme::Light));
    let (state, notices) = parse("?step=intro&embed=1&theme=auto", case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.embed.map(|e| e.theme), Some(Theme::Auto));
    assert_eq!(write(&state, case), "embeds/intro/?v=1&embed=1&theme=auto");
    // `bg=transparent`: the article's background shows through; the page's own is the default and not written, and
    // any other value is reported, the page keeping its own. Without `embed=1` it means nothing.
    let (state, notices) = parse("?step=intro&embed=1&theme=dark&bg=transparent", case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.embed.map(|e| (e.theme, e.transparent)), Some((Theme::Dark, true)));
    assert_eq!(
        write(&state, case),
        "embeds/intro/?v=1&embed=1&theme=dark&bg=transparent"
    );
    assert!(!parse("?step=intro&embed=1", case).0.embed.unwrap().transparent);
    assert_eq!(parse("?bg=transparent", case).0.embed, None);
    // Its frame is given the page's colour scheme, the stylesheet's for each theme (`style/main.css`).
    let schemes = Theme::ALL.map(Theme::colour_scheme);
    assert_eq!(schemes, ["light", "dark", "light dark"]);
    let (state, notices) = parse("?embed=1&bg=blue", case);
    assert_eq!(state.embed, Some(Embed::default()));
    assert_eq!(
        notices,
        vec![LinkNotice {
            key: "bg".into(),
            value: "blue".into()
        }]
    );
    // A theme that does not exist is reported and the embed is light.
    let (state, notices) = parse("?embed=1&theme=purple", case);
    assert_eq!(state.embed, Some(Embed::default()));
    assert_eq!(
        notices,
        vec![LinkNotice {
            key: "theme".into(),
            value: "purple".into()
        }]
    );
}

/// `compact=1` embeds the chart and its figures only (the journalist's try 5, friction 3): read at the embeddable
/// page and with `embed=1`, written back as it came, never with controls (whatever `controls=` says), meaningless
/// without an embed, and any other value than `1` or `0` reported and ignored.
#[test]
fn a_compact_embed_is_the_chart_and_its_figures_only() {
    let case = case();
    let (state, notices) = read("embeds/chip-chokehold/?v=1&chips=domestic&embed=1&compact=1", case);
    assert!(notices.is_empty(), "{notices:?}");
    let embed = state.embed.expect("an embed");
    assert!(embed.compact && !embed.controls && !embed.shows_controls(), "{embed:?}");
    assert_eq!(
        write(&state, case),
        "embeds/chip-chokehold/?v=1&chips=domestic&embed=1&compact=1"
    );
    // The controls asked for too: still none, and one link for it.
    for asked in ["controls=1&compact=1", "compact=1&controls=1", "compact=1&controls=0"] {
        let (other, notices) = read(&format!("embeds/chip-chokehold/?v=1&chips=domestic&{asked}"), case);
        assert!(notices.is_empty(), "{asked}: {notices:?}");
        assert_eq!(other, state, "{asked}");
    }
    // `compact=0` is the default embed; without an embed, `compact=1` is nothing.
    let (state, notices) = parse("?step=chip-chokehold&embed=1&compact=0", case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.embed, Some(Embed::default()));
    assert!(Embed::default().shows_controls());
    assert_eq!(parse("?step=chip-chokehold&compact=1", case).0.embed, None);
    // Hostile or mistaken values: reported, the embed as if the key were absent.
    for value in ["yes", "true", "2", "", "1 ", "%00", "<script>", "11", "-1"] {
        let query = format!("?step=chip-chokehold&embed=1&compact={}", encode(value));
        let (state, notices) = parse(&query, case);
        assert_eq!(state.embed, Some(Embed::default()), "{query}");
        assert_eq!(
            notices,
            vec![LinkNotice {
                key: "compact".into(),
                value: value.into()
            }],
            "{query}"
        );
    }
}

/// An embedded step is at its embeddable page, `embeds/<id>/`, whose readable page is the embedded view (what a
/// frame without its script shows): the path alone makes an embed, and older `steps/<id>/?embed=1` links and
/// root links with `?step=` read the same.
#[test]
fn a_path_from_the_host_is_put_on_the_page_s_origin_and_left_as_it_is_without_one() {
    assert_eq!(
        on_origin("https:", "x.test:8080", "/g/steps/a/?v=1"),
        "https://x.test:8080/g/steps/a/?v=1"
    );
    assert_eq!(on_origin("http:", "", "/g/"), "/g/");
    assert_eq!(on_origin("", "x.test", "/g/"), "/g/");
}

#[test]
fn an_embedded_step_is_at_its_embeddable_page() {
    let case = case();
    let chips = case.step_by_key("chip-chokehold").unwrap();
    let (state, notices) = read(
        "embeds/chip-chokehold/?v=1&embed=1&controls=0&theme=dark&chips=domestic",
        case,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.step, chips);
    assert_eq!(
        state.embed,
        Some(Embed {
            controls: false,
            theme: Theme::Dark,
            compact: false,
            transparent: false,
        })
    );
    assert_eq!(
        write(&state, case),
        "embeds/chip-chokehold/?v=1&chips=domestic&embed=1&controls=0&theme=dark"
    );
    for older in [
        "steps/chip-chokehold/?v=1&chips=domestic&embed=1&controls=0&theme=dark",
        "?v=1&step=chip-chokehold&chips=domestic&embed=1&controls=0&theme=dark",
        // The path alone: `controls=` and `theme=` count there without `embed=1`.
        "embeds/chip-chokehold/index.html?chips=domestic&controls=0&theme=dark",
        // The copy of the embeddable page written for this scenario and colours, for a frame without script.
        "embeds/chip-chokehold/chips-domestic-dark/?v=1&chips=domestic&controls=0&theme=dark",
    ] {
        assert_eq!(read(older, case), (state.clone(), vec![]), "{older}");
    }
    assert_eq!(
        split_path("/g/embeds/chip-chokehold/"),
        ("/g/", "embeds/chip-chokehold/")
    );
    assert_eq!(
        split_path("/g/embeds/chip-chokehold/chips-domestic-dark/"),
        ("/g/", "embeds/chip-chokehold/chips-domestic-dark/")
    );
    assert_eq!(
        split_path("/embeds/chip-chokehold/dark/index.html"),
        ("/", "embeds/chip-chokehold/dark/index.html")
    );
    // A folder deeper than a copy is no page of ours: the root stays where the page is.
    assert_eq!(split_path("/g/a/b/c/"), ("/g/a/b/c/", ""));
    // The whole explainer, from an embed, is the step's own page.
    let full = LinkState { embed: None, ..state };
    assert_eq!(write(&full, case), "steps/chip-chokehold/?v=1&chips=domestic");
}

/// A scenario can be shared or projected without its question: `ask=0` sets the walkthrough's questions aside, with
/// the slides or without; asking (the default) writes nothing, and the key reads only `0` or `1`.
#[test]
fn a_link_without_the_question_round_trips_and_asking_writes_nothing() {
    let case = case();
    let model = &case.model;
    let query = "steps/chip-chokehold/?v=1&present=1&ask=0&chips=domestic";
    let (state, notices) = read(query, case);
    assert!(notices.is_empty(), "{notices:?}");
    assert!(!state.ask && state.present);
    let chips = model.assumption_by_key("chips").unwrap();
    assert_eq!(
        state.scenario[chips],
        model.assumptions[chips].option_by_key("domestic").unwrap()
    );
    assert_eq!(write(&state, case), query);
    // Asked, as every link without the key is: the key is not written.
    let asked = LinkState {
        ask: true,
        ..state.clone()
    };
    assert_eq!(write(&asked, case), query.replace("&ask=0", ""));
    assert!(read("steps/chip-chokehold/?v=1&ask=1", case).0.ask);
    assert!(LinkState::start(case).ask);
    // Any other value is reported and leaves the questions asked.
    let (odd, notices) = parse("?v=1&ask=no", case);
    assert!(odd.ask);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!((notices[0].key.as_str(), notices[0].value.as_str()), ("ask", "no"));
    // Without the slides too, on another page (compare keeps its second scenario).
    let (compare, _) = parse("?v=1&page=compare&ask=0&b=detente", case);
    assert!(!compare.ask);
    assert_eq!(parse(&write(&compare, case), case).0, compare);
}

/// Compare takes any two scenarios, the second built key by key like the first (`b.<key>=<value>`, over a named
/// one or not), and keeps both when presented: the link of a comparison on the projector is the comparison.
#[test]
fn a_comparison_of_any_two_scenarios_round_trips_presented_or_not() {
    let case = case();
    let model = &case.model;
    // Chips cut off and TikTok banned, against chips cut off only: no named scenario on either side.
    let query = "?v=1&page=compare&present=1&chips=domestic&tiktok=ban&b.chips=domestic";
    let (state, notices) = parse(query, case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((state.page, state.present), (Page::Compare, true));
    let chips = model.assumption_by_key("chips").unwrap();
    let tiktok = model.assumption_by_key("tiktok").unwrap();
    let domestic = model.assumptions[chips].option_by_key("domestic").unwrap();
    assert_eq!(state.compare[chips], domestic);
    assert_eq!(state.compare[tiktok], model.assumptions[tiktok].default());
    assert_eq!(state.scenario[chips], state.compare[chips]);
    assert_ne!(state.scenario[tiktok], state.compare[tiktok]);
    assert_eq!(state.compare.matching_preset(model), None);
    assert_eq!(write(&state, case), query);
    // Leaving the slides keeps the comparison.
    let left = LinkState {
        present: false,
        ..state.clone()
    };
    assert_eq!(write(&left, case), query.replace("&present=1", ""));
    assert_eq!(parse(&write(&left, case), case).0, left);
    // A named scenario refined key by key, a slider too, in any order.
    let (refined, notices) = parse("?page=compare&b.tiktok=ban&b.capex=30&b=detente", case);
    assert!(notices.is_empty(), "{notices:?}");
    let mut expected = Scenario::preset(model, model.preset_by_key("detente").unwrap());
    expected[tiktok] = model.assumptions[tiktok].option_by_key("ban").unwrap();
    expected[model.slider_by_key("capex").unwrap()] = 30;
    assert_eq!(refined.compare, expected);
    assert_eq!(parse(&write(&refined, case), case).0, refined);
}

#[test]
fn sliders_round_trip_and_values_off_the_scale_fall_back() {
    let case = case();
    let capex = case.model.slider_by_key("capex").unwrap();
    let (state, notices) = parse("step=cost-of-ambition&capex=35", case);
    assert!(notices.is_empty());
    assert_eq!(state.scenario[capex], 35);
    assert_eq!(write(&state, case), "steps/cost-of-ambition/?v=1&capex=35");
    for bad in ["capex=400", "capex=-3", "capex=2.5", "capex=twenty", "capex="] {
        let (state, notices) = parse(bad, case);
        assert_eq!(state, LinkState::start(case), "{bad}");
        assert_eq!(notices.len(), 1, "{bad}");
    }
}

#[test]
fn invalid_values_fall_back_and_are_reported() {
    let case = case();
    let (state, notices) = parse("?chips=%3Cscript%3E&step=nowhere&page=admin&preset=x", case);
    assert_eq!(state, LinkState::start(case));
    let keys: Vec<&str> = notices.iter().map(|n| n.key.as_str()).collect();
    assert_eq!(keys, ["preset", "chips", "step", "page"]);
    assert_eq!(notices[1].value, "<script>");
}

#[test]
fn percent_coding_round_trips_and_tolerates_broken_escapes() {
    for text in [
        "plain",
        "a b&c=d",
        "é 中文",
        "100%",
        "%%",
        "%4",
        "%zz",
        "<a href=\"x\">'#?/",
    ] {
        assert_eq!(decode(&encode(text)), text);
        // What it writes is safe anywhere in a link, an attribute or a data address: unreserved characters and
        // escapes only (a round trip alone would pass an encoder that left `&`, `"` or `<` as they are).
        let encoded = encode(text);
        let unsafe_byte = encoded
            .bytes()
            .find(|b| !b.is_ascii_alphanumeric() && !b"-_.~%".contains(b));
        assert_eq!(unsafe_byte.map(char::from), None, "{text:?} encoded as {encoded:?}");
    }
    assert_eq!(decode("%4"), "%4");
    assert_eq!(decode("%zz%41+b"), "%zzA b");
    assert_eq!(decode("%FF"), "\u{FFFD}");
}

/// Any state a link can hold.
fn state_strategy(case: &'static Case) -> impl Strategy<Value = LinkState> {
    let scenario = || {
        let choices: Vec<_> = case.model.assumptions.iter().map(|a| 0..a.data.options.len()).collect();
        let sliders: Vec<_> = case.model.sliders.iter().map(|s| s.data.min..=s.data.max).collect();
        (choices, sliders)
            .prop_map(|(choices, sliders)| Scenario::from_positions(&case.model, &choices, &sliders).unwrap())
    };
    let page = prop_oneof![
        Just(Page::Walkthrough),
        Just(Page::Model),
        Just(Page::Compare),
        Just(Page::Handout)
    ];
    let embed = prop_oneof![
        Just(None),
        // A compact embed has no controls (the link reads `compact=1` so).
        (any::<bool>(), 0..Theme::ALL.len(), any::<bool>(), any::<bool>()).prop_map(
            |(controls, t, compact, transparent)| Some(Embed {
                controls: controls && !compact,
                theme: Theme::ALL[t],
                compact,
                transparent,
            })
        ),
    ];
    let defaults = Scenario::defaults(&case.model);
    let handout = proptest::collection::btree_set(0..case.steps.len(), 0..4);
    (
        0..case.steps.len(),
        scenario(),
        page,
        scenario(),
        embed,
        any::<bool>(),
        any::<bool>(),
        (handout, any::<bool>()),
    )
        .prop_map(
            move |(step, scenario, page, compare, embed, present, ask, (handout, worksheet))| {
                // Only the compare page carries a second scenario.
                let compare = if page == Page::Compare {
                    compare
                } else {
                    defaults.clone()
                };
                LinkState {
                    step: case.steps.ids().nth(step).unwrap(),
                    scenario,
                    page,
                    compare,
                    embed,
                    present,
                    ask,
                    // Only the handout's page carries its steps.
                    handout: if page == Page::Handout {
                        handout.into_iter().map(|i| case.steps.ids().nth(i).unwrap()).collect()
                    } else {
                        Vec::new()
                    },
                    worksheet: worksheet && page == Page::Handout,
                }
            },
        )
}

#[test]
fn a_worksheet_is_in_the_handouts_link_only() {
    let case = case();
    let (state, notices) = parse("?page=handout&steps=chip-chokehold&worksheet=1", case);
    assert!(notices.is_empty(), "{notices:?}");
    assert!(state.worksheet);
    assert_eq!(
        write(&state, case),
        "?v=1&page=handout&steps=chip-chokehold&worksheet=1"
    );
    // `worksheet=0` is the plain handout, written without the key; another page carries none; another value is
    // reported.
    let (state, notices) = parse("?page=handout&worksheet=0", case);
    assert!(notices.is_empty() && !state.worksheet, "{notices:?}");
    assert_eq!(write(&state, case), "?v=1&page=handout");
    assert!(!parse("?worksheet=1", case).0.worksheet);
    let (state, notices) = parse("?page=handout&worksheet=yes", case);
    assert!(!state.worksheet);
    assert_eq!(notices.len(), 1, "{notices:?}");
}

#[test]
fn a_handouts_steps_are_in_its_link() {
    let case = case();
    let id = |key: &str| case.step_by_key(key).unwrap();
    // Any order, any repeat: printed in the walkthrough's order, once each, and written so.
    let (state, notices) = parse(
        "?page=handout&steps=your-scenario,tiktok-shadow,chip-chokehold,tiktok-shadow",
        case,
    );
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(
        state.handout,
        vec![id("tiktok-shadow"), id("chip-chokehold"), id("your-scenario")]
    );
    assert_eq!(
        write(&state, case),
        "?v=1&page=handout&steps=tiktok-shadow,chip-chokehold,your-scenario"
    );
    // Another page carries none; an unknown step is reported, the others kept.
    assert!(parse("?steps=chip-chokehold", case).0.handout.is_empty());
    let (state, notices) = parse("?page=handout&steps=chip-chokehold,nowhere", case);
    assert_eq!(state.handout, vec![id("chip-chokehold")]);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert_eq!(notices[0].key, "steps");
}

#[test]
fn all_steps_of_a_handout_are_linked_as_all() {
    let case = case();
    let every: Vec<_> = case.steps.ids().collect();
    // What "All steps" chooses is written `steps=all`, and read back as every step, with no notice.
    let (state, notices) = parse("?page=handout&steps=all", case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!(state.handout, every);
    assert_eq!(write(&state, case), "?v=1&page=handout&steps=all");
    // Every step listed one by one is the same choice, written the short way.
    let listed: Vec<&str> = case.steps.iter().map(|s| s.data.id.as_ref()).collect();
    let (state, _) = parse(&format!("?page=handout&steps={}", listed.join(",")), case);
    assert_eq!(write(&state, case), "?v=1&page=handout&steps=all");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_state_round_trips_through_its_link(state in state_strategy(case())) {
        let case = case();
        let address = write(&state, case);
        prop_assert_eq!(read(&address, case), (state, vec![]), "{}", address);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    #[test]
    fn random_and_hostile_queries_never_panic(query in prop_oneof![
        ".*",
        "[?&=%a-z0-9.+<>\"'/:;()]{0,300}",
        "(step|chips|capex|page|preset|b|b\\.chips|embed|controls|v)=[%<>a-zA-Z0-9\"'-]{0,40}(&[a-z.]{1,8}=.{0,40}){0,8}",
        "[\\PC]{0,2000}",
    ]) {
        let case = case();
        let (state, notices) = parse(&query, case);
        prop_assert!(state.step.index() < case.steps.len());
        prop_assert!(notices.iter().all(|n| n.value.len() <= 80));
        // Whatever was read writes back to a link that reads the same.
        let again = write(&state, case);
        prop_assert_eq!(read(&again, case).0, state);
        // Read as an address under the root, it never panics either.
        let (state, _) = read(&query, case);
        prop_assert!(state.step.index() < case.steps.len());
    }
}

#[test]
fn extreme_queries_never_panic() {
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
        let (state, notices) = parse(query, case);
        assert!(state.step.index() < case.steps.len());
        assert!(notices.iter().all(|n| n.value.len() <= 80));
    }
}

#[test]
fn every_key_validation_keeps_from_assumptions_is_one_the_link_reads_for_itself() {
    // A value no key of the link can take: each of the link's own keys reports it under its own name, which an
    // assumption of that id would have shadowed.
    let case = case();
    for key in LINK_KEYS {
        let (_, notices) = parse(&format!("page=handout&{key}=no-such-value-x"), case);
        assert!(
            notices.iter().any(|n| n.key == key && n.value == "no-such-value-x"),
            "`{key}` is in url::LINK_KEYS but the link does not read it: {notices:?}"
        );
    }
    assert!(is_link_key("b.chips"), "the compare page's keys are the link's own");
    for id in case.model.assumptions.iter().map(|a| a.data.id.as_ref()) {
        assert!(!is_link_key(id), "assumption `{id}` is a link's own key");
    }
}

/// The students' link (the QR codes a class scans) is a reader's: the slides, an embed and the questions set aside
/// for the projector (`ask=0`) stay with the teacher, and the step, scenario, page and compared scenario stay as
/// they are.
#[test]
fn the_students_link_keeps_the_questions_and_drops_the_slides() {
    let case = case();
    for query in [
        "steps/chip-chokehold/?v=1&present=1&ask=0&chips=domestic&tiktok=ban",
        "?v=1&page=compare&present=1&ask=0&b=detente",
        "steps/chip-chokehold/?v=1&embed=1&ask=0",
        "steps/chip-chokehold/?v=1&chips=domestic",
    ] {
        let (teacher, notices) = read(query, case);
        assert!(notices.is_empty(), "{query}: {notices:?}");
        let students = teacher.clone().for_students();
        assert!(
            students.ask && !students.present && students.embed.is_none(),
            "{query}: {students:?}"
        );
        let written = write(&students, case);
        assert!(
            !written.contains("ask=") && !written.contains("present=") && !written.contains("embed="),
            "{query}: {written}"
        );
        assert_eq!(
            (students.step, &students.scenario, students.page, &students.compare),
            (teacher.step, &teacher.scenario, teacher.page, &teacher.compare),
            "{query}"
        );
    }
}

// ----- every address kind: the pages `dist` writes, their paths and the joins of a root and an address -----

/// Every page `dist` writes has a folder of its own, and its address reads, without a notice, as its step (an
/// embeddable page and its copies as an embed); a step's page under a former id too.
#[test]
fn every_written_page_has_its_own_folder_and_reads_as_its_step() {
    let case = case();
    let pages = url::written_pages(case);
    let mut folders: Vec<&str> = pages.iter().map(|p| p.folder.as_str()).collect();
    folders.sort();
    let count = folders.len();
    folders.dedup();
    assert_eq!(folders.len(), count, "a folder written twice");
    assert!(pages[0].is_first() && pages[0].address.is_empty());
    for page in &pages {
        let (link, notices) = read(&page.address, case);
        assert!(notices.is_empty(), "{}: {notices:?}", page.address);
        assert_eq!(link.step, page.step, "{}", page.address);
        assert_eq!(link.embed.is_some(), page.embed.is_some(), "{}", page.address);
        assert_eq!(url::is_embed_address(&page.address), page.embed.is_some());
        assert!(page.address.starts_with(&page.folder), "{page:?}");
        // Opened under any root, the page reads as its address says.
        let (path, query) = url::split_address(&page.address);
        assert_eq!(url::read_page(&format!("/g/{path}"), query, case), (link, vec![]));
    }
    for (id, step) in case.steps.with_ids() {
        assert!(pages
            .iter()
            .any(|p| p.folder == url::step_path(case, id) && p.step == id));
        assert!(pages
            .iter()
            .any(|p| p.folder == url::embed_path(case, id) && p.step == id));
        for alias in step.data.aliases.iter() {
            let folder = url::step_key_path(alias);
            assert!(pages.iter().any(|p| p.folder == folder && p.step == id), "{folder}");
        }
    }
}

/// The way back from each written page to its language's root leads there, from any root; the first page is the
/// root itself.
#[test]
fn the_way_back_from_every_page_leads_to_its_root() {
    let case = case();
    for page in url::written_pages(case) {
        let back = page.root();
        assert_eq!(back, url::up_to_root(&page.address), "{page:?}");
        for root in ["/", "/g/", "https://x.test/g/zh-Hans/"] {
            let folder = url::at(root, &page.folder);
            assert_eq!(resolve(&folder, &back), root, "{folder} {back}");
        }
    }
    assert_eq!(url::up_to_root(""), "");
    assert_eq!(url::up_to_root("?v=1&step=chip-chokehold"), "");
    assert_eq!(url::up_to_root("steps/chip-chokehold/?v=1"), "../../");
    assert_eq!(url::up_to_root("embeds/chip-chokehold/dark/?v=1&embed=1"), "../../../");
    assert_eq!(url::split_address("steps/a/?v=1&b=c"), ("steps/a/", "?v=1&b=c"));
    assert_eq!(url::split_address("steps/a/"), ("steps/a/", ""));
}

/// An embed's address is the copy of its embeddable page written for its scenario and colours where there is one,
/// else the plain page; either reads back as the same embed.
#[test]
fn an_embed_link_points_at_its_copy_and_round_trips() {
    let case = case();
    for step in case.steps.ids() {
        for variant in url::embed_variants(case, step) {
            for controls in [true, false] {
                let mut link = LinkState::start(case);
                link.step = step;
                link.scenario = variant.scenario.clone();
                link.embed = Some(Embed {
                    controls,
                    theme: variant.theme,
                    compact: variant.compact,
                    transparent: false,
                });
                let address = url::embed_link(&link, case);
                let copy = format!("{}{}", url::embed_path(case, step), variant.folder);
                assert!(address.starts_with(&format!("{copy}?")), "{address} is not at {copy}");
                let mut expected = link.clone();
                expected.embed = expected.embed.map(|e| Embed {
                    controls: e.controls && !e.compact,
                    ..e
                });
                assert_eq!(read(&address, case), (expected, vec![]), "{address}");
            }
        }
    }
    // A scenario with no copy (a slider moved) points at the plain page.
    let chips = case.step_by_key("chip-chokehold").unwrap();
    let mut link = LinkState::start(case);
    link.step = chips;
    link.embed = Some(Embed::default());
    let capex = case.model.slider_by_key("capex").unwrap();
    let data = &case.model.sliders[capex].data;
    link.scenario[capex] = if data.default == data.max { data.min } else { data.max };
    let address = url::embed_link(&link, case);
    assert!(address.starts_with("embeds/chip-chokehold/?v=1&"), "{address}");
    assert_eq!(read(&address, case), (link.clone(), vec![]));
    // Not embedded, the address is the walkthrough's.
    link.embed = None;
    assert_eq!(url::embed_link(&link, case), write(&link, case));
}

/// A step's preview image and oEmbed answer are files of their own, in their folders; a language's folder is the
/// root for the first language and its name for the others, on the site as from the root.
#[test]
fn files_and_language_folders_have_their_addresses() {
    let case = case();
    let chips = case.step_by_key("chip-chokehold").unwrap();
    assert_eq!(url::preview_path(case, chips), "previews/chip-chokehold.png");
    assert_eq!(url::oembed_path(case, chips), "oembed/chip-chokehold.json");
    let previews: std::collections::HashSet<String> = case.steps.ids().map(|s| url::preview_path(case, s)).collect();
    assert_eq!(previews.len(), case.steps.len());
    assert_eq!(url::language_folder("en"), "");
    assert_eq!(url::language_folder("zh-Hans"), "zh-Hans/");
    for site in ["https://x.test/g", "https://x.test/g/"] {
        assert_eq!(url::site_folder(site, "en"), "https://x.test/g/");
        assert_eq!(url::site_folder(site, "zh-Hans"), "https://x.test/g/zh-Hans/");
    }
    // Each language's root, from the other's: the folder it is served from.
    for (from, to) in [("en", "zh-Hans"), ("zh-Hans", "en")] {
        let there = resolve(
            &url::site_folder("https://x.test/g", from),
            &url::language_root(from, to),
        );
        assert_eq!(there, url::site_folder("https://x.test/g", to), "{to} from {from}");
    }
    assert_eq!(url::at("https://x.test/g/", "?v=1"), "https://x.test/g/?v=1");
}

/// What `start.js` is told: on the first page, the page of every name a step answers to, each a page `dist`
/// writes, so an older link's `?step=` is fetched only where a page is; elsewhere, the page's step; on an
/// embeddable page, that it is embedded, as the codec reads its path; everywhere the link keys it reads.
#[test]
fn start_js_is_told_only_pages_that_are_written() {
    let case = case();
    let pages = url::written_pages(case);
    for page in &pages {
        let data: std::collections::HashMap<&str, String> = url::start_data(case, page).into_iter().collect();
        assert_eq!(data["step-key"], url::STEP_KEY);
        assert_eq!(data["embed-key"], url::EMBED_KEY);
        assert_eq!(data["embed-on"], url::EMBED_ON);
        assert_eq!(data["theme-key"], url::THEME_KEY);
        // Flagged embedded exactly where the codec reads the page's path, without its query, as an embed.
        let by_path = url::read(&page.folder, case).0.embed.is_some();
        assert_eq!(data.contains_key("embedded"), by_path, "{}", page.folder);
        assert_eq!(by_path, page.embed.is_some(), "{}", page.folder);
        if !page.is_first() {
            assert_eq!(case.step_by_key(&data["step"]), Some(page.step));
            assert!(!data.contains_key("step-pages"));
            continue;
        }
        let named: std::collections::HashMap<String, String> = serde_json::from_str(&data["step-pages"]).unwrap();
        let names = case.steps.iter().map(|s| 1 + s.data.aliases.len()).sum::<usize>();
        assert_eq!(named.len(), names);
        for (name, path) in &named {
            let written = pages
                .iter()
                .find(|p| &p.folder == path)
                .unwrap_or_else(|| panic!("no page at {path}"));
            assert_eq!(Some(written.step), case.step_by_key(name), "{name}");
        }
    }
}

/// The architecture doc's table of the link's keys (`docs/architecture.md`, the reference for the shareable-link
/// format) has a row for every key the link reads for itself: a key added to `LINK_KEYS` without a row fails here,
/// naming it (code review 8 found `worksheet` and `bg` missing).
#[test]
fn the_architecture_docs_link_table_names_every_key_of_the_link() {
    let doc = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/architecture.md")).unwrap();
    let rows: Vec<&str> = doc.lines().filter(|l| l.starts_with("| `")).collect();
    for key in LINK_KEYS {
        let named = |row: &&str| {
            let first = row.split('|').nth(1).unwrap_or_default();
            first.contains(&format!("`{key}`")) || first.contains(&format!("`{key}="))
        };
        assert!(
            rows.iter().any(named),
            "`{key}` has no row in docs/architecture.md's table of link keys"
        );
    }
}
