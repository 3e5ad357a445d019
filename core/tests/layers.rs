//! The app crate's modules depend one way: the state (`src/state.rs`) and the address bar (`src/link.rs`) sit
//! below the views and never import them, so the state's logic can be read, and its words tested, without a view.

use std::path::Path;

/// Whether a line of code (its comment cut off) names the views module: a path through it, or the word `views` in
/// a `use` declaration (`use crate::{state, views};`, over one line or several).
fn names_views(code: &str, in_use: bool) -> bool {
    let word = code
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|w| w == "views");
    code.contains("views::") || (in_use && word)
}

#[test]
fn the_state_and_the_link_never_import_the_views() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let mut found = Vec::new();
    for file in ["state.rs", "link.rs"] {
        let path = src.join(file);
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut in_use = false;
        for (n, line) in source.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            let trimmed = code.trim_start();
            in_use |= trimmed.starts_with("use ")
                || trimmed.starts_with("pub use ")
                || trimmed.starts_with("pub(crate) use ");
            if names_views(code, in_use) {
                found.push(format!("src/{file}:{}: {}", n + 1, line.trim()));
            }
            if code.contains(';') {
                in_use = false;
            }
        }
    }
    assert!(
        found.is_empty(),
        "the state or the link imports the views:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_sees_an_import_of_the_views() {
    assert!(names_views("        crate::views::difference_words(case, a, b)", false));
    assert!(names_views("use crate::{state, views};", true));
    assert!(names_views("    views,", true));
    assert!(!names_views("    let views = 3;", false));
}
