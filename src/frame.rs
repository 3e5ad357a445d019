//! Talking to the page that embeds this one in an iframe. The only message ever sent is the content's height,
//! `{ type: "ai-gambit:height", height: <pixels> }`, whenever it changes, so the host can size the frame; messages
//! received are ignored.

use js_sys::{Object, Reflect};
use leptos::prelude::{on_cleanup, StoredValue, WithValue};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The message type the host listens for.
pub const HEIGHT_MESSAGE: &str = "ai-gambit:height";

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
        let message = Object::new();
        let height = measured.get_bounding_client_rect().height().ceil();
        let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = Reflect::set(&message, &"height".into(), &height.into());
        // The height says nothing private, so any host may read it.
        let _ = parent.post_message(&message, "*");
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
