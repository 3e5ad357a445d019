//! The sizes of a built `dist/`, raw and gzipped, as `cargo xtask dist` prints them.

use std::path::{Path, PathBuf};
use std::process::Command;

use gambit_core::url::{PREVIEWS, STEPS};

/// A size, raw and gzipped.
type Size = (u64, u64);

/// Prints the sizes of a built `dist/`, raw and gzipped, for each language's folder (`dist/` and `dist/<lang>/`): its
/// own files, its step pages together, and its first visit, what a reader's browser fetches before the first
/// interaction (the page, `start.js`, the app's script, wasm and stylesheet, the icon; the service worker's
/// background caching is the step pages and `sw.js`, listed apart).
pub fn print_sizes(dist: &Path) {
    let mut roots = vec![dist.to_path_buf()];
    roots.extend(
        entries(dist).into_iter().filter(|p| {
            p.is_dir() && p.join("index.html").is_file() && p.file_name().is_some_and(|n| n != folder(STEPS))
        }),
    );
    println!("{:<48} {:>10} {:>10}", "file", "bytes", "gzip -9");
    let mut total = (0, 0);
    for root in roots {
        let prefix = root.strip_prefix(dist).unwrap_or(&root).display().to_string();
        let size = print_root(&root, &prefix);
        total = (total.0 + size.0, total.1 + size.1);
    }
    println!("{:<48} {:>10} {:>10}", "total", total.0, total.1);
}

/// Prints one language's folder: each of its files, its step pages together, its preview images together, and its
/// first visit. Returns the folder's size.
fn print_root(root: &Path, prefix: &str) -> Size {
    let name = |file: &str| {
        if prefix.is_empty() {
            file.to_string()
        } else {
            format!("{prefix}/{file}")
        }
    };
    let line = |what: &str, (raw, gz): Size| println!("{:<48} {:>10} {:>10}", what, raw, gz);
    let (mut total, mut first) = ((0, 0), (0, 0));
    let mut files: Vec<PathBuf> = entries(root).into_iter().filter(|p| p.is_file()).collect();
    files.sort();
    for file in &files {
        let size = sizes(file);
        total = add(total, size);
        let file_name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if first_visit(&file_name) {
            first = add(first, size);
        }
        line(&name(&file_name), size);
    }
    let pages: Vec<PathBuf> = entries(&root.join(STEPS))
        .into_iter()
        .map(|p| p.join("index.html"))
        .filter(|p| p.is_file())
        .collect();
    let pages_size = pages.iter().map(|p| sizes(p)).fold((0, 0), add);
    total = add(total, pages_size);
    line(&name(&format!("{STEPS} ({} pages)", pages.len())), pages_size);
    // The preview images are fetched by link-preview services, never by a reader's visit, and are not gzipped.
    let previews = entries(&root.join(PREVIEWS));
    let previews_raw: u64 = previews
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .sum();
    total = add(total, (previews_raw, previews_raw));
    line(
        &name(&format!("previews/ ({} PNG, not gzipped)", previews.len())),
        (previews_raw, previews_raw),
    );
    line(
        &format!("first visit ({})", if prefix.is_empty() { "root" } else { prefix }),
        first,
    );
    total
}

/// Whether a reader's browser fetches a file of a language's folder before the first interaction.
fn first_visit(file_name: &str) -> bool {
    file_name == "index.html"
        || file_name == "start.js"
        || file_name == "favicon.svg"
        || file_name.starts_with("ai-gambit-")
        || file_name.starts_with("main-")
}

/// The entries of a folder (none if it cannot be read).
fn entries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect()
}

fn add(a: Size, b: Size) -> Size {
    (a.0 + b.0, a.1 + b.1)
}

/// A file's size, raw and gzipped.
fn sizes(file: &Path) -> Size {
    (
        std::fs::metadata(file).map_or(0, |m| m.len()),
        gzip_size(file).unwrap_or(0),
    )
}

fn gzip_size(file: &Path) -> Option<u64> {
    let out = Command::new("gzip").args(["-9", "-c"]).arg(file).output().ok()?;
    out.status.success().then_some(out.stdout.len() as u64)
}

/// A folder of the site as a path segment: `url`'s `"steps/"` as `steps`.
fn folder(path: &str) -> &str {
    path.trim_end_matches('/')
}
