//! How near every ending is to the reader's scenario, on the last step: one folded entry per ending, its conditions
//! met or not and the fewest changes that lead there, in the core's words ([`Explainer::reach`]). Each entry is
//! updated in place: a flip changes only the endings whose words it changes, and an ending the reader unfolded stays
//! open (the list was once the core's markup set anew at every flip, which folded it again and took half a
//! millisecond of each flip).

use gambit_core::content::{EndingId, Table};
use gambit_core::markup::{mark, pressures_list, ConditionLine, ConditionWords};
use leptos::prelude::*;

use super::nonempty;
use crate::state::Explainer;

#[component]
pub fn EndingsReach() -> impl IntoView {
    let state = Explainer::get();
    let endings = state
        .case
        .model
        .endings
        .ids()
        .map(|ending| view! { <EndingEntry ending /> });
    view! {
        <div class="reach-list">
            <div inner_html=pressures_list(state.case)></div>
            <ul class="endings-reach">{endings.collect_view()}</ul>
        </div>
    }
}

/// One ending's entry: its title, how many of its conditions hold and how far it is; unfolded, its summary and its
/// conditions. Its words are a memo of their own, so a flip that leaves them as they were changes nothing here.
#[component]
fn EndingEntry(ending: EndingId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let reach = state.reach();
    let words = Memo::new(move |_| reach.with(|all| all[ending.index()].clone()));
    let e = &case.model.endings[ending];
    let space = nonempty(&case.meta.ui.punctuation.space);
    let count = move || {
        words.with(|w| {
            w.count.map(|(met, all)| {
                view! { {nonempty(&case.meta.ui.punctuation.space)}<span class="count">{format!("{met}/{all}")}</span> }
            })
        })
    };
    view! {
        <li class="ending-reach" class:here=move || words.with(|w| w.here) data-ending=e.data.id.as_ref()>
            <details>
                <summary>
                    <strong>{e.text.title.as_ref()}</strong>
                    {count}
                    {space}
                    <span class="nearest">{move || words.with(|w| w.nearest.clone())}</span>
                </summary>
                <p>{e.text.summary.as_ref()}</p>
                {move || words.with(|w| conditions(&w.conditions))}
            </details>
        </li>
    }
}

/// An ending's conditions: the fallback's one line, or the clause of how many must hold over a line per condition.
fn conditions(words: &ConditionWords) -> AnyView {
    match words {
        ConditionWords::Fallback(line) => view! { <p class="conditions-fallback">{line.clone()}</p> }.into_any(),
        ConditionWords::Listed { needs, lines } => {
            let needs = needs.clone().map(|n| view! { <p class="needs">{n}</p> });
            let lines = lines.iter().map(condition).collect_view();
            view! { {needs}<ul class="conditions">{lines}</ul> }.into_any()
        }
    }
}

/// A condition's line, opening with whether it holds, as a label: "Met: Compute access below 40 (55 in 2025)".
fn condition(line: &ConditionLine) -> impl IntoView + use<> {
    let state = Explainer::get();
    let case = state.case;
    let (words, punctuation) = (&case.model.words, &case.meta.ui.punctuation);
    let space = || nonempty(&punctuation.space);
    view! {
        <li class=if line.holds { "met" } else { "unmet" }>
            <span class="mark" aria-hidden="true">{mark(line.holds)}</span>
            {space()}
            <span class="status">{if line.holds { words.holds.as_ref() } else { words.fails.as_ref() }}</span>
            {punctuation.colon.as_ref()}
            {line.text.clone()}
            {space()}
            <span class="cite">{line.cites.clone()}</span>
        </li>
    }
}
