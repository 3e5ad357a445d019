//! The report's tests: the result lines of cargo, wasm-bindgen and node are read and counted as the suite's
//! summary says them.

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
