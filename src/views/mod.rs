//! The Leptos components. Each renders what the core computes from [`crate::state::Explainer`]; none owns
//! state of its own.

mod app;
mod briefing;
mod chips;
mod compare;
mod controls;
mod dashboard;
mod glossary;
mod handout;
mod influence;
mod model_page;
mod nav;
mod objectives;
mod org_map;
mod outcomes;
mod predict;
mod present;
mod qr;
mod ripple;
mod rivals;
mod share;
mod sources;
mod spending;
mod step;
mod svg;
mod talent;
mod theme;

pub use app::App;

pub use gambit_core::markup::fill;
