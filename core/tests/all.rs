//! The core's integration tests as one test binary: each file of `core/tests/` is a module here, so cargo compiles
//! and links one binary for them all rather than one per file (seventeen links of the core, serde_json and proptest
//! in every test build). Run one file's tests by its module: `cargo test -p gambit-core --test all propositions::`.
//! `core/Cargo.toml` sets `autotests = false` so that no file is also built on its own; the last test here fails
//! when a file of `core/tests/` is not one of these modules (it would never run).

mod announce;
mod calibration;
mod chinese_text;
mod classroom;
mod content;
mod draw;
mod history;
mod ids;
mod layers;
mod model;
mod originality;
mod predict;
mod propositions;
mod qr;
mod questions;
mod reach;
mod url;

/// Every `*.rs` file of `core/tests/` but this one is a module of this binary.
#[test]
fn every_test_file_is_a_module_of_this_binary() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let declared = declared_modules(include_str!("all.rs"));
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display())) {
        let path = entry.expect("a directory entry").path();
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".rs"))
        else {
            continue;
        };
        if name != "all" && !declared.iter().any(|m| m == name) {
            missing.push(format!("tests/{name}.rs"));
        }
    }
    assert!(
        missing.is_empty(),
        "not a module of core/tests/all.rs, so never run (add `mod <name>;` there): {}",
        missing.join(", ")
    );
}

/// The modules `source` declares with a line `mod <name>;`.
fn declared_modules(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.strip_prefix("mod ")?.strip_suffix(';'))
        .map(str::to_string)
        .collect()
}

#[test]
fn the_check_of_modules_sees_a_file_left_out() {
    let declared = declared_modules("//! docs\nmod alpha;\nmod beta;\n// mod gamma;\nfn mod_delta() {}\n");
    assert_eq!(declared, ["alpha", "beta"]);
}
