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
        /// Between the last two of a list's items where either counts, where it differs from `list` (" or ",
        /// "或"): the options of one pressure, 「强制出售或被禁」, where 、 would read as "and" (Chinese review 34, N11).
        pub or: Text,
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
        /// Its language tag (`zh-Hans`); its root is the addresses' (`crate::url::language_root`).
        pub lang: Text,
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
        /// under the chart (drawn as before the change asked about), and over the outcomes; W is the key that sets
        /// the questions aside.
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
        /// Under the chart while the question is open on a link that already sets its option: the link's own chart
        /// (and the bars) would give the answer away, so they wait for the answer or a skip, the chart drawn as
        /// before the change asked about meanwhile.
        pub held_back: Text,
        /// The answer's button that brings the changed chart into view (on a phone it is far above).
        pub see_chart: Text,
        /// The heading of the answer key in the teacher's notes: the model's answer for the scenario on screen.
        pub answer_key: Text,
        /// The fold over the answer key while the step's question is still open: the teacher opens it (the notes
        /// may be on the room's screen, beside the open question).
        pub show_answer: Text,
        /// The held-back chart's button that takes the reader to the question (on a phone it is far below).
        pub to_question: Text,
    }
}
