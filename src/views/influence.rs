//! The model map (drawn by the core, `gambit_core::draw::influence`) in its frame: narrower than its labels allow,
//! it scrolls sideways; a legend names the endings its threshold ticks number. It is the walkthrough's "what
//! drives what" step and the picture on "How this works", where [`ModelMap`] adds the buttons that pick a control
//! and the list of its links with their reasons.

use gambit_core::content::{Control, Table};
use gambit_core::draw::{influence, map_controls, map_links, MapCause};
use gambit_core::model::Cause;
use leptos::prelude::*;

use super::chart::{Chart, LiveDrawing};
use super::outcomes::cause_item;
use crate::state::Explainer;

/// The map `drawing` (the core's `influence`) with its legend.
#[component]
pub fn Influence(
    drawing: LiveDrawing,
    /// The step's id, or the page's, for the chart's ids.
    scope: &'static str,
) -> impl IntoView {
    let case = Explainer::get().case;
    let space = super::nonempty(&case.meta.ui.punctuation.space);
    let endings = case
        .model
        .endings
        .with_ids()
        .map(|(e, ending)| view! { <li><strong>{e.index() + 1}</strong> {space.clone()} {ending.text.title.as_ref()}</li> })
        .collect_view();
    // Browsers let the keyboard focus a box that scrolls, so arrows scroll it too; a tabindex here would make IBM's
    // checker ask for a widget role.
    view! {
        <div class="chart-scroll">
            <Chart drawing scope />
        </div>
        <div class="map-legend">
            <p>{case.meta.ui.how.map_legend.as_ref()}</p>
            <ul>{endings}</ul>
        </div>
    }
}

/// "How this works" drawn: the map, a button per control that keeps its links lit, and the list of those links
/// with their reasons and paragraphs. Pointing at a button lights its links too.
#[component]
pub fn ModelMap() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let how = &case.meta.ui.how;
    let focus = RwSignal::new(None::<Control>);
    let drawing = LiveDrawing::new(move |still| influence(case, &state, focus.get(), still));
    let buttons = map_controls(case)
        .into_iter()
        .map(|(control, label)| {
            let pressed = move || (focus.get() == Some(control)).to_string();
            let toggle = move |_| focus.update(|f| *f = if *f == Some(control) { None } else { Some(control) });
            view! {
                <button type="button" aria-pressed=pressed on:click=toggle on:mouseenter=move |_| focus.set(Some(control))>
                    {label}
                </button>
            }
        })
        .collect_view();
    let all = map_links(case);
    let explained = move || {
        let control = focus.get()?;
        let items = all
            .iter()
            .filter(|l| l.from == control)
            .map(|l| match l.cause {
                MapCause::Rule(r) => cause_item(case, Cause::Rule(r), None),
                MapCause::Slope(s) => cause_item(
                    case,
                    Cause::Slope {
                        slope: s,
                        delta: case.model.slopes[s].data.change,
                        value: None,
                    },
                    None,
                ),
            })
            .collect_view();
        Some(view! { <ul class="causes">{items}</ul> })
    };
    view! {
        <figure class="model-map">
            <div class="model-map-controls" role="group" aria-label=how.assumptions.as_ref()>
                {buttons}
            </div>
            <Influence drawing scope="model" />
            <figcaption aria-live="polite">{explained}</figcaption>
        </figure>
    }
}
