//! Talking to the page that embeds this one in an iframe. The only message ever sent is the content's height,
//! whenever it changes and never before the page is laid out: `{ type: "ai-gambit:height", height: <pixels> }`,
//! and the same as AMP's `{ sentinel: "amp", type: "embed-size", height }`, so either host can size the frame.
//! Messages received are ignored.

use js_sys::{Object, Reflect};
use leptos::prelude::{on_cleanup, StoredValue, WithValue};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The message type the host listens for.
pub use gambit_core::markup::HEIGHT_MESSAGE;
/// The message type AMP's `amp-iframe` listens for.
const AMP_MESSAGE: &str = "embed-size";

/// Posts the content's height to the parent now and whenever it changes, until the calling component is
/// dropped. Does nothing when not in a frame.
pub fn report_height() {
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    if JsValue::from(parent.clone()) == JsValue::from(window.clone()) {
        return;
    }
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let measured = root.clone();
    let send = move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        // Before layout the page has no height yet; a zero would collapse the frame for a moment.
        if height <= 0.0 {
            return;
        }
        for fields in [
            &[("type", HEIGHT_MESSAGE)][..],
            &[("sentinel", "amp"), ("type", AMP_MESSAGE)][..],
        ] {
            let message = Object::new();
            for (key, value) in fields {
                let _ = Reflect::set(&message, &(*key).into(), &(*value).into());
            }
            let _ = Reflect::set(&message, &"height".into(), &height.into());
            // The height says nothing private, so any host may read it.
            let _ = parent.post_message(&message, "*");
        }
    };
    send();
    let callback = Closure::<dyn FnMut()>::new(send);
    let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) else {
        return;
    };
    observer.observe(&root);
    // Both live as long as the component: the observer is disconnected first, then the callback is dropped.
    let kept = StoredValue::new_local((observer, callback));
    on_cleanup(move || kept.with_value(|(observer, _)| observer.disconnect()));
}
