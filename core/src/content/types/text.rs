//! The words of the case as a whole and of the page around the steps: meta, punctuation and the UI's strings.

use super::*;

records! {
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
        /// Between the last two items of a list in a sentence, where it differs from `list` (" and ", "和"):
        /// "Liang Rubo and Zhang Yiming", 「梁汝波和张一鸣」.
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
        /// A link's setting quoted as it was given, in a notice that names what the link set that the explainer
        /// could not use ("{key} = “{value}”", "{key}=“{value}”").
        pub setting: Text,
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
        /// In a sandboxed frame (an opaque origin), the server refused the app's files to it (no CORS header): a
        /// quiet, plain note for the host's readers, with [`sandboxed_link`](Self::sandboxed_link).
        pub sandboxed: Text,
        /// The note's link to the interactive version (the whole explainer at the step and scenario).
        pub sandboxed_link: Text,
        /// The technical advice for whoever embeds the step, written to the browser's console, not to the readers.
        pub sandboxed_advice: Text,
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
        /// The same, short, for an embedded step: what the dashed mark on each bar is.
        pub bars_key: Text,
        /// Heading over the scenario's ending.
        pub ending: Text,
        /// An outcome bar's text alternative: "{label}: {value} of 100 (today {base})".
        pub bar: Text,
        /// Says the model is illustrative, next to its outcomes.
        pub model_note: Text,
        /// [`model_note`](Self::model_note) where the bars have no "Why?" to open (a frame held at a fixed height:
        /// its host's script stripped, or no script in it): it points to the whole explainer instead.
        pub model_note_fixed: Text,
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
        /// Announced politely after a change of the compare page's second scenario, naming it as that scenario's:
        /// "{changes}" (one template per language, not a heading joined to `announce_changes`).
        pub announce_other_changes: Text,
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
        /// In a sandboxed frame, which may not save files: said above the figures shown as text to copy instead.
        pub blocked: Text,
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
        /// The toolbar's button that opens the notes in a window of their own (the presenter's screen).
        pub notes_window: Text,
        /// On a slide whose question is open with its option already set (held back): what to do, in one line,
        /// over the chart, and over the outcomes; W is the key that sets the questions aside.
        pub held_back_chart: Text,
        pub held_back_figures: Text,
    }

    /// The words around a QR code: its heading, its accessible name, the present toolbar's button that shows it,
    /// and what to do with it.
    pub struct QrText {
        pub title: Text,
        pub name: Text,
        pub show: Text,
        pub help: Text,
        /// The button that closes the projected code (over the slide) and brings the slide back.
        pub close: Text,
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
        /// The heading of the answer key in the teacher's notes: the model's answer for the scenario on screen.
        pub answer_key: Text,
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
        /// The share bar's choice to share and present the scenario without the walkthrough's questions, each
        /// step with its chart (`ask=0` in the link).
        pub without_questions: Text,
        pub embed: Text,
        /// The embed panel's first line, above the code: what the code shows and where it goes.
        pub embed_lead: Text,
        /// The name of the choice of what readers get (`with_controls`, `embed_figures`, `compact`).
        pub embed_form: Text,
        /// The choice of the step without its controls (`controls=0`).
        pub embed_figures: Text,
        /// The disclosure of the details for a site that changes the code: a pasted link, a sandbox, no script.
        pub embed_more: Text,
        /// Behind it: what a sandboxed frame needs, in plain words.
        pub embed_help: Text,
        /// Under it: paste the code, not the page's link (a site that embeds from a link gets 2025).
        pub embed_paste_code: Text,
        /// Under the code: the heights it keeps without its script, on a phone (`{phone}`) and in a wide column
        /// (`{wide}`), to set by hand where a site strips the style too.
        pub embed_height_note: Text,
        /// Under it: what any embed loads (the whole app), said plainly for a news page's budget.
        pub embed_weight: Text,
        /// The description of a step's preview image (`{title}`): the picture is 2025's whatever the link sets.
        pub preview_alt: Text,
        /// Under the drawing on a step's preview image: it shows every assumption as in 2025.
        pub preview_note: Text,
        /// The embed panel's choice of the step with its controls, its copy button and what it says once copied.
        pub with_controls: Text,
        /// The embed panel's choice of the chart and its figures only (`compact=1`), the shortest embed.
        pub compact: Text,
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
        /// The handout as a worksheet: its switch, its header ("Worksheet: {scenario}"), the line under each
        /// prediction question where students write their reasons, and the line that stands where the chart and
        /// its bars were held back.
        pub worksheet: Text,
        pub worksheet_for: Text,
        pub worksheet_why: Text,
        pub worksheet_held: Text,
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
        /// The same on a copy written for a scenario (`embeds/<id>/chips-domestic/`): it shows that scenario, fixed.
        pub embed_no_script_fixed: Text,
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
        /// "Teaching with this": a short guide for a class (present and its keys, the QR code, predict, compare,
        /// the handout and the worksheet), its heading and one item each.
        pub teaching: Text,
        pub teaching_guide: List<Text>,
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
        /// Both bounds on one outcome, as one range: "{outcome} at least {low} and below {below}", the data's own
        /// numbers, `low` inclusive and `below` exclusive as the model compares them.
        pub between: Text,
        /// The last ending's condition.
        pub fallback: Text,
        /// Under the drawn model: what its ticks, dots and bars mean.
        pub map_legend: Text,
        /// Heading over the meanings of the confidence tags.
        pub tags: Text,
    }
}
