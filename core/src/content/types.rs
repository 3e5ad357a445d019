//! The types of the case data. Each record is an [`Entry`]: its structure (`data`: ids, references, numbers),
//! read from `content/data` or `content/model`, and its words (`text`), read from `content/text/<lang>`.
//!
//! Strings and lists are `Cow<'static, _>`: owned when read from the files, borrowed when bundled as a static.

use std::borrow::Cow;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use super::ids::{Id, Ids, Ref, Table, Text};
use super::literal::{kinds, records, Literal};
pub use super::map::Map;

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
        /// What the company says of itself: its stated goals, programmes, culture and what its executives say. The
        /// article warns that much of the story rests on such accounts.
        CompanyAccount = "company-account",
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

    /// A short label drawn inside a view (`labels` in `text/<lang>/views.json`); [`ViewKind::labels`] says which
    /// labels each view draws, and validation requires them.
    pub enum Label {
        /// Over the people the AI units report to.
        Top = "top",
        /// Over the shared compute pool.
        Pool = "pool",
        /// Beside the AI units: outside every business line.
        Outside = "outside",
        /// A value out of 100: "{value} / 100".
        Of100 = "of100",
        /// Over the rivals' embedded labs.
        Rivals = "rivals",
        /// Before where a hire came from.
        From = "from",
        /// Over the tech giants.
        Giants = "giants",
        /// Over the AI start-ups.
        Startups = "startups",
        /// Over the state's instruments.
        State = "state",
        /// The unit of the spending scale.
        Unit = "unit",
        /// A number on the spending scale in that unit, from the slider's value: "{value}" (billions), "{value}0" (亿).
        Tick = "tick",
        /// In the ripple's text alternative, instead of the list of changes when no outcome moves.
        Unchanged = "unchanged",
    }

    /// How available something is under an option (a chip supply route under a chip-access option).
    pub enum Status {
        Open = "open",
        Costly = "costly",
        Limited = "limited",
        Closed = "closed",
    }

    /// How one entity relates to another, in the order a briefing names them (`phrase::relations`): where an
    /// entity belongs first, then whom it answers to, what it leads, where it came from, and the rest.
    pub enum RelationKind {
        PartOf = "part-of",
        ReportsTo = "reports-to",
        Leads = "leads",
        CoLeads = "co-leads",
        CameFrom = "came-from",
        CompetesWith = "competes-with",
        DependsOn = "depends-on",
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

    /// What a proposition expects of the model (`content/model/propositions.json`).
    pub enum Expect {
        /// The change raises `outcome` (by more than `predict::SAME_WITHIN`).
        Up = "up",
        /// The change lowers `outcome` (by more than `predict::SAME_WITHIN`).
        Down = "down",
        /// The change does not raise `outcome` (at most `predict::SAME_WITHIN`).
        NotUp = "not-up",
        /// The change leaves the scenario short of `ending`.
        Misses = "misses",
        /// The change leads to `ending`.
        Reaches = "reaches",
        /// From the changed scenario, no single change leads to `ending`.
        NoSingleChange = "no-single-change",
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
        /// The questions asked before the reader flips an assumption, at most one per step.
        pub predictions: List<Prediction>,
        pub entities: List<Entity>,
        pub glossary: List<Term>,
        pub views: Map<ViewKind, ViewText>,
        pub anchors: Anchors,
        pub model: ModelData,
    }

    /// The records the views are drawn around (`data/anchors.json`), named in the content so that the build checks
    /// them like every other reference.
    pub struct Anchors {
        /// The outcome drawn as the shared compute pool (org map, chips).
        pub compute: Ref<Outcome>,
        /// The assumption whose option the org map names beside the pool.
        pub chips: Ref<Assumption>,
        /// The slider the spending view draws.
        pub spending: Ref<Slider>,
        /// The company at the centre of the rivals view.
        pub company: Ref<Entity>,
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
        /// Heading over the propositions on "How this works", and what they are.
        pub propositions: Text,
        pub propositions_help: Text,
    }

    /// Words that belong to the case as a whole and to the page around the steps (`text/<lang>/case.json`).
    pub struct CaseText {
        /// The language tag of these words (`en`, `zh-Hans`), the name of their folder.
        pub lang: Text,
        pub title: Text,
        /// The first page's title in the browser and in shared links.
        pub page_title: Text,
        /// The first page's summary for search results and link previews.
        pub description: Text,
        pub subtitle: Text,
        pub other_language: OtherLanguage,
        /// What the explainer is and is not, shown under the steps.
        pub disclaimer: Text,
        pub ui: UiText,
        /// The reader-facing name of each confidence kind.
        pub confidence: Map<Confidence, Text>,
        /// What each confidence kind means, in a sentence, for the legend beside the tags.
        pub confidence_meaning: Map<Confidence, Text>,
        /// The heading over each kind of entity in a briefing.
        pub entity_kinds: Map<EntityKind, Text>,
        /// How each relation reads, with the related entity's name in `{name}` ("came from {name}", "来自{name}").
        pub relations: Map<RelationKind, Text>,
        /// The name of each availability status ("open", "at a premium").
        pub statuses: Map<Status, Text>,
    }

    /// The punctuation the code puts between pieces of text, which differs between languages.
    pub struct Punctuation {
        /// Between the items of a list in a sentence (", ", "、").
        pub list: Text,
        /// Between the last two items of a list in a sentence, where it differs from `list` (" and ", "、"):
        /// "Liang Rubo and Zhang Yiming", 「梁汝波、张一鸣」.
        pub and: Text,
        /// Between clauses that could each stand alone ("; ", "；").
        pub clauses: Text,
        /// After a label, before what it labels (": ", "：").
        pub colon: Text,
        /// After a sentence, before the next ("". ", "。").
        pub stop: Text,
        /// After the last sentence (".", "。").
        pub end: Text,
        /// Between two pieces that each stand alone, such as a sentence and its paragraphs (" ", none in Chinese).
        pub space: Text,
        /// Between the clauses of one sentence (", ", "，").
        pub pause: Text,
        /// Between the parts of a line of labels, such as a page's title and the explainer's name (" · ", "｜").
        pub separator: Text,
        /// Between the notes on one item in a running line, such as a figure's paragraphs, how solid it is and
        /// its hedge, or an entity's relations (" · ", "；": the Chinese ｜ belongs to a line of labels only).
        pub notes: Text,
        /// A text with an aside in brackets ("{text} ({aside})", "{text}（{aside}）").
        pub aside: Text,
        /// A change from one value to another ("{from} → {to}", "{from}→{to}").
        pub to: Text,
        /// A numbered item ("{n}. {text}", "（{n}）{text}").
        pub numbered: Text,
        /// A cause of a change in plain text (the CSV), with its signed change in points and its note of paragraphs
        /// ("{delta} {trigger} ({note})", "{trigger}（{delta}；{note}）").
        pub cause: Text,
        /// The head of a cause in "Why?" and on Compare, before its reason: its signed change in points and its
        /// trigger, each set off by the view ("{delta} {trigger}", "{trigger}（{delta}）", the CSV's order).
        pub cause_head: Text,
        /// The sign of a negative change ("-"; "−", the true minus sign, in Chinese text, where a hyphen reads as a
        /// dash beside the characters). A positive change takes "+" in every language.
        pub minus: Text,
        /// A signed change in points where the line names no unit of its own: a lever, a cause in Why? and in the
        /// CSV, a chart's text alternative ("{delta}", "{delta}分"). Templates that say their unit write it there.
        pub points: Text,
        /// The mark that ends a sentence and is dropped when the sentence stands in brackets inside another (none
        /// in English, "。" in Chinese: no "。）").
        pub closed: Text,
    }

    /// The link to the same page in the other language.
    pub struct OtherLanguage {
        /// Its name, in its own language ("中文", "English").
        pub name: Text,
        /// Its language tag (`zh-Hans`).
        pub lang: Text,
        /// Its root from this language's root (`zh-Hans/`, `../`).
        pub root: Text,
    }

    /// The notes of `public/start.js`, shown over the readable page when the app cannot start.
    pub struct LoadText {
        /// Not started after a while; it may still come.
        pub slow: Text,
        /// The WebAssembly could not be fetched, compiled or started.
        pub failed: Text,
        /// The browser has no WebAssembly.
        pub unsupported: Text,
        /// The link that loads the page again.
        pub retry: Text,
    }

    /// Labels of the page's own controls.
    pub struct UiText {
        pub previous: Text,
        pub next: Text,
        /// "Step {n} of {total}".
        pub progress: Text,
        /// The skip link, the first stop of the keyboard: it leads to the step's heading.
        pub skip: Text,
        /// What is announced on moving to a step: "{progress}: {title}".
        pub place: Text,
        pub sources: Text,
        pub question: Text,
        pub scenario_note: Text,
        /// The accessible name of the step navigation.
        pub steps_nav: Text,
        /// Marks the option that matches the article's present-day picture.
        pub today: Text,
        /// Marks a claim the article itself hedges.
        pub hedged: Text,
        /// What the hedge tag means, for the legend beside the tags.
        pub hedged_meaning: Text,
        /// The heading of the legend of the confidence tags under a step's sources.
        pub tags: Text,
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
        /// Under that heading: what the line on each bar and the signed number beside it mean.
        pub bars_legend: Text,
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
        /// A step's number as the list of steps reads it out, its words hidden around the number that shows:
        /// "Step {n}: ", 「第{n}步：」.
        pub step_label: Text,
        /// The theme switch, saying what it will do.
        pub to_dark: Text,
        pub to_light: Text,
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
        /// The slides for a projector.
        pub present: PresentText,
        /// The QR code of the link to what is on screen.
        pub qr: QrText,
        /// The question asked before an assumption is flipped, and its answer.
        pub predict: PredictText,
        /// What the reader can take away.
        pub download: DownloadText,
        /// Shown if the app fails: what happened, and the link that reloads.
        pub panic: Text,
        pub reload: Text,
        /// The page without JavaScript or WebAssembly: what it needs, above the plain summary of the steps.
        pub noscript: Text,
        /// What the page says when the interactive parts cannot start.
        pub load: LoadText,
        pub punctuation: Punctuation,
    }

    /// The words of the downloads: the link to the outcomes as CSV, the CSV's five column names (outcome, value,
    /// value in 2025, change, causes), and the name a reader's own scenario takes in file names.
    pub struct DownloadText {
        pub csv: Text,
        pub columns: List<Text>,
        pub own_scenario: Text,
        /// The links that save a chart.
        pub svg: Text,
        pub png: Text,
        /// Said beside the button that saved a file, once the browser has it: `{file}`, its name.
        pub saved: Text,
        /// Drawn in a saved chart: its scenario (`{name}`) and where it comes from (`{n}`, `{step}`,
        /// `{paragraphs}`).
        pub scenario: Text,
        pub source: Text,
    }

    /// The words of present mode: its button, its toolbar and the keys it takes.
    pub struct PresentText {
        pub start: Text,
        pub leave: Text,
        /// The teacher's notes: the step's question, sources and terms.
        pub notes: Text,
        /// The toolbar's name, and the keys it answers, said once.
        pub toolbar: Text,
        pub keys: Text,
    }

    /// The words around a QR code: its heading, its accessible name, the present toolbar's button that shows it,
    /// and what to do with it.
    pub struct QrText {
        pub title: Text,
        pub name: Text,
        pub show: Text,
        pub help: Text,
    }

    /// The words of "predict, then look": its heading and help, the three directions an outcome can take, the skip
    /// button, and the answer: the reader's guess ("{direction}"), the model's ("{outcome}", "{from}", "{to}",
    /// "{direction}"), whether they agree, the heading over the model's reasons, the note that a reason no longer
    /// applies, and what is announced on a skip.
    pub struct PredictText {
        pub title: Text,
        pub help: Text,
        pub up: Text,
        pub same: Text,
        pub down: Text,
        pub skip: Text,
        pub guess: Text,
        pub model: Text,
        pub matched: Text,
        pub missed: Text,
        pub because: Text,
        pub no_longer: Text,
        pub skipped: Text,
        /// The button that asks an answered or skipped question again.
        pub again: Text,
        /// Over the chart while the question is open on a link that already sets its option: the chart (and the
        /// bars) would give the answer away, so they wait for the answer or a skip.
        pub held_back: Text,
        /// The answer's button that brings the changed chart into view (on a phone it is far above).
        pub see_chart: Text,
        /// The held-back chart's button that takes the reader to the question (on a phone it is far below).
        pub to_question: Text,
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
        /// The embed panel's option to show the step's controls, its copy button and what it says once copied.
        pub with_controls: Text,
        /// The embed panel's choice of colours: the group's name, then following the reader's system, light, dark.
        pub colours: Text,
        pub colours_auto: Text,
        /// Under the choice of colours: following the reader's system suits only a page that does so too.
        pub colours_auto_note: Text,
        pub colours_light: Text,
        pub colours_dark: Text,
        pub copy_code: Text,
        pub code_copied: Text,
        /// The credit under an embedded step, before the link to the whole explainer.
        pub credit: Text,
        /// The embedded frame's title: "{title}, from AI Gambit".
        pub embed_title: Text,
        /// Heading over the named scenarios.
        pub presets: Text,
        pub compare: Text,
        /// The first scenario's heading on the compare page.
        pub yours: Text,
        /// The second scenario's heading; its named scenarios follow.
        pub other: Text,
        /// On the compare page, what opens each scenario's assumptions and sliders, and the second scenario's
        /// button that makes it a copy of the reader's own.
        pub compare_controls: Text,
        pub copy_yours: Text,
        /// The row of each scenario's assumptions on the compare page, and what it says when all are as in 2025.
        pub assumes: Text,
        pub as_in_2025: Text,
        /// Heading over the definitions of the endings on the compare page.
        pub endings_defined: Text,
        /// The handout's header: "Handout: {scenario}", the name of a reader's own scenario, and its link.
        pub handout_for: Text,
        pub own_scenario: Text,
        pub scenario_link: Text,
        /// The handout's choice of steps: its legend, "only this step" and "all steps".
        pub steps_to_print: Text,
        pub this_step: Text,
        pub all_steps: Text,
        pub outcome: Text,
        pub differences: Text,
        /// Under the compare table: what the ◆ beside an outcome marks.
        pub differs_legend: Text,
        /// One outcome that differs, read from the reader's scenario to the compared one: `{in_yours}` (yours), `{in_other}`
        /// (the compared one's) and `{delta}` (signed, the compared one's less yours), in the notes and the
        /// announcement alike.
        pub difference: Text,
        pub no_differences: Text,
        pub handout: Text,
        pub print: Text,
        /// In an embedded view: the link to the whole explainer; where the frame may not open a new tab (a sandbox
        /// without popups), what is said before its address, shown to copy.
        pub open_full: Text,
        pub open_blocked: Text,
        /// On a step's embeddable page without script: it shows 2025 (the link's scenario needs the script), and
        /// the whole explainer's address (`{address}`).
        pub embed_no_script: Text,
        /// The line on every step naming what the reader's scenario changes from 2025 (`{changes}`), and its
        /// button back to the 2025 picture.
        pub scenario_line: Text,
        pub back_to_2025: Text,
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
        /// Under the drawn model: what its ticks, dots and bars mean.
        pub map_legend: Text,
        /// Heading over the meanings of the confidence tags.
        pub tags: Text,
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
        pub to: Ref<Entity>,
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
        pub assumption: Ref<Assumption>,
        pub by_option: Map<Ref<Choice>, Status>,
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
        /// The embed code's default frame height for this step.
        pub embed_height: EmbedHeight,
        pub view: ViewKind,
        /// The assumptions and sliders whose controls this step shows, in order.
        #[serde(default)]
        pub controls: List<ControlRef>,
        pub claims: List<Ref<Claim>>,
        /// Figures the step's view shows.
        #[serde(default)]
        pub figures: List<Ref<Figure>>,
        /// Entities the step's view shows.
        #[serde(default)]
        pub entities: List<Ref<Entity>>,
        /// Glossary terms the step uses.
        #[serde(default)]
        pub terms: List<Ref<Term>>,
        /// The assumption whose option picks this step's scenario sentence, if any.
        #[serde(default)]
        pub varies_with: Option<Ref<Assumption>>,
    }

    /// How tall, in CSS pixels, the embedded step is in a 720-pixel column in the tallest of the three engines,
    /// plus a little: the embed code's height until the frame reports its own, and all a host that strips scripts
    /// ever shows. `e2e/embed.test.mjs` measures them and says which to change when the layout does.
    pub struct EmbedHeight {
        /// With the step's controls.
        pub controls: u32,
        /// The view alone (`controls=0`).
        pub view: u32,
    }

    pub struct StepText {
        pub title: Text,
        pub body: List<Text>,
        /// One question for a class discussion.
        pub question: Text,
        /// The scenario sentence for each option of `varies_with`.
        #[serde(default)]
        pub variants: Map<Ref<Choice>, Text>,
    }

    /// A question asked on `step` before the reader flips an assumption: which way will `outcome` move when
    /// `assumption` takes `option`? The answer is the model's ([`crate::predict::reveal`]), never written here.
    pub struct PredictionData {
        pub id: Text,
        pub step: Ref<Step>,
        pub assumption: Ref<Assumption>,
        pub option: Ref<Choice>,
        pub outcome: Ref<Outcome>,
    }

    pub struct PredictionText {
        /// The question, naming the change and the outcome in the reader's terms.
        pub question: Text,
    }

    /// A view's words (`text/<lang>/views.json`, keyed by view id).
    pub struct ViewText {
        pub title: Text,
        /// The chart's text alternative; `{name}` placeholders are filled from the view's labels and values.
        pub alt: Text,
        /// Short labels drawn inside the chart.
        #[serde(default)]
        pub labels: Map<Label, Text>,
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
    /// are its thresholds and, with `pressures`, one on how many pressures are in play. An ending holds when all
    /// its conditions do, or, with `needs`, when at least that many do; or when a pressure condition that stands
    /// `alone` does. The last ending has none, so there is always one.
    pub struct EndingData {
        pub id: Text,
        #[serde(default)]
        pub when: List<Threshold>,
        #[serde(default)]
        pub pressures: Option<PressureCondition>,
        #[serde(default)]
        pub needs: Option<u32>,
    }

    /// One of the article's cause-and-effect claims, as something the model must do: from preset `from`, with
    /// `choices` and `sliders` changed, `outcome` moves as `expect` says, or `ending` is reached or not; with
    /// `over`, whatever the controls it lists are set to.
    pub struct PropositionData {
        pub id: Text,
        pub paragraphs: List<Text>,
        pub from: Ref<Preset>,
        #[serde(default)]
        pub choices: Map<Ref<Assumption>, Ref<Choice>>,
        #[serde(default)]
        pub sliders: Map<Ref<Slider>, i32>,
        pub expect: Expect,
        #[serde(default)]
        pub outcome: Option<Ref<Outcome>>,
        #[serde(default)]
        pub ending: Option<Ref<Ending>>,
        /// The assumptions and sliders the claim speaks of whatever they are set to: the check tries every option
        /// of each and every point of each slider's scale, in every combination, with the change made on top.
        #[serde(default)]
        pub over: List<ControlRef>,
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
pub type Prediction = Entry<PredictionData, PredictionText>;
pub type Assumption = Entry<AssumptionData, AssumptionText>;
pub type Outcome = Entry<OutcomeData, OutcomeText>;
pub type Rule = Entry<RuleData, RuleText>;
pub type Slider = Entry<SliderData, SliderText>;
pub type Slope = Entry<SlopeData, SlopeText>;
pub type Ending = Entry<EndingData, EndingText>;
pub type Preset = Entry<PresetData, PresetText>;
pub type Proposition = Entry<PropositionData, PropositionText>;

/// An option of an assumption: what an [`OptionId`] points at, among that assumption's options.
pub enum Choice {}

pub type SectionId = Id<Section>;
pub type ClaimId = Id<Claim>;
pub type FigureId = Id<Figure>;
pub type TermId = Id<Term>;
pub type EntityId = Id<Entity>;
pub type StepId = Id<Step>;
pub type PredictionId = Id<Prediction>;
pub type AssumptionId = Id<Assumption>;
/// An option of one assumption, by its position among that assumption's options.
pub type OptionId = Id<Choice>;
pub type OutcomeId = Id<Outcome>;
pub type RuleId = Id<Rule>;
pub type SliderId = Id<Slider>;
pub type SlopeId = Id<Slope>;
pub type EndingId = Id<Ending>;
pub type PresetId = Id<Preset>;
pub type PropositionId = Id<Proposition>;

impl ViewKind {
    /// The labels this view draws; validation requires each in every language.
    pub fn labels(self) -> &'static [Label] {
        match self {
            ViewKind::OrgMap => &[Label::Top, Label::Pool, Label::Outside, Label::Of100, Label::Rivals],
            ViewKind::Talent => &[Label::From],
            ViewKind::Rivals => &[Label::Giants, Label::Startups, Label::State],
            ViewKind::Chips => &[Label::Pool],
            ViewKind::Spending => &[Label::Unit, Label::Tick],
            ViewKind::Ripple => &[Label::Unchanged],
            ViewKind::Briefing | ViewKind::Dashboard | ViewKind::Objectives | ViewKind::Influence => &[],
        }
    }
}

impl ViewText {
    /// The label for `label`, which validation has required for every view that draws it.
    pub fn label(&self, label: Label) -> &str {
        self.labels
            .get(&label)
            .unwrap_or_else(|| panic!("no label `{}`: validation requires it", label.key()))
    }
}

impl<K, V: Clone> Map<Ref<K>, V> {
    /// The value for the record `id`; validation has required one for every record the map covers.
    pub fn of(&self, id: Id<K>) -> &V {
        self.iter()
            .find(|(k, _)| k.id() == id)
            .map(|(_, v)| v)
            .expect("validation requires a value for every key")
    }
}

// ----- look-ups by id, for the edges that read ids (links) -----

impl Case {
    /// The step with this id, or with this id among its former ids.
    pub fn step_by_key(&self, key: &str) -> Option<StepId> {
        let at = |found: Option<usize>| found.map(Id::new);
        at(self.steps.iter().position(|s| s.data.id == key))
            .or_else(|| at(self.steps.iter().position(|s| s.data.aliases.iter().any(|a| a == key))))
    }

    pub fn view_text(&self, view: ViewKind) -> &ViewText {
        self.views.get(&view).expect("validation requires text for every view")
    }

    pub fn confidence_label(&self, kind: Confidence) -> &str {
        self.meta
            .confidence
            .get(&kind)
            .expect("validation requires a label for every confidence")
    }

    /// What a confidence kind means, in a sentence.
    pub fn confidence_meaning(&self, kind: Confidence) -> &str {
        self.meta
            .confidence_meaning
            .get(&kind)
            .expect("validation requires a meaning for every confidence")
    }

    /// The entity's display name.
    pub fn entity_name(&self, id: EntityId) -> &str {
        &self.entities[id].text.name
    }
}

impl EntityData {
    /// The entity's first relation of kind `kind`, if it has one.
    pub fn relation(&self, kind: RelationKind) -> Option<&Relation> {
        self.relations.iter().find(|r| r.kind == kind)
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

/// One of a step's controls: an assumption or a slider (their ids share one space; validation keeps them apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Assumption(Id<Assumption>),
    Slider(Id<Slider>),
}

/// A reference to a [`Control`] as a step's file holds it: the id written there and, once loaded, what it names.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlRef {
    key: Text,
    control: Option<Control>,
}

impl ControlRef {
    /// Used by the statics `build.rs` writes from a loaded case; not for hand-written code.
    #[doc(hidden)]
    pub const fn bundled(key: &'static str, control: Control) -> Self {
        ControlRef {
            key: Cow::Borrowed(key),
            control: Some(control),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// The assumption or slider it names (resolved when the case was loaded, like every [`Ref`]).
    pub fn control(&self) -> Control {
        self.control.unwrap_or_else(|| {
            panic!(
                "the control `{}` was never resolved: cases come from Case::load",
                self.key
            )
        })
    }

    pub(crate) fn set(&mut self, control: Control) {
        self.control = Some(control);
    }
}

impl Serialize for ControlRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.key)
    }
}

impl<'de> Deserialize<'de> for ControlRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|key| ControlRef {
            key: key.into(),
            control: None,
        })
    }
}

impl Literal for ControlRef {
    fn literal(&self, out: &mut String) {
        let (kind, ix) = match self.control() {
            Control::Assumption(id) => ("Assumption", id.index()),
            Control::Slider(id) => ("Slider", id.index()),
        };
        out.push_str(&format!(
            "ControlRef::bundled({:?}, Control::{kind}(Id::bundled({ix})))",
            self.key.as_ref()
        ));
    }
}
