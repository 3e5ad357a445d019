//! The address bar's decisions, natively: a move is a new history entry at once, a tweak replaces the current one
//! after a pause unless a later write overtakes it, changes made before the bar caught up count as one, and an
//! address the bar shows already is not written again.

use gambit_core::history::{caught_up, target, Change, History, Plan, Write, REPLACE_AFTER};

#[test]
fn a_move_is_a_new_entry_at_once_and_a_tweak_a_replace_after_a_pause() {
    let mut history = History::default();
    assert_eq!(history.plan(Change::Move), Plan::Now(Write::Push));
    let Plan::Later(ticket) = history.plan(Change::Tweak) else {
        panic!("a tweak is written after a pause");
    };
    assert_eq!(history.due(ticket), Some(Write::Replace));
    assert!(
        REPLACE_AFTER.as_millis() >= 100,
        "a drag would write the address at every step"
    );
}

/// The slides on or off are the same place shown another way: the entry is replaced at once, so Back after leaving
/// them goes to the place before, never into the slides again; a pending tweak is overtaken by it.
#[test]
fn a_swap_replaces_the_entry_at_once_and_overtakes_a_pending_tweak() {
    let mut history = History::default();
    let Plan::Later(tweak) = history.plan(Change::Tweak) else {
        panic!("a tweak is written after a pause");
    };
    assert_eq!(history.plan(Change::Swap), Plan::Now(Write::Replace));
    assert_eq!(history.due(tweak), None, "the swap's write carries the tweak");
}

/// A flip, then Next before the flip's replace is written: the entry left is first caught up with the flip, so
/// Back returns to the step as the reader left it; once the replace is written, or after a swap, a move is a plain
/// push.
#[test]
fn a_move_that_overtakes_a_pending_tweak_first_catches_the_entry_up() {
    let mut history = History::default();
    let Plan::Later(tweak) = history.plan(Change::Tweak) else {
        panic!("a tweak is written after a pause");
    };
    assert_eq!(history.plan(Change::Move), Plan::CatchUpThenPush);
    assert_eq!(history.due(tweak), None, "the catch-up carries the tweak");
    assert_eq!(
        history.plan(Change::Move),
        Plan::Now(Write::Push),
        "nothing left to catch up"
    );
    let Plan::Later(tweak) = history.plan(Change::Tweak) else {
        panic!("a tweak is written after a pause");
    };
    assert_eq!(history.due(tweak), Some(Write::Replace));
    assert_eq!(
        history.plan(Change::Move),
        Plan::Now(Write::Push),
        "the tweak was written"
    );
    history.plan(Change::Tweak);
    assert_eq!(history.plan(Change::Swap), Plan::Now(Write::Replace));
    assert_eq!(
        history.plan(Change::Move),
        Plan::Now(Write::Push),
        "the swap wrote the tweak"
    );
}

#[test]
fn the_entry_caught_up_keeps_its_place_and_takes_the_tweaks() {
    let files = gambit_core::content::ContentFiles::read_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content"),
    )
    .expect("content/");
    let case = gambit_core::Case::load(&files, "en").expect("the shipped case");
    let (shown, _) = gambit_core::url::read_page("/g/steps/chip-chokehold/", "?v=1", &case);
    let (now, _) = gambit_core::url::read_page("/g/steps/cost-of-ambition/", "?v=1&chips=domestic&ask=0", &case);
    let entry = caught_up(&shown, &now);
    assert_eq!(entry.step, shown.step, "the step left");
    assert_eq!(entry.scenario, now.scenario, "the flip");
    assert_eq!(entry.ask, now.ask);
    assert_eq!(entry.page, shown.page);
}

#[test]
fn a_pending_replace_overtaken_by_a_later_write_is_dropped() {
    for later in [Change::Tweak, Change::Move] {
        let mut history = History::default();
        let Plan::Later(first) = history.plan(Change::Tweak) else {
            panic!("a tweak is written after a pause");
        };
        let plan = history.plan(later);
        assert_eq!(history.due(first), None, "a tweak overtaken by a {later:?}");
        if let Plan::Later(second) = plan {
            assert_eq!(history.due(second), Some(Write::Replace), "the last of two tweaks");
        }
    }
}

#[test]
fn changes_made_before_the_address_caught_up_are_one() {
    for (pending, next, one) in [
        (None, Change::Tweak, Change::Tweak),
        (None, Change::Move, Change::Move),
        (Some(Change::Tweak), Change::Tweak, Change::Tweak),
        (Some(Change::Tweak), Change::Move, Change::Move),
        (Some(Change::Move), Change::Tweak, Change::Move),
        (Some(Change::Tweak), Change::Swap, Change::Swap),
        (Some(Change::Swap), Change::Tweak, Change::Swap),
        (Some(Change::Swap), Change::Move, Change::Move),
        (Some(Change::Move), Change::Swap, Change::Move),
    ] {
        assert_eq!(Change::record(pending, next), one, "{pending:?} then {next:?}");
    }
}

#[test]
fn the_address_is_written_under_the_sites_root_and_only_when_it_differs() {
    for (path, query, address, wanted) in [
        ("/g/", "", "?v=1", Some("/g/?v=1")),
        ("/g/", "?v=1", "?v=1", None),
        ("/g/steps/a/", "?v=1", "steps/b/?v=1", Some("/g/steps/b/?v=1")),
        ("/g/steps/a/", "?v=1", "steps/a/?v=1", None),
        (
            "/g/steps/a/",
            "?v=1&chips=domestic",
            "?v=1&page=model",
            Some("/g/?v=1&page=model"),
        ),
        ("/g/index.html", "?step=a", "steps/a/?v=1", Some("/g/steps/a/?v=1")),
    ] {
        assert_eq!(
            target(path, query, address).as_deref(),
            wanted,
            "at {path}{query}, writing {address}"
        );
    }
}

/// Leaving the slides goes back over the entries they pushed, so Back after "Leave slides" goes to where the teacher
/// was before presenting (the teacher's eighth try: Back re-entered the slide before the one left); with none pushed,
/// or after Back or Forward within them (where they start is then unknown), the entry is only replaced.
#[test]
fn leaving_the_slides_goes_back_over_the_entries_they_pushed() {
    let mut history = History::default();
    assert_eq!(
        history.plan(Change::Move),
        Plan::Now(Write::Push),
        "a move before presenting"
    );
    assert_eq!(
        history.plan_presenting(Change::Swap, true),
        Plan::Now(Write::Replace),
        "the slides on"
    );
    for _ in 0..3 {
        assert_eq!(history.plan_presenting(Change::Move, true), Plan::Now(Write::Push));
    }
    let Plan::Later(_) = history.plan_presenting(Change::Tweak, true) else {
        panic!("a tweak on the slides is written after a pause");
    };
    assert_eq!(
        history.plan_presenting(Change::Move, true),
        Plan::CatchUpThenPush,
        "a fourth entry"
    );
    assert_eq!(
        history.plan(Change::Swap),
        Plan::LeaveSlides(4),
        "back over the four slides' entries"
    );
    assert_eq!(
        history.plan(Change::Move),
        Plan::Now(Write::Push),
        "off the slides, moves are pushed"
    );
    assert_eq!(
        history.plan(Change::Swap),
        Plan::Now(Write::Replace),
        "the slides were left already"
    );

    // Entered and left with no move between: only replaced.
    assert_eq!(history.plan_presenting(Change::Swap, true), Plan::Now(Write::Replace));
    assert_eq!(history.plan(Change::Swap), Plan::Now(Write::Replace));

    // Back within the slides: where they start is not known any more.
    history.plan_presenting(Change::Swap, true);
    history.plan_presenting(Change::Move, true);
    history.traversed();
    history.plan_presenting(Change::Move, true);
    assert_eq!(history.plan(Change::Swap), Plan::Now(Write::Replace));

    // Opened on the slides: back to the entry it opened with.
    let mut opened = History::default();
    opened.opened_presenting();
    opened.plan_presenting(Change::Move, true);
    opened.plan_presenting(Change::Move, true);
    assert_eq!(opened.plan(Change::Swap), Plan::LeaveSlides(2));
}
