//! A confirmation said beside the control that caused it ("Link copied" next to "Copy link", "File ready: …" next
//! to a download), for a moment, and announced by assistive technology: each control has its own polite live
//! region, present (empty) from the start so that what it later says is read out.

use std::time::Duration;

use leptos::prelude::*;

/// How long a confirmation stays in sight.
const SHOWN: Duration = Duration::from_secs(3);

/// What one control last confirmed. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Toast {
    text: RwSignal<Option<String>>,
    /// Counts confirmations, so an older one's timer does not clear a newer one.
    shown: StoredValue<u32>,
}

impl Toast {
    pub fn new() -> Self {
        Toast {
            text: RwSignal::new(None),
            shown: StoredValue::new(0),
        }
    }

    /// Says `text` beside the control for a moment.
    pub fn show(&self, text: String) {
        self.shown.update_value(|n| *n += 1);
        self.text.set(Some(text));
        let (this, mine) = (*self, self.shown.get_value());
        set_timeout(
            move || {
                if this.shown.try_get_value() == Some(mine) {
                    this.text.set(None);
                }
            },
            SHOWN,
        );
    }

    /// Takes back what it says at once (the control did something else instead).
    pub fn clear(&self) {
        self.shown.update_value(|n| *n += 1);
        self.text.set(None);
    }
}

impl Default for Toast {
    fn default() -> Self {
        Toast::new()
    }
}

/// A control and its confirmation, side by side: the confirmation floats just over the control, so nothing moves
/// when it shows. `kind` is a class of its own for the confirmation ("copied").
#[component]
pub fn WithToast(toast: Toast, #[prop(optional)] kind: &'static str, children: Children) -> impl IntoView {
    view! {
        <span class="with-toast">
            {children()}
            <ToastText toast kind />
        </span>
    }
}

/// The confirmation alone, for a control that must stay where it is in its parent (the share bar's first button):
/// it floats over the start of the nearest positioned parent. A live region by its role (`status`, polite), with no
/// `aria-live` of its own: the page's one announcer of changes is the only region that has one.
#[component]
pub fn ToastText(toast: Toast, #[prop(optional)] kind: &'static str) -> impl IntoView {
    view! { <span class=format!("toast {kind}") role="status">{move || toast.text.get()}</span> }
}
