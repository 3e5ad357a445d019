//! The teacher's notes in a window of their own (the presenter's: on the teacher's screen, not the room's). The slides
//! write into it (same origin), so it needs no copy of the app: the step's place and title, its question, sources
//! and terms, the page's stylesheets and language; its Previous/Next buttons and arrow keys move the slides.

use gambit_core::markup::THEME_ATTRIBUTE;
use gambit_core::phrase::escape;
use wasm_bindgen::JsCast;

/// The name of the presenter's notes window, so that a second opening reuses it.
const NOTES_WINDOW: &str = "gambit-notes";

/// Opens the teacher's notes in a window of their own (the presenter's: on the teacher's screen, not the room's),
/// or brings it back to the front. Called from a click or a key, as browsers allow a window to open only then.
pub(super) fn open_notes_window() -> Option<web_sys::Window> {
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
/// writing into it (same origin), so it needs no copy of the app. `written` is what was last written into its body:
/// the same again is not written, so a button the teacher (or a test) is about to press is not replaced by its copy
/// (a move writes the window more than once, as the slide settles).
pub(super) fn write_notes(
    child: &web_sys::Window,
    (label, previous, next, separator): (&str, &str, &str, &str),
    written: &mut String,
) {
    let (Some(doc), Some(from)) = (child.document(), crate::window().and_then(|w| w.document())) else {
        return;
    };
    let (Some(root), Some(from_root)) = (doc.document_element(), from.document_element()) else {
        return;
    };
    let _ = root.set_attribute("lang", &from_root.get_attribute("lang").unwrap_or_default());
    if let Some(theme) = from_root.get_attribute(THEME_ATTRIBUTE) {
        let _ = root.set_attribute(THEME_ATTRIBUTE, &theme);
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
                    copied.push_str(&format!("<link rel=\"stylesheet\" href=\"{}\">", escape(&href)));
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
    // The language's own separator between the parts of a title (" · ", "｜"), as the tab's title has.
    doc.set_title(&format!("{label}{separator}{title}"));
    let Some(body) = doc.body() else { return };
    let html = format!(
        "<main class=\"presenter-notes\"><p class=\"presenter-moves\"><button type=\"button\" data-move=\"-1\">{}</button> \
         <span class=\"presenter-place\">{}</span> <button type=\"button\" data-move=\"1\">{}</button></p>\
         <h1>{}</h1>{}</main>",
        escape(previous),
        escape(&place),
        escape(next),
        escape(&title),
        notes
    );
    if *written != html || body.child_element_count() == 0 {
        body.set_inner_html(&html);
        *written = html;
    }
}

/// Listens to the notes window's Previous/Next buttons and its arrow keys, which move the slides (`go(true)` forward);
/// once per window opened.
pub(super) fn follow_moves(child: &web_sys::Window, go: impl Fn(bool) + Copy + 'static) {
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
}
