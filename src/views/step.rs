//! One step of the walkthrough: its title as the page's `<h2>`, its text, its view with the scenario sentence,
//! the controls it puts in focus, a question for class, and its sources.

use gambit_core::content::{AssumptionId, StepId, ViewKind};
use gambit_core::draw::{draw, Still};
use gambit_core::markup::{before_words, chart_file, file_name};
use gambit_core::predict::asked_from;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::briefing::Briefing;
use super::chart::{asked_drawing, step_drawing, Chart};
use super::controls::ControlView;
use super::dashboard::{Dashboard, EndingNotes};
use super::dom_id;
use super::fill;
use super::glossary::StepTerms;
use super::influence::Influence;
use super::outcomes::OutcomeBars;
use super::predict::{AnswerKey, Predict};
use super::scenario::ScenarioLine;
use super::share::PresetBar;
use super::sources::Sources;
use super::toast::{Toast, WithToast};
use super::worksheet::{BeforeChart, WorksheetQuestion};
use crate::content::FILE_STYLE;
use crate::save::{save, save_png, svg_url};
use crate::state::Explainer;

#[component]
pub fn StepView() -> impl IntoView {
    let state = Explainer::get();
    move || {
        let step = state.step().get();
        view! { <StepBody step controls=true /> }
    }
}

/// A step's title, text, view, question, sources and terms; with `controls`, its controls and the outcomes they
/// move. Without (the handout, which is for print), the outcomes its controls move as locked bars under the view,
/// as the last step's view shows them; and as a `worksheet`, a step with a prediction shows its view as it stands
/// before the change asked about, and asks the question in place of its bars, which would give the answer away. On wide screens the view stays in sight beside the text and the
/// controls (`style/main.css`, "step layout").
#[component]
pub fn StepBody(step: StepId, controls: bool, #[prop(optional)] worksheet: bool) -> impl IntoView {
    let state = Explainer::get();
    let ui = &state.case.meta.ui;
    let id = step;
    let step = &state.case.steps[id];
    // The closing words that speak to the screen's controls are left off paper (`.on-screen`).
    let last = step.text.body.len().saturating_sub(1);
    let body = step
        .text
        .body
        .iter()
        .enumerate()
        .map(|(n, p)| {
            let words = step.text.on_screen.as_deref().filter(|_| n == last);
            match words.and_then(|w| p.strip_suffix(w)) {
                Some(before) => view! { <p>{before.to_string()}<span class="on-screen">{words}</span></p> }.into_any(),
                None => view! { <p>{p.as_ref()}</p> }.into_any(),
            }
        })
        .collect_view();
    // A chart step keeps its key figures and who is who, in the reading column.
    let has_details = !step.data.figures.is_empty() || !step.data.entities.is_empty();
    let details = (step.data.view != ViewKind::Briefing && has_details).then(|| view! { <Briefing step=id /> });
    // The last slide's long text, in the teacher's notes while presenting (the slide shows the ending in one line).
    let ending_notes = (controls && step.data.view == ViewKind::Dashboard)
        .then_some(move || state.present().get().then(|| view! { <EndingNotes /> }));
    // The answer key to the step's question, likewise (on the ordinary page the question is the reader's to answer).
    let answer_key = controls.then_some(move || state.present().get().then(|| view! { <AnswerKey step=id /> }));
    let title = dom_id::step_title(step);
    let question = dom_id::question(step);
    // The question is named with its step's title too, so the handout's sixteen questions have names of their own.
    let (labelled_by, question_label) = (title.clone(), format!("{question} {title}"));
    let asked = worksheet && state.case.prediction_of(id).is_some();
    let stage = if controls {
        view! { <StageView step=id veil=true /> }.into_any()
    } else if asked {
        view! { <BeforeChart step=id /> <WorksheetQuestion step=id /> }.into_any()
    } else {
        // On paper a step's bars are those its controls move, locked, under its view (the last step's view is
        // its bars).
        let bars = (step.data.view != ViewKind::Dashboard).then(|| view! { <StageControls step=id inputs=false /> });
        view! { <StageView step=id veil=false /> {bars} }.into_any()
    };
    view! {
        // The first step opens the explainer: on a phone only there does the masthead keep its subtitle.
        <article class="step" class:opening=id.index() == 0 aria-labelledby=labelled_by>
            <h2 id=title tabindex="-1">{step.text.title.as_ref()}</h2>
            {controls.then(|| view! { <ScenarioLine /> })}
            // While the step's question is open on a link that already sets its option, the bars wait for the
            // answer and the chart shows the scenario before the change asked about (the link's own would give the
            // answer away); the figure says so.
            <div
                class=format!("step-grid view-{}", step.data.view.key())
                class:held-back=move || controls && state.held_back(id)
            >
                {stage}
                <div class="step-body">{body}</div>
                {controls.then(|| view! { <StageControls step=id inputs=true /> })}
                <div class="reading">
                    {details}
                    <aside class="question" aria-labelledby=question_label>
                        <h3 id=question>{ui.question.as_ref()}</h3>
                        <p>{step.text.question.as_ref()}</p>
                    </aside>
                    {answer_key}
                    {ending_notes}
                    <Sources step=id />
                    <StepTerms step=id />
                </div>
            </div>
        </article>
    }
}

/// A step's view with its scenario sentence, then the outcomes its assumptions move and, with `controls`, their
/// controls: the embedded step shows them together (without controls, a locked scenario with its figures).
#[component]
pub fn Stage(step: StepId, controls: bool) -> impl IntoView {
    view! {
        <div class="stage">
            <StageView step veil=false />
            <StageControls step inputs=controls />
        </div>
    }
}

/// A step's view and, if it varies with an assumption, the sentence for the chosen option (then the few words for
/// its second control's option, if it names one); a picture has its save buttons above it (not in an embedded step).
/// With `veil`, while it is held back ([`Explainer::held_back`]), it shows the scenario before the change its
/// question asks about, captioned so, and a note under it says why.
#[component]
fn StageView(step: StepId, veil: bool) -> impl IntoView {
    let state = Explainer::get();
    let id = step;
    let case = state.case;
    let step = &case.steps[id];
    let caption = stage_caption(id, veil);
    let scope = &step.data.id;
    let view = match step.data.view {
        ViewKind::Briefing => view! { <Briefing step=id /> }.into_any(),
        ViewKind::Dashboard => view! { <Dashboard /> }.into_any(),
        kind => {
            let drawing = if veil { asked_drawing(id) } else { step_drawing(id) };
            let chart = if kind == ViewKind::Influence {
                view! { <Influence drawing scope /> }.into_any()
            } else {
                view! { <Chart drawing scope /> }.into_any()
            };
            // Saving belongs to the explainer, not to a step embedded in someone's article.
            let save = state.embed().is_none().then(|| view! { <SaveChart step=id /> });
            view! { {save} {chart} }.into_any()
        }
    };
    // The question may be far below the veiled chart (on a phone): a button takes the eye and the focus there.
    let to_question = move |_| {
        let first = state
            .case
            .prediction_of(id)
            .zip(crate::window().and_then(|w| w.document()))
            .and_then(|(p, d)| d.get_element_by_id(&dom_id::prediction_first(&state.case.predictions[p])));
        if let Some(first) = first {
            first.scroll_into_view_with_bool(false);
            let _ = first.unchecked_into::<web_sys::HtmlElement>().focus();
        }
    };
    let note = move || {
        let ui = &state.case.meta.ui.predict;
        (veil && state.held_back(id)).then(|| {
            view! {
                <div class="held-back-note">
                    // On the slides, one line that says what to do, the key that sets the questions aside with it.
                    <p>
                        {move || if state.present().get() {
                            state.case.meta.ui.present.held_back_chart.as_ref()
                        } else {
                            ui.held_back.as_ref()
                        }}
                    </p>
                    <p class="to-question">
                        <button type="button" class="link-button" on:click=to_question>
                            {ui.to_question.as_ref()}
                        </button>
                    </p>
                </div>
            }
        })
    };
    view! { <figure class="view" tabindex="-1">{view} {caption} {note}</figure> }
}

/// The caption of step `step`'s view: the sentence for its chosen option (then the few words for its second
/// control's option, if it names one). With `veil`, while its question is held back, the view is the "before"
/// picture of the worksheet (the scenario the question flips from, which gives nothing away): the caption says so,
/// and the sentences are that scenario's. `None` for a view without either.
fn stage_caption(id: StepId, veil: bool) -> Option<impl IntoView> {
    let state = Explainer::get();
    let case = state.case;
    let step = &case.steps[id];
    let asked = veil
        .then(|| case.prediction_of(id))
        .flatten()
        .map(|p| &case.predictions[p].data);
    // While the question is held back, the scenario it flips from, computed once for the line and the sentences.
    let from = asked.map(|p| Memo::new(move |_| asked_from(&case.model, p, &state.scenario())));
    let held = move || from.filter(|_| state.held_back(id));
    let shown = move |a: AssumptionId| match held() {
        Some(from) => from.with(|from| from[a]),
        None => state.choice(a).get(),
    };
    let before = move || {
        let (from, p) = (held()?, asked?);
        let line = from.with(|from| before_words(case, p, from));
        Some(view! { <p class="worksheet-before-line held-back-before">{line}</p> })
    };
    let varies = step.data.varies_with.as_ref().map(|a| a.id());
    let also_varies = step.data.also_varies_with.as_ref().map(|b| b.id());
    let sentence = varies.map(|a| {
        let sentence = move || step.text.variants.of(shown(a)).as_ref();
        // The step's second control, if it has one, adds its few words after the sentence, in the same line of
        // text: the words follow every control the step shows.
        let also = also_varies.map(|b| {
            let words = move || step.text.also_variants.of(shown(b)).as_ref();
            view! {
                {super::nonempty(&case.meta.ui.punctuation.space)}
                <span class="also-sentence">{words}</span>
            }
        });
        view! { <p class="scenario-sentence">{sentence}{also}</p> }
    });
    // Marked `off-2025` while an option the sentence speaks of is not 2025's: it carries that option's own caution,
    // and the compact embed, which drops the sentence otherwise, keeps it (`style/main.css`). Beside a class of its
    // own: with none, the native render writes `class=""` where the app writes no attribute, and the readable page
    // would differ from the app's first render.
    let assumptions = &case.model.assumptions;
    let off_2025 = move || {
        let moved = |x: AssumptionId| shown(x) != assumptions[x].default();
        varies.is_some_and(moved) || also_varies.is_some_and(moved)
    };
    (sentence.is_some() || asked.is_some())
        .then(|| view! { <figcaption class="stage-caption" class:off-2025=off_2025>{before} {sentence}</figcaption> })
}

/// Buttons that save the step's chart as it is now, as SVG or as a PNG at twice its size, with its title,
/// scenario and source drawn in (`gambit_core::markup::chart_file`), drawn when asked for.
#[component]
fn SaveChart(step: StepId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let id = step;
    let step = &case.steps[id];
    let words = &case.meta.ui.download;
    // Drawn from the state itself, as the chart on screen is (a fixed scenario would put a second copy of the
    // drawing code in the WebAssembly).
    let file = move || {
        untrack(|| {
            let drawing = draw(case, step, &state, Still::written()).expect("a picture step");
            let scenario = state.scenario();
            (chart_file(case, id, &scenario, &drawing, FILE_STYLE), scenario)
        })
    };
    let (svg_saved, png_saved) = (Toast::new(), Toast::new());
    let said = move |toast: Toast, name: &str| toast.show(fill(&words.saved, &[("file", name)]));
    let svg = move |_| {
        let (svg, scenario) = file();
        let name = file_name(case, id, &scenario, "svg");
        save(&name, &svg_url(&svg));
        said(svg_saved, &name);
    };
    let png = move |_| {
        let (svg, scenario) = file();
        let name = file_name(case, id, &scenario, "png");
        save_png(&svg, 2, name.clone());
        said(png_saved, &name);
    };
    view! {
        <p class="download save-chart">
            <WithToast toast=svg_saved>
                <button type="button" class="link-button" on:click=svg>{words.svg.as_ref()}</button>
            </WithToast>
            <WithToast toast=png_saved>
                <button type="button" class="link-button" on:click=png>{words.png.as_ref()}</button>
            </WithToast>
        </p>
    }
}

/// The outcomes a step's assumptions move, and (with `inputs`) their controls; nothing for a step without
/// controls.
#[component]
fn StageControls(step: StepId, inputs: bool) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let id = step;
    let step = &case.steps[id];
    let ui = &case.meta.ui;
    let listed = &step.data.controls;
    if listed.is_empty() {
        return ().into_any();
    }
    // Held back, the bars' room says in one line why it is empty (not in an embedded step, which asks nothing).
    let waiting = (inputs && state.embed().is_none()).then(|| {
        ViewFn::from(move || {
            state.held_back(id).then(|| {
                view! { <p class="held-back-line">{ui.present.held_back_figures.as_ref()}</p> }
            })
        })
    });
    let moved = (step.data.view != ViewKind::Dashboard)
        .then(|| view! { <OutcomeBars outcomes=case.model.outcomes_moved_by(listed) waiting=waiting /> });
    let list = listed
        .iter()
        .map(|c| view! { <ControlView control=c.control() /> })
        .collect_view();
    if !inputs {
        return view! { <div class="stage-controls locked">{moved}</div> }.into_any();
    }
    // On the slides the dashboard shows them under the ending instead.
    let presets = (step.data.view == ViewKind::Dashboard)
        .then_some(move || (!state.present().get()).then(|| view! { <PresetBar /> }));
    let controls = view! {
        <div class="controls">
            <p class="controls-note">{ui.scenario_note.as_ref()}</p>
            {presets}
            {list}
        </div>
    };
    // Embedded, the control stands above the outcomes it moves: first in the page too, so the keyboard meets it
    // where the eye does (WCAG 2.4.3), not after the figures and their download.
    if state.embed().is_some() {
        view! { <div class="stage-controls">{controls} {moved}</div> }.into_any()
    } else {
        // "Predict, then look" belongs to the walkthrough, not to an embedded step. Its question comes first, above
        // the figures it asks about: under them it stood 1,370 px down a phone's page (the teacher's eleventh try).
        view! { <div class="stage-controls"><Predict step=id /> {moved} {controls}</div> }.into_any()
    }
}
