//! The model, drawn: every assumption and the spending slider on the left, every outcome on the right, a link for
//! every rule and slope between them whose thickness shows how far it can move its outcome, and, beside each
//! outcome, its scale with the 2025 value, the current value and the thresholds of the endings. Links that act in
//! the current scenario light up, solid when they raise an outcome and dashed when they lower it, so colour is
//! never the only signal. With `focus`, every link but those of the focused control fades.
//!
//! The same drawing is the walkthrough's "what drives what" step and the picture on "How this works".

use std::fmt::Write;

use super::{lines, text, Drawing, Scene, Shape, Still};
use crate::content::{Case, Control, OutcomeId, RuleId, SlopeId, Table, ViewKind};
use crate::model::Cause;

/// The room a control's label takes on the left (two lines of 14-unit type and a gap), and an outcome's on the
/// right (its label, its scale, and the threshold numbers above and under it). The map is as tall as the longer
/// column needs, each column spread evenly over it: when the two new levers made ten controls at 48 a row, the
/// map grew by a fifth and the originality step's handout took two Letter pages.
const CONTROL_ROW: i32 = 38;
const OUTCOME_ROW: i32 = 54;
const WIDTH: i32 = 760;
/// Where the links start and end, and where each outcome's scale runs.
const LINKS: (i32, i32) = (236, 392);
const SCALE: (i32, i32) = (600, 744);
/// Labels longer than this take two lines.
const LINE: usize = 24;

/// One link of the map: the rule or slope it draws, the control it starts from and the outcome it moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapLink {
    pub from: Control,
    pub to: OutcomeId,
    pub cause: MapCause,
    /// How far it can move its outcome at most, in points.
    pub reach: i32,
}

/// What a link of the map draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MapCause {
    Rule(RuleId),
    Slope(SlopeId),
}

/// Every link of the map: the rules, then the slopes.
pub fn map_links(case: &Case) -> Vec<MapLink> {
    let model = &case.model;
    let rules = model.rules.with_ids().map(|(r, rule)| MapLink {
        from: Control::Assumption(rule.data.assumption.id()),
        to: rule.data.outcome.id(),
        cause: MapCause::Rule(r),
        reach: rule.data.delta.abs(),
    });
    let slopes = model.slopes.with_ids().map(|(s, slope)| {
        let slider = &model.sliders[slope.data.slider.id()].data;
        let span = (slider.max - slider.default).max(slider.default - slider.min);
        MapLink {
            from: Control::Slider(slope.data.slider.id()),
            to: slope.data.outcome.id(),
            cause: MapCause::Slope(s),
            reach: (span / slope.data.per.max(1) * slope.data.change).abs(),
        }
    });
    rules.chain(slopes).collect()
}

/// Every control the map starts from, in order, with its label: the assumptions, then the sliders.
pub fn map_controls(case: &Case) -> Vec<(Control, &str)> {
    let model = &case.model;
    model
        .assumptions
        .with_ids()
        .map(|(a, x)| (Control::Assumption(a), x.text.label.as_ref()))
        .chain(
            model
                .sliders
                .with_ids()
                .map(|(s, x)| (Control::Slider(s), x.text.label.as_ref())),
        )
        .collect()
}

/// The map for `scene`, with every link but `focus`'s faded if there is one.
pub fn influence(case: &Case, scene: &impl Scene, focus: Option<Control>, mut still: Still) -> Drawing {
    let model = &case.model;
    let sources = map_controls(case);
    let (controls, outcomes) = (sources.len().max(1) as i32, model.outcomes.len().max(1) as i32);
    let span = (controls * CONTROL_ROW).max(outcomes * OUTCOME_ROW);
    let left_y = |i: usize| 34 + i as i32 * span / controls;
    let right_y = |o: OutcomeId| 34 + o.index() as i32 * span / outcomes;
    let row_of = |c: Control| {
        sources
            .iter()
            .position(|(s, _)| *s == c)
            .expect("every control is drawn")
    };

    let mut moving: Vec<Shape> = map_links(case)
        .into_iter()
        .map(|link| {
            let state = link_state(case, scene, &link);
            let class = if focus.is_some_and(|c| c != link.from) {
                format!("{state} faded")
            } else {
                state.to_string()
            };
            let (y1, y2) = (left_y(row_of(link.from)), right_y(link.to));
            let (x1, x2) = LINKS;
            let mid = (x1 + x2) / 2;
            Shape::path(
                &class,
                format!("M {x1} {y1} C {mid} {y1} {mid} {y2} {x2} {y2}"),
                Some(1 + link.reach / 6),
            )
        })
        .collect();

    for (i, (_, label)) in sources.iter().enumerate() {
        lines(&mut still, LINKS.0 - 6, left_y(i), "influence-label end", label, LINE);
    }
    for (o, outcome) in model.outcomes.with_ids() {
        let y = right_y(o);
        lines(
            &mut still,
            LINKS.1 + 6,
            y,
            "influence-label start",
            &outcome.text.label,
            LINE,
        );
        let _ = write!(
            still,
            r#"<line class="scale-track" x1="{}" x2="{}" y1="{y}" y2="{y}"/><line class="scale-base" x1="{b}" x2="{b}" y1="{}" y2="{}"/>"#,
            SCALE.0,
            SCALE.1,
            y - 7,
            y + 7,
            b = scale_x(outcome.data.base)
        );
        threshold_ticks(&mut still, case, o, y);
    }
    for o in model.outcomes.ids() {
        let value = scene.outcome(o, |v| v.value);
        moving.push(Shape::circle("scale-value", scale_x(value), right_y(o), 5));
    }
    Drawing {
        kind: ViewKind::Influence,
        width: WIDTH,
        height: span + 18,
        desc: case.view_text(ViewKind::Influence).alt.to_string(),
        still: still.into_markup(),
        moving,
    }
}

/// A link's class in `scene`: idle if its cause does not act there, else the way it pushes its outcome.
fn link_state(case: &Case, scene: &impl Scene, link: &MapLink) -> &'static str {
    let active = scene.outcome(link.to, |v| {
        v.causes.iter().find_map(|c| match (*c, link.cause) {
            (Cause::Rule(r), MapCause::Rule(x)) if r == x => Some(case.model.rules[r].data.delta),
            (Cause::Slope { slope, delta, .. }, MapCause::Slope(x)) if slope == x => Some(delta),
            _ => None,
        })
    });
    match active {
        None => "influence idle",
        Some(d) if d > 0 => "influence up",
        Some(_) => "influence down",
    }
}

/// Where `v` (0 to 100) lies on an outcome's scale.
fn scale_x(v: i32) -> i32 {
    SCALE.0 + (SCALE.1 - SCALE.0) * v.clamp(0, 100) / 100
}

/// Each ending's threshold on outcome `o` (its scale drawn at `y`), numbered as in the legend: a tick pointing the way it holds.
/// "At least" ticks sit above the scale, "below" ticks under it, so two never collide; ticks of several
/// endings close together share one label ("3, 5"), so no number is drawn over another.
fn threshold_ticks(still: &mut Still, case: &Case, o: OutcomeId, y: i32) {
    let model = &case.model;
    for above in [true, false] {
        let mut ticks: Vec<(i32, usize)> = model
            .endings
            .with_ids()
            .flat_map(|(e, ending)| {
                ending
                    .data
                    .when
                    .iter()
                    .filter(|t| t.outcome.id() == o)
                    .filter_map(move |t| if above { t.at_least } else { t.below })
                    .map(move |v| (scale_x(v), e.index() + 1))
            })
            .collect();
        ticks.sort_unstable();
        let (top, label_y) = if above { (y - 15, y - 17) } else { (y + 7, y + 25) };
        for &(x, _) in &ticks {
            let tip = if above { x + 5 } else { x - 5 };
            let _ = write!(
                still,
                r#"<path class="threshold" d="M {x} {top} L {tip} {} L {x} {} Z"/>"#,
                top + 4,
                top + 8
            );
        }
        for (x, label) in tick_labels(&ticks, &case.meta.ui.punctuation.list) {
            text(still, x, label_y, "threshold-label", &label);
        }
    }
}

/// The width of one character of a threshold's label, in the drawing's units (its type is 12 pixels).
const LABEL_CHAR: i32 = 7;

/// One label for each run of `ticks` (sorted by position) whose labels would touch: where it goes and what it says
/// (the endings' numbers, joined by `list`). Runs are merged until every two labels stand a character apart.
fn tick_labels(ticks: &[(i32, usize)], list: &str) -> Vec<(i32, String)> {
    let label = |run: &[(i32, usize)]| {
        let mut numbers: Vec<usize> = run.iter().map(|t| t.1).collect();
        numbers.sort_unstable();
        numbers.dedup();
        let words: Vec<String> = numbers.iter().map(usize::to_string).collect();
        let x = run.iter().map(|t| t.0).sum::<i32>() / run.len() as i32;
        (x, words.join(list))
    };
    let width = |text: &str| text.chars().count() as i32 * LABEL_CHAR;
    let mut runs: Vec<Vec<(i32, usize)>> = ticks.iter().map(|&t| vec![t]).collect();
    let mut i = 0;
    while i + 1 < runs.len() {
        let (a, b) = (label(&runs[i]), label(&runs[i + 1]));
        if b.0 - a.0 < (width(&a.1) + width(&b.1)) / 2 + LABEL_CHAR {
            let next = runs.remove(i + 1);
            runs[i].extend(next);
            i = i.saturating_sub(1);
        } else {
            i += 1;
        }
    }
    runs.iter().map(|run| label(run)).collect()
}
