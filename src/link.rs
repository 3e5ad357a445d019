//! Keeps the page's address in step with the reader's state, so a copied link reopens exactly what is on the
//! screen: a new history entry when the step or page changes (Back returns to it), the current entry replaced when
//! an assumption changes, and the state set from the address on Back and Forward.

use std::time::Duration;

use gambit_core::url;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::location_query;
use crate::state::Explainer;

/// Starts the sync for `state`; stops when the calling component is dropped.
pub fn sync_address(state: Explainer) {
    let pending = StoredValue::new(0u32);
    Effect::new(move |previous: Option<(usize, url::Page)>| {
        let link = state.link();
        let here = (link.step, link.page);
        let query = url::write(&link, state.case);
        let moved = previous.is_some_and(|p| p != here);
        if moved {
            write_address(&query, true);
        } else {
            // Toggles replace the entry, after a pause: a dragged slider would otherwise hit the browsers' limit on
            // history updates.
            pending.update_value(|n| *n += 1);
            let mine = pending.get_value();
            set_timeout(
                move || {
                    if pending.try_get_value() == Some(mine) {
                        write_address(&query, false);
                    }
                },
                Duration::from_millis(if previous.is_none() { 0 } else { 250 }),
            );
        }
        here
    });
    let handle = window_event_listener(ev::popstate, move |_| {
        let (link, _) = url::parse(&location_query(), state.case);
        state.apply(&link);
    });
    on_cleanup(move || handle.remove());
}

/// Puts `query` in the address bar, as a new history entry or in place of the current one.
fn write_address(query: &str, push: bool) {
    if query == location_query() {
        return;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    // A sandboxed or throttled history may refuse; the page works on, only the address is not updated.
    let _ = if push {
        history.push_state_with_url(&JsValue::NULL, "", Some(query))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(query))
    };
}
