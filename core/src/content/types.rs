//! The types of the case data. Each record is an [`Entry`]: its structure (`data`: ids, references, numbers),
//! read from `content/data` or `content/model`, and its words (`text`), read from `content/text/<lang>`.
//!
//! Strings and lists are `Cow<'static, _>`: owned when read from the files, borrowed when bundled as a static.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::literal::{kinds, records, Literal};
pub use super::map::Map;

/// Text in the content: owned when read from a file, `&'static` when bundled.
pub type Text = Cow<'static, str>;
/// A list in the content: owned when read from a file, `&'static` when bundled.
pub type List<T> = Cow<'static, [T]>;

/// One record: its language-independent structure and its reader-facing text in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry<D, T> {
    pub data: D,
    pub text: T,
}

impl<D: Literal, T: Literal> Literal for Entry<D, T> {
    fn literal(&self, out: &mut String) {
        out.push_str("Entry { data: ");
        self.data.literal(out);
        out.push_str(", text: ");
        self.text.literal(out);
        out.push_str(" }");
    }
}

kinds! {
    /// How solid a claim is. The article rests much on self-reported information; this says which kind each is.
    pub enum Confidence {
        /// A number the article reports (often from the company or press reports).
        ReportedFigure = "reported-figure",
        /// A fact the article reports.
        ReportedFact = "reported-fact",
        /// A single story or internal account.
        Anecdote = "anecdote",
        /// The article's own reading or judgement.
        Analysis = "analysis",
        /// An assumption of our illustrative model, not the article's.
        ModelAssumption = "model-assumption",
    }

    /// The views the app knows how to draw; a step names one. Adding a view here makes the app's `match` on it
    /// fail to compile until the view exists, so no step can point at a view that is not drawn.
    pub enum ViewKind {
        /// The AI divisions, whom they report to, and the compute they share.
        OrgMap = "org-map",
        /// The step's key figures, then its people, units, companies and instruments, grouped by kind.
        Briefing = "briefing",
        /// Where the reader's scenario leads: the ending, every outcome and the biggest levers.
        Dashboard = "dashboard",
        /// The objectives set at the top, the divisions that carry them and the people who lead them.
        Objectives = "objectives",
        /// How new the AI workforce is, and where the senior hires came from.
        Talent = "talent",
        /// Tech giants and start-ups competing for the same people, and the state's instruments.
        Rivals = "rivals",
        /// The chip supply routes, their status under the chosen chip access, and the compute they add up to.
        Chips = "chips",
        /// How one assumption ripples out to the outcomes it moves.
        Ripple = "ripple",
        /// The yearly AI budget against the article's figure.
        Spending = "spending",
        /// Every assumption linked to every outcome it moves, lit where it acts now.
        Influence = "influence",
    }

    /// What an entity is.
    pub enum EntityKind {
        Objective = "objective",
        Person = "person",
        Division = "division",
        Company = "company",
        StartUp = "start-up",
        Lab = "lab",
        Programme = "programme",
        Product = "product",
        TalentPool = "talent-pool",
        StateInstrument = "state-instrument",
        ChipRoute = "chip-route",
    }

    /// How available something is under an option (a chip supply route under a chip-access option).
    pub enum Status {
        Open = "open",
        Costly = "costly",
        Limited = "limited",
        Closed = "closed",
    }

    /// How one entity relates to another.
    pub enum RelationKind {
        ReportsTo = "reports-to",
        Leads = "leads",
        CoLeads = "co-leads",
        CameFrom = "came-from",
        CompetesWith = "competes-with",
        DependsOn = "depends-on",
        PartOf = "part-of",
        CarriedBy = "carried-by",
        AcquiredBy = "acquired-by",
    }

    /// What a figure counts.
    pub enum Unit {
        Cny = "cny",
        Usd = "usd",
        Percent = "percent",
        People = "people",
        Count = "count",
        Year = "year",
    }

    /// How the article bounds a figure.
    pub enum Bound {
        Exactly = "exactly",
        About = "about",
        AtLeast = "at-least",
        MoreThan = "more-than",
    }
}

records! {
    /// The whole case, in one language, validated.
    pub struct Case {
        pub lang: Text,
        pub meta: CaseText,
        pub sections: List<Section>,
        pub claims: List<Claim>,
        pub figures: List<Figure>,
        pub steps: List<Step>,
        pub entities: List<Entity>,
        pub glossary: List<Term>,
        pub views: Map<ViewKind, ViewText>,
        pub model: ModelData,
    }

    /// The scenario model's data: what the reader can assume, what it moves, and the rules between them.
    pub struct ModelData {
        pub assumptions: List<Assumption>,
        pub sliders: List<Slider>,
        pub outcomes: List<Outcome>,
        pub rules: List<Rule>,
        pub slopes: List<Slope>,
        pub endings: List<Ending>,
        pub presets: List<Preset>,
    }

    /// Words that belong to the case as a whole and to the page around the steps (`text/<lang>/case.json`).
    pub struct CaseText {
        pub title: Text,
        pub subtitle: Text,
        /// What the explainer is and is not, shown under the steps.
        pub disclaimer: Text,
        pub ui: UiText,
        /// The reader-facing name of each confidence kind.
        pub confidence: Map<Confidence, Text>,
        /// The heading over each kind of entity in a briefing.
        pub entity_kinds: Map<EntityKind, Text>,
        /// How each relation reads before the related entity's name ("came from").
        pub relations: Map<RelationKind, Text>,
        /// The name of each availability status ("open", "at a premium").
        pub statuses: Map<Status, Text>,
    }

    /// Labels of the page's own controls.
    pub struct UiText {
        pub previous: Text,
        pub next: Text,
        /// "Step {n} of {total}".
        pub progress: Text,
        pub sources: Text,
        pub question: Text,
        pub scenario_note: Text,
        /// The accessible name of the step navigation.
        pub steps_nav: Text,
        /// Marks the option that matches the article's present-day picture.
        pub today: Text,
        /// Marks a claim the article itself hedges.
        pub hedged: Text,
        /// Shown when a link held values the explainer could not use; `{items}` lists them.
        pub link_notice: Text,
        /// Heading of a step's glossary terms.
        pub terms: Text,
        /// Heading of a briefing's key figures.
        pub figures: Text,
        /// Opens the list of what produced a value.
        pub why: Text,
        /// An outcome's value before any rule: "Starting point: {value}".
        pub starting_point: Text,
        /// Heading over the outcomes a step's assumptions move.
        pub moves: Text,
        /// Heading over the scenario's ending.
        pub ending: Text,
        /// An outcome bar's text alternative: "{label}: {value} of 100 (today {base})".
        pub bar: Text,
        /// Says the model is illustrative, next to its outcomes.
        pub model_note: Text,
        /// Heading over the single changes that would move each outcome most.
        pub levers: Text,
        /// One such change: "{change} ({delta})".
        pub lever: Text,
        /// The accessible name of a step in the progress list: "Step {n}: {title}".
        pub step_label: Text,
        /// The theme switch.
        pub dark_mode: Text,
        /// The accessible name of the list of all steps.
        pub all_steps: Text,
        /// Announced politely after a change: "{changes}".
        pub announce_changes: Text,
        /// One changed outcome in an announcement: "{label} {from} to {to}".
        pub announce_outcome: Text,
        /// The ending in an announcement: "Ending: {title}".
        pub announce_ending: Text,
        /// The page that explains the model, and its parts.
        pub how: HowText,
        /// Links, embedding, presets, compare and the handout.
        pub share: ShareText,
        /// Shown if the app fails: what happened, and the link that reloads.
        pub panic: Text,
        pub reload: Text,
        /// The page without JavaScript or WebAssembly: what it needs, above the plain summary of the steps.
        pub noscript: Text,
    }

    /// The words of the sharing tools and the pages they open.
    pub struct ShareText {
        pub copy_link: Text,
        /// Shown for a moment once the link is on the clipboard.
        pub copied: Text,
        /// Shown beside the link when the clipboard cannot be used: copy it by hand.
        pub copy_by_hand: Text,
        pub embed: Text,
        /// Explains the embed code and the height message.
        pub embed_help: Text,
        /// The embedded frame's title: "{title}, from AI Gambit".
        pub embed_title: Text,
        /// Heading over the named scenarios.
        pub presets: Text,
        pub compare: Text,
        /// The first scenario's heading on the compare page.
        pub yours: Text,
        /// The second scenario's heading; its named scenarios follow.
        pub other: Text,
        pub outcome: Text,
        pub differences: Text,
        pub no_differences: Text,
        pub handout: Text,
        pub print: Text,
        /// In an embedded view: the link to the whole explainer.
        pub open_full: Text,
    }

    /// The words of the "How this works" page.
    pub struct HowText {
        /// The button that opens it, and its heading.
        pub title: Text,
        pub back: Text,
        /// What the model is and is not.
        pub intro: List<Text>,
        pub assumptions: Text,
        pub outcomes: Text,
        pub rules: Text,
        pub endings: Text,
        /// Marks an assumption's default: "Default: {option}. {reason}".
        pub default: Text,
        /// A slider's range: "From {min} to {max}; default {default}. {reason}".
        pub range: Text,
        /// An outcome's base: "Starts at {base}. {reason}".
        pub base: Text,
        /// A rule: "{assumption} is {option}: {outcome} {delta}".
        pub rule: Text,
        /// A slope: "{slider}: every {per} above the default, {outcome} {change}" (and the other way below).
        pub slope: Text,
        /// A slope's condition: "only while {assumption} is {option}".
        pub only_while: Text,
        /// An ending's thresholds: "{outcome} at least {value}" and "{outcome} below {value}".
        pub at_least: Text,
        pub below: Text,
        /// The last ending's condition.
        pub fallback: Text,
    }

    /// One section of the article (S0..) and the paragraphs it holds, by number (4 for P4).
    pub struct SectionData {
        pub id: Text,
        pub first: u32,
        pub last: u32,
    }

    pub struct SectionText {
        /// The section's subject, in our words.
        pub title: Text,
    }

    pub struct ClaimData {
        pub id: Text,
        /// P-keys of the paragraphs the claim rests on ("P5").
        pub paragraphs: List<Text>,
        pub confidence: Confidence,
        /// The article itself hedges this ("reportedly", "potentially").
        #[serde(default)]
        pub hedged: bool,
    }

    pub struct ClaimText {
        pub text: Text,
    }

    /// A number from the article, with its unit, how it is bounded, and where it comes from.
    pub struct FigureData {
        pub id: Text,
        pub value: i64,
        pub unit: Unit,
        pub bound: Bound,
        pub paragraphs: List<Text>,
        /// The article itself hedges this ("reportedly", "potentially").
        #[serde(default)]
        pub hedged: bool,
    }

    pub struct FigureText {
        /// What the figure measures.
        pub label: Text,
        /// The figure as a reader sees it ("over $20 billion").
        pub display: Text,
    }

    /// A term a newcomer may need explained.
    pub struct TermData {
        pub id: Text,
        pub paragraphs: List<Text>,
    }

    pub struct TermText {
        pub term: Text,
        pub definition: Text,
    }

    /// A typed link from one entity to another.
    pub struct Relation {
        pub kind: RelationKind,
        pub to: Text,
    }

    pub struct EntityData {
        pub id: Text,
        pub kind: EntityKind,
        #[serde(default)]
        pub relations: List<Relation>,
        pub paragraphs: List<Text>,
        /// How available the entity is under each option of an assumption, if that depends on one.
        #[serde(default)]
        pub availability: Option<Availability>,
    }

    /// An entity's status under each option of `assumption`, by option id.
    pub struct Availability {
        pub assumption: Text,
        pub by_option: Map<Text, Status>,
    }

    pub struct EntityText {
        pub name: Text,
        /// What it is or does, in a few words ("model research").
        pub role: Text,
    }

    pub struct StepData {
        pub id: Text,
        /// Former ids of this step, so that links made before a rename still open it.
        #[serde(default)]
        pub aliases: List<Text>,
        pub view: ViewKind,
        /// Assumptions whose controls this step shows, by id.
        #[serde(default)]
        pub assumptions: List<Text>,
        pub claims: List<Text>,
        /// Figures the step's view shows, by id.
        #[serde(default)]
        pub figures: List<Text>,
        /// Entities the step's view shows, by id.
        #[serde(default)]
        pub entities: List<Text>,
        /// Glossary terms the step uses, by id.
        #[serde(default)]
        pub terms: List<Text>,
        /// The assumption whose option picks this step's scenario sentence, if any.
        #[serde(default)]
        pub varies_with: Option<Text>,
    }

    pub struct StepText {
        pub title: Text,
        pub body: List<Text>,
        /// One question for a class discussion.
        pub question: Text,
        /// The scenario sentence for each option of `varies_with`, by option id.
        #[serde(default)]
        pub variants: Map<Text, Text>,
    }

    /// A view's words (`text/<lang>/views.json`, keyed by view id).
    pub struct ViewText {
        pub title: Text,
        /// The chart's text alternative; `{name}` placeholders are filled from the view's labels and values.
        pub alt: Text,
        /// Short labels drawn inside the chart, by key.
        #[serde(default)]
        pub labels: Map<Text, Text>,
    }

    /// Something the reader can flip. `id` is also its key in a shared link (`?chips=domestic`).
    pub struct AssumptionData {
        pub id: Text,
        /// Option ids, in the order the controls list them.
        pub options: List<Text>,
        /// The option matching the article's present-day picture.
        pub default: Text,
        pub paragraphs: List<Text>,
    }

    pub struct AssumptionText {
        /// The control's legend.
        pub label: Text,
        pub description: Text,
        /// Why the default is the default.
        pub default_reason: Text,
        pub options: Map<Text, OptionText>,
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
        pub assumption: Text,
        pub option: Text,
        pub outcome: Text,
        pub delta: i32,
        pub paragraphs: List<Text>,
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

    /// An assumption set to one option, as a condition.
    pub struct Condition {
        pub assumption: Text,
        pub option: Text,
    }

    /// Every `per` units of `slider` above its default move `outcome` by `change` (and below it, the other way),
    /// when `when` holds, or always if it is absent.
    pub struct SlopeData {
        pub id: Text,
        pub slider: Text,
        pub outcome: Text,
        pub per: i32,
        pub change: i32,
        #[serde(default)]
        pub when: Option<Condition>,
        pub paragraphs: List<Text>,
    }

    pub struct SlopeText {
        /// Why the slope exists, in our words.
        pub reason: Text,
    }

    /// An outcome bound: the outcome's value is at least `at_least` and/or below `below`.
    pub struct Threshold {
        pub outcome: Text,
        #[serde(default)]
        pub at_least: Option<i32>,
        #[serde(default)]
        pub below: Option<i32>,
    }

    /// A named ending: the first ending, in file order, whose thresholds all hold is the scenario's. The last
    /// ending has none, so there is always one.
    pub struct EndingData {
        pub id: Text,
        #[serde(default)]
        pub when: List<Threshold>,
    }

    /// A named scenario, one click or one link away (`?preset=decoupling`): the options and slider values that
    /// differ from the defaults.
    pub struct PresetData {
        pub id: Text,
        #[serde(default)]
        pub choices: Map<Text, Text>,
        #[serde(default)]
        pub sliders: Map<Text, i32>,
    }

    pub struct PresetText {
        pub title: Text,
        pub description: Text,
    }

    pub struct EndingText {
        pub title: Text,
        pub summary: Text,
        /// Why these thresholds, in our words.
        pub reason: Text,
    }
}

pub type Section = Entry<SectionData, SectionText>;
pub type Claim = Entry<ClaimData, ClaimText>;
pub type Figure = Entry<FigureData, FigureText>;
pub type Term = Entry<TermData, TermText>;
pub type Entity = Entry<EntityData, EntityText>;
pub type Step = Entry<StepData, StepText>;
pub type Assumption = Entry<AssumptionData, AssumptionText>;
pub type Outcome = Entry<OutcomeData, OutcomeText>;
pub type Rule = Entry<RuleData, RuleText>;
pub type Slider = Entry<SliderData, SliderText>;
pub type Slope = Entry<SlopeData, SlopeText>;
pub type Ending = Entry<EndingData, EndingText>;
pub type Preset = Entry<PresetData, PresetText>;

impl ViewText {
    /// The label for `key`, or the key itself so a missing label shows up rather than leaving a blank.
    pub fn label<'a>(&'a self, key: &'a str) -> &'a str {
        self.labels.get(key).map_or(key, |l| l.as_ref())
    }
}

// ----- look-ups -----

impl Case {
    /// The step with this id, or with this id among its former ids.
    pub fn step_index(&self, id: &str) -> Option<usize> {
        self.steps
            .iter()
            .position(|s| s.data.id == id)
            .or_else(|| self.steps.iter().position(|s| s.data.aliases.iter().any(|a| a == id)))
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.iter().find(|c| c.data.id == id)
    }

    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.data.id == id)
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.glossary.iter().find(|t| t.data.id == id)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.data.id == id)
    }

    /// The entity's name, or its id if there is no such entity (validation rules that out for shipped content).
    pub fn entity_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.entity(id).map_or(id, |e| e.text.name.as_ref())
    }

    pub fn view_text(&self, view: ViewKind) -> Option<&ViewText> {
        self.views.get(&view)
    }

    pub fn confidence_label(&self, kind: Confidence) -> &str {
        self.meta.confidence.get(&kind).map_or(kind.key(), |l| l.as_ref())
    }
}

impl ModelData {
    pub fn assumption_index(&self, id: &str) -> Option<usize> {
        self.assumptions.iter().position(|a| a.data.id == id)
    }

    pub fn outcome_index(&self, id: &str) -> Option<usize> {
        self.outcomes.iter().position(|o| o.data.id == id)
    }

    pub fn preset_index(&self, id: &str) -> Option<usize> {
        self.presets.iter().position(|p| p.data.id == id)
    }

    pub fn slider_index(&self, id: &str) -> Option<usize> {
        self.sliders.iter().position(|s| s.data.id == id)
    }

    /// The reader-facing labels of an assumption and one of its options, by id; the ids themselves where there is
    /// no such assumption or option (validation rules that out for shipped content).
    pub fn option_labels<'a>(&'a self, assumption: &'a str, option: &'a str) -> (&'a str, &'a str) {
        let a = self.assumption_index(assumption).map(|a| &self.assumptions[a]);
        let o = a.and_then(|a| a.option_index(option).and_then(|i| a.option_text(i)));
        (
            a.map_or(assumption, |a| a.text.label.as_ref()),
            o.map_or(option, |o| o.label.as_ref()),
        )
    }

    /// The reader-facing label of an outcome, by id; the id itself where there is no such outcome.
    pub fn outcome_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.outcome_index(id)
            .map_or(id, |o| self.outcomes[o].text.label.as_ref())
    }

    /// The outcomes that the given assumptions and sliders (by id) can move, in the model's order.
    pub fn outcomes_moved_by(&self, controls: &[Text]) -> Vec<usize> {
        (0..self.outcomes.len())
            .filter(|&o| {
                let id = &self.outcomes[o].data.id;
                self.rules
                    .iter()
                    .any(|r| r.data.outcome == *id && controls.contains(&r.data.assumption))
                    || self
                        .slopes
                        .iter()
                        .any(|s| s.data.outcome == *id && controls.contains(&s.data.slider))
            })
            .collect()
    }

    /// Whether `condition` holds when assumption `a` has option index `option_of(a)`.
    pub fn holds(&self, condition: &Condition, option_of: impl Fn(usize) -> usize) -> bool {
        self.assumption_index(&condition.assumption).is_some_and(|a| {
            let options = &self.assumptions[a].data.options;
            options.get(option_of(a)).is_some_and(|o| *o == condition.option)
        })
    }
}

impl Assumption {
    pub fn option_index(&self, option: &str) -> Option<usize> {
        self.data.options.iter().position(|o| o == option)
    }

    pub fn default_index(&self) -> usize {
        self.option_index(&self.data.default).unwrap_or(0)
    }

    /// The reader-facing text of the option at `index`.
    pub fn option_text(&self, index: usize) -> Option<&OptionText> {
        self.data
            .options
            .get(index)
            .and_then(|id| self.text.options.get(id.as_ref()))
    }
}
