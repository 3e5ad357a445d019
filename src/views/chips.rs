//! Chip supply: each route into the company's compute, with its status under the chosen chip access (open, at a
//! premium, limited, closed), feeding a pool whose level is the model's compute-access outcome.

use gambit_core::content::{Entity, EntityKind, Label, Status, Step, ViewKind};
use gambit_core::markup::labelled;
use leptos::prelude::*;

use super::fill;
use super::svg::{card, ChartFrame};
use crate::state::Explainer;

#[component]
pub fn Chips(step: &'static Step) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let text = case.view_text(ViewKind::Chips);
    let routes: Vec<&'static Entity> = step
        .data
        .entities
        .iter()
        .map(|id| &case.entities[id.id()])
        .filter(|e| e.data.kind == EntityKind::ChipRoute)
        .collect();
    let status_of = move |e: &'static Entity| {
        let availability = e.data.availability.as_ref()?;
        let a = availability.assumption.id();
        Some(*availability.by_option.of(state.choice(a).get()))
    };
    let punctuation = &case.meta.ui.punctuation;
    let name_of = move |s: Option<Status>| s.and_then(|s| case.meta.statuses.get(&s)).map_or("", |n| n.as_ref());
    let mut cards = String::new();
    for (i, route) in routes.iter().enumerate() {
        card(&mut cards, 122, 12 + i as i32 * 62, 236, &route.text.name, "", "route");
    }
    let rows = routes
        .iter()
        .enumerate()
        .map(|(i, &route)| {
            let y = 12 + i as i32 * 62;
            let status = move || status_of(route);
            let class = move || format!("flow status-{}", status().map_or("none", Status::key));
            view! {
                <g class="route" data-status=move || name_of(status()).to_string()>
                    <path class=class d=format!("M 240 {} C 290 {} 300 190 340 190", y + 17, y + 17) />
                    <text x="122" y=y + 50 class="role">{move || name_of(status()).to_string()}</text>
                </g>
            }
        })
        .collect_view();
    let compute = state.outcome(case.anchors.compute.id());
    let value = move || compute.with(|c| c.value);
    let height = (12 + routes.len() as i32 * 62).max(280);
    let level = move || 200 * value() / 100;
    let alt = move || {
        let list = routes
            .iter()
            .map(|&r| labelled(case, &r.text.name, name_of(status_of(r))))
            .collect::<Vec<_>>()
            .join(&punctuation.clauses);
        fill(&text.alt, &[("routes", &list), ("level", &value().to_string())])
    };
    view! {
        <ChartFrame kind=step.data.view scope=&step.data.id height desc=Signal::derive(alt) still=cards>
            {rows}
            <g class="pool-gauge" data-value=move || value().to_string()>
                <rect class="pool-frame" x="340" y="40" width="130" height="200" rx="8" />
                <rect class="pool-level" x="341" y=move || 240 - level() width="128" height=level rx="7" />
                <text x="405" y="30" class="caption">{text.label(Label::Pool)}</text>
                <text x="405" y="150" class="pool-value">{move || value().to_string()}</text>
            </g>
        </ChartFrame>
    }
}
