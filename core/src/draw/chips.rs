//! Chip supply: each route into the company's compute, with its status under the chosen chip access (open, at a
//! premium, limited, closed), feeding a pool whose level is the model's compute-access outcome.

use super::{card, Drawing, Scene, Shape, Still};
use crate::content::{Case, Entity, EntityKind, Label, Status, Step, ViewKind};
use crate::phrase::{aside, fill};

/// The air between the compute tank's number (its baseline: digits have no descenders) and the water under it.
const NUMBER_AIR: i32 = 2;

pub fn draw(case: &Case, step: &Step, scene: &impl Scene, mut still: Still) -> Drawing {
    let text = case.view_text(ViewKind::Chips);
    let routes: Vec<&Entity> = step
        .data
        .entities
        .iter()
        .map(|id| &case.entities[id.id()])
        .filter(|e| e.data.kind == EntityKind::ChipRoute)
        .collect();
    let status_of = |e: &Entity| {
        let availability = e.data.availability.as_ref()?;
        Some(*availability.by_option.of(scene.option(availability.assumption.id())))
    };
    let name_of = |s: Option<Status>| s.and_then(|s| case.meta.statuses.get(&s)).map_or("", |n| n.as_ref());
    let mut moving = Vec::new();
    for (i, &route) in routes.iter().enumerate() {
        let y = 12 + i as i32 * 62;
        card(&mut still, 122, y, 236, &route.text.name, "", "route");
        let status = status_of(route);
        moving.push(Shape::group(
            "route",
            name_of(status),
            vec![
                Shape::path(
                    &format!("flow status-{}", status.map_or("none", Status::key)),
                    format!("M 240 {} C 290 {} 300 190 340 190", y + 17, y + 17),
                    None,
                ),
                Shape::text("role", 122, y + 50, name_of(status)),
            ],
        ));
    }
    let value = scene.outcome(case.anchors.compute.id(), |c| c.value);
    let level = 200 * value / 100;
    // The number rides the water's surface: its digits (18 units tall at most, no descenders) stand on the line,
    // a hair above it, while the tank has room over the water; once nearly full, just under the surface. At a
    // fixed height it floated in the empty tank; 8 units up it still read as floating (the teacher's second try).
    let surface = 240 - level;
    let number_y = if surface >= 40 + 24 {
        surface - NUMBER_AIR
    } else {
        surface + 20
    };
    moving.push(Shape::group(
        "pool-gauge",
        value,
        vec![
            Shape::rect("pool-frame", 340, 40, 130, 200, 8),
            Shape::rect("pool-level", 341, 240 - level, 128, level, 7),
            Shape::text("caption", 405, 30, text.label(Label::Pool)),
            Shape::text("pool-value", 405, number_y, value.to_string()),
        ],
    ));
    // Each route with its status as an aside ("Nvidia's top GPUs (limited supply)", 「英伟达顶级GPU（供应有限）」), so
    // that the list needs no colon of its own after the one that introduces it.
    let list = routes
        .iter()
        .map(|&r| aside(case, &r.text.name, name_of(status_of(r))))
        .collect::<Vec<_>>()
        .join(&case.meta.ui.punctuation.list);
    Drawing {
        kind: ViewKind::Chips,
        width: super::WIDTH,
        height: (12 + routes.len() as i32 * 62).max(280),
        desc: fill(&text.alt, &[("routes", &list), ("level", &value.to_string())]),
        still: still.into_markup(),
        moving,
    }
}
