//! The Leptos components, grouped by what they show (a file may hold a few small ones). Each renders what the core
//! computes from [`crate::state::Explainer`] and changes it only through its intent methods. A component may keep
//! state of its own that no link carries and no other component reads: whether a panel is open, a toast. The
//! chosen theme is the theme switch's own too, kept on the root (`THEME_ATTRIBUTE`), where the stylesheet and the
//! teacher's notes window read it.

mod app;
mod briefing;
mod chart;
mod compare;
mod controls;
mod dashboard;
mod dom_id;
mod glossary;
mod handout;
mod influence;
mod model_page;
mod nav;
mod outcomes;
mod predict;
mod present;
mod qr;
mod reach;
mod scenario;
mod share;
mod sources;
mod step;
mod theme;
mod toast;
mod worksheet;

pub use app::App;

pub use gambit_core::phrase::fill;

/// A text that may be empty (the Chinese edition's space between words is none), as a view: nothing at all when it
/// is empty. Rendered natively (`crate::prerender`), Leptos writes an empty text as a space, which the readable page,
/// the app's first render, would show between Chinese words.
pub(crate) fn nonempty(text: &str) -> Option<String> {
    (!text.is_empty()).then(|| text.to_string())
}
