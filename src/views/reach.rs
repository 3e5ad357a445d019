//! How near every ending is to the reader's scenario, on the last step: one folded entry per ending, its conditions
//! met or not and the fewest changes that lead there, in the core's words ([`Explainer::reach`]). Each entry is
//! updated in place: a flip changes only the endings whose words it changes, and an ending the reader unfolded stays
//! open (the list was once the core's markup set anew at every flip, which folded it again and took half a
//! millisecond of each flip).

use gambit_core::content::{EndingId, Table};
use gambit_core::markup::{mark, pressures_list, ConditionLine, ConditionWords, EndingWords};
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
/// conditions. Each part is a memo of its own, down to each condition's line, so a flip redraws only the words it
/// changes (most flips change how far an ending is; few, which of its conditions hold).
#[component]
fn EndingEntry(ending: EndingId) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let reach = state.reach();
    let i = ending.index();
    let here = part(reach, i, |w| w.here);
    let count = part(reach, i, |w| w.count);
    let nearest = part(reach, i, |w| w.nearest.clone());
    let e = &case.model.endings[ending];
    let space = nonempty(&case.meta.ui.punctuation.space);
    let count = move || {
        count.get().map(|(met, all)| {
            view! { {nonempty(&case.meta.ui.punctuation.space)}<span class="count">{format!("{met}/{all}")}</span> }
        })
    };
    view! {
        <li class="ending-reach" class:here=here data-ending=e.data.id.as_ref()>
            <details>
                <summary>
                    <strong>{e.text.title.as_ref()}</strong>
                    {count}
                    {space}
                    <span class="nearest">{nearest}</span>
                </summary>
                <p>{e.text.summary.as_ref()}</p>
                {conditions(reach, i)}
            </details>
        </li>
    }
}

/// One part of the `i`th ending's words, as a memo that tells its readers only when that part changes.
fn part<T>(reach: Memo<Vec<EndingWords>>, i: usize, read: impl Fn(&EndingWords) -> T + Send + Sync + 'static) -> Memo<T>
where
    T: PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| reach.with(|all| read(&all[i])))
}

/// The `i`th ending's conditions: the fallback's one line, or the clause of how many must hold over a line per
/// condition. Which lines an ending has is its own (its thresholds, options and pressures), whatever the scenario:
/// the list is drawn once, and each line follows its own words.
fn conditions(reach: Memo<Vec<EndingWords>>, i: usize) -> AnyView {
    match reach.with_untracked(|all| all[i].conditions.clone()) {
        ConditionWords::Fallback(line) => view! { <p class="conditions-fallback">{line}</p> }.into_any(),
        ConditionWords::Listed { needs, lines } => {
            let needs = needs.map(|n| view! { <p class="needs">{n}</p> });
            let lines = (0..lines.len())
                .map(|j| {
                    condition(part(reach, i, move |w| match &w.conditions {
                        ConditionWords::Listed { lines, .. } => lines.get(j).cloned(),
                        ConditionWords::Fallback(_) => None,
                    }))
                })
                .collect_view();
            view! { {needs}<ul class="conditions">{lines}</ul> }.into_any()
        }
    }
}

/// A condition's line, opening with whether it holds, as a label: "Met: Compute access below 40 (55 in 2025)".
fn condition(line: Memo<Option<ConditionLine>>) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let (words, punctuation) = (&case.model.words, &case.meta.ui.punctuation);
    let space = || nonempty(&punctuation.space);
    let holds = move || line.with(|l| l.as_ref().is_some_and(|l| l.holds));
    let text = move |read: fn(&ConditionLine) -> &str| move || line.with(|l| l.as_ref().map(|l| read(l).to_string()));
    view! {
        <li class=move || if holds() { "met" } else { "unmet" }>
            <span class="mark" aria-hidden="true">{move || mark(holds())}</span>
            {space()}
            <span class="status">{move || if holds() { words.holds.as_ref() } else { words.fails.as_ref() }}</span>
            {punctuation.colon.as_ref()}
            {text(|l| &l.text)}
            {space()}
            <span class="cite">{text(|l| &l.cites)}</span>
        </li>
    }
}
