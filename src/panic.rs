//! If the app panics anyway, the reader sees a short message with a link to reload in place of a frozen page;
//! the console keeps the details.

use wasm_bindgen::JsCast;

use crate::content;

/// Installs the hook. Call before anything else runs.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        show_message();
    }));
}

/// Puts the message at the top of the page (once), built from text nodes only.
pub fn show_message() {
    let Some(document) = crate::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    if document.query_selector(".panic").ok().flatten().is_some() {
        return;
    }
    let ui = &content::case().meta.ui;
    let (Ok(panel), Ok(text), Ok(link)) = (
        document.create_element("div"),
        document.create_element("p"),
        document.create_element("a"),
    ) else {
        return;
    };
    panel.set_class_name("panic");
    let _ = panel.set_attribute("role", "alert");
    text.set_text_content(Some(&ui.panic));
    link.set_text_content(Some(&ui.reload));
    let href = crate::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    let _ = link.set_attribute("href", &href);
    let _ = text.append_with_str_1(&ui.punctuation.space);
    let _ = text.append_child(&link);
    let _ = panel.append_child(&text);
    let _ = body.prepend_with_node_1(panel.unchecked_ref());
}
