//! Running test commands while counting what they report, and the closing summary line.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

/// How a command reports its counts.
#[derive(Clone, Copy)]
pub enum Tally {
    /// `test result: ok. 9 passed; 0 failed; ...` per test binary (cargo test, wasm-bindgen-test-runner).
    Cargo,
    /// `# pass 3` and `# fail 0` (node --test).
    Node,
}

/// Passed and failed counts found in one line of output, if the line reports any.
pub fn counts(tally: Tally, line: &str) -> Option<(usize, usize)> {
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
            Some((number_before(rest, " passed")?, number_before(rest, " failed")?))
        }
        Tally::Node => {
            if let Some(n) = line.strip_prefix("# pass ") {
                n.trim().parse().ok().map(|n| (n, 0))
            } else if let Some(n) = line.strip_prefix("# fail ") {
                n.trim().parse().ok().map(|n| (0, n))
            } else {
                None
            }
        }
    }
}

/// What every step of a test run reported.
#[derive(Default)]
pub struct Summary {
    steps: Vec<(String, usize, usize, bool)>,
}

impl Summary {
    /// Runs `command`, echoing its output, and records its counts. A command that fails without reporting a
    /// failed test counts as one failure, so a broken build never passes as "0 failed".
    pub fn run(&mut self, name: &str, command: &mut Command, tally: Tally) {
        println!("\n==> {name}");
        let (mut passed, mut failed) = (0, 0);
        let ok = match command.stdout(Stdio::piped()).spawn() {
            Ok(mut child) => {
                let stdout = child.stdout.take().expect("piped stdout");
                for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                    println!("{line}");
                    if let Some((p, f)) = counts(tally, &line) {
                        passed += p;
                        failed += f;
                    }
                }
                child.wait().is_ok_and(|s| s.success())
            }
            Err(e) => {
                println!("cannot start: {e}");
                false
            }
        };
        if !ok && failed == 0 {
            failed = 1;
        }
        self.steps.push((name.to_string(), passed, failed, ok));
    }

    /// Records a step that could not run at all.
    pub fn fail(&mut self, name: &str, why: &str) {
        println!("\n==> {name}\n{why}");
        self.steps.push((name.to_string(), 0, 1, false));
    }

    pub fn failed(&self) -> usize {
        self.steps.iter().map(|s| s.2).sum()
    }

    pub fn print(&self, elapsed: Duration) {
        println!("\n==> summary ({:.0} s)", elapsed.as_secs_f64());
        for (name, passed, failed, ok) in &self.steps {
            let mark = if *ok { "ok  " } else { "FAIL" };
            println!("{mark} {name}: {passed} passed, {failed} failed");
        }
        let passed: usize = self.steps.iter().map(|s| s.1).sum();
        println!("summary: {passed} passed, {} failed", self.failed());
    }
}

/// Prints each file under `dir` with its size raw and gzipped (`gzip -9`), and the totals.
pub fn print_sizes(dir: &Path) {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files.sort();
    let (mut raw_total, mut gz_total) = (0, 0);
    println!("{:<48} {:>10} {:>10}", "file", "bytes", "gzip -9");
    for file in &files {
        let raw = std::fs::metadata(file).map_or(0, |m| m.len());
        let gz = gzip_size(file).unwrap_or(0);
        raw_total += raw;
        gz_total += gz;
        println!(
            "{:<48} {:>10} {:>10}",
            file.strip_prefix(dir).unwrap_or(file).display(),
            raw,
            gz
        );
    }
    println!("{:<48} {:>10} {:>10}", "total", raw_total, gz_total);
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
        assert_eq!(counts(Tally::Cargo, line), Some((9, 0)));
        let line = "test result: FAILED. 8 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(counts(Tally::Cargo, line), Some((8, 1)));
        assert_eq!(counts(Tally::Cargo, "running 9 tests"), None);
    }

    #[test]
    fn node_test_counts_are_read() {
        assert_eq!(counts(Tally::Node, "# pass 3"), Some((3, 0)));
        assert_eq!(counts(Tally::Node, "# fail 2"), Some((0, 2)));
        assert_eq!(counts(Tally::Node, "# tests 5"), None);
    }

    #[test]
    fn a_failing_command_without_counts_is_one_failure() {
        let mut summary = Summary::default();
        summary.run("false", &mut Command::new("false"), Tally::Cargo);
        assert_eq!(summary.failed(), 1);
        let mut echo = Command::new("echo");
        echo.arg("test result: ok. 4 passed; 0 failed;");
        summary.run("echo", &mut echo, Tally::Cargo);
        assert_eq!(summary.failed(), 1);
        assert_eq!(summary.steps[1].1, 4);
    }
}
