//! "Predict, then look": on a step that has a prediction, before the reader flips its assumption, a question asks
//! which way an outcome will move. An answer flips the assumption and shows the guess beside the model's answer
//! and reasons (the rules "Why?" shows); "Skip" sets the question aside; "Ask again" brings it back (and puts the
//! assumption back as it was). Neither blocks the walkthrough, and nothing leaves the page. A shared link that
//! already sets the option asked about still asks, from its scenario, and holds the step's chart and bars back until
//! the answer or a skip (they would give it away: [`Explainer::held_back`]). Answered, the verdict comes into view
//! where the answer left it off the screen (on a phone), and "See the chart" under it takes focus to the chart. What became of each
//! question is the state's ([`Explainer::predict`]).

use gambit_core::content::{Prediction, PredictionId, StepId};
use gambit_core::predict::{answer_key, answer_words, Answer, Direction, Reveal};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom_id;
use super::outcomes::cause_item;
use crate::focus::{by_key, focus_marked};
use crate::state::Explainer;

/// The question of `step`'s prediction, or its answer with a way to ask again; nothing for a step without one.
#[component]
pub fn Predict(step: StepId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let Some(id) = case.prediction_of(step) else {
        return ().into_any();
    };
    let prediction = &case.predictions[id];
    // Where focus goes once the question is answered (the answer) or skipped (the empty place it leaves), so that
    // the keyboard goes on from there. Answered, the verdict comes into view with "See the chart" under it, where
    // the answer's change of layout left it below the screen (on a phone: the reader sees first whether they were
    // right, then goes to the chart), while focus stays on the answer, which the screen reader reads. Skipped, the
    // chart comes into view the same way, and focus goes to it (nothing is left to read where the question was).
    // Moved there after a click or a tap, focus shows no ring (the engines draw one for a scripted focus); after a
    // key it does.
    let slot = NodeRef::<html::Div>::new();
    let result = NodeRef::<html::Section>::new();
    let focus_after = move |answered: bool, by_key: bool| {
        set_timeout(
            move || {
                if answered {
                    if let Some(r) = result.get_untracked() {
                        focus_marked(&r, by_key);
                        bring_verdict(&r);
                    }
                } else if let Some(s) = slot.get_untracked() {
                    let _ = s.focus();
                    bring_chart(&s, by_key);
                }
            },
            std::time::Duration::ZERO,
        );
    };
    let ui = &case.meta.ui.predict;
    // "Ask again" takes the keyboard back to the question.
    let again = move |_| {
        state.ask_again(id);
        set_timeout(
            move || {
                if let Some(first) = slot
                    .get_untracked()
                    .and_then(|s| s.query_selector(".predict-choices button").ok().flatten())
                {
                    let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            },
            std::time::Duration::ZERO,
        );
    };
    let again_button = move || {
        view! { <button type="button" class="predict-again link-button" on:click=again>{ui.again.as_ref()}</button> }
    };
    let shown = move || match state.answer(id) {
        None => view! { <Question id prediction on_done=focus_after /> }.into_any(),
        Some(Answer::Guessed { guess, reveal }) => {
            view! { <Result prediction guess reveal node=result /> {again_button()} }.into_any()
        }
        Some(Answer::Skipped) => view! { <p class="predict-skipped">{again_button()}</p> }.into_any(),
    };
    view! { <div class="predict-slot" tabindex="-1" node_ref=slot>{shown}</div> }.into_any()
}

/// The view of the step that holds `from`, scrolled into sight if less than half of it shows, and focused (with a
/// ring after a key, `by_key`), from "See the chart" and after a skip alike, so the keyboard and the screen reader
/// go on from the chart (with the question now right under the chart, a skip left it in sight and
/// focus on the empty place).
fn bring_chart(from: &web_sys::Element, by_key: bool) {
    let Some(view) = from
        .closest(".step-grid")
        .ok()
        .flatten()
        .and_then(|grid| grid.query_selector(":scope > .view").ok().flatten())
    else {
        return;
    };
    let height = crate::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let rect = view.get_bounding_client_rect();
    let shown = rect.bottom().min(height) - rect.top().max(0.0);
    if shown < rect.height() / 2.0 {
        view.scroll_into_view_with_bool(true);
    }
    focus_marked(&view.unchecked_into(), by_key);
}

/// Brings the answer's verdict and its "See the chart" into sight when either is off the screen: the answer's top
/// at the top of the screen, smoothly unless the reader asked for reduced motion. On a phone the answer once
/// scrolled to the chart, and the verdict stood 340 px below the screen.
fn bring_verdict(result: &web_sys::Element) {
    let Some(window) = crate::window() else { return };
    // The screen's foot is the sticky Previous/Next bar's top, where it stands over the page.
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let height = window
        .document()
        .and_then(|d| d.query_selector(".step-nav").ok().flatten())
        .map(|nav| nav.get_bounding_client_rect().top())
        .filter(|&top| top > 0.0 && top < height)
        .unwrap_or(height);
    let off = [".predict-verdict", ".see-chart"].iter().any(|css| {
        result.query_selector(css).ok().flatten().is_some_and(|e| {
            let r = e.get_bounding_client_rect();
            r.height() > 0.0 && (r.top() < 0.0 || r.bottom() > height)
        })
    });
    if !off {
        return;
    }
    let still = window
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"block".into(), &"start".into());
    let _ = js_sys::Reflect::set(
        &options,
        &"behavior".into(),
        &(if still { "auto" } else { "smooth" }).into(),
    );
    let scroll = js_sys::Reflect::get(result, &"scrollIntoView".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(scroll) = scroll {
        let _ = scroll.call1(result, &options);
    }
}

/// The question: three buttons for the directions, and "Skip", in a group named by the question.
#[component]
fn Question(
    id: PredictionId,
    prediction: &'static Prediction,
    on_done: impl Fn(bool, bool) + Copy + 'static,
) -> impl IntoView {
    let state = Explainer::get();
    let ui = &state.case.meta.ui.predict;
    let heading = dom_id::prediction(prediction);
    let (labelled, help) = (heading.clone(), format!("{heading}-help"));
    let described = help.clone();
    let first = dom_id::prediction_first(prediction);
    let choices = Direction::ALL
        .map(|d| {
            let anchor = (d == Direction::ALL[0]).then(|| first.clone());
            view! {
                <button type="button" id=anchor on:click=move |ev| {
                    state.predict(id, d);
                    on_done(true, by_key(&ev));
                }>{ui.direction(d).to_string()}</button>
            }
        })
        .collect_view();
    view! {
        <section class="predict" aria-labelledby=labelled>
            <h3 id=heading>{ui.title.as_ref()}</h3>
            <fieldset class="predict-question" aria-describedby=described>
                <legend>{prediction.text.question.as_ref()}</legend>
                <p class="predict-help" id=help>{ui.help.as_ref()}</p>
                <div class="predict-choices">{choices}</div>
                <button type="button" class="predict-skip" on:click=move |ev| {
                    state.skip_prediction(id);
                    on_done(false, by_key(&ev));
                }>{ui.skip.as_ref()}</button>
            </fieldset>
        </section>
    }
}

/// The answer: the question again, the guess beside the model's answer, whether they agree, and the model's reasons.
#[component]
fn Result(
    prediction: &'static Prediction,
    guess: Direction,
    reveal: Reveal,
    node: NodeRef<html::Section>,
) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui.predict;
    let [guessed, model, verdict] = answer_words(case, guess, &reveal);
    let matched = guess == reveal.direction;
    let heading = dom_id::prediction(prediction);
    let labelled = heading.clone();
    let reasons = reasons(case, &reveal);
    let see = move |ev: leptos::ev::MouseEvent| {
        if let Some(button) = ev.current_target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
            bring_chart(&button, by_key(&ev));
        }
    };
    view! {
        <section class="predict predict-result" aria-labelledby=labelled tabindex="-1" node_ref=node>
            <h3 id=heading>{ui.title.as_ref()}</h3>
            <p class="predict-asked">{prediction.text.question.as_ref()}</p>
            <div class="predict-compare">
                <p class="predict-guess">{guessed}</p>
                <p class="predict-model">{model}</p>
            </div>
            <p class="predict-verdict" class:matched=matched>{verdict}</p>
            <p class="see-chart"><button type="button" class="link-button" on:click=see>{ui.see_chart.as_ref()}</button></p>
            // On the slides the reasons fold away under their heading, so the step's control stays on screen.
            <details class="predict-reasons" prop:open=move || !state.present().get()>
                <summary>{ui.because.as_ref()}</summary>
                <ul class="causes">{reasons}</ul>
            </details>
        </section>
    }
}

/// The answer key in the teacher's notes (on the slides only): the model's answer to the step's question for the
/// scenario on screen, its direction and figures ("down, 55 → 30" in the content's words) and its reasons, so the
/// teacher knows it before the class answers, without answering the question to prepare. While the question is open
/// the key stays folded under "Show the model's answer", for the teacher to open: the notes may stand beside the
/// open question on the room's screen. Answered or skipped, it shows open. The fold is the `open` attribute, not the
/// property, so the notes window's copy (its HTML) folds it too.
#[component]
pub fn AnswerKey(step: StepId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let Some(id) = case.prediction_of(step) else {
        return ().into_any();
    };
    let prediction = &case.predictions[id];
    let ui = &case.meta.ui.predict;
    (move || {
        let reveal = answer_key(&case.model, &prediction.data, &state.scenario());
        let [_, model, _] = answer_words(case, reveal.direction, &reveal);
        let reasons = reasons(case, &reveal);
        let settled = state.answer(id).is_some();
        view! {
            <section class="answer-key">
                <h3>{ui.answer_key.as_ref()}</h3>
                <details class="answer-key-fold" open=settled>
                    <summary>{ui.show_answer.as_ref()}</summary>
                    <p class="answer-key-model">{model}</p>
                    <ul class="causes">{reasons}</ul>
                </details>
            </section>
        }
    })
    .into_any()
}

/// The model's reasons for an answer: each cause gained, then each lost (marked "no longer"), as list items.
fn reasons(case: &'static gambit_core::content::Case, reveal: &Reveal) -> impl IntoView {
    let no_longer = case.meta.ui.predict.no_longer.as_ref();
    reveal
        .gained
        .iter()
        .map(|&c| cause_item(case, c, None))
        .chain(reveal.lost.iter().map(|&c| cause_item(case, c, Some(no_longer))))
        .collect_view()
}
