//! The one frame of every chart: renders a core [`Drawing`] (`gambit_core::draw`) as an `<svg>`. The still part
//! is set once as markup; each moving shape is an element whose attributes follow the drawing's memo, so a
//! scenario change touches only what moved and CSS transitions run.

use std::sync::Arc;

use gambit_core::content::Step;
use gambit_core::draw::{draw, Drawing, Tag};
use leptos::prelude::*;

use crate::state::Explainer;

/// Step `step`'s view, drawn from the live scenario; the caller knows it is a picture.
pub fn step_drawing(step: &'static Step) -> Memo<Drawing> {
    let state = Explainer::get();
    Memo::new(move |_| draw(state.case, step, &state).expect("the step's view is a picture"))
}

/// The `<svg>` of `drawing`, with ids made of `scope` (the step's id, or the page's) so no two charts on a page
/// share one.
#[component]
pub fn Chart(drawing: Memo<Drawing>, scope: &'static str) -> impl IntoView {
    let case = Explainer::get().case;
    let (kind, width, height, still, count) =
        drawing.with_untracked(|d| (d.kind, d.width, d.height, d.still.clone(), d.moving.len()));
    let (title, desc) = drawing.with_untracked(|d| d.ids(scope));
    let (labelled_by, described_by) = (title.clone(), desc.clone());
    let moving = (0..count).map(|i| shape(drawing, vec![i])).collect_view();
    view! {
        <svg
            class=format!("chart {}", kind.key())
            viewBox=format!("0 0 {width} {height}")
            role="img"
            aria-labelledby=labelled_by
            aria-describedby=described_by
        >
            <title id=title>{case.view_text(kind).title.as_ref()}</title>
            <desc id=desc>{move || drawing.with(|d| d.desc.clone())}</desc>
            <g inner_html=still></g>
            {moving}
        </svg>
    }
}

/// The moving shape at `path`, its attributes bound to the drawing.
fn shape(drawing: Memo<Drawing>, path: Vec<usize>) -> AnyView {
    let (tag, children) = drawing.with_untracked(|d| {
        let s = d.shape(&path);
        (s.tag, s.children.len())
    });
    let path: Arc<[usize]> = path.into();
    let attr = |name: &'static str| {
        let path = path.clone();
        move || drawing.with(|d| d.shape(&path).attr(name).map(str::to_string))
    };
    match tag {
        Tag::G => {
            let children = (0..children)
                .map(|i| shape(drawing, path.iter().copied().chain([i]).collect()))
                .collect_view();
            view! { <g class=attr("class") data-value=attr("data-value")>{children}</g> }.into_any()
        }
        Tag::Rect => view! {
            <rect class=attr("class") x=attr("x") y=attr("y") width=attr("width") height=attr("height") rx=attr("rx") />
        }
        .into_any(),
        Tag::Text => {
            let path = path.clone();
            let content = move || drawing.with(|d| d.shape(&path).text.clone());
            view! { <text class=attr("class") x=attr("x") y=attr("y")>{content}</text> }.into_any()
        }
        Tag::Path => view! { <path class=attr("class") d=attr("d") stroke-width=attr("stroke-width") /> }.into_any(),
        Tag::Circle => view! { <circle class=attr("class") cx=attr("cx") cy=attr("cy") r=attr("r") /> }.into_any(),
    }
}
