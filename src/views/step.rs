//! One step of the walkthrough: its title as the page's `<h2>`, its text, its view with the scenario sentence,
//! the controls it puts in focus, a question for class, and its sources.

use gambit_core::content::{Step, ViewKind};
use leptos::prelude::*;

use super::briefing::Briefing;
use super::controls::ChoiceControl;
use super::glossary::StepTerms;
use super::org_map::OrgMap;
use super::sources::Sources;
use crate::state::Explainer;

#[component]
pub fn StepView() -> impl IntoView {
    let state = Explainer::get();
    move || {
        let step: &'static Step =
            &state.case.steps[state.step.get().min(state.case.steps.len() - 1)];
        view! { <StepBody step /> }
    }
}

#[component]
fn StepBody(step: &'static Step) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    let body = step
        .text
        .body
        .iter()
        .map(|p| view! { <p>{p.clone()}</p> })
        .collect_view();
    let varies_with = step
        .data
        .varies_with
        .as_deref()
        .and_then(|a| case.model.assumption_index(a));
    let sentence =
        move || varies_with.and_then(|a| step.text.variants.get(state.option(a)).cloned());
    let controls = step
        .data
        .assumptions
        .iter()
        .filter_map(|id| case.model.assumption_index(id))
        .map(|assumption| view! { <ChoiceControl assumption /> })
        .collect_view();
    view! {
        <article class="step" aria-labelledby="step-title">
            <h2 id="step-title">{step.text.title.clone()}</h2>
            <div class=format!("step-grid view-{}", step.data.view.key())>
                <div class="stage">
                    <figure class="view">
                        {view_of(step)}
                        <figcaption>
                            <p class="scenario-sentence" aria-live="polite">{sentence}</p>
                        </figcaption>
                    </figure>
                    <div class="controls">
                        <p class="controls-note">{ui.scenario_note.clone()}</p>
                        {controls}
                    </div>
                </div>
                <div class="reading">
                    <div class="step-body">{body}</div>
                    <aside class="question">
                        <h3>{ui.question.clone()}</h3>
                        <p>{step.text.question.clone()}</p>
                    </aside>
                    <Sources step />
                    <StepTerms step />
                </div>
            </div>
        </article>
    }
}

/// The component that draws the step's view. The match is exhaustive: a view kind without a component does not
/// compile.
fn view_of(step: &'static Step) -> AnyView {
    match step.data.view {
        ViewKind::OrgMap => view! { <OrgMap /> }.into_any(),
        ViewKind::Briefing => view! { <Briefing step /> }.into_any(),
    }
}
