//! Whether a focus the page moves shows its ring: after a key it does, after a click or a tap it does not (as
//! `:focus-visible` does for what the reader focuses). Browsers draw a ring for any focus moved by script, so the
//! page says which kind of input came last, in two ways read by `style/main.css`:
//! - [`track_modality`], installed once by the shell (`src/views/app.rs`), puts the class `keyboard` on `<html>`
//!   while the last thing the reader did was a key, and takes it off at a pointer; the headings focused after a
//!   move (on every page, not only on the slides) show their ring under it alone;
//! - [`focus_marked`] focuses an element, marked `data-pointer-focus` when the click that moved it came from a
//!   pointer ([`by_key`] reads the click itself, which also answers for a screen reader's click, which comes with
//!   no key event): the question's answer and the chart it leads to.

use leptos::ev;
use leptos::prelude::*;

/// Puts the class `keyboard` on `<html>` while the last thing the reader did was a key (modifiers alone aside), and
/// takes it off at a pointer, for CSS. Installed once, by the shell.
pub fn track_modality() {
    let key_seen = window_event_listener(ev::keydown, move |ev| {
        if !matches!(ev.key().as_str(), "Shift" | "Control" | "Alt" | "Meta") {
            keyboard_class(true);
        }
    });
    let pointer_seen = window_event_listener(ev::pointerdown, move |_| keyboard_class(false));
    on_cleanup(move || {
        key_seen.remove();
        pointer_seen.remove();
    });
}

/// Puts `keyboard` on `<html>` or takes it off.
fn keyboard_class(on: bool) {
    if let Some(root) = crate::root_element() {
        let _ = if on {
            root.class_list().add_1("keyboard")
        } else {
            root.class_list().remove_1("keyboard")
        };
    }
}

/// Focuses `el`, marked `data-pointer-focus` when the focus follows a click or a tap (`by_key` false): the style
/// shows the focus ring for the keyboard only, as `:focus-visible` does for what is clicked.
pub fn focus_marked(el: &web_sys::HtmlElement, by_key: bool) {
    if by_key {
        let _ = el.remove_attribute("data-pointer-focus");
    } else {
        let _ = el.set_attribute("data-pointer-focus", "");
    }
    let _ = el.focus();
}

/// Whether a click came from a key (Enter or Space on a button: no pointer, so no click count).
pub fn by_key(ev: &ev::MouseEvent) -> bool {
    ev.detail() == 0
}
