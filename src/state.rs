//! The reader's state, owned here and nowhere else: the current step, one signal per assumption and one per
//! slider. Outcomes are derived, one memo each, and each memo reads only the assumptions and sliders its rules
//! depend on, so flipping one assumption recomputes only what depends on it. The ending is a memo over the
//! outcomes.

use gambit_core::model::{diff, ending, evaluate_outcome, OutcomeValue, Scenario};
use gambit_core::url::{Embed, LinkState, Page};
use gambit_core::Case;
use leptos::prelude::*;

/// Shared through Leptos context; cheap to copy.
#[derive(Clone, Copy)]
pub struct Explainer {
    pub case: &'static Case,
    pub step: RwSignal<usize>,
    choices: &'static [RwSignal<usize>],
    sliders: &'static [RwSignal<i32>],
    outcomes: &'static [Memo<OutcomeValue>],
    pub ending: Memo<usize>,
    /// Which page is open: the walkthrough, "How this works", compare or the handout.
    pub page: RwSignal<Page>,
    /// The second scenario on the compare page.
    pub compare: RwSignal<Scenario>,
    /// Set when the page is embedded in another one (`embed=1`); fixed for the visit.
    pub embed: Option<Embed>,
    /// What the polite live region says: the last change of scenario, in words.
    pub announcement: RwSignal<String>,
    /// The scenario as last announced, to describe the next change against.
    announced: StoredValue<Scenario>,
}

impl Explainer {
    /// Creates the state for `case`, starting from what a link selected. Call inside the owning component. The
    /// signal and memo lists are leaked once per mount: they live as long as the app, and `Explainer` stays `Copy`.
    pub fn new(case: &'static Case, start: LinkState) -> Self {
        let model = &case.model;
        let choices: &'static [RwSignal<usize>] = start
            .scenario
            .choices
            .iter()
            .map(|&o| RwSignal::new(o))
            .collect::<Vec<_>>()
            .leak();
        let sliders: &'static [RwSignal<i32>] = start
            .scenario
            .sliders
            .iter()
            .map(|&v| RwSignal::new(v))
            .collect::<Vec<_>>()
            .leak();
        let outcomes: &'static [Memo<OutcomeValue>] = (0..model.outcomes.len())
            .map(|o| Memo::new(move |_| evaluate_outcome(model, o, |a| choices[a].get(), |s| sliders[s].get())))
            .collect::<Vec<_>>()
            .leak();
        let ending =
            Memo::new(move |_| ending(model, &outcomes.iter().map(|o| o.with(|v| v.value)).collect::<Vec<_>>()));
        let announced = StoredValue::new(start.scenario);
        let announcement = RwSignal::new(String::new());
        Explainer {
            case,
            step: RwSignal::new(start.step),
            choices,
            sliders,
            outcomes,
            ending,
            page: RwSignal::new(start.page),
            compare: RwSignal::new(start.compare),
            embed: start.embed,
            announcement,
            announced,
        }
    }

    /// Moves to step `index` (held within the walkthrough) and brings the step's top into view.
    pub fn go_to(&self, index: usize) {
        let index = index.min(self.case.steps.len() - 1);
        if index == self.step.get_untracked() {
            return;
        }
        self.page.set(Page::Walkthrough);
        self.step.set(index);
        if let Some(top) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            top.scroll_into_view();
        }
    }

    /// Everything a link carries, as it is now (tracks it all).
    pub fn link(&self) -> LinkState {
        LinkState {
            step: self.step.get(),
            scenario: self.scenario(),
            page: self.page.get(),
            compare: self.compare.get(),
            embed: self.embed,
        }
    }

    /// Sets the state to what a link selects (Back and Forward).
    pub fn apply(&self, link: &LinkState) {
        self.set_scenario(&link.scenario);
        self.step.set(link.step.min(self.case.steps.len() - 1));
        self.page.set(link.page);
        self.compare.set(link.compare.clone());
        self.announced.set_value(link.scenario.clone());
    }

    /// Sets every assumption and slider to `scenario` (a preset, or a link's).
    pub fn set_scenario(&self, scenario: &Scenario) {
        for (signal, &value) in self.choices.iter().zip(&scenario.choices) {
            signal.set(value);
        }
        for (signal, &value) in self.sliders.iter().zip(&scenario.sliders) {
            signal.set(value);
        }
    }

    /// The state provided by the app's root component.
    pub fn get() -> Self {
        expect_context::<Explainer>()
    }

    /// The option index chosen for assumption `assumption`, as a signal.
    pub fn choice(&self, assumption: usize) -> RwSignal<usize> {
        self.choices[assumption]
    }

    /// The value of slider `slider`, as a signal.
    pub fn slider(&self, slider: usize) -> RwSignal<i32> {
        self.sliders[slider]
    }

    /// The option id chosen for assumption `assumption` (tracked).
    pub fn option(&self, assumption: usize) -> &'static str {
        let options = &self.case.model.assumptions[assumption].data.options;
        &options[self.choices[assumption].get().min(options.len() - 1)]
    }

    /// The value of outcome `index` and what moved it.
    pub fn outcome_at(&self, index: usize) -> Memo<OutcomeValue> {
        self.outcomes[index]
    }

    /// The value of outcome `id` and what moved it, or `None` if the model has no such outcome.
    pub fn outcome(&self, id: &str) -> Option<Memo<OutcomeValue>> {
        self.case.model.outcome_index(id).map(|o| self.outcomes[o])
    }

    /// Puts into words what changed since the last announcement (each outcome that moved, and the ending if it
    /// changed) for the polite live region. Call after a control commits a change.
    pub fn announce(&self) {
        let now = self.scenario_untracked();
        let model = &self.case.model;
        let ui = &self.case.meta.ui;
        let change = diff(model, &self.announced.get_value(), &now);
        self.announced.set_value(now);
        let fill = crate::views::fill;
        let mut parts: Vec<String> = change
            .outcomes
            .iter()
            .map(|c| {
                let label = &model.outcomes[c.outcome].text.label;
                fill(
                    &ui.announce_outcome,
                    &[
                        ("label", label),
                        ("from", &c.from.to_string()),
                        ("to", &c.to.to_string()),
                    ],
                )
            })
            .collect();
        if let Some((_, to)) = change.ending {
            parts.push(fill(&ui.announce_ending, &[("title", &model.endings[to].text.title)]));
        }
        if !parts.is_empty() {
            self.announcement
                .set(fill(&ui.announce_changes, &[("changes", &parts.join("; "))]));
        }
    }

    fn scenario_untracked(&self) -> Scenario {
        Scenario {
            choices: self.choices.iter().map(|c| c.get_untracked()).collect(),
            sliders: self.sliders.iter().map(|s| s.get_untracked()).collect(),
        }
    }

    /// The whole scenario (tracks every assumption and slider).
    pub fn scenario(&self) -> Scenario {
        Scenario {
            choices: self.choices.iter().map(|c| c.get()).collect(),
            sliders: self.sliders.iter().map(|s| s.get()).collect(),
        }
    }
}
