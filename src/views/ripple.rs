//! Ripples: how one assumption spreads to the outcomes it moves. The assumption, at its chosen option, on the
//! left; each outcome it can move on the right; each link labelled with the change it makes now.

use gambit_core::content::{Step, ViewKind};
use gambit_core::model::Cause;
use leptos::prelude::*;

use super::fill;
use super::svg::{card, WIDTH};
use crate::state::Explainer;

#[component]
pub fn Ripple(step: &'static Step) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let text = case.view_text(ViewKind::Ripple);
    let Some(a) = step
        .data
        .varies_with
        .as_deref()
        .and_then(|id| model.assumption_index(id))
    else {
        return ().into_any();
    };
    let assumption = &model.assumptions[a];
    let outcomes = model.outcomes_moved_by(std::slice::from_ref(&assumption.data.id));
    let height = (outcomes.len() as i32 * 52).max(120);
    // The change this assumption makes to outcome `o` now: the sum of its rules that apply.
    let change = move |o: usize| {
        state.outcome_at(o).with(|v| {
            v.causes
                .iter()
                .filter_map(|c| match *c {
                    Cause::Rule(r) if model.rules[r].data.assumption == assumption.data.id => {
                        Some(model.rules[r].data.delta)
                    }
                    _ => None,
                })
                .sum::<i32>()
        })
    };
    let mut cards = String::new();
    for (i, &o) in outcomes.iter().enumerate() {
        card(
            &mut cards,
            376,
            10 + i as i32 * 52,
            204,
            &model.outcomes[o].text.label,
            "",
            "outcome-node",
        );
    }
    let links = outcomes
        .iter()
        .enumerate()
        .map(|(i, &o)| {
            let y = 10 + i as i32 * 52;
            let delta = move || change(o);
            let class = move || match delta() {
                0 => "ripple quiet",
                d if d > 0 => "ripple up",
                _ => "ripple down",
            };
            view! {
                <g class=class data-delta=move || delta().to_string()>
                    <path d=format!("M 160 {} C 220 {} 220 {} 274 {}", height / 2, height / 2, y + 17, y + 17) />
                    <text x="246" y=y + 12 class="delta-label">{move || match delta() { 0 => "0".to_string(), d => format!("{d:+}") }}</text>
                </g>
            }
        })
        .collect_view();
    let option = move || {
        assumption
            .option_text(state.choice(a).get())
            .map_or("", |t| t.label.as_ref())
    };
    let title = text.map_or("", |t| t.title.as_ref());
    let alt = move || {
        let effects = outcomes
            .iter()
            .map(|&o| format!("{} {:+}", model.outcomes[o].text.label, change(o)))
            .collect::<Vec<_>>()
            .join(", ");
        text.map(|t| {
            fill(
                &t.alt,
                &[
                    ("assumption", &assumption.text.label),
                    ("option", option()),
                    ("effects", &effects),
                ],
            )
        })
        .unwrap_or_default()
    };
    view! {
        <svg class="chart ripple-map" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="ripple-title ripple-desc">
            <title id="ripple-title">{title}</title>
            <desc id="ripple-desc">{alt}</desc>
            <g inner_html=cards></g>
            <g class="node source">
                <rect x="4" y=height / 2 - 30 width="156" height="60" rx="8" />
                <text x="82" y=height / 2 - 6 class="name">{assumption.text.label.as_ref()}</text>
                <text x="82" y=height / 2 + 16 class="role">{option}</text>
            </g>
            {links}
        </svg>
    }
    .into_any()
}
