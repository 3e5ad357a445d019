//! The objectives cascade: the goals set at the top, the divisions that carry them, and the people who lead those
//! divisions, drawn from the entities and their relations. Nothing in it depends on the scenario.

use super::{line, spread, text, wrap, Drawing, Still, WIDTH};
use std::fmt::Write;

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
    // The goals' and the divisions' rows: three cards 150 wide across 480, so a name or role wider than its card (a
    // bold name at 17 px in a narrow embed frame ran past the chart's sides, issue 27) takes two lines, and every
    // card of the row grows to the row's tallest.
    let rows = [
        Row::new(&objectives, 152, "objective"),
        Row::new(&divisions, 150, "division"),
    ];
    let leaders = Row {
        cards: leads
            .iter()
            .map(|e| (vec![e.text.name.to_string()], vec![e.text.role.to_string()]))
            .collect(),
        w: 210,
        class: "leader",
    };

    for (i, o) in objectives.iter().enumerate() {
        for r in o.data.relations.iter().filter(|r| r.kind == RelationKind::CarriedBy) {
            if let Some(x) = x_of(r.to.id()) {
                line(&mut still, ox[i], oy + rows[0].height(), x, dy, "link");
            }
        }
    }
    for (i, p) in leads.iter().enumerate() {
        for r in p.data.relations.iter().filter(|r| leads_kind(&r.kind)) {
            if let Some(x) = x_of(r.to.id()) {
                line(&mut still, px[i], py, x, dy + rows[1].height(), "link");
            }
        }
    }
    for (row, xs, y) in [(&rows[0], &ox, oy), (&rows[1], &dx, dy), (&leaders, &px, py)] {
        row.draw(&mut still, xs, y);
    }
    Drawing {
        kind: ViewKind::Objectives,
        width: WIDTH,
        height: py + leaders.height() + 4,
        desc: case.view_text(ViewKind::Objectives).alt.to_string(),
        still: still.into_markup(),
        moving: Vec::new(),
    }
}

/// Space between two lines of a card.
const LEADING: i32 = 17;

/// A row of cards, each a name and a role as lines, all as tall as the tallest.
struct Row {
    cards: Vec<(Vec<String>, Vec<String>)>,
    w: i32,
    class: &'static str,
}

impl Row {
    /// Cards `w` wide for `entities`, a name wrapped as if bold at 17 px and a role at 16 px (their sizes in a narrow
    /// embed frame, the largest they are drawn at) to the card's width less 4 on each side.
    fn new(entities: &[&Entity], w: i32, class: &'static str) -> Self {
        let cards = entities
            .iter()
            .map(|e| (wrap(&e.text.name, w - 8, 17), wrap(&e.text.role, w - 8, 16)))
            .collect();
        Row { cards, w, class }
    }

    /// The cards' height: a first baseline 21 below the top, one leading to each next line, 12 below the last.
    fn height(&self) -> i32 {
        let lines = self.cards.iter().map(|(n, r)| n.len() + r.len()).max().unwrap_or(1) as i32;
        21 + LEADING * (lines - 1) + 12
    }

    fn draw(&self, out: &mut Still, xs: &[i32], y: i32) {
        if out.is_skipped() {
            return;
        }
        let (w, h, class) = (self.w, self.height(), self.class);
        for ((names, roles), &cx) in self.cards.iter().zip(xs) {
            let _ = write!(
                out,
                r#"<g class="node {class}"><rect x="{}" y="{y}" width="{w}" height="{h}" rx="8"/>"#,
                cx - w / 2
            );
            let mut baseline = y + 21;
            for (lines, class) in [(names, "name"), (roles, "role")] {
                for l in lines.iter().filter(|l| !l.is_empty()) {
                    text(out, cx, baseline, class, l);
                    baseline += LEADING;
                }
            }
            let _ = out.write_str("</g>");
        }
    }
}
