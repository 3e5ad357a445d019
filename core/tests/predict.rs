//! "Predict, then look": the model's answer to each prediction comes from the model, for the reader's scenario,
//! and a prediction whose ids or sense are wrong fails the load with its file and id.

use std::path::Path;

use gambit_core::content::{ContentFiles, Prediction, Table};
use gambit_core::model::{evaluate, Cause, Scenario};
use gambit_core::predict::{reveal, Answer, Direction, SAME_WITHIN};
use gambit_core::Case;

fn shipped() -> ContentFiles {
    ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap()
}

fn case() -> Case {
    Case::load(&shipped(), "en").unwrap()
}

fn prediction<'a>(case: &'a Case, id: &str) -> &'a Prediction {
    case.predictions.iter().find(|p| p.data.id == id).unwrap()
}

/// The errors of loading the English case once `from` is replaced by `to` in `path`.
fn errors_after_edit(path: &str, from: &str, to: &str) -> Vec<String> {
    let mut files = shipped();
    let text = files.get(path).expect("file exists").to_string();
    assert!(text.contains(from), "{path} should contain {from:?}");
    files.insert(path, text.replacen(from, to, 1));
    match Case::load(&files, "en") {
        Ok(_) => Vec::new(),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn directions_have_a_band_for_about_the_same() {
    assert_eq!(Direction::of(SAME_WITHIN + 1), Direction::Up);
    assert_eq!(Direction::of(SAME_WITHIN), Direction::Same);
    assert_eq!(Direction::of(0), Direction::Same);
    assert_eq!(Direction::of(-SAME_WITHIN), Direction::Same);
    assert_eq!(Direction::of(-SAME_WITHIN - 1), Direction::Down);
}

#[test]
fn the_answer_is_the_models_for_the_scenario_of_the_moment() {
    let case = case();
    let model = &case.model;
    let today = Scenario::defaults(model);
    let chips = prediction(&case, "chips-cut-compute");
    let r = reveal(model, &chips.data, &today);
    assert_eq!((r.from, r.to, r.direction), (55, 30, Direction::Down));
    let reasons: Vec<&str> = r
        .gained
        .iter()
        .map(|c| match c {
            Cause::Rule(rule) => model.rules[*rule].data.id.as_ref(),
            Cause::Slope { .. } => "a slope",
        })
        .collect();
    assert_eq!(reasons, ["chips-domestic-compute"]);
    // Squeezing long-horizon research cuts the bet on originality (P11, P24): innovation goes down.
    let research = prediction(&case, "research-squeezed-innovation");
    assert_eq!(reveal(model, &research.data, &today).direction, Direction::Down);
    // From a scenario that already has the option, the change moves nothing.
    let mut done = today.clone();
    done[chips.data.assumption.id()] = chips.data.option.id();
    let r = reveal(model, &chips.data, &done);
    assert_eq!((r.from, r.to, r.direction), (30, 30, Direction::Same));
    assert!(r.gained.is_empty() && r.lost.is_empty());
}

#[test]
fn every_shipped_prediction_agrees_with_evaluating_both_scenarios() {
    let case = case();
    let model = &case.model;
    assert!((3..=5).contains(&case.predictions.len()));
    for preset in model.presets.ids() {
        let scenario = Scenario::preset(model, preset);
        for p in case.predictions.iter() {
            let mut after = scenario.clone();
            after[p.data.assumption.id()] = p.data.option.id();
            let outcome = p.data.outcome.id();
            let (from, to) = (
                evaluate(model, &scenario)[outcome].value,
                evaluate(model, &after)[outcome].value,
            );
            let r = reveal(model, &p.data, &scenario);
            assert_eq!(
                (r.from, r.to, r.direction),
                (from, to, Direction::of(to - from)),
                "{}",
                p.data.id
            );
        }
    }
}

/// A question's answer must rest on what the article says: from the present, at least one rule behind the model's
/// answer has the article's direction (a question answered by our assumption alone would mark a student wrong for
/// reasoning from the article). A rule has it when it is not marked ours, or when it is marked ours only because the
/// option that triggers it is ours (our scenario, or our reading of a threat) and its reason says "The direction
/// follows the article" (a test in `calibration.rs` holds that phrase to the Chinese and to the flag).
#[test]
fn every_prediction_rests_on_a_rule_the_article_supports() {
    let case = case();
    let model = &case.model;
    for p in case.predictions.iter() {
        let r = reveal(model, &p.data, &Scenario::defaults(model));
        let supported = r.gained.iter().any(|c| match c {
            Cause::Rule(rule) => {
                let rule = &model.rules[*rule];
                !rule.data.ours || rule.text.reason.contains("The direction follows the article")
            }
            Cause::Slope { slope, .. } => !model.slopes[*slope].data.ours,
        });
        assert!(
            supported,
            "prediction `{}` rests only on our assumptions: {:?}",
            p.data.id, r.gained
        );
    }
}

#[test]
fn a_guess_matches_only_the_models_direction() {
    let case = case();
    let r = reveal(
        &case.model,
        &prediction(&case, "tiktok-ban-trust").data,
        &Scenario::defaults(&case.model),
    );
    assert_eq!(r.direction, Direction::Down);
    let answer = |guess| {
        Answer::Guessed {
            guess,
            reveal: r.clone(),
        }
        .matched()
    };
    assert_eq!(answer(Direction::Down), Some(true));
    assert_eq!(answer(Direction::Same), Some(false));
    assert_eq!(answer(Direction::Up), Some(false));
    assert_eq!(Answer::Skipped.matched(), None);
}

#[test]
fn a_typo_in_a_predictions_ids_names_file_and_id() {
    let file = "data/predictions.json";
    assert_eq!(
        errors_after_edit(file, r#""step": "chip-chokehold""#, r#""step": "chip-chokehol""#),
        ["content/data/predictions.json: `chips-cut-compute`: no step `chip-chokehol`"]
    );
    assert_eq!(
        errors_after_edit(file, r#""option": "domestic""#, r#""option": "domestik""#),
        ["content/data/predictions.json: `chips-cut-compute`: assumption `chips` has no option `domestik`"]
    );
    assert_eq!(
        errors_after_edit(file, r#""outcome": "global-trust""#, r#""outcome": "global-trusts""#),
        ["content/data/predictions.json: `tiktok-ban-trust`: no outcome `global-trusts`"]
    );
    assert_eq!(
        errors_after_edit("text/en/predictions.json", r#""tiktok-ban-trust""#, r#""tiktok-bans-trust""#),
        [
            "content/text/en/predictions.json: `tiktok-ban-trust`: no text for this id",
            "content/text/en/predictions.json: `tiktok-bans-trust`: text for an id that data/predictions.json does not have"
        ]
    );
}

#[test]
fn a_prediction_must_be_askable_on_its_step() {
    let file = "data/predictions.json";
    assert_eq!(
        errors_after_edit(file, r#""step": "tiktok-shadow""#, r#""step": "chip-chokehold""#),
        [
            "content/data/predictions.json: `tiktok-ban-trust`: step `chip-chokehold` already has a prediction",
            "content/data/predictions.json: `tiktok-ban-trust`: step `chip-chokehold` shows no control for assumption `tiktok`"
        ]
    );
    assert_eq!(
        errors_after_edit(file, r#""outcome": "compute""#, r#""outcome": "global-trust""#),
        ["content/data/predictions.json: `chips-cut-compute`: from the article's present, `chips` = `domestic` does not move `global-trust`: there is nothing to predict"]
    );
}

#[test]
fn an_answer_in_words_puts_the_guess_beside_the_models_answer() {
    let case = case();
    let r = reveal(
        &case.model,
        &prediction(&case, "chips-cut-compute").data,
        &Scenario::defaults(&case.model),
    );
    assert_eq!(
        gambit_core::predict::answer_words(&case, Direction::Up, &r),
        [
            "Your guess: Up",
            "The model: Compute access from 55 to 30 (Down)",
            "Your guess differs from the model."
        ]
    );
    assert_eq!(
        gambit_core::predict::answer_words(&case, Direction::Down, &r)[2],
        "Your guess matches the model."
    );
}

/// The teacher's answer key: for a scenario without the option asked about, the model's answer from it; for one that
/// has it already (a shared link), the answer from the same scenario with that assumption as in 2025, as the
/// question takes it when answered; never "about the same" for the chip question, whose answer is a fall.
#[test]
fn the_answer_key_is_the_answer_the_question_takes() {
    let case = case();
    let model = &case.model;
    for prediction in case.predictions.iter() {
        let d = &prediction.data;
        let today = gambit_core::model::Scenario::defaults(model);
        let key = gambit_core::predict::answer_key(model, d, &today);
        assert_eq!(key, gambit_core::predict::reveal(model, d, &today), "{}", d.id);
        let mut asked = today.clone();
        asked[d.assumption.id()] = d.option.id();
        assert_eq!(
            gambit_core::predict::answer_key(model, d, &asked),
            key,
            "{}: from a link that sets the option",
            d.id
        );
        assert_ne!(key.from, key.to, "{}: the key's answer moves nothing", d.id);
    }
}

/// The scenario a question flips from (the worksheet's "before" chart): the scenario as it is where it lacks the option
/// asked about; where it has it, the same with only that assumption put back as in 2025, so that flipping it moves
/// the outcome the answer key says.
#[test]
fn a_question_is_asked_from_its_scenario_without_the_option_it_asks_about() {
    let case = case();
    let model = &case.model;
    for prediction in case.predictions.iter() {
        let d = &prediction.data;
        let (assumption, option) = (d.assumption.id(), d.option.id());
        let today = Scenario::defaults(model);
        assert_eq!(gambit_core::predict::asked_from(model, d, &today), today, "{}", d.id);
        let mut asked = today.clone();
        asked[assumption] = option;
        let from = gambit_core::predict::asked_from(model, d, &asked);
        assert_ne!(
            from[assumption], option,
            "{}: the before scenario has the option asked about",
            d.id
        );
        assert_eq!(
            from, today,
            "{}: more than the assumption asked about was put back",
            d.id
        );
        let key = gambit_core::predict::answer_key(model, d, &asked);
        assert_eq!(key, reveal(model, d, &from), "{}: the key answers from elsewhere", d.id);
    }
}

/// The "before" picture's line names the assumption asked about with the option it has before the change, in both
/// languages, from the content's own words: for a shared link that already has the option, 2025's option.
#[test]
fn the_before_line_names_the_option_the_question_flips_from() {
    for lang in ["en", "zh-Hans"] {
        let case = Case::load(&shipped(), lang).unwrap();
        let model = &case.model;
        for prediction in case.predictions.iter() {
            let d = &prediction.data;
            let (assumption, option) = (d.assumption.id(), d.option.id());
            let a = &model.assumptions[assumption];
            let mut asked = Scenario::defaults(model);
            asked[assumption] = option;
            let from = gambit_core::predict::asked_from(model, d, &asked);
            let line = gambit_core::markup::before_words(&case, d, &from);
            let before = &a.option_text(a.default()).label;
            let after = &a.option_text(option).label;
            assert!(line.contains(a.text.label.as_ref()), "{lang} {}: {line}", d.id);
            assert!(
                line.contains(before.as_ref()),
                "{lang} {}: no 2025 option {before:?} in {line}",
                d.id
            );
            assert!(
                !line.contains(after.as_ref()) || after.contains(before.as_ref()),
                "{lang} {}: the option asked about in {line}",
                d.id
            );
        }
    }
}
