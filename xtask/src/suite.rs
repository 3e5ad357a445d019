//! `cargo xtask test`: the whole suite (formatting, lints, native and wasm tests, then the end-to-end files in every
//! engine, the engines side by side, several files at a time, longest first), ending with one summary line.

use std::path::Path;

use crate::dist::{build_dist_logged, fetch};
use crate::e2e::end_to_end;
use crate::report::{Summary, Tally};
use crate::tools::Toolbox;
use crate::{root, seed, tools};

pub(crate) fn test() -> Result<(), String> {
    let started = std::time::Instant::now();
    let mut summary = Summary::default();
    let mut tools = Toolbox::ensure_build_tools()?;
    tools.ensure_browsers()?;
    fetch(&tools)?;
    let root = root();
    let seeded = seed::restore(&root);
    summary.timed(&format!("tools checked{seeded}"), started.elapsed());

    tools::ensure_lint_components()?;
    // The release build of dist/ runs beside the lint gates and the native and wasm-bindgen tests, its output kept
    // until they end: it builds in target/release and target/wasm32-unknown-unknown/release, which cargo locks apart
    // from their debug builds, and its link (LTO, one codegen unit) and wasm-opt use one core while the other
    // compiles or runs their tests.
    let toolbox = &tools;
    let e2e_dir = root.join("e2e");
    let (built, log, took) = std::thread::scope(|scope| {
        let building = scope.spawn(move || {
            let started = std::time::Instant::now();
            let mut log = String::new();
            let built =
                build_dist_logged(toolbox, None, Some(&mut log)).and_then(|()| toolbox.ensure_e2e_packages(&e2e_dir));
            (built, log, started.elapsed())
        });
        lint(&tools, &root, &mut summary);
        native_tests(&tools, &root, &mut summary);
        wasm_tests(&tools, &root, &mut summary);
        building.join().unwrap_or_else(|_| {
            (
                Err("the build of dist/ panicked".into()),
                String::new(),
                Default::default(),
            )
        })
    });
    println!("\n==> release build of dist/, beside the stages above (its output)\n{log}");
    match built {
        Ok(()) => {
            summary.timed("release build of dist/, beside the stages above", took);
            end_to_end(&tools, &root, &mut summary)?;
        }
        Err(e) => summary.fail("release build of dist/", &e),
    }

    if summary.total().failed == 0 {
        let saving = std::time::Instant::now();
        if seed::save(&root) {
            summary.timed("target/ kept in the tool cache for fresh clones", saving.elapsed());
        }
    }
    summary.print(started.elapsed());
    if summary.total().failed == 0 {
        Ok(())
    } else {
        Err(format!("{} test(s) or step(s) failed", summary.total().failed))
    }
}

/// The lint gates: rustfmt, then clippy over the workspace and over the native render, every warning an error.
fn lint(tools: &Toolbox, root: &Path, summary: &mut Summary) {
    // Lint gates first: they answer in seconds and name the line. Clippy checks every crate and target natively
    // (the app's code is the same Rust for both targets), with every warning an error and no blanket allow.
    let mut format = tools.command("cargo");
    format.args(["fmt", "--all", "--check"]).current_dir(root);
    summary.run("rustfmt --check", &mut format, Tally::Cargo);
    clippy(tools, root, &["--workspace"], "clippy, warnings as errors", summary);
    // The app as `dist` renders it natively (`src/prerender.rs`, the `ssr` feature without `csr`), which the
    // workspace's default features leave out.
    clippy(
        tools,
        root,
        &crate::NATIVE_RENDER,
        "clippy of the native render, warnings as errors",
        summary,
    );
}

/// Clippy over every target of the packages `which` selects (with their features), every warning an error.
fn clippy(tools: &Toolbox, root: &Path, which: &[&str], stage: &str, summary: &mut Summary) {
    let mut clippy = tools.command("cargo");
    clippy
        .args(["clippy", "--locked"])
        .args(which)
        .args(["--all-targets", "--", "-D", "warnings"])
        .current_dir(root);
    summary.run(stage, &mut clippy, Tally::Cargo);
}

/// The native tests: the core's and xtask's, then the native render's.
fn native_tests(tools: &Toolbox, root: &Path, summary: &mut Summary) {
    // `--tests`: every unit and integration test, without the doc-test pass (the crates have no doc tests).
    let mut native = tools.command("cargo");
    native
        .args([
            "test",
            "--locked",
            "--no-fail-fast",
            "-p",
            "gambit-core",
            "-p",
            "xtask",
            "--tests",
        ])
        .current_dir(root);
    summary.run("native unit tests", &mut native, Tally::Cargo);
    // The native render's tests (`tests/prerender.rs`) and the app's state's (`tests/state.rs`), in the `ssr` build
    // they belong to: integration tests, so the library they link, and the `prerender` binary cargo builds beside
    // them, are the very build `dist` runs, compiled once for both.
    let mut native_ssr = tools.command("cargo");
    native_ssr
        .args(["test", "--locked"])
        .args(crate::NATIVE_RENDER)
        .args(["--test", "prerender", "--test", "state"])
        .current_dir(root);
    summary.run("native render's and state's tests", &mut native_ssr, Tally::Cargo);
}

/// The app's wasm-bindgen tests, in headless Chromium.
fn wasm_tests(tools: &Toolbox, root: &Path, summary: &mut Summary) {
    // The wasm integration test only (`tests/browser.rs`): the app's library has no unit tests, and building it as
    // a test harness as well would compile the app twice; `tests/prerender.rs` is the native render's (`ssr`), and
    // `--test '*'` would name it, which cargo refuses without its feature. In Chromium, as the stage says: the runner
    // takes Firefox when it finds geckodriver.
    let mut wasm = tools.command("cargo");
    wasm.args([
        "test",
        "--locked",
        "--target",
        "wasm32-unknown-unknown",
        "-p",
        "ai-gambit",
        "--test",
        "browser",
    ])
    .env_remove("GECKODRIVER")
    .current_dir(root);
    summary.run("wasm-bindgen tests in headless Chromium", &mut wasm, Tally::Cargo);
}
