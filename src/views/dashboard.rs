//! The outcome dashboard: where the reader's scenario leads (its ending), how near every ending is (its conditions,
//! met or not, and the fewest changes that lead there: [`EndingsReach`]), every outcome with its reasons,
//! and for each outcome the single change that would move it most from here. Both searches are the state's memos
//! ([`Explainer::levers`], [`Explainer::reach`]): this view only renders them.

use gambit_core::content::Table;
use gambit_core::markup::change_words;
use gambit_core::phrase::{labelled, points};
use leptos::prelude::*;

use super::fill;
use super::outcomes::OutcomeBars;
use super::reach::EndingsReach;
use super::share::PresetBar;
use crate::state::Explainer;

#[component]
pub fn Dashboard() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let ui = &case.meta.ui;
    let colon = ui.punctuation.colon.as_ref();
    let ending = move || {
        let ending = &model.endings[state.ending().get()];
        view! {
            <div class="ending" data-ending=ending.data.id.as_ref()>
                <p class="ending-kicker">{ui.ending.as_ref()}</p>
                <p class="ending-title">{ending.text.title.as_ref()}</p>
                // On the slides the ending says itself in one short line; its summary and reasoning go to the
                // teacher's notes ([`EndingNotes`]).
                <p class="ending-line">{ending.text.line.as_ref()}</p>
                <p class="ending-summary">{ending.text.summary.as_ref()}</p>
                <p class="ending-reason">{ending.text.reason.as_ref()}</p>
            </div>
        }
    };
    // On the slides the named scenarios stand under the ending, on the first screen, to switch live (the teacher's
    // eighth try found them 1390 px down at 1280×800, under the ten controls); elsewhere they head the controls.
    let presets = move || state.present().get().then(|| view! { <PresetBar /> });
    let levers = move || {
        state
            .levers()
            .get()
            .into_iter()
            .flatten()
            .map(|lever| {
                let change = change_words(case, lever.change);
                let text = fill(&ui.lever, &[("change", &change), ("delta", &points(case, lever.delta))]);
                view! {
                    <li>
                        <strong>{model.outcomes[lever.outcome].text.label.as_ref()}</strong>
                        {colon}
                        {text}
                    </li>
                }
            })
            .collect_view()
    };
    let words = &model.words;
    view! {
        <div class="dashboard">
            {ending}
            {presets}
            <section class="reach">
                <h3>{words.conditions.as_ref()}</h3>
                <p class="reach-help">{words.conditions_help.as_ref()}</p>
                <EndingsReach />
            </section>
            <OutcomeBars outcomes=model.outcomes.ids().collect() />
            <section class="levers">
                <h3>{ui.levers.as_ref()}</h3>
                <ul>{levers}</ul>
            </section>
        </div>
    }
}

/// The ending's summary and reasoning for the teacher's notes on the last slide, which shows only its name and one
/// line: the long text is the teacher's to say (on the ordinary page it stays under the name).
#[component]
pub fn EndingNotes() -> impl IntoView {
    let state = Explainer::get();
    let model = &state.case.model;
    let ui = &state.case.meta.ui;
    move || {
        let ending = &model.endings[state.ending().get()];
        view! {
            <section class="ending-notes" data-ending=ending.data.id.as_ref()>
                <h3>{labelled(state.case, &ui.ending, &ending.text.title)}</h3>
                <p>{ending.text.summary.as_ref()}</p>
                <p>{ending.text.reason.as_ref()}</p>
            </section>
        }
    }
}
