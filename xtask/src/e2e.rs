//! The suite's end-to-end stage: `e2e/*.test.mjs` in every engine, the engines side by side, several files at a
//! time in each, longest first by the engine's last times, each file only in the engines its header names.

use std::path::{Path, PathBuf};

use crate::report::{self, Summary, Tally};
use crate::tools::{self, Toolbox};

/// The browser engines every end-to-end test runs on.
const ENGINES: [&str; 3] = ["chromium", "firefox", "webkit"];

/// The end-to-end files of dist/ in every engine, the engines side by side (`XTASK_E2E_ENGINES`), each running
/// several files at a time, longest first by the last run's times. Each engine's output is printed whole when all
/// have ended, in the order of [`ENGINES`].
pub(crate) fn end_to_end(tools: &Toolbox, root: &Path, summary: &mut Summary) -> Result<(), String> {
    let setting = std::env::var("XTASK_E2E_JOBS").ok();
    let at_once = engines_at_once(std::env::var("XTASK_E2E_ENGINES").ok().as_deref())?;
    let mut runs = Vec::new();
    for engine in ENGINES {
        let jobs = jobs_from(setting.as_deref(), engine)?;
        let (mut files, left_out) = e2e_files(root, engine)?;
        let times = tools::cache_dir().map(|d| d.join(format!("e2e-times-{engine}.tsv")));
        let last = times.as_ref().ok().and_then(|f| std::fs::read_to_string(f).ok());
        longest_first(&mut files, &read_times(last.as_deref().unwrap_or("")));
        if !left_out.is_empty() {
            println!(
                "\nxtask: in {engine}, not {} (the app's own logic, the same in every engine: their headers name the engines they run in)",
                left_out.join(", ")
            );
        }
        let mut e2e = tools.command("node");
        e2e.arg("--test")
            .arg(format!("--test-concurrency={jobs}"))
            .arg(format!(
                "--test-reporter={}",
                root.join("e2e/support/reporter.mjs").display()
            ))
            .args(files)
            .current_dir(root);
        e2e.env("DIST", root.join("dist")).env("E2E_BROWSER", engine);
        runs.push((
            format!("end-to-end tests of dist/ in {engine}, {jobs} file(s) at a time"),
            e2e,
            times,
        ));
    }
    let names: Vec<&str> = runs.iter().map(|(name, ..)| name.as_str()).collect();
    println!("\nxtask: {} engine(s) at a time: {}", at_once, names.join("; "));
    let mut captured = Vec::new();
    for group in runs.chunks_mut(at_once) {
        std::thread::scope(|scope| {
            let running: Vec<_> = group
                .iter_mut()
                .map(|(name, command, _)| {
                    let name = name.as_str();
                    scope.spawn(move || {
                        let step = Summary::capture(name, command, Tally::Node);
                        println!("xtask: {name}: ended in {:.0} s", step.took().as_secs_f64());
                        step
                    })
                })
                .collect();
            captured.extend(running.into_iter().map(|r| r.join().expect("an engine's run panicked")));
        });
    }
    for ((_, _, times), step) in runs.iter().zip(captured) {
        let took = summary.record(step);
        if let Ok(file) = times {
            // Only a guide to the order: a run that could not write it runs the files in their names' order.
            let _ = std::fs::write(file, write_times(&took));
        }
    }
    Ok(())
}

/// How many engines run their end-to-end files at the same time: what `XTASK_E2E_ENGINES` (`setting`) asks for
/// (1 runs them one after another), or all three. A file spends most of its time waiting (on this two-core
/// machine the processors stood idle half the time while one engine ran, reh29), so the engines side by side take
/// about as long as the longest of them alone rather than the sum.
fn engines_at_once(setting: Option<&str>) -> Result<usize, String> {
    match setting {
        None => Ok(ENGINES.len()),
        Some(v) => at_least_one(v, "XTASK_E2E_ENGINES", "engines"),
    }
}

/// A setting `key` that counts `what` at once: a number, 1 or more (spaces around it allowed).
fn at_least_one(v: &str, key: &str, what: &str) -> Result<usize, String> {
    v.trim()
        .parse::<usize>()
        .ok()
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{key} must be a number of {what} at once, 1 or more, not \"{v}\""))
}

/// How many end-to-end files run at once in `engine`, each with its own browser and server: what `XTASK_E2E_JOBS`
/// (`setting`) asks for, in every engine; unset, 2, but 1 in WebKit. A file spends most of its time waiting for its
/// browser to lay out, print or load, so two at a time keep the two cores of this machine busier than one; every
/// file is independent of the others (its own ports, profile and display). WebKitGTK runs one at a time: with two,
/// in a rehearsal on an idle machine, an app start stalled and the browser's session died on the page opened again
/// (once in three green-or-not runs of WebKit with two at a time; one at a time it has not been seen).
fn jobs_from(setting: Option<&str>, engine: &str) -> Result<usize, String> {
    match setting {
        None if engine == "webkit" => Ok(1),
        None => Ok(2),
        Some(v) => at_least_one(v, "XTASK_E2E_JOBS", "files"),
    }
}

/// Orders `files` for running several at a time, longest first by `times` (seconds by file name, from the last
/// run): a long file started late would run alone at the end while the other cores wait. Files without a time
/// (new ones) come first, then the rest by name.
fn longest_first(files: &mut [PathBuf], times: &std::collections::HashMap<String, f64>) {
    let time = |file: &PathBuf| {
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        times.get(&name).copied().unwrap_or(f64::INFINITY)
    };
    files.sort_by(|a, b| time(b).total_cmp(&time(a)).then_with(|| a.cmp(b)));
}

/// The file times `write_times` wrote: a line per file, seconds and name separated by a tab; other lines are skipped.
fn read_times(text: &str) -> std::collections::HashMap<String, f64> {
    text.lines()
        .filter_map(|line| {
            let (seconds, name) = line.split_once('\t')?;
            Some((name.to_string(), seconds.parse().ok()?))
        })
        .collect()
}

fn write_times(times: &[report::Timed]) -> String {
    times
        .iter()
        .map(|t| format!("{:.1}\t{}\n", t.seconds, t.what))
        .collect()
}

/// The end-to-end files to run in `engine`: every `e2e/*.test.mjs` but those whose header names other engines
/// (a line `// engines: chromium`: what exercises only the app's own logic, the same in every engine, runs in one).
/// Also returns the files left out, to say so.
fn e2e_files(root: &Path, engine: &str) -> Result<(Vec<PathBuf>, Vec<String>), String> {
    let dir = root.join("e2e");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no *.test.mjs in {}", dir.display()));
    }
    let mut left_out = Vec::new();
    files.retain(|file| {
        let source = std::fs::read_to_string(file).unwrap_or_default();
        let runs = engines_of(&source).is_none_or(|engines| engines.iter().any(|e| e == engine));
        if !runs {
            left_out.push(
                file.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
            );
        }
        runs
    });
    Ok((files, left_out))
}

/// The engines a test file's header names (`// engines: chromium`, among its first comment lines), if it names any.
fn engines_of(source: &str) -> Option<Vec<String>> {
    source
        .lines()
        .take_while(|l| l.starts_with("//"))
        .find_map(|l| l.strip_prefix("// engines:"))
        .map(|list| {
            list.split(|c: char| c == ',' || c.is_whitespace())
                .filter(|e| !e.is_empty())
                .map(str::to_string)
                .collect()
        })
}

#[cfg(test)]
mod tests {
    use super::{engines_at_once, engines_of, jobs_from, longest_first, read_times, write_times};
    use crate::report::Timed;
    use std::path::PathBuf;

    #[test]
    fn files_run_longest_first_by_the_last_runs_times_new_files_before_them() {
        let last = write_times(&[
            Timed {
                what: "a.test.mjs".into(),
                seconds: 5.0,
            },
            Timed {
                what: "judges.test.mjs".into(),
                seconds: 100.0,
            },
            Timed {
                what: "b.test.mjs".into(),
                seconds: 20.0,
            },
        ]);
        let times = read_times(&format!("{last}not a line\nx\tnew.test.mjs\n"));
        assert_eq!(times.len(), 3, "{times:?}");
        let mut files: Vec<PathBuf> = [
            "e2e/a.test.mjs",
            "e2e/b.test.mjs",
            "e2e/judges.test.mjs",
            "e2e/new.test.mjs",
        ]
        .map(PathBuf::from)
        .into();
        longest_first(&mut files, &times);
        let order: Vec<_> = files.iter().map(|f| f.file_name().unwrap().to_str().unwrap()).collect();
        assert_eq!(order, ["new.test.mjs", "judges.test.mjs", "b.test.mjs", "a.test.mjs"]);
    }

    #[test]
    fn the_files_at_once_are_two_one_in_webkit_unless_set_to_a_positive_number() {
        assert_eq!(jobs_from(None, "chromium"), Ok(2));
        assert_eq!(jobs_from(None, "firefox"), Ok(2));
        assert_eq!(jobs_from(None, "webkit"), Ok(1));
        assert_eq!(jobs_from(Some("1"), "chromium"), Ok(1));
        assert_eq!(jobs_from(Some(" 3 "), "webkit"), Ok(3));
        for bad in ["0", "two", "", "-1"] {
            assert!(
                jobs_from(Some(bad), "chromium").is_err(),
                "XTASK_E2E_JOBS={bad:?} was accepted"
            );
        }
    }

    #[test]
    fn the_engines_run_side_by_side_unless_set_to_fewer_at_once() {
        assert_eq!(engines_at_once(None), Ok(3));
        assert_eq!(engines_at_once(Some("1")), Ok(1));
        assert_eq!(engines_at_once(Some(" 2 ")), Ok(2));
        for bad in ["0", "all", "", "-1"] {
            assert!(
                engines_at_once(Some(bad)).is_err(),
                "XTASK_E2E_ENGINES={bad:?} was accepted"
            );
        }
    }

    #[test]
    fn a_test_files_header_names_its_engines() {
        let source = "// What it tests.\n// engines: chromium, firefox\nimport x;\n// engines: webkit\n";
        assert_eq!(
            engines_of(source),
            Some(vec!["chromium".to_string(), "firefox".to_string()])
        );
        assert_eq!(engines_of("// What it tests.\nimport x;\n"), None);
        assert_eq!(engines_of("import x;\n// engines: chromium\n"), None);
    }
}
