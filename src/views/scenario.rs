//! The reader's scenario, always in sight: a line on every step naming what it changes from the 2025 picture
//! (`gambit_core::markup::scenario_changes`), with a way back to 2025; nothing while every assumption is as in
//! 2025. In an embedded step without controls the line names the locked scenario, without the button.

use gambit_core::markup::{fill, scenario_changes};
use leptos::prelude::*;

use crate::state::Explainer;

#[component]
pub fn ScenarioLine(#[prop(optional)] locked: bool) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let share = &case.meta.ui.share;
    let changes = Memo::new(move |_| scenario_changes(case, &state.scenario()));
    move || {
        let changes = changes.get();
        (!changes.is_empty()).then(|| {
            let line = fill(&share.scenario_line, &[("changes", &changes.join(&case.meta.ui.punctuation.clauses))]);
            let reset = (!locked).then(|| {
                view! {
                    <button type="button" class="link-button scenario-reset" on:click=move |_| state.reset_scenario()>
                        {share.back_to_2025.as_ref()}
                    </button>
                }
            });
            view! { <p class="scenario-line" role="note"><span>{line}</span> " " {reset}</p> }
        })
    }
}
