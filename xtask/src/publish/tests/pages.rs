//! Each page at its address carries the app's render of it; the embeddable pages and their copies; the tags that
//! need the site's address; the oEmbed answer.

use super::*;

/// Each page carries the app's render of its own address: the first step's at the root, each step's (at its id
/// and every former one) at its page; an address with no render is an error, not an empty page.
#[test]
fn each_page_carries_the_render_of_its_address() {
    let case = case("en");
    let index = page_at(&case, "");
    assert!(index.contains(r#"<body><div id="static" data-address="">"#), "{index}");
    for step in case.steps.iter() {
        for key in std::iter::once(&step.data.id).chain(step.data.aliases.iter()) {
            let page = page_at(&case, &format!("steps/{key}/"));
            let wanted = format!(r#"<body><div id="static" data-address="steps/{key}/">"#);
            assert!(page.contains(&wanted), "{wanted} not in {page}");
        }
    }
    let none = HashMap::new();
    let bare = Shell {
        pages: &none,
        ..shell(TEMPLATE, "p")
    };
    let missing = step_page(&bare, &case, &written(&case, ""), Path::new("index.html"));
    assert!(missing.is_err(), "{missing:?}");
}

#[test]
fn relative_addresses_are_led_from_the_root_and_others_kept() {
    let page = r##"<link href="./main.css"><link href="favicon.svg"><a href="https://x.test/"><a href="#main">
        <script src="./start.js" data-js="./app.js" data-wasm="./app.wasm"></script><img src="/abs.png">"##;
    assert_eq!(
        rebase(page, "../../"),
        r##"<link href="../../main.css"><link href="../../favicon.svg"><a href="https://x.test/"><a href="#main">
        <script src="../../start.js" data-js="../../app.js" data-wasm="../../app.wasm"></script><img src="/abs.png">"##
    );
    assert_eq!(rebase(page, ""), page);
}

#[test]
fn with_a_site_each_page_names_its_own_address_and_the_other_language() {
    let case = case("zh-Hans");
    let chips = case.step_by_key("chip-chokehold").unwrap();
    let tags = share_tags(
        &case,
        &written(&case, "steps/chip-chokehold/"),
        "https://x.test/g/zh-Hans/",
    );
    for expected in [
        r#"<link rel="canonical" href="https://x.test/g/zh-Hans/steps/chip-chokehold/" />"#,
        r#"<link rel="alternate" hreflang="en" href="https://x.test/g/steps/chip-chokehold/" />"#,
        r#"href="https://x.test/g/zh-Hans/oembed/chip-chokehold.json""#,
        r#"<meta property="og:locale" content="zh_CN" />"#,
        "<meta property=\"og:title\" content=\"芯片",
        r#"<meta property="og:image" content="https://x.test/g/zh-Hans/previews/chip-chokehold.png" />"#,
        r#"<meta property="og:image:width" content="1200" />"#,
        r#"<meta name="twitter:card" content="summary_large_image" />"#,
    ] {
        assert!(tags.contains(expected), "{expected} not in {tags}");
    }
    // The image is the 2025 picture: its description says so, whatever scenario the shared link sets.
    let alt = format!(
        r#"<meta property="og:image:alt" content="{}" />"#,
        phrase::escape(&phrase::fill(
            &case.meta.ui.share.preview_alt,
            &[("title", &case.steps[chips].text.title)]
        )),
    );
    assert!(tags.contains(&alt), "{alt} not in {tags}");
    let first = share_tags(&case, &written(&case, ""), "https://x.test/g/zh-Hans/");
    assert!(
        first.contains(r#"<link rel="canonical" href="https://x.test/g/zh-Hans/" />"#),
        "{first}"
    );
}

#[test]
fn the_oembed_answer_embeds_the_step_from_the_site() {
    let case = case("en");
    let chips = case.step_by_key("chip-chokehold").unwrap();
    let answer: serde_json::Value = serde_json::from_str(&oembed(&case, chips, "https://x.test/")).unwrap();
    assert_eq!(answer["type"], "rich");
    let heights = &case.steps[chips].data.embed_height;
    assert_eq!(answer["height"], heights.controls.max(heights.phone_controls));
    let html = answer["html"].as_str().unwrap();
    assert!(
        html.starts_with(r#"<iframe src="https://x.test/embeds/chip-chokehold/?v=1&amp;embed=1""#),
        "{html}"
    );
    // 2025's, whatever link was pasted: its title says so.
    let title = answer["title"].as_str().unwrap();
    assert!(title.ends_with(case.meta.ui.share.as_in_2025.as_ref()), "{title}");
    // Without its script, the frame goes from the phone's height to the column's.
    let css = markup::embed_css_height(heights.controls, heights.phone_controls);
    assert!(html.contains(&css), "{css} not in {html}");
}

/// The embeddable page and each of its copies carry the app's render of the copy's address (its scenario and
/// colours, without controls), kept out of search results, in the copy's colours, leading back from its folder.
#[test]
fn each_embeddable_page_carries_the_render_of_its_copy() {
    let case = case("en");
    let chips = case.step_by_key("chip-chokehold").unwrap();
    let page = page_at(&case, "embeds/chip-chokehold/");
    for expected in [
        r#"<html lang="en" data-theme="light">"#,
        r#"<meta name="robots" content="noindex" />"#,
        r#"<body><div id="static" data-address="embeds/chip-chokehold/?v=1&embed=1&controls=0">"#,
        r#"src="../../start.js""#,
    ] {
        assert!(page.contains(expected), "{expected} not in {page}");
    }
    let site = page_at(&case, "steps/chip-chokehold/");
    assert!(!site.contains("noindex"), "{site}");
    let variants = url::embed_variants(&case, chips);
    let copy = variants
        .iter()
        .find(|v| v.folder == "chips-domestic-dark/")
        .unwrap_or_else(|| panic!("no copy for chips=domestic in dark among {variants:?}"));
    assert_eq!(copy.theme, url::Theme::Dark);
    let chips_a = case.model.assumption_by_key("chips").unwrap();
    let domestic = case.model.assumptions[chips_a].option_by_key("domestic").unwrap();
    assert_eq!(copy.scenario[chips_a], domestic);
    let page = page_at(&case, "embeds/chip-chokehold/chips-domestic-dark/");
    for expected in [
        r#"<html lang="en" data-theme="dark">"#,
        r#"<body><div id="static" data-address="embeds/chip-chokehold/chips-domestic-dark/?v=1&chips=domestic&embed=1&controls=0&theme=dark">"#,
        r#"src="../../../start.js""#,
    ] {
        assert!(page.contains(expected), "{expected} not in {page}");
    }
    // The app reads the copy's address as the embed of its scenario in its colours.
    let (link, notices) = url::read(&url::embed_address(&case, chips, copy), &case);
    assert!(notices.is_empty(), "{notices:?}");
    assert_eq!((link.step, &link.scenario), (chips, &copy.scenario));
    assert_eq!(
        link.embed,
        Some(url::Embed {
            controls: false,
            theme: url::Theme::Dark,
            compact: false,
            transparent: false,
        })
    );
    // `auto` fixes no colours, so the page follows the reader's system as the app would.
    let auto = variants.iter().find(|v| v.folder == "auto/").expect("an auto copy");
    assert!(auto.theme == url::Theme::Auto);
    let page = page_at(&case, "embeds/chip-chokehold/auto/");
    assert!(page.contains(r#"<html lang="en">"#), "{page}");
    // A scenario changing another step's assumption, or two, has no copy.
    let mut other = copy.scenario.clone();
    let tiktok = case.model.assumption_by_key("tiktok").unwrap();
    other[tiktok] = case.model.assumptions[tiktok].option_by_key("ban").unwrap();
    assert_eq!(url::embed_folder(&case, chips, &other, url::Theme::Dark, false), None);
    assert_eq!(
        url::embed_page_path(&case, chips, &other, url::Theme::Dark, true),
        "embeds/chip-chokehold/"
    );
    // The chart and its figures only: a copy of its own, whose page is the compact view (a frame without
    // script is given the compact height).
    let compact = variants
        .iter()
        .find(|v| v.folder == "chips-domestic-dark-compact/")
        .expect("a compact copy");
    assert!(compact.compact && copy.scenario == compact.scenario);
    let (link, _) = url::read(&url::embed_address(&case, chips, compact), &case);
    assert!(link.embed.is_some_and(|e| e.compact), "{:?}", link.embed);
}

#[test]
fn a_missing_anchor_is_an_error_naming_it_and_the_file() {
    let path = Path::new("dist/index.html");
    assert_eq!(
        insert_attribute("<head></head>", "<html", "data-theme", "dark", path).unwrap_err(),
        "dist/index.html has no `<html` element"
    );
    assert_eq!(
        insert_after("<head></head>", CHARSET, "x", path).unwrap_err(),
        format!("dist/index.html has no `{CHARSET}` to insert after")
    );
    assert_eq!(
        replace_between("<head></head>", "<title>", "</title>", "x", path).unwrap_err(),
        "dist/index.html has no `<title>`"
    );
}

/// An attribute goes last in its element, after the ones the template gives it, and nowhere else.
#[test]
fn an_attribute_is_added_last_to_its_element() {
    let page = r#"<html lang="en"><head><meta charset="utf-8"></head></html>"#;
    assert_eq!(
        insert_attribute(page, "<html", "data-theme", "dark", Path::new("x")).unwrap(),
        r#"<html lang="en" data-theme="dark"><head><meta charset="utf-8"></head></html>"#
    );
}
