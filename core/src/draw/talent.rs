//! Talent: how new the AI workforce is (ten figures, one per tenth of researchers, filled for the share that
//! joined recently) and where the senior hires came from. Nothing in it depends on the scenario.

use std::fmt::Write;

use super::{card, line, lines, text, Drawing, Still, WIDTH};
use crate::content::{Case, Label, RelationKind, Step, Unit, ViewKind};
use crate::phrase::{fill, labelled};

pub fn draw(case: &Case, step: &Step, mut still: Still) -> Drawing {
    let view_text = case.view_text(ViewKind::Talent);
    // The first share (a percentage) among the step's figures.
    let share = step
        .data
        .figures
        .iter()
        .map(|id| &case.figures[id.id()])
        .find(|f| f.data.unit == Unit::Percent);
    let hires: Vec<_> = step
        .data
        .entities
        .iter()
        .map(|id| &case.entities[id.id()])
        .filter_map(|e| e.data.relation(RelationKind::CameFrom).map(|r| (e, r)))
        .collect();

    let filled = share.map_or(0, |f| (f.data.value / 10) as i32);
    for i in 0..10 {
        let x = 24 + i * 46;
        let class = if i < filled { "person recent" } else { "person" };
        let _ = write!(
            still,
            r#"<g class="{class}"><circle cx="{}" cy="14" r="8"/><rect x="{x}" y="25" width="24" height="26" rx="8"/></g>"#,
            x + 12
        );
    }
    if let Some(f) = share {
        // Two lines: on a phone the caption is drawn larger, and one line would not fit.
        lines(
            &mut still,
            WIDTH / 2,
            74,
            "caption",
            &labelled(case, &f.text.label, &f.text.display),
            36,
        );
    }
    text(&mut still, 110, 108, "caption", view_text.label(Label::From));
    for (i, (person, from)) in hires.iter().enumerate() {
        let y = 116 + i as i32 * 52;
        card(&mut still, 110, y, 200, case.entity_name(from.to.id()), "", "origin");
        line(&mut still, 212, y + 17, 262, y + 17, "link arrow");
        card(&mut still, 370, y, 200, &person.text.name, "", "leader");
    }
    Drawing {
        kind: ViewKind::Talent,
        width: WIDTH,
        height: 116 + hires.len() as i32 * 52,
        desc: fill(
            &view_text.alt,
            &[("share", share.map_or("", |f| f.text.display.as_ref()))],
        ),
        still: still.into_markup(),
        moving: Vec::new(),
    }
}
