//! Present mode: the walkthrough as slides for a projector. The page's chrome steps aside (CSS, under `presenting`
//! on `<html>`), the view and the step's key sentence grow, the controls stay usable, and a small toolbar offers the
//! teacher's notes, the QR code of the slide's link (laid over the slide, most of the screen, so the room can scan it) and
//! the way out. Keys: Home and End for the first and last slide (the arrows move as ever), N for the notes, Q for
//! the QR code, Escape to close the open panel (the QR code, then the notes) or, with none open, to leave; W to set
//! the questions aside; never taken from a form control.
//!
//! This module holds the toolbar component and its keys; [`fit`] sizes each slide to the screen (and scales it
//! beside the notes); [`notes_window`] keeps the teacher's notes in a window of their own.

use gambit_core::content::Table;
use gambit_core::url::Page;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::nav::in_a_control;
use super::qr::QrCode;
use crate::link;
use crate::state::Explainer;
use fit::{fit_asked, fit_slide, fitted_for, settle_fit, zoom_beside};
use notes_window::{follow_moves, open_notes_window, write_notes};

mod fit;
mod notes_window;

/// Puts `class` on `<html>` or takes it off.
fn root_class(class: &str, on: bool) {
    if let Some(root) = crate::root_element() {
        let _ = if on {
            root.class_list().add_1(class)
        } else {
            root.class_list().remove_1(class)
        };
    }
}

#[component]
pub fn PresentBar() -> impl IntoView {
    let state = Explainer::get();
    let text = &state.case.meta.ui.present;
    let qr_text = &state.case.meta.ui.qr;
    // Whether the teacher's notes are shown: a matter of this view alone.
    let notes = RwSignal::new(false);
    // Whether the QR code is shown, likewise.
    let qr = RwSignal::new(false);
    let pop_out = use_notes_window(state, notes);
    Effect::new(move |_| {
        let on = state.present().get();
        root_class("presenting", on);
        root_class("with-notes", on && notes.get());
        root_class("with-qr", on && qr.get());
    });
    use_refit(state, notes);
    qr_focus(qr);
    present_keys(state, notes, qr);
    view! {
        <Show when=move || state.present().get()>
            <div class="present-bar" role="toolbar" aria-label=text.toolbar.as_ref() aria-describedby="present-keys">
                <button type="button" aria-pressed=move || notes.get().to_string() on:click=move |_| notes.update(|n| *n = !*n)>
                    {text.notes.as_ref()}
                </button>
                // Always offered: on a single projector the room reads whatever is on the screen, notes included, so
                // the window must be found before the notes are opened on the room's screen.
                <button type="button" class="notes-window" on:click=move |_| pop_out()>{text.notes_window.as_ref()}</button>
                <button type="button" class="qr-button" aria-pressed=move || qr.get().to_string() on:click=move |_| qr.update(|q| *q = !*q)>
                    {qr_text.show.as_ref()}
                </button>
                <button type="button" on:click=move |_| state.toggle_present()>{text.leave.as_ref()}</button>
                <span id="present-keys" class="visually-hidden">{text.keys.as_ref()}</span>
            </div>
            // The QR code over the slide, most of the screen, for the seconds the room scans it: beside the slide
            // (and the notes, on one screen at 1024×768) it shrank the slide to 60%. The
            // slide underneath keeps its layout, notes included, and is back as it was when the code closes.
            <Show when=move || qr.get()>
                <div class="present-qr" role="dialog" aria-modal="true" aria-labelledby="present-qr-title"
                    on:click=move |ev| {
                        // A click on the dimmed slide around the code closes it, as a presenter's pop-up does.
                        if ev.target() == ev.current_target() {
                            qr.set(false);
                        }
                    }>
                    <div class="present-qr-box">
                        <p class="present-qr-title" id="present-qr-title">{qr_text.title.as_ref()}</p>
                        // The room's phones open the step and scenario on screen as readers, never as slides.
                        <QrCode link=Signal::derive(move || link::scenario_url(&state)) class="qr-present" />
                        <button type="button" class="present-qr-close" on:click=move |_| qr.set(false)>
                            {qr_text.close.as_ref()}
                        </button>
                    </div>
                </div>
            </Show>
        </Show>
    }
}

/// The teacher's notes in a window of their own: the function that opens it (or brings it back), for the toolbar's
/// button; the window follows the slides while it is open.
fn use_notes_window(state: Explainer, notes: RwSignal<bool>) -> impl Fn() + Copy + 'static {
    let steps = &state.case.steps;
    // The notes' own window (the presenter's), while it is open: the projected slide then shows no notes.
    let notes_window = StoredValue::new_local(None::<(web_sys::Window, String)>);
    let popped = RwSignal::new(false);
    let ui = &state.case.meta.ui;
    let words = (
        ui.present.notes.as_ref(),
        ui.previous.as_ref(),
        ui.next.as_ref(),
        ui.punctuation.separator.as_ref(),
    );
    // Its Previous/Next buttons and arrow keys move the slides.
    let go = move |forward: bool| {
        let now = state.step().get_untracked();
        let to = if forward { steps.after(now) } else { steps.before(now) };
        if let Some(to) = to {
            state.go_to(to);
        }
    };
    let pop_out = move || {
        let reused = notes_window.with_value(|w| w.as_ref().is_some_and(|(w, _)| !w.closed().unwrap_or(true)));
        if let Some(child) = open_notes_window() {
            let mut written = String::new();
            if reused {
                notes_window.update_value(|w| written = w.take().map(|(_, s)| s).unwrap_or_default());
            } else {
                follow_moves(&child, go);
            }
            write_notes(&child, words, &mut written);
            notes_window.set_value(Some((child, written)));
            notes.set(false);
            popped.set(true);
            // Back on the projected window the arrow keys move the slides: focus leaves the button that opened the
            // window (the keys are never taken from a control).
            if let Some(button) = crate::window()
                .and_then(|w| w.document())
                .and_then(|d| d.active_element())
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = button.blur();
            }
        }
    };
    // The notes window follows the slides: written again after each move, after a change of scenario (Compare's
    // notes name the endings), and when the step's question is answered or skipped (its answer key unfolds); it
    // closed, the slides forget it.
    Effect::new(move |_| {
        state.step().track();
        state.page().track();
        state.present().track();
        let _ = state.scenario();
        let _ = state.case.prediction_of(state.step().get()).map(|id| state.answer(id));
        if !popped.get() {
            return;
        }
        set_timeout(
            move || {
                let open = notes_window.with_value(|w| w.as_ref().is_some_and(|(w, _)| !w.closed().unwrap_or(true)));
                if open {
                    notes_window.update_value(|w| {
                        if let Some((child, written)) = w {
                            write_notes(child, words, written);
                        }
                    });
                } else {
                    notes_window.set_value(None);
                    popped.set(false);
                }
            },
            std::time::Duration::from_millis(60),
        );
    });
    pop_out
}

/// Fits each slide after it is drawn, and again when the notes or the window change its room.
fn use_refit(state: Explainer, notes: RwSignal<bool>) {
    let steps = &state.case.steps;
    // After each slide is drawn (and when the notes, the QR code or the window change its room, or the class flips
    // an assumption on it), its type is fitted; `data-fitted` on <html> then names the step it was fitted for, so a
    // test waits for that rather than a time.
    let refit = move || {
        let on = state.present().get_untracked() && state.page().get_untracked() == Page::Walkthrough;
        let step = steps[state.step().get_untracked()].data.id.as_ref();
        // The QR code or the notes opened or closed over the same slide: the type stays as it was fitted, and the
        // slide is scaled into the room beside them.
        let same_slide = fitted_for() == Some(step);
        // The QR code or the notes at the side, on a step's slide or Compare's: the comparison laid out in the
        // narrowed room ran under Compare's notes at 1024×768; it is scaled, as a slide is.
        // (The QR code is laid over the slide, which keeps its room: it changes nothing here.)
        let aside = state.present().get_untracked() && notes.get_untracked();
        let asked = fit_asked();
        set_timeout(
            move || {
                if !(aside && same_slide) {
                    fit_slide(on);
                }
                zoom_beside(aside);
                // Beside the notes the slide is scaled, not refitted: its type stays as it was.
                settle_fit(step, on && !aside, asked);
            },
            std::time::Duration::from_millis(50),
        );
    };
    Effect::new(move |_| {
        state.present().track();
        state.step().track();
        state.page().track();
        notes.track();
        // A flip on a slide adds each bar's signed change, and a row may grow: fitted for 2025, the slide ran 45 px
        // under the Previous/Next bar at 1024×768 (tracked only on the slides, so a flip elsewhere fits nothing).
        // An answer, a skip or "Ask again" swaps the question for the chart, the verdict and the bars, or back: on a
        // shared link that already set the option asked about, nothing else changes, and the slide kept the fit of its
        // question (in WebKit an outcome bar ran 25 px under the screen at 1024×768).
        if state.present().get_untracked() {
            let _ = state.scenario();
            let step = state.step().get_untracked();
            if let Some(prediction) = state.case.prediction_of(step) {
                let _ = state.answer(prediction);
                let _ = state.held_back(step);
            }
        }
        refit();
    });
    let resized = window_event_listener(ev::resize, move |_| refit());
    on_cleanup(move || resized.remove());
}

/// The slides' keys: Home and End, N for the notes, Q for the QR code, Escape to close a panel or leave, W to set
/// the questions aside; never taken from a form control.
fn present_keys(state: Explainer, notes: RwSignal<bool>, qr: RwSignal<bool>) {
    let steps = &state.case.steps;
    let handle = window_event_listener(ev::keydown, move |ev| {
        if !state.present().get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        // With the QR code up, its dialog holds the focus (its close button, the one control in it): Tab stays
        // there, and Q and Escape close it from its button too.
        if qr.get_untracked() {
            match ev.key().as_str() {
                "Tab" => focus_qr_close(),
                "Escape" | "q" | "Q" => qr.set(false),
                _ => return,
            }
            ev.prevent_default();
            return;
        }
        if in_a_control(&ev) {
            return;
        }
        // Home and End move between the walkthrough's slides; a comparison on screen stays.
        let slides = state.page().get_untracked() == Page::Walkthrough;
        match ev.key().as_str() {
            "Home" if slides => state.go_to(steps.ids().next().expect("a step")),
            "End" if slides => state.go_to(steps.last_id().expect("a step")),
            // One Escape per panel, the QR code first, as a presenter closes a pop-up; only with none open does
            // it leave the slides (else closing the QR code loses the deck).
            "Escape" if notes.get_untracked() => notes.set(false),
            "Escape" => state.toggle_present(),
            "n" | "N" => notes.update(|n| *n = !*n),
            "q" | "Q" => qr.update(|q| *q = !*q),
            // The slides without the questions (each chart shown), or with them again.
            "w" | "W" => state.set_asking(!state.asking().get_untracked()),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
}

/// The QR code's close button, focused (the dialog's one control).
fn focus_qr_close() {
    if let Some(button) = crate::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".present-qr-close").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// Focus with the QR code: on its close button while it is up (a screen reader meets the dialog and its name), and
/// back where it was when it closes (the toolbar's button that opened it, or the page, for the arrow keys).
fn qr_focus(qr: RwSignal<bool>) {
    let before = StoredValue::new_local(None::<web_sys::HtmlElement>);
    Effect::new(move |was: Option<bool>| {
        let up = qr.get();
        let document = crate::window().and_then(|w| w.document());
        if up && was != Some(true) {
            before.set_value(
                document
                    .as_ref()
                    .and_then(|d| d.active_element())
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()),
            );
            // After the dialog is drawn.
            request_animation_frame(focus_qr_close);
        } else if !up && was == Some(true) {
            let back = before.try_update_value(|b| b.take()).flatten();
            match back.filter(|b| b.is_connected()) {
                Some(b) => {
                    let _ = b.focus();
                }
                None => {
                    if let Some(e) = document
                        .and_then(|d| d.active_element())
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        let _ = e.blur();
                    }
                }
            }
        }
        up
    });
}
