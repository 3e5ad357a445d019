//! The handout: the steps a teacher picks (the current one, all, or any set), under the reader's scenario, with a
//! header naming that scenario, what it assumes, and its link under the link's QR code; laid out for print, always
//! light and ink-friendly. As a worksheet (`worksheet=1`), a step with a prediction shows its chart as it stands
//! before the change asked about and asks the question, with boxes to tick and lines for the reasons, in place of its
//! bars (they would give the answer away); the model's answers close it, for the teacher.

use gambit_core::content::Table;
use gambit_core::markup::{scenario_changes, scenario_name};
use gambit_core::phrase::fill;
use leptos::prelude::*;

use super::compare::assumes;
use super::qr::QrCode;
use super::step::StepBody;
use super::worksheet::WorksheetKey;
use crate::link;
use crate::state::Explainer;

#[component]
pub fn Handout() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    let share = &ui.share;
    let name = move || {
        let title = if state.worksheet() {
            &share.worksheet_for
        } else {
            &share.handout_for
        };
        fill(title, &[("scenario", scenario_name(case, &state.scenario()))])
    };
    // On paper each step after the first starts its page with the scenario in a line, its name and what it
    // changes: a student handed loose sheets still knows which scenario a page shows.
    let running = move || {
        let changes = scenario_changes(case, &state.scenario());
        let changes = if changes.is_empty() {
            share.as_in_2025.to_string()
        } else {
            changes.join(&ui.punctuation.clauses)
        };
        format!("{}{}{changes}", name(), ui.punctuation.separator)
    };
    let opens = move || {
        let step = state.step().get();
        fill(
            &share.scenario_link,
            &[
                ("n", &(step.index() + 1).to_string()),
                ("step", &case.steps[step].text.title),
            ],
        )
    };
    let steps = move || {
        let worksheet = state.worksheet();
        state
            .handout_steps()
            .into_iter()
            .enumerate()
            .map(|(n, i)| {
                view! {
                    {(n > 0).then(|| view! { <p class="handout-running" aria-hidden="true">{running()}</p> })}
                    <StepBody step=i controls=false worksheet />
                }
            })
            .collect_view()
    };
    view! {
        <div class="handout" class:worksheet=move || state.worksheet()>
            <HandoutTools />
            <header class="handout-header">
                <h2>{name}</h2>
                {move || assumes(case, &state.scenario())}
                <QrCode link=Signal::derive(move || link::scenario_url(&state)) class="qr-handout" bare=true />
                // Which step the code and the link open: the one the handout was made from, whatever it prints.
                <p class="handout-link">{opens} {super::nonempty(&ui.punctuation.space)} <span>{move || link::scenario_url(&state)}</span></p>
            </header>
            {steps}
            {move || state.worksheet().then(|| view! { <WorksheetKey /> })}
        </div>
    }
}

/// The handout's own controls, on screen only: which steps to print (the state's and the link's: the current one
/// unless chosen), whether as a worksheet (and, while it is, where its answers print), Print and Back.
#[component]
fn HandoutTools() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    let share = &ui.share;
    let print = |_| {
        if let Some(window) = crate::window() {
            let _ = window.print();
        }
    };
    let choices = case
        .steps
        .with_ids()
        .map(|(i, step)| {
            let checked = move || state.handout_steps().contains(&i);
            let toggle = move |_| {
                let mut c = untrack(|| state.handout_steps());
                match c.iter().position(|&x| x == i) {
                    Some(at) => {
                        c.remove(at);
                    }
                    None => c.push(i),
                }
                state.choose_handout(c);
            };
            view! {
                <label class="step-choice">
                    <input type="checkbox" prop:checked=checked on:change=toggle />
                    " " {fill(&ui.punctuation.numbered, &[("n", &(i.index() + 1).to_string()), ("text", &step.text.title)])}
                </label>
            }
        })
        .collect_view();
    let only_this = move |_| state.choose_handout(vec![state.step().get_untracked()]);
    let all = move |_| state.choose_handout(case.steps.ids().collect());
    let worksheet = move |ev: leptos::ev::Event| state.set_worksheet(event_target_checked(&ev));
    view! {
        <div class="handout-tools">
            <fieldset class="step-choices">
                <legend>{share.steps_to_print.as_ref()}</legend>
                <div class="step-choices-quick">
                    <button type="button" on:click=only_this>{share.this_step.as_ref()}</button>
                    <button type="button" on:click=all>{share.all_steps.as_ref()}</button>
                </div>
                {choices}
            </fieldset>
            <label class="worksheet-choice">
                <input
                    type="checkbox"
                    prop:checked=move || state.worksheet()
                    on:change=worksheet
                    aria-describedby=move || state.worksheet().then_some("worksheet-key-note")
                />
                " " {share.worksheet.as_ref()}
            </label>
            // The answers print on the worksheet's last page: said while it is on, so that a teacher printing the
            // class's copies leaves that page out (the tools are not printed, nor is this).
            {move || {
                state
                    .worksheet()
                    .then(|| view! { <p id="worksheet-key-note" class="worksheet-key-note">{share.worksheet_key_note.as_ref()}</p> })
            }}
            <button type="button" on:click=print>{share.print.as_ref()}</button>
            <button type="button" class="back" on:click=move |_| state.go_to(state.step().get_untracked())>
                {ui.how.back.as_ref()}
            </button>
        </div>
    }
}
