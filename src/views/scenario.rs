//! The reader's scenario, always in sight: a line on every step naming what it changes from the 2025 picture
//! (`gambit_core::markup::scenario_changes`), with a way back to 2025, or saying that every assumption is as in
//! 2025 (so the line is there before the first change, and flipping an assumption moves nothing on the page). In
//! an embedded step it shows only a changed scenario, and without the button where the embed is locked.

use gambit_core::markup::scenario_changes;
use gambit_core::phrase::fill;
use leptos::prelude::*;

use crate::state::Explainer;

#[component]
pub fn ScenarioLine(#[prop(optional)] embedded: bool, #[prop(optional)] locked: bool) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let share = &case.meta.ui.share;
    let changes = Memo::new(move |_| scenario_changes(case, &state.scenario()));
    move || {
        let changes = changes.get();
        let changed = !changes.is_empty();
        (changed || !embedded).then(|| {
            let words = if changed {
                changes.join(&case.meta.ui.punctuation.clauses)
            } else {
                share.as_in_2025.to_string()
            };
            let line = fill(&share.scenario_line, &[("changes", &words)]);
            let reset = (changed && !locked).then(|| {
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
