//! Outcome bars: each outcome's value on the 0–100 scale against our 2025 starting value, with the change from it,
//! and under "Why?" every rule and slope that moved it, with its reason and paragraphs.

use gambit_core::content::OutcomeId;
use gambit_core::markup::{cause_words, file_name, outcomes_csv, starting_point, CauseWords};
use gambit_core::model::Cause;
use gambit_core::phrase::{cites, ours_tag, pieces, points, signed, Piece};
use gambit_core::Case;
use leptos::prelude::*;

use super::fill;
use super::toast::{Toast, WithToast};
use crate::save::{csv_url, sandboxed, save};
use crate::state::Explainer;

/// Bars for `outcomes`, with the note that the model is illustrative. `waiting`, if given, is drawn over the room
/// the bars keep (and only there: the note and the CSV button stay free), for a line that says why they are held
/// back.
#[component]
pub fn OutcomeBars(outcomes: Vec<OutcomeId>, #[prop(default = None)] waiting: Option<ViewFn>) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let ui = &case.meta.ui;
    // The outcomes as CSV, named for the step and the scenario, made when asked for (not at every flip).
    let saved = Toast::new();
    // In a sandboxed frame the browser may drop the file without a word: the figures are then also shown as text to
    // copy, so the button never looks dead.
    let as_text = RwSignal::new(None::<String>);
    let download = move |_| {
        let scenario = untrack(|| state.scenario());
        let step = state.step().get_untracked();
        let table = outcomes_csv(case, step, &scenario);
        let name = file_name(case, step, &scenario, "csv");
        save(&name, &csv_url(&table));
        if sandboxed() {
            as_text.set(Some(table));
        } else {
            saved.show(fill(&ui.download.saved, &[("file", &name)]));
        }
    };
    let text = NodeRef::<leptos::html::Textarea>::new();
    Effect::new(move |_| {
        if as_text.get().is_some() {
            if let Some(area) = text.get() {
                let _ = area.focus();
                area.select();
            }
        }
    });
    let marks = marks_shown(state);
    let rows = outcomes
        .into_iter()
        .map(|outcome| view! { <OutcomeRow outcome marks /> })
        .collect_view();
    let bars = match waiting {
        Some(waiting) => view! { <div class="bars-room"><ul>{rows}</ul>{move || waiting.run()}</div> }.into_any(),
        None => view! { <ul>{rows}</ul> }.into_any(),
    };
    view! {
        <section class="outcomes">
            <h3>{ui.moves.as_ref()}</h3>
            <p class="bars-legend">{ui.bars_legend.as_ref()}</p>
            // An embedded step's legend, one short line (style/main.css shows it there only).
            // The value it names kept on one line: at 447-500 px it broke after the colon.
            <p class="bars-key">{bars_key(ui.bars_key.as_ref(), ui.punctuation.colon.as_ref())}</p>
            {bars}
            // Two forms of the caveat, one shown (`style/main.css`): where the bars' "Why?" is hidden (a frame held
            // at a fixed height), it points to the whole explainer rather than to a "Why?" the frame does not offer.
            <p class="model-note">
                <span class="with-why">{ui.model_note.as_ref()}</span>
                <span class="without-why">{ui.model_note_fixed.as_ref()}</span>
            </p>
            <p class="download">
                <WithToast toast=saved>
                    <button type="button" class="link-button" on:click=download>{ui.download.csv.as_ref()}</button>
                </WithToast>
            </p>
            {move || as_text.get().map(|table| view! {
                <label class="by-hand csv-text">
                    {ui.download.blocked.as_ref()}
                    <textarea node_ref=text readonly rows="6">{table}</textarea>
                </label>
            })}
        </section>
    }
}

/// How long the marks of a change stay on the outcome bars.
const MARK_MS: u64 = 2500;

/// Whether the bars mark the last change of scenario: for [`MARK_MS`] after each change made while they show (a
/// newer change restarts the moment), not for one made before they were drawn. The moment is the bars' own: the
/// state only records the change. Effects run in the browser only, so the native render never starts a timer.
fn marks_shown(state: Explainer) -> ReadSignal<bool> {
    let shown = RwSignal::new(false);
    let moments = StoredValue::new(0_u32);
    Effect::new(move |drawn: Option<()>| {
        let changed = state.last_change().with(Option::is_some);
        // The first run, as the bars are drawn, only starts watching.
        if drawn.is_none() || !changed {
            shown.set(false);
            return;
        }
        shown.set(true);
        moments.update_value(|n| *n = n.wrapping_add(1));
        let mine = moments.get_value();
        set_timeout(
            move || {
                if moments.try_get_value() == Some(mine) {
                    shown.set(false);
                }
            },
            std::time::Duration::from_millis(MARK_MS),
        );
    });
    shown.read_only()
}

#[component]
fn OutcomeRow(outcome: OutcomeId, marks: ReadSignal<bool>) -> impl IntoView {
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
    // The change from the 2025 starting value, the base the bar marks: the same on a shared link as after a flip.
    let from_base = move || value() - base;
    // The highlight of the last change, from the diff the announcement put into words, while the bars mark it.
    let change = move || {
        if !marks.get() {
            return 0;
        }
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
                {move || match from_base() {
                    0 => None,
                    d => Some(signed(case, d)),
                }}
            </span>
            <details class="why">
                <summary>{ui.why.as_ref()} <span class="visually-hidden">{data.text.label.as_ref()}</span></summary>
                <p>
                    {starting_point(case, outcome)}
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
    let CauseWords {
        delta,
        trigger,
        reason,
        paragraphs,
        ours,
        ..
    } = cause_words(case, cause);
    // The change and the trigger in the language's order, each set off: "+10 Chip access: Unrestricted",
    // 「芯片获取：不受限制（+10分）」 (the CSV's order), never one bold run 「+10分芯片获取」.
    let delta = points(case, delta);
    let head = pieces(&punctuation.cause_head)
        .into_iter()
        .map(|piece| match piece {
            Piece::Slot("delta") => view! { <span class="delta">{delta.clone()}</span> }.into_any(),
            Piece::Slot("trigger") => view! { <strong>{trigger.clone()}</strong> }.into_any(),
            Piece::Slot(_) => ().into_any(),
            Piece::Text(words) => words.into_any(),
        })
        .collect_view();
    view! {
        <li class="cause">
            // Whose cause it is (on Compare) stands apart from the trigger, which has a colon of its own: "Your
            // scenario · +20 Chip access: Unrestricted", 「你的情景｜芯片获取：不受限制（+20分）」.
            {whose.map(|w| view! { <em>{w} {punctuation.separator.as_ref()}</em> })}
            {head}
            {punctuation.stop.as_ref()}
            {reason}
            {super::nonempty(&punctuation.space)}
            <span class="cite">{cites(case, paragraphs)}</span>
            {ours.then(|| view! { {super::nonempty(&punctuation.space)} <span class="ours">{ours_tag(case)}</span> })}
        </li>
    }
    .into_any()
}

/// The embedded legend, "Dashed mark: our 2025 value", with what follows its colon (`colon`, the language's) held on
/// one line; all of it as it is where it has no colon.
fn bars_key(key: &'static str, colon: &'static str) -> impl IntoView {
    match key.split_once(colon) {
        Some((head, tail)) => view! { {head} {colon} <span class="keep-together">{tail}</span> }.into_any(),
        None => key.into_any(),
    }
}
