//! Outcome bars: each outcome's value on the 0–100 scale against today's, and under "Why?" every rule and slope
//! that moved it, with its reason and paragraphs.

use gambit_core::content::OutcomeId;
use gambit_core::model::Cause;
use gambit_core::Case;
use leptos::prelude::*;

use super::fill;
use crate::state::Explainer;

/// Bars for `outcomes`, with the note that the model is illustrative.
#[component]
pub fn OutcomeBars(outcomes: Vec<OutcomeId>) -> impl IntoView {
    let ui = &Explainer::get().case.meta.ui;
    let rows = outcomes
        .into_iter()
        .map(|outcome| view! { <OutcomeRow outcome /> })
        .collect_view();
    view! {
        <section class="outcomes">
            <h3>{ui.moves.as_ref()}</h3>
            <ul>{rows}</ul>
            <p class="model-note">{ui.model_note.as_ref()}</p>
        </section>
    }
}

#[component]
fn OutcomeRow(outcome: OutcomeId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    let data = &case.model.outcomes[outcome];
    let memo = state.outcome(outcome);
    let value = move || memo.with(|v| v.value);
    let base = data.data.base;
    let alt = move || {
        fill(
            &ui.bar,
            &[
                ("label", &data.text.label),
                ("value", &value().to_string()),
                ("base", &base.to_string()),
            ],
        )
    };
    let causes = move || memo.with(|v| v.causes.iter().map(|&c| cause_item(case, c, None)).collect_view());
    // The mark of the last change, from the diff the announcement put into words.
    let change = move || {
        state.last_change().with(|d| {
            d.iter()
                .flat_map(|d| &d.outcomes)
                .find(|c| c.outcome == outcome)
                .map_or(0, |c| c.to - c.from)
        })
    };
    view! {
        <li
            class="outcome"
            class:changed=move || change() != 0
            data-outcome=data.data.id.as_ref()
            data-value=move || value().to_string()
        >
            <span class="outcome-label">{data.text.label.as_ref()}</span>
            <svg class="bar" viewBox="0 0 200 16" preserveAspectRatio="none" role="img" aria-label=alt>
                <rect class="bar-track" x="0" y="2" width="200" height="12" rx="3" />
                <rect class="bar-fill" x="0" y="2" width=move || value() * 2 height="12" rx="3" />
                <line class="bar-base" x1=base * 2 x2=base * 2 y1="0" y2="16" />
            </svg>
            <span class="outcome-value">{value}</span>
            <span class="change" aria-hidden="true">
                {move || match change() {
                    0 => String::new(),
                    d => format!("{d:+}"),
                }}
            </span>
            <details class="why">
                <summary>{ui.why.as_ref()} <span class="visually-hidden">{data.text.label.as_ref()}</span></summary>
                <p>
                    {fill(&ui.starting_point, &[("value", &base.to_string())])} ". " {data.text.base_reason.as_ref()}
                </p>
                {move || memo.with(|v| !v.causes.is_empty()).then(|| view! { <ul class="causes">{causes}</ul> })}
            </details>
        </li>
    }
}

/// One cause of a value, as a list item: whose scenario it belongs to (on the compare page), its signed change,
/// what triggers it, its reason and its paragraphs.
pub(super) fn cause_item(case: &'static Case, cause: Cause, whose: Option<&'static str>) -> AnyView {
    let punctuation = &case.meta.ui.punctuation;
    let model = &case.model;
    let (delta, trigger, reason, paragraphs) = match cause {
        Cause::Rule(r) => {
            let rule = &model.rules[r];
            let (assumption, option) = model.option_labels(rule.data.assumption.id(), rule.data.option.id());
            (
                rule.data.delta,
                format!("{assumption}: {option}"),
                &rule.text.reason,
                &rule.data.paragraphs,
            )
        }
        Cause::Slope { slope, delta } => {
            let slope = &model.slopes[slope];
            (
                delta,
                model.sliders[slope.data.slider.id()].text.label.to_string(),
                &slope.text.reason,
                &slope.data.paragraphs,
            )
        }
    };
    view! {
        <li class="cause">
            {whose.map(|w| view! { <em>{w} {punctuation.colon.as_ref()}</em> })}
            <span class="delta">{format!("{delta:+}")}</span>
            " "
            <strong>{trigger}</strong>
            {punctuation.stop.as_ref()}
            {reason.as_ref()}
            " "
            <span class="cite">{paragraphs.join(", ")}</span>
        </li>
    }
    .into_any()
}
