//! The rival landscape: the tech giants and the AI start-ups competing with ByteDance for the same researchers,
//! and the state's instruments that shape the field beneath them all. Nothing in it depends on the scenario.

use gambit_core::content::{Entity, EntityKind, Step, ViewKind};
use leptos::prelude::*;

use super::svg::{card, labels, line, spread, static_chart, text, WIDTH};
use crate::state::Explainer;

const CENTRE: &str = "bytedance";

#[component]
pub fn Rivals(step: &'static Step) -> impl IntoView {
    let case = Explainer::get().case;
    let view_text = case.view_text(ViewKind::Rivals);
    let label = |key: &str| view_text.map_or(String::new(), |t| t.label(key).to_string());
    let listed: Vec<&Entity> = step.data.entities.iter().filter_map(|id| case.entity(id)).collect();
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

    let mut svg = String::new();
    if let Some(t) = view_text {
        labels(&mut svg, "rivals", &t.title, &t.alt);
    }
    text(&mut svg, 80, 16, "caption", &label("giants"));
    text(&mut svg, WIDTH - 80, 16, "caption", &label("startups"));
    for (column, x, class) in [(&giants, 80, "giant"), (&startups, WIDTH - 80, "startup")] {
        for (i, e) in column.iter().enumerate() {
            let (from, to) = if x < WIDTH / 2 {
                (x + 70, 185)
            } else {
                (x - 70, WIDTH - 185)
            };
            line(&mut svg, from, row(i) + 17, to, mid + 17, "link rivalry");
            card(&mut svg, x, row(i), 140, &e.text.name, "", class);
        }
    }
    card(&mut svg, WIDTH / 2, mid, 110, case.entity_name(CENTRE), "", "centre");
    let band = 28 + rows * 44 + 16;
    if !state.is_empty() {
        let band_height = 26 + state.len().div_ceil(2) as i32 * 44;
        svg.push_str(&format!(
            r#"<rect class="state-band" x="4" y="{band}" width="{}" height="{band_height}" rx="10"/>"#,
            WIDTH - 8
        ));
        text(&mut svg, WIDTH / 2, band + 18, "caption", &label("state"));
        // Two to a row.
        let xs = spread(2, WIDTH);
        for (i, e) in state.iter().enumerate() {
            card(
                &mut svg,
                xs[i % 2],
                band + 26 + (i / 2) as i32 * 44,
                210,
                &e.text.name,
                "",
                "state",
            );
        }
    }
    let height = band
        + if state.is_empty() {
            0
        } else {
            30 + state.len().div_ceil(2) as i32 * 44
        };
    static_chart("rivals", "rivals", height, svg)
}
