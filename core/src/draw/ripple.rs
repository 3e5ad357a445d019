//! Ripples: how one assumption spreads to the outcomes it moves. The assumption, at its chosen option, on the
//! left; each outcome it can move on the right; each link labelled with the change it makes now.

use super::{card, Drawing, Scene, Shape, Still, WIDTH};
use crate::content::{Assumption, AssumptionId, Case, Label, OutcomeId, Step, Table, ViewKind};
use crate::model::Cause;
use crate::phrase::{fill, points, signed};

/// Left edge and width of the outcome cards: wide enough for the longest outcome at a phone's label size.
const OUTCOME_X: i32 = 264;
const OUTCOME_WIDTH: i32 = 214;

pub fn draw(case: &Case, step: &Step, scene: &impl Scene, mut still: Still) -> Drawing {
    let model = &case.model;
    // A ripple step varies with the assumption it draws (validated with the step).
    let a = step
        .data
        .varies_with
        .as_ref()
        .expect("validated: a ripple step varies with one")
        .id();
    let assumption = &model.assumptions[a];
    let outcomes = moved_by(case, a);
    let height = (outcomes.len() as i32 * 52).max(120);
    let tag = crate::phrase::ours_tag(case);
    let mut any_ours = false;
    let option = &assumption.option_text(scene.option(a)).label;
    let mut moving = vec![Shape::group(
        "node source",
        "",
        vec![
            Shape::rect("", 2, height / 2 - 30, 196, 60, 8),
            Shape::text("name", 100, height / 2 - 6, assumption.text.label.as_ref()),
            Shape::text("role", 100, height / 2 + 16, option.as_ref()),
        ],
    )];
    let mut effects = Vec::new();
    for (i, &o) in outcomes.iter().enumerate() {
        let y = 10 + i as i32 * 52;
        let label = &model.outcomes[o].text.label;
        card(
            &mut still,
            OUTCOME_X + OUTCOME_WIDTH / 2,
            y,
            OUTCOME_WIDTH,
            label,
            "",
            "outcome-node",
        );
        let (delta, ours) = change(case, scene, a, o);
        let ours = ours && delta != 0;
        any_ours |= ours;
        moving.push(link(case, height, y, delta, ours));
        // The text alternative names only the outcomes that move.
        if delta == 0 {
            continue;
        }
        let effect = format!("{label}{}{}", case.meta.ui.punctuation.space, points(case, delta));
        effects.push(if ours {
            crate::phrase::aside(case, &effect, tag)
        } else {
            effect
        });
    }
    // A rule of ours acting now is starred, and the star explained under the assumption.
    moving.push(Shape::text(
        "ours-note",
        100,
        height - 6,
        if any_ours {
            format!("*{}{tag}", case.meta.ui.punctuation.space)
        } else {
            String::new()
        },
    ));
    Drawing {
        kind: ViewKind::Ripple,
        width: WIDTH,
        height,
        desc: description(case, assumption, option, &effects),
        still: still.into_markup(),
        moving,
    }
}

/// The change assumption `a` makes to outcome `o` now: the sum of its rules that apply, and whether one of them is
/// marked as the model's own judgement.
fn change(case: &Case, scene: &impl Scene, a: AssumptionId, o: OutcomeId) -> (i32, bool) {
    let rules = &case.model.rules;
    scene.outcome(o, |v| {
        v.causes
            .iter()
            .filter_map(|c| match *c {
                Cause::Rule(r) if rules[r].data.assumption.id() == a => Some((rules[r].data.delta, rules[r].data.ours)),
                _ => None,
            })
            .fold((0, false), |(sum, ours), (d, o)| (sum + d, ours || o))
    })
}

/// The outcomes assumption `a` can move: those a rule of it names.
fn moved_by(case: &Case, a: AssumptionId) -> Vec<OutcomeId> {
    let model = &case.model;
    model
        .outcomes
        .ids()
        .filter(|&o| {
            model
                .rules
                .iter()
                .any(|r| r.data.outcome.id() == o && r.data.assumption.id() == a)
        })
        .collect()
}

/// The link from the assumption to the outcome card at `y`: its line, and by the line's end the change it makes now
/// (starred when a rule of ours makes it), in a group classed by its direction.
fn link(case: &Case, height: i32, y: i32, delta: i32, ours: bool) -> Shape {
    let class = match delta {
        0 => "ripple quiet",
        d if d > 0 => "ripple up",
        _ => "ripple down",
    };
    let class = if ours {
        format!("{class} ours")
    } else {
        class.to_string()
    };
    Shape::group(
        &class,
        delta,
        vec![
            Shape::path(
                "",
                format!(
                    "M 198 {} C 230 {} 230 {} {OUTCOME_X} {}",
                    height / 2,
                    height / 2,
                    y + 17,
                    y + 17
                ),
                None,
            ),
            // By its line's end, clear of it: the lines turn steeply in the middle, so the number sits where
            // its line runs level into the outcome, over a line that rises or runs straight, under one that
            // falls (on the turn it had a line through its digits).
            Shape::text(
                "delta-label",
                OUTCOME_X - 16,
                if y + 17 > height / 2 + 9 {
                    y + 17 + 16
                } else {
                    y + 17 - 9
                },
                match (delta, ours) {
                    (0, _) => String::new(),
                    (d, true) => format!("{}*", signed(case, d)),
                    (d, false) => signed(case, d),
                },
            ),
        ],
    )
}

/// The drawing's text alternative: the assumption at its option, and the outcomes it moves now, each with its change.
fn description(case: &Case, assumption: &Assumption, option: &str, effects: &[String]) -> String {
    let text = case.view_text(ViewKind::Ripple);
    fill(
        &text.alt,
        &[
            ("assumption", &assumption.text.label),
            ("option", option),
            (
                "effects",
                &if effects.is_empty() {
                    text.label(Label::Unchanged).to_string()
                } else {
                    effects.join(&case.meta.ui.punctuation.list)
                },
            ),
        ],
    )
}
