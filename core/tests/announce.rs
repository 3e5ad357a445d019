//! What the live region says, natively, in both languages: after a move, where the reader is (the step with its
//! place in the walkthrough, or the page's name); after a change of scenario, each outcome that moved and the
//! ending it now leads to, or nothing when nothing moved; after a change of the compared scenario, the same read
//! from the reader's scenario and named as the other's.

use std::cell::RefCell;
use std::path::Path;

use gambit_core::announce::{compare_change, place, place_title, scenario_change};
use gambit_core::content::{ContentFiles, Table};
use gambit_core::markup::{compare_delta_words, difference_words, progress};
use gambit_core::model::{diff, evaluate, Scenario};
use gambit_core::url::Page;
use gambit_core::Case;

fn cases() -> Vec<Case> {
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    ["en", "zh-Hans"]
        .into_iter()
        .map(|lang| Case::load(&files, lang).unwrap())
        .collect()
}

#[test]
fn a_move_says_the_step_and_its_place_or_the_pages_name() {
    for case in cases() {
        let lang = &case.lang;
        let mut said = Vec::new();
        for step in case.steps.ids() {
            let words = place(&case, Page::Walkthrough, step);
            let title = &case.steps[step].text.title;
            assert!(
                words.contains(title.as_ref()) && words.contains(&progress(&case, step)),
                "{lang}, step {}: {words}",
                step.index()
            );
            said.push(words);
        }
        let first = case.steps.ids().next().unwrap();
        for page in [Page::Model, Page::Compare, Page::Handout] {
            let words = place(&case, page, first);
            assert_eq!(words, place_title(&case, page, first), "{lang}, {page:?}");
            said.push(words);
        }
        let count = said.len();
        said.sort();
        said.dedup();
        assert_eq!(said.len(), count, "{lang}: two places are said alike");
    }
}

#[test]
fn a_change_of_scenario_says_each_outcome_that_moved_and_the_new_ending() {
    for case in cases() {
        let model = &case.model;
        let today = Scenario::defaults(model);
        assert_eq!(scenario_change(&case, &diff(model, &today, &today)), None);
        let mut endings = 0;
        for (p, preset) in model.presets.with_ids() {
            let change = diff(model, &today, &Scenario::preset(model, p));
            let Some(words) = scenario_change(&case, &change) else {
                assert!(
                    change.is_empty(),
                    "{}: preset {} moved something but nothing is said",
                    case.lang,
                    preset.data.id
                );
                continue;
            };
            for moved in &change.outcomes {
                let label = &model.outcomes[moved.outcome].text.label;
                for part in [label.to_string(), moved.from.to_string(), moved.to.to_string()] {
                    assert!(
                        words.contains(&part),
                        "{}: preset {}: {part} not in {words}",
                        case.lang,
                        preset.data.id
                    );
                }
            }
            if let Some((_, to)) = change.ending {
                endings += 1;
                let title = &model.endings[to].text.title;
                assert!(words.contains(title.as_ref()), "{}: {title} not in {words}", case.lang);
            }
        }
        assert!(endings > 0, "{}: no preset changes the ending", case.lang);
    }
}

#[test]
fn a_change_of_the_compared_scenario_is_read_from_yours_and_named_as_the_others() {
    for case in cases() {
        let model = &case.model;
        let today = Scenario::defaults(model);
        let yours = evaluate(model, &today);
        let ui = &case.meta.ui;
        let asked = RefCell::new(Vec::new());
        let difference = |from: i32, to: i32| {
            asked.borrow_mut().push((from, to));
            format!("<{from}|{to}>")
        };
        assert_eq!(
            compare_change(&case, &diff(model, &today, &today), &yours, difference),
            None
        );
        let (p, _) = model.presets.with_ids().last().unwrap();
        let other = Scenario::preset(model, p);
        let change = diff(model, &today, &other);
        let words = compare_change(&case, &change, &yours, difference).expect("the last preset moves something");
        let (head, tail) = ui.announce_other_changes.split_once("{changes}").unwrap();
        assert!(
            words.starts_with(head) && words.ends_with(tail),
            "{}: {words}",
            case.lang
        );
        let wanted: Vec<(i32, i32)> = change
            .outcomes
            .iter()
            .map(|c| (yours.outcomes[c.outcome.index()].value, c.to))
            .collect();
        assert_eq!(
            *asked.borrow(),
            wanted,
            "{}: each moved outcome read from yours",
            case.lang
        );
        for (from, to) in wanted {
            assert!(words.contains(&format!("<{from}|{to}>")), "{}: {words}", case.lang);
        }
    }
}

/// The words of one outcome that differs on the compare page and in its announcement: both values in order, and the
/// change in points signed with the language's own minus sign.
#[test]
fn a_difference_names_both_values_and_the_signed_change_in_points() {
    for case in cases() {
        let lang = &case.lang;
        let ui = &case.meta.ui;
        let up = difference_words(&case, 30, 55);
        let (yours, other) = (up.find("30").expect("yours"), up.find("55").expect("other"));
        assert!(yours < other, "{lang}: {up}");
        let gain = ui.punctuation.points.replace("{delta}", "+25");
        assert!(up.contains(&gain), "{lang}: {up} has no {gain}");
        let down = difference_words(&case, 55, 30);
        let loss = ui
            .punctuation
            .points
            .replace("{delta}", &format!("{}25", ui.punctuation.minus));
        assert!(down.contains(&loss), "{lang}: {down} has no {loss}");
        assert!(
            !up.contains('{') && !down.contains('{'),
            "{lang}: a placeholder left in {up} / {down}"
        );
    }
}

/// The compare table's difference in words, read from yours to the compared one: above yours says "higher", below
/// says "lower" (each its own words, with the distance and no sign), the same values say nothing; what the screen
/// reader hears says it again, relative to your scenario.
#[test]
fn the_compare_tables_difference_says_higher_or_lower_than_yours() {
    for case in cases() {
        let lang = &case.lang;
        let share = &case.meta.ui.share;
        let [up, up_heard] = compare_delta_words(&case, 30, 55).expect("a difference");
        let [down, down_heard] = compare_delta_words(&case, 55, 45).expect("a difference");
        assert_eq!(up, share.higher.replace("{n}", "25"), "{lang}");
        assert_eq!(up_heard, share.higher_heard.replace("{n}", "25"), "{lang}");
        assert_eq!(down, share.lower.replace("{n}", "10"), "{lang}");
        assert_eq!(down_heard, share.lower_heard.replace("{n}", "10"), "{lang}");
        assert_ne!(up, down.replace("10", "25"), "{lang}: higher and lower read alike");
        for words in [&up, &down, &up_heard, &down_heard] {
            assert!(
                !words.contains(['+', '-', '{']),
                "{lang}: {words} has a sign or a placeholder"
            );
        }
        assert_eq!(
            compare_delta_words(&case, 40, 40),
            None,
            "{lang}: the same value has a difference"
        );
    }
}
