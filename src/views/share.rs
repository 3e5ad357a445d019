//! Sharing: copy the link to what is on screen, get the code to embed the current step, open compare or the
//! handout; and the named scenarios, one click each.

use std::time::Duration;

use gambit_core::model::Scenario;
use gambit_core::url::{self, Embed, Page};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::fill;
use crate::frame::HEIGHT_MESSAGE;
use crate::state::Explainer;

/// The address of the page without its query: where links and embeds point.
fn base_url() -> String {
    let location = web_sys::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location.as_ref().and_then(|l| f(l).ok()).unwrap_or_default()
    };
    format!(
        "{}{}",
        part(web_sys::Location::origin),
        part(web_sys::Location::pathname)
    )
}

/// Puts `text` on the clipboard; `Err` where the page may not (an insecure origin, a refusal).
async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    let navigator = web_sys::window().ok_or(())?.navigator();
    // `navigator.clipboard` is undefined outside secure contexts; calling it then would throw.
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).map_err(|_| ())?;
    if clipboard.is_undefined() {
        return Err(());
    }
    JsFuture::from(navigator.clipboard().write_text(text))
        .await
        .map(|_| ())
        .map_err(|_| ())
}

#[component]
pub fn ShareBar() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let share = &case.meta.ui.share;
    let copied = RwSignal::new(false);
    let by_hand = RwSignal::new(None::<String>);
    let copy = move |_| {
        let link = format!("{}{}", base_url(), url::write(&state.link(), case));
        leptos::task::spawn_local(async move {
            match copy_to_clipboard(&link).await {
                Ok(()) => {
                    by_hand.set(None);
                    copied.set(true);
                    set_timeout(move || copied.set(false), Duration::from_secs(3));
                }
                Err(()) => by_hand.set(Some(link)),
            }
        });
    };
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if by_hand.get().is_some() {
            if let Some(input) = input.get() {
                let _ = input.focus();
                input.select();
            }
        }
    });
    let embed_code = move || {
        let mut link = state.link();
        link.page = Page::Walkthrough;
        link.embed = Some(Embed { controls: true });
        let title = fill(&share.embed_title, &[("title", &case.steps[link.step].text.title)]);
        let src = format!("{}{}", base_url(), url::write(&link, case));
        format!(
            "<iframe src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"560\" style=\"border:0\" loading=\"lazy\"></iframe>\n\
             <script>addEventListener(\"message\",e=>{{if(e.data&&e.data.type===\"{HEIGHT_MESSAGE}\")\
             for(const f of document.querySelectorAll(\"iframe\"))if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\"}})</script>"
        )
    };
    let open = move |page: Page| {
        move |_| {
            state
                .page
                .update(|p| *p = if *p == page { Page::Walkthrough } else { page })
        }
    };
    view! {
        <div class="share-bar">
            <button type="button" on:click=copy>{share.copy_link.as_ref()}</button>
            <span class="copied" role="status">{move || copied.get().then(|| share.copied.as_ref())}</span>
            {move || by_hand.get().map(|link| view! {
                <label class="by-hand">
                    {share.copy_by_hand.as_ref()} " "
                    <input node_ref=input type="text" readonly value=link />
                </label>
            })}
            <details class="embed-code">
                <summary>{share.embed.as_ref()}</summary>
                <p>{share.embed_help.as_ref()}</p>
                <textarea readonly rows="5" aria-label=share.embed.as_ref()>{embed_code}</textarea>
            </details>
            <button type="button" aria-pressed=move || (state.page.get() == Page::Compare).to_string() on:click=open(Page::Compare)>
                {share.compare.as_ref()}
            </button>
            <button type="button" aria-pressed=move || (state.page.get() == Page::Handout).to_string() on:click=open(Page::Handout)>
                {share.handout.as_ref()}
            </button>
        </div>
    }
}

/// The named scenarios as buttons: for the reader's scenario, or (`second`) for the compare page's other one.
#[component]
pub fn PresetBar(#[prop(optional)] second: bool) -> impl IntoView {
    let state = Explainer::get();
    let model = &state.case.model;
    let ui = &state.case.meta.ui.share;
    let current =
        Memo::new(move |_| if second { state.compare.get() } else { state.scenario() }.matching_preset(model));
    let buttons = model
        .presets
        .iter()
        .enumerate()
        .map(|(p, preset)| {
            let choose = move |_| {
                let scenario = Scenario::preset(model, p);
                if second {
                    state.compare.set(scenario);
                } else {
                    state.set_scenario(&scenario);
                    state.announce();
                }
            };
            view! {
                <button type="button" title=preset.text.description.as_ref() aria-pressed=move || (current.get() == Some(p)).to_string() on:click=choose>
                    {preset.text.title.as_ref()}
                </button>
            }
        })
        .collect_view();
    view! {
        <div class="presets" role="group" aria-label=if second { ui.other.as_ref() } else { ui.presets.as_ref() }>
            <span class="presets-label">{if second { ui.other.as_ref() } else { ui.presets.as_ref() }}</span>
            {buttons}
        </div>
    }
}
