//! The reader's state, owned here and nowhere else: the step, the page, one signal per assumption and per slider,
//! the compare page's second scenario, present mode, the handout's steps and the visit's predictions. Views read it
//! through read-only signals and change it only through its intent methods (`go_to`, `toggle_page`,
//! `toggle_present`, `set_asking`, `choose`, `drag_slider`/`set_slider`, `apply_preset`, `reset_scenario`, `predict`,
//! `skip_prediction`, `ask_again`, `choose_handout`, `set_worksheet`, `set_compare`, `choose_compare`,
//! `drag_compare_slider`/`set_compare_slider`, `compare_from_yours`, and `apply` for Back and Forward). Each
//! changes signals and nothing else: it updates the state, puts the change into words for the polite live region
//! when it is one (the words chosen by `gambit_core::announce`), and records what kind of change it was for the
//! address bar, a move or a tweak ([`Change`]). The address bar is kept in step by one effect in `link.rs`, which
//! reads that record; the decisions (a new entry, or the current one replaced after a pause) are
//! `gambit_core::history`'s.
//!
//! Outcomes are derived, one memo each, and each memo reads only the assumptions and sliders its rules depend
//! on, so flipping one assumption recomputes only what depends on it. The ending is a memo over the outcomes. The
//! compare page's second scenario is derived the same way (one memo per outcome, one for its ending; as it is one
//! signal, a change recomputes each of its outcomes, and only those whose value changed tell their readers), and
//! the difference of the two scenarios is a memo over both, so the page evaluates nothing itself.
//!
//! By concern: this file holds the state, its reading methods, the moves, the handout and `apply`;
//! `scenario.rs` the reader's own scenario (its intents and the memos every scenario is derived into), `compare.rs`
//! the compare page's second scenario, and `questions.rs` the questions' intents over the core's `Questions`.

use gambit_core::announce;
use gambit_core::content::{AssumptionId, EndingId, OptionId, SliderId, StepId, Table};
use gambit_core::history::Change;
use gambit_core::markup::EndingWords;
use gambit_core::model::{diff_evaluations, Diff, Lever, OutcomeValue, Scenario};
use gambit_core::predict::{Answer, Questions};
use gambit_core::url::{Embed, LinkState, Page};
use gambit_core::Case;
use leptos::prelude::*;

mod compare;
mod questions;
mod scenario;

use scenario::{derive, derive_dashboard, evaluation};

/// Shared through Leptos context; cheap to copy.
#[derive(Clone, Copy)]
pub struct Explainer {
    pub case: &'static Case,
    step: RwSignal<StepId>,
    page: RwSignal<Page>,
    choices: StoredValue<Vec<RwSignal<OptionId>>>,
    sliders: StoredValue<Vec<RwSignal<i32>>>,
    outcomes: StoredValue<Vec<Memo<OutcomeValue>>>,
    ending: Memo<EndingId>,
    /// The dashboard's searches from the reader's scenario: each outcome's strongest single change, and how near
    /// every ending is (markup the core writes).
    levers: Memo<Vec<Option<Lever>>>,
    reach: Memo<Vec<EndingWords>>,
    /// The second scenario on the compare page.
    compare: RwSignal<Scenario>,
    /// The second scenario's outcomes, one memo each, and its ending, derived as the reader's are.
    compare_outcomes: StoredValue<Vec<Memo<OutcomeValue>>>,
    compare_ending: Memo<EndingId>,
    /// What differs from the reader's scenario to the second, from both scenarios' memos.
    comparison: Memo<Diff>,
    /// The second scenario as last announced, to describe its next change against.
    compare_announced: StoredValue<Scenario>,
    /// Whether the walkthrough is shown as slides, for a projector.
    present: RwSignal<bool>,
    /// Whether the walkthrough asks its questions (Predict, then look); off (`ask=0`), they are set aside so the
    /// scenario can be shown and discussed, each step with its chart.
    ask: RwSignal<bool>,
    /// The steps the handout prints (empty: the current step).
    handout: RwSignal<Vec<StepId>>,
    /// Whether the handout is a worksheet (`worksheet=1`).
    worksheet: RwSignal<bool>,
    /// Set when the page is embedded in another one (`embed=1`); fixed for the visit.
    embed: Option<Embed>,
    /// What the polite live region says: the last change of scenario, in words.
    announcement: RwSignal<String>,
    /// The last change of scenario, as the core's diff: the announcement's words and the marks on the bars.
    last_change: RwSignal<Option<Diff>>,
    /// The scenario as last announced, to describe the next change against.
    announced: StoredValue<Scenario>,
    /// What became of each prediction in this visit, what an answer flipped and what the reader set by hand: the
    /// core's rules ([`Questions`]). Kept for the visit only, never in the link, and sent nowhere.
    questions: RwSignal<Questions>,
    /// The answers alone, so a view that shows one is not told of the rest of [`Questions`] changing.
    answers: Memo<Vec<Option<Answer>>>,
    /// The changes made since the address bar last caught up, as one: a move or a tweak (see [`Explainer::take_change`]).
    change: RwSignal<Option<Change>>,
}

impl Explainer {
    /// Creates the state for `case`, starting from what a link selected. Call inside the owning component: the
    /// signals live as long as it does.
    pub fn new(case: &'static Case, start: LinkState) -> Self {
        let model = &case.model;
        let choices = StoredValue::new(
            model
                .assumptions
                .ids()
                .map(|a| RwSignal::new(start.scenario[a]))
                .collect::<Vec<_>>(),
        );
        let sliders = StoredValue::new(
            model
                .sliders
                .ids()
                .map(|s| RwSignal::new(start.scenario[s]))
                .collect::<Vec<_>>(),
        );
        let choice = move |a: AssumptionId| choices.with_value(|c| c[a.index()]).get();
        let slider = move |s: SliderId| sliders.with_value(|v| v[s.index()]).get();
        let (outcomes, ending) = derive(model, choice, slider);
        let (levers, reach) = derive_dashboard(case, choices, sliders);
        let compare = RwSignal::new(start.compare.clone());
        let (compare_outcomes, compare_ending) =
            derive(model, move |a| compare.with(|s| s[a]), move |v| compare.with(|s| s[v]));
        let comparison = Memo::new(move |_| {
            diff_evaluations(
                &evaluation(outcomes, ending),
                &evaluation(compare_outcomes, compare_ending),
            )
        });
        let questions = RwSignal::new(Questions::new(case, start.ask));
        Explainer {
            case,
            step: RwSignal::new(start.step),
            page: RwSignal::new(start.page),
            choices,
            sliders,
            outcomes,
            ending,
            levers,
            reach,
            compare_announced: StoredValue::new(start.compare),
            compare,
            compare_outcomes,
            compare_ending,
            comparison,
            present: RwSignal::new(start.present),
            ask: RwSignal::new(start.ask),
            handout: RwSignal::new(start.handout),
            worksheet: RwSignal::new(start.worksheet),
            embed: start.embed,
            announcement: RwSignal::new(String::new()),
            last_change: RwSignal::new(None),
            announced: StoredValue::new(start.scenario),
            questions,
            answers: Memo::new(move |_| questions.with(|q| q.answers().to_vec())),
            change: RwSignal::new(None),
        }
    }

    /// The state provided by the app's root component.
    pub fn get() -> Self {
        expect_context::<Explainer>()
    }

    // ----- reading -----

    pub fn step(&self) -> ReadSignal<StepId> {
        self.step.read_only()
    }

    pub fn page(&self) -> ReadSignal<Page> {
        self.page.read_only()
    }

    pub fn embed(&self) -> Option<Embed> {
        self.embed
    }

    pub fn present(&self) -> ReadSignal<bool> {
        self.present.read_only()
    }

    /// The name of what is open: the step's title, or the page's (tracks both).
    pub fn place_title(&self) -> &'static str {
        announce::place_title(self.case, self.page.get(), self.step.get())
    }

    /// "Step 6 of 16", for the step open now (tracks it).
    pub fn progress(&self) -> String {
        gambit_core::markup::progress(self.case, self.step.get())
    }

    pub fn announcement(&self) -> ReadSignal<String> {
        self.announcement.read_only()
    }

    /// The last change of scenario and what it did to each outcome, set anew at each change (the bars mark it for a
    /// moment of their own, `views::outcomes`), cleared by Back and Forward.
    pub fn last_change(&self) -> ReadSignal<Option<Diff>> {
        self.last_change.read_only()
    }

    /// Everything a link carries, as it is now (tracks it all).
    pub fn link(&self) -> LinkState {
        LinkState {
            step: self.step.get(),
            scenario: self.scenario(),
            page: self.page.get(),
            compare: self.compare.get(),
            embed: self.embed,
            present: self.present.get(),
            ask: self.ask.get(),
            handout: if self.page.get() == Page::Handout {
                self.handout.get()
            } else {
                Vec::new()
            },
            worksheet: self.page.get() == Page::Handout && self.worksheet.get(),
        }
    }

    /// Whether the handout is a worksheet (tracks it).
    pub fn worksheet(&self) -> bool {
        self.worksheet.get()
    }

    /// Makes the handout a worksheet or not; the address follows.
    pub fn set_worksheet(&self, on: bool) {
        self.worksheet.set(on);
        self.record(Change::Tweak);
    }

    /// The steps the handout prints, in order: those chosen, or the current step (tracks them).
    pub fn handout_steps(&self) -> Vec<StepId> {
        let chosen = self.handout.get();
        if chosen.is_empty() {
            vec![self.step.get()]
        } else {
            chosen
        }
    }

    /// [`Explainer::link`] without tracking.
    pub fn link_untracked(&self) -> LinkState {
        untrack(|| self.link())
    }

    /// The changes the intents made since the last call, as one (a move, or a tweak), or none; tracks new ones. The
    /// address bar's effect (`link::sync_address`) takes them to keep the address in step.
    pub fn take_change(&self) -> Option<Change> {
        self.change.track();
        self.change.update_untracked(Option::take)
    }

    /// Records a change for the address bar, with any it has not taken yet.
    fn record(&self, change: Change) {
        self.change
            .update(|pending| *pending = Some(Change::record(*pending, change)));
    }

    // ----- intents -----

    /// Opens step `step` of the walkthrough, from whatever page is open; a new history entry.
    pub fn go_to(&self, step: StepId) {
        if step == self.step.get_untracked() && self.page.get_untracked() == Page::Walkthrough {
            return;
        }
        self.page.set(Page::Walkthrough);
        self.step.set(step);
        self.record(Change::Move);
        self.announce_place();
    }

    /// Starts or ends the slides, at the same step and scenario; the history entry is replaced at once (a swap), so
    /// Back never re-enters the slides once they are left. Compare is presented as
    /// itself (the two scenarios side by side) and comes back when the slides end; any other page gives way to
    /// the walkthrough. Entering the slides starts the class afresh: the questions answered while rehearsing are
    /// asked again, the scenario kept ([`Explainer::fresh_questions`]).
    pub fn toggle_present(&self) {
        self.present.update(|p| *p = !*p);
        if self.present.get_untracked() {
            self.fresh_questions();
        }
        if self.page.get_untracked() != Page::Compare {
            self.page.set(Page::Walkthrough);
        }
        self.record(Change::Swap);
    }

    /// Opens `page`, or the walkthrough if `page` is open already; a new history entry.
    pub fn toggle_page(&self, page: Page) {
        let next = if self.page.get_untracked() == page {
            Page::Walkthrough
        } else {
            page
        };
        self.page.set(next);
        self.record(Change::Move);
        self.announce_place();
    }

    /// Says once where the reader now is: "Step 6 of 16: Room to fail?", or the page's name. Focus stays where it
    /// was, so "Next" can be pressed again at once.
    fn announce_place(&self) {
        let place = announce::place(self.case, self.page.get_untracked(), self.step.get_untracked());
        self.announcement.set(place);
    }

    /// Sets the steps the handout prints (kept in the walkthrough's order, once each); the address follows.
    pub fn choose_handout(&self, mut steps: Vec<StepId>) {
        steps.sort();
        steps.dedup();
        self.handout.set(steps);
        self.record(Change::Tweak);
    }

    /// Sets the state to what a link selects (Back and Forward); the address already says it.
    pub fn apply(&self, link: &LinkState) {
        self.set_scenario(&link.scenario);
        self.step.set(link.step);
        self.page.set(link.page);
        self.present.set(link.present);
        if link.ask != self.ask.get_untracked() {
            self.put_asking(link.ask);
        }
        self.handout.set(link.handout.clone());
        self.worksheet.set(link.worksheet);
        self.compare.set(link.compare.clone());
        self.compare_announced.set_value(link.compare.clone());
        self.announced.set_value(link.scenario.clone());
        self.last_change.set(None);
        self.forget_stale_answers();
        self.announce_place();
    }
}
