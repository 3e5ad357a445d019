//! AI Gambit, the app: thin Leptos views over the pure core (`gambit-core`).
//!
//! - [`content`]: the case as bundled at build time (validated by `build.rs`), parsed once;
//! - [`state`]: the one place that owns the reader's state (the step and each assumption) and derives outcomes;
//! - [`views`]: the components, which render what the core computes and own no state of their own.

pub mod content;
pub mod state;
pub mod views;

/// Starts the app in the page's `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(views::App);
}
