//! The org map: the AI divisions set apart from the rest of the company, reporting straight to the leaders they
//! answer to, and drawing on one shared compute pool whose level is the model's compute-access outcome. Beside
//! them, how two rivals place their model teams inside existing groups instead.

use gambit_core::content::{EntityKind, RelationKind, ViewKind};
use leptos::prelude::*;

use super::fill;
use super::svg::{card, line, text, WIDTH};
use crate::state::Explainer;

/// The outcome the pool shows and the assumption named in the text alternative.
const COMPUTE: &str = "compute";
const CHIPS: &str = "chips";

const POOL_TOP: i32 = 272;
const POOL_HEIGHT: i32 = 104;

#[component]
pub fn OrgMap() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let Some(view_text) = case.view_text(ViewKind::OrgMap) else {
        return ().into_any();
    };
    let divisions: Vec<_> = case
        .entities
        .iter()
        .filter(|e| e.data.kind == EntityKind::Division)
        .collect();
    let mut leaders: Vec<&str> = Vec::new();
    for relation in divisions.iter().flat_map(|d| d.data.relations.iter()) {
        if relation.kind == RelationKind::ReportsTo && !leaders.contains(&relation.to.as_ref()) {
            leaders.push(relation.to.as_ref());
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
            case.entity(&r.to)
                .is_some_and(|p| p.data.relations.iter().any(|pr| pr.kind == RelationKind::CompetesWith))
        })
        .collect();

    let mut svg = String::new();
    text(&mut svg, WIDTH / 2, 14, "caption", view_text.label("top"));
    let (leader_width, leader_gap) = (200, 16);
    let leaders_left = (WIDTH - leaders.len() as i32 * (leader_width + leader_gap) + leader_gap) / 2;
    for (i, id) in leaders.iter().enumerate() {
        let cx = leaders_left + i as i32 * (leader_width + leader_gap) + leader_width / 2;
        let role = case.entity(id).map_or("", |e| e.text.role.as_ref());
        card(&mut svg, cx, 24, leader_width, case.entity_name(id), role, "leader");
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
        card(&mut svg, cx, 140, column - 16, &d.text.name, &d.text.role, "division");
        line(&mut svg, cx, 192, cx, POOL_TOP, "pipe");
    }
    text(&mut svg, WIDTH / 2, 222, "caption", view_text.label("outside"));
    let rivals_top = POOL_TOP + POOL_HEIGHT + 34;
    if !embedded.is_empty() {
        text(
            &mut svg,
            WIDTH / 2,
            rivals_top - 10,
            "caption",
            view_text.label("rivals"),
        );
    }
    for (i, (lab, part_of)) in embedded.iter().enumerate() {
        let cx = WIDTH / 4 + i as i32 * WIDTH / 2;
        card(
            &mut svg,
            cx,
            rivals_top,
            220,
            case.entity_name(&part_of.to),
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

    let compute = state.outcome(COMPUTE);
    let value = move || compute.map_or(0, |c| c.get().value);
    let chips = case.model.assumption_index(CHIPS);
    let alt = move || {
        let chosen = chips.and_then(|a| case.model.assumptions[a].option_text(state.choice(a).get()));
        fill(
            &view_text.alt,
            &[
                ("compute", &value().to_string()),
                ("chips", chosen.map_or("", |o| o.label.as_ref())),
            ],
        )
    };
    let level_height = move || POOL_HEIGHT * value() / 100;
    view! {
        <svg class="org-map" viewBox=format!("0 0 {WIDTH} {height}") role="img" aria-labelledby="org-map-title org-map-desc">
            <title id="org-map-title">{view_text.title.as_ref()}</title>
            <desc id="org-map-desc">{alt}</desc>
            <g inner_html=svg></g>
            <g class="pool" data-value=move || value().to_string()>
                <rect class="pool-frame" x="20" y=POOL_TOP width=WIDTH - 40 height=POOL_HEIGHT rx="8" />
                <rect class="pool-level" x="21" y=move || POOL_TOP + POOL_HEIGHT - level_height() width=WIDTH - 42 height=level_height rx="7" />
                <text x="36" y=POOL_TOP + 24 class="pool-label">{view_text.label("pool")}</text>
                <text x=WIDTH - 36 y=POOL_TOP + 24 class="pool-value">
                    {move || fill(view_text.label("of100"), &[("value", &value().to_string())])}
                </text>
            </g>
        </svg>
    }
    .into_any()
}
