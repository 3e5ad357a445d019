//! What a step rests on: each claim with the paragraphs it cites and how solid it is.

use gambit_core::content::StepId;
use gambit_core::markup::tags_legend;
use leptos::prelude::*;

use super::dom_id;
use crate::state::Explainer;

#[component]
pub fn Sources(step: StepId) -> impl IntoView {
    let case = Explainer::get().case;
    let step = &case.steps[step];
    let ui = &case.meta.ui;
    let claims = step
        .data
        .claims
        .iter()
        .map(|id| &case.claims[id.id()])
        .map(|claim| {
            let kind = claim.data.confidence;
            let hedged = claim
                .data
                .hedged
                .then(|| view! { <span class="hedge" title=ui.hedged_meaning.clone()>{ui.hedged.clone()}</span> });
            view! {
                <li class=format!("claim confidence-{}", kind.key())>
                    <span class="claim-text">{claim.text.text.clone()}</span>
                    {super::nonempty(&ui.punctuation.space)}
                    <span class="claim-meta">
                        <span class="cite">{gambit_core::phrase::cites(case, &claim.data.paragraphs)}</span>
                        <span class="confidence" title=case.confidence_meaning(kind).to_string()>{case.confidence_label(kind).to_string()}</span>
                        {hedged}
                    </span>
                </li>
            }
        })
        .collect_view();
    let title = dom_id::sources(step);
    // Named with the step's title too (its heading's id), so the handout's sixteen lists of sources differ.
    let labelled_by = format!("{title} {}", dom_id::step_title(step));
    view! {
        <section class="sources" aria-labelledby=labelled_by>
            <h3 id=title>{ui.sources.clone()}</h3>
            <ul class="claims">{claims}</ul>
            // What the tags mean: the same words as on the readable page and on "How this works".
            <div class="tags-legend" inner_html=tags_legend(case, false)></div>
        </section>
    }
}
