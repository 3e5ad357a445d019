//! The page writer's tests, split by what they test: `pages.rs` each page at its address with the app's render of
//! it, the embeddable pages and their copies, the tags that need the site's address and the oEmbed answer;
//! `start_js.rs` what `start.js` is told and that it spells no string it shares with the app; `policy.rs` the
//! content-security policy, its script and style hashes, and the headers. This file holds their shared pages.

mod pages;
mod policy;
mod start_js;

use super::*;

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

fn case(lang: &str) -> Case {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    Case::load(&gambit_core::ContentFiles::read_dir(&content).unwrap(), lang).unwrap()
}

/// Trunk's page as far as the page writer reads it.
const TEMPLATE: &str = r#"<html lang="x"><head><meta charset="utf-8" /><title></title><meta name="description" content="" /><script type="module" src="./start.js" data-js="./app.js" data-wasm="./app.wasm"></script></head><body></body></html>"#;
