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
/// The sentinel and message type AMP's `amp-iframe` listens for.
use gambit_core::markup::{AMP_MESSAGE, AMP_SENTINEL};

/// The attribute on the root of a page whose content may grow: not in a frame, or in a frame its host sizes. Until
/// then an embedded step's "Why?" toggles keep their room but do not show (`style/main.css`): a frame held at a
/// fixed height (a host that strips the script, a frame without script) would scroll inside itself when one opens,
/// and the model's caveat drop out of view.
const MAY_GROW: &str = "data-may-grow";

/// Posts the content's height to the parent now and whenever it changes, until the calling component is
/// dropped. Not in a frame, only marks the page as one that may grow.
pub fn report_height() {
    let Some(window) = crate::window() else { return };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let parent = window
        .parent()
        .ok()
        .flatten()
        .filter(|parent| JsValue::from(parent.clone()) != JsValue::from(window.clone()));
    let Some(parent) = parent else {
        let _ = root.set_attribute(MAY_GROW, "");
        return;
    };
    let measured = root.clone();
    // The last height sent. Once the frame takes it (the host's script follows the messages), the page never scrolls
    // (`data-host-sized` on the root, `style/main.css`): a scrollbar shown for the moment between a growth and the host's
    // answer narrowed the text, which then wrapped taller and kept the scrollbar and its gutter.
    let sent = std::rc::Rc::new(std::cell::Cell::new(0.0_f64));
    let last = sent.clone();
    let send = move || {
        let height = measured.get_bounding_client_rect().height().ceil();
        // Before layout the page has no height yet; a zero would collapse the frame for a moment.
        if height <= 0.0 {
            return;
        }
        last.set(height);
        for fields in [
            &[("type", HEIGHT_MESSAGE)][..],
            &[("sentinel", AMP_SENTINEL), ("type", AMP_MESSAGE)][..],
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
    let fitted_root = root.clone();
    let frame = window.clone();
    let on_resize = Closure::<dyn FnMut()>::new(move || {
        let inner = frame.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        if sent.get() > 0.0 && (inner - sent.get()).abs() < 1.0 {
            let _ = fitted_root.set_attribute("data-host-sized", "");
            let _ = fitted_root.set_attribute(MAY_GROW, "");
        }
    });
    let _ = window.add_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
    let callback = Closure::<dyn FnMut()>::new(send);
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
    if let Some(observer) = &observer {
        observer.observe(&root);
    }
    // All live as long as the component: the observer is disconnected and the listener removed first, then the
    // callbacks are dropped.
    let kept = StoredValue::new_local((observer, callback, on_resize));
    on_cleanup(move || {
        kept.with_value(|(observer, _, on_resize)| {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            let _ = window.remove_event_listener_with_callback("resize", on_resize.as_ref().unchecked_ref());
        })
    });
}
