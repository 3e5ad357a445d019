//! The release build: every language built by Trunk into `dist/` (the first at the root, each other in its own
//! folder), each page given the app's native render of its address (`prerender`), then finished by [`publish`]
//! and given its previews; one `_headers` for all. `cargo xtask dist` and the suite (`suite.rs`) both build here.

use std::path::PathBuf;

use gambit_core::url;

use crate::tools::{self, Toolbox};
use crate::{preview, publish, root, sizes, NATIVE_RENDER};

/// A release build into `dist/`, whose sizes it prints and whose path it returns; with `site`, the address it
/// will be served from, its pages carry the tags that need absolute URLs (canonical, Open Graph, Twitter, oEmbed).
pub fn dist(site: Option<&str>) -> Result<PathBuf, String> {
    let tools = Toolbox::ensure_build_tools()?;
    build_dist(&tools, site)?;
    let dist = root().join("dist");
    sizes::print_sizes(&dist);
    if site.is_none() {
        // Built without its address, the site works from any folder, but what needs an absolute address is left out
        // or relative (journalist's try 42 met both on such a build, as if they were the site's).
        println!(
            "\nbuilt without --site-url: the pages carry no link previews (Open Graph, oEmbed), and a frame without\n\
             JavaScript names the whole explainer by a relative path. For a site: cargo xtask dist --site-url https://…"
        );
    }
    Ok(dist)
}

/// Builds every language: the first (English) into `dist/`, each other one into `dist/<lang>/` with its own wasm,
/// so a reader downloads the words of one language only; then finishes each folder (see `publish`).
pub fn build_dist(tools: &Toolbox, site: Option<&str>) -> Result<(), String> {
    build_dist_logged(tools, site, None)
}

/// [`build_dist`], with Trunk's output kept in `log` rather than printed, when given (a build beside other work).
pub fn build_dist_logged(tools: &Toolbox, site: Option<&str>, mut log: Option<&mut String>) -> Result<(), String> {
    fetch(tools)?;
    let rasteriser = preview::Rasteriser::new(&tools::ensure_fonts()?)?;
    let css = std::fs::read_to_string(root().join("style/main.css"))
        .map_err(|e| format!("cannot read style/main.css: {e}"))?;
    let files = gambit_core::ContentFiles::read_dir(&root().join("content"))
        .map_err(|e| format!("cannot read content/: {e}"))?;
    let languages = gambit_core::content::LANGUAGES;
    let mut cases = Vec::new();
    for lang in languages {
        cases.push(
            gambit_core::Case::load(&files, lang)
                .map_err(|errors| format!("the content is broken in {lang}:\n{errors}"))?,
        );
    }
    // Where each language's folder is on the site: the root for the first language.
    let sites: Vec<Option<String>> = languages
        .iter()
        .map(|lang| site.map(|s| url::site_folder(s, lang)))
        .collect();
    let mut renders = prerender(tools, &cases, &sites)?.into_iter();
    let mut policies = Vec::new();
    // Trunk replaces its whole output folder, so the root language is built first.
    for (i, lang) in languages.iter().enumerate() {
        let dist = root().join("dist").join(url::language_folder(lang));
        let mut trunk = tools.command("trunk");
        trunk
            .args(["build", "--release", "--dist"])
            .arg(&dist)
            .env("AI_GAMBIT_LANG", lang)
            .current_dir(root());
        let status = match log.as_deref_mut() {
            None => trunk.status(),
            Some(log) => trunk.output().map(|out| {
                log.push_str(&String::from_utf8_lossy(&out.stdout));
                log.push_str(&String::from_utf8_lossy(&out.stderr));
                out.status
            }),
        }
        .map_err(|e| format!("cannot start trunk: {e}"))?;
        if !status.success() {
            return Err(format!("trunk build ({lang}) ended with {status}"));
        }
        let (case, site) = (&cases[i], sites[i].as_deref());
        let pages = renders.next().ok_or("no render for a language")?;
        policies.push(publish::finish(&dist, case, site, &pages)?);
        preview::write_all(&dist, case, &css, &rasteriser)?;
    }
    // One `_headers` at the root serves every language: their pages must need the same policy.
    if policies.windows(2).any(|w| w[0] != w[1]) {
        return Err(format!("the languages' pages need different policies: {policies:?}"));
    }
    let folders: Vec<String> = languages.iter().map(|lang| url::language_folder(lang)).collect();
    let folders: Vec<&str> = folders.iter().map(String::as_str).collect();
    publish::write_headers(&root().join("dist"), &policies[0], &folders)?;
    Ok(())
}

/// The app's first render of every page `publish` writes (see [`publish::page_addresses`]), by address, for each
/// language of `cases` (in the order of `LANGUAGES`, each served from its `sites` entry, where known): the app's own components rendered natively
/// (`src/bin/prerender.rs`, the `ssr` feature), so a page's readable text is the app's markup. One build and one run
/// render every language.
fn prerender(
    tools: &Toolbox,
    cases: &[gambit_core::Case],
    sites: &[Option<String>],
) -> Result<Vec<std::collections::HashMap<String, String>>, String> {
    let addresses: Vec<Vec<String>> = cases.iter().map(publish::page_addresses).collect();
    let mut command = tools.command("cargo");
    command
        .args(["run", "--quiet", "--locked"])
        .args(NATIVE_RENDER)
        .args(["--bin", "prerender", "--"]);
    let languages = gambit_core::content::LANGUAGES;
    for ((lang, site), addresses) in languages.iter().zip(sites).zip(&addresses) {
        command
            .args(["--lang", lang, "--site", site.as_deref().unwrap_or("")])
            .args(addresses);
    }
    let out = command
        .current_dir(root())
        .output()
        .map_err(|e| format!("cannot start cargo run --bin prerender: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "prerender ended with {}:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = String::from_utf8(out.stdout).map_err(|e| format!("prerender wrote no UTF-8: {e}"))?;
    let mut pages = text.split_terminator('\0');
    let total: usize = addresses.iter().map(Vec::len).sum();
    let mut renders = Vec::new();
    for addresses in addresses {
        let mut by_address = std::collections::HashMap::new();
        for address in addresses {
            let page = pages
                .next()
                .ok_or_else(|| format!("prerender wrote fewer pages than the {total} addresses"))?;
            by_address.insert(address, page.to_string());
        }
        renders.push(by_address);
    }
    if pages.next().is_some() {
        return Err(format!("prerender wrote more pages than the {total} addresses"));
    }
    Ok(renders)
}

/// Trunk runs cargo offline, so every crate must be in the local registry first.
pub fn fetch(tools: &Toolbox) -> Result<(), String> {
    let status = tools
        .command("cargo")
        .args(["fetch", "--locked"])
        .current_dir(root())
        .status();
    match status {
        Ok(s) if s.success() => Ok(()),
        _ => Err("cargo fetch --locked failed".to_string()),
    }
}
