//! Present mode: the walkthrough as slides for a projector. The page's chrome steps aside (CSS, under `presenting`
//! on `<html>`), the view and the step's key sentence grow, the controls stay usable, and a small toolbar offers the
//! teacher's notes, the QR code of the slide's link (large, in a column of its own, so the room can scan it) and
//! the way out. Keys: Home and End for the first and last slide (the arrows move as ever), N for the notes, Q for
//! the QR code, Escape to leave; never taken from a form control.

use gambit_core::content::Table;
use gambit_core::url::Page;
use leptos::ev;
use leptos::prelude::*;

use super::nav::in_a_control;
use super::qr::QrCode;
use crate::link;
use crate::state::Explainer;

/// Puts `class` on `<html>` or takes it off.
fn root_class(class: &str, on: bool) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = if on {
            root.class_list().add_1(class)
        } else {
            root.class_list().remove_1(class)
        };
    }
}

/// The toolbar of present mode, and the keys it answers; shows nothing outside it.
#[component]
pub fn PresentBar() -> impl IntoView {
    let state = Explainer::get();
    let text = &state.case.meta.ui.present;
    let qr_text = &state.case.meta.ui.qr;
    let steps = &state.case.steps;
    // Whether the teacher's notes are shown: a matter of this view alone.
    let notes = RwSignal::new(false);
    // Whether the QR code is shown, likewise.
    let qr = RwSignal::new(false);
    Effect::new(move |_| {
        let on = state.present().get();
        root_class("presenting", on);
        root_class("with-notes", on && notes.get());
        root_class("with-qr", on && qr.get());
    });
    let handle = window_event_listener(ev::keydown, move |ev| {
        if !state.present().get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() || in_a_control(&ev) {
            return;
        }
        // Home and End move between the walkthrough's slides; a comparison on screen stays.
        let slides = state.page().get_untracked() == Page::Walkthrough;
        match ev.key().as_str() {
            "Home" if slides => state.go_to(steps.ids().next().expect("a step")),
            "End" if slides => state.go_to(steps.last_id().expect("a step")),
            "Escape" => state.toggle_present(),
            "n" | "N" => notes.update(|n| *n = !*n),
            "q" | "Q" => qr.update(|q| *q = !*q),
            _ => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || handle.remove());
    view! {
        <Show when=move || state.present().get()>
            <div class="present-bar" role="toolbar" aria-label=text.toolbar.as_ref() aria-describedby="present-keys">
                <button type="button" aria-pressed=move || notes.get().to_string() on:click=move |_| notes.update(|n| *n = !*n)>
                    {text.notes.as_ref()}
                </button>
                <button type="button" class="qr-button" aria-pressed=move || qr.get().to_string() on:click=move |_| qr.update(|q| *q = !*q)>
                    {qr_text.show.as_ref()}
                </button>
                <button type="button" on:click=move |_| state.toggle_present()>{text.leave.as_ref()}</button>
                <span id="present-keys" class="visually-hidden">{text.keys.as_ref()}</span>
            </div>
            <Show when=move || qr.get()>
                <aside class="present-qr" aria-label=qr_text.title.as_ref()>
                    <p class="present-qr-title">{qr_text.title.as_ref()}</p>
                    // The room's phones open the step and scenario on screen as readers, never as slides.
                    <QrCode link=Signal::derive(move || link::scenario_url(&state)) class="qr-present" />
                </aside>
            </Show>
        </Show>
    }
}
