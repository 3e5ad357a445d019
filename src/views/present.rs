//! Present mode: the walkthrough as slides for a projector. The page's chrome steps aside (CSS, under `presenting`
//! on `<html>`), the view and the step's key sentence grow, the controls stay usable, and a small toolbar offers the
//! teacher's notes, the QR code of the slide's link (large, in a column of its own, so the room can scan it) and
//! the way out. Keys: Home and End for the first and last slide (the arrows move as ever), N for the notes, Q for
//! the QR code, Escape to close the open panel (the QR code, then the notes) or, with none open, to leave; never taken
//! from a form control.

use gambit_core::content::Table;
use gambit_core::url::Page;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::nav::in_a_control;
use super::qr::QrCode;
use crate::link;
use crate::state::Explainer;

/// Puts `class` on `<html>` or takes it off.
fn root_class(class: &str, on: bool) {
    if let Some(root) = crate::window()
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

/// How many steps a short slide's type may grow by (a tenth of the base size each): up to 1.6 times.
const FIT_STEPS: u32 = 6;

/// How many steps a slide too tall for the screen may shrink by (`squeeze-1` .. `squeeze-4` on `<html>`, CSS: its
/// chart 3rem shorter each, or a briefing's type a twentieth smaller): at 1024×768 and 1280×800 some slides ran
/// 16 to 60 px under the screen (the teacher's fifth try).
const SQUEEZE_STEPS: u32 = 4;

/// Grows a short slide's type to fill the screen: the largest of `fit-1` .. `fit-6` on `<html>` (CSS: a tenth more
/// each) under which the step still ends above the Previous/Next bar; none for a slide that fills the screen
/// already, and none off the slides. At 1920×1080 the first slide filled half the screen (the teacher's second try).
/// What is measured at once can be short of the layout the browser settles on a frame later (the talent step at
/// 1280×800, grown, ended 30 px under the bar though measured fitting), so [`settle_fit`] checks again.
fn fit_slide(on: bool) {
    let Some(root) = crate::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    for k in 1..=FIT_STEPS {
        let _ = root.class_list().remove_1(&format!("fit-{k}"));
    }
    for k in 1..=SQUEEZE_STEPS {
        let _ = root.class_list().remove_1(&format!("squeeze-{k}"));
    }
    let _ = root.class_list().remove_1("text-under");
    if !on {
        return;
    }
    // A slide too tall at its base size tries the step's text under the view (`text-under`) and its chart (or a
    // briefing's type) a step smaller (`squeeze-N`), the text's move first at each size; the first layout that
    // fits stays, else the one that overflows least.
    if slide_fits() == Some(false) {
        let set = |under: bool, k: u32| {
            for j in 1..=SQUEEZE_STEPS {
                let _ = root.class_list().remove_1(&format!("squeeze-{j}"));
            }
            if k > 0 {
                let _ = root.class_list().add_1(&format!("squeeze-{k}"));
            }
            let _ = if under {
                root.class_list().add_1("text-under")
            } else {
                root.class_list().remove_1("text-under")
            };
        };
        let mut best = ((false, 0), overflow().unwrap_or(f64::INFINITY));
        for k in 0..=SQUEEZE_STEPS {
            for under in [true, false] {
                if k == 0 && !under {
                    continue;
                }
                set(under, k);
                if slide_fits() != Some(false) {
                    return;
                }
                let o = overflow().unwrap_or(f64::INFINITY);
                if o < best.1 {
                    best = ((under, k), o);
                }
            }
        }
        set(best.0 .0, best.0 .1);
        return;
    }
    for k in 1..=FIT_STEPS {
        let _ = root.class_list().add_1(&format!("fit-{k}"));
        if k > 1 {
            let _ = root.class_list().remove_1(&format!("fit-{}", k - 1));
        }
        if slide_fits() != Some(true) {
            let _ = root.class_list().remove_1(&format!("fit-{k}"));
            if k > 1 {
                let _ = root.class_list().add_1(&format!("fit-{}", k - 1));
            }
            return;
        }
    }
}

/// How far the slide runs past the room above the Previous/Next bar, or the page past the window (the larger, in
/// pixels; none or less is 0 or below); `None` off the slides.
fn overflow() -> Option<f64> {
    let window = crate::window()?;
    let root = window.document()?.document_element()?;
    let grid = root.query_selector("main .step-grid").ok().flatten()?;
    let nav = root.query_selector(".step-nav").ok().flatten()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let room = height - nav.get_bounding_client_rect().height() - 8.0;
    let bottom = grid.get_bounding_client_rect().bottom() + window.scroll_y().unwrap_or(0.0);
    Some((bottom - room).max(f64::from(root.scroll_height()) - height - 1.0))
}

/// Whether the slide ends above the Previous/Next bar (which grows with the type too, so it is measured each time)
/// without the page overflowing the window; `None` off the slides.
fn slide_fits() -> Option<bool> {
    let window = crate::window()?;
    let root = window.document()?.document_element()?;
    let grid = root.query_selector("main .step-grid").ok().flatten()?;
    let nav = root.query_selector(".step-nav").ok().flatten()?;
    let height = window.inner_height().ok()?.as_f64()?;
    let r = grid.get_bounding_client_rect();
    let room = height - nav.get_bounding_client_rect().height() - 8.0;
    Some(
        r.bottom() + window.scroll_y().unwrap_or(0.0) <= room
            && r.height() > 0.0
            && f64::from(root.scroll_height()) <= height + 1.0,
    )
}

/// The type's size on the slide now: the `k` of its `fit-k` class, 0 for none.
fn fitted_size() -> u32 {
    crate::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| {
            (1..=FIT_STEPS)
                .rev()
                .find(|k| root.class_list().contains(&format!("fit-{k}")))
        })
        .unwrap_or(0)
}

/// A frame after the fit, with the layout settled: a grown slide that no longer fits steps down a size, and is
/// looked at again a frame later, until it fits or is back to its base size (with `refit` false, beside the QR
/// code, it is left as it is); then `data-fitted` on `<html>` names the step, so a test waits for that rather than a
/// time.
fn settle_fit(step: &'static str, refit: bool) {
    set_timeout(
        move || {
            let k = fitted_size();
            if refit && k > 0 && slide_fits() == Some(false) {
                if let Some(root) = crate::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.document_element())
                {
                    let _ = root.class_list().remove_1(&format!("fit-{k}"));
                    if k > 1 {
                        let _ = root.class_list().add_1(&format!("fit-{}", k - 1));
                    }
                }
                settle_fit(step, refit);
            } else if let Some(root) = crate::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("data-fitted", step);
            }
        },
        std::time::Duration::from_millis(60),
    );
}

/// The step the slide's type was last fitted for (`data-fitted` on `<html>`).
fn fitted_for() -> Option<String> {
    crate::window()?
        .document()?
        .document_element()?
        .get_attribute("data-fitted")
}

/// With the QR code open, the slide keeps its layout, scaled into the room left beside the code (`--qr-zoom` on
/// `<html>`, CSS `zoom` on the page's article): laid out in the narrower room it squeezed its own bars, wrapped the
/// outcomes' names and pushed Compare's differences under their values (the teacher's fourth try). The scale is
/// the room the page has beside the code over the room it has without it (its right margin, `style/main.css`).
fn zoom_beside_code(on: bool) {
    let Some(window) = crate::window() else { return };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let main = root.query_selector("main").ok().flatten();
    let style = main.as_ref().and_then(|m| window.get_computed_style(m).ok().flatten());
    let (Some(main), Some(style), true) = (main, style, on) else {
        let _ = root.style().remove_property("--qr-zoom");
        return;
    };
    let px = |name: &str| {
        style
            .get_property_value(name)
            .ok()
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let room = f64::from(main.client_width()) - px("padding-left") - px("padding-right");
    let margin = px("margin-right");
    if room > 0.0 && margin > 0.0 {
        let _ = root
            .style()
            .set_property("--qr-zoom", &format!("{:.4}", room / (room + margin)));
    }
}

/// The name of the presenter's notes window, so that a second opening reuses it.
const NOTES_WINDOW: &str = "gambit-notes";

/// Opens the teacher's notes in a window of their own (the presenter's: on the teacher's screen, not the room's),
/// or brings it back to the front. Called from a click or a key, as browsers allow a window to open only then.
fn open_notes_window() -> Option<web_sys::Window> {
    let window = crate::window()?;
    let child = window
        .open_with_url_and_target_and_features("", NOTES_WINDOW, "popup,width=760,height=820")
        .ok()
        .flatten()?;
    let _ = child.focus();
    Some(child)
}

/// Copies the slide's notes (the step's, or Compare's) into the notes window, with the step's place and title, the
/// page's stylesheets and language, and Previous/Next buttons; the window follows the slides this way, its owner
/// writing into it (same origin), so it needs no copy of the app.
fn write_notes(child: &web_sys::Window, (label, previous, next): (&str, &str, &str)) {
    let (Some(doc), Some(from)) = (child.document(), crate::window().and_then(|w| w.document())) else {
        return;
    };
    let (Some(root), Some(from_root)) = (doc.document_element(), from.document_element()) else {
        return;
    };
    let _ = root.set_attribute("lang", &from_root.get_attribute("lang").unwrap_or_default());
    if let Some(theme) = from_root.get_attribute("data-theme") {
        let _ = root.set_attribute("data-theme", &theme);
    }
    if let (Some(head), Ok(links)) = (doc.head(), from.query_selector_all("link[rel=stylesheet], style")) {
        if doc.query_selector("link, style").ok().flatten().is_none() {
            // Each stylesheet by its full address (`href` as read from the element): the new window's own is
            // about:blank, and the page's policy allows no <base>.
            let mut copied = String::new();
            for i in 0..links.length() {
                let Some(node) = links.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else {
                    continue;
                };
                if node.tag_name() == "STYLE" {
                    copied.push_str(&node.outer_html());
                } else if let Some(href) = js_sys::Reflect::get(&node, &"href".into())
                    .ok()
                    .and_then(|h| h.as_string())
                {
                    copied.push_str(&format!(
                        "<link rel=\"stylesheet\" href=\"{}\">",
                        href.replace('"', "&quot;")
                    ));
                }
            }
            head.set_inner_html(&copied);
        }
    }
    let html = |css: &str| from.query_selector(css).ok().flatten().map(|e| e.outer_html());
    let title = from
        .query_selector("main h2")
        .ok()
        .flatten()
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    let notes = html("main .step-grid > .reading")
        .or_else(|| html("main .compare-notes"))
        .unwrap_or_default();
    let place = from
        .query_selector(".step-nav .progress")
        .ok()
        .flatten()
        .and_then(|p| p.text_content())
        .unwrap_or_default();
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;");
    doc.set_title(&format!("{label} · {title}"));
    if let Some(body) = doc.body() {
        body.set_inner_html(&format!(
            "<main class=\"presenter-notes\"><p class=\"presenter-moves\"><button type=\"button\" data-move=\"-1\">{}</button> \
             <span class=\"presenter-place\">{}</span> <button type=\"button\" data-move=\"1\">{}</button></p>\
             <h1>{}</h1>{}</main>",
            escape(previous),
            escape(&place),
            escape(next),
            escape(&title),
            notes
        ));
    }
}

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
    // The notes' own window (the presenter's), while it is open: the projected slide then shows no notes.
    let notes_window = StoredValue::new_local(None::<web_sys::Window>);
    let popped = RwSignal::new(false);
    let ui = &state.case.meta.ui;
    let words = (text.notes.as_ref(), ui.previous.as_ref(), ui.next.as_ref());
    // Its Previous/Next buttons and arrow keys move the slides; listened to once per window opened.
    let listen = move |child: &web_sys::Window| {
        let go = move |forward: bool| {
            let now = state.step().get_untracked();
            let to = if forward { steps.after(now) } else { steps.before(now) };
            if let Some(to) = to {
                state.go_to(to);
            }
        };
        let on_click = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
            // The window's own realm: its elements fail `instanceof` here, so they are taken unchecked.
            let moved = ev
                .target()
                .map(|t| t.unchecked_into::<web_sys::Element>())
                .and_then(|e| e.closest("[data-move]").ok().flatten())
                .and_then(|e| e.get_attribute("data-move"));
            if let Some(moved) = moved {
                go(moved == "1");
            }
        });
        let on_key =
            wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |ev: web_sys::KeyboardEvent| {
                match ev.key().as_str() {
                    "ArrowRight" | "PageDown" => go(true),
                    "ArrowLeft" | "PageUp" => go(false),
                    _ => return,
                }
                ev.prevent_default();
            });
        let _ = child.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
        let _ = child.add_event_listener_with_callback("keydown", on_key.as_ref().unchecked_ref());
        // They live as long as the window may: a few bytes per window opened.
        on_click.forget();
        on_key.forget();
    };
    let pop_out = move || {
        let reused = notes_window.with_value(|w| w.as_ref().is_some_and(|w| !w.closed().unwrap_or(true)));
        if let Some(child) = open_notes_window() {
            if !reused {
                listen(&child);
            }
            write_notes(&child, words);
            notes_window.set_value(Some(child));
            notes.set(false);
            popped.set(true);
        }
    };
    // The notes window follows the slides: written again after each move, and after a change of scenario (Compare's
    // notes name the endings); it closed, the slides forget it.
    Effect::new(move |_| {
        state.step().track();
        state.page().track();
        state.present().track();
        let _ = state.scenario();
        if !popped.get() {
            return;
        }
        set_timeout(
            move || {
                let open = notes_window
                    .with_value(|w| w.clone())
                    .filter(|w| !w.closed().unwrap_or(true));
                match open {
                    Some(child) => write_notes(&child, words),
                    None => {
                        notes_window.set_value(None);
                        popped.set(false);
                    }
                }
            },
            std::time::Duration::from_millis(60),
        );
    });
    // Whether the last thing the reader did was a key (then a focus moved by the page shows its ring) or a pointer
    // (then it does not): `data-keyboard` on <html>, read by CSS.
    let key_seen = window_event_listener(ev::keydown, move |ev| {
        if !matches!(ev.key().as_str(), "Shift" | "Control" | "Alt" | "Meta") {
            root_class("keyboard", true);
        }
    });
    let pointer_seen = window_event_listener(ev::pointerdown, move |_| root_class("keyboard", false));
    on_cleanup(move || {
        key_seen.remove();
        pointer_seen.remove();
    });
    Effect::new(move |_| {
        let on = state.present().get();
        root_class("presenting", on);
        root_class("with-notes", on && notes.get());
        root_class("with-qr", on && qr.get());
    });
    // After each slide is drawn (and when the notes, the QR code or the window change its room), its type is fitted;
    // `data-fitted` on <html> then names the step it was fitted for, so a test waits for that rather than a time.
    let refit = move || {
        let on = state.present().get_untracked() && state.page().get_untracked() == Page::Walkthrough;
        let step = steps[state.step().get_untracked()].data.id.as_ref();
        // The QR code alone opened or closed over the same slide: the type stays as it was fitted, and the slide
        // is scaled into the room beside the code.
        let same_slide = fitted_for().as_deref() == Some(step);
        let code = qr.get_untracked() && state.present().get_untracked();
        set_timeout(
            move || {
                if !(code && same_slide) {
                    fit_slide(on);
                }
                zoom_beside_code(code);
                // Beside the QR code the slide is scaled, not refitted: its type stays as it was.
                settle_fit(step, !code);
            },
            std::time::Duration::from_millis(50),
        );
    };
    Effect::new(move |_| {
        state.present().track();
        state.step().track();
        state.page().track();
        notes.track();
        qr.track();
        refit();
    });
    let resized = window_event_listener(ev::resize, move |_| refit());
    on_cleanup(move || resized.remove());
    let handle = window_event_listener(ev::keydown, move |ev| {
        if !state.present().get_untracked() || ev.alt_key() || ev.ctrl_key() || ev.meta_key() || in_a_control(&ev) {
            return;
        }
        // Home and End move between the walkthrough's slides; a comparison on screen stays.
        let slides = state.page().get_untracked() == Page::Walkthrough;
        match ev.key().as_str() {
            "Home" if slides => state.go_to(steps.ids().next().expect("a step")),
            "End" if slides => state.go_to(steps.last_id().expect("a step")),
            // One Escape per panel, the QR code first, as a presenter closes a pop-up; only with none open does
            // it leave the slides (the teacher's fourth try lost the deck closing the QR code).
            "Escape" if qr.get_untracked() => qr.set(false),
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
    view! {
        <Show when=move || state.present().get()>
            <div class="present-bar" role="toolbar" aria-label=text.toolbar.as_ref() aria-describedby="present-keys">
                <button type="button" aria-pressed=move || notes.get().to_string() on:click=move |_| notes.update(|n| *n = !*n)>
                    {text.notes.as_ref()}
                </button>
                <Show when=move || notes.get()>
                    <button type="button" class="notes-window" on:click=move |_| pop_out()>{text.notes_window.as_ref()}</button>
                </Show>
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
