//! An assumption's control: a native radio group in a `<fieldset>` whose `<legend>` names the assumption.

use leptos::prelude::*;

use super::fill;
use crate::state::Explainer;

#[component]
pub fn ChoiceControl(assumption: usize) -> impl IntoView {
    let state = Explainer::get();
    let ui = &state.case.meta.ui;
    let data = &state.case.model.assumptions[assumption];
    let choice = state.choice(assumption);
    let default = data.default_index();
    let options = (0..data.data.options.len())
        .filter_map(|i| data.option_text(i).map(|text| (i, text)))
        .map(|(i, text)| {
            let today = (i == default).then(|| view! { <span class="badge">{ui.today.clone()}</span> });
            view! {
                <label class="option">
                    <input
                        type="radio"
                        name=format!("assumption-{}", data.data.id)
                        value=data.data.options[i].clone()
                        prop:checked=move || choice.get() == i
                        on:change=move |_| {
                            choice.set(i);
                            state.announce();
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

/// A continuous assumption: a native range input in a `<fieldset>`, with today's value (the article's figure)
/// marked on the scale and spelled out.
#[component]
pub fn SliderControl(slider: usize) -> impl IntoView {
    let state = Explainer::get();
    let data = &state.case.model.sliders[slider];
    let value = state.slider(slider);
    let d = &data.data;
    let reads = move |v: i32| fill(&data.text.value, &[("value", &v.to_string())]);
    let id = format!("slider-{}", d.id);
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
                        value.set(v.clamp(d.min, d.max));
                    }
                }
                on:change=move |_| state.announce()
            />
            <datalist id=marks>
                <option value=d.default.to_string()></option>
            </datalist>
            <output for=id class="slider-value">{move || reads(value.get())}</output>
            <p class="slider-marker">{data.text.marker.as_ref()} ": " {reads(d.default)}</p>
        </fieldset>
    }
}

/// The control for an assumption or slider id: a radio group or a range input.
#[component]
pub fn Control(id: &'static str) -> impl IntoView {
    let model = &Explainer::get().case.model;
    if let Some(assumption) = model.assumption_index(id) {
        view! { <ChoiceControl assumption /> }.into_any()
    } else if let Some(slider) = model.slider_index(id) {
        view! { <SliderControl slider /> }.into_any()
    } else {
        ().into_any()
    }
}
