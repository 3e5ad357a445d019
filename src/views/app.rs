//! The root: reads the link the page was opened with, creates the reader's state, keeps the address in step with
//! it, and lays out the page: the walkthrough, "How this works", compare or the handout; or, embedded in another
//! page, only the step's view.

use gambit_core::content::StepId;
use gambit_core::url::Page;
use gambit_core::Case;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::compare::ComparePage;
use super::handout::Handout;
use super::model_page::ModelPage;
use super::nav::{ProgressList, StepNav};
use super::present::PresentBar;
use super::scenario::ScenarioLine;
use super::share::ShareBar;
use super::step::{Stage, StepView};
use super::theme::{self, ThemeSwitch};
use crate::link;
use crate::state::Explainer;
use crate::{content, frame};

#[component]
pub fn App() -> impl IntoView {
    view! { <Shell case=content::case() /> }
}

/// The shell every page is laid out in (the walkthrough, "How this works", Compare, the handout), or an embedded
/// step alone: it creates the reader's state (`Explainer`) from the address and keeps the address bar in step.
#[component]
fn Shell(case: &'static Case) -> impl IntoView {
    let (start, notices) = link::start(case);
    let state = Explainer::new(case, start);
    provide_context(state);
    link::sync_address(state);
    let meta = &case.meta;
    show_place_in_title(state);
    if let Some(embed) = state.embed() {
        frame::report_height();
        theme::fix(embed.theme, embed.transparent);
        return view! { <Embedded controls=embed.shows_controls() compact=embed.compact /> }.into_any();
    }
    // One tracker of the keyboard's or the pointer's use, for every page but an embedded step (`src/focus.rs`).
    crate::focus::track_modality();
    let notice = (!notices.is_empty()).then(|| link_notice(case, &notices));
    let page = move || match state.page().get() {
        Page::Walkthrough => view! { <StepView /> }.into_any(),
        Page::Model => view! { <ModelPage /> }.into_any(),
        Page::Compare => view! { <ComparePage /> }.into_any(),
        Page::Handout => view! { <Handout /> }.into_any(),
    };
    let how = move |_| state.toggle_page(Page::Model);
    let main = NodeRef::<leptos::html::Main>::new();
    follow_moves(state, main);
    // The skip link moves focus to the open page's heading, past the masthead and the step list.
    let skip = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        focus_heading(main);
    };
    view! {
        <header class="masthead">
            <a class="skip-link" href="#main" on:click=skip>{meta.ui.skip.as_ref()}</a>
            <div class="masthead-top">
                <h1>{meta.title.as_ref()}</h1>
                <div class="masthead-actions">
                    <button type="button" class="how-button" aria-pressed=move || (state.page().get() == Page::Model).to_string() on:click=how>
                        {meta.ui.how.title.as_ref()}
                    </button>
                    <ThemeSwitch />
                    <a
                        class="language-switch"
                        href=move || link::other_language_url(&state)
                        hreflang=meta.other_language.lang.as_ref()
                        lang=meta.other_language.lang.as_ref()
                    >
                        {meta.other_language.name.as_ref()}
                    </a>
                </div>
            </div>
            <p class="subtitle">{meta.subtitle.as_ref()}</p>
            <ShareBar />
            <ProgressList />
        </header>
        {notice}
        // Two window keydown listeners share the keyboard: PresentBar's (in present mode: Home, End, Escape, N, Q)
        // and StepNav's (the arrow keys). Their keys do not overlap, so their order decides nothing today; StepNav
        // passes over a key already handled (`default_prevented`), so a key both took up would go to PresentBar,
        // mounted, and so registered, first. A new shortcut goes to one of the two, on a key the other leaves.
        <PresentBar />
        <main id="main" node_ref=main>{page} <Announcer /></main>
        <Show when=move || state.page().get() == Page::Walkthrough>
            <StepNav />
        </Show>
        <footer class="colophon">
            <p>{meta.disclaimer.as_ref()}</p>
        </footer>
    }
    .into_any()
}

/// The tab and the history say where the reader is: "Room to fail? … · AI Gambit".
fn show_place_in_title(state: Explainer) {
    Effect::new(move |_| {
        let title = gambit_core::markup::tab_title(state.case, state.place_title());
        if let Some(document) = crate::window().and_then(|w| w.document()) {
            document.set_title(&title);
        }
    });
}

/// The note that a setting in the link was not understood and left as it was, naming each.
fn link_notice(case: &'static Case, notices: &[gambit_core::url::LinkNotice]) -> impl IntoView {
    let meta = &case.meta;
    let items = notices
        .iter()
        .map(|n| super::fill(&meta.ui.punctuation.setting, &[("key", &n.key), ("value", &n.value)]))
        .collect::<Vec<_>>();
    view! { <p class="link-notice" role="status">{super::fill(&meta.ui.link_notice, &[("items", &items.join(&meta.ui.punctuation.list))])}</p> }
}

/// The open page's heading, made focusable, given the keyboard's focus.
fn focus_heading(main: NodeRef<leptos::html::Main>) {
    let heading = main.get_untracked().and_then(|m| m.query_selector("h2").ok().flatten());
    if let Some(heading) = heading.and_then(|h| h.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}

/// Moving to another step brings its title into view; focus lost with the page it was on goes to the new heading.
fn follow_moves(state: Explainer, main: NodeRef<leptos::html::Main>) {
    // Moving to another step brings its title into view (not when the page opens, nor for another page, whose
    // button stays in sight), moving the page no more than it must (`land_on_step`). Focus stays where it was, on
    // "Next" say, so it can be pressed again; had it been inside the step or page just replaced, it goes to the
    // new heading rather than be lost.
    Effect::new(move |previous: Option<(StepId, Page)>| {
        let now = (state.step().get(), state.page().get());
        if previous.is_some_and(|p| p != now) {
            if previous.is_some_and(|(step, _)| step != now.0) {
                if let Some(main) = main.get_untracked() {
                    land_on_step(&main, state.present().get_untracked());
                }
            }
            let document = crate::window().and_then(|w| w.document());
            let lost = document.is_some_and(|d| d.active_element().is_none_or(|e| Some(e) == d.body().map(Into::into)));
            if lost {
                focus_heading(main);
            }
        }
        now
    });
}

/// Embedded in another page: the credit and a link to the whole explainer (its address to copy where the frame may
/// not open a tab), the scenario if it is not 2025's, for a frame without script a note of what it shows
/// (`NoScriptNote`), the step's view, its outcomes and (unless the link says `controls=0`) its controls, compact
/// (`style/main.css`); with `compact` (`compact=1`), the chart and its figures only: no controls, no CSV link, no
/// sentence under the view unless it speaks of an option other than 2025's (hidden by the style); the model's note
/// stays.
#[component]
fn Embedded(controls: bool, compact: bool) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let step = state.step().get_untracked();
    let full = move || link::full_url(&state);
    // The link opens a new tab itself, to know when it may not (a frame sandboxed without `allow-popups`): then the
    // address is shown, selected, to copy.
    let blocked = RwSignal::new(None::<String>);
    let open = move |ev: leptos::ev::MouseEvent| {
        let Some(window) = crate::window() else { return };
        ev.prevent_default();
        match window.open_with_url_and_target(&full(), "_blank") {
            Ok(Some(tab)) => {
                // As `rel="noopener"`: the new tab cannot reach back into this page.
                let _ = tab.set_opener(&wasm_bindgen::JsValue::NULL);
                blocked.set(None);
            }
            _ => blocked.set(Some(link::absolute(&full()))),
        }
    };
    let address = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if blocked.get().is_some() {
            if let Some(input) = address.get() {
                let _ = input.focus();
                input.select();
            }
        }
    });
    view! {
        <main class="embedded" class:compact=compact>
            // The page's name for assistive technology and validators; the host's article gives the visible context.
            <h1 class="visually-hidden">{case.meta.title.as_ref()}</h1>
            <h2 class="embedded-title">{case.steps[step].text.title.as_ref()}</h2>
            // The credit first: a host that strips the resizing script and holds the frame shorter than its
            // content (a phone's column) cuts the bottom, never the credit and the link.
            <p class=gambit_core::markup::OPEN_FULL_CLASS>
                {case.meta.ui.share.credit.as_ref()} {super::nonempty(&case.meta.ui.punctuation.space)}
                <a href=full target="_blank" rel="noopener" on:click=open>{case.meta.ui.share.open_full.as_ref()}</a>
            </p>
            {move || blocked.get().map(|url| view! {
                <label class="by-hand open-blocked">
                    {case.meta.ui.share.open_blocked.as_ref()} {super::nonempty(&case.meta.ui.punctuation.space)}
                    <input node_ref=address type="text" readonly value=url on:focus=move |_| { if let Some(i) = address.get_untracked() { i.select(); } } />
                </label>
            })}
            <ScenarioLine embedded=true locked=!controls />
            <NoScriptNote />
            <Stage step controls />
            <Announcer />
        </main>
    }
}

/// In a frame without script (sandboxed, or a page whose script is blocked): that the frame shows the link's own
/// scenario fixed (or 2025's, on the plain embeddable page), and the whole explainer's address as text, for a frame
/// that may not open it. Inert, and so empty, wherever the app runs.
#[component]
fn NoScriptNote() -> impl IntoView {
    let state = Explainer::get();
    let share = &state.case.meta.ui.share;
    // What the page was opened with: without script, nothing changes it.
    let (fixed, whole) = untrack(|| {
        let fixed = !state.is_2025();
        (fixed, link::whole_url(&state))
    });
    let note = if fixed {
        &share.embed_no_script_fixed
    } else {
        &share.embed_no_script
    };
    let href = whole.clone();
    view! {
        <noscript>
            <p class="no-script-note" role="note">
                {note.as_ref()} {super::nonempty(&state.case.meta.ui.punctuation.space)}
                <a href=href target="_blank" rel="noopener">{whole}</a>
            </p>
        </noscript>
    }
}

/// The one live region: what the last change did, or where the reader moved to, said once. It sits in `<main>`,
/// so all the page's content is in a landmark.
#[component]
fn Announcer() -> impl IntoView {
    let state = Explainer::get();
    view! { <p class="visually-hidden" role="status" aria-live="polite">{move || super::nonempty(&state.announcement().get())}</p> }
}

/// Where the page lands after a step change in the walkthrough, as a stepper that keeps its place: where the new
/// step's title is already in the upper part of the window (the reader pressed Next near the top), the page does
/// not move, so the share bar and the step strip stay where the reader saw them; scrolled down into a step, the
/// page goes back to its top when the header is short enough that the title then shows in the window's upper
/// part (a desktop window), and otherwise to the step's top (a phone, whose header fills the screen). Slides have
/// no header on screen: their step's top, as ever.
fn land_on_step(main: &web_sys::HtmlElement, presenting: bool) {
    let Some(window) = crate::window() else { return };
    if presenting {
        main.scroll_into_view();
        return;
    }
    let height = window.inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
    let top = main.get_bounding_client_rect().top();
    if top >= 0.0 && top <= height * 0.5 {
        return;
    }
    if top + window.scroll_y().unwrap_or(0.0) <= height * 0.4 {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    } else {
        main.scroll_into_view();
    }
}
