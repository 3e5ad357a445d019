//! The one frame of every chart: renders a core [`Drawing`] (`gambit_core::draw`) as an `<svg>`. The still part
//! is drawn and set once as markup; each moving shape is an element whose attributes follow a memo of the moving
//! part alone, so a scenario change neither writes the still part again nor touches more than what moved, and CSS
//! transitions run.

use std::sync::Arc;

use gambit_core::content::StepId;
use gambit_core::draw::{draw, Drawing, Fixed, Still, Tag};
use gambit_core::predict::asked_from;
use leptos::prelude::*;

use crate::state::Explainer;

/// A drawing as the app holds it: the still part, drawn once, and a memo of the rest, drawn again (with
/// [`Still::skipped`]) whenever what it reads of the state changes.
#[derive(Clone)]
pub struct LiveDrawing {
    still: Arc<str>,
    moving: Memo<Drawing>,
}

impl LiveDrawing {
    /// Draws with `draw`, which must make the same still part every time.
    pub fn new(draw: impl Fn(Still) -> Drawing + Send + Sync + 'static) -> Self {
        let still = untrack(|| draw(Still::written())).still.into();
        LiveDrawing {
            still,
            moving: Memo::new(move |_| draw(Still::skipped())),
        }
    }
}

/// Step `step`'s view, drawn from the live scenario; the caller knows it is a picture.
pub fn step_drawing(step: StepId) -> LiveDrawing {
    let state = Explainer::get();
    let step = &state.case.steps[step];
    LiveDrawing::new(move |still| draw(state.case, step, &state, still).expect("the step's view is a picture"))
}

/// Step `step`'s view as the walkthrough shows it: from the live scenario, but while its question is held back
/// ([`Explainer::held_back`]) from the scenario before the change it asks about ([`asked_from`]), the worksheet's
/// "before" picture, which gives nothing away; the caller knows it is a picture.
pub fn asked_drawing(step: StepId) -> LiveDrawing {
    let state = Explainer::get();
    let case = state.case;
    let Some(prediction) = case.prediction_of(step).map(|p| &case.predictions[p].data) else {
        return step_drawing(step);
    };
    let id = step;
    let step = &case.steps[id];
    LiveDrawing::new(move |still| {
        if state.held_back(id) {
            let from = asked_from(&case.model, prediction, &state.scenario());
            draw(case, step, &Fixed::new(case, &from), still)
        } else {
            draw(case, step, &state, still)
        }
        .expect("the step's view is a picture")
    })
}

/// The `<svg>` of `drawing`, with ids made of `scope` (the step's id, or the page's) so no two charts on a page
/// share one.
#[component]
pub fn Chart(drawing: LiveDrawing, scope: &'static str) -> impl IntoView {
    let case = Explainer::get().case;
    let still = drawing.still.to_string();
    let drawing = drawing.moving;
    let (kind, width, height, count) = drawing.with_untracked(|d| (d.kind, d.width, d.height, d.moving.len()));
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
            // The macro makes `<title>` an HTML element even inside an <svg>; the SVG one is built by hand.
            {leptos::tachys::svg::title().id(title).child(case.view_text(kind).title.to_string())}
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
            let content = move || drawing.with(|d| super::nonempty(&d.shape(&path).text));
            view! { <text class=attr("class") x=attr("x") y=attr("y")>{content}</text> }.into_any()
        }
        Tag::Path => view! { <path class=attr("class") d=attr("d") stroke-width=attr("stroke-width") /> }.into_any(),
        Tag::Circle => view! { <circle class=attr("class") cx=attr("cx") cy=attr("cy") r=attr("r") /> }.into_any(),
    }
}
