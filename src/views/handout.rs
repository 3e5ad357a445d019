//! The handout: every step in order under the reader's scenario, with its charts, discussion question and
//! sources, laid out for print.

use leptos::prelude::*;

use super::step::StepBody;
use crate::state::Explainer;

#[component]
pub fn Handout() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    let print = |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let steps = case
        .steps
        .iter()
        .map(|step| view! { <StepBody step controls=false /> })
        .collect_view();
    view! {
        <div class="handout">
            <div class="handout-tools">
                <button type="button" on:click=print>{ui.share.print.as_ref()}</button>
                <button type="button" class="back" on:click=move |_| state.go_to(state.step().get_untracked())>
                    {ui.how.back.as_ref()}
                </button>
            </div>
            {steps}
        </div>
    }
}
