//! Outcome bars: each outcome's value on the 0–100 scale against today's, and under "Why?" every rule and slope
//! that moved it, with its reason and paragraphs.

use gambit_core::model::Cause;
use gambit_core::Case;
use leptos::prelude::*;

use super::fill;
use crate::state::Explainer;

/// Bars for the outcomes at `outcomes` (indices into the model's outcomes), with the note that the model is
/// illustrative.
#[component]
pub fn OutcomeBars(outcomes: Vec<usize>) -> impl IntoView {
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
fn OutcomeRow(outcome: usize) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    let data = &case.model.outcomes[outcome];
    let memo = state.outcome_at(outcome);
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
    let causes = move || memo.with(|v| v.causes.iter().map(|&c| cause_item(case, c)).collect_view());
    let change = recent_change(value);
    view! {
        <li
            class="outcome"
            class:changed=move || change.get() != 0
            data-outcome=data.data.id.as_ref()
            data-value=move || value().to_string()
        >
            <span class="outcome-label">{data.text.label.as_ref()}</span>
            <svg class="bar" viewBox="0 0 200 16" preserveAspectRatio="none" role="img" aria-label=alt>
                <rect class="bar-track" x="0" y="2" width="200" height="12" rx="3" />
                <rect class="bar-fill" x="0" y="2" width=move || value() * 2 height="12" rx="3" />
                <line class="bar-base" x1=base * 2 x2=base * 2 y1="0" y2="16" />
            </svg>
            <span class="outcome-value">
                {value}
                <span class="change" aria-hidden="true">
                    {move || match change.get() {
                        0 => String::new(),
                        d => format!("{d:+}"),
                    }}
                </span>
            </span>
            <details class="why">
                <summary>{ui.why.as_ref()}</summary>
                <p>
                    {fill(&ui.starting_point, &[("value", &base.to_string())])} ". " {data.text.base_reason.as_ref()}
                </p>
                <ul class="causes">{causes}</ul>
            </details>
        </li>
    }
}

/// How much `value` changed last, for a few seconds after it changed (0 otherwise), so the change can be marked.
fn recent_change(value: impl Fn() -> i32 + Send + Sync + 'static) -> RwSignal<i32> {
    let change = RwSignal::new(0);
    let last = StoredValue::new(None::<i32>);
    let generation = StoredValue::new(0u32);
    Effect::new(move |_| {
        let now = value();
        if let Some(before) = last.get_value().filter(|&b| b != now) {
            change.set(now - before);
            generation.update_value(|g| *g += 1);
            let mine = generation.get_value();
            set_timeout(
                move || {
                    if generation.try_get_value() == Some(mine) {
                        change.set(0);
                    }
                },
                std::time::Duration::from_millis(2500),
            );
        }
        last.set_value(Some(now));
    });
    change
}

/// One cause of a value, as a list item: its signed change, what triggers it, its reason and its paragraphs.
pub(super) fn cause_item(case: &'static Case, cause: Cause) -> AnyView {
    let model = &case.model;
    let (delta, trigger, reason, paragraphs) = match cause {
        Cause::Rule(r) => {
            let rule = &model.rules[r];
            let (assumption, option) = model.option_labels(&rule.data.assumption, &rule.data.option);
            (
                rule.data.delta,
                format!("{assumption}: {option}"),
                &rule.text.reason,
                &rule.data.paragraphs,
            )
        }
        Cause::Slope { index, delta } => {
            let slope = &model.slopes[index];
            let trigger = model
                .slider_index(&slope.data.slider)
                .map(|s| model.sliders[s].text.label.to_string());
            (
                delta,
                trigger.unwrap_or_default(),
                &slope.text.reason,
                &slope.data.paragraphs,
            )
        }
    };
    view! {
        <li class="cause">
            <span class="delta">{format!("{delta:+}")}</span>
            " "
            <strong>{trigger}</strong>
            ". "
            {reason.as_ref()}
            " "
            <span class="cite">{paragraphs.join(", ")}</span>
        </li>
    }
    .into_any()
}
