//! Finishing the built `dist/` for static hosts: a Content Security Policy (as a `<meta>` in every page, and in
//! `_headers` with the cache rules for hosts that read one), and a page per step. Every page carries its step's
//! readable text: the app's own first render of its address (`src/bin/prerender.rs`), which the app replaces once it starts: `index.html` the
//! first step's, and `steps/<id>/index.html` (and one at each former id) its step's, with its own title and
//! description; `embeds/<id>/index.html`, where embed codes point, and each of its copies carry the app's render of
//! the step's embedded view at the copy's address (`url::embed_address`), light unless the copy says otherwise. Which
//! pages there are, where, and at what address each is rendered is the core's (`url::written_pages`): this module
//! builds no address of its own. Last, the service worker (`public/sw.js`) gets the list of files to keep for offline use and a
//! version that changes with any of them.

use std::collections::HashMap;
use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use gambit_core::content::{StepId, Table};
use gambit_core::draw::PREVIEW_SIZE;
use gambit_core::{markup, phrase, url, Case};
use sha2::{Digest, Sha256};

/// The policy, with `{scripts}` replaced by the hashes of the page's inline scripts (there are none today: the app
/// starts from `start.js`) and `{origin}` by the site's own origin where it is known (see [`policy_for`]).
const POLICY: &str = "default-src 'self'{origin}; script-src 'self'{origin} 'wasm-unsafe-eval' {scripts}; \
style-src 'self'{origin}; img-src 'self'{origin} data:; font-src 'none'; connect-src 'self'{origin}; object-src 'none'; \
base-uri 'none'; form-action 'none'";

const CHARSET: &str = r#"<meta charset="utf-8" />"#;

/// What every page of a language is made from: Trunk's page, the Content Security Policy and the app's renders.
#[derive(Clone, Copy)]
struct Shell<'a> {
    template: &'a str,
    policy: &'a str,
    /// The app's first render of each page, by address (see [`page_addresses`]).
    pages: &'a HashMap<String, String>,
}

/// The address, from the language's root, of every readable page [`finish`] writes ([`url::written_pages`]): the
/// first page (`""`), each step's page under its id and every former one (`steps/<id>/`), and each copy of each
/// step's embeddable page (`embeds/<id>/<copy>/?…`, [`url::embed_address`]).
pub fn page_addresses(case: &Case) -> Vec<String> {
    url::written_pages(case).into_iter().map(|page| page.address).collect()
}

/// Finishes `dist/index.html` and writes every other page of [`url::written_pages`] in its folder; with `site`, the
/// address this folder will be served from (ending in `/`), the pages carry the tags that need absolute URLs, and
/// `oembed/<id>.json` answers for each step. Returns the policy.
/// `pages` holds the app's first render of each address of [`page_addresses`] (`src/bin/prerender.rs`).
pub fn finish(dist: &Path, case: &Case, site: Option<&str>, pages: &HashMap<String, String>) -> Result<String, String> {
    let path = dist.join("index.html");
    let template = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let policy = policy_for(&template, site);
    let write = |path: &Path, page: String| {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let shell = Shell {
        template: &template,
        policy: &policy,
        pages,
    };
    // The first page, each step's page (under each of its names), each step's embeddable page, where the embed
    // code points (its readable page is the embedded view, for a frame whose script is stripped or sandboxed away),
    // and its copies for the scenarios and colours an embed code most often sets (`embeds/<id>/chips-domestic-dark/`).
    for written in url::written_pages(case) {
        let path = dist.join(&written.folder).join("index.html");
        let page = step_page(&shell, case, &written, &path)?;
        let page = match site {
            Some(site) if written.embed.is_none() => {
                insert_after(&page, "</title>", &share_tags(case, &written, site), &path)?
            }
            _ => page,
        };
        write(&path, page)?;
    }
    let offline = std::iter::once("./".to_string())
        .chain(case.steps.ids().map(|id| url::step_path(case, id)))
        .collect();
    write_service_worker(dist, offline)?;
    if let Some(site) = site {
        for id in case.steps.ids() {
            let path = dist.join(url::oembed_path(case, id));
            write(&path, oembed(case, id, site))?;
        }
    }
    Ok(policy)
}

/// Writes `_headers` at the site's root (`dist/`), the only place static hosts read it: every page gets `policy`,
/// and each language's fingerprinted files (`folders`: `""` for the root language, `"zh-Hans/"`, …) may be cached
/// for a year. A copy in a language's folder would be ignored, and its files served without their cache rule.
pub fn write_headers(dist: &Path, policy: &str, folders: &[&str]) -> Result<(), String> {
    let mut headers = format!(
        "# Response headers for static hosts that read this file (Netlify, Cloudflare Pages); see docs/deployment.md.\n\
         /*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n\
         \x20 Access-Control-Allow-Origin: *\n  Cache-Control: no-cache\n"
    );
    for folder in folders {
        for prefix in ["ai-gambit-", "main-"] {
            headers.push_str(&format!(
                "/{folder}{prefix}*\n  Cache-Control: public, max-age=31536000, immutable\n"
            ));
        }
    }
    std::fs::write(dist.join("_headers"), headers).map_err(|e| format!("cannot write _headers: {e}"))
}

/// Fills in `dist/sw.js`: the files it keeps (`pages`, then the app's own files at the top of `dist/`) and a
/// version hashed from all of them, so any change to any file makes a new cache.
fn write_service_worker(dist: &Path, mut files: Vec<String>) -> Result<(), String> {
    let read_dir = |e: std::io::Error| format!("cannot list {}: {e}", dist.display());
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(read_dir)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !matches!(n.as_str(), "index.html" | "sw.js" | "_headers") && !n.starts_with("embed-demo"))
        .collect();
    names.sort();
    files.extend(names);
    let mut hash = Sha256::new();
    for file in &files {
        // A page's address is its folder.
        let path = match file.strip_suffix('/') {
            Some(folder) => dist.join(folder).join("index.html"),
            None => dist.join(file),
        };
        hash.update(file.as_bytes());
        hash.update(std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?);
    }
    let version: String = hash.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect();
    let path = dist.join("sw.js");
    let worker = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let list = files.iter().map(|f| format!("'{f}'")).collect::<Vec<_>>().join(", ");
    let worker = replace_between(&worker, "const VERSION = '", "'", &version, &path)?;
    let worker = replace_between(&worker, "const FILES = [", "]", &list, &path)?;
    std::fs::write(&path, worker).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// The policy for Trunk's page: its inline scripts allowed by their hashes. With `site`, the address the folder will
/// be served from, its origin is named beside `'self'`: in a frame sandboxed without `allow-same-origin` the page's
/// origin is opaque, and WebKit matches `'self'` against that opaque origin, refusing the app's own script and
/// stylesheet; a named origin matches the files' addresses in every engine.
fn policy_for(page: &str, site: Option<&str>) -> String {
    let hashes: Vec<String> = inline_scripts(page)
        .iter()
        .map(|s| format!("'sha256-{}'", STANDARD.encode(Sha256::digest(s))))
        .collect();
    let origin = site.and_then(origin_of).map_or(String::new(), |o| format!(" {o}"));
    POLICY
        .replace(
            " {scripts}",
            &hashes.iter().map(|h| format!(" {h}")).collect::<String>(),
        )
        .replace("{origin}", &origin)
}

/// The origin of an absolute `http(s)` address (`https://example.org/gambit/` → `https://example.org`).
fn origin_of(site: &str) -> Option<&str> {
    let rest = site.strip_prefix("https://").or_else(|| site.strip_prefix("http://"))?;
    let host = rest.split('/').next().filter(|h| !h.is_empty())?;
    Some(&site[..site.len() - rest.len() + host.len()])
}

/// Trunk's page (`template`) as the page `written`, led back from its folder to the language's root: its language,
/// the policy, its title and description (the case's own on the first page, its step's on the others), the data
/// `start.js` needs, and the app's render of its address in `<body>`; an embeddable page (or a copy of it) in the
/// copy's colours (light, dark, or none fixed for `auto`), kept out of search results. `path` names the page in
/// errors.
fn step_page(shell: &Shell, case: &Case, written: &url::WrittenPage, path: &Path) -> Result<String, String> {
    let Shell {
        template,
        policy,
        pages,
    } = *shell;
    let mut page = rebase(template, &written.root());
    let lang = phrase::escape(&case.meta.lang);
    let lang = match written.embed.as_ref().map(|v| v.theme) {
        Some(url::Theme::Auto) | None => lang,
        Some(theme) => format!("{lang}\" data-theme=\"{}", theme.key()),
    };
    page = replace_between(&page, "<html lang=\"", "\"", &lang, path)?;
    let (title, description) = page_words(case, written);
    page = replace_between(&page, "<title>", "</title>", &phrase::escape(&title), path)?;
    page = replace_between(
        &page,
        r#"<meta name="description" content=""#,
        "\"",
        &phrase::escape(&description),
        path,
    )?;
    let mut head = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />");
    page = insert_before(&page, " data-wasm=\"", &start_data(case, written), path)?;
    if written.embed.is_some() {
        head.push_str("\n    <meta name=\"robots\" content=\"noindex\" />");
    }
    // Right after the charset, before any script the policy governs.
    let page = insert_after(&page, CHARSET, &head, path)?;
    // The app's render of the page's address: the step's page, or the copy's embedded view (a frame without its
    // script shows it, at the copy's scenario and colours).
    let body = pages
        .get(&written.address)
        .cloned()
        .ok_or_else(|| format!("no render of `{}` for {}", written.address, path.display()))?;
    insert_after(&page, "<body>", &body, path)
}

/// What `public/start.js` needs to know of the page, as `data-` attributes of its `<script>`, as the core's
/// [`url::start_data`] says (the way back to the root, the link keys it reads, where each step's page is or which
/// step the page holds).
fn start_data(case: &Case, written: &url::WrittenPage) -> String {
    url::start_data(case, written)
        .iter()
        .map(|(name, value)| format!(" data-{name}=\"{}\"", phrase::escape(value)))
        .collect()
}

/// A page's title and description: the case's own for a language's first page, the step's for its other pages.
fn page_words(case: &Case, written: &url::WrittenPage) -> (String, String) {
    if written.is_first() {
        (case.meta.page_title.to_string(), case.meta.description.to_string())
    } else {
        (
            markup::step_page_title(case, written.step),
            markup::step_description(case, written.step),
        )
    }
}

/// The tags of a page that need its absolute address (`site` is the language's folder on the site): canonical (a
/// step's own page, under whichever name the page is written), the same page in the other language, Open Graph and
/// Twitter cards with the step's preview image, and where its oEmbed answer is.
fn share_tags(case: &Case, written: &url::WrittenPage, site: &str) -> String {
    let e = |t: &str| phrase::escape(t);
    let meta = &case.meta;
    let step = written.step;
    let path = if written.is_first() {
        String::new()
    } else {
        url::step_path(case, step)
    };
    let (title, description) = page_words(case, written);
    let url = url::at(site, &path);
    let other = &meta.other_language;
    let other_url = url::at(&url::resolve(site, &other.root), &path);
    let locale = if meta.lang.starts_with("zh") { "zh_CN" } else { "en_US" };
    let oembed = url::at(site, &url::oembed_path(case, step));
    let image = url::at(site, &url::preview_path(case, step));
    format!(
        "\n    <link rel=\"canonical\" href=\"{url}\" />\
         \n    <link rel=\"alternate\" hreflang=\"{}\" href=\"{other_url}\" />\
         \n    <link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\" title=\"{}\" />\
         \n    <meta property=\"og:type\" content=\"website\" />\
         \n    <meta property=\"og:site_name\" content=\"{}\" />\
         \n    <meta property=\"og:locale\" content=\"{locale}\" />\
         \n    <meta property=\"og:url\" content=\"{url}\" />\
         \n    <meta property=\"og:title\" content=\"{}\" />\
         \n    <meta property=\"og:description\" content=\"{}\" />\
         \n    <meta property=\"og:image\" content=\"{image}\" />\
         \n    <meta property=\"og:image:width\" content=\"{}\" />\
         \n    <meta property=\"og:image:height\" content=\"{}\" />\
         \n    <meta property=\"og:image:alt\" content=\"{}\" />\
         \n    <meta name=\"twitter:card\" content=\"summary_large_image\" />\
         \n    <meta name=\"twitter:title\" content=\"{}\" />\
         \n    <meta name=\"twitter:description\" content=\"{}\" />\
         \n    <meta name=\"twitter:image\" content=\"{image}\" />",
        e(&other.lang),
        e(&title),
        e(&meta.title),
        e(&title),
        e(&description),
        PREVIEW_SIZE.0,
        PREVIEW_SIZE.1,
        // The picture is the 2025 one whatever scenario the shared link sets (a static page cannot know it): its
        // description says so, and that the link's own scenario shows once opened.
        e(&phrase::fill(
            &meta.ui.share.preview_alt,
            &[("title", &case.steps[step].text.title)]
        )),
        e(&title),
        e(&description),
    )
}

/// The oEmbed answer for `step` (a "rich" type with the embed code of the step with its controls), for a site that
/// embeds from a pasted link: a static answer cannot know the link's scenario, so it is 2025's, and its title
/// says so (the embed panel asks writers to paste its code instead).
fn oembed(case: &Case, step: StepId, site: &str) -> String {
    let s = &case.steps[step];
    let mut link = url::LinkState::start(case);
    link.step = step;
    link.embed = Some(url::Embed::default());
    let src = url::at(site, &url::embed_link(&link, case));
    let title = phrase::fill(&case.meta.ui.share.embed_title, &[("title", &s.text.title)]);
    let heights = &s.data.embed_height;
    let height = heights.controls.max(heights.phone_controls);
    let html = markup::embed_code_for(
        &src,
        &title,
        markup::HEIGHT_MESSAGE,
        heights.controls,
        heights.phone_controls,
    );
    let answer = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "provider_name": case.meta.title.as_ref(),
        "provider_url": site,
        "title": format!("{}{}{}", s.text.title, case.meta.ui.punctuation.separator, case.meta.ui.share.as_in_2025),
        "width": 720,
        "height": height,
        "html": html,
    });
    serde_json::to_string_pretty(&answer).expect("JSON of strings and numbers")
}

/// `page` with every relative address in `href`, `src`, `data-js` and `data-wasm` led from `root` (`"../../"`).
fn rebase(page: &str, root: &str) -> String {
    if root.is_empty() {
        return page.to_string();
    }
    let mut out = String::with_capacity(page.len() + 256);
    let mut rest = page;
    while let Some((at, attribute)) = [" href=\"", " src=\"", " data-js=\"", " data-wasm=\""]
        .iter()
        .filter_map(|a| rest.find(a).map(|at| (at, *a)))
        .min()
    {
        let value_at = at + attribute.len();
        out.push_str(&rest[..value_at]);
        rest = &rest[value_at..];
        let absolute = ["http:", "https:", "/", "#", "data:", "mailto:"]
            .iter()
            .any(|p| rest.starts_with(p));
        if !absolute {
            out.push_str(root);
            rest = rest.strip_prefix("./").unwrap_or(rest);
        }
    }
    out.push_str(rest);
    out
}

/// `page` with the text between the first `start` and the `end` after it replaced by `text`.
fn replace_between(page: &str, start: &str, end: &str, text: &str, path: &Path) -> Result<String, String> {
    let from = page
        .find(start)
        .ok_or_else(|| format!("{} has no `{start}`", path.display()))?
        + start.len();
    let to = page[from..]
        .find(end)
        .ok_or_else(|| format!("{} has no `{end}` after `{start}`", path.display()))?
        + from;
    Ok(format!("{}{text}{}", &page[..from], &page[to..]))
}

/// `page` with `text` inserted right before the first `anchor`; an error if Trunk's output has no such anchor.
fn insert_before(page: &str, anchor: &str, text: &str, path: &Path) -> Result<String, String> {
    let at = page
        .find(anchor)
        .ok_or_else(|| format!("{} has no `{anchor}` to insert before", path.display()))?;
    Ok(format!("{}{text}{}", &page[..at], &page[at..]))
}

/// `page` with `text` inserted right after the first `anchor`; an error if Trunk's output has no such anchor.
fn insert_after(page: &str, anchor: &str, text: &str, path: &Path) -> Result<String, String> {
    let at = page
        .find(anchor)
        .ok_or_else(|| format!("{} has no `{anchor}` to insert after", path.display()))?
        + anchor.len();
    Ok(format!("{}{text}{}", &page[..at], &page[at..]))
}

/// The contents of every `<script>` without a `src`, exactly as the browser hashes them.
pub fn inline_scripts(page: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find("</script>").map(|i| open_end + i) else {
            break;
        };
        if !rest[start..open_end].contains("src=") {
            found.push(&rest[open_end..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    found
}

#[cfg(test)]
mod tests {
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
                    let page =
                        format!(r#"<div id="static" data-address="{a}"><header class="masthead"></header></div>"#);
                    (a, page)
                })
                .collect()
        });
        Shell {
            template,
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
    use super::*;

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

    /// `start.js` is told, in its script's attributes, the way back to the root, the link keys it reads, and on the
    /// first page the page of every name a step answers to (an older link's `?step=`); on a step's page, its step.
    #[test]
    fn the_start_script_is_told_where_step_pages_are_and_the_way_back_to_the_root() {
        let case = case("en");
        let index = page_at(&case, "");
        let script = start_script(&index);
        for wanted in [
            r#"data-root="""#,
            r#"data-step-key="step""#,
            r#"data-embed-key="embed""#,
            r#"data-theme-key="theme""#,
            r#"data-wasm="./app.wasm""#,
        ] {
            assert!(script.contains(wanted), "{wanted} not in {script}");
        }
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
        for wanted in [
            r#"data-root="../../""#,
            r#"data-step="chip-chokehold""#,
            r#"data-wasm="../../app.wasm""#,
        ] {
            assert!(script.contains(wanted), "{wanted} not in {script}");
        }
        assert!(!own.contains("data-step-pages"), "{own}");
        let copy = page_at(&case, "embeds/chip-chokehold/dark/");
        assert!(start_script(&copy).contains(r#"data-root="../../../""#), "{copy}");
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
}
