//! How a change of the reader's state reaches the address bar, decided here without a browser. The app's intents
//! (`src/state/`) change the state and say which kind of change they made, a [`Change`]; the one effect that
//! keeps the address bar in step (`src/link.rs`) asks a [`History`] what to do about it, and writes [`url::write`]'s
//! address for the state as it is then.
//!
//! - A move (another step or page) is a new history entry at once, so Back returns to it.
//! - A swap (the slides on or off: the same place, shown another way) replaces the current entry at once, so Back
//!   never re-enters the slides once they are left, and leaves the place rather than only the slides.
//! - A tweak (an option, a slider, a preset, the handout's steps, the compared scenario) replaces the current entry
//!   once [`REPLACE_AFTER`] has passed with no later write: a dragged slider would otherwise hit the browsers' limit
//!   on history updates. A move that overtakes a tweak not written yet first writes the tweak into the entry it
//!   leaves ([`caught_up`]), so Back returns to the place as the reader left it.
//! - Back and Forward are no change of the reader's: the address already says the state they lead to.
//! - An address the bar already shows is not written again ([`target`]).

use std::time::Duration;

use crate::url;

/// How long a tweak waits before it replaces the address.
pub const REPLACE_AFTER: Duration = Duration::from_millis(250);

/// What kind of change an intent made to the state, for the address bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// A change within the same place: the current entry is replaced after a pause.
    Tweak,
    /// The same place shown another way (the slides on or off): the current entry is replaced at once.
    Swap,
    /// Somewhere else: a new history entry.
    Move,
}

impl Change {
    /// Two changes made before the address bar caught up with the first, as one: a move and anything else are a
    /// move (the new entry carries the rest too), a swap and a tweak a swap (written at once), two tweaks a tweak.
    pub fn and(self, next: Change) -> Change {
        self.max(next)
    }

    /// `next` recorded after whatever was `pending` (nothing, or changes the address bar has not seen yet).
    pub fn record(pending: Option<Change>, next: Change) -> Change {
        pending.map_or(next, |p| p.and(next))
    }
}

/// How the address is written into the browser's history.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Write {
    /// A new entry.
    Push,
    /// In place of the current entry.
    Replace,
}

/// What to do about a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Write the address now.
    Now(Write),
    /// After [`REPLACE_AFTER`], ask [`History::due`] with this ticket whether the replace still stands.
    Later(Ticket),
    /// A move overtook a tweak not yet written: first replace the current entry with the place it shows and the
    /// tweak ([`caught_up`]), then push the new place, so that Back returns to the place as the reader left it (a
    /// flip followed by Next within the pause once never reached the step left: Back showed it without the flip).
    CatchUpThenPush,
}

/// A pending replace, to be checked when its pause is over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ticket(u32);

/// The writes planned so far, so that a pending replace knows when a later write has overtaken it.
#[derive(Clone, Debug, Default)]
pub struct History {
    planned: u32,
    /// Whether the last plan was a tweak whose replace is not written yet.
    waiting: bool,
}

impl History {
    /// What the address bar does about `change`. Every plan overtakes the replaces pending before it.
    pub fn plan(&mut self, change: Change) -> Plan {
        self.planned += 1;
        let waiting = std::mem::replace(&mut self.waiting, change == Change::Tweak);
        match change {
            Change::Move if waiting => Plan::CatchUpThenPush,
            Change::Move => Plan::Now(Write::Push),
            Change::Swap => Plan::Now(Write::Replace),
            Change::Tweak => Plan::Later(Ticket(self.planned)),
        }
    }

    /// When a pending replace's pause is over: the write, unless a later plan overtook it (whose own write, now or
    /// after its own pause, carries the state as it is by then).
    pub fn due(&mut self, ticket: Ticket) -> Option<Write> {
        let due = ticket.0 == self.planned;
        if due {
            self.waiting = false;
        }
        due.then_some(Write::Replace)
    }
}

/// The entry a move leaves, caught up with a tweak made just before it ([`Plan::CatchUpThenPush`]): the place the
/// address bar shows (`shown`: its step, page, slides and embed) with what the tweaks change as they are `now` (the
/// scenario, the compared scenario, whether the questions are asked).
pub fn caught_up(shown: &url::LinkState, now: &url::LinkState) -> url::LinkState {
    url::LinkState {
        scenario: now.scenario.clone(),
        compare: now.compare.clone(),
        ask: now.ask,
        ..shown.clone()
    }
}

/// What the address bar is to show, from the page's path and query as they are now (`/g/steps/a/`, `?v=1`) and
/// `address` under the site's root ([`url::write`]'s): the path from the root on, or nothing if the bar shows it
/// already.
pub fn target(path: &str, query: &str, address: &str) -> Option<String> {
    let wanted = url::at(url::split_path(path).0, address);
    (wanted != format!("{path}{query}")).then_some(wanted)
}
