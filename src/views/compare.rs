//! Compare: the reader's scenario and a second one side by side (their endings and every outcome), then each
//! outcome that differs with the rules that make the difference.

use gambit_core::content::EndingId;
use gambit_core::model::{diff, evaluate, Cause, Scenario};
use gambit_core::phrase::{self, labelled};
use gambit_core::Case;
use leptos::prelude::*;

use super::outcomes::cause_item;
use super::share::PresetBar;
use crate::state::Explainer;

/// A small bar for a 0–100 value.
fn mini_bar(value: i32) -> impl IntoView {
    view! {
        <svg class="mini-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
            <rect class="bar-track" x="0" y="0" width="100" height="8" />
            <rect class="bar-fill" x="0" y="0" width=value height="8" />
        </svg>
    }
}

/// What `scenario` assumes, as a list: each assumption and slider away from the 2025 picture, or a line saying
/// all are as in 2025.
pub(super) fn assumes(case: &'static Case, scenario: &Scenario) -> impl IntoView {
    let mut items = gambit_core::markup::scenario_changes(case, scenario);
    if items.is_empty() {
        items.push(case.meta.ui.share.as_in_2025.to_string());
    }
    view! { <ul class="assumes">{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let ui = &case.meta.ui;
    let share = &ui.share;
    let a = Memo::new(move |_| evaluate(model, &state.scenario()));
    let b = Memo::new(move |_| evaluate(model, &state.compare().get()));
    let rows = move || {
        let (a, b) = (a.get(), b.get());
        let ending = |e: EndingId| model.endings[e].text.title.as_ref();
        let outcomes = model
            .outcomes
            .iter()
            .enumerate()
            .map(|(o, outcome)| {
                let (x, y) = (a.outcomes[o].value, b.outcomes[o].value);
                view! {
                    <tr class:differs=x != y>
                        <th scope="row">{outcome.text.label.as_ref()}</th>
                        <td>{mini_bar(x)} {x}</td>
                        <td>{mini_bar(y)} {y}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <tr class="assumes-row">
                <th scope="row">{share.assumes.as_ref()}</th>
                <td>{assumes(case, &state.scenario())}</td>
                <td>{assumes(case, &state.compare().get())}</td>
            </tr>
            <tr class="ending-row">
                <th scope="row">{ui.ending.as_ref()}</th>
                <td>{ending(a.ending)}</td>
                <td>{ending(b.ending)}</td>
            </tr>
            {outcomes}
        }
    };
    let differences = move || {
        let d = diff(model, &state.scenario(), &state.compare().get());
        if d.is_empty() {
            return view! { <p>{share.no_differences.as_ref()}</p> }.into_any();
        }
        let items = d
            .outcomes
            .into_iter()
            .map(|change| {
                let label = &model.outcomes[change.outcome].text.label;
                let causes = |list: Vec<Cause>, whose: &'static str| {
                    list.into_iter().map(move |c| cause_item(case, c, Some(whose))).collect_view()
                };
                view! {
                    <li>
                        <strong>{labelled(case, label, &phrase::change(case, &change.from.to_string(), &change.to.to_string()))}</strong>
                        <ul>{causes(change.lost, share.yours.as_ref())} {causes(change.gained, share.other.as_ref())}</ul>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="differences">{items}</ul> }.into_any()
    };
    view! {
        <article class="compare-page" aria-labelledby="compare-title">
            <h2 id="compare-title">{share.compare.as_ref()}</h2>
            <PresetBar label=share.yours.as_ref() />
            <PresetBar label=share.other.as_ref() second=true />
            <table class="compare">
                <thead>
                    <tr>
                        <th scope="col">{share.outcome.as_ref()}</th>
                        <th scope="col">{share.yours.as_ref()}</th>
                        <th scope="col">{share.other.as_ref()}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
            <section class="compare-endings">
                <h3>{share.endings_defined.as_ref()}</h3>
                <dl>
                    {model
                        .endings
                        .iter()
                        .map(|e| view! { <dt>{e.text.title.as_ref()}</dt> <dd>{e.text.summary.as_ref()}</dd> })
                        .collect_view()}
                </dl>
            </section>
            <section class="compare-differences">
                <h3>{share.differences.as_ref()}</h3>
                {differences}
            </section>
            <button type="button" class="back" on:click=move |_| state.go_to(state.step().get_untracked())>
                {ui.how.back.as_ref()}
            </button>
        </article>
    }
}
