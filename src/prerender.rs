//! The app's first render of an address as HTML, natively (the `ssr` feature): what `cargo xtask dist` puts in each
//! page, so the readable page a reader sees before the app starts, and all they see without script, is the app's
//! own markup for that address. The app replaces it when it starts (`crate::mount`).

use std::sync::Arc;

use gambit_core::markup::STATIC_PAGE_ID;
use gambit_core::phrase::escape;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::{content, link, views};

/// The page at `address` (from the language's root: `""`, `steps/<id>/`, `embeds/<id>/dark/`, with any query), as
/// the app first renders it, in the readable page's box: the notes `public/start.js` may show are in its `data-`
/// attributes, in the page's language, and a reader without script is told what needs it.
pub fn page(address: &str) -> String {
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    // The page's links lead from its own folder back to the root, so `dist/` works from any folder.
    let root = "../".repeat(path.matches('/').count());
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{query}")
    };
    link::set_address(&format!("{root}{path}"), &query);
    // A server's context: Leptos then adds no browser listener (`window_event_listener`), and runs no effect.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = without_markers(&owner.with(|| view! { <views::App /> }.to_html()));
    let ui = &content::case().meta.ui;
    let load = &ui.load;
    format!(
        r#"<div id="{STATIC_PAGE_ID}" class="static-page" data-slow="{}" data-failed="{}" data-unsupported="{}" data-retry="{}"><noscript><p class="load-note">{}</p></noscript>{html}</div>"#,
        escape(&load.slow),
        escape(&load.failed),
        escape(&load.unsupported),
        escape(&load.retry),
        escape(&ui.noscript),
    )
}

/// `html` without the comments Leptos leaves for hydration (`<!>` between two texts, `<!--<() />-->` in debug
/// builds), which the app does not do: it replaces the page. `<!>` is not even a valid comment (validators call it
/// bogus), and nothing the app renders holds one otherwise.
fn without_markers(html: &str) -> String {
    let mut out = html.replace("<!>", "");
    while let Some(start) = out.find("<!--<") {
        match out[start..].find("-->") {
            Some(end) => out.replace_range(start..start + end + 3, ""),
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::without_markers;

    #[test]
    fn leptos_markers_are_left_out_and_nothing_else() {
        let html = r#"<p>a<!>b<!--<() />--></p><textarea>x</textarea><!-- kept -->"#;
        assert_eq!(without_markers(html), "<p>ab</p><textarea>x</textarea><!-- kept -->");
    }
}
