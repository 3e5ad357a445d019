//! The org map: the AI divisions set apart from the rest of the company, reporting straight to the leaders
//! they answer to, and drawing on one shared compute pool whose level is the model's compute-access outcome.

use gambit_core::content::{EntityKind, RelationKind, ViewKind};
use leptos::prelude::*;

use super::fill;
use crate::state::Explainer;

/// The outcome the pool shows and the assumption named in the text alternative.
const COMPUTE: &str = "compute";
const CHIPS: &str = "chips";

// Coordinates are whole viewBox units (i32): formatting floats would add ~10 KB of code to the wasm.
const WIDTH: i32 = 480;
const POOL_TOP: i32 = 272;
const POOL_HEIGHT: i32 = 104;

#[component]
pub fn OrgMap() -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let Some(text) = case.view_text(ViewKind::OrgMap) else {
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

    let compute = state.outcome(COMPUTE);
    let value = move || compute.map_or(0, |c| c.get().value);
    let chips = case.model.assumption_index(CHIPS);
    let alt = move || {
        let chosen = chips.and_then(|a| case.model.assumptions[a].option_text(state.choice(a).get()));
        fill(
            &text.alt,
            &[
                ("compute", &value().to_string()),
                ("chips", chosen.map_or("", |o| o.label.as_ref())),
            ],
        )
    };

    let leader_width = 200;
    let leader_gap = 16;
    let leaders_left = (WIDTH - leaders.len() as i32 * (leader_width + leader_gap) + leader_gap) / 2;
    let leader_boxes = leaders
        .iter()
        .enumerate()
        .map(|(i, id)| {
            let x = leaders_left + i as i32 * (leader_width + leader_gap);
            let role = case.entity(id).map(|e| e.text.role.clone()).unwrap_or_default();
            view! {
                <g class="node leader">
                    <rect x=x y="24" width=leader_width height="52" rx="8" />
                    <text x=x + leader_width / 2 y="46" class="name">{case.entity_name(id).to_string()}</text>
                    <text x=x + leader_width / 2 y="66" class="role">{role}</text>
                    <line class="link" x1=x + leader_width / 2 y1="76" x2=x + leader_width / 2 y2="104" />
                </g>
            }
        })
        .collect_view();

    let columns = divisions.len().max(1) as i32;
    let column = (WIDTH - 40) / columns;
    let division_boxes = divisions
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let cx = 20 + column * i as i32 + column / 2;
            view! {
                <g class="node division">
                    <line class="link" x1=cx y1="104" x2=cx y2="140" />
                    <rect x=cx - column / 2 + 8 y="140" width=column - 16 height="60" rx="8" />
                    <text x=cx y="166" class="name">{d.text.name.clone()}</text>
                    <text x=cx y="186" class="role">{d.text.role.clone()}</text>
                    <line class="pipe" x1=cx y1="200" x2=cx y2=POOL_TOP />
                </g>
            }
        })
        .collect_view();

    let level_height = move || POOL_HEIGHT * value() / 100;
    view! {
        <svg class="org-map" viewBox=format!("0 0 {WIDTH} 392") role="img" aria-labelledby="org-map-title org-map-desc">
            <title id="org-map-title">{text.title.clone()}</title>
            <desc id="org-map-desc">{alt}</desc>
            <text x=WIDTH / 2 y="14" class="caption">{text.label("top").to_string()}</text>
            {leader_boxes}
            <line class="link" x1=20 + column / 2 y1="104" x2=WIDTH - 20 - column / 2 y2="104" />
            <rect class="kingdoms" x="16" y="132" width=WIDTH - 32 height="100" rx="10" />
            <text x=WIDTH / 2 y="222" class="caption">{text.label("outside").to_string()}</text>
            {division_boxes}
            <g class="pool" data-value=move || value().to_string()>
                <rect class="pool-frame" x="20" y=POOL_TOP width=WIDTH - 40 height=POOL_HEIGHT rx="8" />
                <rect
                    class="pool-level"
                    x="21"
                    y=move || POOL_TOP + POOL_HEIGHT - level_height()
                    width=WIDTH - 42
                    height=level_height
                    rx="7"
                />
                <text x="36" y=POOL_TOP + 24 class="pool-label">{text.label("pool").to_string()}</text>
                <text x=WIDTH - 36 y=POOL_TOP + 24 class="pool-value">
                    {move || fill(text.label("of100"), &[("value", &value().to_string())])}
                </text>
            </g>
        </svg>
    }
    .into_any()
}
