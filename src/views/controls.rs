//! The scenario's controls: an assumption's (`ChoiceControl`, a native radio group in a `<fieldset>` whose
//! `<legend>` names the assumption), a slider's (`SliderControl`), and `ControlView`, which shows either for a
//! step's control. With `second`, each is the same control for the compare page's second scenario (its own names
//! and ids, its own intents).

use gambit_core::content::{AssumptionId, Control, SliderId};
use gambit_core::phrase::{fill_value, labelled};
use leptos::prelude::*;

use crate::state::Explainer;

/// What sets a second scenario's controls apart from the reader's own in the page: names and ids.
const SECOND: &str = "b-";

#[component]
pub fn ChoiceControl(assumption: AssumptionId, #[prop(optional)] second: bool) -> impl IntoView {
    let state = Explainer::get();
    let ui = &state.case.meta.ui;
    let data = &state.case.model.assumptions[assumption];
    let choice: Signal<_> = if second {
        state.compare_choice(assumption)
    } else {
        state.choice(assumption).into()
    };
    let prefix = if second { SECOND } else { "" };
    let default = data.default();
    let options = data
        .option_ids()
        .map(|i| {
            let text = data.option_text(i);
            let today = (i == default).then(|| view! { <span class="badge">{ui.today.clone()}</span> });
            view! {
                <label class="option">
                    <input
                        type="radio"
                        name=format!("{prefix}assumption-{}", data.data.id)
                        value=data.option_key(i).to_string()
                        prop:checked=move || choice.get() == i
                        on:change=move |ev| {
                            if second {
                                state.choose_compare(assumption, i);
                            } else {
                                state.choose(assumption, i);
                                keep_clear_of_the_step_bar(event_target::<web_sys::Element>(&ev));
                            }
                        }
                    />
                    <span class="option-label">{text.label.clone()} {today}</span>
                    <span class="option-help">{text.description.clone()}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="control">
            <legend>{data.text.label.clone()}</legend>
            <p class="control-help">{data.text.description.clone()}</p>
            {options}
        </fieldset>
    }
}

/// A continuous assumption: a native range input in a `<fieldset>`, with the 2025 value it starts from (the figure reported for 2025)
/// marked on the scale and spelled out.
#[component]
pub fn SliderControl(slider: SliderId, #[prop(optional)] second: bool) -> impl IntoView {
    let state = Explainer::get();
    let data = &state.case.model.sliders[slider];
    let value: Signal<i32> = if second {
        state.compare_slider(slider)
    } else {
        state.slider(slider).into()
    };
    let d = &data.data;
    let reads = move |v: i32| fill_value(&data.text.value, v);
    let id = format!("{}slider-{}", if second { SECOND } else { "" }, d.id);
    let marks = format!("{id}-marks");
    view! {
        <fieldset class="control slider">
            <legend id=format!("{id}-legend")>{data.text.label.as_ref()}</legend>
            <p class="control-help">{data.text.description.as_ref()}</p>
            <input
                type="range"
                id=id.clone()
                name=id.clone()
                min=d.min
                max=d.max
                step=d.step
                list=marks.clone()
                aria-labelledby=format!("{id}-legend")
                prop:value=move || value.get().to_string()
                aria-valuetext=move || reads(value.get())
                on:input=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<i32>() {
                        if second {
                            state.drag_compare_slider(slider, v);
                        } else {
                            state.drag_slider(slider, v);
                        }
                    }
                }
                on:change=move |ev| {
                    if let Ok(v) = event_target_value(&ev).parse::<i32>() {
                        if second {
                            state.set_compare_slider(slider, v);
                        } else {
                            state.set_slider(slider, v);
                        }
                    }
                }
            />
            <datalist id=marks>
                <option value=d.default.to_string()></option>
            </datalist>
            <output for=id class="slider-value">{move || reads(value.get())}</output>
            <p class="slider-marker">{labelled(state.case, &data.text.marker, &reads(d.default))}</p>
        </fieldset>
    }
}

/// The control of an assumption or a slider: a radio group or a range input; with `second`, of the compare page's
/// second scenario.
#[component]
pub fn ControlView(control: Control, #[prop(optional)] second: bool) -> impl IntoView {
    match control {
        Control::Assumption(assumption) => view! { <ChoiceControl assumption second /> }.into_any(),
        Control::Slider(slider) => view! { <SliderControl slider second /> }.into_any(),
    }
}

/// After a flip, keeps the flipped option clear of the step bar pinned to the bottom of the window: the text above
/// it may grow with the scenario, and a browser without scroll anchoring (WebKit) then leaves the focused option
/// under the bar.
fn keep_clear_of_the_step_bar(input: web_sys::Element) {
    request_animation_frame(move || {
        let Some(window) = crate::window() else { return };
        let bar = window
            .document()
            .and_then(|d| d.query_selector(".step-nav").ok().flatten());
        let (Some(bar), Ok(Some(option))) = (bar, input.closest("label")) else {
            return;
        };
        let overlap = option.get_bounding_client_rect().bottom() - bar.get_bounding_client_rect().top();
        if overlap > 0.0 {
            window.scroll_by_with_x_and_y(0.0, overlap + 8.0);
        }
    });
}
