//! The walkthrough's questions over a visit ([`Questions`]): when a chart is held back, what answering, skipping
//! and "Ask again" do, which answers go stale, and what `ask=0` and entering the slides forget. One rule a test,
//! each on the shipped case, so a rule changed in the core fails here in seconds rather than in a browser.

use std::path::Path;

use gambit_core::content::{AssumptionId, OptionId, PredictionId, StepId, Table};
use gambit_core::predict::{reveal, Answer, Direction, Questions};
use gambit_core::{Case, ContentFiles, Scenario};

fn case() -> Case {
    let files = ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).unwrap();
    Case::load(&files, "en").unwrap()
}

/// A prediction of the shipped case, with its step, assumption and the option it asks about.
struct Asked {
    id: PredictionId,
    step: StepId,
    assumption: AssumptionId,
    option: OptionId,
}

fn asked(case: &Case, key: &str) -> Asked {
    let (id, d) = case
        .predictions
        .with_ids()
        .find(|(_, p)| p.data.id == key)
        .unwrap_or_else(|| panic!("no prediction {key}"));
    Asked {
        id,
        step: d.data.step.id(),
        assumption: d.data.assumption.id(),
        option: d.data.option.id(),
    }
}

/// The 2025 scenario with `q`'s assumption already on the option it asks about, as a shared link may bring it.
fn arrived_with_answer(case: &Case, q: &Asked) -> Scenario {
    let mut s = Scenario::defaults(&case.model);
    s[q.assumption] = q.option;
    s
}

fn option_of(s: &Scenario) -> impl Fn(AssumptionId) -> OptionId + '_ {
    |a| s[a]
}

#[test]
fn a_visit_starts_with_every_question_open_or_with_every_one_set_aside() {
    let case = case();
    let asking = Questions::new(&case, true);
    assert_eq!(asking.answers().len(), case.predictions.len());
    assert!(asking.answers().iter().all(Option::is_none));
    let aside = Questions::new(&case, false);
    assert!(aside.answers().iter().all(|a| a == &Some(Answer::Skipped)));
}

#[test]
fn a_chart_is_held_back_only_while_its_open_question_would_be_given_away_by_a_link() {
    let case = case();
    let q = asked(&case, "chips-cut-compute");
    let other = asked(&case, "tiktok-ban-trust");
    let questions = Questions::new(&case, true);
    let today = Scenario::defaults(&case.model);
    let linked = arrived_with_answer(&case, &q);
    // (scenario, step, held back?)
    let table = [
        (&today, q.step, false),
        (&linked, q.step, true),
        (&linked, other.step, false),
    ];
    for (scenario, step, held) in table {
        assert_eq!(questions.held_back(&case, step, option_of(scenario)), held, "{step:?}");
    }
    // Skipped or set aside, it shows.
    let mut skipped = questions.clone();
    skipped.skip(q.id);
    assert!(!skipped.held_back(&case, q.step, option_of(&linked)));
    assert!(!Questions::new(&case, false).held_back(&case, q.step, option_of(&linked)));
}

#[test]
fn a_choice_by_hand_shows_the_chart_of_each_question_about_that_assumption() {
    let case = case();
    let q = asked(&case, "chips-cut-compute");
    let linked = arrived_with_answer(&case, &q);
    let mut questions = Questions::new(&case, true);
    // Another assumption set by hand leaves this question's chart held back.
    questions.chosen(&case, asked(&case, "tiktok-ban-trust").assumption);
    assert!(questions.held_back(&case, q.step, option_of(&linked)));
    assert!(questions.chosen(&case, q.assumption));
    assert!(!questions.held_back(&case, q.step, option_of(&linked)));
    assert!(questions.answer(q.id).is_none(), "looking answers nothing");
    assert!(
        !questions.chosen(&case, q.assumption),
        "nothing new to look at the second time"
    );
}

#[test]
fn an_answer_is_the_models_from_the_scenario_before_the_flip_or_from_2025_if_a_link_had_flipped_it() {
    let case = case();
    let q = asked(&case, "chips-cut-compute");
    let d = &case.predictions[q.id].data;
    let today = Scenario::defaults(&case.model);
    for scenario in [today.clone(), arrived_with_answer(&case, &q)] {
        let mut questions = Questions::new(&case, true);
        let r = questions.predict(&case, q.id, Direction::Up, &scenario);
        assert_eq!(r, reveal(&case.model, d, &today));
        assert_ne!(r.from, r.to, "the answer shows a change");
        assert_eq!(
            questions.answer(q.id),
            Some(&Answer::Guessed {
                guess: Direction::Up,
                reveal: r
            })
        );
    }
}

#[test]
fn ask_again_forgets_the_answer_and_gives_back_the_option_the_answer_flipped() {
    let case = case();
    let q = asked(&case, "chips-cut-compute");
    let today = Scenario::defaults(&case.model);
    let mut questions = Questions::new(&case, true);
    questions.predict(&case, q.id, Direction::Down, &today);
    questions.chosen(&case, q.assumption);
    assert_eq!(questions.ask_again(&case, q.id), Some(today[q.assumption]));
    assert!(questions.answer(q.id).is_none());
    // Given back once: a second "Ask again" has nothing to restore.
    assert_eq!(questions.ask_again(&case, q.id), None);
    // Answered from a link that had the option: the option stays, and the chart waits for the answer again.
    let linked = arrived_with_answer(&case, &q);
    let mut questions = Questions::new(&case, true);
    questions.predict(&case, q.id, Direction::Down, &linked);
    questions.chosen(&case, q.assumption);
    assert_eq!(questions.ask_again(&case, q.id), Some(q.option));
    assert!(questions.held_back(&case, q.step, option_of(&linked)));
}

#[test]
fn an_answer_goes_stale_when_its_assumption_leaves_the_option_and_a_skip_never_does() {
    let case = case();
    let q = asked(&case, "chips-cut-compute");
    let t = asked(&case, "tiktok-ban-trust");
    let today = Scenario::defaults(&case.model);
    let mut questions = Questions::new(&case, true);
    questions.predict(&case, q.id, Direction::Down, &today);
    questions.skip(t.id);
    let flipped = arrived_with_answer(&case, &q);
    assert!(
        !questions.forget_stale(&case, option_of(&flipped)),
        "still the option asked about"
    );
    assert!(questions.answer(q.id).is_some());
    assert!(questions.forget_stale(&case, option_of(&today)), "back to 2025");
    assert!(questions.answer(q.id).is_none());
    assert_eq!(questions.answer(t.id), Some(&Answer::Skipped));
    // Forgotten, there is nothing left to give back.
    assert_eq!(questions.ask_again(&case, q.id), None);
}

#[test]
fn ask_0_skips_the_open_questions_and_asking_again_brings_back_only_those() {
    let case = case();
    let q = asked(&case, "chips-cut-compute");
    let t = asked(&case, "tiktok-ban-trust");
    let today = Scenario::defaults(&case.model);
    let mut questions = Questions::new(&case, true);
    questions.predict(&case, q.id, Direction::Down, &today);
    let answered = questions.answer(q.id).cloned();
    questions.set_asking(false);
    assert_eq!(questions.answer(t.id), Some(&Answer::Skipped));
    assert_eq!(questions.answer(q.id).cloned(), answered);
    questions.set_asking(true);
    assert_eq!(questions.answer(t.id), None);
    assert_eq!(questions.answer(q.id).cloned(), answered);
}

#[test]
fn entering_the_slides_forgets_every_answer_and_every_look() {
    let case = case();
    let q = asked(&case, "chips-cut-compute");
    let linked = arrived_with_answer(&case, &q);
    for ask in [true, false] {
        let mut questions = Questions::new(&case, true);
        questions.predict(&case, q.id, Direction::Down, &Scenario::defaults(&case.model));
        questions.chosen(&case, q.assumption);
        questions.fresh(ask);
        assert_eq!(questions, Questions::new(&case, ask));
        assert_eq!(questions.held_back(&case, q.step, option_of(&linked)), ask);
        assert_eq!(questions.ask_again(&case, q.id), None, "nothing kept to give back");
    }
}
