//! Sharing: copy the link to what is on screen, get the code to embed the current step, open compare or the
//! handout; and the named scenarios, one click each.

use std::time::Duration;

use gambit_core::content::Table;
use gambit_core::url::Page;
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use crate::link;
use crate::state::Explainer;

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
    let share = &state.case.meta.ui.share;
    let copied = RwSignal::new(false);
    let by_hand = RwSignal::new(None::<String>);
    let copy = move |_| {
        let link = link::share_url(&state);
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
    let embed_code = move || link::embed_code(&state);
    let open = move |page: Page| move |_| state.toggle_page(page);
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
            <button type="button" aria-pressed=move || (state.page().get() == Page::Compare).to_string() on:click=open(Page::Compare)>
                {share.compare.as_ref()}
            </button>
            <button type="button" aria-pressed=move || (state.page().get() == Page::Handout).to_string() on:click=open(Page::Handout)>
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
        Memo::new(move |_| if second { state.compare().get() } else { state.scenario() }.matching_preset(model));
    let buttons = model
        .presets
        .with_ids()
        .map(|(p, preset)| {
            let choose = move |_| {
                if second {
                    state.set_compare(p);
                } else {
                    state.apply_preset(p);
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
