//! Everything between the address bar and the reader's state: reading the address ([`start`]), keeping it in step
//! with the state ([`sync_address`], the one effect that writes it: a new history entry when the reader moves, the
//! current one replaced after a pause when they tweak, as `gambit_core::history` decides), answering Back and
//! Forward, and building every URL the page hands out (the link to copy, the embed code, the link from an embed to
//! the whole explainer). A step of the walkthrough is at its own page's path (`steps/<id>/`), so every address and
//! link is built from the site's root, found in the page's path. Every address is written and read by
//! `gambit_core::url`: this module only says where the page is (its root, its origin) and what of the state a link
//! carries. The state knows nothing of this module.

use gambit_core::content::StepId;
use gambit_core::history::{self, History, Plan, Write};
use gambit_core::markup::{embed_code_for, with_transparent_frame};
use gambit_core::phrase::fill;
use gambit_core::url::{self, Embed, LinkNotice, LinkState, Page};
use gambit_core::Case;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::frame::HEIGHT_MESSAGE;
use crate::state::Explainer;

/// The page's path and query (`/g/steps/chip-chokehold/?v=1`); rendered natively (`prerender`), the address the
/// render was given as a context ([`NativeAddress`]), and none outside a render.
fn location() -> (String, String) {
    if !cfg!(target_arch = "wasm32") {
        return use_context::<NativeAddress>().map_or_else(Default::default, |a| (a.path, a.query));
    }
    let location = crate::window().map(|w| w.location());
    let part = |f: fn(&web_sys::Location) -> Result<String, JsValue>| {
        location.as_ref().and_then(|l| f(l).ok()).unwrap_or_default()
    };
    (part(web_sys::Location::pathname), part(web_sys::Location::search))
}

/// Outside a browser (the `prerender` binary), the address of the page being rendered, which `prerender::page`
/// provides as a context to the views it renders: `path` is relative to the page itself
/// (`../../steps/chip-chokehold/` for a step's page, whose links then lead from its folder, as the pages of `dist/`
/// must to work from any folder), `query` empty or from its `?`, and `site`, where known, the address the language's
/// folder is served from (`https://example.org/g/`), for an address shown as text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NativeAddress {
    pub path: String,
    pub query: String,
    pub site: Option<String>,
}

/// The site's root: the path of its first page (`/g/`), whichever step's page is open.
fn root() -> String {
    let (path, _) = location();
    url::split_path(&path).0.to_string()
}

/// What the address the page was opened with selects, and what in it could not be used.
pub fn start(case: &Case) -> (LinkState, Vec<LinkNotice>) {
    let (path, query) = location();
    url::read_page(&path, &query, case)
}

/// Puts the state's canonical link in the address bar at once, keeps it in step with every change the intents
/// record (a move pushes a new entry at once, a tweak replaces the current one after a pause unless a later write
/// overtakes it), and answers Back and Forward; stops when the calling component is dropped.
pub fn sync_address(state: Explainer) {
    write_address(&state, Write::Replace);
    let history = StoredValue::new(History::default());
    if state.present().get_untracked() {
        history.write_value().opened_presenting();
    }
    // Set while the slides, left, go back over their entries: the Back that brings is no reader's, and the entry it
    // reaches takes the place left (without the slides) instead of being read.
    let leaving = StoredValue::new(false);
    Effect::new(move |_| {
        let Some(change) = state.take_change() else {
            return;
        };
        let presenting = state.present().get_untracked();
        match history.write_value().plan_presenting(change, presenting) {
            Plan::Now(write) => write_address(&state, write),
            Plan::CatchUpThenPush => {
                // The entry left takes the tweak first, at the place it shows; then the new place is pushed.
                let (shown, _) = start(state.case);
                write_link(
                    &history::caught_up(&shown, &state.link_untracked()),
                    state.case,
                    Write::Replace,
                );
                write_address(&state, Write::Push);
            }
            Plan::LeaveSlides(pushed) => {
                let back = crate::window().and_then(|w| w.history().ok());
                match back {
                    Some(back) if back.go_with_delta(-(pushed as i32)).is_ok() => leaving.set_value(true),
                    _ => write_address(&state, Write::Replace),
                }
            }
            Plan::Later(ticket) => set_timeout(
                move || {
                    if let Some(write) = history.try_update_value(|h| h.due(ticket)).flatten() {
                        write_address(&state, write);
                    }
                },
                history::REPLACE_AFTER,
            ),
        }
    });
    let handle = window_event_listener(ev::popstate, move |_| {
        if std::mem::take(&mut *leaving.write_value()) {
            write_address(&state, Write::Replace);
            return;
        }
        history.write_value().traversed();
        let (link, _) = start(state.case);
        state.apply(&link);
    });
    on_cleanup(move || handle.remove());
}

/// Puts the state's canonical address (under the site's root) in the address bar as `write` says, unless the bar
/// shows it already.
fn write_address(state: &Explainer, write: Write) {
    write_link(&state.link_untracked(), state.case, write);
}

/// Puts `link`'s canonical address (under the site's root) in the address bar as `write` says, unless the bar shows
/// it already.
fn write_link(link: &LinkState, case: &Case, write: Write) {
    let (path, query) = location();
    let Some(address) = history::target(&path, &query, &url::write(link, case)) else {
        return;
    };
    let Some(history) = crate::window().and_then(|w| w.history().ok()) else {
        return;
    };
    // A sandboxed or throttled history may refuse; the page works on, only the address is not updated.
    let _ = match write {
        Write::Push => history.push_state_with_url(&JsValue::NULL, "", Some(&address)),
        Write::Replace => history.replace_state_with_url(&JsValue::NULL, "", Some(&address)),
    };
}

/// The site's root with its origin (`https://example.org/g/`): where links and embeds point from.
fn base_url() -> String {
    let origin = crate::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    url::at(&origin, &root())
}

/// The full link to what is on screen (tracks the state).
pub fn share_url(state: &Explainer) -> String {
    url::at(&base_url(), &url::write(&state.link(), state.case))
}

/// The full link to the walkthrough at the current step and scenario, whatever page is open (Compare's two
/// scenarios, on Compare), for students: never the slides (`present=1`), the questions set aside (`ask=0`) nor
/// anything else of the teacher's (tracks the state). The projected and the printed QR codes carry it.
pub fn scenario_url(state: &Explainer) -> String {
    let mut link = state.link();
    // A comparison opens as the comparison; any other page as its step.
    if link.page != Page::Compare {
        link.page = Page::Walkthrough;
    }
    url::at(&base_url(), &url::write(&link.for_students(), state.case))
}

/// The full link to what is on screen for a student's phone ("Scan to open"): as [`share_url`], but as
/// [`LinkState::for_students`] says, so the questions set aside for the projector stay on (tracks the state).
///
/// Two functions, as the two kinds of QR code differ in one thing: the share bar's code, scanned off the reader's
/// own screen, opens whatever page is on it ("How this works" or the handout included), while the projected and
/// printed codes of [`scenario_url`] open the walkthrough at its step (or the comparison), the page students are
/// meant to follow, even when the teacher's screen shows the handout or "How this works".
pub fn students_url(state: &Explainer) -> String {
    url::at(&base_url(), &url::write(&state.link().for_students(), state.case))
}

/// The same step, scenario and page in the other language (tracks the state): its root, from this language's.
pub fn other_language_url(state: &Explainer) -> String {
    let (here, there) = (&state.case.meta.lang, &state.case.meta.other_language.lang);
    let there = url::resolve(&root(), &url::language_root(here, there));
    url::at(&there, &url::write(&state.link(), state.case))
}

/// The address of `step`'s page at the reader's scenario, from this page (tracks the state): where the step list
/// leads, with or without the app.
pub fn step_url(state: &Explainer, step: StepId) -> String {
    let mut link = state.link();
    link.step = step;
    link.page = Page::Walkthrough;
    link.handout = Vec::new();
    url::at(&root(), &url::write(&link, state.case))
}

/// The state's link outside the embed: the whole explainer at the same step and scenario, its questions set aside
/// (`ask=0`): the reader has seen the step's chart in the article, and a question held back would open it on the
/// "before" picture instead, a figure other than the one just read (journalist's eleventh try). The share bar there
/// turns the questions back on (tracks the state).
fn full_link(state: &Explainer) -> LinkState {
    let mut link = state.link();
    link.embed = None;
    link.ask = false;
    link
}

/// The link from an embedded step to the whole explainer at the same step and scenario (tracks the state).
pub fn full_url(state: &Explainer) -> String {
    url::at(&root(), &url::write(&full_link(state), state.case))
}

/// [`full_url`] with the site's scheme and host, to be read or copied as text where it cannot be followed (a frame
/// without script): in a browser, the page's own; rendered natively, the site's address where `dist` knows it, else
/// the link as it is, from the page (tracks the state).
pub fn whole_url(state: &Explainer) -> String {
    let site = if cfg!(target_arch = "wasm32") {
        None
    } else {
        use_context::<NativeAddress>().and_then(|a| a.site)
    };
    match site {
        Some(site) => url::at(&site, &url::write(&full_link(state), state.case)),
        None => absolute(&full_url(state)),
    }
}

/// `path` (absolute from the host, as [`full_url`] writes it) with this page's scheme and host: in a sandboxed frame
/// the origin is opaque ("null"), but the location still says where the page was loaded from.
pub fn absolute(path: &str) -> String {
    let Some(location) = crate::window().map(|w| w.location()) else {
        return path.to_string();
    };
    url::on_origin(
        &location.protocol().unwrap_or_default(),
        &location.host().unwrap_or_default(),
        path,
    )
}

/// The address of the current step and scenario, embedded as `embed` says (tracks the state).
pub fn embed_src(state: &Explainer, embed: Embed) -> String {
    let mut link = state.link();
    link.page = Page::Walkthrough;
    // An article's frame is never the slides, whatever the page the code was copied on.
    link.present = false;
    link.embed = Some(embed);
    // At the copy of the embeddable page written for this scenario and colours, where there is one: what a frame
    // without its script shows (`embeds/<id>/chips-domestic-dark/`).
    url::at(&base_url(), &url::embed_link(&link, state.case))
}

/// The code that embeds the current step and scenario in another page as `embed` says: an `<iframe>` and the
/// script that resizes it from the height message (tracks the state). Until the frame says otherwise, its height
/// is the step's measured one.
pub fn embed_code(state: &Explainer, embed: Embed) -> String {
    let case = state.case;
    let step = &case.steps[state.step().get()];
    let title = fill(&case.meta.ui.share.embed_title, &[("title", &step.text.title)]);
    let (wide, phone) = embed_heights(state, embed);
    let code = embed_code_for(&embed_src(state, embed), &title, HEIGHT_MESSAGE, wide, phone);
    if embed.transparent {
        with_transparent_frame(&code, embed.theme.colour_scheme())
    } else {
        code
    }
}

/// The current step's embedded heights (a wide column's, a phone's): with its controls, without, or compact.
fn embed_heights(state: &Explainer, embed: Embed) -> (u32, u32) {
    let heights = &state.case.steps[state.step().get()].data.embed_height;
    if embed.compact {
        (heights.compact, heights.phone_compact)
    } else if embed.controls {
        (heights.controls, heights.phone_controls)
    } else {
        (heights.view, heights.phone_view)
    }
}

/// What the embed panel says of the code's height without its script, with the current step's heights.
pub fn embed_height_note(state: &Explainer, embed: Embed) -> String {
    let (wide, phone) = embed_heights(state, embed);
    fill(
        &state.case.meta.ui.share.embed_height_note,
        &[("phone", &phone.to_string()), ("wide", &wide.to_string())],
    )
}
