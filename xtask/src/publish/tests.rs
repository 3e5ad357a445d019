//! The page writer's tests: each page at its address with the app's render of it, what `start.js` is told, the
//! embeddable pages and their copies, the tags that need the site's address, the oEmbed answer, the policy and the
//! headers.

use super::policy::{inline_scripts, origin_of, policy_for};
use super::*;

/// One `_headers` at the root: the policy for every page, and a year's cache for each language's fingerprinted
/// files, the Chinese folder's too (a copy in `dist/zh-Hans/` was ignored by hosts, and its wasm sent no-cache).
#[test]
fn the_headers_at_the_root_cache_every_languages_fingerprinted_files() {
    let dist = std::env::temp_dir().join(format!("ai-gambit-headers-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    write_headers(&dist, "default-src 'self'", &["", "zh-Hans/"]).unwrap();
    let headers = std::fs::read_to_string(dist.join("_headers")).unwrap();
    std::fs::remove_dir_all(&dist).unwrap();
    assert!(
        headers.contains("/*\n  Content-Security-Policy: default-src 'self'\n"),
        "{headers}"
    );
    for pattern in ["/ai-gambit-*", "/main-*", "/zh-Hans/ai-gambit-*", "/zh-Hans/main-*"] {
        let rule = format!("{pattern}\n  Cache-Control: public, max-age=31536000, immutable\n");
        assert!(headers.contains(&rule), "no {pattern} rule in {headers}");
    }
}

/// The page the core addresses at `folder` (`""`, `steps/chip-chokehold/`, `embeds/chip-chokehold/dark/`).
fn written(case: &Case, folder: &str) -> url::WrittenPage {
    url::written_pages(case)
        .into_iter()
        .find(|p| p.folder == folder)
        .unwrap_or_else(|| panic!("no page at `{folder}`"))
}

/// The page at `folder`, written from the test template.
fn page_at(case: &Case, folder: &str) -> String {
    let path = Path::new(folder).join("index.html");
    step_page(
        &shell(TEMPLATE, "default-src 'self'"),
        case,
        &written(case, folder),
        &path,
    )
    .unwrap()
}

/// A shell for a test page, whose readable text for each address is a stand-in naming it.
fn shell<'a>(template: &'a str, policy: &'a str) -> Shell<'a> {
    static PAGES: std::sync::LazyLock<HashMap<String, String>> = std::sync::LazyLock::new(|| {
        page_addresses(&case("en"))
            .into_iter()
            .map(|a| {
                let page = format!(r#"<div id="static" data-address="{a}"><header class="masthead"></header></div>"#);
                (a, page)
            })
            .collect()
    });
    Shell {
        template,
        embed_template: template,
        policy,
        pages: &PAGES,
    }
}

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

/// The script hash the policy carries: base64 of SHA-256, checked on the FIPS 180-4 vector for "abc".
#[test]
fn script_hashes_are_base64_sha256() {
    let policy = policy_for("<script>abc</script><body>", None);
    assert!(
        policy.contains("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"),
        "{policy}"
    );
    assert!(
        policy_for("<body>", None).contains("'wasm-unsafe-eval'; style-src"),
        "{}",
        policy_for("<body>", None)
    );
}

/// With the site's address known, its origin stands beside `'self'` wherever the app loads its own files, so a
/// sandboxed frame in WebKit (an opaque origin, which `'self'` does not match there) still loads them.
#[test]
fn the_sites_origin_stands_beside_self() {
    let policy = policy_for("<body>", Some("https://example.org/gambit/"));
    for directive in ["script-src", "style-src", "connect-src", "default-src", "img-src"] {
        let rule = policy
            .split(';')
            .map(str::trim)
            .find(|r| r.starts_with(directive))
            .unwrap_or_else(|| panic!("no {directive} in {policy}"));
        let sources: Vec<&str> = rule.split_whitespace().collect();
        assert!(
            sources.contains(&"'self'") && sources.contains(&"https://example.org"),
            "{rule}"
        );
    }
    assert!(!policy_for("<body>", None).contains("example.org"));
    assert!(!policy_for("<body>", None).contains("{origin}"));
    assert_eq!(origin_of("http://127.0.0.1:8080/"), Some("http://127.0.0.1:8080"));
    assert_eq!(origin_of("relative/"), None);
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

fn case(lang: &str) -> Case {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    Case::load(&gambit_core::ContentFiles::read_dir(&content).unwrap(), lang).unwrap()
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

/// Trunk's page as far as the page writer reads it.
const TEMPLATE: &str = r#"<html lang="x"><head><meta charset="utf-8" /><title></title><meta name="description" content="" /><script type="module" src="./start.js" data-js="./app.js" data-wasm="./app.wasm"></script></head><body></body></html>"#;

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
    ];
    let mut spelled = Vec::new();
    for value in shared {
        for form in [format!("'{value}'"), format!("\"{value}\""), format!("`{value}`")] {
            if script.contains(&form) {
                spelled.push(form);
            }
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
        insert_after("<head></head>", CHARSET, "x", path).unwrap_err(),
        format!("dist/index.html has no `{CHARSET}` to insert after")
    );
    assert_eq!(
        replace_between("<head></head>", "<title>", "</title>", "x", path).unwrap_err(),
        "dist/index.html has no `<title>`"
    );
}

#[test]
fn only_inline_scripts_are_hashed() {
    let page = r#"<head><script type="module">a()</script><script src="x.js"></script><script>b</script></head>"#;
    assert_eq!(inline_scripts(page), ["a()", "b"]);
}

/// An embeddable page carries the stylesheet itself, allowed by its hash: in a frame sandboxed without
/// `allow-same-origin` WebKit refuses a stylesheet from the page's folder under `'self'` (journalist try 7, friction 1).
#[test]
fn the_embeddable_pages_stylesheet_is_written_in_and_allowed_by_its_hash() {
    let dist = std::env::temp_dir().join(format!("ai-gambit-inline-css-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("main-1.css"),
        "/* a note\n   on two lines */\nbody { margin: 0 }\n\n/* another */\na { color: red }\n",
    )
    .unwrap();
    let template = r#"<head><link rel="stylesheet" href="./main-1.css" data-integrity="none"/></head><body></body>"#;
    let page = with_stylesheet_inline(template, &dist, Path::new("index.html")).unwrap();
    std::fs::remove_dir_all(&dist).unwrap();
    assert_eq!(
        page,
        "<head><style>body { margin: 0 }\na { color: red }</style></head><body></body>"
    );
    let policy = policy_for(&page, None);
    let hash = sha256_base64(b"body { margin: 0 }\na { color: red }");
    let style = policy
        .split(';')
        .map(str::trim)
        .find(|r| r.starts_with("style-src"))
        .unwrap();
    assert_eq!(style, format!("style-src 'self' 'sha256-{hash}'"), "{policy}");
    // A page without one keeps the plain rule.
    assert!(
        policy_for("<body>", None).contains("style-src 'self'; img-src"),
        "{}",
        policy_for("<body>", None)
    );
}

fn sha256_base64(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
}
