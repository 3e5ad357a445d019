//! The scenario model's calibration criteria (README, "The scenario model"), each tested over every combination
//! of options with the sliders at every step of their scales.

use std::path::Path;
use std::sync::LazyLock;

use gambit_core::calibration::{calibrate, Report};
use gambit_core::content::{ContentFiles, Table};
use gambit_core::Case;

fn case() -> &'static Case {
    static CASE: LazyLock<Case> = LazyLock::new(|| {
        let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
        Case::load(&files, "en").unwrap()
    });
    &CASE
}

fn report() -> &'static Report {
    static REPORT: LazyLock<Report> = LazyLock::new(|| calibrate(&case().model));
    &REPORT
}

fn ending_id(e: &gambit_core::calibration::EndingReport) -> &'static str {
    &case().model.endings[e.ending].data.id
}

#[test]
fn every_ending_is_reached_by_at_least_five_percent_of_all_combinations() {
    let report = report();
    let model = &case().model;
    let discrete: usize = model.assumptions.iter().map(|a| a.data.options.len()).product();
    let points: usize = model
        .sliders
        .iter()
        .map(|s| ((s.data.max - s.data.min) / s.data.step + 1) as usize)
        .product();
    assert_eq!(report.combinations, discrete * points);
    for e in &report.endings {
        assert!(
            report.share(e) >= 5.0,
            "`{}` is reached by {:.1}% of combinations",
            ending_id(e),
            report.share(e)
        );
    }
}

#[test]
fn every_ending_is_at_most_two_changes_from_the_articles_present() {
    for e in &report().endings {
        let nearest = e.nearest.as_ref();
        assert!(nearest.is_some_and(|c| c.len() <= 2), "`{}`: {nearest:?}", ending_id(e));
    }
}

#[test]
fn no_ending_requires_one_particular_option() {
    // No ending's words name an option, so none may need one.
    for e in &report().endings {
        assert!(
            e.requires.is_empty(),
            "`{}` is reached only with {:?}",
            ending_id(e),
            e.requires
        );
    }
}

#[test]
fn every_ending_is_reached_without_the_models_own_assumptions() {
    for e in &report().endings {
        assert!(
            e.without_ours > 0,
            "`{}` rests only on rules marked as ours",
            ending_id(e)
        );
    }
}

#[test]
fn every_outcome_feeds_an_ending() {
    let model = &case().model;
    for (o, outcome) in model.outcomes.with_ids() {
        let feeds = model
            .endings
            .iter()
            .any(|e| e.data.when.iter().any(|t| t.outcome.id() == o));
        assert!(feeds, "outcome `{}` decides no ending", outcome.data.id);
    }
}

#[test]
fn every_outcome_can_rise_and_fall() {
    let model = &case().model;
    for (o, outcome) in model.outcomes.with_ids() {
        let deltas = model
            .rules
            .iter()
            .filter(|r| r.data.outcome.id() == o)
            .map(|r| r.data.delta)
            .chain(
                model
                    .slopes
                    .iter()
                    .filter(|s| s.data.outcome.id() == o)
                    .flat_map(|s| [s.data.change, -s.data.change]),
            );
        let (mut up, mut down) = (false, false);
        for d in deltas {
            up |= d > 0;
            down |= d < 0;
        }
        assert!(up && down, "outcome `{}` can only move one way", outcome.data.id);
    }
}

/// A rule the article does not support is flagged `ours`, and its reason says so to the reader; a rule that is not
/// flagged does not call itself ours.
#[test]
fn rules_marked_as_ours_say_so() {
    for rule in case().model.rules.iter() {
        let says = rule.text.reason.to_lowercase().contains("our assumption")
            || rule.text.reason.to_lowercase().contains("our reading");
        assert_eq!(
            rule.data.ours, says,
            "rule `{}`: flagged {} but its reason reads {:?}",
            rule.data.id, rule.data.ours, rule.text.reason
        );
    }
}

#[test]
fn the_presets_lead_where_their_words_say() {
    let model = &case().model;
    let ending_of = |p: &str| {
        let p = model.presets.with_ids().find(|(_, x)| x.data.id == p).unwrap().0;
        let e = gambit_core::model::evaluate(model, &gambit_core::model::Scenario::preset(model, p)).ending;
        model.endings[e].data.id.as_ref()
    };
    assert_eq!(ending_of("present"), "fast-follower");
    assert_eq!(ending_of("decoupling"), "domestic-champion");
    assert_eq!(ending_of("detente"), "global-contender");
    assert_eq!(ending_of("cash-crunch"), "overextended");
}
