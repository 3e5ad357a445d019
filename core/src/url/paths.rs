//! Where every page and file of the explainer is, from its language's root, and how a root and an address join:
//! a step's page (`steps/<id>/`), an embeddable page (`embeds/<id>/`), a step's preview image and oEmbed answer, a
//! language's folder, the way from a page back to its root, and the site's address of a language.

use super::{read, LinkNotice, LinkState};
use crate::content::{Case, StepId, LANGUAGES};

/// The folder of the steps' own pages under the site's root: step `id`'s page is `steps/<id>/`.
pub const STEPS: &str = "steps/";
/// The folder of the steps' embeddable pages: step `id`'s is `embeds/<id>/`, its readable page the embedded view
/// (what a frame shows without its script), and an address there is an embed whatever its query says.
pub const EMBEDS: &str = "embeds/";
/// The folder of the steps' preview images (`previews/<id>.png`).
pub const PREVIEWS: &str = "previews/";
/// The folder of the steps' oEmbed answers (`oembed/<id>.json`), written where the site's address is known.
pub const OEMBED: &str = "oembed/";

/// Where a step's page is, from the site's root: `steps/<id>/`.
pub fn step_path(case: &Case, step: StepId) -> String {
    step_key_path(&case.steps[step].data.id)
}

/// The page of the step named `key` (its id or a former one, under which it keeps a page): `steps/<key>/`.
pub fn step_key_path(key: &str) -> String {
    format!("{STEPS}{key}/")
}

/// Where a step's embeddable page is, from the site's root: `embeds/<id>/`.
pub fn embed_path(case: &Case, step: StepId) -> String {
    format!("{EMBEDS}{}/", case.steps[step].data.id)
}

/// Where a step's preview image is, from its language's root: `previews/<id>.png`.
pub fn preview_path(case: &Case, step: StepId) -> String {
    format!("{PREVIEWS}{}.png", case.steps[step].data.id)
}

/// Where a step's oEmbed answer is, from its language's root: `oembed/<id>.json`.
pub fn oembed_path(case: &Case, step: StepId) -> String {
    format!("{OEMBED}{}.json", case.steps[step].data.id)
}

/// The folder of language `lang` under the site's root: the first of [`LANGUAGES`] at the root (`""`), the others
/// in a folder of their name (`zh-Hans/`).
pub fn language_folder(lang: &str) -> String {
    if LANGUAGES.first() == Some(&lang) {
        String::new()
    } else {
        format!("{lang}/")
    }
}

/// The root of language `to` from the root of language `from` (`zh-Hans/` from English's, `../` from Chinese's):
/// where the language switch leads, and each page's alternate in the other language.
pub fn language_root(from: &str, to: &str) -> String {
    let up = language_folder(from).matches('/').count();
    format!("{}{}", "../".repeat(up), language_folder(to))
}

/// The address language `lang` is served from, on a site served from `site` (`https://x.test/g`, with or without
/// its last `/`): `https://x.test/g/`, `https://x.test/g/zh-Hans/`.
pub fn site_folder(site: &str, lang: &str) -> String {
    resolve(&format!("{}/", site.trim_end_matches('/')), &language_folder(lang))
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

/// What a page opened at `path` (`location.pathname`, under any root) with `query` (empty or from its `?`)
/// selects, and what in it could not be used.
pub fn read_page(path: &str, query: &str, case: &Case) -> (LinkState, Vec<LinkNotice>) {
    read(&format!("{}{query}", split_path(path).1), case)
}

/// An address under the language's root split into its path and its query, the query with its `?` (or empty):
/// `steps/a/?v=1` is (`steps/a/`, `?v=1`).
pub fn split_address(address: &str) -> (&str, &str) {
    address.split_at(address.find('?').unwrap_or(address.len()))
}

/// Whether an address under the language's root is on an embeddable page (`embeds/<id>/`, or a copy of it).
pub fn is_embed_address(address: &str) -> bool {
    address.starts_with(EMBEDS)
}

/// The way from the page at `address` (from the language's root, with or without a query) back to that root:
/// `""` for the root's own page, `../../` for `steps/<id>/`, `../../../` for `embeds/<id>/dark/`.
pub fn up_to_root(address: &str) -> String {
    "../".repeat(split_address(address).0.matches('/').count())
}

/// `address` (from a language's root, as [`write`](super::write) gives it, or a path under the root) on the site
/// whose root is `root`, a folder's address ending in `/` (`https://x.test/g/`, `/g/`, `../../`), or empty for a
/// page at the root itself.
pub fn at(root: &str, address: &str) -> String {
    format!("{root}{address}")
}

/// `path` (from the host, `/g/steps/x/?v=1`) on the origin of `scheme` (`https:`, with its colon, as a page's
/// location gives it) and `host` (`x.test:8080`); `path` as it is when the host is unknown (empty), as in a frame
/// whose origin is opaque but whose location still names no host.
pub fn on_origin(scheme: &str, host: &str, path: &str) -> String {
    if host.is_empty() || scheme.is_empty() {
        path.to_string()
    } else {
        format!("{scheme}//{host}{path}")
    }
}

/// Folder `relative` (`zh-Hans/`, `../`, `./`) from the folder `root`, without dot segments, whatever `root` is: a
/// path from the host (`/g/` and `zh-Hans/` give `/g/zh-Hans/`; `/zh-Hans/` and `../` give `/`, never above the
/// host), a whole address (`https://x.test/g/zh-Hans/` and `../` give `https://x.test/g/`), or a way from a page
/// (`../../` and `zh-Hans/` give `../../zh-Hans/`; `../../` and `../` give `../../../`; `""` and `../` give `../`).
pub fn resolve(root: &str, relative: &str) -> String {
    // What no `../` climbs above: a scheme and host, or the host's root.
    let host_end = root.find("://").map_or(0, |at| {
        let after = at + "://".len();
        root[after..].find('/').map_or(root.len(), |slash| after + slash)
    });
    let (host, folders) = root.split_at(host_end);
    let fixed = !host.is_empty() || folders.starts_with('/');
    let mut segments: Vec<&str> = folders.split('/').filter(|s| !s.is_empty() && *s != ".").collect();
    let mut relative = relative;
    loop {
        if let Some(rest) = relative.strip_prefix("./") {
            relative = rest;
        } else if let Some(rest) = relative.strip_prefix("../") {
            match segments.last() {
                Some(&last) if last != ".." => {
                    segments.pop();
                }
                _ if fixed => {}
                _ => segments.push(".."),
            }
            relative = rest;
        } else {
            break;
        }
    }
    let mut out = host.to_string();
    if fixed {
        out.push('/');
    }
    for segment in segments {
        out.push_str(segment);
        out.push('/');
    }
    out.push_str(relative);
    out
}
