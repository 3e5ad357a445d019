//! Ripples: how one assumption spreads to the outcomes it moves. The assumption, at its chosen option, on the
//! left; each outcome it can move on the right; each link labelled with the change it makes now.

use gambit_core::content::{OutcomeId, Step, Table, ViewKind};
use gambit_core::model::Cause;
use leptos::prelude::*;

use super::fill;
use super::svg::{card, ChartFrame};
use crate::state::Explainer;

/// Left edge and width of the outcome cards: wide enough for the longest outcome at a phone's label size.
const OUTCOME_X: i32 = 264;
const OUTCOME_WIDTH: i32 = 214;

#[component]
pub fn Ripple(step: &'static Step) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let text = case.view_text(ViewKind::Ripple);
    // A ripple step varies with the assumption it draws (validated with the step).
    let a = step
        .data
        .varies_with
        .as_ref()
        .expect("validated: a ripple step varies with one")
        .id();
    let assumption = &model.assumptions[a];
    let outcomes: Vec<OutcomeId> = model
        .outcomes
        .ids()
        .filter(|&o| {
            model
                .rules
                .iter()
                .any(|r| r.data.outcome.id() == o && r.data.assumption.id() == a)
        })
        .collect();
    let height = (outcomes.len() as i32 * 52).max(120);
    // The change this assumption makes to outcome `o` now: the sum of its rules that apply.
    let change = move |o: OutcomeId| {
        state.outcome(o).with(|v| {
            v.causes
                .iter()
                .filter_map(|c| match *c {
                    Cause::Rule(r) if model.rules[r].data.assumption.id() == a => Some(model.rules[r].data.delta),
                    _ => None,
                })
                .sum::<i32>()
        })
    };
    let mut cards = String::new();
    for (i, &o) in outcomes.iter().enumerate() {
        card(
            &mut cards,
            OUTCOME_X + OUTCOME_WIDTH / 2,
            10 + i as i32 * 52,
            OUTCOME_WIDTH,
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
                    <path d=format!("M 198 {} C 230 {} 230 {} {OUTCOME_X} {}", height / 2, height / 2, y + 17, y + 17) />
                    <text x="232" y=y + 12 class="delta-label">{move || match delta() { 0 => String::new(), d => format!("{d:+}") }}</text>
                </g>
            }
        })
        .collect_view();
    let option = move || assumption.option_text(state.choice(a).get()).label.as_ref();
    let alt = move || {
        let effects = outcomes
            .iter()
            .map(|&o| format!("{} {:+}", model.outcomes[o].text.label, change(o)))
            .collect::<Vec<_>>()
            .join(&case.meta.ui.punctuation.list);
        fill(
            &text.alt,
            &[
                ("assumption", &assumption.text.label),
                ("option", option()),
                ("effects", &effects),
            ],
        )
    };
    view! {
        <ChartFrame kind=step.data.view scope=&step.data.id height desc=Signal::derive(alt) still=cards>
            <g class="node source">
                <rect x="2" y=height / 2 - 30 width="196" height="60" rx="8" />
                <text x="100" y=height / 2 - 6 class="name">{assumption.text.label.as_ref()}</text>
                <text x="100" y=height / 2 + 16 class="role">{option}</text>
            </g>
            {links}
        </ChartFrame>
    }
}
