//! The org map: the AI divisions set apart from the rest of the company, reporting straight to the leaders they
//! answer to, and drawing on one shared compute pool whose level is the model's compute-access outcome. Beside
//! them, how two rivals place their model teams inside existing groups instead.

use gambit_core::content::{EntityId, EntityKind, Label, RelationKind, Step, ViewKind};
use leptos::prelude::*;

use super::fill;
use super::svg::{card, line, text, ChartFrame, WIDTH};
use crate::state::Explainer;

const POOL_TOP: i32 = 272;
const POOL_HEIGHT: i32 = 104;

#[component]
pub fn OrgMap(step: &'static Step) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let view_text = case.view_text(ViewKind::OrgMap);
    let divisions: Vec<_> = case
        .entities
        .iter()
        .filter(|e| e.data.kind == EntityKind::Division)
        .collect();
    let mut leaders: Vec<EntityId> = Vec::new();
    for relation in divisions.iter().flat_map(|d| d.data.relations.iter()) {
        if relation.kind == RelationKind::ReportsTo && !leaders.contains(&relation.to.id()) {
            leaders.push(relation.to.id());
        }
    }
    // Rival labs kept inside an existing group, shown for contrast.
    let embedded: Vec<_> = case
        .entities
        .iter()
        .filter(|e| e.data.kind == EntityKind::Lab)
        .filter_map(|lab| {
            lab.data
                .relations
                .iter()
                .find(|r| r.kind == RelationKind::PartOf)
                .map(|r| (lab, r))
        })
        .filter(|(_, r)| {
            case.entities[r.to.id()]
                .data
                .relations
                .iter()
                .any(|pr| pr.kind == RelationKind::CompetesWith)
        })
        .collect();

    let mut svg = String::new();
    text(&mut svg, WIDTH / 2, 14, "caption", view_text.label(Label::Top));
    let (leader_width, leader_gap) = (200, 16);
    let leaders_left = (WIDTH - leaders.len() as i32 * (leader_width + leader_gap) + leader_gap) / 2;
    for (i, &id) in leaders.iter().enumerate() {
        let cx = leaders_left + i as i32 * (leader_width + leader_gap) + leader_width / 2;
        let leader = &case.entities[id].text;
        card(&mut svg, cx, 24, leader_width, &leader.name, &leader.role, "leader");
        line(&mut svg, cx, 74, cx, 104, "link");
    }
    let column = (WIDTH - 40) / divisions.len().max(1) as i32;
    line(&mut svg, 20 + column / 2, 104, WIDTH - 20 - column / 2, 104, "link");
    svg.push_str(&format!(
        r#"<rect class="kingdoms" x="16" y="132" width="{}" height="100" rx="10"/>"#,
        WIDTH - 32
    ));
    for (i, d) in divisions.iter().enumerate() {
        let cx = 20 + column * i as i32 + column / 2;
        line(&mut svg, cx, 104, cx, 140, "link");
        card(&mut svg, cx, 140, column - 8, &d.text.name, &d.text.role, "division");
        line(&mut svg, cx, 192, cx, POOL_TOP, "pipe");
    }
    text(&mut svg, WIDTH / 2, 222, "caption", view_text.label(Label::Outside));
    let rivals_top = POOL_TOP + POOL_HEIGHT + 34;
    if !embedded.is_empty() {
        text(
            &mut svg,
            WIDTH / 2,
            rivals_top - 10,
            "caption",
            view_text.label(Label::Rivals),
        );
    }
    for (i, (lab, part_of)) in embedded.iter().enumerate() {
        let cx = WIDTH / 4 + i as i32 * WIDTH / 2;
        card(
            &mut svg,
            cx,
            rivals_top,
            220,
            case.entity_name(part_of.to.id()),
            "",
            "rival-parent",
        );
        card(&mut svg, cx, rivals_top + 40, 200, &lab.text.name, "", "rival-lab");
    }
    let height = if embedded.is_empty() {
        POOL_TOP + POOL_HEIGHT + 16
    } else {
        rivals_top + 82
    };

    let compute = state.outcome(case.anchors.compute.id());
    let value = move || compute.with(|c| c.value);
    let chips = case.anchors.chips.id();
    let alt = move || {
        let chosen = case.model.assumptions[chips].option_text(state.choice(chips).get());
        fill(
            &view_text.alt,
            &[("level", &value().to_string()), ("access", &chosen.label)],
        )
    };
    let level_height = move || POOL_HEIGHT * value() / 100;
    view! {
        <ChartFrame kind=step.data.view scope=&step.data.id height desc=Signal::derive(alt) still=svg>
            <g class="pool-gauge" data-value=move || value().to_string()>
                <rect class="pool-frame" x="20" y=POOL_TOP width=WIDTH - 40 height=POOL_HEIGHT rx="8" />
                <rect class="pool-level" x="21" y=move || POOL_TOP + POOL_HEIGHT - level_height() width=WIDTH - 42 height=level_height rx="7" />
                <text x="36" y=POOL_TOP + 24 class="pool-label">{view_text.label(Label::Pool)}</text>
                <text x=WIDTH - 36 y=POOL_TOP + 24 class="pool-value">
                    {move || fill(view_text.label(Label::Of100), &[("value", &value().to_string())])}
                </text>
            </g>
        </ChartFrame>
    }
}
