//! The org map: the AI divisions set apart from the rest of the company, reporting straight to the leaders they
//! answer to, and drawing on one shared compute pool whose level is the model's compute-access outcome. Beside
//! them, how two rivals place their model teams inside existing groups instead.

use std::fmt::Write;

use super::{card, line, text, Drawing, Scene, Shape, Still, WIDTH};
use crate::content::{Case, Entity, EntityId, EntityKind, Label, RelationKind, ViewKind};
use crate::phrase::fill;

const POOL_TOP: i32 = 272;
const POOL_HEIGHT: i32 = 104;

pub fn draw(case: &Case, scene: &impl Scene, mut still: Still) -> Drawing {
    let view_text = case.view_text(ViewKind::OrgMap);
    let divisions: Vec<_> = case
        .entities
        .iter()
        .filter(|e| e.data.kind == EntityKind::Division)
        .collect();
    text(&mut still, WIDTH / 2, 14, "caption", view_text.label(Label::Top));
    draw_leaders(case, &divisions, &mut still);
    draw_divisions(&divisions, &mut still);
    text(&mut still, WIDTH / 2, 222, "caption", view_text.label(Label::Outside));
    let height = draw_rivals(case, view_text.label(Label::Rivals), &mut still);

    let value = scene.outcome(case.anchors.compute.id(), |c| c.value);
    let chips = case.anchors.chips.id();
    let chosen = case.model.assumptions[chips].option_text(scene.option(chips));
    let level = POOL_HEIGHT * value / 100;
    Drawing {
        kind: ViewKind::OrgMap,
        width: WIDTH,
        height,
        desc: fill(
            &view_text.alt,
            &[("level", &value.to_string()), ("access", &chosen.label)],
        ),
        still: still.into_markup(),
        moving: vec![Shape::group(
            "pool-gauge",
            value,
            vec![
                Shape::rect("pool-frame", 20, POOL_TOP, WIDTH - 40, POOL_HEIGHT, 8),
                Shape::rect("pool-level", 21, POOL_TOP + POOL_HEIGHT - level, WIDTH - 42, level, 7),
                Shape::text("pool-label", 36, POOL_TOP + 24, view_text.label(Label::Pool)),
                Shape::text(
                    "pool-value",
                    WIDTH - 36,
                    POOL_TOP + 24,
                    fill(view_text.label(Label::Of100), &[("value", &value.to_string())]),
                ),
            ],
        )],
    }
}

/// The leaders the divisions report to, in a row at the top, each with a line down to the divisions' rail.
fn draw_leaders(case: &Case, divisions: &[&Entity], still: &mut Still) {
    let mut leaders: Vec<EntityId> = Vec::new();
    for relation in divisions.iter().flat_map(|d| d.data.relations.iter()) {
        if relation.kind == RelationKind::ReportsTo && !leaders.contains(&relation.to.id()) {
            leaders.push(relation.to.id());
        }
    }
    let (leader_width, leader_gap) = (200, 16);
    let leaders_left = (WIDTH - leaders.len() as i32 * (leader_width + leader_gap) + leader_gap) / 2;
    for (i, &id) in leaders.iter().enumerate() {
        let cx = leaders_left + i as i32 * (leader_width + leader_gap) + leader_width / 2;
        let leader = &case.entities[id].text;
        card(still, cx, 24, leader_width, &leader.name, &leader.role, "leader");
        line(still, cx, 74, cx, 104, "link");
    }
}

/// The divisions in their walled-off band, each hanging from the rail and piped down to the compute pool.
fn draw_divisions(divisions: &[&Entity], still: &mut Still) {
    let column = (WIDTH - 40) / divisions.len().max(1) as i32;
    line(still, 20 + column / 2, 104, WIDTH - 20 - column / 2, 104, "link");
    let _ = write!(
        still,
        r#"<rect class="kingdoms" x="16" y="132" width="{}" height="100" rx="10"/>"#,
        WIDTH - 32
    );
    for (i, d) in divisions.iter().enumerate() {
        let cx = 20 + column * i as i32 + column / 2;
        line(still, cx, 104, cx, 140, "link");
        card(still, cx, 140, column - 8, &d.text.name, &d.text.role, "division");
        line(still, cx, 192, cx, POOL_TOP, "pipe");
    }
}

/// Rival labs kept inside an existing group, under the pool for contrast, with their caption; returns the
/// drawing's height.
fn draw_rivals(case: &Case, caption: &str, still: &mut Still) -> i32 {
    let embedded: Vec<_> = case
        .entities
        .iter()
        .filter(|e| e.data.kind == EntityKind::Lab)
        .filter_map(|lab| lab.data.relation(RelationKind::PartOf).map(|r| (lab, r)))
        .filter(|(_, r)| {
            case.entities[r.to.id()]
                .data
                .relations
                .iter()
                .any(|pr| pr.kind == RelationKind::CompetesWith)
        })
        .collect();
    if embedded.is_empty() {
        return POOL_TOP + POOL_HEIGHT + 16;
    }
    let rivals_top = POOL_TOP + POOL_HEIGHT + 34;
    text(still, WIDTH / 2, rivals_top - 10, "caption", caption);
    for (i, (lab, part_of)) in embedded.iter().enumerate() {
        let cx = WIDTH / 4 + i as i32 * WIDTH / 2;
        card(
            still,
            cx,
            rivals_top,
            220,
            case.entity_name(part_of.to.id()),
            "",
            "rival-parent",
        );
        card(still, cx, rivals_top + 40, 200, &lab.text.name, "", "rival-lab");
    }
    rivals_top + 82
}
