//! The root: reads the link the page was opened with, creates the reader's state, lays out the page.

use gambit_core::url;
use gambit_core::Case;
use leptos::prelude::*;

use super::model_page::ModelPage;
use super::nav::{ProgressList, StepNav};
use super::step::StepView;
use super::theme::ThemeSwitch;
use crate::content;
use crate::state::Explainer;

#[component]
pub fn App() -> impl IntoView {
    view! { <Walkthrough case=content::case() /> }
}

#[component]
fn Walkthrough(case: &'static Case) -> impl IntoView {
    let (start, notices) = url::parse(&crate::location_query(), case);
    let state = Explainer::new(case, start);
    provide_context(state);
    let meta = &case.meta;
    let notice = (!notices.is_empty()).then(|| {
        let items = notices.iter().map(|n| format!("{} = \u{201c}{}\u{201d}", n.key, n.value)).collect::<Vec<_>>();
        view! { <p class="link-notice" role="status">{super::fill(&meta.ui.link_notice, &[("items", &items.join(", "))])}</p> }
    });
    view! {
        <header class="masthead">
            <div class="masthead-top">
                <h1>{meta.title.as_ref()}</h1>
                <div class="masthead-actions">
                    <button type="button" class="how-button" aria-pressed=move || state.model_page.get().to_string() on:click=move |_| state.model_page.update(|open| *open = !*open)>
                        {meta.ui.how.title.as_ref()}
                    </button>
                    <ThemeSwitch />
                </div>
            </div>
            <p class="subtitle">{meta.subtitle.as_ref()}</p>
            <ProgressList />
        </header>
        {notice}
        <main id="main">
            <Show when=move || state.model_page.get() fallback=|| view! { <StepView /> }>
                <ModelPage />
            </Show>
        </main>
        <StepNav />
        <p class="visually-hidden" role="status" aria-live="polite">{move || state.announcement.get()}</p>
        <footer class="colophon">
            <p>{meta.disclaimer.as_ref()}</p>
        </footer>
    }
}
