//! Running test commands while counting what they report, and the closing summary line.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

/// How a command reports its counts.
#[derive(Clone, Copy)]
pub enum Tally {
    /// `test result: ok. 9 passed; 0 failed; 2 ignored; ...` per test binary (cargo test, wasm-bindgen-test-runner).
    Cargo,
    /// `# pass 3`, `# fail 0` and `# skipped 1` (node --test).
    Node,
}

/// Tests counted in a run.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub passed: usize,
    pub failed: usize,
    pub skipped: usize,
}

impl std::ops::AddAssign for Counts {
    fn add_assign(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
    }
}

/// The counts one line of output reports, if it reports any.
pub fn counts(tally: Tally, line: &str) -> Option<Counts> {
    let line = line.trim();
    let number_before = |text: &str, word: &str| -> Option<usize> {
        let at = text.find(word)?;
        text[..at]
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    };
    match tally {
        Tally::Cargo => {
            let rest = line.strip_prefix("test result: ")?;
            Some(Counts {
                passed: number_before(rest, " passed")?,
                failed: number_before(rest, " failed")?,
                skipped: number_before(rest, " ignored").unwrap_or(0),
            })
        }
        Tally::Node => {
            let (word, n) = line.strip_prefix("# ")?.split_once(' ')?;
            let n = n.trim().parse().ok()?;
            match word {
                "pass" => Some(Counts {
                    passed: n,
                    ..Counts::default()
                }),
                "fail" => Some(Counts {
                    failed: n,
                    ..Counts::default()
                }),
                "skipped" => Some(Counts {
                    skipped: n,
                    ..Counts::default()
                }),
                _ => None,
            }
        }
    }
}

/// What every step of a test run reported.
#[derive(Default)]
pub struct Summary {
    steps: Vec<(String, Counts, bool)>,
}

impl Summary {
    /// Runs `command`, echoing its output, and records its counts. A command that fails without reporting a
    /// failed test counts as one failure, so a broken build never passes as "0 failed".
    pub fn run(&mut self, name: &str, command: &mut Command, tally: Tally) {
        println!("\n==> {name}");
        let mut total = Counts::default();
        let ok = match command.stdout(Stdio::piped()).spawn() {
            Ok(mut child) => {
                let stdout = child.stdout.take().expect("piped stdout");
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    println!("{line}");
                    if let Some(found) = counts(tally, &line) {
                        total += found;
                    }
                }
                child.wait().is_ok_and(|s| s.success())
            }
            Err(e) => {
                println!("cannot start: {e}");
                false
            }
        };
        if !ok && total.failed == 0 {
            total.failed = 1;
        }
        self.steps.push((name.to_string(), total, ok));
    }

    /// Records a step that could not run at all.
    pub fn fail(&mut self, name: &str, why: &str) {
        println!("\n==> {name}\n{why}");
        self.steps.push((
            name.to_string(),
            Counts {
                failed: 1,
                ..Counts::default()
            },
            false,
        ));
    }

    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for (_, counts, _) in &self.steps {
            total += *counts;
        }
        total
    }

    pub fn print(&self, elapsed: Duration) {
        println!("\n==> summary ({:.0} s)", elapsed.as_secs_f64());
        let line = |c: Counts| format!("{} passed, {} failed, {} skipped", c.passed, c.failed, c.skipped);
        for (name, counts, ok) in &self.steps {
            println!("{} {name}: {}", if *ok { "ok  " } else { "FAIL" }, line(*counts));
        }
        println!("summary: {}", line(self.total()));
    }
}

/// Prints the sizes of a built `dist/`, raw and gzipped, for each language's folder (`dist/` and `dist/<lang>/`): its
/// own files, its step pages together, and its first visit, what a reader's browser fetches before the first
/// interaction (the page, `start.js`, the app's script, wasm and stylesheet, the icon; the service worker's
/// background caching is the step pages and `sw.js`, listed apart).
pub fn print_sizes(dist: &Path) {
    let mut roots = vec![dist.to_path_buf()];
    roots.extend(
        std::fs::read_dir(dist)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir() && p.join("index.html").is_file() && p.file_name().is_some_and(|n| n != "steps")),
    );
    println!("{:<48} {:>10} {:>10}", "file", "bytes", "gzip -9");
    let (mut raw_total, mut gz_total) = (0, 0);
    for root in roots {
        let prefix = root.strip_prefix(dist).unwrap_or(&root).display().to_string();
        let name = |file: &str| {
            if prefix.is_empty() {
                file.to_string()
            } else {
                format!("{prefix}/{file}")
            }
        };
        let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        let (mut first_raw, mut first_gz) = (0, 0);
        for file in &files {
            let (raw, gz) = sizes(file);
            raw_total += raw;
            gz_total += gz;
            let file_name = file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let first_visit = file_name == "index.html"
                || file_name == "start.js"
                || file_name == "favicon.svg"
                || file_name.starts_with("ai-gambit-")
                || file_name.starts_with("main-");
            if first_visit {
                first_raw += raw;
                first_gz += gz;
            }
            println!("{:<48} {:>10} {:>10}", name(&file_name), raw, gz);
        }
        let pages: Vec<PathBuf> = std::fs::read_dir(root.join("steps"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path().join("index.html"))
            .filter(|p| p.is_file())
            .collect();
        let (pages_raw, pages_gz) = pages
            .iter()
            .map(|p| sizes(p))
            .fold((0, 0), |(r, g), (a, b)| (r + a, g + b));
        raw_total += pages_raw;
        gz_total += pages_gz;
        let steps = format!("steps/ ({} pages)", pages.len());
        println!("{:<48} {:>10} {:>10}", name(&steps), pages_raw, pages_gz);
        // The preview images are fetched by link-preview services, never by a reader's visit.
        let previews: Vec<PathBuf> = std::fs::read_dir(root.join("previews"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .collect();
        let previews_raw: u64 = previews
            .iter()
            .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
            .sum();
        raw_total += previews_raw;
        gz_total += previews_raw;
        let label = format!("previews/ ({} PNG, not gzipped)", previews.len());
        println!("{:<48} {:>10} {:>10}", name(&label), previews_raw, previews_raw);
        let first = format!("first visit ({})", if prefix.is_empty() { "root" } else { &prefix });
        println!("{:<48} {:>10} {:>10}", first, first_raw, first_gz);
    }
    println!("{:<48} {:>10} {:>10}", "total", raw_total, gz_total);
}

/// A file's size, raw and gzipped.
fn sizes(file: &Path) -> (u64, u64) {
    (
        std::fs::metadata(file).map_or(0, |m| m.len()),
        gzip_size(file).unwrap_or(0),
    )
}

fn gzip_size(file: &Path) -> Option<u64> {
    let out = Command::new("gzip").args(["-9", "-c"]).arg(file).output().ok()?;
    out.status.success().then_some(out.stdout.len() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_and_wasm_bindgen_result_lines_are_counted() {
        let line = "test result: ok. 9 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s";
        assert_eq!(
            counts(Tally::Cargo, line),
            Some(Counts {
                passed: 9,
                failed: 0,
                skipped: 0
            })
        );
        let line = "test result: FAILED. 8 passed; 1 failed; 2 ignored; 0 measured; 0 filtered out";
        assert_eq!(
            counts(Tally::Cargo, line),
            Some(Counts {
                passed: 8,
                failed: 1,
                skipped: 2
            })
        );
        assert_eq!(counts(Tally::Cargo, "running 9 tests"), None);
    }

    #[test]
    fn node_test_counts_are_read() {
        assert_eq!(
            counts(Tally::Node, "# pass 3"),
            Some(Counts {
                passed: 3,
                ..Counts::default()
            })
        );
        assert_eq!(
            counts(Tally::Node, "# fail 2"),
            Some(Counts {
                failed: 2,
                ..Counts::default()
            })
        );
        assert_eq!(
            counts(Tally::Node, "# skipped 1"),
            Some(Counts {
                skipped: 1,
                ..Counts::default()
            })
        );
        assert_eq!(counts(Tally::Node, "# tests 5"), None);
    }

    #[test]
    fn a_failing_command_without_counts_is_one_failure() {
        let mut summary = Summary::default();
        summary.run("false", &mut Command::new("false"), Tally::Cargo);
        assert_eq!(summary.total().failed, 1);
        let mut echo = Command::new("echo");
        echo.arg("test result: ok. 4 passed; 0 failed;");
        summary.run("echo", &mut echo, Tally::Cargo);
        assert_eq!(
            summary.total(),
            Counts {
                passed: 4,
                failed: 1,
                skipped: 0
            }
        );
    }
}
