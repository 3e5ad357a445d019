//! Loading a case: `content` reads it, resolves its references and checks what it says by itself; the checks that
//! need a layer above `content` run here, after it: no assumption or slider takes a link's own key (`url`), and each
//! prediction moves its outcome from the article's present (`model`, `predict`). So `content` imports none of the
//! modules built on it (`core/tests/layers.rs` fails on any two modules of the core that import each other).

use std::collections::HashSet;

use crate::content::{ContentError, ContentErrors, ContentFiles, ASSUMPTIONS, PREDICTIONS, SLIDERS};
use crate::model::Scenario;
use crate::predict::reveal;
use crate::Case;

impl Case {
    /// Reads the case in language `lang` from `files` and validates it. Every error found is returned, each naming
    /// its file and, where there is one, the id of the offending record.
    pub fn load(files: &ContentFiles, lang: &str) -> Result<Case, ContentErrors> {
        let (case, mut errors) = Case::read(files, lang);
        let Some(case) = case else {
            return Err(errors);
        };
        check_link_keys(&case, &mut errors);
        check_predictions_move(&case, &mut errors);
        if errors.is_empty() {
            Ok(case)
        } else {
            Err(errors)
        }
    }
}

/// Assumptions and sliders are a link's keys: none may be a key the link uses for itself, nor share one.
fn check_link_keys(case: &Case, errors: &mut ContentErrors) {
    let model = &case.model;
    let link_keys = model
        .assumptions
        .iter()
        .map(|a| (ASSUMPTIONS, a.data.id.as_ref()))
        .chain(model.sliders.iter().map(|s| (SLIDERS, s.data.id.as_ref())));
    // The link's own keys are `url`'s list, read from there.
    let mut taken = HashSet::new();
    for (file, id) in link_keys {
        if crate::url::is_link_key(id) || !taken.insert(id) {
            errors.push(ContentError::item(
                file,
                id,
                "this id is a link's key already (the link's own, or another assumption's or slider's)",
            ));
        }
    }
}

/// A prediction asks about a change that moves its outcome from the article's present (else the model's answer
/// would always be "about the same").
fn check_predictions_move(case: &Case, errors: &mut ContentErrors) {
    let model = &case.model;
    let today = Scenario::defaults(model);
    for prediction in case.predictions.iter() {
        let d = &prediction.data;
        let reveal = reveal(model, d, &today);
        if reveal.from == reveal.to {
            errors.push(ContentError::item(
                PREDICTIONS,
                &d.id,
                format!(
                    "from the article's present, `{}` = `{}` does not move `{}`: there is nothing to predict",
                    model.assumptions[d.assumption.id()].data.id,
                    d.option.key(),
                    model.outcomes[d.outcome.id()].data.id
                ),
            ));
        }
    }
}
