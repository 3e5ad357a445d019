//! The pages `cargo xtask dist` writes for a language, each at its address ([`written_pages`]), with the copies of
//! each step's embeddable page for frames without script ([`embed_variants`]), the address an embed code points at
//! ([`embed_link`]), and what `public/start.js` is told of a page in its script's `data-` attributes
//! ([`start_data`]).

use std::collections::BTreeMap;

use super::paths::{embed_path, step_key_path, up_to_root};
use super::{
    write, Embed, LinkState, Page, Theme, BACKGROUND_KEY, BACKGROUND_TRANSPARENT, EMBED_KEY, EMBED_ON, STEP_KEY,
    THEME_KEY,
};
use crate::content::{Case, Control, Id, StepId, Table};
use crate::markup::{
    AMP_MESSAGE, AMP_SENTINEL, HEIGHT_MESSAGE, OPEN_FULL_CLASS, PROGRESS_LIST_CLASS, STATIC_PAGE_ID, THEME_STORAGE_KEY,
};
use crate::model::Scenario;

/// One pre-written copy of a step's embeddable page, for a frame without its script (which cannot read the link):
/// the step with `scenario` in `theme`'s colours, at `embeds/<id>/<folder>` (`folder` empty for the plain page, the
/// 2025 picture in light colours).
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedVariant {
    pub folder: String,
    pub scenario: Scenario,
    pub theme: Theme,
    /// The chart and its figures only (`compact=1`).
    pub compact: bool,
}

/// Every copy of `step`'s embeddable page written for frames without script: the 2025 picture and each single
/// change of one of the step's own assumptions (what an embed of the step most often sets), each in the three
/// colours an embed code may ask for, whole and compact. A scenario changing more, or a slider, has no copy: its code points at the
/// plain page, which says it shows 2025.
pub fn embed_variants(case: &Case, step: StepId) -> Vec<EmbedVariant> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    let mut scenarios = vec![defaults.clone()];
    for control in case.steps[step].data.controls.iter() {
        if let Control::Assumption(a) = control.control() {
            let assumption = &model.assumptions[a];
            for option in assumption.option_ids().filter(|&o| o != assumption.default()) {
                let mut scenario = defaults.clone();
                scenario[a] = option;
                scenarios.push(scenario);
            }
        }
    }
    let mut variants = Vec::new();
    for compact in [false, true] {
        for theme in Theme::ALL {
            for scenario in &scenarios {
                if let Some(folder) = embed_folder(case, step, scenario, theme, compact) {
                    variants.push(EmbedVariant {
                        folder,
                        scenario: scenario.clone(),
                        theme,
                        compact,
                    });
                }
            }
        }
    }
    variants
}

/// The folder of `step`'s embeddable page written for `scenario` in `theme`, whole or `compact` (see
/// [`embed_variants`]): empty for the plain page, `chips-domestic/`, `dark/`, `chips-domestic-dark/` or
/// `chips-domestic-dark-compact/`; `None` where no copy is written. The app never reads it: its link's query says
/// the same.
pub fn embed_folder(case: &Case, step: StepId, scenario: &Scenario, theme: Theme, compact: bool) -> Option<String> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    if model.sliders.ids().any(|s| scenario[s] != defaults[s]) {
        return None;
    }
    let changed: Vec<_> = model
        .assumptions
        .ids()
        .filter(|&a| scenario[a] != defaults[a])
        .collect();
    let mut parts = Vec::new();
    match changed[..] {
        [] => {}
        [a] => {
            let own = case.steps[step]
                .data
                .controls
                .iter()
                .any(|c| c.control() == Control::Assumption(a));
            if !own {
                return None;
            }
            let assumption = &model.assumptions[a];
            parts.push(format!("{}-{}", assumption.data.id, assumption.option_key(scenario[a])));
        }
        _ => return None,
    }
    if theme != Theme::Light {
        parts.push(theme.key().to_string());
    }
    if compact {
        parts.push("compact".to_string());
    }
    Some(if parts.is_empty() {
        String::new()
    } else {
        format!("{}/", parts.join("-"))
    })
}

/// The address of `step`'s embeddable page for `scenario` in `theme`, whole or `compact`, from the site's root: the
/// copy written for them where there is one, else the plain page (`embeds/<id>/`).
pub fn embed_page_path(case: &Case, step: StepId, scenario: &Scenario, theme: Theme, compact: bool) -> String {
    let folder = embed_folder(case, step, scenario, theme, compact).unwrap_or_default();
    format!("{}{folder}", embed_path(case, step))
}

/// The address, from the language's root, of the embed `link` describes (its step, scenario and colours, whole or
/// compact): the copy of the step's embeddable page written for them where there is one (what a frame without its
/// script shows: `embeds/chip-chokehold/chips-domestic-dark/?v=1&chips=domestic&embed=1&theme=dark`), else the plain
/// page, then the query [`write`] gives it. The address of a walkthrough that is not embedded is [`write`]'s.
pub fn embed_link(link: &LinkState, case: &Case) -> String {
    let written = write(link, case);
    let Some(embed) = link.embed.filter(|_| link.page == Page::Walkthrough) else {
        return written;
    };
    let page = embed_path(case, link.step);
    let copy = embed_page_path(case, link.step, &link.scenario, embed.theme, embed.compact);
    match written.strip_prefix(&page) {
        Some(query) => format!("{copy}{query}"),
        None => written,
    }
}

/// The address, from the language's root, that `variant` of `step`'s embeddable page is rendered at (its folder,
/// then the query of an embed of its scenario and colours, without the controls: a frame without script cannot use
/// them), which the app reads as it would the link of a frame pointing there
/// (`embeds/chip-chokehold/chips-domestic-dark/?v=1&chips=domestic&embed=1&controls=0&theme=dark`).
pub fn embed_address(case: &Case, step: StepId, variant: &EmbedVariant) -> String {
    let mut link = LinkState::start(case);
    link.step = step;
    link.scenario = variant.scenario.clone();
    link.embed = Some(Embed {
        controls: false,
        theme: variant.theme,
        compact: variant.compact,
        ..Embed::default()
    });
    embed_link(&link, case)
}

/// A page `cargo xtask dist` writes for a language, as this module addresses it.
#[derive(Clone, Debug, PartialEq)]
pub struct WrittenPage {
    /// The step it shows.
    pub step: StepId,
    /// Its folder under the language's root, where its `index.html` goes: `""` for the first page, `steps/<key>/`
    /// (under a step's id and each of its former ones), `embeds/<id>/` or a copy's `embeds/<id>/<copy>/`.
    pub folder: String,
    /// The address the app renders for it, from the language's root: its folder and, for an embeddable page, the
    /// query of its scenario and colours ([`embed_address`]).
    pub address: String,
    /// For an embeddable page or a copy of it, what it was written for.
    pub embed: Option<EmbedVariant>,
}

impl WrittenPage {
    /// The way from the page back to its language's root (`""`, `../../`, `../../../`).
    pub fn root(&self) -> String {
        up_to_root(&self.folder)
    }

    /// Whether it is the language's first page (`index.html` at its root).
    pub fn is_first(&self) -> bool {
        self.folder.is_empty()
    }
}

/// Every page `cargo xtask dist` writes for a language, in order: the first page (the first step's), each step's page
/// under its id and under every former one (so old links keep a page), then each step's embeddable page and its
/// copies ([`embed_variants`]).
pub fn written_pages(case: &Case) -> Vec<WrittenPage> {
    let mut pages = vec![WrittenPage {
        step: Id::new(0),
        folder: String::new(),
        address: String::new(),
        embed: None,
    }];
    for (id, step) in case.steps.with_ids() {
        for key in std::iter::once(&step.data.id).chain(step.data.aliases.iter()) {
            let folder = step_key_path(key);
            pages.push(WrittenPage {
                step: id,
                address: folder.clone(),
                folder,
                embed: None,
            });
        }
    }
    for id in case.steps.ids() {
        for variant in embed_variants(case, id) {
            pages.push(WrittenPage {
                step: id,
                folder: format!("{}{}", embed_path(case, id), variant.folder),
                address: embed_address(case, id, &variant),
                embed: Some(variant),
            });
        }
    }
    pages
}

/// What `public/start.js` needs to know of `page`, as the `data-` attributes of its `<script>` (names without
/// `data-`, values unescaped), so it builds and parses no address and spells no string of the app's own: the id of
/// the readable page's element (`page-id`), the type of the height message it posts when framed (`height-message`),
/// AMP's form of it (`amp-sentinel`, `amp-message`), the key the app keeps the reader's theme under
/// (`theme-storage`), the themes' values in a link and in storage (`theme-light`, `theme-dark`, `theme-auto`), the
/// classes of the credit line that links to the whole explainer (`open-full`) and of the step list (`progress-list`),
/// the link keys it reads from the query (`step-key`, `embed-key`, `theme-key`) and the value that embeds a step
/// (`embed-on`); on an embeddable page (or a
/// copy of it), that it is one (`embedded`, the codec's reading of its path); on the first page, the page of every
/// name a step answers to (`step-pages`, a JSON object: `{"chip-chokehold":"steps/chip-chokehold/",…}`), so an older
/// link's `?step=` is fetched only where a page is; on any other page, its step (`step`), whose readable page it
/// already is.
pub fn start_data(case: &Case, page: &WrittenPage) -> Vec<(&'static str, String)> {
    let mut data = vec![
        ("page-id", STATIC_PAGE_ID.to_string()),
        ("height-message", HEIGHT_MESSAGE.to_string()),
        ("amp-sentinel", AMP_SENTINEL.to_string()),
        ("amp-message", AMP_MESSAGE.to_string()),
        ("theme-storage", THEME_STORAGE_KEY.to_string()),
        ("theme-light", Theme::Light.key().to_string()),
        ("theme-dark", Theme::Dark.key().to_string()),
        ("theme-auto", Theme::Auto.key().to_string()),
        ("open-full", OPEN_FULL_CLASS.to_string()),
        ("progress-list", PROGRESS_LIST_CLASS.to_string()),
        ("step-key", STEP_KEY.to_string()),
        ("embed-key", EMBED_KEY.to_string()),
        ("embed-on", EMBED_ON.to_string()),
        ("theme-key", THEME_KEY.to_string()),
        ("background-key", BACKGROUND_KEY.to_string()),
        ("background-transparent", BACKGROUND_TRANSPARENT.to_string()),
        ("background-attribute", crate::markup::BACKGROUND_ATTRIBUTE.to_string()),
        ("theme-attribute", crate::markup::THEME_ATTRIBUTE.to_string()),
    ];
    if page.embed.is_some() {
        data.push(("embedded", String::new()));
    }
    if page.is_first() {
        let pages: BTreeMap<&str, String> = case
            .steps
            .iter()
            .flat_map(|s| std::iter::once(&s.data.id).chain(s.data.aliases.iter()))
            .map(|key| (key.as_ref(), step_key_path(key)))
            .collect();
        let json = serde_json::to_string(&pages).expect("a map of strings");
        data.push(("step-pages", json));
    } else {
        data.push(("step", case.steps[page.step].data.id.to_string()));
    }
    data
}
