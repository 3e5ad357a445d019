//! The state a shared link carries: the step and every assumption that differs from its default, as a query
//! string a person can read (`?step=independent-kingdoms&chips=domestic`).
//!
//! Links are user input: [`parse`] never fails; it keeps what it can use and reports, as [`LinkNotice`]s, what it
//! could not. [`write`] gives the canonical form, so `parse(write(s)) == s`.

use crate::content::Case;
use crate::model::Scenario;

/// Queries longer than this are cut before they are read.
pub const MAX_QUERY_LEN: usize = 4096;
/// At most this many `key=value` pairs are read.
pub const MAX_PAIRS: usize = 64;
/// Key of the step in a link.
pub const STEP_KEY: &str = "step";

/// What a link selects: the step (by index) and the scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkState {
    pub step: usize,
    pub scenario: Scenario,
}

/// Something in a link that could not be used, kept as text to show the reader (never as markup).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkNotice {
    pub key: String,
    pub value: String,
}

impl LinkState {
    /// The first step under the article's present-day scenario.
    pub fn start(case: &Case) -> Self {
        LinkState {
            step: 0,
            scenario: Scenario::defaults(&case.model),
        }
    }
}

/// Reads a query string (with or without its leading `?`). Unknown keys are ignored silently; known keys with
/// values that do not exist (an unknown option, a slider value off its scale) fall back to the default and are
/// reported.
pub fn parse(query: &str, case: &Case) -> (LinkState, Vec<LinkNotice>) {
    let model = &case.model;
    let mut state = LinkState::start(case);
    let mut notices = Vec::new();
    let query = query.strip_prefix('?').unwrap_or(query);
    let query = cut(query, MAX_QUERY_LEN);
    for pair in query.split('&').filter(|p| !p.is_empty()).take(MAX_PAIRS) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (decode(key), decode(value));
        let found = if key == STEP_KEY {
            case.step_index(&value).map(|step| state.step = step)
        } else if let Some(a) = model.assumption_index(&key) {
            model.assumptions[a]
                .option_index(&value)
                .map(|option| state.scenario.choices[a] = option)
        } else if let Some(s) = model.slider_index(&key) {
            let d = &model.sliders[s].data;
            value
                .parse::<i32>()
                .ok()
                .filter(|v| (d.min..=d.max).contains(v) && (v - d.min) % d.step == 0)
                .map(|v| state.scenario.sliders[s] = v)
        } else {
            continue;
        };
        if found.is_none() {
            notices.push(LinkNotice {
                key,
                value: cut(&value, 80).to_string(),
            });
        }
    }
    (state, notices)
}

/// Writes the canonical query string, starting with `?`: the step, then each assumption and slider that differs
/// from its default, in the model's order. The first step under defaults gives `?step=<first>`.
pub fn write(state: &LinkState, case: &Case) -> String {
    let model = &case.model;
    let mut query = String::from("?");
    let mut pair = |key: &str, value: &str| {
        if query.len() > 1 {
            query.push('&');
        }
        query.push_str(&encode(key));
        query.push('=');
        query.push_str(&encode(value));
    };
    if let Some(step) = case.steps.get(state.step) {
        pair(STEP_KEY, &step.data.id);
    }
    for (a, assumption) in model.assumptions.iter().enumerate() {
        let option = state
            .scenario
            .choices
            .get(a)
            .copied()
            .unwrap_or_else(|| assumption.default_index());
        if option != assumption.default_index() {
            pair(&assumption.data.id, &assumption.data.options[option]);
        }
    }
    for (s, slider) in model.sliders.iter().enumerate() {
        let value = state.scenario.sliders.get(s).copied().unwrap_or(slider.data.default);
        if value != slider.data.default {
            pair(&slider.data.id, &value.to_string());
        }
    }
    query
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
