//! What the host and the browser are told to keep and allow: the Content Security Policy of every page (with the
//! hashes of its inline scripts and, where known, the site's origin), `_headers` for the hosts that read one, and the
//! service worker's list of files with a version hashed from them.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};

use super::replace_between;

/// The policy, with `{scripts}` replaced by the hashes of the page's inline scripts (an embeddable page's `start.js`,
/// written in; the other pages link it), `{styles}` by those of its inline stylesheets (an embeddable page's, see
/// [`super::finish`]) and `{origin}` by the site's own origin where it is known (see [`policy_for`]).
const POLICY: &str = "default-src 'self'{origin}; script-src 'self'{origin} 'wasm-unsafe-eval' {scripts}; \
style-src 'self'{origin} {styles}; img-src 'self'{origin} data:; font-src 'none'; connect-src 'self'{origin}; object-src 'none'; \
base-uri 'none'; form-action 'none'";

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
pub(super) fn write_service_worker(dist: &Path, mut files: Vec<String>) -> Result<(), String> {
    let read_dir = |e: std::io::Error| format!("cannot list {}: {e}", dist.display());
    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(read_dir)?
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| !matches!(n.as_str(), "index.html" | "sw.js" | "_headers"))
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

/// The policy for Trunk's page: its inline scripts and stylesheets allowed by their hashes. With `site`, the address the folder will
/// be served from, its origin is named beside `'self'`: in a frame sandboxed without `allow-same-origin` the page's
/// origin is opaque, and WebKit matches `'self'` against that opaque origin, refusing the app's own script and
/// stylesheet; a named origin matches the files' addresses in every engine.
pub(super) fn policy_for(page: &str, site: Option<&str>) -> String {
    let hashes = |texts: Vec<&str>| -> String {
        texts
            .iter()
            .map(|s| format!(" 'sha256-{}'", STANDARD.encode(Sha256::digest(s))))
            .collect()
    };
    let origin = site.and_then(origin_of).map_or(String::new(), |o| format!(" {o}"));
    POLICY
        .replace(" {scripts}", &hashes(inline_scripts(page)))
        .replace(" {styles}", &hashes(inline_elements(page, "style")))
        .replace("{origin}", &origin)
}

/// The origin of an absolute `http(s)` address (`https://example.org/gambit/` → `https://example.org`).
pub(super) fn origin_of(site: &str) -> Option<&str> {
    let rest = site.strip_prefix("https://").or_else(|| site.strip_prefix("http://"))?;
    let host = rest.split('/').next().filter(|h| !h.is_empty())?;
    Some(&site[..site.len() - rest.len() + host.len()])
}

/// The contents of every `<script>` without a `src`, exactly as the browser hashes them.
pub(super) fn inline_scripts(page: &str) -> Vec<&str> {
    inline_elements(page, "script")
}

/// The contents of every `<tag>` element without a `src` (`script`, `style`), exactly as the browser hashes them.
pub(super) fn inline_elements<'a>(page: &'a str, tag: &str) -> Vec<&'a str> {
    let (open, end) = (format!("<{tag}"), format!("</{tag}>"));
    let mut found = Vec::new();
    let mut rest = page;
    while let Some(start) = rest.find(&open) {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i + 1) else {
            break;
        };
        let Some(close) = rest[open_end..].find(&end).map(|i| open_end + i) else {
            break;
        };
        if !rest[start..open_end].contains("src=") {
            found.push(&rest[open_end..close]);
        }
        rest = &rest[close + end.len()..];
    }
    found
}
