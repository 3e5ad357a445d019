//! How a change of the reader's state reaches the address bar, decided here without a browser. The app's intents
//! (`src/state/`) change the state and say which kind of change they made, a [`Change`]; the one effect that
//! keeps the address bar in step (`src/link.rs`) asks a [`History`] what to do about it, and writes [`url::write`]'s
//! address for the state as it is then.
//!
//! - A move (another step or page) is a new history entry at once, so Back returns to it.
//! - A swap (the slides on or off: the same place, shown another way) replaces the current entry at once. Leaving
//!   the slides also goes back over the entries the slides pushed ([`Plan::LeaveSlides`]), so Back after "Leave
//!   slides" goes to where the teacher was before presenting, never into an earlier slide (replacing only the entry
//!   left from, Back would open the slide before it).
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
    /// The slides left after they pushed this many entries (one per slide moved to): go back that many entries,
    /// then replace the entry reached with the address (the place left, without the slides), so Back goes to where
    /// the teacher was before presenting.
    LeaveSlides(u32),
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
    /// While the slides are on: how many entries they have pushed, if known (not after Back or Forward within them).
    slides: Option<u32>,
}

impl History {
    /// What the address bar does about `change`, off the slides (a swap then leaves them). Every plan overtakes the
    /// replaces pending before it.
    pub fn plan(&mut self, change: Change) -> Plan {
        self.plan_presenting(change, false)
    }

    /// What the address bar does about `change`, the slides on (`presenting`) or off once it is made: a swap with
    /// them on starts counting the entries they push, a swap with them off goes back over those entries.
    pub fn plan_presenting(&mut self, change: Change, presenting: bool) -> Plan {
        self.planned += 1;
        let waiting = std::mem::replace(&mut self.waiting, change == Change::Tweak);
        let plan = match change {
            Change::Move if waiting => Plan::CatchUpThenPush,
            Change::Move => Plan::Now(Write::Push),
            Change::Swap if presenting => Plan::Now(Write::Replace),
            Change::Swap => match self.slides.take() {
                Some(pushed) if pushed > 0 => Plan::LeaveSlides(pushed),
                _ => Plan::Now(Write::Replace),
            },
            Change::Tweak => Plan::Later(Ticket(self.planned)),
        };
        if change == Change::Swap && presenting {
            self.slides = Some(0);
        }
        if change == Change::Move {
            self.slides = self.slides.map(|n| n + 1);
        }
        plan
    }

    /// The page opened on the slides (`present=1`): the entries they push are counted from its own, so leaving
    /// them goes back to it.
    pub fn opened_presenting(&mut self) {
        self.slides = Some(0);
    }

    /// Back or Forward: where the slides' entries start is no longer known, so leaving them only replaces the entry.
    pub fn traversed(&mut self) {
        self.slides = None;
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
