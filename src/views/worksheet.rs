//! The worksheet (`worksheet=1` on the handout): what a step with a prediction prints where its chart and bars would
//! stand, drawn by the step's own view so that the handout and the step share it, and the answer key at its end.

use gambit_core::content::{StepId, ViewKind};
use gambit_core::draw::{draw, Fixed};
use gambit_core::markup::before_words;
use gambit_core::phrase::fill;
use gambit_core::predict::{answer_key, answer_words, asked_from};
use leptos::prelude::*;

use super::chart::{Chart, LiveDrawing};
use super::influence::Influence;
use crate::state::Explainer;

/// On a worksheet, where a step with a prediction would show its bars: the question, a box to tick for each way
/// it may move, lines for the reasons, and a line that says why the bars are left out.
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
        <section class="worksheet-question">
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

/// On a worksheet, a step with a prediction's chart as it stands before the change asked about (the scenario the
/// question flips from, [`asked_from`]): it gives nothing away. Captioned as the "before" picture, with the
/// assumption and its option there, then the step's sentence for that option.
#[component]
pub(super) fn BeforeChart(step: StepId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let id = step;
    let step = &case.steps[id];
    let Some(prediction) = case.prediction_of(id).map(|p| &case.predictions[p].data) else {
        return ().into_any();
    };
    if !gambit_core::draw::is_drawn(step.data.view) {
        return ().into_any();
    }
    // One scenario for the chart, its line and its sentence, recomputed when the reader's changes.
    let before = Memo::new(move |_| asked_from(&case.model, prediction, &state.scenario()));
    let drawing = LiveDrawing::new(move |still| {
        before
            .with(|from| draw(case, step, &Fixed::new(case, from), still))
            .expect("the step's view is a picture")
    });
    let scope = &step.data.id;
    let chart = if step.data.view == ViewKind::Influence {
        view! { <Influence drawing scope /> }.into_any()
    } else {
        view! { <Chart drawing scope /> }.into_any()
    };
    let caption = move || before.with(|from| before_words(case, prediction, from));
    let sentence = step.data.varies_with.as_ref().map(|a| {
        let a = a.id();
        move || step.text.variants.of(before.with(|from| from[a])).to_string()
    });
    view! {
        <figure class="view worksheet-before">
            {chart}
            <figcaption>
                <p class="worksheet-before-line">{caption}</p>
                <p class="scenario-sentence">{sentence}</p>
            </figcaption>
        </figure>
    }
    .into_any()
}

/// The worksheet's last section, for the teacher: the model's answer to each question it asks, in the words of the
/// notes' answer key ([`answer_key`], [`answer_words`]), one line a question; nothing when it asks none.
#[component]
pub fn WorksheetKey() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    move || {
        let scenario = state.scenario();
        let lines = state
            .handout_steps()
            .into_iter()
            .filter_map(|step| {
                let prediction = &case.predictions[case.prediction_of(step)?];
                let reveal = answer_key(&case.model, &prediction.data, &scenario);
                let [_, model, _] = answer_words(case, reveal.direction, &reveal);
                let title = fill(
                    &ui.punctuation.numbered,
                    &[
                        ("n", &(step.index() + 1).to_string()),
                        ("text", &case.steps[step].text.title),
                    ],
                );
                Some(view! {
                    <li>
                        <span class="worksheet-key-step">{title}</span>
                        {ui.punctuation.colon.as_ref()}
                        <span class="worksheet-key-model">{model}</span>
                    </li>
                })
            })
            .collect::<Vec<_>>();
        (!lines.is_empty()).then(|| {
            view! {
                <section class="worksheet-key" aria-labelledby="worksheet-key">
                    <h2 id="worksheet-key">{ui.share.worksheet_key.as_ref()}</h2>
                    <ul>{lines}</ul>
                </section>
            }
        })
    }
}
