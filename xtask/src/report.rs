//! Running test commands while counting what they report, and the closing summary line.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

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

/// One step of a test run: what it counted, whether it ended well, and how long it took.
struct Step {
    name: String,
    counts: Option<Counts>,
    ok: bool,
    took: Duration,
}

/// What every step of a test run reported, and how long each took.
#[derive(Default)]
pub struct Summary {
    steps: Vec<Step>,
}

/// The time a test took, or a test binary (cargo reports times per binary, not per test), or a file of tests.
#[derive(Clone, Debug, PartialEq)]
pub struct Timed {
    pub what: String,
    pub seconds: f64,
}

/// What a line of output says of a time: a test binary's (`test result: ... finished in 1.23s`, named after the
/// `Running ...` line that started it) or a test's or a file's (`# time 1234 test file: name`, `# time 1234 file f`,
/// from `e2e/support/reporter.mjs`).
#[derive(Debug, PartialEq)]
pub enum TimeLine {
    Test(Timed),
    File(Timed),
}

/// The test binary a cargo status line starts: `Running tests/content.rs (target/debug/deps/content-1a2b)`.
pub fn running(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("Running ")?;
    let name = rest.split(" (").next()?.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// The time a line reports, if it reports one; `binary` names the test binary that is running, for cargo.
pub fn time_line(tally: Tally, line: &str, binary: Option<&str>) -> Option<TimeLine> {
    let line = line.trim();
    match tally {
        Tally::Cargo => {
            let rest = line.strip_prefix("test result: ")?;
            let secs = rest
                .split("finished in ")
                .nth(1)?
                .trim()
                .strip_suffix('s')?
                .parse()
                .ok()?;
            Some(TimeLine::Test(Timed {
                what: binary.unwrap_or("a test binary").to_string(),
                seconds: secs,
            }))
        }
        Tally::Node => {
            let rest = line.strip_prefix("# time ")?;
            let (ms, rest) = rest.split_once(' ')?;
            let seconds = ms.parse::<f64>().ok()? / 1000.0;
            if let Some(what) = rest.strip_prefix("test ") {
                Some(TimeLine::Test(Timed {
                    what: what.to_string(),
                    seconds,
                }))
            } else {
                rest.strip_prefix("file ").map(|what| {
                    TimeLine::File(Timed {
                        what: what.to_string(),
                        seconds,
                    })
                })
            }
        }
    }
}

/// The `n` slowest of `times`, slowest first.
pub fn slowest(times: &[Timed], n: usize) -> Vec<Timed> {
    let mut sorted = times.to_vec();
    sorted.sort_by(|a, b| b.seconds.total_cmp(&a.seconds));
    sorted.truncate(n);
    sorted
}

/// How many of the slowest tests (and files) each step prints.
const SLOWEST: usize = 10;

impl Summary {
    /// Runs `command`, echoing its output (stdout and stderr, each to its own), and records its counts, its time and
    /// the times of its tests; prints its ten slowest tests (and, for node, files) when it ends. A command that
    /// fails without reporting a failed test counts as one failure, so a broken build never passes as "0 failed".
    /// Returns the time of each file of tests (node's), for the next run's order.
    pub fn run(&mut self, name: &str, command: &mut Command, tally: Tally) -> Vec<Timed> {
        println!("\n==> {name}");
        let started = Instant::now();
        let mut seen = Seen::new(tally);
        let ok = stream(command, |is_err, line| {
            echo(is_err, &line);
            seen.line(is_err, &line);
        });
        let files = seen.files.clone();
        self.finish(name, seen, ok, started.elapsed());
        files
    }

    /// Records a step that ran: its counts (one failure if it failed without reporting one), its time, and its
    /// slowest tests and files, printed.
    fn finish(&mut self, name: &str, seen: Seen, ok: bool, took: Duration) {
        let Seen {
            tally,
            mut total,
            tests,
            files,
            ..
        } = seen;
        if !ok && total.failed == 0 {
            total.failed = 1;
        }
        println!("\n--> {name}: {:.0} s", took.as_secs_f64());
        let what = match tally {
            Tally::Cargo => "test binaries (cargo times each binary, not each test)",
            Tally::Node => "tests",
        };
        print_slowest(&format!("slowest {what}"), &tests);
        print_slowest("slowest files (with their browser's start)", &files);
        self.steps.push(Step {
            name: name.to_string(),
            counts: Some(total),
            ok,
            took,
        });
    }

    /// Records a step that could not run at all.
    pub fn fail(&mut self, name: &str, why: &str) {
        println!("\n==> {name}\n{why}");
        self.steps.push(Step {
            name: name.to_string(),
            counts: Some(Counts {
                failed: 1,
                ..Counts::default()
            }),
            ok: false,
            took: Duration::ZERO,
        });
    }

    /// Records the time of a step that runs no tests (installing tools, building `dist/`).
    pub fn timed(&mut self, name: &str, took: Duration) {
        println!("\n--> {name}: {:.0} s", took.as_secs_f64());
        self.steps.push(Step {
            name: name.to_string(),
            counts: None,
            ok: true,
            took,
        });
    }

    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for step in &self.steps {
            total += step.counts.unwrap_or_default();
        }
        total
    }

    pub fn print(&self, elapsed: Duration) {
        println!("\n==> summary ({:.0} s)", elapsed.as_secs_f64());
        let line = |c: Counts| format!("{} passed, {} failed, {} skipped", c.passed, c.failed, c.skipped);
        for step in &self.steps {
            let secs = step.took.as_secs_f64();
            match step.counts {
                Some(counts) => println!(
                    "{} {}: {} ({secs:.0} s)",
                    if step.ok { "ok  " } else { "FAIL" },
                    step.name,
                    line(counts)
                ),
                None => println!("     {} ({secs:.0} s)", step.name),
            }
        }
        println!("summary: {}", line(self.total()));
    }
}

/// What a step's output has reported so far: its counts, its tests' and files' times, and the test binary running.
struct Seen {
    tally: Tally,
    total: Counts,
    tests: Vec<Timed>,
    files: Vec<Timed>,
    binary: Option<String>,
}

impl Seen {
    fn new(tally: Tally) -> Self {
        Seen {
            tally,
            total: Counts::default(),
            tests: Vec::new(),
            files: Vec::new(),
            binary: None,
        }
    }

    /// Reads one line of output: cargo names the binary it runs on stderr; counts and times come on stdout.
    fn line(&mut self, is_err: bool, line: &str) {
        if let Some(found) = running(line) {
            self.binary = Some(found);
        }
        if is_err {
            return;
        }
        if let Some(found) = counts(self.tally, line) {
            self.total += found;
        }
        match time_line(self.tally, line, self.binary.as_deref()) {
            Some(TimeLine::Test(t)) => self.tests.push(t),
            Some(TimeLine::File(t)) => self.files.push(t),
            None => {}
        }
    }
}

fn echo(is_err: bool, line: &str) {
    if is_err {
        eprintln!("{line}");
    } else {
        println!("{line}");
    }
}

/// Runs `command` and hands each line of its output to `each` (with whether it came on stderr) in the order the
/// lines arrive; returns whether it ended well.
fn stream(command: &mut Command, mut each: impl FnMut(bool, String)) -> bool {
    match command.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn() {
        Ok(mut child) => {
            // Both streams through one channel, in the order they arrive: cargo names the binary it runs on
            // stderr, and the binary reports its result on stdout.
            let (send, lines) = mpsc::channel::<(bool, String)>();
            let stdout: Box<dyn Read + Send> = Box::new(child.stdout.take().expect("piped stdout"));
            let stderr: Box<dyn Read + Send> = Box::new(child.stderr.take().expect("piped stderr"));
            let readers: Vec<_> = [(false, stdout), (true, stderr)]
                .into_iter()
                .map(|(is_err, stream)| {
                    let send = send.clone();
                    std::thread::spawn(move || {
                        for line in BufReader::new(stream).lines().map_while(Result::ok) {
                            if send.send((is_err, line)).is_err() {
                                break;
                            }
                        }
                    })
                })
                .collect();
            drop(send);
            for (is_err, line) in lines {
                each(is_err, line);
            }
            for reader in readers {
                let _ = reader.join();
            }
            child.wait().is_ok_and(|s| s.success())
        }
        Err(e) => {
            each(false, format!("cannot start: {e}"));
            false
        }
    }
}

fn print_slowest(title: &str, times: &[Timed]) {
    if times.is_empty() {
        return;
    }
    println!("{title}:");
    for t in slowest(times, SLOWEST) {
        println!("  {:>7.1} s  {}", t.seconds, t.what);
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
    fn times_are_read_per_test_binary_and_per_node_test_and_file() {
        assert_eq!(
            running("     Running tests/content.rs (target/debug/deps/content-1a2b)").as_deref(),
            Some("tests/content.rs")
        );
        assert_eq!(running("   Compiling xtask v0.1.0"), None);
        let line = "test result: ok. 9 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.25s";
        assert_eq!(
            time_line(Tally::Cargo, line, Some("tests/url.rs")),
            Some(TimeLine::Test(Timed {
                what: "tests/url.rs".into(),
                seconds: 1.25
            }))
        );
        assert_eq!(
            time_line(Tally::Node, "# time 1500 test links.test.mjs: a link opens", None),
            Some(TimeLine::Test(Timed {
                what: "links.test.mjs: a link opens".into(),
                seconds: 1.5
            }))
        );
        assert_eq!(
            time_line(Tally::Node, "# time 250 file links.test.mjs", None),
            Some(TimeLine::File(Timed {
                what: "links.test.mjs".into(),
                seconds: 0.25
            }))
        );
        assert_eq!(time_line(Tally::Node, "# pass 3", None), None);
        let times: Vec<Timed> = (0..12)
            .map(|i| Timed {
                what: i.to_string(),
                seconds: f64::from(i % 7),
            })
            .collect();
        let top = slowest(&times, 3);
        assert_eq!(top.iter().map(|t| t.seconds).collect::<Vec<_>>(), [6.0, 5.0, 4.0]);
    }

    /// A command that prints cargo's line for four passing tests.
    fn four_passing() -> Command {
        let mut echo = Command::new("echo");
        echo.arg("test result: ok. 4 passed; 0 failed;");
        echo
    }

    /// The counts of [`four_passing`] beside a command that fails without counts.
    const FOUR_AND_A_FAILURE: Counts = Counts {
        passed: 4,
        failed: 1,
        skipped: 0,
    };

    #[test]
    fn a_failing_command_without_counts_is_one_failure() {
        let mut summary = Summary::default();
        summary.run("false", &mut Command::new("false"), Tally::Cargo);
        assert_eq!(summary.total().failed, 1);
        summary.run("echo", &mut four_passing(), Tally::Cargo);
        assert_eq!(summary.total(), FOUR_AND_A_FAILURE);
    }
}
