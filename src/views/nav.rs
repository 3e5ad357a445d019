//! Moving between steps: "Previous" and "Next", the arrow keys (never taken from a form control), and a progress
//! list that shows where the reader is and jumps to any step. Moving never reloads the page.

use gambit_core::content::{StepId, Table};
use gambit_core::phrase::{pieces, Piece};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::link;
use crate::state::Explainer;

#[component]
pub fn StepNav() -> impl IntoView {
    let state = Explainer::get();
    let ui = &state.case.meta.ui;
    let steps = &state.case.steps;
    let step = state.step();
    // Not a live region: the move itself is announced once, with the step's title, by the state.
    let progress = move || state.progress();
    let previous = move || steps.before(step.get());
    let next = move || steps.after(step.get());
    let go = move |to: Option<StepId>| {
        if let Some(to) = to {
            state.go_to(to);
        }
    };
    let handle = window_event_listener(ev::keydown, move |ev| {
        if ev.alt_key()
            || ev.ctrl_key()
            || ev.meta_key()
            || ev.shift_key()
            || ev.default_prevented()
            || in_a_control(&ev)
        {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" => go(untrack(next)),
            "ArrowLeft" => go(untrack(previous)),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
    view! {
        <nav class="step-nav" aria-label=ui.steps_nav.as_ref()>
            // aria-disabled, not disabled: a disabled button loses the keyboard's focus at the first or last step.
            <button type="button" on:click=move |_| go(previous()) aria-disabled=move || previous().is_none().to_string()>
                {ui.previous.as_ref()}
            </button>
            <span class="progress">{progress}</span>
            <button type="button" on:click=move |_| go(next()) aria-disabled=move || next().is_none().to_string()>
                {ui.next.as_ref()}
            </button>
        </nav>
    }
}

/// Whether a key event comes from a form control, whose arrow keys belong to it (radio groups, sliders).
pub(super) fn in_a_control(ev: &web_sys::KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON" | "SUMMARY"
            ) || el.closest("[contenteditable]").ok().flatten().is_some()
        })
}

/// Every step as a link to its own page, with its number and title (on phones only the current one shows its
/// title); the current one is marked for assistive technology too. The app moves there without loading the page;
/// before it starts, and without script, the link loads the step's page.
#[component]
pub fn ProgressList() -> impl IntoView {
    let state = Explainer::get();
    let ui = &state.case.meta.ui;
    let items = state
        .case
        .steps
        .with_ids()
        .map(|(i, step)| {
            let n = i.index() + 1;
            let current = move || (state.step().get() == i).then_some("step");
            // The number shows; the words of its label around it ("Step 1: ", 「第1步：」) are read out only.
            let number = pieces(&ui.step_label)
                .into_iter()
                .map(|piece| match piece {
                    Piece::Slot("n") => view! { <span class="step-number">{n}</span> }.into_any(),
                    Piece::Slot(_) => ().into_any(),
                    Piece::Text(words) => view! { <span class="visually-hidden">{words}</span> }.into_any(),
                })
                .collect_view();
            view! {
                <li>
                    <a href=move || link::step_url(&state, i) aria-current=current on:click=move |ev: ev::MouseEvent| {
                        // A new tab or window, as the reader asks, opens the step's own page.
                        if ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
                            return;
                        }
                        ev.prevent_default();
                        state.go_to(i);
                    }>
                        {number}
                        <span class="step-title">{step.text.title.as_ref()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    // Keep the current step in sight when the list is wider than the screen.
    let list = NodeRef::<leptos::html::Ol>::new();
    Effect::new(move |_| {
        let current = state.step().get().index();
        let (Some(list), Some(parent)) = (list.get(), list.get().and_then(|l| l.parent_element())) else {
            return;
        };
        if let Some(item) = list
            .children()
            .item(current as u32)
            .and_then(|i| i.dyn_into::<web_sys::HtmlElement>().ok())
        {
            parent.set_scroll_left(item.offset_left() - (parent.client_width() - item.offset_width()) / 2);
        }
    });
    // A mouse's wheel turns the list sideways when it is wider than the screen (a vertical wheel would otherwise
    // scroll the page under it); at either end the page scrolls on.
    let wheel = move |ev: leptos::ev::WheelEvent| {
        let Some(parent) = list.get_untracked().and_then(|l| l.parent_element()) else {
            return;
        };
        let (dx, dy) = (ev.delta_x(), ev.delta_y());
        let room = parent.scroll_width() - parent.client_width();
        let left = parent.scroll_left();
        let moves = dy.abs() > dx.abs() && room > 0 && ((dy > 0.0 && left < room) || (dy < 0.0 && left > 0));
        if moves {
            parent.set_scroll_left(left + dy.round() as i32);
            ev.prevent_default();
        }
    };
    view! {
        <nav class=gambit_core::markup::PROGRESS_LIST_CLASS aria-label=ui.all_steps.as_ref() on:wheel=wheel>
            <ol node_ref=list>{items}</ol>
        </nav>
    }
}
