//! What `start.js` is told in its script's attributes, and that it spells none of the strings it shares with the
//! app.

use super::*;

/// The `<script>` tag of a written page.
fn start_script(page: &str) -> &str {
    let at = page.find("<script").expect("a script");
    &page[at..at + page[at..].find('>').expect("its tag ends")]
}

/// `start.js` is told, in its script's attributes, the strings it shares with the app, the link keys it reads, and
/// on the first page the page of every name a step answers to (an older link's `?step=`); on a step's page, its
/// step; on an embeddable page and its copies, that they are embedded.
#[test]
fn the_start_script_is_told_where_step_pages_are_and_what_it_shares_with_the_app() {
    let case = case("en");
    let index = page_at(&case, "");
    let script = start_script(&index);
    for wanted in [
        r#"data-page-id="static""#,
        r#"data-height-message="ai-gambit:height""#,
        r#"data-amp-sentinel="amp""#,
        r#"data-amp-message="embed-size""#,
        r#"data-theme-light="light""#,
        r#"data-theme-dark="dark""#,
        r#"data-theme-auto="auto""#,
        r#"data-open-full="open-full""#,
        r#"data-progress-list="progress-list""#,
        r#"data-theme-storage="ai-gambit-theme""#,
        r#"data-step-key="step""#,
        r#"data-embed-key="embed""#,
        r#"data-embed-on="1""#,
        r#"data-theme-key="theme""#,
        r#"data-wasm="./app.wasm""#,
    ] {
        assert!(script.contains(wanted), "{wanted} not in {script}");
    }
    assert!(!script.contains("data-embedded"), "{script}");
    let pages = script
        .split(r#"data-step-pages=""#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the step pages");
    let pages: HashMap<String, String> = serde_json::from_str(&pages.replace("&quot;", "\"")).unwrap();
    assert_eq!(pages["chip-chokehold"], "steps/chip-chokehold/");
    for alias in case.steps.iter().flat_map(|s| s.data.aliases.iter()) {
        assert_eq!(pages[alias.as_ref()], format!("steps/{alias}/"));
    }
    let own = page_at(&case, "steps/chip-chokehold/");
    let script = start_script(&own);
    for wanted in [r#"data-step="chip-chokehold""#, r#"data-wasm="../../app.wasm""#] {
        assert!(script.contains(wanted), "{wanted} not in {script}");
    }
    assert!(!own.contains("data-step-pages"), "{own}");
    assert!(!script.contains("data-embedded"), "{script}");
    for folder in ["embeds/chip-chokehold/", "embeds/chip-chokehold/dark/"] {
        let copy = page_at(&case, folder);
        assert!(start_script(&copy).contains(r#"data-embedded="""#), "{copy}");
    }
}

/// `public/start.js` spells none of the strings it shares with the app (the readable page's id, the height
/// message's type and AMP's form of it, the theme's storage key and values, the classes it looks for, the link keys
/// and the value that embeds): it reads each from the
/// `data-` attribute the core names ([`url::start_data`]), and it reads every attribute it is given, so a string
/// renamed in Rust cannot leave the readable page behind, nor an attribute stay written for nothing.
#[test]
fn start_js_spells_no_string_it_shares_with_the_app() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../public/start.js");
    let script = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let spelled = spelled_in_script(&script);
    assert!(
        spelled.is_empty(),
        "public/start.js spells, rather than reads from its `data-` attributes: {spelled:?}"
    );
    let case = case("en");
    for folder in ["", "steps/chip-chokehold/", "embeds/chip-chokehold/"] {
        for (name, _) in url::start_data(&case, &written(&case, folder)) {
            let read = format!("data.{}", camel_case(name));
            assert!(
                script.contains(&read),
                "public/start.js does not read `data-{name}` ({read})"
            );
        }
    }
}

/// The shared strings `script` spells in quotes (or, for the readable page's id and the app's classes, as a
/// selector).
fn spelled_in_script(script: &str) -> Vec<String> {
    let shared = [
        markup::STATIC_PAGE_ID,
        markup::HEIGHT_MESSAGE,
        markup::AMP_SENTINEL,
        markup::AMP_MESSAGE,
        markup::THEME_STORAGE_KEY,
        url::Theme::Light.key(),
        url::Theme::Dark.key(),
        url::Theme::Auto.key(),
        markup::OPEN_FULL_CLASS,
        markup::PROGRESS_LIST_CLASS,
        url::STEP_KEY,
        url::EMBED_KEY,
        url::EMBED_ON,
        url::THEME_KEY,
        markup::THEME_ATTRIBUTE,
        markup::BACKGROUND_ATTRIBUTE,
    ];
    let mut spelled = Vec::new();
    for value in shared {
        for form in [format!("'{value}'"), format!("\"{value}\""), format!("`{value}`")] {
            if script.contains(&form) {
                spelled.push(form);
            }
        }
    }
    // The root's attributes, also as `dataset` spells them (`data-theme` is `dataset.theme`).
    for attribute in [markup::THEME_ATTRIBUTE, markup::BACKGROUND_ATTRIBUTE] {
        let dataset = format!("dataset.{}", camel_case(attribute.trim_start_matches("data-")));
        if script.contains(&dataset) {
            spelled.push(dataset);
        }
    }
    for selector in [
        format!("#{}", markup::STATIC_PAGE_ID),
        format!(".{}", markup::OPEN_FULL_CLASS),
        format!(".{}", markup::PROGRESS_LIST_CLASS),
    ] {
        if script.contains(&selector) {
            spelled.push(selector);
        }
    }
    spelled
}

/// A `data-` attribute's name as a `dataset` key (`height-message` → `heightMessage`).
fn camel_case(name: &str) -> String {
    let mut words = name.split('-');
    let first = words.next().unwrap_or_default().to_string();
    words.fold(first, |mut out, word| {
        let mut chars = word.chars();
        out.extend(chars.next().map(|c| c.to_ascii_uppercase()));
        out.push_str(chars.as_str());
        out
    })
}

/// The scan finds a shared string spelled in any quotes, and not one read from the script's attributes.
#[test]
fn the_scan_finds_a_shared_string_spelled_in_start_js() {
    assert_eq!(
        spelled_in_script("localStorage.getItem('ai-gambit-theme')"),
        ["'ai-gambit-theme'"]
    );
    assert_eq!(
        spelled_in_script(r#"{ type: "ai-gambit:height" }"#),
        [r#""ai-gambit:height""#]
    );
    assert_eq!(spelled_in_script("query.get(keys.embed) === `1`"), ["`1`"]);
    assert_eq!(spelled_in_script("document.querySelector('#static a')"), ["#static"]);
    assert_eq!(
        spelled_in_script("{ sentinel: 'amp', type: 'embed-size' }"),
        ["'amp'", "'embed-size'"]
    );
    assert_eq!(
        spelled_in_script("fixed === 'dark' ? 'dark' : 'light'"),
        ["'light'", "'dark'"]
    );
    assert_eq!(
        spelled_in_script("page.querySelector(`.open-full a[href]`)"),
        [".open-full"]
    );
    assert_eq!(
        spelled_in_script("page.querySelector(`.progress-list [aria-current]`)"),
        [".progress-list"]
    );
    assert!(spelled_in_script("query.getAll(keys.embed).includes(data.embedOn)").is_empty());
    assert_eq!(camel_case("theme-storage"), "themeStorage");
    assert_eq!(camel_case("step"), "step");
}
