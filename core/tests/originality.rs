//! The content rule: every sentence is our own. No content file may repeat ten words in a row of the article
//! (`../shared/case/article.md` beside the checkout, or the file `$AI_GAMBIT_ARTICLE` names).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

const RUN: usize = 10;

fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_alphanumeric() || c == '$' || c == '%'))
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

fn article() -> String {
    let path = std::env::var_os("AI_GAMBIT_ARTICLE")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../shared/case/article.md"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "the article is needed to check the content rule: {}: {e}",
            path.display()
        )
    })
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

/// The first run of ten words that `text` shares with the article, if any.
fn copied_run(text: &str, runs: &HashSet<Vec<String>>) -> Option<String> {
    words(text)
        .windows(RUN)
        .find(|w| runs.contains(*w))
        .map(|w| w.join(" "))
}

#[test]
fn no_content_file_repeats_ten_words_of_the_article() {
    let article = words(&article());
    let runs: HashSet<Vec<String>> = article.windows(RUN).map(<[String]>::to_vec).collect();
    assert!(runs.len() > 2000, "the article looks truncated");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut files = Vec::new();
    files_under(&root.join("content"), &mut files);
    files.push(root.join("README.md"));
    let copied: Vec<String> = files
        .iter()
        .filter_map(|f| {
            copied_run(&std::fs::read_to_string(f).unwrap(), &runs).map(|run| format!("{}: {run}", f.display()))
        })
        .collect();
    assert!(
        copied.is_empty(),
        "rewrite these in our own words:\n{}",
        copied.join("\n")
    );
}

#[test]
fn a_copied_sentence_is_caught() {
    let article = words(&article());
    let runs: HashSet<Vec<String>> = article.windows(RUN).map(<[String]>::to_vec).collect();
    let sentence = article[100..112].join(" ");
    assert!(copied_run(&format!("Intro. {sentence}. Outro."), &runs).is_some());
    assert!(copied_run("A sentence of our own, long enough to have ten words in it.", &runs).is_none());
}
