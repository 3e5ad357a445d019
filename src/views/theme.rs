//! The page's colours: the theme switch, light or dark, starting from the system's preference (a choice is kept
//! in `localStorage` where the page may use it; a sandboxed iframe may not, and then it lasts for the visit); and
//! an embedded step's colours, fixed by its link or following the system.

use gambit_core::markup::THEME_STORAGE_KEY as KEY;
use gambit_core::markup::{BACKGROUND_ATTRIBUTE, THEME_ATTRIBUTE};
use gambit_core::url::{Theme, BACKGROUND_TRANSPARENT};
use leptos::prelude::*;

use crate::state::Explainer;

fn storage() -> Option<web_sys::Storage> {
    crate::window()?.local_storage().ok().flatten()
}

fn system_prefers_dark() -> bool {
    crate::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Puts the page in `theme`, or leaves it to the system's preference (`Theme::Auto`).
fn set_root_theme(theme: &str) {
    if let Some(root) = crate::root_element() {
        let _ = root.set_attribute(THEME_ATTRIBUTE, theme);
    }
}

/// An embedded step's colours, as its link says: fixed to match the host page, or the reader's system's (the
/// embeddable page starts light, an embed's default, until the app reads its link); with `transparent`
/// (`bg=transparent`), no background of its own, the article's showing through (`style/main.css`).
pub fn fix(theme: Theme, transparent: bool) {
    if let Some(root) = crate::root_element().filter(|_| transparent) {
        let _ = root.set_attribute(BACKGROUND_ATTRIBUTE, BACKGROUND_TRANSPARENT);
    }
    if theme != Theme::Auto {
        set_root_theme(theme.key());
    } else if let Some(root) = crate::root_element() {
        let _ = root.remove_attribute(THEME_ATTRIBUTE);
    }
}

#[component]
pub fn ThemeSwitch() -> impl IntoView {
    let ui = &Explainer::get().case.meta.ui;
    let stored = storage().and_then(|s| s.get_item(KEY).ok().flatten());
    let dark = RwSignal::new(
        stored
            .as_deref()
            .map_or_else(system_prefers_dark, |t| t == Theme::Dark.key()),
    );
    let chosen = RwSignal::new(stored.is_some());
    Effect::new(move |_| {
        let theme = if dark.get() { Theme::Dark } else { Theme::Light }.key();
        if !chosen.get() {
            return;
        }
        set_root_theme(theme);
        if let Some(storage) = storage() {
            let _ = storage.set_item(KEY, theme);
        }
    });
    view! {
        <button
            type="button"
            class="theme-switch"
            data-dark=move || dark.get().to_string()
            on:click=move |_| {
                chosen.set(true);
                dark.update(|d| *d = !*d);
            }
        >
            // It says what it will do: switch to the other theme.
            {move || if dark.get() { ui.to_light.as_ref() } else { ui.to_dark.as_ref() }}
        </button>
    }
}
