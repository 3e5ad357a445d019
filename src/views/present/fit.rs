//! Fitting a slide to the screen: its type grown to fill a short slide (`fit-k` on `<html>`), a tall one's text moved
//! under its view, its two controls set side by side or its chart shrunk (`text-under`, `paired`, `squeeze-k`), the fit checked again once the layout settles
//! (`data-fitted`, which tests wait for), and the slide scaled into the room beside the teacher's notes
//! (`--qr-zoom`, named when the QR code had a column too; it is now laid over the slide and changes nothing here). The
//! classes are read by `style/main.css`; each is chosen by measuring the slide against the Previous/Next bar.

use leptos::prelude::set_timeout;
use wasm_bindgen::JsCast;

/// How many steps a short slide's type may grow by (a tenth of the base size each): up to 1.6 times.
const FIT_STEPS: u32 = 6;

/// How many steps a slide too tall for the screen may shrink by (`squeeze-1` .. `squeeze-4` on `<html>`, CSS: its
/// chart 3rem shorter each, or a briefing's type a twentieth smaller): at 1024×768 and 1280×800 some slides ran
/// 16 to 60 px under the screen.
const SQUEEZE_STEPS: u32 = 4;

/// Grows a short slide's type to fill the screen: the largest of `fit-1` .. `fit-6` on `<html>` (CSS: a tenth more
/// each) under which the step still ends above the Previous/Next bar; none for a slide that fills the screen
/// already, and none off the slides. At 1920×1080 the first slide filled half the screen.
/// What is measured at once can be short of the layout the browser settles on a frame later (the talent step at
/// 1280×800, grown, ended 30 px under the bar though measured fitting), so [`settle_fit`] checks again.
pub(super) fn fit_slide(on: bool) {
    let Some(root) = crate::root_element() else {
        return;
    };
    for k in 1..=FIT_STEPS {
        let _ = root.class_list().remove_1(&format!("fit-{k}"));
    }
    let layout = |shape: Shape| {
        for j in 1..=SQUEEZE_STEPS {
            let _ = root.class_list().remove_1(&format!("squeeze-{j}"));
        }
        if shape.squeeze > 0 {
            let _ = root.class_list().add_1(&format!("squeeze-{}", shape.squeeze));
        }
        for (class, on) in [("text-under", shape.under), ("paired", shape.paired)] {
            let _ = if on {
                root.class_list().add_1(class)
            } else {
                root.class_list().remove_1(class)
            };
        }
    };
    layout(Shape::BASE);
    if !on {
        return;
    }
    // A slide too tall at its base size tries the shapes of [`Shape::tried`] in turn, the least change first; the
    // first that fits stays, else the one that overflows least.
    if overflow().is_some_and(|o| o > 0.0) {
        let two = root
            .query_selector("main .stage-controls .control ~ .control")
            .ok()
            .flatten()
            .is_some();
        let mut best = (Shape::BASE, overflow().unwrap_or(f64::INFINITY));
        for shape in Shape::tried(two) {
            layout(shape);
            let o = overflow().unwrap_or(f64::INFINITY);
            if o <= 0.0 {
                return;
            }
            if o < best.1 {
                best = (shape, o);
            }
        }
        layout(best.0);
        return;
    }
    for k in 1..=FIT_STEPS {
        let _ = root.class_list().add_1(&format!("fit-{k}"));
        if k > 1 {
            let _ = root.class_list().remove_1(&format!("fit-{}", k - 1));
        }
        if overflow().is_none_or(|o| o > 0.0) {
            let _ = root.class_list().remove_1(&format!("fit-{k}"));
            if k > 1 {
                let _ = root.class_list().add_1(&format!("fit-{}", k - 1));
            }
            return;
        }
    }
}

/// A slide's layout when it is too tall for the screen at its base size (classes on `<html>`, read by CSS): the
/// step's key sentence under its view (`text-under`), a step's two controls side by side under its question
/// (`paired`), and its chart (or a briefing's type) `squeeze` steps smaller (`squeeze-N`).
#[derive(Clone, Copy, PartialEq, Debug)]
struct Shape {
    under: bool,
    paired: bool,
    squeeze: u32,
}

impl Shape {
    const BASE: Shape = Shape {
        under: false,
        paired: false,
        squeeze: 0,
    };

    /// The shapes a slide too tall tries, in order: at each size of the chart, the sentence moved under the view,
    /// then (on a slide with two controls, `two`) the controls side by side, then both without the sentence's move.
    /// Two controls stacked under the question made the side panel 23 to 69 px taller than the screen at 1024×768
    /// and 1280×800 (the incentives and TikTok steps); side by side they take the height of the taller one, and the
    /// chart keeps its size.
    fn tried(two: bool) -> impl Iterator<Item = Shape> {
        (0..=SQUEEZE_STEPS).flat_map(move |squeeze| {
            [(true, false), (true, true), (false, true), (false, false)]
                .into_iter()
                .filter(move |&(under, paired)| (two || !paired) && (squeeze > 0 || under || paired))
                .map(move |(under, paired)| Shape { under, paired, squeeze })
        })
    }
}

/// The screen's room for the page: the window less any scrollbar (`clientWidth`/`clientHeight` of `<html>`), which
/// is where a fixed bar at the foot stands. Measured against the window itself, a slide 1 px short of it but a
/// scrollbar wider than the room (Firefox, the chips step at 1024×768) kept both scrollbars, and Previous/Next
/// stood 12 px above the screen's foot.
fn screen(root: &web_sys::Element) -> (f64, f64) {
    (f64::from(root.client_width()), f64::from(root.client_height()))
}

/// How far the slide runs past the room above the Previous/Next bar (which grows with the type too, so it is
/// measured each time), or the page past the screen (down or sideways: the larger, in pixels; a slide that fits
/// is 0 or below, one not laid out yet infinitely far); `None` off the slides. The one measure of a slide's fit:
/// whether it fits and by how much it misses.
fn overflow() -> Option<f64> {
    let window = crate::window()?;
    let root = window.document()?.document_element()?;
    let grid = root.query_selector("main .step-grid").ok().flatten()?;
    let nav = root.query_selector(".step-nav").ok().flatten()?;
    let (width, height) = screen(&root);
    let room = height - nav.get_bounding_client_rect().height() - 8.0;
    let r = grid.get_bounding_client_rect();
    if r.height() <= 0.0 {
        // Not laid out yet: it fits nothing.
        return Some(f64::INFINITY);
    }
    let bottom = r.bottom() + window.scroll_y().unwrap_or(0.0);
    Some(
        (bottom - room)
            .max(f64::from(root.scroll_height()) - height - 1.0)
            .max(f64::from(root.scroll_width()) - width - 1.0),
    )
}

/// The type's size on the slide now: the `k` of its `fit-k` class, 0 for none.
fn fitted_size() -> u32 {
    crate::root_element()
        .and_then(|root| {
            (1..=FIT_STEPS)
                .rev()
                .find(|k| root.class_list().contains(&format!("fit-{k}")))
        })
        .unwrap_or(0)
}

/// A frame after the fit, with the layout settled: a grown slide that no longer fits steps down a size, and is
/// looked at again a frame later, until it fits or is back to its base size; a slide at its base size that no
/// longer fits is fitted again, at most [`REFITS`] times (in Firefox a slide reached by the arrow key was measured
/// before its chart had its height, fitted at its base shape, and then ran 5 to 12 px under the bar); with `refit`
/// false (off the slides, or beside the notes) it is left as it is. Then, if no later fit was asked for meanwhile
/// ([`fit_asked`]), `data-fitted` on `<html>` names the step, so a test waits for that rather than a time.
pub(super) fn settle_fit(step: &'static str, refit: bool, asked: u32) {
    settle(step, refit, REFITS, asked);
}

thread_local! {
    /// How many fits have been asked for ([`fit_asked`]), and the step the last settled one was for.
    static FITS: std::cell::Cell<(u32, Option<&'static str>)> = const { std::cell::Cell::new((0, None)) };
}

/// Notes that a fit is asked for, and returns its number for [`settle_fit`]: `data-fitted` goes from `<html>` until
/// the last fit asked for has settled, so a test that waits for it never measures the layout a fit is about to
/// change (in WebKit an answer on a shared link was measured before the refit it set off, an outcome bar 25 px
/// under the screen at 1024×768).
pub(super) fn fit_asked() -> u32 {
    if let Some(root) = crate::root_element() {
        let _ = root.remove_attribute("data-fitted");
    }
    FITS.with(|f| {
        let (n, step) = f.get();
        f.set((n.wrapping_add(1), step));
        n.wrapping_add(1)
    })
}

/// How many times [`settle_fit`] fits a slide again whose layout changed after its fit.
const REFITS: u32 = 3;

fn settle(step: &'static str, refit: bool, refits: u32, asked: u32) {
    set_timeout(
        move || {
            let Some(root) = crate::root_element() else {
                return;
            };
            let k = fitted_size();
            let over = refit && overflow().is_some_and(|o| o > 0.0);
            if over && k > 0 {
                let _ = root.class_list().remove_1(&format!("fit-{k}"));
                if k > 1 {
                    let _ = root.class_list().add_1(&format!("fit-{}", k - 1));
                }
                settle(step, refit, refits, asked);
            } else if over && refits > 0 {
                fit_slide(true);
                settle(step, refit, refits - 1, asked);
            } else {
                FITS.with(|f| {
                    let (last, _) = f.get();
                    if last == asked {
                        f.set((last, Some(step)));
                        let _ = root.set_attribute("data-fitted", step);
                    }
                });
            }
        },
        std::time::Duration::from_millis(60),
    );
}

/// The step the slide's type was last fitted for (what `data-fitted` on `<html>` names once the fit has settled).
pub(super) fn fitted_for() -> Option<&'static str> {
    FITS.with(|f| f.get().1)
}

/// With a slide's notes open the slide keeps its layout, scaled into the room left beside them
/// (`--qr-zoom` on `<html>`, CSS `zoom` on the page's article): laid out in the narrower room it squeezed its own
/// bars, wrapped the outcomes' names and pushed Compare's differences under their values (the teacher's fourth
/// try); the notes laid over the slide's side covered its question and figures for the room to read instead (the
/// seventh). (The QR code was scaled beside too; it is now laid over the slide, which it leaves as it was.) The scale
/// is the room the page has beside them over the room it has without them (its right margin, `style/main.css`).
///
/// The room is measured again once the scale is set, until it holds (three times at most): measured first with
/// the slide laid out unscaled in the narrow room, the page ran past the screen and its scrollbar took 15 px of the
/// room, so the scale was too small; the next fit (the notes opened, at 1024×768) found the room whole and grew the
/// slide by 3 to 16 px.
pub(super) fn zoom_beside(on: bool) {
    let Some(window) = crate::window() else { return };
    let Some(root) = window.document().and_then(|d| d.document_element()) else {
        return;
    };
    let Ok(root) = root.dyn_into::<web_sys::HtmlElement>() else {
        return;
    };
    let main = root.query_selector("main").ok().flatten();
    let style = main.as_ref().and_then(|m| window.get_computed_style(m).ok().flatten());
    let (Some(main), Some(style), true) = (main, style, on) else {
        let _ = root.style().remove_property("--qr-zoom");
        return;
    };
    let px = |name: &str| {
        style
            .get_property_value(name)
            .ok()
            .and_then(|v| v.trim_end_matches("px").parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    let mut set = String::new();
    for _ in 0..3 {
        // Read afresh each time: the scale just set may take the page's scrollbar away, and so widen the room.
        let room = f64::from(main.client_width()) - px("padding-left") - px("padding-right");
        let margin = px("margin-right");
        if room <= 0.0 || margin <= 0.0 {
            return;
        }
        let zoom = format!("{:.4}", room / (room + margin));
        if zoom == set {
            return;
        }
        let _ = root.style().set_property("--qr-zoom", &zoom);
        set = zoom;
    }
}
