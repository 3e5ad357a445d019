//! The app's first render of an address as HTML, natively (the `ssr` feature): what `cargo xtask dist` puts in each
//! page, so the readable page a reader sees before the app starts, and all they see without script, is the app's
//! own markup for that address. The app replaces it when it starts (`crate::mount`).

use std::sync::Arc;

use gambit_core::markup::STATIC_PAGE_ID;
use gambit_core::phrase::escape;
use gambit_core::url;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::{content, link, views};

/// The page at `address` (from the language's root: `""`, `steps/<id>/`, `embeds/<id>/dark/`, with any query), in
/// language `lang`, as the app first renders it, in the readable page's box: the notes `public/start.js` may show
/// are in its `data-` attributes, in the page's language, with the address rendered (`data-address`), and a reader
/// without script is told what needs it (an embeddable page's view says so itself, `NoScriptNote`). `site`, where
/// known, is the address the language's folder is served from. The address and the language are the render's
/// context ([`link::NativeAddress`], [`content::Bundle`]), given afresh to each render: nothing of one render is left
/// for the next. An error for a language the build does not bundle.
pub fn page(lang: &str, address: &str, site: Option<&str>) -> Result<String, String> {
    let bundle = content::Bundle::of(lang).ok_or_else(|| format!("no language `{lang}` in this build"))?;
    let (path, query) = url::split_address(address);
    // The page's links lead from its own folder back to the root, so `dist/` works from any folder.
    let native = link::NativeAddress {
        path: url::at(&url::up_to_root(address), path),
        query: query.to_string(),
        site: site.map(str::to_string),
    };
    // A server's context: Leptos then adds no browser listener (`window_event_listener`), and runs no effect.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(bundle);
        provide_context(native);
        view! { <views::App /> }.to_html()
    });
    let html = without_markers(&html);
    let ui = &bundle.case.meta.ui;
    let load = &ui.load;
    let noscript = if url::is_embed_address(address) {
        String::new()
    } else {
        format!(
            r#"<noscript><p class="load-note">{}</p></noscript>"#,
            escape(&ui.noscript)
        )
    };
    Ok(format!(
        r#"<div id="{STATIC_PAGE_ID}" class="static-page" data-address="{}" data-slow="{}" data-failed="{}" data-unsupported="{}" data-sandboxed="{}" data-sandboxed-link="{}" data-sandboxed-advice="{}" data-open-blocked="{}" data-space="{}" data-retry="{}">{noscript}{html}</div>"#,
        escape(address),
        escape(&load.slow),
        escape(&load.failed),
        escape(&load.unsupported),
        escape(&load.sandboxed),
        escape(&load.sandboxed_link),
        escape(&load.sandboxed_advice),
        escape(&ui.share.open_blocked),
        escape(&ui.punctuation.space),
        escape(&load.retry),
    ))
}

/// `html` without the comments Leptos leaves for hydration (`<!>` between two texts, `<!--<() />-->` in debug
/// builds), which the app does not do: it replaces the page. `<!>` is not even a valid comment (validators call it
/// bogus), and nothing the app renders holds one otherwise. Public for its test (`tests/prerender.rs`).
pub fn without_markers(html: &str) -> String {
    let mut out = html.replace("<!>", "");
    while let Some(start) = out.find("<!--<") {
        match out[start..].find("-->") {
            Some(end) => out.replace_range(start..start + end + 3, ""),
            None => break,
        }
    }
    out
}
