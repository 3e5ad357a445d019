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

use gambit_core::content::{StepId, Table};
use gambit_core::draw::PREVIEW_SIZE;
use gambit_core::{markup, phrase, url, Case};

mod policy;
mod start_inline;

pub use policy::write_headers;
use policy::{policy_for, write_service_worker};
use start_inline::with_start_inline;

const CHARSET: &str = r#"<meta charset="utf-8" />"#;

/// What every page of a language is made from: Trunk's page (and for an embeddable page, the same with the
/// stylesheet written into it), the Content Security Policy and the app's renders.
#[derive(Clone, Copy)]
struct Shell<'a> {
    template: &'a str,
    embed_template: &'a str,
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
    let embed_template = with_stylesheet_inline(&template, dist, &path)?;
    let embed_template = with_start_inline(&embed_template, dist, &path)?;
    // One policy for every page: the embeddable pages' stylesheet is allowed by its hash.
    let policy = policy_for(&embed_template, site);
    let write = |path: &Path, page: String| {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let shell = Shell {
        template: &template,
        embed_template: &embed_template,
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

/// Trunk's page (`template`) as the page `written`, led back from its folder to the language's root: its language,
/// the policy, its title and description (the case's own on the first page, its step's on the others), the data
/// `start.js` needs, and the app's render of its address in `<body>`; an embeddable page (or a copy of it) in the
/// copy's colours (light, dark, or none fixed for `auto`), kept out of search results. `path` names the page in
/// errors.
fn step_page(shell: &Shell, case: &Case, written: &url::WrittenPage, path: &Path) -> Result<String, String> {
    let Shell {
        template,
        embed_template,
        policy,
        pages,
    } = *shell;
    let template = if written.embed.is_some() {
        embed_template
    } else {
        template
    };
    let mut page = rebase(template, &written.root());
    page = replace_between(&page, "<html lang=\"", "\"", &phrase::escape(&case.meta.lang), path)?;
    if let Some(theme) = written
        .embed
        .as_ref()
        .map(|v| v.theme)
        .filter(|&t| t != url::Theme::Auto)
    {
        page = insert_attribute(&page, "<html", markup::THEME_ATTRIBUTE, theme.key(), path)?;
    }
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
    let other_url = url::at(&url::resolve(site, &url::language_root(&meta.lang, &other.lang)), &path);
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

/// Trunk's page `template` (at `path`, in `dist`) with its stylesheet's `<link>` replaced by the stylesheet itself,
/// for the embeddable pages. A frame sandboxed without `allow-same-origin` has an opaque origin, and WebKit matches
/// the policy's `'self'` against it, refusing a stylesheet from the page's own folder: the chart then shows as black
/// blocks (journalist try 7). Written into the page and allowed by its hash, the style holds in every engine, with
/// no request at all; the reader fetches the same rules as with the `<link>`, without the comments (a quarter of the
/// file, in every one of the embeddable pages).
fn with_stylesheet_inline(template: &str, dist: &Path, path: &Path) -> Result<String, String> {
    let start = template
        .find("<link rel=\"stylesheet\"")
        .ok_or_else(|| format!("{} has no stylesheet", path.display()))?;
    let end = template[start..]
        .find('>')
        .map(|i| start + i + 1)
        .ok_or_else(|| format!("{} has an unclosed stylesheet link", path.display()))?;
    let link = &template[start..end];
    let href = link
        .split(" href=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .ok_or_else(|| format!("{} links a stylesheet without href", path.display()))?;
    let file = dist.join(href.trim_start_matches("./"));
    let css = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let css = without_comments(&css);
    if css.contains("</style") {
        return Err(format!(
            "{} holds `</style`: it cannot be written into a page",
            file.display()
        ));
    }
    Ok(format!(
        "{}<style>{css}</style>{}",
        &template[..start],
        &template[end..]
    ))
}

/// `css` without its comments and the blank lines they leave.
fn without_comments(css: &str) -> String {
    gambit_core::draw::strip_comments(css)
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
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

/// `page` with the attribute `name="value"` added last to the first `element` (`<html`); an error if Trunk's output
/// has no such element.
fn insert_attribute(page: &str, element: &str, name: &str, value: &str, path: &Path) -> Result<String, String> {
    let at = page
        .find(element)
        .and_then(|start| page[start..].find('>').map(|end| start + end))
        .ok_or_else(|| format!("{} has no `{element}` element", path.display()))?;
    Ok(format!("{} {name}=\"{value}\"{}", &page[..at], &page[at..]))
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

#[cfg(test)]
mod tests;
