//! The content rule: every sentence is our own. No content file, nor the README or a guide in `docs/`, may repeat
//! ten words in a row of the source article (`../shared/case/article.md` beside the checkout, or the file `$AI_GAMBIT_ARTICLE` names).
//!
//! The repository keeps only hashes of the article's ten-word runs, never its text: `article-runs.txt` beside this
//! file holds, sorted, the first 16 hex digits of the SHA-256 of each run's words joined by single spaces. So the
//! content is checked on any clone. Where the article is present, two more tests check that the stored hashes are
//! still the article's and that they catch a sentence copied from it; without it, they say so and pass.
//!
//! After the article changes, regenerate the hashes with
//! `AI_GAMBIT_WRITE_RUNS=1 cargo test -p gambit-core --test all originality`.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use sha2::{Digest, Sha256};

const RUN: usize = 10;

const RUNS_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/article-runs.txt");

const HEADER: &str = "\
# Hashes of every run of ten words of the source article (../shared/case/article.md), never its text: the first
# 16 hex digits of the SHA-256 of the run's words (lowercased, split on anything not a letter, digit, $ or %)
# joined by single spaces; sorted. core/tests/originality.rs checks content/, README.md and docs/ against them.
# Regenerate after the article changes: AI_GAMBIT_WRITE_RUNS=1 cargo test -p gambit-core --test all originality
";

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '$' || c == '%'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn run_hash(run: &[String]) -> String {
    Sha256::digest(run.join(" "))[..8]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The hashes of every run of ten words in `text`.
fn run_hashes(text: &str) -> HashSet<String> {
    words(text).windows(RUN).map(run_hash).collect()
}

/// The hashes in a runs file, without its comments.
fn parse_runs(file: &str) -> HashSet<String> {
    file.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
        .collect()
}

/// The stored hashes, first rewritten from the article when `AI_GAMBIT_WRITE_RUNS` is set.
fn stored_runs() -> &'static HashSet<String> {
    static RUNS: OnceLock<HashSet<String>> = OnceLock::new();
    RUNS.get_or_init(|| {
        if std::env::var_os("AI_GAMBIT_WRITE_RUNS").is_some() {
            let article = article().unwrap_or_else(|| {
                panic!(
                    "cannot regenerate {RUNS_FILE} without the article: {} not found",
                    article_path().display()
                )
            });
            let mut sorted: Vec<String> = run_hashes(&article).into_iter().collect();
            sorted.sort();
            let file = sorted.iter().fold(HEADER.to_string(), |file, hash| file + hash + "\n");
            std::fs::write(RUNS_FILE, file).unwrap_or_else(|e| panic!("{RUNS_FILE}: {e}"));
        }
        parse_runs(&std::fs::read_to_string(RUNS_FILE).unwrap_or_else(|e| panic!("{RUNS_FILE}: {e}")))
    })
}

fn article_path() -> PathBuf {
    std::env::var_os("AI_GAMBIT_ARTICLE")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/case/article.md"))
}

/// The article, or `None` on a clone without it.
fn article() -> Option<String> {
    match std::fs::read_to_string(article_path()) {
        Ok(text) => Some(text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => panic!("cannot read the article {}: {e}", article_path().display()),
    }
}

/// Says that `test` is skipped for lack of the article.
fn skipped(test: &str) {
    // Straight to stderr: the test harness swallows `eprintln!` from a passing test.
    let _ = writeln!(
        std::io::stderr(),
        "skipped {test}: no article at {} (set AI_GAMBIT_ARTICLE)",
        article_path().display()
    );
}

fn files_under(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(&path, found);
        } else {
            found.push(path);
        }
    }
}

/// The first run of ten words of `text` whose hash is in `runs`, if any.
fn copied_run(text: &str, runs: &HashSet<String>) -> Option<String> {
    words(text)
        .windows(RUN)
        .find(|w| runs.contains(&run_hash(w)))
        .map(|w| w.join(" "))
}

#[test]
fn no_content_file_nor_guide_repeats_ten_words_of_the_article() {
    let runs = stored_runs();
    assert!(runs.len() > 2000, "{RUNS_FILE} looks truncated");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    files_under(&root.join("content"), &mut files);
    files.push(root.join("README.md"));
    let guides: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    assert!(!guides.is_empty(), "no guide in docs/ to check");
    files.extend(guides);
    let copied: Vec<String> = files
        .iter()
        .filter_map(|f| {
            copied_run(&std::fs::read_to_string(f).unwrap(), runs)
                .map(|run| format!("{}: {run}", f.strip_prefix(&root).unwrap_or(f).display()))
        })
        .collect();
    assert!(
        copied.is_empty(),
        "rewrite these in our own words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_stored_hashes_are_the_articles() {
    let Some(article) = article() else {
        return skipped("the_stored_hashes_are_the_articles");
    };
    let (runs, stored) = (run_hashes(&article), stored_runs());
    assert!(
        *stored == runs,
        "{RUNS_FILE} is stale ({} hashes missing, {} no longer in the article); regenerate it with \
         AI_GAMBIT_WRITE_RUNS=1 cargo test -p gambit-core --test all originality",
        runs.difference(stored).count(),
        stored.difference(&runs).count()
    );
}

#[test]
fn a_sentence_copied_from_the_article_is_caught_by_the_stored_hashes() {
    let Some(article) = article() else {
        return skipped("a_sentence_copied_from_the_article_is_caught_by_the_stored_hashes");
    };
    let sentence = words(&article)[100..112].join(" ");
    let found = copied_run(&format!("Intro. {sentence}. Outro."), stored_runs());
    assert!(
        found.is_some_and(|run| sentence.contains(&run)),
        "not caught: {sentence}"
    );
}

#[test]
fn the_check_catches_a_known_run_and_passes_our_own_words() {
    let own = "A sentence of our own, long enough to have ten words in it.";
    assert_eq!(copied_run(own, stored_runs()), None);
    let made_up = run_hashes("Seven purple owls audited the 40% tariff on $3 marmalade.");
    assert_eq!(
        copied_run(
            &format!("Purple owls audited the 40% tariff on $3 marmalade. {own}"),
            &made_up
        ),
        None,
        "nine words in a row are allowed"
    );
    assert_eq!(
        copied_run(
            &format!("{own} Seven purple OWLS audited the 40% tariff on $3 marmalade!"),
            &made_up
        ),
        Some("seven purple owls audited the 40% tariff on $3 marmalade".to_string())
    );
}
