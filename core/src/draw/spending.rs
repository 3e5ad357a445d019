//! Spending: the yearly AI budget on a scale, the reader's setting against the figure the article reports.

use std::fmt::Write;

use super::{line, text, Drawing, Scene, Shape, Still, WIDTH};
use crate::content::{Case, Label, ViewKind};
use crate::phrase::{fill, fill_value};

const LEFT: i32 = 30;
const SPAN: i32 = 420;

pub fn draw(case: &Case, scene: &impl Scene, mut still: Still) -> Drawing {
    let view_text = case.view_text(ViewKind::Spending);
    let s = case.anchors.spending.id();
    let slider = &case.model.sliders[s];
    let d = &slider.data;
    let value = scene.slider(s);
    let x = |v: i32| LEFT + SPAN * (v - d.min) / (d.max - d.min).max(1);
    let reads = |v: i32| fill_value(&slider.text.value, v);

    let _ = write!(
        still,
        r#"<rect class="bar-track" x="{LEFT}" y="56" width="{SPAN}" height="36" rx="6"/>"#
    );
    for v in (d.min..=d.max).filter(|v| v % 5 == 0) {
        line(&mut still, x(v), 96, x(v), 104, "tick");
        let tick = fill_value(view_text.label(Label::Tick), v);
        text(&mut still, x(v), 120, "role", &tick);
    }
    line(&mut still, x(d.default), 44, x(d.default), 100, "marker");
    text(&mut still, x(d.default), 36, "caption", &slider.text.marker);
    text(&mut still, WIDTH / 2, 144, "caption", view_text.label(Label::Unit));
    Drawing {
        kind: ViewKind::Spending,
        width: WIDTH,
        height: 150,
        desc: fill(
            &view_text.alt,
            &[("value", &reads(value)), ("article", &reads(d.default))],
        ),
        still: still.into_markup(),
        moving: vec![
            Shape::rect("bar-fill", LEFT, 56, x(value) - LEFT, 36, 6),
            Shape::text("pool-label", LEFT, 20, reads(value)),
        ],
    }
}
