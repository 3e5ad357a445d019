//! Saving a file the page made: a chart as SVG, or rasterised by the browser as PNG. Nothing leaves the page; the
//! browser's own download takes the file.

use gambit_core::url::encode;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A new element `tag` of the page, as its type `T`.
fn create<T: JsCast>(tag: &str) -> Option<T> {
    let document = crate::window()?.document()?;
    document.create_element(tag).ok()?.dyn_into::<T>().ok()
}

/// Hands the browser `url` to download as `name`.
pub fn save(name: &str, url: &str) {
    let Some(link) = create::<web_sys::HtmlAnchorElement>("a") else {
        return;
    };
    link.set_href(url);
    link.set_download(name);
    link.click();
}

/// Whether this page runs in a sandboxed frame (its origin opaque, `"null"`), where the browser may refuse to save a
/// file without a word (a sandbox without `allow-downloads`); the page cannot tell whether it is allowed.
pub fn sandboxed() -> bool {
    crate::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("origin")).ok())
        .and_then(|o| o.as_string())
        .is_some_and(|origin| origin == "null")
}

/// `csv` as a `data:` address, with a byte-order mark, so that spreadsheets read the Chinese edition's words as UTF-8.
pub fn csv_url(csv: &str) -> String {
    format!("data:text/csv;charset=utf-8,{}", encode(&format!("\u{feff}{csv}")))
}

/// `svg` as a `data:` address.
pub fn svg_url(svg: &str) -> String {
    format!("data:image/svg+xml;charset=utf-8,{}", encode(svg))
}

/// Saves `svg` as a PNG named `name`, drawn by the browser at `scale` times its size.
pub fn save_png(svg: &str, scale: u32, name: String) {
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        return;
    };
    let loaded = image.clone();
    let onload = Closure::once_into_js(move || {
        let (w, h) = (loaded.natural_width() * scale, loaded.natural_height() * scale);
        let Some(canvas) = create::<web_sys::HtmlCanvasElement>("canvas") else {
            return;
        };
        canvas.set_width(w);
        canvas.set_height(h);
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        if let Some(context) = context {
            let _ = context.draw_image_with_html_image_element_and_dw_and_dh(&loaded, 0.0, 0.0, w as f64, h as f64);
            if let Ok(url) = canvas.to_data_url_with_type("image/png") {
                save(&name, &url);
            }
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    image.set_src(&svg_url(svg));
}
