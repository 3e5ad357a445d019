//! Running test commands while counting what they report, and the closing summary line.

mod lines;
#[cfg(test)]
mod tests;

pub use lines::{counts, running, slowest, time_line, Counts, Tally, TimeLine, Timed};

use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

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

/// How many of the slowest tests (and files) each step prints.
const SLOWEST: usize = 10;

impl Summary {
    /// Runs `command`, echoing its output (stdout and stderr, each to its own), and records its counts, its time and
    /// the times of its tests; prints its ten slowest tests (and, for node, files) when it ends. A command that
    /// fails without reporting a failed test counts as one failure, so a broken build never passes as "0 failed".
    /// Returns the time of each file of tests (node's), for the next run's order.
    pub fn run(&mut self, name: &str, command: &mut Command, tally: Tally) -> Vec<Timed> {
        println!("\n==> {name}");
        let (seen, ok, took) = watch(command, tally, echo);
        let files = seen.files.clone();
        self.finish(name, seen, ok, took);
        files
    }

    /// Runs `command` as [`run`](Self::run) does but keeps its output instead of echoing it, for steps that run
    /// side by side; [`record`](Self::record) prints and counts it.
    pub fn capture(name: &str, command: &mut Command, tally: Tally) -> Captured {
        let mut output = String::new();
        let (seen, ok, took) = watch(command, tally, |_, line| {
            output.push_str(line);
            output.push('\n');
        });
        Captured {
            name: name.to_string(),
            seen,
            ok,
            took,
            output,
        }
    }

    /// Prints a step [`capture`](Self::capture) ran, its output whole, and records it as [`run`](Self::run) does;
    /// returns the time of each file of tests.
    pub fn record(&mut self, captured: Captured) -> Vec<Timed> {
        let Captured {
            name,
            seen,
            ok,
            took,
            output,
        } = captured;
        println!("\n==> {name}");
        print!("{output}");
        let files = seen.files.clone();
        self.finish(&name, seen, ok, took);
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

/// A step run by [`Summary::capture`], waiting to be printed and recorded.
pub struct Captured {
    name: String,
    seen: Seen,
    ok: bool,
    took: Duration,
    output: String,
}

impl Captured {
    /// How long the step took.
    pub fn took(&self) -> Duration {
        self.took
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

/// Runs `command`, reading each line of its output for counts and times and handing it to `each` (with whether it
/// came on stderr); returns what it reported, whether it ended well and how long it took.
fn watch(command: &mut Command, tally: Tally, mut each: impl FnMut(bool, &str)) -> (Seen, bool, Duration) {
    let started = Instant::now();
    let mut seen = Seen::new(tally);
    let ok = stream(command, |is_err, line| {
        each(is_err, &line);
        seen.line(is_err, &line);
    });
    (seen, ok, started.elapsed())
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
