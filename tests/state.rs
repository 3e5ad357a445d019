//! The app's state (`src/state/`), natively, in the `ssr` build: an `Explainer` made from a link inside a reactive
//! owner, changed only through its intents, and read back through what it exposes: the link it would write
//! (`link()`), the kind of change the address bar is handed (`take_change()`: a move is a new history entry, a swap
//! or a tweak replaces the current one), the polite live region's words, the marks of the last change, the
//! questions' answers and the compare page's second scenario. Every word and id comes from the content; the words
//! expected are the core's (`gambit_core::announce`, tested there), so what is tested here is that each intent
//! changes what it should, says it once, and records its change. An integration test, as `tests/prerender.rs` is,
//! so it links the library's `ssr` build and does not compile the app a second time. Run with
//! `cargo test -p ai-gambit --no-default-features --features ssr --test state`.

use ai_gambit::content::Bundle;
use ai_gambit::state::Explainer;
use gambit_core::announce;
use gambit_core::content::{AssumptionId, OptionId, PredictionId, PresetId, SliderId, StepId, Table};
use gambit_core::history::Change;
use gambit_core::markup::difference_words;
use gambit_core::model::{diff, diff_evaluations, evaluate, Scenario};
use gambit_core::predict::{answer_words, reveal, Answer, Direction};
use gambit_core::url::{self, LinkState, Page};
use gambit_core::Case;
use leptos::prelude::{untrack, GetUntracked, Owner};

fn case(lang: &str) -> &'static Case {
    Bundle::of(lang).expect("the language is bundled").case
}

/// The state a link with `query` opens, in its own reactive owner (kept alive by the caller).
fn open(case: &'static Case, query: &str) -> (Owner, Explainer) {
    let (start, notices) = url::parse(query, case);
    assert!(notices.is_empty(), "{query}: {notices:?}");
    let owner = Owner::new();
    let state = owner.with(|| Explainer::new(case, start));
    (owner, state)
}

fn step(case: &Case, key: &str) -> StepId {
    case.step_by_key(key).expect("a step of the content")
}

fn assumption(case: &Case, key: &str) -> AssumptionId {
    case.model.assumption_by_key(key).expect("an assumption of the content")
}

fn option(case: &Case, assumption: AssumptionId, key: &str) -> OptionId {
    case.model.assumptions[assumption]
        .option_by_key(key)
        .expect("an option of the assumption")
}

fn slider(case: &Case, key: &str) -> SliderId {
    case.model.slider_by_key(key).expect("a slider of the content")
}

fn preset(case: &Case, key: &str) -> PresetId {
    case.model.preset_by_key(key).expect("a preset of the content")
}

fn prediction(case: &Case, key: &str) -> PredictionId {
    case.predictions
        .with_ids()
        .find(|(_, p)| p.data.id == key)
        .map(|(id, _)| id)
        .expect("a prediction of the content")
}

/// The first prediction's step, assumption and option, as the content has them.
fn first_prediction(case: &Case) -> (PredictionId, StepId, AssumptionId, OptionId) {
    let (p, d) = case.predictions.with_ids().next().expect("a prediction");
    (p, d.data.step.id(), d.data.assumption.id(), d.data.option.id())
}

/// The state's reading methods track; a test reads as the views' event handlers do, without tracking.
fn link(state: &Explainer) -> LinkState {
    state.link_untracked()
}

fn said(state: &Explainer) -> String {
    state.announcement().get_untracked()
}

/// A link read into the state is the link the state would write: every field of it, and the same address.
#[test]
fn the_state_holds_every_field_of_the_link_it_was_opened_with() {
    let case = case("en");
    let query = "step=chip-chokehold&chips=domestic&capex=31&page=handout&steps=intro,chip-chokehold&worksheet=1&ask=0&b=detente&present=1";
    let (start, _) = url::parse(query, case);
    let (_owner, state) = open(case, query);
    assert_eq!(link(&state), start);
    assert_eq!(url::write(&link(&state), case), url::write(&start, case));
    assert!(!state.asking().get_untracked());
    assert!(state.present().get_untracked());
    assert_eq!(
        state.compare().get_untracked(),
        Scenario::preset(&case.model, preset(case, "detente"))
    );
    assert!(!untrack(|| state.is_2025()), "the link set chips and capex");
    assert_eq!(said(&state), "", "nothing is said before the reader acts");
    assert_eq!(state.take_change(), None, "opening a link is no change of the reader's");
}

/// Moving to a step is a move (a new history entry), said once as the place; moving to the step already open
/// records nothing, and moving to it from another page opens the walkthrough.
#[test]
fn going_to_a_step_is_a_move_that_says_where_the_reader_is() {
    let case = case("en");
    let chips = step(case, "chip-chokehold");
    let (_owner, state) = open(case, "");
    state.go_to(chips);
    assert_eq!(link(&state).step, chips);
    assert_eq!(state.take_change(), Some(Change::Move));
    assert_eq!(state.take_change(), None, "a change is handed over once");
    assert_eq!(said(&state), announce::place(case, Page::Walkthrough, chips));
    assert!(said(&state).contains(&*case.steps[chips].text.title));
    state.go_to(chips);
    assert_eq!(state.take_change(), None, "the step already open");
    state.toggle_page(Page::Compare);
    assert_eq!(state.take_change(), Some(Change::Move));
    state.go_to(chips);
    assert_eq!(link(&state).page, Page::Walkthrough);
    assert_eq!(state.take_change(), Some(Change::Move));
    assert_eq!(said(&state), announce::place(case, Page::Walkthrough, chips));
}

/// A page opens as a move, named in the live region; opened again, the walkthrough comes back.
#[test]
fn a_page_toggles_as_a_move_and_is_named() {
    let case = case("en");
    let (_owner, state) = open(case, "step=incentives");
    let incentives = step(case, "incentives");
    state.toggle_page(Page::Model);
    assert_eq!(link(&state).page, Page::Model);
    assert_eq!(state.take_change(), Some(Change::Move));
    assert_eq!(said(&state), *case.meta.ui.how.title);
    assert_eq!(untrack(|| state.place_title()), &*case.meta.ui.how.title);
    state.toggle_page(Page::Handout);
    assert_eq!(link(&state).page, Page::Handout);
    assert_eq!(said(&state), *case.meta.ui.share.handout);
    state.toggle_page(Page::Handout);
    assert_eq!(link(&state).page, Page::Walkthrough);
    assert_eq!(link(&state).step, incentives, "the step is kept");
    assert_eq!(state.take_change(), Some(Change::Move));
    assert_eq!(said(&state), announce::place(case, Page::Walkthrough, incentives));
}

/// The slides start and end as a swap (the current entry replaced at once). Starting them asks every question
/// afresh, the scenario kept; Compare stays Compare, any other page gives way to the walkthrough.
#[test]
fn the_slides_are_a_swap_and_start_the_questions_afresh() {
    let case = case("en");
    let (p, _, a, o) = first_prediction(case);
    let (_owner, state) = open(case, "page=model");
    state.predict(p, Direction::Down);
    assert!(untrack(|| state.answer(p)).is_some());
    let _ = state.take_change();
    state.toggle_present();
    let now = link(&state);
    assert!(now.present);
    assert_eq!(now.page, Page::Walkthrough, "the model page gives way to the slides");
    assert_eq!(state.take_change(), Some(Change::Swap));
    assert_eq!(untrack(|| state.answer(p)), None, "asked afresh");
    assert_eq!(now.scenario[a], o, "the scenario is kept");
    state.toggle_present();
    assert!(!link(&state).present);
    assert_eq!(state.take_change(), Some(Change::Swap));
    state.toggle_page(Page::Compare);
    state.toggle_present();
    assert_eq!(link(&state).page, Page::Compare, "Compare is presented as itself");
}

/// The changes made before the address bar takes them are handed over as one: a move with anything is a move, a
/// swap with a tweak a swap, tweaks a tweak; once taken, nothing is left.
#[test]
fn changes_not_yet_taken_are_handed_over_as_one() {
    let case = case("en");
    let chips = assumption(case, "chips");
    let (_owner, state) = open(case, "");
    state.choose(chips, option(case, chips, "domestic"));
    state.set_worksheet(true);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    state.choose(chips, option(case, chips, "unrestricted"));
    state.go_to(step(case, "objectives"));
    state.choose_handout(vec![step(case, "intro")]);
    assert_eq!(
        state.take_change(),
        Some(Change::Move),
        "a tweak before a move rides with it"
    );
    state.drag_slider(slider(case, "capex"), 30);
    state.toggle_present();
    assert_eq!(state.take_change(), Some(Change::Swap));
    assert_eq!(state.take_change(), None);
}

/// Choosing an option sets it, says what it changed against what was said last (once: the same choice again
/// says nothing new), marks the change on the bars and records a tweak.
#[test]
fn choosing_an_option_says_what_it_changed_since_the_last_change_said() {
    let case = case("en");
    let model = &case.model;
    let chips = assumption(case, "chips");
    let domestic = option(case, chips, "domestic");
    let (_owner, state) = open(case, "");
    let before = link(&state).scenario;
    state.choose(chips, domestic);
    let after = link(&state).scenario;
    assert_eq!(after[chips], domestic);
    assert_eq!(state.choice(chips).get_untracked(), domestic);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    let change = diff(model, &before, &after);
    assert!(!change.is_empty(), "the content's chip step flips outcomes");
    assert_eq!(Some(said(&state)), announce::scenario_change(case, &change));
    assert_eq!(state.last_change().get_untracked(), Some(change));
    for o in model.outcomes.ids() {
        assert_eq!(
            state.outcome(o).get_untracked(),
            evaluate(model, &after).outcomes[o.index()]
        );
    }
    assert_eq!(state.ending().get_untracked(), evaluate(model, &after).ending);
    state.choose(chips, domestic);
    assert_eq!(
        Some(said(&state)),
        announce::scenario_change(case, &diff(model, &before, &after))
    );
    assert_eq!(state.take_change(), Some(Change::Tweak));
    state.choose(chips, option(case, chips, "compliant"));
    assert_eq!(
        Some(said(&state)),
        announce::scenario_change(case, &diff(model, &after, &before)),
        "against the scenario last said, not the link's"
    );
}

/// A dragged slider follows at once, clamped to its scale, and records a tweak but says nothing; setting it says
/// the change from the scenario last said, the drag included.
#[test]
fn a_dragged_slider_is_quiet_until_it_is_set() {
    let case = case("en");
    let model = &case.model;
    let capex = slider(case, "capex");
    let d = &model.sliders[capex].data;
    let (_owner, state) = open(case, "");
    let before = link(&state).scenario;
    state.drag_slider(capex, d.max + 10);
    assert_eq!(state.slider(capex).get_untracked(), d.max, "clamped to its scale");
    assert_eq!(state.take_change(), Some(Change::Tweak));
    assert_eq!(said(&state), "");
    assert_eq!(state.last_change().get_untracked(), None);
    state.set_slider(capex, d.min);
    let after = link(&state).scenario;
    assert_eq!(after[capex], d.min);
    assert_eq!(
        Some(said(&state)),
        announce::scenario_change(case, &diff(model, &before, &after))
    );
    assert_eq!(state.take_change(), Some(Change::Tweak));
}

/// A preset sets the whole scenario and resetting brings back 2025's, each said and recorded as a tweak.
#[test]
fn a_preset_and_the_reset_set_the_whole_scenario() {
    let case = case("en");
    let model = &case.model;
    let (_owner, state) = open(case, "tiktok=ban&capex=12");
    let start = link(&state).scenario;
    let decoupling = Scenario::preset(model, preset(case, "decoupling"));
    state.apply_preset(preset(case, "decoupling"));
    assert_eq!(link(&state).scenario, decoupling);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    assert_eq!(
        Some(said(&state)),
        announce::scenario_change(case, &diff(model, &start, &decoupling))
    );
    state.reset_scenario();
    assert_eq!(link(&state).scenario, Scenario::defaults(model));
    assert!(untrack(|| state.is_2025()));
    assert_eq!(state.take_change(), Some(Change::Tweak));
    assert_eq!(
        Some(said(&state)),
        announce::scenario_change(case, &diff(model, &decoupling, &Scenario::defaults(model)))
    );
}

/// Back and Forward set the state to what the address says, recording nothing (the address says it already),
/// naming the place, clearing the marks, and taking the scenarios it sets as the ones said last: a change to the
/// same scenario afterwards says nothing new. An answer whose option the scenario no longer has is forgotten.
#[test]
fn back_and_forward_set_the_address_state_and_reset_what_was_said() {
    let case = case("en");
    let model = &case.model;
    let p = prediction(case, "chips-cut-compute");
    let d = &case.predictions[p].data;
    let (chips, domestic) = (d.assumption.id(), d.option.id());
    let (_owner, state) = open(case, "step=chip-chokehold");
    let back = link(&state);
    state.predict(p, Direction::Down);
    assert!(untrack(|| state.answer(p)).is_some());
    assert!(state.last_change().get_untracked().is_some());
    let _ = state.take_change();
    let (forward, _) = url::parse(
        "step=tiktok-shadow&page=compare&b=decoupling&tiktok=ban&chips=domestic",
        case,
    );
    state.apply(&forward);
    assert_eq!(link(&state), forward);
    assert_eq!(state.take_change(), None, "the address already says it");
    assert_eq!(said(&state), announce::place(case, Page::Compare, forward.step));
    assert_eq!(state.last_change().get_untracked(), None, "the marks are cleared");
    assert!(untrack(|| state.answer(p)).is_some(), "its option is still chosen");
    let place = said(&state);
    state.choose(assumption(case, "tiktok"), forward.scenario[assumption(case, "tiktok")]);
    assert_eq!(said(&state), place, "the scenario applied is the one said last");
    state.set_compare(preset(case, "decoupling"));
    assert_eq!(said(&state), place, "the second scenario applied is the one said last");
    let _ = state.take_change();
    state.apply(&back);
    assert_eq!(link(&state), back);
    assert_ne!(back.scenario[chips], domestic);
    assert_eq!(untrack(|| state.answer(p)), None, "a stale answer is forgotten");
    state.choose(chips, domestic);
    assert_eq!(
        Some(said(&state)),
        announce::scenario_change(case, &diff(model, &back.scenario, &link(&state).scenario))
    );
}

/// Back to a link that sets the questions aside (`ask=0`) skips those open; forward to one that asks them brings
/// them back.
#[test]
fn back_and_forward_carry_whether_the_questions_are_asked() {
    let case = case("en");
    let (p, ..) = first_prediction(case);
    let (_owner, state) = open(case, "");
    let (aside, _) = url::parse("ask=0", case);
    state.apply(&aside);
    assert!(!state.asking().get_untracked());
    assert_eq!(untrack(|| state.answer(p)), Some(Answer::Skipped));
    state.apply(&LinkState::start(case));
    assert!(state.asking().get_untracked());
    assert_eq!(untrack(|| state.answer(p)), None);
    assert_eq!(state.take_change(), None);
}

/// The handout's steps are kept in order, once each, and reach the link only on the handout's page, as does the
/// worksheet; with none chosen, the handout prints the current step.
#[test]
fn the_handout_and_the_worksheet_reach_the_link_only_on_the_handout() {
    let case = case("en");
    let (intro, chips, frictions) = (
        step(case, "intro"),
        step(case, "chip-chokehold"),
        step(case, "frictions"),
    );
    let (_owner, state) = open(case, "step=frictions");
    assert_eq!(untrack(|| state.handout_steps()), vec![frictions], "the current step");
    state.choose_handout(vec![chips, intro, chips]);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    state.set_worksheet(true);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    assert!(untrack(|| state.worksheet()));
    assert_eq!(untrack(|| state.handout_steps()), vec![intro, chips]);
    let walkthrough = link(&state);
    assert_eq!(
        walkthrough.handout,
        Vec::<StepId>::new(),
        "only the handout's page carries them"
    );
    assert!(!walkthrough.worksheet);
    state.toggle_page(Page::Handout);
    let handout = link(&state);
    assert_eq!(handout.handout, vec![intro, chips]);
    assert!(handout.worksheet);
    assert_eq!(
        url::read(&url::write(&handout, case), case).0,
        handout,
        "the address says it all"
    );
    state.set_worksheet(false);
    assert!(!link(&state).worksheet);
}

/// Setting the questions aside skips those open and is a tweak; asked again, they are open again; setting it to
/// what it is records nothing.
#[test]
fn setting_the_questions_aside_skips_them_and_is_a_tweak() {
    let case = case("en");
    let (p, ..) = first_prediction(case);
    let (_owner, state) = open(case, "");
    state.set_asking(true);
    assert_eq!(state.take_change(), None, "already asking");
    state.set_asking(false);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    assert!(!link(&state).ask);
    assert_eq!(untrack(|| state.answer(p)), Some(Answer::Skipped));
    state.set_asking(true);
    assert!(link(&state).ask);
    assert_eq!(untrack(|| state.answer(p)), None);
}

/// Predicting flips the assumption asked about, keeps the model's answer for the scenario as it was and says the
/// guess and the answer; asking again puts the option back; skipping flips nothing and says so.
#[test]
fn a_prediction_flips_its_option_says_the_answer_and_can_be_asked_again() {
    let case = case("en");
    let model = &case.model;
    let (p, s, a, o) = first_prediction(case);
    let (_owner, state) = open(case, &format!("step={}", case.steps[s].data.id));
    let before = link(&state).scenario;
    assert_ne!(before[a], o, "2025's option is not the one asked about");
    assert!(!untrack(|| state.held_back(s)));
    state.predict(p, Direction::Up);
    assert_eq!(link(&state).scenario[a], o);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    let expected = reveal(model, &case.predictions[p].data, &before);
    assert_eq!(
        untrack(|| state.answer(p)),
        Some(Answer::Guessed {
            guess: Direction::Up,
            reveal: expected.clone()
        })
    );
    assert_eq!(
        said(&state),
        answer_words(case, Direction::Up, &expected).join(&case.meta.ui.punctuation.clauses)
    );
    state.ask_again(p);
    assert_eq!(link(&state).scenario[a], before[a], "the option it had before");
    assert_eq!(untrack(|| state.answer(p)), None);
    assert_eq!(state.take_change(), Some(Change::Tweak));
    state.skip_prediction(p);
    assert_eq!(untrack(|| state.answer(p)), Some(Answer::Skipped));
    assert_eq!(link(&state).scenario[a], before[a], "nothing is flipped");
    assert_eq!(said(&state), *case.meta.ui.predict.skipped);
}

/// A link that already has the option a step asks about holds the step's chart back until the question is
/// answered or skipped; an embed never does.
#[test]
fn a_shared_scenario_holds_back_the_chart_until_the_question_is_settled() {
    let case = case("en");
    let (p, s, a, o) = first_prediction(case);
    let query = format!(
        "step={}&{}={}",
        case.steps[s].data.id,
        model_key(case, a),
        case.model.assumptions[a].data.options[o.index()]
    );
    let (_owner, state) = open(case, &query);
    assert_eq!(link(&state).scenario[a], o);
    assert!(untrack(|| state.held_back(s)));
    state.skip_prediction(p);
    assert!(!untrack(|| state.held_back(s)));
    let (_owner, embedded) = open(case, &format!("{query}&embed=1"));
    assert!(!untrack(|| embedded.held_back(s)));
}

fn model_key(case: &Case, a: AssumptionId) -> &str {
    &case.model.assumptions[a].data.id
}

/// The compare page's second scenario: a preset, an option, a dragged then set slider and a copy of the reader's
/// own, each a tweak, each said (but the drag) against the second scenario last said, read from the reader's
/// scenario; the comparison follows both scenarios.
#[test]
fn the_second_scenario_changes_through_its_intents_and_is_compared() {
    let case = case("en");
    let model = &case.model;
    let chips = assumption(case, "chips");
    let capex = slider(case, "capex");
    let (_owner, state) = open(case, "page=compare&chips=domestic");
    let yours = link(&state).scenario;
    let compared = |state: &Explainer| {
        let c = state.compare().get_untracked();
        assert_eq!(
            state.comparison().get_untracked(),
            diff_evaluations(&evaluate(model, &yours), &evaluate(model, &c))
        );
        assert_eq!(state.compare_ending().get_untracked(), evaluate(model, &c).ending);
        c
    };
    let said_of = |from: &Scenario, to: &Scenario| {
        let evaluation = evaluate(model, &yours);
        announce::compare_change(case, &diff(model, from, to), &evaluation, |y, o| {
            difference_words(case, y, o)
        })
    };
    let start = compared(&state);
    assert_eq!(start, Scenario::defaults(model));
    state.set_compare(preset(case, "detente"));
    let detente = compared(&state);
    assert_eq!(detente, Scenario::preset(model, preset(case, "detente")));
    assert_eq!(state.take_change(), Some(Change::Tweak));
    assert_eq!(Some(said(&state)), said_of(&start, &detente));
    state.choose_compare(chips, option(case, chips, "domestic"));
    let domestic = compared(&state);
    assert_eq!(
        state.compare_choice(chips).get_untracked(),
        option(case, chips, "domestic")
    );
    assert_eq!(Some(said(&state)), said_of(&detente, &domestic));
    let words = said(&state);
    state.drag_compare_slider(capex, model.sliders[capex].data.min - 1);
    assert_eq!(
        state.compare_slider(capex).get_untracked(),
        model.sliders[capex].data.min
    );
    assert_eq!(state.take_change(), Some(Change::Tweak));
    assert_eq!(said(&state), words, "a drag says nothing");
    state.set_compare_slider(capex, model.sliders[capex].data.max);
    let set = compared(&state);
    assert_eq!(Some(said(&state)), said_of(&domestic, &set));
    state.compare_from_yours();
    assert_eq!(compared(&state), yours);
    assert!(state.comparison().get_untracked().is_empty());
    assert_eq!(link(&state).compare, yours);
    assert_eq!(link(&state).scenario, yours, "the reader's own is untouched");
}

/// Each language's state speaks its own words: the same intents in Chinese say the Chinese content's.
#[test]
fn the_state_speaks_the_language_of_its_case() {
    let (en, zh) = (case("en"), case("zh-Hans"));
    let chips = step(zh, "chip-chokehold");
    let (_owner, state) = open(zh, "");
    state.go_to(chips);
    assert_eq!(said(&state), announce::place(zh, Page::Walkthrough, chips));
    assert_ne!(said(&state), announce::place(en, Page::Walkthrough, chips));
    let a = assumption(zh, "chips");
    let before = link(&state).scenario;
    state.choose(a, option(zh, a, "domestic"));
    let change = diff(&zh.model, &before, &link(&state).scenario);
    assert_eq!(Some(said(&state)), announce::scenario_change(zh, &change));
    assert_ne!(Some(said(&state)), announce::scenario_change(en, &change));
}
