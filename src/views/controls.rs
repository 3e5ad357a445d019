//! An assumption's control: a native radio group in a `<fieldset>` whose `<legend>` names the assumption.

use leptos::prelude::*;

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
            let today =
                (i == default).then(|| view! { <span class="badge">{ui.today.clone()}</span> });
            view! {
                <label class="option">
                    <input
                        type="radio"
                        name=format!("assumption-{}", data.data.id)
                        value=data.data.options[i].clone()
                        prop:checked=move || choice.get() == i
                        on:change=move |_| choice.set(i)
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
