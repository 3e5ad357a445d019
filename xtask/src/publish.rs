//! Finishing the built `dist/` for static hosts: a Content Security Policy that allows Trunk's inline loader by
//! its hash (as a `<meta>` in the page, and in `_headers` with the cache rules for hosts that read one), and the
//! summary shown without JavaScript, inserted into the page.

use std::path::Path;

use base64::{engine::general_purpose::STANDARD, Engine};
use sha2::{Digest, Sha256};

/// The policy, with `{scripts}` replaced by the hashes of the page's inline scripts.
const POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {scripts}; style-src 'self'; \
img-src 'self'; font-src 'none'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const CHARSET: &str = r#"<meta charset="utf-8" />"#;

/// Finishes `dist/index.html` and writes `dist/_headers`. Returns the policy.
pub fn finish(dist: &Path, noscript: &str) -> Result<String, String> {
    let path = dist.join("index.html");
    let page = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let (page, policy) = finish_page(&page, noscript, &path)?;
    std::fs::write(&path, page).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
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

/// Trunk's page (read from `path`) with the policy and the no-script summary inserted, and the policy.
fn finish_page(page: &str, noscript: &str, path: &Path) -> Result<(String, String), String> {
    let hashes: Vec<String> = inline_scripts(page)
        .iter()
        .map(|s| format!("'sha256-{}'", STANDARD.encode(Sha256::digest(s))))
        .collect();
    let policy = POLICY.replace("{scripts}", &hashes.join(" "));
    // Right after the charset, before any script it governs.
    let csp = format!("\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />");
    let page = insert_after(page, CHARSET, &csp, path)?;
    let page = insert_after(&page, "<body>", noscript, path)?;
    Ok((page, policy))
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
        let page = format!("{CHARSET}<script>abc</script><body>");
        let (_, policy) = finish_page(&page, "", Path::new("index.html")).unwrap();
        assert!(
            policy.contains("'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='"),
            "{policy}"
        );
    }

    #[test]
    fn the_policy_and_summary_go_after_their_anchors() {
        let page = format!("<head>{CHARSET}<script>a()</script></head><body><p>app</p></body>");
        let (page, policy) = finish_page(&page, "<noscript>summary</noscript>", Path::new("index.html")).unwrap();
        let csp = format!("{CHARSET}\n    <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\" />");
        assert!(page.starts_with(&format!("<head>{csp}<script>")), "{page}");
        assert!(
            page.ends_with("<body><noscript>summary</noscript><p>app</p></body>"),
            "{page}"
        );
    }

    #[test]
    fn a_missing_anchor_is_an_error_naming_it_and_the_file() {
        let error = |page: &str| finish_page(page, "summary", Path::new("dist/index.html")).unwrap_err();
        assert_eq!(
            error("<head></head><body></body>"),
            format!("dist/index.html has no `{CHARSET}` to insert after")
        );
        assert_eq!(
            error(&format!("<head>{CHARSET}</head>")),
            "dist/index.html has no `<body>` to insert after"
        );
    }

    #[test]
    fn only_inline_scripts_are_hashed() {
        let page = r#"<head><script type="module">a()</script><script src="x.js"></script><script>b</script></head>"#;
        assert_eq!(inline_scripts(page), ["a()", "b"]);
    }
}
