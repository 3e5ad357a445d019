//! AI Gambit, the app: thin Leptos views over the pure core (`gambit-core`).
//!
//! - [`content`]: the case as bundled at build time (validated by `build.rs`, written as Rust statics: nothing is
//!   parsed at start-up);
//! - [`state`]: the one place that owns the reader's state (the step, the page, each assumption and slider, ...)
//!   and derives the outcomes and the ending;
//! - [`link`]: everything between the address bar and that state: reading it, writing it (history entries, Back
//!   and Forward) and every URL the page hands out;
//! - [`frame`]: when embedded, tells the host page the content's height;
//! - [`focus`]: whether a focus the page moves shows its ring (after a key it does, after a click it does not);
//! - `prerender` (feature `ssr`): the app's first render of an address as HTML, natively, for the readable pages;
//! - [`panic`]: what the reader sees if the app fails anyway;
//! - [`save`]: hands a file the page made (a chart as SVG or PNG, the outcomes as CSV) to the browser's download;
//! - [`views`]: the components, which render what the core computes and own none of the reader's state.

// The `ssr` build renders views natively; their nested types go deeper than the compiler's default limit.
#![recursion_limit = "256"]

// The two renders exclude each other: with both, effects that only the browser may run would run natively too.
#[cfg(all(feature = "csr", feature = "ssr"))]
compile_error!("features `csr` (the browser's app) and `ssr` (the native render) cannot be enabled together");

pub mod content;
pub mod focus;
pub mod frame;
pub mod link;
pub mod panic;
#[cfg(feature = "ssr")]
pub mod prerender;
pub mod save;
pub mod state;
pub mod views;

/// The browser's window; `None` when rendered natively (the `prerender` binary), where every browser call would
/// panic: what reads or changes the page (the theme kept, the address bar, the frame's height) then does nothing.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

/// The page's root element (`<html>`), which holds the theme, present mode's classes and the frame's markers; `None`
/// when rendered natively.
pub fn root_element() -> Option<web_sys::Element> {
    window().and_then(|w| w.document()).and_then(|d| d.document_element())
}

/// Starts the app in the page's `<body>`, in place of the readable page that `cargo xtask dist` put there (and
/// any note `public/start.js` added to it).
pub fn mount() {
    panic::install();
    if let Some(page) = crate::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(gambit_core::markup::STATIC_PAGE_ID))
    {
        page.remove();
    }
    leptos::mount::mount_to_body(views::App);
    // The first step is on screen once mounting returns; the benchmark reads this mark.
    if let Some(performance) = crate::window().and_then(|w| w.performance()) {
        let _ = performance.mark(FIRST_STEP_MARK);
    }
}

/// The performance mark set when the first step has been rendered.
pub const FIRST_STEP_MARK: &str = "ai-gambit:first-step";
