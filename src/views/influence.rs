//! The model, drawn: every assumption and the spending slider on the left, every outcome on the right, a link for
//! every rule and slope between them whose thickness shows how far it can move its outcome, and, beside each
//! outcome, its scale with the 2025 value, the current value and the thresholds of the endings. Links that act in
//! the current scenario light up, solid when they raise an outcome and dashed when they lower it, so colour is
//! never the only signal. With `focus`, every link but those of the focused control fades.
//!
//! The same drawing is the walkthrough's "what drives what" step and the picture on "How this works", where
//! [`ModelMap`] adds the buttons that pick a control and the list of its links with their reasons.

use gambit_core::content::{Control, OutcomeId, RuleId, SlopeId, Table, ViewKind};
use gambit_core::model::Cause;
use leptos::prelude::*;

use super::outcomes::cause_item;
use super::svg::{lines, text, ChartFrame};
use crate::state::Explainer;

const ROW: i32 = 48;
const WIDTH: i32 = 760;
/// Where the links start and end, and where each outcome's scale runs.
const LINKS: (i32, i32) = (236, 392);
const SCALE: (i32, i32) = (600, 744);
/// Labels longer than this take two lines.
const LINE: usize = 24;

/// One link of the map: the rule or slope it draws, the control it starts from and the outcome it moves.
#[derive(Clone, Copy)]
struct Link {
    from: Control,
    to: OutcomeId,
    cause: Either,
    /// How far it can move its outcome at most, in points.
    reach: i32,
}

#[derive(Clone, Copy, PartialEq)]
enum Either {
    Rule(RuleId),
    Slope(SlopeId),
}

fn links(case: &'static gambit_core::Case) -> Vec<Link> {
    let model = &case.model;
    let rules = model.rules.with_ids().map(|(r, rule)| Link {
        from: Control::Assumption(rule.data.assumption.id()),
        to: rule.data.outcome.id(),
        cause: Either::Rule(r),
        reach: rule.data.delta.abs(),
    });
    let slopes = model.slopes.with_ids().map(|(s, slope)| {
        let slider = &model.sliders[slope.data.slider.id()].data;
        let span = (slider.max - slider.default).max(slider.default - slider.min);
        Link {
            from: Control::Slider(slope.data.slider.id()),
            to: slope.data.outcome.id(),
            cause: Either::Slope(s),
            reach: (span / slope.data.per.max(1) * slope.data.change).abs(),
        }
    });
    rules.chain(slopes).collect()
}

/// Every control the map starts from, in order: the assumptions, then the sliders.
fn controls(case: &'static gambit_core::Case) -> Vec<(Control, &'static str)> {
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

#[component]
pub fn Influence(
    /// The step's id, or the page's, for the chart's ids.
    scope: &'static str,
    /// The control whose links stay lit while the others fade.
    #[prop(optional, into)]
    focus: Option<Signal<Option<Control>>>,
) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let model = &case.model;
    let sources = controls(case);
    let rows = sources.len().max(model.outcomes.len()) as i32;
    let left_y = |i: usize| 34 + i as i32 * ROW * rows / sources.len().max(1) as i32;
    let right_y = |o: OutcomeId| 34 + o.index() as i32 * ROW * rows / model.outcomes.len().max(1) as i32;
    let row_of = |c: Control| {
        sources
            .iter()
            .position(|(s, _)| *s == c)
            .expect("every control is drawn")
    };
    let x_of = |v: i32| SCALE.0 + (SCALE.1 - SCALE.0) * v.clamp(0, 100) / 100;

    let paths = links(case)
        .into_iter()
        .map(|link| {
            let active = move || {
                state.outcome(link.to).with(|v| {
                    v.causes.iter().find_map(|c| match (*c, link.cause) {
                        (Cause::Rule(r), Either::Rule(x)) if r == x => Some(model.rules[r].data.delta),
                        (Cause::Slope { slope, delta }, Either::Slope(x)) if slope == x => Some(delta),
                        _ => None,
                    })
                })
            };
            let faded = move || focus.is_some_and(|f| f.get().is_some_and(|c| c != link.from));
            let class = move || {
                let state = match active() {
                    None => "influence idle",
                    Some(d) if d > 0 => "influence up",
                    Some(_) => "influence down",
                };
                if faded() {
                    format!("{state} faded")
                } else {
                    state.to_string()
                }
            };
            let (y1, y2) = (left_y(row_of(link.from)), right_y(link.to));
            let (x1, x2) = LINKS;
            let mid = (x1 + x2) / 2;
            view! {
                <path
                    class=class
                    stroke-width=format!("{}", 1 + link.reach / 6)
                    d=format!("M {x1} {y1} C {mid} {y1} {mid} {y2} {x2} {y2}")
                />
            }
        })
        .collect_view();

    let mut still = String::new();
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
        still.push_str(&format!(
            r#"<line class="scale-track" x1="{}" x2="{}" y1="{y}" y2="{y}"/><line class="scale-base" x1="{b}" x2="{b}" y1="{}" y2="{}"/>"#,
            SCALE.0,
            SCALE.1,
            y - 7,
            y + 7,
            b = x_of(outcome.data.base)
        ));
        // Each ending's threshold on this outcome, numbered as in the legend: a tick pointing the way it holds.
        for (e, ending) in model.endings.with_ids() {
            for t in ending.data.when.iter().filter(|t| t.outcome.id() == o) {
                let n = e.index() + 1;
                for (value, above) in [(t.at_least, true), (t.below, false)] {
                    let Some(v) = value else { continue };
                    // "At least" ticks sit above the scale, "below" ticks under it, so two never collide.
                    let x = x_of(v);
                    let (tip, top, label) = if above {
                        (x + 5, y - 15, y - 17)
                    } else {
                        (x - 5, y + 7, y + 25)
                    };
                    still.push_str(&format!(
                        r#"<path class="threshold" d="M {x} {top} L {tip} {} L {x} {} Z"/>"#,
                        top + 4,
                        top + 8
                    ));
                    text(&mut still, x, label, "threshold-label", &n.to_string());
                }
            }
        }
    }

    let dots = model
        .outcomes
        .ids()
        .map(|o| {
            let value = move || state.outcome(o).with(|v| v.value);
            view! { <circle class="scale-value" cx=move || x_of(value()) cy=right_y(o) r="5" /> }
        })
        .collect_view();
    let height = rows * ROW + 18;
    let endings = model
        .endings
        .with_ids()
        .map(|(e, ending)| view! { <li><strong>{e.index() + 1}</strong> " " {ending.text.title.as_ref()}</li> })
        .collect_view();
    // Narrower than its labels allow, the map scrolls sideways (browsers let the keyboard focus a box that
    // scrolls, so arrows scroll it too; a tabindex here would make IBM's checker ask for a widget role).
    view! {
        <div class="chart-scroll">
            <ChartFrame
                kind=ViewKind::Influence
                scope
                width=WIDTH
                height
                desc=case.view_text(ViewKind::Influence).alt.to_string()
                still
            >
                {paths}
                {dots}
            </ChartFrame>
        </div>
        <div class="map-legend">
            <p>{case.meta.ui.how.map_legend.as_ref()}</p>
            <ul>{endings}</ul>
        </div>
    }
}

/// "How this works" drawn: the map, a button per control that keeps its links lit, and the list of those links
/// with their reasons and paragraphs. Pointing at a button lights its links too.
#[component]
pub fn ModelMap() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let how = &case.meta.ui.how;
    let focus = RwSignal::new(None::<Control>);
    let buttons = controls(case)
        .into_iter()
        .map(|(control, label)| {
            let pressed = move || (focus.get() == Some(control)).to_string();
            let toggle = move |_| focus.update(|f| *f = if *f == Some(control) { None } else { Some(control) });
            view! {
                <button type="button" aria-pressed=pressed on:click=toggle on:mouseenter=move |_| focus.set(Some(control))>
                    {label}
                </button>
            }
        })
        .collect_view();
    let all = links(case);
    let explained = move || {
        let control = focus.get()?;
        let items = all
            .iter()
            .filter(|l| l.from == control)
            .map(|l| match l.cause {
                Either::Rule(r) => cause_item(case, Cause::Rule(r), None),
                Either::Slope(s) => {
                    let slope = &case.model.slopes[s].data;
                    cause_item(
                        case,
                        Cause::Slope {
                            slope: s,
                            delta: slope.change,
                        },
                        None,
                    )
                }
            })
            .collect_view();
        Some(view! { <ul class="causes">{items}</ul> })
    };
    view! {
        <figure class="model-map">
            <div class="model-map-controls" role="group" aria-label=how.assumptions.as_ref()>
                {buttons}
            </div>
            <Influence scope="model" focus=Signal::derive(move || focus.get()) />
            <figcaption aria-live="polite">{explained}</figcaption>
        </figure>
    }
}
