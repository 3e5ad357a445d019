//! What the app's polite live region says after a change, in the case's language, chosen here without a browser:
//! where the reader now is after a move, and what a change of scenario did (the reader's own, or the compare page's
//! second one). The app's state (`src/state/`) sets its announcement to these words.

use crate::content::{Case, StepId};
use crate::markup::progress;
use crate::model::{Diff, Evaluation};
use crate::phrase::{fill, labelled};
use crate::url::Page;

/// The name of what is open: the step's title on the walkthrough, the page's name elsewhere.
pub fn place_title(case: &Case, page: Page, step: StepId) -> &str {
    let ui = &case.meta.ui;
    match page {
        Page::Walkthrough => &case.steps[step].text.title,
        Page::Model => &ui.how.title,
        Page::Compare => &ui.share.compare,
        Page::Handout => &ui.share.handout,
    }
}

/// Where the reader is after a move, said once: "Step 6 of 16: Room to fail?" on the walkthrough, the page's name
/// elsewhere.
pub fn place(case: &Case, page: Page, step: StepId) -> String {
    match page {
        Page::Walkthrough => fill(
            &case.meta.ui.place,
            &[
                ("progress", &progress(case, step)),
                ("title", place_title(case, page, step)),
            ],
        ),
        _ => place_title(case, page, step).to_string(),
    }
}

/// A change of the reader's scenario in words: each outcome that moved ("Compute access: 55 to 30") and the ending
/// if it changed; nothing when nothing moved.
pub fn scenario_change(case: &Case, change: &Diff) -> Option<String> {
    let model = &case.model;
    let ui = &case.meta.ui;
    let parts = change.outcomes.iter().map(|c| {
        fill(
            &ui.announce_outcome,
            &[
                ("label", &model.outcomes[c.outcome].text.label),
                ("from", &c.from.to_string()),
                ("to", &c.to.to_string()),
            ],
        )
    });
    changes(case, change, parts.collect()).map(|words| fill(&case.meta.ui.announce_changes, &[("changes", &words)]))
}

/// A change of the compare page's second scenario in words, named as the second scenario's by its own template
/// (`announce_other_changes`), each outcome it moved read as the compare page reads
/// it, from the reader's scenario (`yours`) to the compared one with `difference` (yours, the other's), and the
/// ending it now leads to; nothing when nothing moved.
pub fn compare_change(
    case: &Case,
    change: &Diff,
    yours: &Evaluation,
    difference: impl Fn(i32, i32) -> String,
) -> Option<String> {
    let parts = change.outcomes.iter().map(|c| {
        let words = difference(yours.outcomes[c.outcome.index()].value, c.to);
        labelled(case, &case.model.outcomes[c.outcome].text.label, &words)
    });
    changes(case, change, parts.collect())
        .map(|words| fill(&case.meta.ui.announce_other_changes, &[("changes", &words)]))
}

/// The outcomes' `parts` and the change of ending, joined as the clauses of one announcement; nothing when
/// nothing moved.
fn changes(case: &Case, change: &Diff, mut parts: Vec<String>) -> Option<String> {
    if change.is_empty() {
        return None;
    }
    let ui = &case.meta.ui;
    if let Some((_, to)) = change.ending {
        parts.push(fill(
            &ui.announce_ending,
            &[("title", &case.model.endings[to].text.title)],
        ));
    }
    Some(parts.join(&ui.punctuation.clauses))
}
