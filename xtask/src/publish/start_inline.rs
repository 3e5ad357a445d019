//! `start.js` written into an embeddable page, for WebKit's sandboxed frames (see [`with_start_inline`]).

use std::path::Path;

use super::insert_before;

/// `template` with `start.js` written into it, at the end of its body, with its `data-` attributes (an embeddable
/// page's): in a frame sandboxed without `allow-same-origin`, WebKit matches the policy's `'self'` against the
/// frame's opaque origin and refused the linked script, so the readable page there said nothing and never told
/// its host its height (journalist try 11, #3). Written in and allowed by its hash, it runs in every engine; where
/// the app's own files are then refused, it says so and sizes the frame as in the other engines. Without its
/// comments (half of the file, in every embeddable page). It runs where it stands, so at the end of the body, after
/// the readable page it reads (`defer` means nothing to a script written in).
pub(super) fn with_start_inline(template: &str, dist: &Path, path: &Path) -> Result<String, String> {
    let tag_at = template
        .match_indices("<script")
        .map(|(at, _)| at)
        .find(|&at| {
            template[at..]
                .split('>')
                .next()
                .is_some_and(|tag| tag.contains("start.js\""))
        })
        .ok_or_else(|| format!("{} has no start.js script", path.display()))?;
    let tag_end = tag_at
        + template[tag_at..]
            .find('>')
            .ok_or_else(|| format!("{} has an unclosed start.js script", path.display()))?;
    let close = "</script>";
    let end = tag_end
        + template[tag_end..]
            .find(close)
            .ok_or_else(|| format!("{} has no end to its start.js script", path.display()))?
        + close.len();
    // Its attributes but `defer` and `src`.
    let attributes: String = template[tag_at + "<script".len()..tag_end]
        .split_whitespace()
        .filter(|a| *a != "defer" && !a.starts_with("src="))
        .map(|a| format!(" {a}"))
        .collect();
    let file = dist.join("start.js");
    let js = std::fs::read_to_string(&file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let js = without_script_comments(&js);
    // Nothing in it may end the element, or look to `rebase` like an address to lead from the page's folder.
    if let Some(found) = [
        "<script",
        "</script",
        " href=\"",
        " src=\"",
        " data-js=\"",
        " data-wasm=\"",
    ]
    .iter()
    .find(|s| js.to_lowercase().contains(*s))
    {
        return Err(format!(
            "{} holds `{found}`: it cannot be written into a page",
            file.display()
        ));
    }
    let page = format!("{}{}", &template[..tag_at], &template[end..]);
    insert_before(&page, "</body>", &format!("<script{attributes}>{js}</script>"), path)
}

/// `js` without its comment lines (`// …`, and `/** … */` blocks that start a line) and blank lines: only whole
/// lines, so nothing inside a string or a template is touched.
fn without_script_comments(js: &str) -> String {
    let mut out = Vec::new();
    let mut in_block = false;
    for line in js.lines() {
        let trimmed = line.trim();
        if in_block {
            in_block = !trimmed.ends_with("*/");
            continue;
        }
        if trimmed.starts_with("/*") {
            in_block = !trimmed.ends_with("*/");
            continue;
        }
        if trimmed.starts_with("//") || trimmed.is_empty() {
            continue;
        }
        out.push(line);
    }
    out.join("\n")
}
