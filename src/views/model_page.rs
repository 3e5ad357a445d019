//! "How this works": the scenario model drawn ([`ModelMap`]), then in words. The words never change with the
//! scenario, so their markup is rendered from the content when the app is built
//! (`gambit_core::markup::model_page`) and only inserted here; they stay for screen readers and print.

use leptos::prelude::*;

use super::influence::ModelMap;
use crate::state::Explainer;

#[component]
pub fn ModelPage() -> impl IntoView {
    let state = Explainer::get();
    let how = &state.case.meta.ui.how;
    view! {
        <article class="model-page" aria-labelledby="model-title">
            <h2 id="model-title">{how.title.as_ref()}</h2>
            <TeachingGuide />
            <ModelMap />
            <div inner_html=crate::content::model_page_html()></div>
            <button type="button" class="back" on:click=move |_| state.go_to(state.step().get_untracked())>
                {how.back.as_ref()}
            </button>
        </article>
    }
}

/// "Teaching with this": how to run a class with the explainer (present and its keys, the QR code, predict,
/// compare, the handout and the worksheet), first on the page, where a teacher who opens "How this works" finds it.
#[component]
fn TeachingGuide() -> impl IntoView {
    let how = &Explainer::get().case.meta.ui.how;
    let items = how
        .teaching_guide
        .iter()
        .map(|item| view! { <li>{item.as_ref()}</li> })
        .collect_view();
    view! {
        <section class="teaching-guide" id="teaching" aria-labelledby="teaching-title">
            <h3 id="teaching-title">{how.teaching.as_ref()}</h3>
            <ul>{items}</ul>
        </section>
    }
}
