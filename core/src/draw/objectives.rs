//! The objectives cascade: the goals set at the top, the divisions that carry them, and the people who lead those
//! divisions, drawn from the entities and their relations. Nothing in it depends on the scenario.

use super::{card, line, spread, Drawing, Still, CARD, WIDTH};
use crate::content::{Case, Entity, EntityId, EntityKind, RelationKind, ViewKind};

pub fn draw(case: &Case, mut still: Still) -> Drawing {
    let of_kind = |kind| {
        case.entities
            .iter()
            .filter(move |e| e.data.kind == kind)
            .collect::<Vec<&Entity>>()
    };
    let leads_kind = |r: &RelationKind| matches!(r, RelationKind::Leads | RelationKind::CoLeads);
    let objectives = of_kind(EntityKind::Objective);
    let divisions = of_kind(EntityKind::Division);
    let leads: Vec<&Entity> = case
        .entities
        .iter()
        .filter(|e| e.data.relations.iter().any(|r| leads_kind(&r.kind)))
        .collect();
    let (ox, dx, px) = (
        spread(objectives.len(), WIDTH),
        spread(divisions.len(), WIDTH),
        spread(leads.len(), WIDTH),
    );
    let x_of = |id: EntityId| {
        divisions
            .iter()
            .position(|d| d.data.id == case.entities[id].data.id)
            .map(|i| dx[i])
    };
    let (oy, dy, py) = (8, 118, 228);

    for (i, o) in objectives.iter().enumerate() {
        for r in o.data.relations.iter().filter(|r| r.kind == RelationKind::CarriedBy) {
            if let Some(x) = x_of(r.to.id()) {
                line(&mut still, ox[i], oy + CARD, x, dy, "link");
            }
        }
    }
    for (i, p) in leads.iter().enumerate() {
        for r in p.data.relations.iter().filter(|r| leads_kind(&r.kind)) {
            if let Some(x) = x_of(r.to.id()) {
                line(&mut still, px[i], py, x, dy + CARD, "link");
            }
        }
    }
    for (row, xs, y, w, class) in [
        (&objectives, &ox, oy, 152, "objective"),
        (&divisions, &dx, dy, 150, "division"),
        (&leads, &px, py, 210, "leader"),
    ] {
        for (e, &x) in row.iter().zip(xs) {
            card(&mut still, x, y, w, &e.text.name, &e.text.role, class);
        }
    }
    Drawing {
        kind: ViewKind::Objectives,
        width: WIDTH,
        height: py + CARD + 4,
        desc: case.view_text(ViewKind::Objectives).alt.to_string(),
        still: still.into_markup(),
        moving: Vec::new(),
    }
}
