//! Reading and writing the state a link carries: [`read`] (a path under the site's root and a query), [`parse`] (a
//! query) and [`write`] (the canonical address).

use super::paths::{embed_path, step_path, EMBEDS, STEPS};
use super::percent::{decode, encode};
use super::*;
use crate::content::{SliderId, Table};

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

/// Reads an address under the site's root: a path (`steps/<id>/`, or nothing) and the query after its `?`. A step
/// named by both the path and the query is the query's; a path that names no step is reported.
pub fn read(address: &str, case: &Case) -> (LinkState, Vec<LinkNotice>) {
    let (path, query) = address.split_once('?').unwrap_or((address, ""));
    // An embeddable page's address is an embed (its `controls=` and `theme=` read as with `embed=1`).
    let embedded = path.starts_with(EMBEDS);
    let query = if embedded {
        format!("{EMBED_KEY}={EMBED_ON}&{}", query.strip_prefix('?').unwrap_or(query))
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
        let ok = read_pair(case, &mut state, key, value);
        if !ok {
            report(key, value);
        }
    }
    state.handout.sort();
    state.handout.dedup();
    if state.page != Page::Handout {
        state.handout.clear();
        state.worksheet = false;
    }
    // `controls=`, `theme=`, `compact=` and `bg=` without `embed=1` mean nothing.
    if !pairs.iter().any(|(k, v)| k == EMBED_KEY && v == EMBED_ON) {
        state.embed = None;
    }
    // A compact embed has no controls: one state for `compact=1` with or without `controls=0`.
    if let Some(embed) = state.embed.as_mut().filter(|e| e.compact) {
        embed.controls = false;
    }
    (state, notices)
}

/// Reads one `key=value` pair of a query into `state` (a preset is applied before, by [`parse`]); whether its value
/// is one the key can take (an unknown key is ignored and counts as read).
fn read_pair(case: &Case, state: &mut LinkState, key: &str, value: &str) -> bool {
    match key {
        VERSION_KEY => value.parse::<u32>().is_ok_and(|v| v <= VERSION),
        PRESET_KEY | COMPARE_KEY => true,
        STEP_KEY => case.step_by_key(value).map(|step| state.step = step).is_some(),
        PAGE_KEY => Page::ALL
            .iter()
            .find(|(_, k)| *k == value)
            .map(|(p, _)| state.page = *p)
            .is_some(),
        EMBED_KEY => {
            let on = value == EMBED_ON;
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
        WORKSHEET_KEY => {
            state.worksheet = value == "1";
            value == "1" || value == "0"
        }
        THEME_KEY => {
            let theme = Theme::ALL.into_iter().find(|t| t.key() == value);
            if let Some(theme) = theme {
                state.embed.get_or_insert_with(Embed::default).theme = theme;
            }
            theme.is_some()
        }
        // Only `transparent`: the page's own background needs no key.
        BACKGROUND_KEY => {
            let known = value == BACKGROUND_TRANSPARENT;
            if known {
                state.embed.get_or_insert_with(Embed::default).transparent = true;
            }
            known
        }
        _ => match key.strip_prefix(COMPARE_PREFIX) {
            Some(key) => set(case, &mut state.compare, key, value).unwrap_or(true),
            None => set(case, &mut state.scenario, key, value).unwrap_or(true),
        },
    }
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
    if state.page == Page::Handout && state.worksheet {
        pair(WORKSHEET_KEY, "1");
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
        pair(EMBED_KEY, EMBED_ON);
        if embed.compact {
            pair(COMPACT_KEY, "1");
        } else if !embed.controls {
            pair(CONTROLS_KEY, "0");
        }
        if embed.theme != Theme::default() {
            pair(THEME_KEY, embed.theme.key());
        }
        if embed.transparent {
            pair(BACKGROUND_KEY, BACKGROUND_TRANSPARENT);
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
