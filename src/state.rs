//! The reader's state, owned here and nowhere else: the step, the page, one signal per assumption and per slider,
//! the compare page's second scenario, present mode, the handout's steps and the visit's predictions. Views read it
//! through read-only signals and change it only through the intent methods below (`go_to`, `toggle_page`,
//! `toggle_present`, `set_asking`, `choose`, `drag_slider`/`set_slider`, `apply_preset`, `reset_scenario`, `predict`,
//! `skip_prediction`, `ask_again`, `choose_handout`, `set_compare`, `choose_compare`,
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

use gambit_core::announce;
use gambit_core::content::{
    AssumptionId, EndingId, ModelData, OptionId, OutcomeId, PredictionId, PresetId, SliderId, StepId, Table,
};
use gambit_core::draw::Scene;
use gambit_core::history::Change;
use gambit_core::markup::difference_words;
use gambit_core::model::{
    diff, diff_evaluations, ending, evaluate, evaluate_outcome, pressures_in_play, Diff, Evaluation, OutcomeValue,
    Scenario,
};
use gambit_core::predict::{answer_words, reveal, Answer, Direction};
use gambit_core::url::{Embed, LinkState, Page};
use gambit_core::Case;
use leptos::prelude::*;

/// How long the marks of a change stay on the outcome bars.
const MARK_MS: u64 = 2500;

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
    /// What became of each prediction in this visit, by prediction: answered, skipped or not yet. Kept for the
    /// visit only, never in the link, and sent nowhere.
    answers: RwSignal<Vec<Option<Answer>>>,
    /// For each answered prediction, the option its assumption had before the answer flipped it: "Ask again"
    /// puts it back.
    before: StoredValue<Vec<Option<OptionId>>>,
    /// For each prediction, whether the reader set its assumption by hand in this visit (or answered): the chart
    /// is theirs to see. Until then a link that arrives with the asked option holds it back ([`Explainer::held_back`]).
    looked: RwSignal<Vec<bool>>,
    /// The changes made since the address bar last caught up, as one: a move or a tweak (see [`Explainer::change`]).
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
        let compare = RwSignal::new(start.compare.clone());
        let (compare_outcomes, compare_ending) =
            derive(model, move |a| compare.with(|s| s[a]), move |v| compare.with(|s| s[v]));
        let comparison = Memo::new(move |_| {
            diff_evaluations(
                &evaluation(outcomes, ending),
                &evaluation(compare_outcomes, compare_ending),
            )
        });
        Explainer {
            case,
            step: RwSignal::new(start.step),
            page: RwSignal::new(start.page),
            choices,
            sliders,
            outcomes,
            ending,
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
            // A link without the questions opens every step with its chart: each question starts set aside.
            answers: RwSignal::new(vec![(!start.ask).then_some(Answer::Skipped); case.predictions.len()]),
            before: StoredValue::new(vec![None; case.predictions.len()]),
            looked: RwSignal::new(vec![false; case.predictions.len()]),
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

    pub fn compare(&self) -> ReadSignal<Scenario> {
        self.compare.read_only()
    }

    /// The option chosen for `assumption` in the compare page's second scenario (tracks it).
    pub fn compare_choice(&self, assumption: AssumptionId) -> Signal<OptionId> {
        let compare = self.compare;
        Signal::derive(move || compare.with(|s| s[assumption]))
    }

    /// The value of `slider` in the compare page's second scenario (tracks it).
    pub fn compare_slider(&self, slider: SliderId) -> Signal<i32> {
        let compare = self.compare;
        Signal::derive(move || compare.with(|s| s[slider]))
    }

    /// The value of `outcome` in the compare page's second scenario and what moved it.
    pub fn compare_outcome(&self, outcome: OutcomeId) -> Memo<OutcomeValue> {
        self.compare_outcomes.with_value(|o| o[outcome.index()])
    }

    /// The ending of the compare page's second scenario.
    pub fn compare_ending(&self) -> Memo<EndingId> {
        self.compare_ending
    }

    /// What differs from the reader's scenario to the compare page's second one: each outcome that changes, with
    /// the rules behind it, and the change of ending.
    pub fn comparison(&self) -> Memo<Diff> {
        self.comparison
    }

    pub fn embed(&self) -> Option<Embed> {
        self.embed
    }

    pub fn present(&self) -> ReadSignal<bool> {
        self.present.read_only()
    }

    /// Whether the walkthrough asks its questions (tracks it).
    pub fn asking(&self) -> ReadSignal<bool> {
        self.ask.read_only()
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

    /// The last change of scenario and what it did to each outcome.
    pub fn last_change(&self) -> ReadSignal<Option<Diff>> {
        self.last_change.read_only()
    }

    /// The option chosen for `assumption`.
    pub fn choice(&self, assumption: AssumptionId) -> ReadSignal<OptionId> {
        self.choices.with_value(|c| c[assumption.index()]).read_only()
    }

    /// The value of `slider`.
    pub fn slider(&self, slider: SliderId) -> ReadSignal<i32> {
        self.sliders.with_value(|s| s[slider.index()]).read_only()
    }

    /// The value of `outcome` and what moved it.
    pub fn outcome(&self, outcome: OutcomeId) -> Memo<OutcomeValue> {
        self.outcomes.with_value(|o| o[outcome.index()])
    }

    pub fn ending(&self) -> Memo<EndingId> {
        self.ending
    }

    /// What became of prediction `prediction` (tracks it).
    pub fn answer(&self, prediction: PredictionId) -> Option<Answer> {
        self.answers.with(|a| a[prediction.index()].clone())
    }

    /// Whether step `step`'s chart and bars are held back: its prediction is still open while the scenario
    /// already has the option it asks about, brought by a shared link (not set by the reader's own hand), so they
    /// would give the answer away. They show once the question is answered or skipped (tracks all three).
    pub fn held_back(&self, step: StepId) -> bool {
        self.embed.is_none()
            && self.case.predictions.with_ids().any(|(p, d)| {
                d.data.step.id() == step
                    && self.answer(p).is_none()
                    && !self.looked.with(|l| l[p.index()])
                    && self.choice(d.data.assumption.id()).get() == d.data.option.id()
            })
    }

    /// Whether the reader's scenario is the article's present, 2025's (tracks every assumption and slider).
    pub fn is_present(&self) -> bool {
        self.scenario() == Scenario::defaults(&self.case.model)
    }

    /// The whole scenario (tracks every assumption and slider).
    pub fn scenario(&self) -> Scenario {
        let mut scenario = Scenario::defaults(&self.case.model);
        self.choices.with_value(|c| {
            for (a, signal) in self.case.model.assumptions.ids().zip(c) {
                scenario[a] = signal.get();
            }
        });
        self.sliders.with_value(|v| {
            for (s, signal) in self.case.model.sliders.ids().zip(v) {
                scenario[s] = signal.get();
            }
        });
        scenario
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
    pub fn change(&self) -> Option<Change> {
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

    /// Forgets what became of every question in this visit, as a link opened afresh would: each is open again
    /// (but those set aside with `ask=0`), and a step whose scenario already has the option asked about holds its
    /// chart back until the room answers. The scenario stays as it is. A teacher who answered while rehearsing
    /// found the answer already on the projected slide (the teacher's seventh try).
    fn fresh_questions(&self) {
        let ask = self.ask.get_untracked();
        self.answers.update(|answers| {
            for a in answers.iter_mut() {
                *a = (!ask).then_some(Answer::Skipped);
            }
        });
        self.before.update_value(|b| b.iter_mut().for_each(|o| *o = None));
        self.looked.update(|l| l.iter_mut().for_each(|x| *x = false));
    }

    /// Asks the walkthrough's questions, or sets them aside (`ask=0` in the link, for the slides too): every open
    /// question is then skipped, so each step shows its chart; asked again, the questions set aside come back
    /// (those answered keep their answers). A tweak of the address.
    pub fn set_asking(&self, on: bool) {
        if self.ask.get_untracked() != on {
            self.put_asking(on);
            self.record(Change::Tweak);
        }
    }

    /// [`Explainer::set_asking`] without a change of address (Back and Forward: the address says it already).
    fn put_asking(&self, on: bool) {
        self.ask.set(on);
        self.answers.update(|answers| {
            for a in answers.iter_mut() {
                match (on, &a) {
                    (false, None) => *a = Some(Answer::Skipped),
                    (true, Some(Answer::Skipped)) => *a = None,
                    _ => {}
                }
            }
        });
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

    /// Sets `assumption` to `option`, announces what that changed and records a tweak.
    pub fn choose(&self, assumption: AssumptionId, option: OptionId) {
        self.choices.with_value(|c| c[assumption.index()].set(option));
        let asked = |d: &gambit_core::content::Prediction| d.data.assumption.id() == assumption;
        if untrack(|| {
            self.case
                .predictions
                .with_ids()
                .any(|(p, d)| asked(d) && !self.looked.with(|l| l[p.index()]))
        }) {
            self.looked.update(|l| {
                for (p, d) in self.case.predictions.with_ids() {
                    l[p.index()] |= asked(d);
                }
            });
        }
        self.tweaked();
    }

    /// Answers prediction `prediction` with `guess`: the model's answer is taken for the scenario as it is, then
    /// the assumption is flipped (the bars mark the change) and the guess, the model's answer and whether they
    /// agree are announced. Where the scenario (a shared link) already has the option asked about, the answer is
    /// taken from the same scenario with that assumption as in 2025, and nothing is flipped.
    pub fn predict(&self, prediction: PredictionId, guess: Direction) {
        let d = &self.case.predictions[prediction].data;
        let (assumption, option) = (d.assumption.id(), d.option.id());
        let mut from = untrack(|| self.scenario());
        let had = from[assumption];
        if had == option {
            from[assumption] = self.case.model.assumptions[assumption].default();
        }
        let reveal = reveal(&self.case.model, d, &from);
        let words = answer_words(self.case, guess, &reveal);
        self.before.update_value(|b| b[prediction.index()] = Some(had));
        self.answers
            .update(|a| a[prediction.index()] = Some(Answer::Guessed { guess, reveal }));
        self.choose(assumption, option);
        self.announcement
            .set(words.join(&self.case.meta.ui.punctuation.clauses));
    }

    /// Sets prediction `prediction` aside for this visit; nothing is flipped.
    pub fn skip_prediction(&self, prediction: PredictionId) {
        self.answers.update(|a| a[prediction.index()] = Some(Answer::Skipped));
        self.announcement.set(self.case.meta.ui.predict.skipped.to_string());
    }

    /// Asks prediction `prediction` again: its answer is forgotten and its assumption goes back to the option it
    /// had before the answer flipped it (a class can guess again, or another class can).
    pub fn ask_again(&self, prediction: PredictionId) {
        let before = self.before.with_value(|b| b[prediction.index()]);
        self.answers.update(|a| a[prediction.index()] = None);
        self.before.update_value(|b| b[prediction.index()] = None);
        if let Some(option) = before {
            self.choose(self.case.predictions[prediction].data.assumption.id(), option);
        }
        // Asked again, the chart waits for the answer again if the option asked about stays.
        self.looked.update(|l| l[prediction.index()] = false);
    }

    /// Puts every assumption and slider back to the 2025 picture, as the article describes it.
    pub fn reset_scenario(&self) {
        self.set_scenario(&Scenario::defaults(&self.case.model));
        self.tweaked();
    }

    /// Forgets each answer whose assumption no longer has the option it was about (the reader changed it, reset
    /// the scenario or went Back): its figures would no longer be the chart's, so the question is asked again.
    fn forget_stale_answers(&self) {
        let case = self.case;
        let stale: Vec<usize> = untrack(|| {
            self.answers.with(|answers| {
                case.predictions
                    .with_ids()
                    .filter(|(p, d)| {
                        matches!(answers[p.index()], Some(Answer::Guessed { .. }))
                            && self.choice(d.data.assumption.id()).get() != d.data.option.id()
                    })
                    .map(|(p, _)| p.index())
                    .collect()
            })
        });
        if !stale.is_empty() {
            self.answers.update(|a| stale.iter().for_each(|&i| a[i] = None));
            self.before.update_value(|b| stale.iter().for_each(|&i| b[i] = None));
        }
    }

    /// Moves `slider` to `value` while it is dragged: the views follow, the address follows after a pause, and
    /// nothing is announced until [`Explainer::set_slider`] commits it.
    pub fn drag_slider(&self, slider: SliderId, value: i32) {
        let d = &self.case.model.sliders[slider].data;
        self.sliders
            .with_value(|s| s[slider.index()].set(value.clamp(d.min, d.max)));
        self.record(Change::Tweak);
    }

    /// Sets `slider` to `value` and announces the change.
    pub fn set_slider(&self, slider: SliderId, value: i32) {
        self.drag_slider(slider, value);
        self.tweaked();
    }

    /// Sets the whole scenario to preset `preset`.
    pub fn apply_preset(&self, preset: PresetId) {
        self.set_scenario(&Scenario::preset(&self.case.model, preset));
        self.tweaked();
    }

    /// Sets the steps the handout prints (kept in the walkthrough's order, once each); the address follows.
    pub fn choose_handout(&self, mut steps: Vec<StepId>) {
        steps.sort();
        steps.dedup();
        self.handout.set(steps);
        self.record(Change::Tweak);
    }

    /// Sets the compare page's second scenario to preset `preset`.
    pub fn set_compare(&self, preset: PresetId) {
        self.compare.set(Scenario::preset(&self.case.model, preset));
        self.compare_tweaked();
    }

    /// Sets `assumption` to `option` in the compare page's second scenario, as [`Explainer::choose`] does in the
    /// reader's own.
    pub fn choose_compare(&self, assumption: AssumptionId, option: OptionId) {
        self.compare.update(|s| s[assumption] = option);
        self.compare_tweaked();
    }

    /// Moves `slider` of the second scenario while it is dragged: the table follows, the address after a pause,
    /// and nothing is announced until [`Explainer::set_compare_slider`] commits it.
    pub fn drag_compare_slider(&self, slider: SliderId, value: i32) {
        let d = &self.case.model.sliders[slider].data;
        self.compare.update(|s| s[slider] = value.clamp(d.min, d.max));
        self.record(Change::Tweak);
    }

    /// Sets `slider` of the second scenario to `value` and announces the change.
    pub fn set_compare_slider(&self, slider: SliderId, value: i32) {
        self.drag_compare_slider(slider, value);
        self.compare_tweaked();
    }

    /// Makes the second scenario a copy of the reader's own, to change from there (the same scenario with one
    /// assumption otherwise, say).
    pub fn compare_from_yours(&self) {
        self.compare.set(untrack(|| self.scenario()));
        self.compare_tweaked();
    }

    /// After the second scenario changed: put the change into words, named as the second scenario's, each outcome
    /// read from the reader's scenario as the compare page reads it, and record a tweak.
    fn compare_tweaked(&self) {
        let case = self.case;
        let now = self.compare.get_untracked();
        let change = diff(&case.model, &self.compare_announced.get_value(), &now);
        self.compare_announced.set_value(now);
        let yours = untrack(|| evaluate(&case.model, &self.scenario()));
        let difference = |yours, other| difference_words(case, yours, other);
        if let Some(words) = announce::compare_change(case, &change, &yours, difference) {
            self.announcement.set(words);
        }
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

    fn set_scenario(&self, scenario: &Scenario) {
        self.choices.with_value(|c| {
            for (a, signal) in self.case.model.assumptions.ids().zip(c) {
                signal.set(scenario[a]);
            }
        });
        self.sliders.with_value(|v| {
            for (s, signal) in self.case.model.sliders.ids().zip(v) {
                signal.set(scenario[s]);
            }
        });
    }

    /// After the scenario changed: put the change into words, once, and record a tweak.
    fn tweaked(&self) {
        self.forget_stale_answers();
        let now = untrack(|| self.scenario());
        let change = diff(&self.case.model, &self.announced.get_value(), &now);
        self.announced.set_value(now);
        if let Some(words) = announce::scenario_change(self.case, &change) {
            self.announcement.set(words);
            self.last_change.set(Some(change));
            // The marks on the bars show for a moment; a newer change restarts the moment.
            let (last_change, shown) = (self.last_change, self.last_change.get_untracked());
            set_timeout(
                move || {
                    if last_change.try_get_untracked() == Some(shown) {
                        last_change.set(None);
                    }
                },
                std::time::Duration::from_millis(MARK_MS),
            );
        }
        self.record(Change::Tweak);
    }
}

/// The live scenario, for the core's drawings: each read is tracked, so a drawing's memo depends on exactly the
/// choices, sliders and outcomes it reads.
impl Scene for Explainer {
    fn option(&self, assumption: AssumptionId) -> OptionId {
        self.choice(assumption).get()
    }
    fn slider(&self, slider: SliderId) -> i32 {
        Explainer::slider(self, slider).get()
    }
    fn outcome<R>(&self, outcome: OutcomeId, f: impl FnOnce(&OutcomeValue) -> R) -> R {
        Explainer::outcome(self, outcome).with(f)
    }
}

/// One memo per outcome of the scenario that `option_of` and `slider_of` read, each asking only about what its
/// rules and slopes read, and a memo of its ending over them.
fn derive(
    model: &'static ModelData,
    option_of: impl Fn(AssumptionId) -> OptionId + Copy + Send + Sync + 'static,
    slider_of: impl Fn(SliderId) -> i32 + Copy + Send + Sync + 'static,
) -> (StoredValue<Vec<Memo<OutcomeValue>>>, Memo<EndingId>) {
    let outcomes = StoredValue::new(
        model
            .outcomes
            .ids()
            .map(|o| Memo::new(move |_| evaluate_outcome(model, o, option_of, slider_of)))
            .collect::<Vec<_>>(),
    );
    let ending = Memo::new(move |_| {
        let values: Vec<i32> = outcomes.with_value(|o| o.iter().map(|m| m.with(|v| v.value)).collect());
        ending(model, pressures_in_play(model, option_of), &values)
    });
    (outcomes, ending)
}

/// A scenario's evaluation as its memos hold it (tracks them all).
fn evaluation(outcomes: StoredValue<Vec<Memo<OutcomeValue>>>, ending: Memo<EndingId>) -> Evaluation {
    Evaluation {
        outcomes: outcomes.with_value(|o| o.iter().map(|m| m.get()).collect()),
        ending: ending.get(),
    }
}
