//! The app crate's modules depend one way: the views sit above the address bar (`src/link.rs`), which sits above
//! the state (`src/state/`). The state imports neither the address bar nor a view, and the address bar imports no
//! view, so the state's logic can be read, and its words tested, without a view or the browser's history
//! (`docs/architecture.md`, "State, intents and links").

use std::collections::{BTreeMap, BTreeSet};
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

/// The top-level modules of the core that each top-level module of `core/src` names through `crate::` (a
/// `use crate::…` line, a `use crate::{…}` list over one line or several, or a `crate::m::…` path in code), by
/// module, its comments cut off. A name the crate root re-exports (`crate::Case`) counts as its module's, from
/// `roots`, the root's `pub use m::{…}` lines.
fn core_imports(files: &[(String, String)], roots: &[(String, String)]) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeSet<String> = files.iter().map(|(m, _)| m.clone()).collect();
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, source) in files {
        let mut in_use = false;
        let mut named = |name: &str| {
            let target = roots.iter().find(|(n, _)| n == name).map_or(name, |(_, m)| m.as_str());
            if modules.contains(target) && target != module {
                graph.entry(module.clone()).or_default().insert(target.to_string());
            }
        };
        for line in source.lines() {
            let code = line.split("//").next().unwrap_or_default();
            let trimmed = code.trim_start();
            if trimmed.contains("use crate::{") {
                in_use = true;
            }
            for (at, _) in code.match_indices("crate::") {
                let rest = &code[at + "crate::".len()..];
                let name: String = rest.chars().take_while(|&c| is_ident(c)).collect();
                named(&name);
            }
            if in_use {
                let list = code.split_once("crate::{").map_or(code, |(_, after)| after);
                for word in list.split(',') {
                    let word: String = word.trim_start().chars().take_while(|&c| is_ident(c)).collect();
                    if !word.is_empty() {
                        named(&word);
                    }
                }
            }
            if code.contains(';') {
                in_use = false;
            }
        }
    }
    graph
}

/// Every cycle of `graph`, each as its modules in order with the first repeated at the end (`a -> b -> a`), once
/// each (from its smallest module).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<String> {
    fn walk(graph: &BTreeMap<String, BTreeSet<String>>, start: &str, path: &mut Vec<String>, found: &mut Vec<String>) {
        let last = path.last().unwrap().clone();
        for next in graph.get(&last).into_iter().flatten() {
            if next == start {
                found.push(format!("{} -> {start}", path.join(" -> ")));
            } else if next.as_str() > start && !path.contains(next) {
                path.push(next.clone());
                walk(graph, start, path, found);
                path.pop();
            }
        }
    }
    let mut found = Vec::new();
    for start in graph.keys() {
        walk(graph, start, &mut vec![start.clone()], &mut found);
    }
    found
}

/// A pair of names: (module, its text), or (re-exported name, its module).
type Named = (String, String);

/// The top-level modules of `core/src`, each with all its text (`m.rs` and every file under `m/`), and the root's
/// re-exports as (name, module).
fn core_modules() -> (Vec<Named>, Vec<Named>) {
    fn all_text(path: &Path, into: &mut String) {
        if path.is_dir() {
            let mut entries: Vec<_> = std::fs::read_dir(path).unwrap().map(|e| e.unwrap().path()).collect();
            entries.sort();
            entries.iter().for_each(|p| all_text(p, into));
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push_str(&std::fs::read_to_string(path).unwrap());
            into.push('\n');
        }
    }
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut modules: BTreeMap<String, String> = BTreeMap::new();
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        if name == "lib" {
            continue;
        }
        all_text(&path, modules.entry(name).or_default());
    }
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let roots = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub use "))
        .filter_map(|l| l.split_once("::"))
        .flat_map(|(module, names)| {
            names
                .trim_matches(|c| "{};".contains(c))
                .split(',')
                .map(|n| (n.trim().to_string(), module.to_string()))
                .collect::<Vec<_>>()
        })
        .collect();
    (modules.into_iter().collect(), roots)
}

#[test]
fn no_two_modules_of_the_core_import_each_other_through_any_path() {
    let (modules, roots) = core_modules();
    assert!(modules.len() > 10, "the scan found the core's modules: {modules:?}");
    let graph = core_imports(&modules, &roots);
    assert!(
        graph.get("markup").is_some_and(|m| m.contains("content")),
        "the scan sees an import: {graph:?}"
    );
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "modules of core/src import each other (a lower layer reaching up):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_cycle_scan_sees_a_cycle_through_every_kind_of_import() {
    let file = |m: &str, s: &str| (m.to_string(), s.to_string());
    let roots = [("Case".to_string(), "content".to_string())];
    let files = [
        file("content", "fn f() { crate::url::is_link_key(x) } // crate::model::x"),
        file("url", "use crate::{\n    phrase,\n    Case,\n};\n"),
        file("model", "use crate::content::X;\n"),
        file("phrase", "use crate::model::Y;\n"),
    ];
    let graph = core_imports(&files, &roots);
    // The comment's `crate::model` is no import; `Case` is content's through the root.
    assert_eq!(
        cycles(&graph),
        [
            "content -> url -> content",
            "content -> url -> phrase -> model -> content"
        ]
    );
}

/// The modules `text` names through `prefix` (`super::x`, `super::{x, y::Z}`, `crate::views::x`): the first segment
/// after it, each list's items too.
fn named_after(text: &str, prefix: &str) -> BTreeSet<String> {
    let ident = |s: &str| {
        s.chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect::<String>()
    };
    let mut names = BTreeSet::new();
    for (at, _) in text.match_indices(prefix) {
        let rest = &text[at + prefix.len()..];
        if let Some(list) = rest.strip_prefix('{') {
            let list = &list[..list.find('}').unwrap_or(list.len())];
            names.extend(list.split(',').map(|item| ident(item.trim())).filter(|n| !n.is_empty()));
        } else {
            names.insert(ident(rest));
        }
    }
    names
}

/// The view modules of `src/views` (a file, or a folder with every file under it) and the view modules each names.
fn view_imports(views: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for entry in std::fs::read_dir(views).unwrap().map(Result::unwrap) {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        if name == "mod" {
            continue;
        }
        let text = if path.is_dir() {
            let mut all = String::new();
            for file in std::fs::read_dir(&path).unwrap().map(Result::unwrap) {
                let text = std::fs::read_to_string(file.path()).unwrap();
                // Inside a folder, `super::` is the folder itself; its files reach a sibling view by `super::super::`.
                all.push_str(
                    &text
                        .replace("super::super::", "crate::views::")
                        .replace("super::", "self::"),
                );
            }
            all
        } else {
            std::fs::read_to_string(&path)
                .unwrap()
                .replace("super::", "crate::views::")
        };
        texts.insert(name, text);
    }
    let modules: BTreeSet<String> = texts.keys().cloned().collect();
    texts
        .iter()
        .map(|(name, text)| {
            let named = named_after(text, "crate::views::")
                .into_iter()
                .filter(|n| modules.contains(n) && n != name)
                .collect();
            (name.clone(), named)
        })
        .collect()
}

/// No two view modules import each other, through any path (code review 6: `step` and `handout` did, each for one
/// component of the other); the layering test above checks layers only.
#[test]
fn no_two_view_modules_import_each_other_through_any_path() {
    let views = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src/views");
    let graph = view_imports(&views);
    assert!(
        graph.len() > 10,
        "src/views holds {} modules: is the scan reading it?",
        graph.len()
    );
    assert!(
        graph.values().any(|n| !n.is_empty()),
        "no view imports another: the scan reads nothing"
    );
    let found = cycles(&graph);
    assert!(
        found.is_empty(),
        "view modules import each other:\n{}",
        found.join("\n")
    );
}

/// The scan of the views sees a cycle: two planted modules that name each other, by `super::` and in a list.
#[test]
fn the_view_scan_sees_two_modules_that_import_each_other() {
    let dir = std::env::temp_dir().join(format!("views-scan-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("a.rs"), "use super::b::B;\n").unwrap();
    std::fs::write(dir.join("b.rs"), "use super::{c, a::A};\n").unwrap();
    std::fs::write(dir.join("c.rs"), "use leptos::prelude::*;\n").unwrap();
    let found = cycles(&view_imports(&dir));
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(found, ["a -> b -> a"]);
}

/// No source file of the core, the app or the automation runs over 400 lines (the guide: "no file over about 400";
/// code review 6 found one at 426 that nothing had flagged). A failure names each file and its length.
#[test]
fn no_source_file_runs_over_four_hundred_lines() {
    let long: Vec<String> = rust_sources()
        .into_iter()
        .filter_map(|(path, source)| {
            let lines = source.lines().count();
            (lines > 400).then(|| format!("{} ({lines} lines)", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "files over 400 lines:\n{}", long.join("\n"));
}

/// Every `.rs` file of the core, the app and the automation (`core/src`, `src`, `xtask/src`), with its text.
fn rust_sources() -> Vec<(std::path::PathBuf, String)> {
    fn walk(path: &Path, files: &mut Vec<(std::path::PathBuf, String)>) {
        if path.is_dir() {
            for entry in std::fs::read_dir(path).unwrap().map(Result::unwrap) {
                walk(&entry.path(), files);
            }
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push((path.to_path_buf(), std::fs::read_to_string(path).unwrap()));
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    for dir in ["core/src", "src", "xtask/src"] {
        walk(&root.join(dir), &mut files);
    }
    files
}

/// The functions of `source` longer than `limit` lines, from the `fn` line to the brace that closes it at the same
/// indent (rustfmt's layout), as "name (n lines)".
fn long_functions(source: &str, limit: usize) -> Vec<String> {
    let lines: Vec<&str> = source.lines().collect();
    let mut long = Vec::new();
    for (at, line) in lines.iter().enumerate() {
        let code = line.trim_start();
        let indent = &line[..line.len() - code.len()];
        let head = ["pub(crate) ", "pub(super) ", "pub ", "const ", "async ", "unsafe "]
            .iter()
            .fold(code, |rest, word| rest.strip_prefix(word).unwrap_or(rest));
        let Some(name) = head.strip_prefix("fn ") else { continue };
        // A function on one line, or a trait's declaration, closes where it starts.
        if code.ends_with('}') || code.ends_with(';') {
            continue;
        }
        let name: String = name.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let close = format!("{indent}}}");
        if let Some(end) = lines[at + 1..].iter().position(|l| *l == close) {
            let length = end + 2;
            if length > limit {
                long.push(format!("{name} ({length} lines)"));
            }
        }
    }
    long
}

/// No function of the core, the app or the automation runs over 80 lines (the guide: "no function over about 80";
/// code review 6 found nothing that held it). A failure names each file, function and length.
#[test]
fn no_function_runs_over_eighty_lines() {
    let long: Vec<String> = rust_sources()
        .into_iter()
        .flat_map(|(path, source)| {
            long_functions(&source, 80)
                .into_iter()
                .map(move |f| format!("{}: {f}", path.display()))
        })
        .collect();
    assert!(long.is_empty(), "functions over 80 lines:\n{}", long.join("\n"));
}

#[test]
fn the_function_scan_measures_from_fn_to_its_closing_brace() {
    let body = "        let x = 1;\n".repeat(80);
    let planted = format!(
        "impl A {{\n    fn one() {{}}\n    pub(super) fn long(&self) {{\n{body}    }}\n\n    fn short() {{}}\n}}\n"
    );
    assert_eq!(long_functions(&planted, 80), ["long (82 lines)"]);
    assert!(long_functions(&planted, 82).is_empty());
}
