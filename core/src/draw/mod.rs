//! Every chart and diagram of the explainer, drawn once: a pure function per view from the case, the step and a
//! [`Scene`] (what the scenario says) to a [`Drawing`]. The app renders a drawing into the page and updates it when
//! the scenario changes; `cargo xtask dist` writes the same drawing into the readable pages and rasterises it for
//! the preview images; the download buttons save it as SVG and PNG.
//!
//! A drawing has two parts: `still`, markup that never changes with the scenario (boxes, labels, connectors), and
//! `moving`, the [`Shape`]s whose attributes follow it, which the app binds one by one so CSS transitions run and
//! a toggle touches only the attributes that changed. A view writes its still part through a [`Still`], which the
//! app passes [`Still::skipped`] once the part is on screen, so a flip does not write it again. Coordinates are
//! whole viewBox units: formatting floats would add about 10 KB to the wasm.

mod chips;
mod influence;
mod objectives;
mod org_map;
mod ripple;
mod rivals;
mod spending;
mod standalone;
mod talent;

use std::fmt::{self, Write};

pub use influence::{influence, map_controls, map_links, MapCause, MapLink};
pub use standalone::{file_style, preview, standalone, strip_comments, wrap, Caption, Preview, PREVIEW_SIZE};

use crate::content::{AssumptionId, Case, OptionId, OutcomeId, SliderId, Step, ViewKind};
use crate::model::{evaluate, Evaluation, OutcomeValue, Scenario};
use crate::phrase::escape;

/// Width of every chart's viewBox but the model map's.
pub const WIDTH: i32 = 480;
/// Height of a card with a second line.
pub const CARD: i32 = 50;

/// What a drawing reads of the scenario. The app answers from its signals, so a drawing depends on exactly what it
/// reads; a static page answers from a fixed scenario ([`Fixed`]).
pub trait Scene {
    fn option(&self, assumption: AssumptionId) -> OptionId;
    fn slider(&self, slider: SliderId) -> i32;
    /// Calls `f` with outcome `outcome`'s value and causes.
    fn outcome<R>(&self, outcome: OutcomeId, f: impl FnOnce(&OutcomeValue) -> R) -> R;
}

/// A scenario evaluated once, for drawings made outside the app.
pub struct Fixed<'a> {
    pub scenario: &'a Scenario,
    pub evaluation: Evaluation,
}

impl<'a> Fixed<'a> {
    pub fn new(case: &Case, scenario: &'a Scenario) -> Self {
        Fixed {
            scenario,
            evaluation: evaluate(&case.model, scenario),
        }
    }
}

impl Scene for Fixed<'_> {
    fn option(&self, assumption: AssumptionId) -> OptionId {
        self.scenario[assumption]
    }
    fn slider(&self, slider: SliderId) -> i32 {
        self.scenario[slider]
    }
    fn outcome<R>(&self, outcome: OutcomeId, f: impl FnOnce(&OutcomeValue) -> R) -> R {
        f(&self.evaluation[outcome])
    }
}

/// Where a view writes the still part of its drawing: kept ([`Still::written`]) for a whole drawing, or dropped
/// unwritten ([`Still::skipped`]) when only the moving part is wanted again. The pieces below write nothing to a
/// skipped one, and `write!` to it costs only its arguments.
pub struct Still(Option<String>);

impl Still {
    /// Keeps the markup written.
    pub fn written() -> Self {
        Still(Some(String::new()))
    }
    /// Writes nothing: the drawing's `still` stays empty.
    pub fn skipped() -> Self {
        Still(None)
    }
    fn is_skipped(&self) -> bool {
        self.0.is_none()
    }
    /// The markup written (empty if skipped).
    pub fn into_markup(self) -> String {
        self.0.unwrap_or_default()
    }
}

impl Write for Still {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        if let Some(out) = &mut self.0 {
            out.push_str(s);
        }
        Ok(())
    }
}

/// One view, drawn.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawing {
    pub kind: ViewKind,
    pub width: i32,
    pub height: i32,
    /// The text alternative for the scenario drawn.
    pub desc: String,
    /// Markup of the parts that never change with the scenario (empty if drawn with [`Still::skipped`]).
    pub still: String,
    /// The parts that follow the scenario: the same shapes, in the same order, for every scenario of a step.
    pub moving: Vec<Shape>,
}

/// The element of a moving [`Shape`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tag {
    /// A group: `class`, `data-value`, and its children.
    G,
    /// `class`, `x`, `y`, `width`, `height`, `rx`.
    Rect,
    /// `class`, `x`, `y`, and its text.
    Text,
    /// `class`, `d`, `stroke-width`.
    Path,
    /// `class`, `cx`, `cy`, `r`.
    Circle,
}

impl Tag {
    pub fn name(self) -> &'static str {
        match self {
            Tag::G => "g",
            Tag::Rect => "rect",
            Tag::Text => "text",
            Tag::Path => "path",
            Tag::Circle => "circle",
        }
    }
}

/// A part of a drawing that follows the scenario: an SVG element with the attributes its [`Tag`] lists.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shape {
    pub tag: Tag,
    pub attrs: Vec<(&'static str, String)>,
    pub text: String,
    pub children: Vec<Shape>,
}

impl Shape {
    fn new(tag: Tag, attrs: Vec<(&'static str, String)>) -> Self {
        Shape {
            tag,
            attrs,
            text: String::new(),
            children: Vec::new(),
        }
    }
    pub fn group(class: &str, value: impl ToString, children: Vec<Shape>) -> Self {
        Shape {
            children,
            ..Shape::new(
                Tag::G,
                vec![("class", class.to_string()), ("data-value", value.to_string())],
            )
        }
    }
    pub fn rect(class: &str, x: i32, y: i32, width: i32, height: i32, rx: i32) -> Self {
        let n = |v: i32| v.to_string();
        Shape::new(
            Tag::Rect,
            vec![
                ("class", class.to_string()),
                ("x", n(x)),
                ("y", n(y)),
                ("width", n(width)),
                ("height", n(height)),
                ("rx", n(rx)),
            ],
        )
    }
    pub(crate) fn text(class: &str, x: i32, y: i32, content: impl Into<String>) -> Self {
        Shape {
            text: content.into(),
            ..Shape::new(
                Tag::Text,
                vec![("class", class.to_string()), ("x", x.to_string()), ("y", y.to_string())],
            )
        }
    }
    pub fn path(class: &str, d: String, stroke_width: Option<i32>) -> Self {
        let mut attrs = vec![("class", class.to_string()), ("d", d)];
        if let Some(w) = stroke_width {
            attrs.push(("stroke-width", w.to_string()));
        }
        Shape::new(Tag::Path, attrs)
    }
    pub fn circle(class: &str, cx: i32, cy: i32, r: i32) -> Self {
        Shape::new(
            Tag::Circle,
            vec![
                ("class", class.to_string()),
                ("cx", cx.to_string()),
                ("cy", cy.to_string()),
                ("r", r.to_string()),
            ],
        )
    }

    /// The value of attribute `name`, if the shape has it.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// Writes the shape as markup.
    pub fn write(&self, out: &mut String) {
        let tag = self.tag.name();
        let _ = write!(out, "<{tag}");
        for (name, value) in &self.attrs {
            let _ = write!(out, r#" {name}="{}""#, escape(value));
        }
        if self.text.is_empty() && self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        out.push_str(&escape(&self.text));
        for child in &self.children {
            child.write(out);
        }
        let _ = write!(out, "</{tag}>");
    }
}

impl Drawing {
    /// The shape at `path` (indices into `moving`, then into children).
    pub fn shape(&self, path: &[usize]) -> &Shape {
        let (first, rest) = path.split_first().expect("a shape's path is not empty");
        rest.iter().fold(&self.moving[*first], |shape, &i| &shape.children[i])
    }

    /// The ids of the chart's title and description, unique on a page for each `scope` (the step's id, or the
    /// page's).
    pub fn ids(&self, scope: &str) -> (String, String) {
        let id = format!("{scope}-{}", self.kind.key());
        (format!("{id}-title"), format!("{id}-desc"))
    }

    /// The whole `<svg>`, as the app renders it: its class, viewBox, role, title and description, then the still
    /// and the moving parts.
    pub fn svg(&self, case: &Case, scope: &str) -> String {
        let (title, desc) = self.ids(scope);
        format!(
            r#"<svg class="chart {}" viewBox="0 0 {} {}" role="img" aria-labelledby="{title}" aria-describedby="{desc}"><title id="{title}">{}</title><desc id="{desc}">{}</desc>{}</svg>"#,
            self.kind.key(),
            self.width,
            self.height,
            escape(&case.view_text(self.kind).title),
            escape(&self.desc),
            self.svg_parts()
        )
    }

    /// The still and the moving parts' markup, without a frame.
    pub fn svg_parts(&self) -> String {
        let mut out = format!("<g>{}</g>", self.still);
        for shape in &self.moving {
            shape.write(&mut out);
        }
        out
    }
}

/// Draws step `step`'s view for `scene`, its still part into `still`; `None` for a view that is text, not a
/// picture (the briefing and the dashboard).
pub fn draw(case: &Case, step: &Step, scene: &impl Scene, still: Still) -> Option<Drawing> {
    Some(match step.data.view {
        ViewKind::Briefing | ViewKind::Dashboard => return None,
        ViewKind::OrgMap => org_map::draw(case, scene, still),
        ViewKind::Objectives => objectives::draw(case, still),
        ViewKind::Talent => talent::draw(case, step, still),
        ViewKind::Rivals => rivals::draw(case, step, still),
        ViewKind::Chips => chips::draw(case, step, scene, still),
        ViewKind::Ripple => ripple::draw(case, step, scene, still),
        ViewKind::Spending => spending::draw(case, scene, still),
        ViewKind::Influence => influence(case, scene, None, still),
    })
}

/// Whether view `kind` is a picture [`draw`] makes; the briefing and the dashboard are text.
pub fn is_drawn(kind: ViewKind) -> bool {
    !matches!(kind, ViewKind::Briefing | ViewKind::Dashboard)
}

// ----- pieces of still markup -----

/// A rounded box centred on `cx` from `y` down, with a bold first line and, if not empty, a muted second line.
pub(crate) fn card(out: &mut Still, cx: i32, y: i32, w: i32, title: &str, sub: &str, class: &str) {
    if out.is_skipped() {
        return;
    }
    let h = if sub.is_empty() { 34 } else { CARD };
    let _ = write!(
        out,
        r#"<g class="node {class}"><rect x="{}" y="{y}" width="{w}" height="{h}" rx="8"/>"#,
        cx - w / 2
    );
    text(out, cx, y + 21, "name", title);
    if !sub.is_empty() {
        text(out, cx, y + 38, "role", sub);
    }
    let _ = out.write_str("</g>");
}

/// A text element.
pub(crate) fn text(out: &mut Still, x: i32, y: i32, class: &str, content: &str) {
    if out.is_skipped() {
        return;
    }
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" class="{class}">{}</text>"#,
        escape(content)
    );
}

/// `label` at (`x`, `y`), on two lines around `y` if it has more than `max` characters (split at the space nearest
/// its middle).
pub(crate) fn lines(out: &mut Still, x: i32, y: i32, class: &str, label: &str, max: usize) {
    let split = (label.chars().count() > max)
        .then(|| {
            let middle = label.len() / 2;
            label
                .match_indices(' ')
                .map(|(i, _)| i)
                .min_by_key(|&i| i.abs_diff(middle))
        })
        .flatten();
    match split {
        Some(i) => {
            text(out, x, y - 4, class, &label[..i]);
            text(out, x, y + 13, class, &label[i + 1..]);
        }
        None => text(out, x, y + 5, class, label),
    }
}

/// A straight line from one point to another.
pub(crate) fn line(out: &mut Still, x1: i32, y1: i32, x2: i32, y2: i32, class: &str) {
    let _ = write!(
        out,
        r#"<line class="{class}" x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>"#
    );
}

/// `x` positions that spread `n` items evenly across `width`, centred in their slots.
pub(crate) fn spread(n: usize, width: i32) -> Vec<i32> {
    let n = n.max(1) as i32;
    (0..n).map(|i| width * (2 * i + 1) / (2 * n)).collect()
}
