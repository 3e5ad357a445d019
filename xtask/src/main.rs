//! Project automation for AI Gambit, run as `cargo xtask <command>` (the cargo-xtask convention).
//!
//! - `serve`: installs missing tools, then serves the app on 127.0.0.1 with live rebuilds;
//! - `test`: installs missing tools and browsers, then runs every test and ends with one summary line ([`suite`]);
//! - `dist`: a release build into `dist/`, with each file's size raw and gzipped;
//! - `bench`: prints figures (sizes, the core's evaluation time, a first visit on a phone-like line); it never
//!   fails on a number;
//! - `model`: prints each ending's conditions, how many combinations reach it, and the propositions (`--json`).
//! - `measure`: measures every step's embedded height in every engine and writes it into the content.
//!
//! Tools are installed into a per-user cache outside the checkout (see [`tools`]), never over system binaries.

mod preview;
mod publish;
mod report;
mod seed;
mod sizes;
mod suite;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use gambit_core::url;
use tools::Toolbox;

/// The cargo arguments of the app's native render (`src/prerender.rs`): the `ssr` feature without the default
/// `csr`, with which effects would run natively and call browser APIs. `dist` runs it; the suite lints and tests it.
const NATIVE_RENDER: [&str; 5] = ["-p", "ai-gambit", "--no-default-features", "--features", "ssr"];

const USAGE: &str =
    "usage: cargo xtask <serve [--port N] | test | dist [--site-url URL] | bench | model [--json] | measure>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => suite::test(),
        Some("dist") => match &args[1..] {
            [] => dist(None).map(|_| ()),
            [flag, url] if flag == "--site-url" => dist(Some(url)).map(|_| ()),
            _ => Err(USAGE.to_string()),
        },
        Some("bench") => bench(),
        Some("model") => model(&args[1..]),
        Some("measure") => measure(),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// The repository's root (the app crate).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the repository")
        .to_path_buf()
}

fn serve(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => 8080,
        [flag, port] if flag == "--port" => port.parse().map_err(|_| format!("not a port: {port}"))?,
        _ => return Err(USAGE.to_string()),
    };
    let tools = Toolbox::ensure_build_tools()?;
    println!("Serving AI Gambit at http://127.0.0.1:{port}/ (Ctrl-C to stop)");
    let status = tools
        .command("trunk")
        // Assets from the root, so a step's address (`steps/<id>/`), answered with the app's page, finds them.
        .args([
            "serve",
            "--address",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--public-url",
            "/",
        ])
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot start trunk: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("trunk serve ended with {status}"))
}

/// A release build into `dist/`, whose sizes it prints and whose path it returns; with `site`, the address it
/// will be served from, its pages carry the tags that need absolute URLs (canonical, Open Graph, Twitter, oEmbed).
fn dist(site: Option<&str>) -> Result<PathBuf, String> {
    let tools = Toolbox::ensure_build_tools()?;
    build_dist(&tools, site)?;
    let dist = root().join("dist");
    sizes::print_sizes(&dist);
    Ok(dist)
}

/// Builds every language: the first (English) into `dist/`, each other one into `dist/<lang>/` with its own wasm,
/// so a reader downloads the words of one language only; then finishes each folder (see `publish`).
fn build_dist(tools: &Toolbox, site: Option<&str>) -> Result<(), String> {
    build_dist_logged(tools, site, None)
}

/// [`build_dist`], with Trunk's output kept in `log` rather than printed, when given (a build beside other work).
fn build_dist_logged(tools: &Toolbox, site: Option<&str>, mut log: Option<&mut String>) -> Result<(), String> {
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
fn fetch(tools: &Toolbox) -> Result<(), String> {
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

/// Prints figures, never fails on one: the first visit's files, the core's evaluation time, per engine the time to
/// the first step, toggle latency, peak heap (Chromium) and Lighthouse's scores, and a first visit on the phone-like
/// line of the developers' guide (readable and working, in Chromium). Writes `target/bench.json`.
fn bench() -> Result<(), String> {
    let mut tools = Toolbox::ensure_build_tools()?;
    tools.ensure_browsers()?;
    let root = root();
    build_dist(&tools, None)?;
    tools.ensure_e2e_packages(&root.join("e2e"))?;
    let lighthouse = tools.ensure_lighthouse()?;
    let core = tools
        .command("cargo")
        .args(["bench", "--locked", "-p", "gambit-core", "--bench", "evaluate"])
        .current_dir(&root)
        .output()
        .map_err(|e| format!("cannot start cargo bench: {e}"))?;
    let out = String::from_utf8_lossy(&core.stdout);
    print!("{out}");
    // A bench that does not build or run fails the command, its errors shown: its figures would be missing from
    // the line, not a number to read.
    if !core.status.success() {
        return Err(format!(
            "cargo bench ended with {}:\n{}",
            core.status,
            String::from_utf8_lossy(&core.stderr)
        ));
    }
    let figures = out
        .lines()
        .find_map(|l| l.strip_prefix("BENCH "))
        .ok_or("cargo bench printed no `BENCH ` line (core/benches/evaluate.rs writes it)")?
        .to_string();
    let status = tools
        .command("node")
        .arg(root.join("e2e/bench.mjs"))
        .current_dir(&root)
        .env("DIST", root.join("dist"))
        .env("BENCH_CORE", figures)
        .env("LIGHTHOUSE", lighthouse)
        .status()
        .map_err(|e| format!("cannot start node: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("the benchmark ended with {status}"))
}

/// Measures every step's embedded height, with and without its controls, in the three engines, and writes the
/// heights into `content/data/steps.json` (`e2e/measure.mjs`); the suite checks a sample of them. `E2E_BROWSERS`
/// (`chromium,firefox`) measures in fewer engines, `E2E_STEPS` (`incentives,your-scenario`) only those steps.
fn measure() -> Result<(), String> {
    let mut tools = Toolbox::ensure_build_tools()?;
    tools.ensure_browsers()?;
    let root = root();
    build_dist(&tools, None)?;
    tools.ensure_e2e_packages(&root.join("e2e"))?;
    let status = tools
        .command("node")
        .arg(root.join("e2e/measure.mjs"))
        .current_dir(&root)
        .env("DIST", root.join("dist"))
        .status()
        .map_err(|e| format!("cannot start node: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("the measurement ended with {status}"))
}

/// Prints the model over every combination: each ending's conditions with their paragraphs, how many combinations
/// reach it (no share is a target), its nearest way from the article's present, what it requires and the rules it
/// rests on; and whether each of the article's propositions holds.
fn model(args: &[String]) -> Result<(), String> {
    let json = match args {
        [] => false,
        [flag] if flag == "--json" => true,
        _ => return Err(USAGE.to_string()),
    };
    let mut command = std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    command
        .args([
            "run",
            "--quiet",
            "--locked",
            "-p",
            "gambit-core",
            "--example",
            "model_report",
            "--",
        ])
        .args(json.then_some("--json"))
        .current_dir(root());
    let status = command.status().map_err(|e| format!("cannot start cargo: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("the model report ended with {status}"))
}
