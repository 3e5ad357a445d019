//! The scenario model's records from `content/model`: assumptions, outcomes, rules, sliders, pressures, slopes,
//! endings, propositions and presets, with the words of the model's displays.

use super::*;

records! {
    /// The scenario model's data: what the reader can assume, what it moves, and the rules between them.
    pub struct ModelData {
        pub assumptions: List<Assumption>,
        pub sliders: List<Slider>,
        pub outcomes: List<Outcome>,
        pub rules: List<Rule>,
        pub slopes: List<Slope>,
        pub endings: List<Ending>,
        pub presets: List<Preset>,
        /// The article's own cause-and-effect claims the model must respect, each checked by a test.
        pub propositions: List<Proposition>,
        /// The words of the model's own displays (`text/<lang>/model.json`).
        pub words: ModelWords,
    }

    /// The words around the endings' conditions and the propositions (`text/<lang>/model.json`).
    pub struct ModelWords {
        /// Heading over every ending with its conditions, on the last step and on "How this works".
        pub conditions: Text,
        /// Says what the list under `conditions` shows.
        pub conditions_help: Text,
        /// Whether a condition holds in the scenario, the label that opens its line: "Met", "Not met".
        pub holds: Text,
        pub fails: Text,
        /// An ending that needs only some of its conditions, a clause without marks: "at least {n} of these". How this
        /// works puts it in brackets after the ending's title, before the list; the endings' panel puts it over the
        /// list with the language's colon.
        pub needs: Text,
        /// The pressures the endings count, listed over the endings: those the article names, and our extensions
        /// of its warnings ("Pressures the article names: {list}").
        pub pressures_named: Text,
        pub pressures_ours: Text,
        /// An ending's condition on how many of those pressures are in play: none ("None of the pressures listed
        /// above in play"), at most {n}, or {n} or more, which is enough on its own.
        pub pressures_none: Text,
        pub pressures_at_most: Text,
        pub pressures_alone: Text,
        /// The same, or {named} of those the article names, which is also enough on its own.
        pub pressures_alone_or_named: Text,
        /// How many of them the scenario puts in play, a clause after that condition: "{n} in play now"; and where
        /// the condition counts the article's own apart, with {named}, how many of them are its own.
        pub in_play: Text,
        pub in_play_named: Text,
        /// The ending of the reader's scenario.
        pub here: Text,
        /// The fewest changes that lead to an ending: "{n} changes from here: {changes}".
        pub nearest: Text,
        /// Two ways as short as each other, through different controls: "{first}; or {second}".
        pub or: Text,
        /// No ending within `reach::MAX_CHANGES` changes: "more than {n} changes away".
        pub beyond: Text,
        /// An ending whose conditions all hold but which an ending before it in the order names the scenario:
        /// "Met; shown as “{ending}”, which comes first". No route is proposed to it: the only one would undo what
        /// the higher ending needs.
        pub shown_as: Text,
        /// Heading over the propositions on "How this works", and what they are.
        pub propositions: Text,
        pub propositions_help: Text,
    }

    /// Something the reader can flip. `id` is also its key in a shared link (`?chips=domestic`).
    pub struct AssumptionData {
        pub id: Text,
        /// Option ids, in the order the controls list them.
        pub options: List<Text>,
        /// The option matching the article's present-day picture.
        pub default: Ref<Choice>,
        pub paragraphs: List<Text>,
        /// The options that are pressures on the company beyond 2025's (a ban, an ad downturn), which endings
        /// with `pressures` count.
        #[serde(default)]
        pub pressures: List<Pressure>,
    }

    pub struct AssumptionText {
        /// The control's legend.
        pub label: Text,
        pub description: Text,
        /// Why the default is the default.
        pub default_reason: Text,
        pub options: Map<Ref<Choice>, OptionText>,
    }

    pub struct OptionText {
        pub label: Text,
        pub description: Text,
    }

    /// Something the scenario moves, on a 0–100 scale.
    pub struct OutcomeData {
        pub id: Text,
        /// The value before any rule applies.
        pub base: i32,
    }

    pub struct OutcomeText {
        pub label: Text,
        pub description: Text,
        /// Why the base value is what it is.
        pub base_reason: Text,
    }

    /// When `assumption` is set to `option`, `outcome` moves by `delta`.
    pub struct RuleData {
        pub id: Text,
        pub assumption: Ref<Assumption>,
        pub option: Ref<Choice>,
        pub outcome: Ref<Outcome>,
        pub delta: i32,
        pub paragraphs: List<Text>,
        /// The rule is the model's own assumption, not something the article says: its paragraphs give the context
        /// it reads, not support. The reader sees it marked so, and the calibration checks no ending rests on it.
        #[serde(default)]
        pub ours: bool,
    }

    pub struct RuleText {
        /// Why the rule exists, in our words.
        pub reason: Text,
    }

    /// A continuous assumption, set with a slider. `id` is also its key in a shared link (`?capex=25`).
    pub struct SliderData {
        pub id: Text,
        pub min: i32,
        pub max: i32,
        pub step: i32,
        /// The value matching the article's present-day picture; the slider marks it.
        pub default: i32,
        pub unit: Unit,
        pub paragraphs: List<Text>,
    }

    pub struct SliderText {
        /// The control's legend.
        pub label: Text,
        pub description: Text,
        /// Why the default is the default.
        pub default_reason: Text,
        /// How a value reads, with `{value}` ("${value} billion a year").
        pub value: Text,
        /// The mark at the default ("the article's figure").
        pub marker: Text,
    }

    /// An option that is a pressure on the company beyond 2025's: one the article names, or, with `ours`, our
    /// extension of its warnings (a full chip cut-off where it describes controls).
    pub struct Pressure {
        pub option: Ref<Choice>,
        #[serde(default)]
        pub ours: bool,
    }

    /// An ending's condition on how many pressures are in play: at least `at_least` and at most `at_most`, or, with
    /// `or_named`, at least that many of the pressures the article names (not ours). With `alone`, it is not among
    /// the conditions `needs` counts but a way to the ending of its own.
    pub struct PressureCondition {
        #[serde(default)]
        pub at_least: Option<u32>,
        #[serde(default)]
        pub at_most: Option<u32>,
        #[serde(default)]
        pub or_named: Option<u32>,
        #[serde(default)]
        pub alone: bool,
    }

    /// An assumption set to one option, as a condition.
    pub struct Condition {
        pub assumption: Ref<Assumption>,
        pub option: Ref<Choice>,
    }

    /// Every `per` units of `slider` above its default move `outcome` by `change` (and below it, the other way),
    /// when `when` holds, or always if it is absent.
    pub struct SlopeData {
        pub id: Text,
        pub slider: Ref<Slider>,
        pub outcome: Ref<Outcome>,
        pub per: i32,
        pub change: i32,
        #[serde(default)]
        pub when: Option<Condition>,
        pub paragraphs: List<Text>,
        /// The slope is the model's own judgement, not something the article says (as for a rule).
        #[serde(default)]
        pub ours: bool,
    }

    pub struct SlopeText {
        /// Why the slope exists, in our words.
        pub reason: Text,
    }

    /// An outcome bound, one condition of an ending: the outcome's value is at least `at_least` and/or below
    /// `below`. Its paragraphs are where the article names the condition.
    pub struct Threshold {
        pub outcome: Ref<Outcome>,
        #[serde(default)]
        pub at_least: Option<i32>,
        #[serde(default)]
        pub below: Option<i32>,
        pub paragraphs: List<Text>,
    }

    /// A named ending: the first ending, in file order, whose conditions hold is the scenario's. Its conditions
    /// are its thresholds, the options it `requires` and, with `pressures`, one on how many pressures are in play.
    /// An ending holds when all its conditions do, or, with `needs` (never with `requires`), when at least that many
    /// do; or when a pressure condition that stands `alone` does. The last ending has none, so there is always one.
    pub struct EndingData {
        pub id: Text,
        #[serde(default)]
        pub when: List<Threshold>,
        #[serde(default)]
        pub requires: List<Requirement>,
        #[serde(default)]
        pub pressures: Option<PressureCondition>,
        #[serde(default)]
        pub needs: Option<u32>,
    }

    /// One of the article's cause-and-effect claims, as something the model must do: from preset `from`, with
    /// `choices` and `sliders` changed (with `through`, the slider at every step of a range), `outcome` moves as
    /// `expect` says, or `ending` is reached or not; with `over`, whatever the controls it lists are set to.
    pub struct PropositionData {
        pub id: Text,
        pub paragraphs: List<Text>,
        pub from: Ref<Preset>,
        #[serde(default)]
        pub choices: Map<Ref<Assumption>, Ref<Choice>>,
        #[serde(default)]
        pub sliders: Map<Ref<Slider>, i32>,
        /// With one slider in `sliders`: the change is that slider at every step from its value in `sliders`
        /// through this one, each a case of its own (a range of spending, not one value).
        #[serde(default)]
        pub through: Option<i32>,
        pub expect: Expect,
        #[serde(default)]
        pub outcome: Option<Ref<Outcome>>,
        #[serde(default)]
        pub ending: Option<Ref<Ending>>,
        /// The assumptions and sliders the claim speaks of whatever they are set to: the check tries every option
        /// of each and every point of each slider's scale, in every combination, with the change made on top.
        #[serde(default)]
        pub over: List<ControlRef>,
        /// A check of our own design rather than a claim of the article's (that a hopeful ending stays within reach
        /// under the 2025 controls, say): shown with the mark of our judgement, and its claim says so.
        #[serde(default)]
        pub ours: bool,
    }

    pub struct PropositionText {
        /// The claim in our words, as the article makes it.
        pub claim: Text,
        /// What the claim requires of the model.
        pub requires: Text,
    }

    /// A named scenario, one click or one link away (`?preset=decoupling`): the options and slider values that
    /// differ from the defaults.
    pub struct PresetData {
        pub id: Text,
        #[serde(default)]
        pub choices: Map<Ref<Assumption>, Ref<Choice>>,
        #[serde(default)]
        pub sliders: Map<Ref<Slider>, i32>,
    }

    pub struct PresetText {
        pub title: Text,
        pub description: Text,
    }

    pub struct EndingText {
        pub title: Text,
        /// The ending in one short line, for the last slide (its summary and reasoning then go to the notes).
        pub line: Text,
        pub summary: Text,
        /// Why these thresholds, in our words.
        pub reason: Text,
    }
}

impl ModelData {
    pub fn assumption_by_key(&self, key: &str) -> Option<AssumptionId> {
        self.assumptions.iter().position(|a| a.data.id == key).map(Id::new)
    }

    pub fn slider_by_key(&self, key: &str) -> Option<SliderId> {
        self.sliders.iter().position(|s| s.data.id == key).map(Id::new)
    }

    pub fn preset_by_key(&self, key: &str) -> Option<PresetId> {
        self.presets.iter().position(|p| p.data.id == key).map(Id::new)
    }

    /// The reader-facing labels of an assumption and one of its options.
    pub fn option_labels(&self, assumption: AssumptionId, option: OptionId) -> (&str, &str) {
        let a = &self.assumptions[assumption];
        (&a.text.label, &a.option_text(option).label)
    }

    /// The outcomes that the given controls can move, in the model's order.
    pub fn outcomes_moved_by(&self, controls: &[ControlRef]) -> Vec<OutcomeId> {
        let moves = |o: OutcomeId| {
            controls.iter().any(|c| match c.control() {
                Control::Assumption(a) => self
                    .rules
                    .iter()
                    .any(|r| r.data.outcome.id() == o && r.data.assumption.id() == a),
                Control::Slider(s) => self
                    .slopes
                    .iter()
                    .any(|sl| sl.data.outcome.id() == o && sl.data.slider.id() == s),
            })
        };
        self.outcomes.ids().filter(|&o| moves(o)).collect()
    }

    /// Whether `condition` holds when each assumption `a` has option `option_of(a)`.
    pub fn holds(&self, condition: &Condition, option_of: impl Fn(AssumptionId) -> OptionId) -> bool {
        option_of(condition.assumption.id()) == condition.option.id()
    }
}

impl Assumption {
    /// Every option's id, in the order the controls list them.
    pub fn option_ids(&self) -> Ids<Choice> {
        Ids::upto(self.data.options.len())
    }

    /// The option matching the article's present-day picture.
    pub fn default(&self) -> OptionId {
        self.data.default.id()
    }

    /// The option's id as links and files write it.
    pub fn option_key(&self, option: OptionId) -> &str {
        &self.data.options[option.index()]
    }

    pub fn option_by_key(&self, key: &str) -> Option<OptionId> {
        self.data.options.iter().position(|o| o == key).map(Id::new)
    }

    /// The reader-facing text of an option.
    pub fn option_text(&self, option: OptionId) -> &OptionText {
        self.text.options.of(option)
    }
}

/// How many pressures a scenario puts in play: all of them, and those among them the article names.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct InPlay {
    pub all: usize,
    pub named: usize,
}

impl PressureCondition {
    /// Whether the condition holds with `in_play` pressures in play.
    pub fn holds(&self, in_play: InPlay) -> bool {
        let all = self.at_least.is_none_or(|n| in_play.all >= n as usize)
            && self.at_most.is_none_or(|n| in_play.all <= n as usize);
        all || self.or_named.is_some_and(|n| in_play.named >= n as usize)
    }
}
