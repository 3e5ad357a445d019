//! The worksheet's question: what a step with a prediction prints where its chart would stand on a worksheet
//! (`worksheet=1` on the handout), drawn by the step's own view so that the handout and the step share it.

use gambit_core::content::StepId;
use leptos::prelude::*;

use crate::state::Explainer;

/// On a worksheet, where a step with a prediction would show its chart: the question, a box to tick for each way
/// it may move, lines for the reasons, and a line that says why the chart and its bars are left out.
#[component]
pub(super) fn WorksheetQuestion(step: StepId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    let Some(id) = case.prediction_of(step) else {
        return ().into_any();
    };
    let boxes = [&ui.predict.up, &ui.predict.same, &ui.predict.down]
        .into_iter()
        .map(|d| view! { <li>{d.as_ref()}</li> })
        .collect_view();
    view! {
        <section class="worksheet-question view">
            <h3>{ui.predict.title.as_ref()}</h3>
            <p>{case.predictions[id].text.question.as_ref()}</p>
            <ul class="worksheet-boxes">{boxes}</ul>
            <p class="worksheet-why">{ui.share.worksheet_why.as_ref()}</p>
            <div class="worksheet-lines" aria-hidden="true"></div>
            <p class="worksheet-held">{ui.share.worksheet_held.as_ref()}</p>
        </section>
    }
    .into_any()
}
