//! The briefing: a step's key figures (each with its source paragraph and whether the article hedges it), then
//! the people, units, companies and instruments it involves, grouped by kind, with how they relate.

use gambit_core::content::{Confidence, EntityKind, StepId};
use gambit_core::phrase::relations;
use leptos::prelude::*;

use crate::state::Explainer;

#[component]
pub fn Briefing(step: StepId) -> impl IntoView {
    let case = Explainer::get().case;
    let step = &case.steps[step];
    let ui = &case.meta.ui;
    let figures = step
        .data
        .figures
        .iter()
        .map(|id| &case.figures[id.id()])
        .map(|figure| {
            let mut source = vec![
                gambit_core::phrase::cites(case, &figure.data.paragraphs),
                case.confidence_label(Confidence::ReportedFigure).to_string(),
            ];
            if figure.data.hedged {
                source.push(ui.hedged.to_string());
            }
            view! {
                <li class="figure">
                    <span class="figure-value">{figure.text.display.as_ref()}</span>
                    <span class="figure-label">{figure.text.label.as_ref()}</span>
                    <span class="figure-source">{source.join(&ui.punctuation.notes)}</span>
                </li>
            }
        })
        .collect_view();
    let figures = (!step.data.figures.is_empty()).then(|| {
        view! {
            <section class="key-figures">
                <h3>{ui.figures.as_ref()}</h3>
                <ul>{figures}</ul>
            </section>
        }
    });

    let groups = EntityKind::ALL
        .iter()
        .filter_map(|&kind| {
            let members: Vec<_> = step
                .data
                .entities
                .iter()
                .map(|id| &case.entities[id.id()])
                .filter(|e| e.data.kind == kind)
                .collect();
            if members.is_empty() {
                return None;
            }
            let heading = case.meta.entity_kinds.get(&kind).map_or("", |h| h.as_ref());
            let items = members
                .into_iter()
                .map(|entity| {
                    let relations = relations(case, &entity.data.relations);
                    let relations =
                        (!relations.is_empty()).then(|| view! { <span class="relations">{relations}</span> });
                    view! {
                        <li class="entity">
                            <strong class="entity-name">{entity.text.name.as_ref()}</strong>
                            <span class="entity-role">{entity.text.role.as_ref()}</span>
                            {relations}
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <section class="entity-group">
                    <h3>{heading.to_string()}</h3>
                    <ul>{items}</ul>
                </section>
            })
        })
        .collect_view();

    view! { <div class="briefing">{figures} {groups}</div> }
}
