//! A QR code of a link, with the link written under it: the share panel, present mode and the handout show one,
//! so that a room can open on their phones the step and scenario on screen. The core draws it
//! ([`gambit_core::qr::svg`]); this follows the link as it changes.

use gambit_core::qr;
use leptos::prelude::*;

use crate::state::Explainer;

/// The QR code of `link` (tracked), and the link as text unless `bare` (the handout writes it under the code
/// itself, with its label); `class` places it (share panel, slides, handout).
#[component]
pub fn QrCode(#[prop(into)] link: Signal<String>, class: &'static str, #[prop(optional)] bare: bool) -> impl IntoView {
    let state = Explainer::get();
    let name = &state.case.meta.ui.qr.name;
    // A link too long for a QR code (none the app makes) shows only as text.
    let code = Memo::new(move |_| link.with(|l| qr::svg(l, name).unwrap_or_default()));
    view! {
        <figure class=format!("qr-code {class}")>
            <div class="qr-image" inner_html=code></div>
            // The link may break after each `/`, `?` and `&`, never inside a word ("some/fol | der").
            {(!bare).then(|| view! {
                <figcaption class="qr-link">
                    {move || link.with(|l| l.split_inclusive(['/', '?', '&']).map(|part| view! { {part.to_string()} <wbr /> }).collect_view())}
                </figcaption>
            })}
        </figure>
    }
}
