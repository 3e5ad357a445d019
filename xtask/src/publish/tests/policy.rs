//! The content-security policy: the hashes of inline scripts and styles, the site's origin beside `'self'`, and the
//! `_headers` file that carries it.

use super::*;
use crate::publish::policy::{inline_scripts, origin_of, policy_for};

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

/// An embeddable page carries `start.js` itself, at the end of its body, with its attributes, without its comments,
/// allowed by its hash: in a frame sandboxed without `allow-same-origin` WebKit refused the linked script under
/// `'self'`, and the readable page said nothing and kept the code's height (journalist try 11, #3). A script that
/// would end its element, or hold an address `rebase` would lead elsewhere, is refused.
#[test]
fn the_embeddable_pages_start_script_is_written_in_and_allowed_by_its_hash() {
    let dist = std::env::temp_dir().join(format!("ai-gambit-inline-js-{}", std::process::id()));
    std::fs::create_dir_all(&dist).unwrap();
    std::fs::write(
        dist.join("start.js"),
        "// a note\n/**\n * a block\n */\nconst a = 'x // y';\n\n  /* one */\nstart(a);\n",
    )
    .unwrap();
    let template = r#"<head><script defer src="./start.js" data-js="./app.js" data-wasm="./app.wasm"></script></head><body><p>x</p></body>"#;
    let page = with_start_inline(template, &dist, Path::new("index.html"));
    std::fs::write(dist.join("start.js"), "a = '</script>';\n").unwrap();
    let closing = with_start_inline(template, &dist, Path::new("index.html"));
    std::fs::write(dist.join("start.js"), "a = '<a href=\"x\">';\n").unwrap();
    let address = with_start_inline(template, &dist, Path::new("index.html"));
    std::fs::remove_dir_all(&dist).unwrap();
    let page = page.unwrap();
    let js = "const a = 'x // y';\nstart(a);";
    assert_eq!(
        page,
        format!(r#"<head></head><body><p>x</p><script data-js="./app.js" data-wasm="./app.wasm">{js}</script></body>"#)
    );
    let policy = policy_for(&page, None);
    let script = policy
        .split(';')
        .map(str::trim)
        .find(|r| r.starts_with("script-src"))
        .unwrap();
    let hash = sha256_base64(js.as_bytes());
    assert_eq!(
        script,
        format!("script-src 'self' 'wasm-unsafe-eval' 'sha256-{hash}'"),
        "{policy}"
    );
    assert!(closing.is_err(), "{closing:?}");
    assert!(address.is_err(), "{address:?}");
}

fn sha256_base64(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
}
