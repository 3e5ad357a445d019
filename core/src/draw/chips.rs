//! Chip supply: each route into the company's compute, with its status under the chosen chip access (open, at a
//! premium, limited, closed), feeding a pool whose level is the model's compute-access outcome.

use super::{card, Drawing, Scene, Shape, Still};
use crate::content::{Case, Entity, EntityKind, Label, Status, Step, ViewKind};
use crate::phrase::{aside, fill};

/// The compute tank's floor (its frame from 40 down 200 units, the water from the floor up).
const FLOOR: i32 = 240;
/// How far under the water's surface the compute tank's number stands (its baseline: digits have no descenders;
/// at 18 units their tops are about 13 units over it, so they start 5 units into the water).
const NUMBER_DEPTH: i32 = 18;
/// The air between the tank's floor and its number's baseline when the water is too low to hold the digits.
const NUMBER_FLOOR_AIR: i32 = 4;

/// Where the compute tank's number stands (its baseline) for water `level` units deep: just under the surface,
/// inside the water, while the water holds its digits; else on the floor, across the surface (an empty tank: on
/// the floor). Never in the empty space above the water: there it read as floating (the teacher's and the
/// journalist's tries).
fn number_baseline(level: i32) -> i32 {
    let surface = FLOOR - level;
    (surface + NUMBER_DEPTH).min(FLOOR - NUMBER_FLOOR_AIR)
}

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
    let level = 200 * value.clamp(0, 100) / 100;
    let number_y = number_baseline(level);
    moving.push(Shape::group(
        "pool-gauge",
        value,
        vec![
            Shape::rect("pool-frame", 340, FLOOR - 200, 130, 200, 8),
            Shape::rect("pool-level", 341, FLOOR - level, 128, level, 7),
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
