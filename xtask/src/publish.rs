//! Finishing the built `dist/` for static hosts: a Content Security Policy (as a `<meta>` in every page, and in
//! `_headers` with the cache rules for hosts that read one), and a page per step. Every page carries its step's
//! readable text (`gambit_core::markup::static_page`), which the app replaces once it starts: `index.html` the
//! first step's, and `steps/<id>/index.html` (and one at each former id) its step's, with its own title and
//! description. Last, the service worker (`public/sw.js`) gets the list of files to keep for offline use and a
//! version that changes with any of them.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use gambit_core::content::{StepId, Table};
use gambit_core::{markup, Case};
use sha2::{Digest, Sha256};

/// The policy, with `{scripts}` replaced by the hashes of the page's inline scripts (there are none today: the app
/// starts from `start.js`).
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {scripts}; style-src 'self'; \
img-src 'self'; font-src 'none'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const CHARSET: &str = r#"<meta charset="utf-8" />"#;

/// From a step's page (`steps/<id>/`) back to the site's root.
const STEP_ROOT: &str = "../../";

/// Finishes `dist/index.html`, writes a page per step and `dist/_headers`. Returns the policy.
pub fn finish(dist: &Path, case: &Case) -> Result<String, String> {
    let path = dist.join("index.html");
    let template = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let policy = policy_for(&template);
    let write = |path: &Path, page: String| {
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
        }
        std::fs::write(path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    let first = case.steps.ids().next().ok_or("the case has no step")?;
    write(&path, step_page(&template, &policy, case, first, "", &path)?)?;
    let mut offline = vec!["./".to_string()];
    for (id, step) in case.steps.with_ids() {
        offline.push(markup::step_path(case, id));
        for key in std::iter::once(&step.data.id).chain(step.data.aliases.iter()) {
            let path = dist.join("steps").join(key.as_ref()).join("index.html");
            write(&path, step_page(&template, &policy, case, id, STEP_ROOT, &path)?)?;
        }
    }
    write_service_worker(dist, offline)?;
    let headers = format!(
        "# Response headers for static hosts that read this file (Netlify, Cloudflare Pages); see the README.\n\
         /*\n  Content-Security-Policy: {policy}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n\
         \x20 Access-Control-Allow-Origin: *\n  Cache-Control: no-cache\n\
         /ai-gambit-*\n  Cache-Control: public, max-age=31536000, immutable\n\
         /main-*\n  Cache-Control: public, max-age=31536000, immutable\n"
    );
    std::fs::write(dist.join("_headers"), headers).map_err(|e| format!("cannot write _headers: {e}"))?;
    Ok(policy)
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

/// The policy for Trunk's page: its inline scripts allowed by their hashes.
fn policy_for(page: &str) -> String {
    let hashes: Vec<String> = inline_scripts(page)
        .iter()
        .map(|s| format!("'sha256-{}'", STANDARD.encode(Sha256::digest(s))))
        .collect();
    POLICY.replace(
        " {scripts}",
        &hashes.iter().map(|h| format!(" {h}")).collect::<String>(),
    )
}

/// Trunk's page (`template`) as the page of `step`, `root` away from the language's root (`""` for `index.html`,
/// which takes the case's own title and description): its language, the policy, the step's title and description,
/// and its readable text in `<body>`. `path` names the page in errors.
fn step_page(
    template: &str,
    policy: &str,
    case: &Case,
    step: StepId,
    root: &str,
    path: &Path,
) -> Result<String, String> {
    let mut page = rebase(template, root);
    page = replace_between(&page, "<html lang=\"", "\"", &markup::escape(&case.meta.lang), path)?;
    if root.is_empty() {
        page = replace_between(
            &page,
            "<title>",
            "</title>",
            &markup::escape(&case.meta.page_title),
            path,
        )?;
        page = replace_between(
            &page,
            r#"<meta name="description" content=""#,
            "\"",
            &markup::escape(&case.meta.description),
            path,
        )?;
    }
    let mut head = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />");
    if !root.is_empty() {
        page = replace_between(
            &page,
            "<title>",
            "</title>",
            &markup::escape(&markup::step_page_title(case, step)),
            path,
        )?;
        page = replace_between(
            &page,
            r#"<meta name="description" content=""#,
            "\"",
            &markup::escape(&markup::step_description(case, step)),
            path,
        )?;
        head.push_str(&format!(
            "\n    <meta name=\"ai-gambit-step\" content=\"{}\" />\n    <meta name=\"ai-gambit-root\" content=\"{root}\" />",
            markup::escape(&case.steps[step].data.id)
        ));
    }
    // Right after the charset, before any script the policy governs.
    let page = insert_after(&page, CHARSET, &head, path)?;
    insert_after(&page, "<body>", &markup::static_page(case, step, root), path)
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
    use super::*;

    /// The script hash the policy carries: base64 of SHA-256, checked on the FIPS 180-4 vector for "abc".
    #[test]
    fn script_hashes_are_base64_sha256() {
        let policy = policy_for("<script>abc</script><body>");
        assert!(
            policy.contains("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"),
            "{policy}"
        );
        assert!(
            policy_for("<body>").contains("'wasm-unsafe-eval'; style-src"),
            "{}",
            policy_for("<body>")
        );
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
