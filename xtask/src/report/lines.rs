//! What one line of a test command's output reports: its counts (cargo's and node's result lines) and its times
//! (a test binary's, a test's or a file's).

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
