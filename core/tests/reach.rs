//! How far each ending is from a scenario: the conditions marked are exactly those that hold, the scenario's own
//! ending is "here", and the fewest changes found lead to the ending and are the fewest (no shorter set does).

use std::path::Path;
use std::sync::LazyLock;

use gambit_core::content::{ContentFiles, Table, Way};
use gambit_core::markup::{endings_reach, model_page};
use gambit_core::model::{evaluate, threshold_holds, Change, Scenario};
use gambit_core::reach::{alternatives, nearest_changes, nearest_ways, reach, MAX_CHANGES};
use gambit_core::Case;
use proptest::prelude::*;

fn case() -> &'static Case {
    static CASE: LazyLock<Case> = LazyLock::new(|| {
        let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
        Case::load(&files, "en").unwrap()
    });
    &CASE
}

fn scenario_strategy(case: &'static Case) -> impl Strategy<Value = Scenario> {
    let choices: Vec<_> = case.model.assumptions.iter().map(|a| 0..a.data.options.len()).collect();
    let sliders: Vec<_> = case.model.sliders.iter().map(|s| s.data.min..=s.data.max).collect();
    (choices, sliders).prop_map(|(choices, sliders)| Scenario::from_positions(&case.model, &choices, &sliders).unwrap())
}

fn apply(scenario: &Scenario, changes: &[Change]) -> Scenario {
    changes.iter().fold(scenario.clone(), |s, c| c.apply(&s))
}

#[test]
fn from_the_present_the_open_questions_are_more_than_one_change_away() {
    let model = &case().model;
    let present = Scenario::defaults(model);
    for r in reach(model, &present) {
        let id = model.endings[r.ending].data.id.as_ref();
        let nearest = r
            .nearest
            .as_ref()
            .unwrap_or_else(|| panic!("`{id}` is more than {MAX_CHANGES} changes away"));
        assert_eq!(nearest.is_empty(), id == "fast-follower", "`{id}`: {nearest:?}");
        if ["global-contender", "original-innovator", "hemmed-in"].contains(&id) {
            assert!(nearest.len() >= 2, "`{id}` is one change from the present: {nearest:?}");
        }
    }
}

#[test]
fn a_second_way_is_as_short_leads_there_and_goes_through_other_controls() {
    let model = &case().model;
    let present = Scenario::defaults(model);
    let mut seconds = 0;
    for r in reach(model, &present) {
        let id = model.endings[r.ending].data.id.as_ref();
        let Some(other) = &r.other else { continue };
        seconds += 1;
        let first = r.nearest.as_ref().expect("a second way comes with a first");
        assert_eq!(other.len(), first.len(), "`{id}`: {first:?} and {other:?}");
        assert_eq!(
            evaluate(model, &apply(&present, other)).ending,
            r.ending,
            "`{id}`: {other:?}"
        );
        let controls = |way: &[Change]| way.iter().map(|c| c.control()).collect::<Vec<_>>();
        assert_ne!(controls(first), controls(other), "`{id}`: the same controls twice");
    }
    assert!(seconds > 0, "no ending has a second way from the present");
}

#[test]
fn the_reach_of_the_present_is_written_for_every_ending() {
    let case = case();
    let html = endings_reach(case, &Scenario::defaults(&case.model));
    for e in case.model.endings.iter() {
        assert!(
            html.contains(&format!(r#"data-ending="{}""#, e.data.id)),
            "{}",
            e.data.id
        );
    }
    let conditions: usize = case
        .model
        .endings
        .iter()
        .map(|e| e.data.when.len() + e.data.requires.len() + usize::from(e.data.pressures.is_some()))
        .sum();
    assert_eq!(
        html.matches(r#"<li class="met">"#).count() + html.matches(r#"<li class="unmet">"#).count(),
        conditions
    );
    assert_eq!(html.matches(r#"class="ending-reach here""#).count(), 1);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn reach_marks_what_holds_and_finds_the_fewest_changes(s in scenario_strategy(case())) {
        let model = &case().model;
        let evaluation = evaluate(model, &s);
        let values = evaluation.values();
        let reached = reach(model, &s);
        prop_assert_eq!(reached.len(), model.endings.len());
        prop_assert_eq!(reached.iter().filter(|r| r.here).count(), 1);
        let singles: Vec<Change> = alternatives(model, &s).into_iter().flatten().collect();
        for r in &reached {
            let ending = &model.endings[r.ending];
            let mut holds: Vec<bool> = ending.data.when.iter().map(|t| threshold_holds(t, &values)).collect();
            holds.extend(ending.data.requires.iter().map(|q| {
                q.ways().any(|way| match way {
                    Way::Option { assumption, option } => s[assumption] == option,
                    Way::Slider { slider, at_least } => s[slider] >= at_least,
                })
            }));
            let in_play: Vec<bool> = model
                .assumptions
                .with_ids()
                .filter_map(|(a, x)| x.data.pressures.iter().find(|p| p.option.id() == s[a]).map(|p| p.ours))
                .collect();
            let all = in_play.len() as u32;
            let named = in_play.iter().filter(|&&ours| !ours).count() as u32;
            if let Some(p) = &ending.data.pressures {
                let counted = p.at_least.is_none_or(|n| all >= n) && p.at_most.is_none_or(|n| all <= n);
                holds.push(counted || p.or_named.is_some_and(|n| named >= n));
            }
            prop_assert_eq!(&r.conditions, &holds, "{}", ending.data.id);
            prop_assert_eq!(r.here, r.ending == evaluation.ending);
            // Met but outranked exactly when every condition holds (as the ending counts them) and it is not here.
            let met = !r.here
                && !ending.data.when.is_empty()
                && gambit_core::model::ending_holds(ending, &gambit_core::model::Standing::new(model, |a| s[a], |k| s[k], &values));
            prop_assert_eq!(r.shown_as, met.then_some(evaluation.ending), "{}", ending.data.id);
            if let Some(changes) = &r.nearest {
                prop_assert_eq!(evaluate(model, &apply(&s, changes)).ending, r.ending, "{}: {:?}", ending.data.id, changes);
                if changes.len() >= 2 {
                    let by_one = singles.iter().any(|c| evaluate(model, &c.apply(&s)).ending == r.ending);
                    prop_assert!(!by_one, "{}: one change would do, not {:?}", ending.data.id, changes);
                }
            }
        }
        // The search with a smaller limit finds the same or nothing.
        let one = nearest_changes(model, &s, 1);
        for (r, n) in reached.iter().zip(one) {
            if r.shown_as.is_some() {
                prop_assert!(r.nearest.is_none() && r.other.is_none(), "{:?}", r);
                continue;
            }
            match n {
                Some(c) => prop_assert_eq!(Some(c), r.nearest.clone()),
                None => prop_assert!(r.nearest.as_ref().is_none_or(|c| c.len() >= 2)),
            }
        }
    }
}

/// An ending whose conditions all hold but which an ending before it names (Détente: every condition of
/// "Originality in play" is met, and the scenario reads as "A stronger bid for leadership") is marked "met; shown
/// as" the higher one, and no route to it is proposed: the only one would put the pressure on TikTok back, a threat
/// offered as the way to originality (review 16, finding 6). Before, its words were "Fewest changes to get here:
/// Pressure on TikTok → …".
#[test]
fn a_met_ending_outranked_by_one_before_it_proposes_no_route() {
    let case = case();
    let model = &case.model;
    let detente = Scenario::preset(
        model,
        model
            .presets
            .ids()
            .find(|&p| model.presets[p].data.id.as_ref() == "detente")
            .unwrap(),
    );
    let reached = reach(model, &detente);
    let id = |r: &gambit_core::reach::EndingReach| model.endings[r.ending].data.id.as_ref();
    let here = reached.iter().find(|r| r.here).unwrap();
    assert_eq!(id(here), "global-contender");
    let original = reached.iter().find(|r| id(r) == "original-innovator").unwrap();
    assert!(original.conditions.iter().all(|&c| c), "{original:?}");
    assert_eq!(original.shown_as, Some(here.ending));
    assert_eq!((&original.nearest, &original.other), (&None, &None));
    let words = gambit_core::markup::nearest_words(case, original);
    let title = model.endings[here.ending].text.title.as_ref();
    assert!(words.contains(title), "{words}");
    let tiktok = model
        .assumptions
        .iter()
        .find(|a| a.data.id.as_ref() == "tiktok")
        .unwrap();
    assert!(!words.contains(tiktok.text.label.as_ref()), "{words}");
    assert!(
        !words.contains(model.words.nearest.split('{').next().unwrap()),
        "{words}"
    );
}

/// Every rule and slope flagged as ours carries the mark wherever it is shown outside the app's own views: in the
/// CSV of a scenario where it applies, and on "How this works", which also lists every proposition, those of our
/// own design with the mark.
#[test]
fn the_mark_of_our_judgement_shows_in_the_csv_and_on_how_this_works() {
    use gambit_core::markup::{model_page, outcomes_csv};
    use gambit_core::phrase::ours_tag;
    let case = case();
    let model = &case.model;
    let tag = ours_tag(case);
    let page = model_page(case);
    let marked = page
        .matches(&format!(
            r#"<span class="ours">{}</span>"#,
            gambit_core::phrase::escape(tag)
        ))
        .count();
    let ours = model.rules.iter().filter(|r| r.data.ours).count() + model.slopes.iter().filter(|s| s.data.ours).count();
    // Each rule, slope and proposition of ours, each base value and each ending with conditions.
    let expected = ours
        + model.propositions.iter().filter(|p| p.data.ours).count()
        + model.outcomes.len()
        + model.endings.iter().filter(|e| !e.data.when.is_empty()).count();
    assert_eq!(marked, expected, "marks on How this works");
    for p in model.propositions.iter() {
        assert!(
            page.contains(gambit_core::phrase::escape(&p.text.claim).as_str()),
            "{}",
            p.data.id
        );
    }
    // Détente applies rules of ours (TikTok easing); every cause of ours in its CSV carries the mark.
    let detente = Scenario::preset(model, model.preset_by_key("detente").unwrap());
    let csv = outcomes_csv(case, case.steps.ids().last().expect("a step"), &detente);
    let rows_with_ours = csv.matches(tag).count();
    let causes_of_ours: usize = evaluate(model, &detente)
        .outcomes
        .iter()
        .flat_map(|o| &o.causes)
        .filter(|c| match c {
            gambit_core::model::Cause::Rule(r) => model.rules[*r].data.ours,
            gambit_core::model::Cause::Slope { slope, .. } => model.slopes[*slope].data.ours,
        })
        .count();
    assert!(causes_of_ours > 0);
    assert_eq!(rows_with_ours, causes_of_ours, "{csv}");
}

/// The bounds a condition line states, read back from its words as a reader reads them: the number after each
/// bound word, its 2025 value in brackets and the outcome's label left out. `(min, max)`: `min` inclusive, `max`
/// exclusive; a range's "to 29" / "至29" (inclusive) reads as `max` 30. A line with a number after no known bound
/// word fails, so a new wording must be taught here before it can ship.
fn bounds_read_back(line: &str, label: &str) -> (Option<i32>, Option<i32>) {
    let line = line.replacen(label, "", 1);
    let line = match line.find(['(', '（']) {
        Some(at) => &line[..at],
        None => line.as_str(),
    };
    // Longest first, so that 不低于 is not read as 低于. Each word gives the bounds it sets: (at least, below).
    type Bounds = fn(i32) -> (Option<i32>, Option<i32>);
    let words: [(&str, Bounds); 10] = [
        ("at least ", |v| (Some(v), None)),
        ("from ", |v| (Some(v), None)),
        ("below ", |v| (None, Some(v))),
        ("under ", |v| (None, Some(v))),
        ("to ", |v| (None, Some(v + 1))),
        ("不低于", |v| (Some(v), None)),
        ("低于", |v| (None, Some(v))),
        ("在", |v| (Some(v), None)),
        ("至", |v| (None, Some(v + 1))),
        ("到", |v| (None, Some(v + 1))),
    ];
    let (mut min, mut max) = (None, None);
    let mut rest = line;
    while let Some(at) = rest.find(|c: char| c.is_ascii_digit()) {
        let digits = rest[at..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |n| at + n);
        let value: i32 = rest[at..digits].parse().unwrap();
        let before = &rest[..at];
        let (low, high) = words
            .iter()
            .find(|(word, _)| before.ends_with(word))
            .map(|(_, read)| read(value))
            .unwrap_or_else(|| panic!("no bound word before {value} in {line:?}"));
        min = low.or(min);
        max = high.or(max);
        rest = &rest[digits..];
    }
    (min, max)
}

/// Every ending's condition line states exactly the values for which the model's own comparison holds, in every
/// language: read back from its words, its bounds agree with `threshold_holds` at every value from 0 to 100, so at
/// each bound. Review 20 (M1) found the range line saying "不低于15且低于29" for a condition 29 meets: the code filled
/// an inclusive 29 into a template that read it as exclusive.
#[test]
fn every_condition_line_states_the_values_the_model_admits() {
    use gambit_core::markup::condition_words;
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    for lang in ["en", "zh-Hans"] {
        let case = Case::load(&files, lang).unwrap();
        let model = &case.model;
        let mut conditions = 0;
        for e in model.endings.iter() {
            for t in e.data.when.iter() {
                conditions += 1;
                let outcome = &model.outcomes[t.outcome.id()];
                let words = condition_words(&case, t);
                let where_ = format!("{lang} `{}` on `{}`: {words}", e.data.id, outcome.data.id);
                let (min, max) = bounds_read_back(&words, &outcome.text.label);
                assert!(min.is_some() || max.is_some(), "{where_}: no bound read");
                for v in 0..=100 {
                    let mut values = vec![0; model.outcomes.len()];
                    values[t.outcome.id().index()] = v;
                    let said = min.is_none_or(|m| v >= m) && max.is_none_or(|m| v < m);
                    assert_eq!(
                        threshold_holds(t, &values),
                        said,
                        "{where_}: the line and the model differ at {v}"
                    );
                }
            }
        }
        assert!(conditions > 0, "{lang}: no ending condition to check");
    }
}

/// The reader of [`bounds_read_back`] can tell an inclusive upper bound from an exclusive one, in both languages:
/// the test above could not catch M1 otherwise.
#[test]
fn bound_words_read_back_as_a_reader_reads_them() {
    for (line, bounds) in [
        ("Trust at least 15 and below 30 (30 in 2025)", (Some(15), Some(30))),
        ("Trust from 15 to 29 (30 in 2025)", (Some(15), Some(30))),
        ("Trust from 15 to under 29 (30 in 2025)", (Some(15), Some(29))),
        ("信任不低于15且低于30（2025年为30）", (Some(15), Some(30))),
        ("信任不低于15且低于29（2025年为30）", (Some(15), Some(29))),
        ("信任在15至29之间（2025年为30）", (Some(15), Some(30))),
        ("信任不低于62（2025年为55）", (Some(62), None)),
    ] {
        let label = if line.starts_with("Trust") { "Trust" } else { "信任" };
        assert_eq!(bounds_read_back(line, label), bounds, "{line}");
    }
}

/// An ending with a lower and an upper bound on one outcome (the domestic champion's trust abroad) states them as
/// one range, in every language, on the last step's list and on "How this works": the outcome and its 2025 value
/// are said once (review 15 found "Trust abroad at least 15 (30 in 2025), Trust abroad below 30 (30 in 2025)").
/// That the range is the values the model admits, [`every_condition_line_states_the_values_the_model_admits`].
#[test]
fn two_bounds_on_one_outcome_read_as_one_range_in_every_language() {
    use gambit_core::markup::{condition_words, model_page};
    use gambit_core::phrase::escape;
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    for lang in ["en", "zh-Hans"] {
        let case = Case::load(&files, lang).unwrap();
        let model = &case.model;
        let (page, reach_list) = (model_page(&case), endings_reach(&case, &Scenario::defaults(model)));
        let mut ranges = 0;
        for e in model.endings.iter() {
            for t in e.data.when.iter() {
                let (Some(_), Some(_)) = (t.at_least, t.below) else {
                    continue;
                };
                ranges += 1;
                let outcome = &model.outcomes[t.outcome.id()];
                let where_ = format!("{lang} `{}` on `{}`", e.data.id, outcome.data.id);
                let words = condition_words(&case, t);
                assert_eq!(
                    words.matches(outcome.text.label.as_ref()).count(),
                    1,
                    "{where_}: {words}"
                );
                assert_eq!(words.matches("2025").count(), 1, "{where_}: {words}");
                for (place, html) in [("How this works", &page), ("the endings' list", &reach_list)] {
                    assert!(
                        html.contains(escape(&words).as_str()),
                        "{where_}: {place} lacks {words}"
                    );
                }
            }
        }
        assert!(ranges > 0, "{lang}: no ending has two bounds on one outcome to check");
    }
}

/// The paragraph numbers of every `<span class="cite">` in `html`, one list per span.
fn cited_lists(html: &str) -> Vec<Vec<u32>> {
    html.split(r#"<span class="cite">"#)
        .skip(1)
        .map(|rest| {
            let list = &rest[..rest.find("</span>").expect("a closed cite")];
            list.split('P')
                .skip(1)
                .map(|n| n.chars().take_while(char::is_ascii_digit).collect::<String>())
                .map(|n| n.parse().unwrap_or_else(|_| panic!("a paragraph key in {list:?}")))
                .collect()
        })
        .collect()
}

/// Every paragraph list the core assembles from several records (the pressures over the endings, an ending's
/// conditions in How this works, the pressures' condition line) reads in the article's order, each paragraph
/// once, in both languages. Chinese review 23 (N18) found "P19、P23、P11、P24" and "P20、P19、P23、P11、P24、P27".
#[test]
fn assembled_paragraph_lists_are_in_the_articles_order() {
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    for lang in ["en", "zh-Hans"] {
        let case = Case::load(&files, lang).unwrap();
        let model = &case.model;
        let list = &case.meta.ui.punctuation.list;
        let mut pages = vec![model_page(&case), endings_reach(&case, &Scenario::defaults(model))];
        pages.extend(
            model
                .presets
                .ids()
                .map(|p| endings_reach(&case, &Scenario::preset(model, p))),
        );
        let lists: Vec<Vec<u32>> = pages.iter().flat_map(|html| cited_lists(html)).collect();
        // The check bites: the pages hold many lists, some of them long (the pressures cite six paragraphs).
        assert!(lists.len() > 50, "{lang}: only {} cited lists", lists.len());
        assert!(
            lists.iter().any(|l| l.len() >= 5),
            "{lang}: no cited list of five paragraphs or more"
        );
        let out_of_order: Vec<&Vec<u32>> = lists.iter().filter(|l| l.windows(2).any(|w| w[0] >= w[1])).collect();
        assert!(
            out_of_order.is_empty(),
            "{lang}: lists out of the article's order: {out_of_order:?}"
        );
        assert_eq!(
            gambit_core::phrase::cites(&case, &["P19", "P4", "P19", "P11"]),
            ["P4", "P11", "P19"].join(list),
            "{lang}: a list of references is not sorted by number and said once"
        );
    }
}

/// The search as its definition reads, with nothing made faster: every set of changes of `depth` different controls
/// (each control's settings in `alternatives`' order), each tried on a copy of the scenario and evaluated whole.
fn nearest_ways_plainly(s: &Scenario, ways: usize) -> Vec<Vec<Vec<Change>>> {
    let model = &case().model;
    let controls = alternatives(model, s);
    let mut found: Vec<Vec<Vec<Change>>> = vec![Vec::new(); model.endings.len()];
    found[evaluate(model, s).ending.index()].push(Vec::new());
    fn sets(controls: &[Vec<Change>], depth: usize) -> Vec<Vec<Change>> {
        if depth == 0 {
            return vec![Vec::new()];
        }
        let mut all = Vec::new();
        for (i, control) in controls.iter().enumerate() {
            for &change in control {
                for mut rest in sets(&controls[i + 1..], depth - 1) {
                    rest.insert(0, change);
                    all.push(rest);
                }
            }
        }
        all
    }
    for depth in 1..=MAX_CHANGES.min(controls.len()) {
        let open: Vec<bool> = found.iter().map(Vec::is_empty).collect();
        for changes in sets(&controls, depth) {
            let e = evaluate(model, &apply(s, &changes)).ending.index();
            let same = |way: &Vec<Change>| way.iter().zip(&changes).all(|(a, b)| a.control() == b.control());
            if open[e] && found[e].len() < ways && !found[e].iter().any(same) {
                found[e].push(changes);
            }
        }
    }
    found
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// The search the last step runs at every flip is made fast (one scenario changed in place, buffers reused,
    /// slider settings that change nothing skipped); it finds exactly what the plain search finds.
    #[test]
    fn the_fast_search_finds_what_the_plain_one_finds(s in scenario_strategy(case())) {
        let model = &case().model;
        prop_assert_eq!(nearest_ways(model, &s, MAX_CHANGES, 2), nearest_ways_plainly(&s, 2), "from {:?}", s);
    }
}
