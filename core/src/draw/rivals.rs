//! The rival landscape: the tech giants and the AI start-ups competing with ByteDance for the same researchers,
//! and the state's instruments that shape the field beneath them all. Nothing in it depends on the scenario.

use std::fmt::Write;

use super::{card, line, spread, text, Drawing, Still, WIDTH};
use crate::content::{Case, Entity, EntityKind, Label, Step, ViewKind};

pub fn draw(case: &Case, step: &Step, mut still: Still) -> Drawing {
    let view_text = case.view_text(ViewKind::Rivals);
    let label = |label: Label| view_text.label(label);
    let listed: Vec<&Entity> = step.data.entities.iter().map(|id| &case.entities[id.id()]).collect();
    let of = |kind| {
        listed
            .iter()
            .copied()
            .filter(|e| e.data.kind == kind)
            .collect::<Vec<_>>()
    };
    let (giants, startups, state) = (
        of(EntityKind::Company),
        of(EntityKind::StartUp),
        of(EntityKind::StateInstrument),
    );
    let rows = giants.len().max(startups.len()).max(1) as i32;
    let row = |i: usize| 28 + i as i32 * 44;
    let mid = row(0) + (rows - 1) * 22;

    text(&mut still, 80, 16, "caption", label(Label::Giants));
    text(&mut still, WIDTH - 80, 16, "caption", label(Label::Startups));
    for (column, x, class) in [(&giants, 80, "giant"), (&startups, WIDTH - 80, "startup")] {
        for (i, e) in column.iter().enumerate() {
            let (from, to) = if x < WIDTH / 2 {
                (x + 70, 185)
            } else {
                (x - 70, WIDTH - 185)
            };
            line(&mut still, from, row(i) + 17, to, mid + 17, "link rivalry");
            card(&mut still, x, row(i), 140, &e.text.name, "", class);
        }
    }
    card(
        &mut still,
        WIDTH / 2,
        mid,
        110,
        case.entity_name(case.anchors.company.id()),
        "",
        "centre",
    );
    let band = 28 + rows * 44 + 16;
    let mut height = band;
    if !state.is_empty() {
        let band_height = 26 + state.len().div_ceil(2) as i32 * 44;
        let _ = write!(
            still,
            r#"<rect class="state-band" x="4" y="{band}" width="{}" height="{band_height}" rx="10"/>"#,
            WIDTH - 8
        );
        text(&mut still, WIDTH / 2, band + 18, "caption", label(Label::State));
        // Two to a row.
        let xs = spread(2, WIDTH);
        for (i, e) in state.iter().enumerate() {
            card(
                &mut still,
                xs[i % 2],
                band + 26 + (i / 2) as i32 * 44,
                210,
                &e.text.name,
                "",
                "instrument",
            );
        }
        height += 30 + state.len().div_ceil(2) as i32 * 44;
    }
    Drawing {
        kind: ViewKind::Rivals,
        width: WIDTH,
        height,
        desc: view_text.alt.to_string(),
        still: still.into_markup(),
        moving: Vec::new(),
    }
}
