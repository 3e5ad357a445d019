//! The chart frame and small SVG pieces shared by the views. The parts of a chart that never change with the scenario (boxes, labels,
//! connectors) are written as markup into a string and set once (`inner_html`): typed Leptos elements cost far
//! more wasm for the same picture. Only what moves with the scenario is built as reactive elements.
//!
//! Coordinates are whole viewBox units: formatting floats would add about 10 KB of code.

use std::fmt::Write;

pub use gambit_core::markup::escape;

use gambit_core::content::ViewKind;
use leptos::prelude::*;

use crate::state::Explainer;

/// Width of every chart's viewBox.
pub const WIDTH: i32 = 480;
/// Height of a card with a second line.
pub const CARD: i32 = 50;

/// The one `<svg>` of every chart: its class and `viewBox`, its role, and its title and description as SVG
/// `<title>` and `<desc>` (in this macro, so they are SVG elements), with ids made of `scope` (the step's id, or
/// the page's) and the view's, so no two charts on a page share one. The title names the chart and the
/// description describes it, each once. `still` is markup set once; `children` are the parts that move with the
/// scenario.
#[component]
pub fn ChartFrame(
    kind: ViewKind,
    scope: &'static str,
    height: i32,
    #[prop(optional)] width: Option<i32>,
    #[prop(into)] desc: Signal<String>,
    #[prop(optional)] still: String,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let case = Explainer::get().case;
    let id = format!("{scope}-{}", kind.key());
    view! {
        <svg
            class=format!("chart {}", kind.key())
            viewBox=format!("0 0 {} {height}", width.unwrap_or(WIDTH))
            role="img"
            aria-labelledby=format!("{id}-title")
            aria-describedby=format!("{id}-desc")
        >
            <title id=format!("{id}-title")>{case.view_text(kind).title.as_ref()}</title>
            <desc id=format!("{id}-desc")>{move || desc.get()}</desc>
            <g inner_html=still></g>
            {children.map(|c| c())}
        </svg>
    }
}

/// A rounded box centred on `cx` from `y` down, with a bold first line and, if not empty, a muted second line.
pub fn card(out: &mut String, cx: i32, y: i32, w: i32, title: &str, sub: &str, class: &str) {
    let h = if sub.is_empty() { 34 } else { CARD };
    let _ = write!(
        out,
        r#"<g class="node {class}"><rect x="{}" y="{y}" width="{w}" height="{h}" rx="8"/>"#,
        cx - w / 2
    );
    text(out, cx, y + 21, "name", title);
    if !sub.is_empty() {
        text(out, cx, y + 38, "role", sub);
    }
    out.push_str("</g>");
}

/// A text element.
pub fn text(out: &mut String, x: i32, y: i32, class: &str, content: &str) {
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" class="{class}">{}</text>"#,
        escape(content)
    );
}

/// `label` at (`x`, `y`), on two lines around `y` if it has more than `max` characters (split at the space nearest
/// its middle).
pub fn lines(out: &mut String, x: i32, y: i32, class: &str, label: &str, max: usize) {
    let split = (label.chars().count() > max)
        .then(|| {
            let middle = label.len() / 2;
            label
                .match_indices(' ')
                .map(|(i, _)| i)
                .min_by_key(|&i| i.abs_diff(middle))
        })
        .flatten();
    match split {
        Some(i) => {
            text(out, x, y - 4, class, &label[..i]);
            text(out, x, y + 13, class, &label[i + 1..]);
        }
        None => text(out, x, y + 5, class, label),
    }
}

/// A straight line from one point to another.
pub fn line(out: &mut String, x1: i32, y1: i32, x2: i32, y2: i32, class: &str) {
    let _ = write!(
        out,
        r#"<line class="{class}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>"#
    );
}

/// `x` positions that spread `n` items evenly across `width`, centred in their slots.
pub fn spread(n: usize, width: i32) -> Vec<i32> {
    let n = n.max(1) as i32;
    (0..n).map(|i| width * (2 * i + 1) / (2 * n)).collect()
}
