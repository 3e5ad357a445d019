//! "Previous" and "Next" between steps, with where the reader is.

use leptos::prelude::*;

use super::fill;
use crate::state::Explainer;

#[component]
pub fn StepNav() -> impl IntoView {
    let state = Explainer::get();
    let ui = &state.case.meta.ui;
    let total = state.case.steps.len();
    let step = state.step;
    let progress = move || {
        fill(
            &ui.progress,
            &[("n", &(step.get() + 1).to_string()), ("total", &total.to_string())],
        )
    };
    view! {
        <nav class="step-nav" aria-label=ui.steps_nav.clone()>
            <button type="button" on:click=move |_| step.update(|s| *s = s.saturating_sub(1)) disabled=move || step.get() == 0>
                {ui.previous.clone()}
            </button>
            <span class="progress">{progress}</span>
            <button type="button" on:click=move |_| step.update(|s| *s = (*s + 1).min(total - 1)) disabled=move || { step.get() + 1 >= total }>
                {ui.next.clone()}
            </button>
        </nav>
    }
}
