//! The influence map: every assumption on the left, every outcome on the right, and a link for every rule and
//! slope between them. Links that act in the current scenario light up, solid when they raise an outcome and
//! dashed when they lower it, so colour is never the only signal.

use gambit_core::content::{Control, Step, Table, ViewKind};
use gambit_core::model::Cause;
use leptos::prelude::*;

use super::svg::{text, ChartFrame};
use crate::state::Explainer;

const ROW: i32 = 40;

#[component]
pub fn Influence(step: &'static Step) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let view_text = case.view_text(ViewKind::Influence);
    let sources: Vec<(Control, &str)> = model
        .assumptions
        .with_ids()
        .map(|(a, x)| (Control::Assumption(a), x.text.label.as_ref()))
        .chain(
            model
                .sliders
                .with_ids()
                .map(|(s, x)| (Control::Slider(s), x.text.label.as_ref())),
        )
        .collect();
    let rows = sources.len().max(model.outcomes.len()) as i32;
    let left_y = |i: usize| 20 + i as i32 * ROW * rows / sources.len().max(1) as i32;
    let right_y = |i: usize| 20 + i as i32 * ROW * rows / model.outcomes.len().max(1) as i32;
    let source_of = |c: Control| sources.iter().position(|(s, _)| *s == c).expect("every control is a source");
    // Every link: (source row, outcome row, the cause it is, the sign of its change).
    let mut links = Vec::new();
    for (r, rule) in model.rules.with_ids() {
        let s = source_of(Control::Assumption(rule.data.assumption.id()));
        links.push((s, rule.data.outcome.id(), Some(r), None));
    }
    for (i, slope) in model.slopes.with_ids() {
        let s = source_of(Control::Slider(slope.data.slider.id()));
        links.push((s, slope.data.outcome.id(), None, Some(i)));
    }
    let lines = links
        .into_iter()
        .map(|(s, o, rule, slope)| {
            let active = move || {
                state.outcome(o).with(|v| {
                    v.causes.iter().find_map(|c| match *c {
                        Cause::Rule(r) if Some(r) == rule => Some(model.rules[r].data.delta),
                        Cause::Slope { slope: i, delta } if Some(i) == slope => Some(delta),
                        _ => None,
                    })
                })
            };
            let class = move || match active() {
                None => "influence idle",
                Some(d) if d > 0 => "influence up",
                Some(_) => "influence down",
            };
            let (y1, y2) = (left_y(s), right_y(o.index()));
            view! { <path class=class d=format!("M 150 {y1} C 220 {y1} 220 {y2} 290 {y2}") /> }
        })
        .collect_view();
    let mut names = String::new();
    for (i, (_, label)) in sources.iter().enumerate() {
        text(&mut names, 146, left_y(i) + 4, "influence-label end", label);
    }
    for (i, outcome) in model.outcomes.iter().enumerate() {
        text(
            &mut names,
            294,
            right_y(i) + 4,
            "influence-label start",
            &outcome.text.label,
        );
    }
    view! {
        <ChartFrame step height=rows * ROW + 4 desc=view_text.alt.to_string() still=names>
            {lines}
        </ChartFrame>
    }
}
