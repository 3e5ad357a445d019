//! The Leptos components. Each renders what the core computes from [`crate::state::Explainer`]; none owns
//! state of its own.

mod app;
mod briefing;
mod controls;
mod dashboard;
mod glossary;
mod nav;
mod org_map;
mod outcomes;
mod sources;
mod step;

pub use app::App;

/// Fills `{name}` placeholders in `template` from `values`.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}
