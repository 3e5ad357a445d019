//! Compare: the reader's scenario and a second one side by side (their endings and every outcome), then each
//! outcome that differs with the rules that make the difference. Each scenario is set up the same way, a named
//! one or assumption by assumption; presented, the comparison is the slide (the endings and the differences are
//! the teacher's notes).

use gambit_core::content::{Control, EndingId, OutcomeId, Table};
use gambit_core::markup::{compare_delta_words, difference_words};
use gambit_core::model::{Cause, Scenario};
use gambit_core::phrase::labelled;
use gambit_core::Case;
use leptos::prelude::*;

use super::controls::ControlView;
use super::outcomes::cause_item;
use super::share::PresetBar;
use crate::state::Explainer;

/// One scenario's column of the set-up: its heading, its named scenarios and every assumption and slider of the
/// model (folded away until asked for); the second one can start from the reader's.
#[component]
fn CompareSide(second: bool) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let share = &case.meta.ui.share;
    let (heading, id) = if second {
        (share.other.as_ref(), "compare-other")
    } else {
        (share.yours.as_ref(), "compare-yours")
    };
    // Drawn while unfolded only: folded away, sixteen controls would be sixteen unnamed groups to assistive
    // technology (their legends hidden with them).
    let open = RwSignal::new(false);
    let toggle = move |ev: leptos::ev::Event| open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"));
    let controls = move || {
        model
            .assumptions
            .ids()
            .map(Control::Assumption)
            .chain(model.sliders.ids().map(Control::Slider))
            .map(|control| view! { <ControlView control second=second /> })
            .collect_view()
    };
    let from_yours = second.then(|| {
        view! {
            <button type="button" class="compare-from-yours" on:click=move |_| state.compare_from_yours()>
                {share.copy_yours.as_ref()}
            </button>
        }
    });
    view! {
        <section class="compare-side" aria-labelledby=id>
            <h3 id=id>{heading}</h3>
            <PresetBar label=share.presets.as_ref() second=second />
            {from_yours}
            <details class="compare-controls" on:toggle=toggle>
                <summary>{share.compare_controls.as_ref()}</summary>
                <Show when=move || open.get()>{controls}</Show>
            </details>
        </section>
    }
}

/// A small bar for a 0–100 value (tracked: the bar follows it).
fn mini_bar(value: impl Fn() -> i32 + Send + Sync + 'static) -> impl IntoView {
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
    let ui = &case.meta.ui;
    let share = &ui.share;
    view! {
        <article class="compare-page" aria-labelledby="compare-title">
            <h2 id="compare-title">{share.compare.as_ref()}</h2>
            <div class="compare-setup">
                <CompareSide second=false />
                <CompareSide second=true />
            </div>
            <CompareTable />
            <CompareNotes />
            <button type="button" class="back" on:click=move |_| state.go_to(state.step().get_untracked())>
                {ui.how.back.as_ref()}
            </button>
        </article>
    }
}

/// The two scenarios side by side: what each assumes, its ending and each outcome, the differing rows marked.
#[component]
fn CompareTable() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let ui = &case.meta.ui;
    let share = &ui.share;
    // A column named by its named scenario too, when it is one ("Your scenario: Decoupling"), so the room sees
    // which scenario each column is; the compared one set assumption by assumption is "a scenario of your own"
    // (its changes are the next row), never a bare "Compared with".
    let heading = move |whose: &str, scenario: &Scenario, second: bool| match scenario.matching_preset(model) {
        Some(p) => labelled(case, whose, &model.presets[p].text.title),
        None if second => labelled(case, whose, &share.own_scenario),
        None => whose.to_string(),
    };
    let ending = |e: EndingId| model.endings[e].text.title.as_ref();
    // Built once, a row per outcome, each cell reading its own outcome's memos (the state's): a change of either
    // scenario touches only the cells whose value changed.
    // The language's space between the value and its difference: none in Chinese ("65高35分"; CSS keeps them apart).
    let space = super::nonempty(&ui.punctuation.space);
    let outcome_row = move |o: OutcomeId| {
        let space = space.clone();
        let (yours, other) = (state.outcome(o), state.compare_outcome(o));
        let x = move || yours.with(|v| v.value);
        let y = move || other.with(|v| v.value);
        view! {
            <tr class:differs=move || x() != y()>
                <th scope="row">{model.outcomes[o].text.label.as_ref()}</th>
                <td>{mini_bar(x)} {x}</td>
                // The compared one's value with how far it is above or below yours, in words ("25 higher"); the
                // screen reader hears what it is relative to ("25 higher than in your scenario").
                <td>
                    {mini_bar(y)} {y}
                    {move || compare_delta_words(case, x(), y()).map(|[shown, heard]| view! {
                        {space.clone()} <span class="compare-delta" aria-hidden="true">{shown}</span>
                        <span class="visually-hidden">{heard}</span>
                    })}
                </td>
            </tr>
        }
    };
    let rows = view! {
        <tr class="assumes-row">
            <th scope="row">{share.assumes.as_ref()}</th>
            <td>{move || assumes(case, &state.scenario())}</td>
            <td>{move || state.compare().with(|s| assumes(case, s))}</td>
        </tr>
        <tr class="ending-row">
            <th scope="row">{ui.ending.as_ref()}</th>
            <td>{move || ending(state.ending().get())}</td>
            <td>{move || ending(state.compare_ending().get())}</td>
        </tr>
        {model.outcomes.ids().map(outcome_row).collect_view()}
    };
    view! {
    // The table and its legend in a box of their own: presented, their type and bars are sized by its width
    // (style/main.css), so the QR code's column shrinks them alike rather than squeezing the bars.
    <div class="compare-table">
    <table class="compare">
        <thead>
            <tr>
                <th scope="col">{share.outcome.as_ref()}</th>
                <th scope="col">{move || heading(share.yours.as_ref(), &state.scenario(), false)}</th>
                <th scope="col">{move || heading(share.other.as_ref(), &state.compare().get(), true)}</th>
            </tr>
        </thead>
        <tbody>{rows}</tbody>
    </table>
    <p class="compare-legend">{share.differs_legend.as_ref()}</p>
    </div>
    }
}

/// Beside the table: the endings as defined, and what differs between the two scenarios and why.
#[component]
fn CompareNotes() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let share = &case.meta.ui.share;
    let differences = move || {
        let d = state.comparison().get();
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
                        <strong>{labelled(case, label, &difference_words(case, change.from, change.to))}</strong>
                        <ul>{causes(change.lost, share.yours.as_ref())} {causes(change.gained, share.other.as_ref())}</ul>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="differences">{items}</ul> }.into_any()
    };
    view! {
    <div class="compare-notes">
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
    </div>
    }
}
