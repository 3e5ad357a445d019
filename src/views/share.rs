//! Sharing: copy the link to what is on screen, scan its QR code, get the code to embed the current step, open
//! compare or the handout; and the named scenarios, one click each.

use gambit_core::content::Table;
use gambit_core::url::{Embed, Page, Theme};
use leptos::prelude::*;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

use super::qr::QrCode;
use super::toast::{Toast, ToastText, WithToast};
use crate::link;
use crate::state::Explainer;

/// Puts `text` on the clipboard; `Err` where the page may not (an insecure origin, a refusal).
async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    let navigator = crate::window().ok_or(())?.navigator();
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

/// Copies a text to the clipboard and confirms it with a toast beside its button; where the page may not, shows the
/// text in the share bar's box, selected, to copy by hand.
#[derive(Clone, Copy)]
struct Copier {
    by_hand: RwSignal<Option<String>>,
}

impl Copier {
    fn copy(self, toast: Toast, words: &'static str, text: String) {
        let by_hand = self.by_hand;
        leptos::task::spawn_local(async move {
            match copy_to_clipboard(&text).await {
                Ok(()) => {
                    by_hand.set(None);
                    toast.show(words.to_string());
                }
                Err(()) => {
                    toast.clear();
                    by_hand.set(Some(text));
                }
            }
        });
    }
}

#[component]
pub fn ShareBar() -> impl IntoView {
    let state = Explainer::get();
    let share = &state.case.meta.ui.share;
    let share_space = super::nonempty(&state.case.meta.ui.punctuation.space);
    // What the copy button confirms, beside it.
    let link_copied = Toast::new();
    let copier = Copier {
        by_hand: RwSignal::new(None::<String>),
    };
    let by_hand = copier.by_hand;
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if by_hand.get().is_some() {
            if let Some(input) = input.get() {
                let _ = input.focus();
                input.select();
            }
        }
    });
    let open = move |page: Page| move |_| state.toggle_page(page);
    view! {
        <div class="share-bar">
            // The first button: its confirmation floats over the bar's start, just over it.
            <button type="button" on:click=move |_| copier.copy(link_copied, share.copied.as_ref(), link::share_url(&state))>{share.copy_link.as_ref()}</button>
            <ToastText toast=link_copied kind="copied" />
            {move || by_hand.get().map(|link| view! {
                <label class="by-hand">
                    {share.copy_by_hand.as_ref()} {share_space.clone()}
                    <input node_ref=input type="text" readonly value=link />
                </label>
            })}
            <button type="button" aria-pressed=move || (state.page().get() == Page::Compare).to_string() on:click=open(Page::Compare)>
                {share.compare.as_ref()}
            </button>
            <button type="button" aria-pressed=move || (state.page().get() == Page::Handout).to_string() on:click=open(Page::Handout)>
                {share.handout.as_ref()}
            </button>
            <button type="button" class="present-button" on:click=move |_| state.toggle_present()>
                {state.case.meta.ui.present.start.as_ref()}
            </button>
            // For the link copied and the slides alike: the scenario to discuss, each step with its chart.
            <label class="without-questions">
                <input type="checkbox" prop:checked=move || !state.asking().get() on:change=move |ev| state.set_asking(!event_target_checked(&ev)) />
                " " {share.without_questions.as_ref()}
            </label>
            // The two panels last: opened, each takes the bar's width below the buttons, and no button moves.
            <EmbedPanel copier />
            <QrPanel />
        </div>
    }
}

/// The embed panel: the code for the current step and scenario and a button to copy it, one line of what it shows,
/// the options of the code (what readers get, colours, background), and behind a disclosure what a site that changes
/// the code should know (a pasted link, a sandbox, a stripped script, the weight). Each part is its own component
/// below; they share the code's options, `embed`.
#[component]
fn EmbedPanel(copier: Copier) -> impl IntoView {
    let state = Explainer::get();
    let share = &state.case.meta.ui.share;
    let code_copied = Toast::new();
    let embed = RwSignal::new(Embed::default());
    let embed_code = move || link::embed_code(&state, embed.get());
    // Clicking or tabbing into the code selects all of it, ready to copy by hand.
    let code = NodeRef::<leptos::html::Textarea>::new();
    let select_all = move || {
        if let Some(area) = code.get_untracked() {
            area.select();
        }
    };
    // First the code and its button, with one line of what it shows; then the choices; the details for a site that
    // changes the code (oEmbed, sandbox, no script, weight) behind a disclosure of their own.
    view! {
        <details class="embed-code">
            <summary>{share.embed.as_ref()}</summary>
            <p class="embed-lead">{share.embed_lead.as_ref()}</p>
            // Its value, not its text: rendered natively (the readable page), Leptos writes a textarea's text
            // unescaped, and the code holds `&amp;`; the box is hidden there until the app fills it.
            <textarea readonly rows="4" aria-label=share.embed.as_ref() node_ref=code on:focus=move |_| select_all() on:click=move |_| select_all() prop:value=embed_code></textarea>
            <WithToast toast=code_copied kind="copied">
                <button type="button" on:click=move |_| copier.copy(code_copied, share.code_copied.as_ref(), embed_code())>{share.copy_code.as_ref()}</button>
            </WithToast>
            <EmbedForms embed />
            <EmbedColours embed />
            <EmbedBackground embed />
            <EmbedDetails embed />
        </details>
    }
}

/// What readers get, one choice of three (not two ticks, one of which would silently untick the other): the step
/// with its controls, without them, or the chart and its figures only.
#[component]
fn EmbedForms(embed: RwSignal<Embed>) -> impl IntoView {
    let share = &Explainer::get().case.meta.ui.share;
    let forms = [
        ("interactive", &share.with_controls, true, false),
        ("figures", &share.embed_figures, false, false),
        ("compact", &share.compact, false, true),
    ]
    .map(|(key, label, controls, compact)| {
        let chosen = move || {
            let e = embed.get();
            e.compact == compact && e.shows_controls() == (controls && !compact)
        };
        let choose = move || {
            embed.update(|e| {
                e.controls = controls;
                e.compact = compact;
            })
        };
        radio(
            format!("embed-option embed-{key}"),
            "embed-form",
            key,
            label,
            chosen,
            choose,
        )
    })
    .collect_view();
    choices("embed-form", &share.embed_form, forms)
}

/// The embedded page's colours: always light, always dark, or the reader's system's, with its warning.
#[component]
fn EmbedColours(embed: RwSignal<Embed>) -> impl IntoView {
    let share = &Explainer::get().case.meta.ui.share;
    let colours = Theme::ALL
        .map(|theme| {
            let label = match theme {
                Theme::Auto => &share.colours_auto,
                Theme::Light => &share.colours_light,
                Theme::Dark => &share.colours_dark,
            };
            let chosen = move || embed.get().theme == theme;
            let class = format!("embed-colour-{}", theme.key());
            radio(class, "embed-colours", theme.key(), label, chosen, move || {
                embed.update(|e| e.theme = theme)
            })
        })
        .collect_view();
    // The warning is about the reader's setting: shown only while that option is chosen.
    let note = view! {
        <Show when=move || embed.get().theme == Theme::Auto>
            <p class="embed-note">{share.colours_auto_note.as_ref()}</p>
        </Show>
    };
    choices("embed-colours", &share.colours, view! { {colours} {note} })
}

/// The embedded page's background: its own, in the chosen colours (as before), or none, the article's showing
/// through (`bg=transparent`), for a page whose background is not quite the dark or light one.
#[component]
fn EmbedBackground(embed: RwSignal<Embed>) -> impl IntoView {
    let share = &Explainer::get().case.meta.ui.share;
    let backgrounds = [
        ("own", &share.background_own, false),
        ("transparent", &share.background_transparent, true),
    ]
    .map(|(key, label, transparent)| {
        let chosen = move || embed.get().transparent == transparent;
        let choose = move || embed.update(|e| e.transparent = transparent);
        radio(
            format!("embed-background-{key}"),
            "embed-background",
            key,
            label,
            chosen,
            choose,
        )
    })
    .collect_view();
    choices("embed-background", &share.background, backgrounds)
}

/// One of the embed panel's choices: the group `name` under its `legend`, holding its radio buttons.
fn choices(name: &'static str, legend: &'static str, buttons: impl IntoView) -> impl IntoView {
    view! {
        <fieldset class=name aria-labelledby=name>
            <legend id=name>{legend}</legend>
            {buttons}
        </fieldset>
    }
}

/// A radio button of the group `name` with its `label` (its own `class`: an absent one is written `class=""` by the
/// native render and not at all by the browser's, so the readable page would not be the app's first render),
/// checked while `chosen` holds; `choose` when picked.
fn radio(
    class: String,
    name: &'static str,
    value: &'static str,
    label: &'static str,
    chosen: impl Fn() -> bool + Send + Sync + 'static,
    choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <label class=class>
            <input type="radio" name=name value=value prop:checked=chosen on:change=move |_| choose() />
            " " {label}
        </label>
    }
}

/// Behind a disclosure, what a site that changes the code should know: a pasted link, a sandbox, the heights to set
/// by hand where the style is stripped, the weight.
#[component]
fn EmbedDetails(embed: RwSignal<Embed>) -> impl IntoView {
    let state = Explainer::get();
    let share = &state.case.meta.ui.share;
    view! {
        <details class="embed-details">
            <summary>{share.embed_more.as_ref()}</summary>
            <p class="embed-note embed-paste">{share.embed_paste_code.as_ref()}</p>
            <p class="embed-note embed-sandbox">{share.embed_help.as_ref()}</p>
            <p class="embed-note embed-height-note">{move || link::embed_height_note(&state, embed.get())}</p>
            <p class="embed-note embed-weight">{share.embed_weight.as_ref()}</p>
        </details>
    }
}

/// The QR code of the link to what is on screen, for a student's phone, in a panel of its own.
#[component]
fn QrPanel() -> impl IntoView {
    let state = Explainer::get();
    let qr = &state.case.meta.ui.qr;
    let qr_open = RwSignal::new(false);
    // The code is drawn only while the panel is open: drawn closed, it was redrawn at every flip.
    // Read from the element, not flipped at each event: the browser may fold an open and a close into one.
    view! {
        <details class="qr-panel" on:toggle=move |ev| qr_open.set(event_target::<web_sys::Element>(&ev).has_attribute("open"))>
            <summary>{qr.title.as_ref()}</summary>
            <p>{qr.help.as_ref()}</p>
            <Show when=move || qr_open.get()>
                <QrCode link=Signal::derive(move || link::students_url(&state)) class="qr-share" />
            </Show>
        </details>
    }
}

/// The named scenarios as buttons: for the reader's scenario, or (`second`) for the compare page's other one;
/// `label` names the group (by default, "Named scenarios").
#[component]
pub fn PresetBar(#[prop(optional)] second: bool, #[prop(optional)] label: Option<&'static str>) -> impl IntoView {
    let state = Explainer::get();
    let model = &state.case.model;
    let ui = &state.case.meta.ui.share;
    let label = label.unwrap_or(ui.presets.as_ref());
    let current = Memo::new(move |_| {
        if second {
            state.compare().get()
        } else {
            state.scenario()
        }
        .matching_preset(model)
    });
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
        <div class="presets" role="group" aria-label=label>
            <span class="presets-label">{label}</span>
            {buttons}
        </div>
    }
}
