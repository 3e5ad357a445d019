//! The app crate's modules depend one way: the views sit above the address bar (`src/link.rs`), which sits above
//! the state (`src/state/`). The state imports neither the address bar nor a view, and the address bar imports no
//! view, so the state's logic can be read, and its words tested, without a view or the browser's history
//! (`docs/architecture.md`, "State, intents and links").

use std::path::Path;

/// What each module of `src/` (its file, or every file of its folder) must not import, and why it would break the
/// layering.
const FORBIDDEN: [(&str, &[&str]); 2] = [("state", &["views", "link"]), ("link", &["views"])];

/// The files of module `module` of `src/`, as (path under `src/`, text): `module.rs`, or every `.rs` file of the
/// folder `module/`. A module with neither fails: the list above would check nothing.
fn module_files(src: &Path, module: &str) -> Vec<(String, String)> {
    let read = |path: &Path| std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let file = src.join(format!("{module}.rs"));
    if file.exists() {
        return vec![(format!("{module}.rs"), read(&file))];
    }
    let dir = src.join(module);
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("no src/{module}.rs nor src/{module}/: {e}"))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| {
            let name = format!("{module}/{}", path.file_name().unwrap().to_string_lossy());
            (name, read(&path))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "src/{module}/ has no .rs file");
    files
}

/// Whether a line of code (its comment cut off) names the module `module`: a path through it (`views::…`, not
/// `previews::…`), or the word in a `use` declaration (`use crate::{state, views};`, over one line or several).
fn names_module(code: &str, in_use: bool, module: &str) -> bool {
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let path = format!("{module}::");
    let through = code
        .match_indices(&path)
        .any(|(at, _)| !code[..at].chars().next_back().is_some_and(is_ident));
    let word = code.split(|c: char| !is_ident(c)).any(|w| w == module);
    through || (in_use && word)
}

/// Every line of `source` (the file `file` of `src/`) that names one of `modules`, as `src/<file>:<line>: <code>`.
fn imports_of(file: &str, source: &str, modules: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_use = false;
    for (n, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        let trimmed = code.trim_start();
        in_use |=
            trimmed.starts_with("use ") || trimmed.starts_with("pub use ") || trimmed.starts_with("pub(crate) use ");
        for module in modules {
            if names_module(code, in_use, module) {
                found.push(format!("src/{file}:{}: {} (names `{module}`)", n + 1, line.trim()));
            }
        }
        if code.contains(';') {
            in_use = false;
        }
    }
    found
}

#[test]
fn the_state_imports_neither_the_link_nor_a_view_and_the_link_no_view() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let mut found = Vec::new();
    for (module, modules) in FORBIDDEN {
        for (file, source) in module_files(&src, module) {
            found.extend(imports_of(&file, &source, modules));
        }
    }
    assert!(
        found.is_empty(),
        "a lower layer of the app imports a higher one:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_an_import_of_a_higher_layer() {
    assert!(names_module(
        "        crate::views::difference_words(case, a, b)",
        false,
        "views"
    ));
    assert!(names_module("use crate::{state, views};", true, "views"));
    assert!(names_module("    views,", true, "views"));
    assert!(!names_module("    let views = 3;", false, "views"));
    assert!(!names_module("    crate::previews::draw()", false, "views"));
    assert!(names_module("        crate::link::sync_address(state);", false, "link"));
    assert!(names_module("use super::link::absolute;", true, "link"));
    assert!(!names_module("    pub fn link(&self) -> LinkState {", false, "link"));
    assert!(!names_module(
        "use gambit_core::url::{Embed, LinkState, Page};",
        true,
        "link"
    ));
    let state = "use crate::frame::report_height;\nuse crate::{\n    link,\n    save,\n};\nfn f() {}\n";
    assert_eq!(
        imports_of("state.rs", state, &["link"]),
        ["src/state.rs:3: link, (names `link`)"]
    );
    assert!(imports_of("state.rs", "fn link() {}\n// link::sync_address\n", &["link"]).is_empty());
}
