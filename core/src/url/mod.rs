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
//!   or `steps=all` for every step (what the handout's "All steps" chooses); absent, the current step.
//! - `present=1`: the walkthrough as slides for a projector.
//! - `ask=0`: the walkthrough's questions ("Predict, then look") set aside, so a scenario can be shared or projected
//!   to be discussed: every step opens with its chart, and "Ask again" still brings a question back.
//! - for `page=compare`, the second scenario: `b=<preset>` and `b.<key>=<value>`.
//! - `embeds/<id>/`: a step embedded in another page (its readable page is the embedded view, for a frame without
//!   its script); links written for embeds carry `embed=1` too, and older ones at `steps/<id>/?embed=1` still work.
//! - `embed=1` shows only the step's view, the outcomes it moves and their controls (`controls=0`: the outcomes
//!   without the controls) for an iframe; its colours are light (the usual article page) unless `theme=dark`, or
//!   `theme=auto` where the embedder wants them to follow the reader's system. `compact=1`: the chart and its
//!   figures only (the view, the scenario's line and the bars: no controls, no sentence under the view, no note),
//!   the shortest embed, for a laptop's column.
//!
//! Links are user input: [`read`] and [`parse`] never fail; they keep what they can use and report, as
//! [`LinkNotice`]s, what they could not. [`write`] gives the canonical form, so `read(write(s)) == s`.

use crate::content::{Case, Id, SliderId, StepId, Table};
use crate::model::Scenario;

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
/// The folder of the steps' own pages under the site's root: step `id`'s page is `steps/<id>/`.
pub const STEPS: &str = "steps/";
/// Key of the handout's steps in a link.
pub const HANDOUT_KEY: &str = "steps";
/// The value of [`HANDOUT_KEY`] for every step of the walkthrough.
pub const ALL_STEPS: &str = "all";
/// Where a step's page is, from the site's root: `steps/<id>/`.
pub fn step_path(case: &Case, step: StepId) -> String {
    format!("{STEPS}{}/", case.steps[step].data.id)
}
/// The folder of the steps' embeddable pages: step `id`'s is `embeds/<id>/`, its readable page the embedded view
/// (what a frame shows without its script), and an address there is an embed whatever its query says.
pub const EMBEDS: &str = "embeds/";
/// Where a step's embeddable page is, from the site's root: `embeds/<id>/`.
pub fn embed_path(case: &Case, step: StepId) -> String {
    format!("{EMBEDS}{}/", case.steps[step].data.id)
}

/// Prefix of the second scenario's keys on the compare page (`b.chips=domestic`).
pub const COMPARE_PREFIX: &str = "b.";

/// Every key a link uses for itself, the one list: no assumption or slider may take one as its id (validation
/// rejects it), or a link could not tell the two apart. Keys starting with [`COMPARE_PREFIX`] are the link's too;
/// no id can start so, since an id holds only `a-z`, `0-9` and `-`.
pub const LINK_KEYS: [&str; 12] = [
    VERSION_KEY,
    PRESET_KEY,
    COMPARE_KEY,
    STEP_KEY,
    HANDOUT_KEY,
    PAGE_KEY,
    EMBED_KEY,
    CONTROLS_KEY,
    COMPACT_KEY,
    PRESENT_KEY,
    ASK_KEY,
    THEME_KEY,
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
    /// controls or the sentence under the view (`compact=1`).
    pub compact: bool,
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

/// Sets one assumption or slider of `scenario` from a link's key and value; `None` if the key names neither, or
/// `Some(false)` if the value is not one it can take.
fn set(case: &Case, scenario: &mut Scenario, key: &str, value: &str) -> Option<bool> {
    let model = &case.model;
    if let Some(a) = model.assumption_by_key(key) {
        let option = model.assumptions[a].option_by_key(value);
        if let Some(o) = option {
            scenario[a] = o;
        }
        return Some(option.is_some());
    }
    let s: SliderId = model.slider_by_key(key)?;
    let d = &model.sliders[s].data;
    let value = value
        .parse::<i32>()
        .ok()
        .filter(|v| (d.min..=d.max).contains(v) && (v - d.min) % d.step == 0);
    if let Some(v) = value {
        scenario[s] = v;
    }
    Some(value.is_some())
}

/// Splits a page's path (`location.pathname`) into the site's root and the rest: `/g/steps/chip-chokehold/` is
/// (`/g/`, `steps/chip-chokehold/`), `/g/index.html` is (`/g/`, `index.html`), `/g/` is (`/g/`, ``).
pub fn split_path(path: &str) -> (&str, &str) {
    let folder = path.rfind('/').map_or(0, |i| i + 1);
    // The folder above `dir` (ending in `/`), with its `/`.
    let parent = |dir: &str| -> Option<usize> {
        let dir = dir.strip_suffix('/')?;
        Some(dir.rfind('/')? + 1)
    };
    // `<root><name><id>/`: the last folder is a step's, the one before it `name`.
    let under = |dir: &str, name: &str| -> Option<usize> {
        let above = dir[..parent(dir)?].strip_suffix(name)?;
        above.ends_with('/').then_some(above.len())
    };
    let dir = &path[..folder];
    // `<root>steps/<id>/`, `<root>embeds/<id>/`, or a copy of an embeddable page, `<root>embeds/<id>/<copy>/`.
    let root = under(dir, STEPS)
        .or_else(|| under(dir, EMBEDS))
        .or_else(|| under(&dir[..parent(dir)?], EMBEDS))
        .unwrap_or(folder);
    path.split_at(root)
}

/// Folder `relative` (`zh-Hans/`, `../`) from folder `root` (`/g/`), without dot segments: `/g/zh-Hans/`, `/`.
pub fn resolve(root: &str, relative: &str) -> String {
    let mut root = root.trim_end_matches('/').to_string();
    let mut relative = relative;
    while let Some(rest) = relative.strip_prefix("../") {
        root.truncate(root.rfind('/').unwrap_or(0));
        relative = rest;
    }
    format!("{root}/{}", relative.strip_prefix("./").unwrap_or(relative))
}

/// Reads an address under the site's root: a path (`steps/<id>/`, or nothing) and the query after its `?`. A step
/// named by both the path and the query is the query's; a path that names no step is reported.
pub fn read(address: &str, case: &Case) -> (LinkState, Vec<LinkNotice>) {
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    // An embeddable page's address is an embed (its `controls=` and `theme=` read as with `embed=1`).
    let embedded = path.starts_with(EMBEDS);
    let query = if embedded {
        format!("{EMBED_KEY}=1&{}", query.strip_prefix('?').unwrap_or(query))
    } else {
        query.to_string()
    };
    let (mut state, mut notices) = parse(&query, case);
    // The query's keys as `parse` reads them, decoded.
    let in_query = pairs(&query).iter().any(|(key, _)| key == STEP_KEY);
    let named = path
        .strip_prefix(STEPS)
        .map(|rest| rest.strip_suffix("index.html").unwrap_or(rest).trim_end_matches('/'))
        // An embeddable page's copy for a frame without script (`embeds/<id>/chips-domestic/`) is its step's: the
        // query says the same as its folder.
        .or_else(|| {
            path.strip_prefix(EMBEDS)
                .map(|rest| rest.split('/').next().unwrap_or(rest))
        });
    if let (Some(id), false) = (named, in_query) {
        match case.step_by_key(&decode(id)) {
            Some(step) => state.step = step,
            None => notices.push(LinkNotice {
                key: STEP_KEY.to_string(),
                value: cut(&decode(id), 80).to_string(),
            }),
        }
    }
    (state, notices)
}

/// The decoded `key=value` pairs a query string (with or without its leading `?`) is read as: at most
/// [`MAX_PAIRS`], from at most [`MAX_QUERY_LEN`] bytes.
fn pairs(query: &str) -> Vec<(String, String)> {
    let query = query.strip_prefix('?').unwrap_or(query);
    cut(query, MAX_QUERY_LEN)
        .split('&')
        .filter(|p| !p.is_empty())
        .take(MAX_PAIRS)
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// Reads a query string (with or without its leading `?`). Unknown keys are ignored silently; known keys with
/// values that do not exist (an unknown step or option, a slider value off its scale, a version from the future)
/// fall back to the default and are reported.
pub fn parse(query: &str, case: &Case) -> (LinkState, Vec<LinkNotice>) {
    let mut state = LinkState::start(case);
    let mut notices = Vec::new();
    let pairs = pairs(query);
    let mut report = |key: &str, value: &str| {
        notices.push(LinkNotice {
            key: key.to_string(),
            value: cut(value, 80).to_string(),
        })
    };
    // Presets first, so that single keys in the same link refine them whatever their order.
    for (key, value) in &pairs {
        let target = match key.as_str() {
            PRESET_KEY => &mut state.scenario,
            COMPARE_KEY => &mut state.compare,
            _ => continue,
        };
        match case.model.preset_by_key(value) {
            Some(p) => *target = Scenario::preset(&case.model, p),
            None => report(key, value),
        }
    }
    for (key, value) in &pairs {
        let ok = match key.as_str() {
            VERSION_KEY => value.parse::<u32>().is_ok_and(|v| v <= VERSION),
            PRESET_KEY | COMPARE_KEY => true,
            STEP_KEY => case.step_by_key(value).map(|step| state.step = step).is_some(),
            PAGE_KEY => Page::ALL
                .iter()
                .find(|(_, k)| k == value)
                .map(|(p, _)| state.page = *p)
                .is_some(),
            EMBED_KEY => {
                let on = value == "1";
                if on {
                    state.embed.get_or_insert_with(Embed::default);
                }
                on || value == "0"
            }
            CONTROLS_KEY => {
                let shown = value != "0";
                state.embed.get_or_insert_with(Embed::default).controls = shown;
                value == "0" || value == "1"
            }
            // Only `1` or `0`: a compact embed hides its controls, whatever `controls=` says.
            COMPACT_KEY => {
                let known = value == "1" || value == "0";
                if known {
                    let embed = state.embed.get_or_insert_with(Embed::default);
                    embed.compact = value == "1";
                }
                known
            }
            PRESENT_KEY => {
                state.present = value == "1";
                value == "1" || value == "0"
            }
            ASK_KEY => {
                state.ask = value != "0";
                value == "1" || value == "0"
            }
            HANDOUT_KEY => {
                let mut known = true;
                for id in value.split(',').filter(|id| !id.is_empty()) {
                    if id == ALL_STEPS {
                        state.handout.extend(case.steps.ids());
                        continue;
                    }
                    match case.step_by_key(id) {
                        Some(step) => state.handout.push(step),
                        None => known = false,
                    }
                }
                known
            }
            THEME_KEY => {
                let theme = Theme::ALL.into_iter().find(|t| t.key() == value);
                if let Some(theme) = theme {
                    state.embed.get_or_insert_with(Embed::default).theme = theme;
                }
                theme.is_some()
            }
            _ => match key.strip_prefix(COMPARE_PREFIX) {
                Some(key) => set(case, &mut state.compare, key, value).unwrap_or(true),
                None => set(case, &mut state.scenario, key, value).unwrap_or(true),
            },
        };
        if !ok {
            report(key, value);
        }
    }
    state.handout.sort();
    state.handout.dedup();
    if state.page != Page::Handout {
        state.handout.clear();
    }
    // `controls=`, `theme=` and `compact=` without `embed=1` mean nothing.
    if !pairs.iter().any(|(k, v)| k == EMBED_KEY && v == "1") {
        state.embed = None;
    }
    // A compact embed has no controls: one state for `compact=1` with or without `controls=0`.
    if let Some(embed) = state.embed.as_mut().filter(|e| e.compact) {
        embed.controls = false;
    }
    (state, notices)
}

/// Writes the canonical address under the site's root: a later step of the walkthrough's path (any embedded
/// step's embeddable page, `embeds/<id>/`), then the query
/// from its `?`: the version, the step if neither in the path nor the first, the page if not the walkthrough,
/// each assumption and slider that differs from its default (in the model's order), the compare page's second
/// scenario, and the embed flags.
pub fn write(state: &LinkState, case: &Case) -> String {
    let id = &case.steps[state.step].data.id;
    let embedded = state.page == Page::Walkthrough && state.embed.is_some();
    let in_path = embedded || (state.page == Page::Walkthrough && state.step.index() > 0);
    let mut address = if embedded {
        format!("{}?{VERSION_KEY}={VERSION}", embed_path(case, state.step))
    } else if in_path {
        format!("{}?{VERSION_KEY}={VERSION}", step_path(case, state.step))
    } else {
        format!("?{VERSION_KEY}={VERSION}")
    };
    let mut pair = |key: &str, value: &str| {
        address.push('&');
        address.push_str(&encode(key));
        address.push('=');
        // A list's commas as they are (`steps=a,b`), so a person can read it; no other value has one.
        let parts: Vec<String> = value.split(',').map(encode).collect();
        address.push_str(&parts.join(","));
    };
    if !in_path && state.step.index() > 0 {
        pair(STEP_KEY, id);
    }
    if let Some(page) = state.page.key() {
        pair(PAGE_KEY, page);
    }
    if state.page == Page::Handout && !state.handout.is_empty() {
        if state.handout.len() == case.steps.len() {
            pair(HANDOUT_KEY, ALL_STEPS);
        } else {
            let ids: Vec<&str> = state.handout.iter().map(|&s| case.steps[s].data.id.as_ref()).collect();
            pair(HANDOUT_KEY, &ids.join(","));
        }
    }
    if state.present {
        pair(PRESENT_KEY, "1");
    }
    if !state.ask {
        pair(ASK_KEY, "0");
    }
    scenario_pairs(case, &state.scenario, "", &mut pair);
    if state.page == Page::Compare {
        scenario_pairs(case, &state.compare, COMPARE_PREFIX, &mut pair);
    }
    if let Some(embed) = state.embed {
        pair(EMBED_KEY, "1");
        if embed.compact {
            pair(COMPACT_KEY, "1");
        } else if !embed.controls {
            pair(CONTROLS_KEY, "0");
        }
        if embed.theme != Theme::default() {
            pair(THEME_KEY, embed.theme.key());
        }
    }
    address
}

/// The `key=value` pairs of a scenario: every assumption and slider away from its default, keys prefixed.
fn scenario_pairs(case: &Case, scenario: &Scenario, prefix: &str, pair: &mut impl FnMut(&str, &str)) {
    let model = &case.model;
    for (a, assumption) in model.assumptions.with_ids() {
        let option = scenario[a];
        if option != assumption.default() {
            pair(
                &format!("{prefix}{}", assumption.data.id),
                assumption.option_key(option),
            );
        }
    }
    for (s, slider) in model.sliders.with_ids() {
        let value = scenario[s];
        if value != slider.data.default {
            pair(&format!("{prefix}{}", slider.data.id), &value.to_string());
        }
    }
}

/// `text` cut to at most `max` bytes, at a character boundary.
fn cut(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Percent-decoding for query strings (`+` is a space); broken escapes are kept as they are.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// Percent-encoding of everything but unreserved characters.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}
