//! The glossary terms a step uses, defined in place.

use gambit_core::content::StepId;
use gambit_core::phrase::cites;
use leptos::prelude::*;

use crate::state::Explainer;

#[component]
pub fn StepTerms(step: StepId) -> impl IntoView {
    let case = Explainer::get().case;
    let step = &case.steps[step];
    let space = super::nonempty(&case.meta.ui.punctuation.space);
    let colon = case.meta.ui.punctuation.colon.as_ref();
    let terms: Vec<_> = step.data.terms.iter().map(|id| &case.glossary[id.id()]).collect();
    (!terms.is_empty()).then(|| {
        let items = terms
            .into_iter()
            .map(|term| {
                // A term and its definition kept together; on paper on one line, the term, a colon (shown in print
                // only) and its definition.
                view! {
                    <div class="term">
                        <dt>{term.text.term.as_ref()} <span class="term-sep">{colon}</span></dt>
                        <dd>{term.text.definition.as_ref()} {space.clone()} <span class="cite">{cites(case, &term.data.paragraphs)}</span></dd>
                    </div>
                }
            })
            .collect_view();
        view! {
            <section class="terms">
                <h3>{case.meta.ui.terms.as_ref()}</h3>
                <dl>{items}</dl>
            </section>
        }
    })
}
