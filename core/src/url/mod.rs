//! The state a shared link carries, as an address a person can read: a step of the walkthrough at its own page's
//! path, the rest in the query, `steps/chip-chokehold/?v=1&chips=domestic&tiktok=ban`, under the site's root.
//!
//! - The path: `steps/<id>/` for a step of the walkthrough (its readable page, with its own preview when shared);
//!   nothing (the root) for the first step and for the other pages, whose step goes in the query.
//! - `v`: the codec's version (now 1). Links without it are older and read the same way.
//! - `step`: the step's id (or a former id of it: steps keep their old ids as aliases). Older links, all at the
//!   root, carry it for every step; where a link has both, the query's step wins.
//! - `preset`: a named scenario, applied before any single assumption in the same link.
//! - one key per assumption (`chips=domestic`) and per slider (`capex=25`), written only when not the default.
//! - `page`: `model` ("How this works"), `compare` or `handout`; absent for the walkthrough.
//! - for `page=handout`, the steps it prints: `steps=chip-chokehold,tiktok-shadow` (in the walkthrough's order),
//!   or `steps=all` for every step (what the handout's "All steps" chooses); absent, the current step; and
//!   `worksheet=1`: the handout as a worksheet (each step's prediction question with room to answer, its answer
//!   held back).
//! - `present=1`: the walkthrough as slides for a projector.
//! - `ask=0`: the walkthrough's questions ("Predict, then look") set aside, so a scenario can be shared or projected
//!   to be discussed: every step opens with its chart, and "Ask again" still brings a question back.
//! - for `page=compare`, the second scenario: `b=<preset>` and `b.<key>=<value>`.
//! - `embeds/<id>/`: a step embedded in another page (its readable page is the embedded view, for a frame without
//!   its script); links written for embeds carry `embed=1` too, and older ones at `steps/<id>/?embed=1` still work.
//! - `embed=1` shows only the step's view, the outcomes it moves and their controls (`controls=0`: the outcomes
//!   without the controls) for an iframe; its colours are light (the usual article page) unless `theme=dark`, or
//!   `theme=auto` where the embedder wants them to follow the reader's system. `compact=1`: the chart and its
//!   figures only (the view, the scenario's line and the bars: no controls, no note, no sentence under the view
//!   unless it speaks of an option other than 2025's), the shortest embed, for a laptop's column.
//!   `bg=transparent`: the embedded page paints no background of its own, so the article's shows through (its
//!   colours stay the theme's).
//!
//! Links are user input: [`read`] and [`parse`] never fail; they keep what they can use and report, as
//! [`LinkNotice`]s, what they could not. [`write`] gives the canonical form, so `read(write(s)) == s`.
//!
//! This module is the one place that writes and reads an address of the explainer, for the app, the pages `dist`
//! writes, `public/start.js` (through the `data-` attributes [`start_data`] gives its script) and the tests: the
//! codec (`codec.rs`, with percent coding in `percent.rs`), the paths of the pages and the joins of a root and an
//! address (`paths.rs`: a step's page, an embeddable page, a language's folder, the way back to the root, the site's
//! address), and the pages `dist` writes with their copies for frames without script (`pages.rs`).

use crate::content::{Case, Id, StepId};
use crate::model::Scenario;

mod codec;
mod pages;
mod paths;
mod percent;

pub use codec::{parse, read, write};
pub use pages::{
    embed_address, embed_folder, embed_link, embed_page_path, embed_variants, start_data, written_pages, EmbedVariant,
    WrittenPage,
};
pub use paths::*;
pub use percent::{decode, encode};

/// The codec version [`write`] puts in every link.
pub const VERSION: u32 = 1;
/// Queries longer than this are cut before they are read.
pub const MAX_QUERY_LEN: usize = 4096;
/// At most this many `key=value` pairs are read.
pub const MAX_PAIRS: usize = 64;
/// Key of the codec's version in a link.
pub const VERSION_KEY: &str = "v";
/// Key of a named scenario in a link.
pub const PRESET_KEY: &str = "preset";
/// Key of the compare page's second scenario, when a preset.
pub const COMPARE_KEY: &str = "b";
/// Key of the step in a link.
pub const STEP_KEY: &str = "step";
/// Key of the page a link opens.
pub const PAGE_KEY: &str = "page";
/// Key of an embedded step.
pub const EMBED_KEY: &str = "embed";
/// The value of [`EMBED_KEY`] that embeds a step (`embed=1`; any other leaves the link's page whole).
pub const EMBED_ON: &str = "1";
/// Key of an embedded step's controls.
pub const CONTROLS_KEY: &str = "controls";
/// Key of an embedded step's compact form (the chart and its figures only).
pub const COMPACT_KEY: &str = "compact";
/// Key of the walkthrough as slides.
pub const PRESENT_KEY: &str = "present";
/// Key of the walkthrough's questions (`ask=0`: set aside).
pub const ASK_KEY: &str = "ask";
/// Key of an embedded step's colours.
pub const THEME_KEY: &str = "theme";
/// Key of an embedded step's background: [`BACKGROUND_TRANSPARENT`], or absent for the page's own.
pub const BACKGROUND_KEY: &str = "bg";
/// The value of [`BACKGROUND_KEY`] that lets the host's article show through the embedded page.
pub const BACKGROUND_TRANSPARENT: &str = "transparent";
/// Key of the handout's steps in a link.
pub const HANDOUT_KEY: &str = "steps";
/// Key of the handout as a worksheet (`worksheet=1`).
pub const WORKSHEET_KEY: &str = "worksheet";
/// The value of [`HANDOUT_KEY`] for every step of the walkthrough.
pub const ALL_STEPS: &str = "all";

/// Prefix of the second scenario's keys on the compare page (`b.chips=domestic`).
pub const COMPARE_PREFIX: &str = "b.";

/// Every key a link uses for itself, the one list: no assumption or slider may take one as its id (validation
/// rejects it), or a link could not tell the two apart. Keys starting with [`COMPARE_PREFIX`] are the link's too;
/// no id can start so, since an id holds only `a-z`, `0-9` and `-`.
pub const LINK_KEYS: [&str; 14] = [
    VERSION_KEY,
    PRESET_KEY,
    COMPARE_KEY,
    STEP_KEY,
    HANDOUT_KEY,
    WORKSHEET_KEY,
    PAGE_KEY,
    EMBED_KEY,
    CONTROLS_KEY,
    COMPACT_KEY,
    PRESENT_KEY,
    ASK_KEY,
    THEME_KEY,
    BACKGROUND_KEY,
];

/// Whether a link reads `key` for itself (one of [`LINK_KEYS`], or a compare key `b.<id>`) rather than as an
/// assumption's or a slider's.
pub fn is_link_key(key: &str) -> bool {
    LINK_KEYS.contains(&key) || key.starts_with(COMPARE_PREFIX)
}

/// Which page a link opens.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Walkthrough,
    /// "How this works": the model in words.
    Model,
    /// Two scenarios side by side.
    Compare,
    /// Every step in order, for print.
    Handout,
}

impl Page {
    const ALL: [(Page, &'static str); 3] = [
        (Page::Model, "model"),
        (Page::Compare, "compare"),
        (Page::Handout, "handout"),
    ];

    fn key(self) -> Option<&'static str> {
        Page::ALL.iter().find(|(p, _)| *p == self).map(|(_, k)| *k)
    }
}

/// How a link embeds the explainer in another page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Embed {
    /// Whether the step's controls are shown beside its view (never in a compact embed).
    pub controls: bool,
    pub theme: Theme,
    /// The chart and its figures only: the view, the scenario's line, the bars and the model's note, without the
    /// controls or the sentence under the view, unless that sentence speaks of an option other than 2025's
    /// (`compact=1`).
    pub compact: bool,
    /// No background of its own: the article's shows through the frame (`bg=transparent`); the colours of the
    /// text and the chart are still `theme`'s.
    pub transparent: bool,
}

impl Embed {
    /// Whether the embedded step shows its controls: asked for, and not compact.
    pub fn shows_controls(self) -> bool {
        self.controls && !self.compact
    }
}

impl Default for Embed {
    fn default() -> Self {
        Embed {
            controls: true,
            theme: Theme::Light,
            compact: false,
            transparent: false,
        }
    }
}

/// The colours of an embedded step: fixed to match the host page (light unless the link says otherwise: most
/// articles are light, and a reader's dark system would put a dark slab in a white page), or the reader's system
/// preference where the embedder asks for it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Auto,
    #[default]
    Light,
    Dark,
}

impl Theme {
    /// Its CSS `color-scheme`, as the stylesheet gives the page's root (`style/main.css`): what an embed code gives
    /// its frame where the page paints no background (`crate::markup::with_transparent_frame`).
    pub fn colour_scheme(self) -> &'static str {
        match self {
            Theme::Auto => "light dark",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The three, in the order the embed panel offers them.
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Auto];

    /// Its value in a link.
    pub fn key(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// What a link selects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState {
    pub step: StepId,
    pub scenario: Scenario,
    pub page: Page,
    /// The second scenario on the compare page.
    pub compare: Scenario,
    pub embed: Option<Embed>,
    /// The walkthrough as slides, for a projector.
    pub present: bool,
    /// Whether the walkthrough asks its questions (Predict, then look); `false` (`ask=0`) opens every step with its
    /// chart, the question set aside.
    pub ask: bool,
    /// The steps the handout prints, in the walkthrough's order, each once; empty, the current step. Only the
    /// handout's page carries them.
    pub handout: Vec<StepId>,
    /// The handout as a worksheet: each step's prediction question with room to answer, and nothing printed that
    /// gives its answer away. Only the handout's page carries it.
    pub worksheet: bool,
}

/// Something in a link that could not be used, kept as text to show the reader (never as markup).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkNotice {
    pub key: String,
    pub value: String,
}

impl LinkState {
    /// The first step of the walkthrough under the article's present-day scenario.
    pub fn start(case: &Case) -> Self {
        let defaults = Scenario::defaults(&case.model);
        LinkState {
            step: Id::new(0),
            compare: defaults.clone(),
            scenario: defaults,
            page: Page::Walkthrough,
            embed: None,
            present: false,
            ask: true,
            handout: Vec::new(),
            worksheet: false,
        }
    }

    /// What a student's phone opens from a QR code of this link (the projected one, "Scan to open", the handout's):
    /// the same step, scenario and page as a reader's, never the teacher's slides nor an embed, and always with the
    /// questions. Set aside for the projector (`ask=0`), they stay for the room, who predict before they look.
    pub fn for_students(mut self) -> LinkState {
        self.present = false;
        self.embed = None;
        self.ask = true;
        self
    }
}
