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

mod dist;
mod e2e;
mod preview;
mod publish;
mod report;
mod seed;
mod sizes;
mod suite;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use tools::Toolbox;

/// The cargo arguments of the app's native render (`src/prerender.rs`): the `ssr` feature without the default
/// `csr`, with which effects would run natively and call browser APIs. `dist` runs it; the suite lints and tests it.
const NATIVE_RENDER: [&str; 5] = ["-p", "ai-gambit", "--no-default-features", "--features", "ssr"];

const USAGE: &str =
    "usage: cargo xtask <serve [--port N] | test | dist [--site-url URL] | bench | model [--json | --scenario QUERY | --help] | measure>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&args[1..]),
        Some("test") => suite::test(),
        Some("dist") => match &args[1..] {
            [] => dist::dist(None).map(|_| ()),
            [flag, url] if flag == "--site-url" => dist::dist(Some(url)).map(|_| ()),
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

/// Prints figures, never fails on one: the first visit's files, the core's evaluation time, per engine the time to
/// the first step, toggle latency, peak heap (Chromium) and Lighthouse's scores, and a first visit on the phone-like
/// line of the developers' guide (readable and working, in Chromium). Writes `target/bench.json`.
fn bench() -> Result<(), String> {
    let mut tools = Toolbox::ensure_build_tools()?;
    tools.ensure_browsers()?;
    let root = root();
    dist::build_dist(&tools, None)?;
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
    dist::build_dist(&tools, None)?;
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
    // The report's own flags: none, `--json`, `--scenario QUERY` or `--help` (it says what each does).
    let passed: &[String] = match args {
        [] => &[],
        [flag] if flag == "--json" || flag == "--help" => args,
        [flag, _query] if flag == "--scenario" => args,
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
        .args(passed)
        .current_dir(root());
    let status = command.status().map_err(|e| format!("cannot start cargo: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("the model report ended with {status}"))
}
