//! The Leptos components. Each renders what the core computes from [`crate::state::Explainer`]; none owns
//! state of its own.

mod app;
mod briefing;
mod chart;
mod compare;
mod controls;
mod dashboard;
mod glossary;
mod handout;
mod influence;
mod model_page;
mod nav;
mod outcomes;
mod predict;
mod present;
mod qr;
mod scenario;
mod share;
mod sources;
mod step;
mod theme;
mod toast;

pub use app::App;
pub(crate) use compare::difference_words;

pub use gambit_core::phrase::fill;
