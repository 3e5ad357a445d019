//! The influence map: every assumption on the left, every outcome on the right, and a link for every rule and
//! slope between them. Links that act in the current scenario light up, solid when they raise an outcome and
//! dashed when they lower it, so colour is never the only signal.

use gambit_core::content::ViewKind;
use gambit_core::model::Cause;
use leptos::prelude::*;

use super::svg::{labels, text, WIDTH};
use crate::state::Explainer;

const ROW: i32 = 40;

#[component]
pub fn Influence() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let view_text = case.view_text(ViewKind::Influence);
    let sources: Vec<(&str, &str)> = model
        .assumptions
        .iter()
        .map(|a| (a.data.id.as_ref(), a.text.label.as_ref()))
        .chain(
            model
                .sliders
                .iter()
                .map(|s| (s.data.id.as_ref(), s.text.label.as_ref())),
        )
        .collect();
    let rows = sources.len().max(model.outcomes.len()) as i32;
    let left_y = |i: usize| 20 + i as i32 * ROW * rows / sources.len().max(1) as i32;
    let right_y = |i: usize| 20 + i as i32 * ROW * rows / model.outcomes.len().max(1) as i32;
    let source_of = |id: &str| sources.iter().position(|(s, _)| *s == id);
    // Every link: (source row, outcome row, the cause it is, the sign of its change).
    let mut links = Vec::new();
    for (r, rule) in model.rules.iter().enumerate() {
        if let (Some(s), Some(o)) = (
            source_of(&rule.data.assumption),
            model.outcome_index(&rule.data.outcome),
        ) {
            links.push((s, o, Some(r), None, rule.data.delta));
        }
    }
    for (i, slope) in model.slopes.iter().enumerate() {
        if let (Some(s), Some(o)) = (source_of(&slope.data.slider), model.outcome_index(&slope.data.outcome)) {
            links.push((s, o, None, Some(i), slope.data.change));
        }
    }
    let lines = links
        .into_iter()
        .map(|(s, o, rule, slope, _)| {
            let active = move || {
                state.outcome_at(o).with(|v| {
                    v.causes.iter().find_map(|c| match *c {
                        Cause::Rule(r) if Some(r) == rule => Some(model.rules[r].data.delta),
                        Cause::Slope { index, delta } if Some(index) == slope => Some(delta),
                        _ => None,
                    })
                })
            };
            let class = move || match active() {
                None => "influence idle",
                Some(d) if d > 0 => "influence up",
                Some(_) => "influence down",
            };
            let (y1, y2) = (left_y(s), right_y(o));
            view! { <path class=class d=format!("M 150 {y1} C 220 {y1} 220 {y2} 290 {y2}") /> }
        })
        .collect_view();
    let mut names = String::new();
    if let Some(t) = view_text {
        labels(&mut names, "influence", &t.title, &t.alt);
    }
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
        <svg class="chart influence-map" viewBox=format!("0 0 {WIDTH} {}", rows * ROW + 4) role="img" aria-labelledby="influence-title influence-desc">
            <g inner_html=names></g>
            {lines}
        </svg>
    }
}
