//! The root: reads the link the page was opened with, creates the reader's state, lays out the page.

use gambit_core::url;
use gambit_core::Case;
use leptos::prelude::*;

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
                <ThemeSwitch />
            </div>
            <p class="subtitle">{meta.subtitle.as_ref()}</p>
            <ProgressList />
        </header>
        {notice}
        <main id="main">
            <StepView />
        </main>
        <StepNav />
        <footer class="colophon">
            <p>{meta.disclaimer.as_ref()}</p>
        </footer>
    }
}
