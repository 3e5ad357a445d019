//! The Leptos components. Each renders what the core computes from [`crate::state::Explainer`]; none owns
//! state of its own.

mod app;
mod briefing;
mod chips;
mod controls;
mod dashboard;
mod glossary;
mod influence;
mod nav;
mod objectives;
mod org_map;
mod outcomes;
mod ripple;
mod rivals;
mod sources;
mod spending;
mod step;
mod svg;
mod talent;
mod theme;

pub use app::App;

/// Fills `{name}` placeholders in `template` from `values`.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}
