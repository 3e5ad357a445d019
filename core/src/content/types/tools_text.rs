//! The words of the share tools (the share bar, the embed panel, the handout and worksheet) and of "How this works":
//! the UI strings of the pages a step's tools open, beside `text.rs`'s case-wide and step-page strings.

use super::*;

records! {
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
        /// The embed panel's choice of background: the group's name, the page's own (as the colours say), or none,
        /// the article's showing through (`bg=transparent`).
        pub background: Text,
        pub background_own: Text,
        pub background_transparent: Text,
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
        /// The handout's header: "Handout: {scenario}", the name of a reader's own scenario, and the words before
        /// its link, which say the step the link and its QR code open, number `{n}` and title `{step}` (the step the
        /// handout was made from, whichever steps it prints).
        pub handout_for: Text,
        pub own_scenario: Text,
        pub scenario_link: Text,
        /// The handout's choice of steps: its legend, "only this step" and "all steps".
        pub steps_to_print: Text,
        pub this_step: Text,
        pub all_steps: Text,
        /// The handout as a worksheet: its switch, its header ("Worksheet: {scenario}"), the line under each
        /// prediction question where students write their reasons, and the line that says the bars are held back.
        pub worksheet: Text,
        pub worksheet_for: Text,
        pub worksheet_why: Text,
        pub worksheet_held: Text,
        /// The caption over a question's chart as it stands before the change asked about: `{assumption}` and its
        /// `{option}` there.
        pub worksheet_before: Text,
        /// The heading of the worksheet's last section, the model's answer to each of its questions.
        pub worksheet_key: Text,
        /// On screen only, under the worksheet's switch while it is on: the answers print on the last page, so a
        /// teacher prints that page once and leaves it out of the class's copies.
        pub worksheet_key_note: Text,
        pub outcome: Text,
        pub differences: Text,
        /// Under the compare table: what the ◆ beside an outcome marks.
        pub differs_legend: Text,
        /// One outcome that differs, read from the reader's scenario to the compared one: `{in_yours}` (yours), `{in_other}`
        /// (the compared one's) and `{delta}` (signed, the compared one's less yours), in the notes and the
        /// announcement alike.
        pub difference: Text,
        /// In the compare table, beside the compared one's value: how far it is above or below yours, `{n}` points,
        /// in words ("25 higher", 「高25分」; a bare "+25" read as a score to add), and the same for the screen reader,
        /// which is told what it is relative to ("25 higher than in your scenario").
        pub higher: Text,
        pub lower: Text,
        pub higher_heard: Text,
        pub lower_heard: Text,
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
        /// An option an ending requires: "{assumption} set to “{option}”".
        pub set_to: Text,
        /// A slider an ending requires at a value or above: "{slider} at least {value}".
        pub slider_at_least: Text,
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
