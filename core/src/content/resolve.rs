//! Resolving every reference of a freshly read case into a typed [`Id`], once, as the case is loaded. A reference
//! that names nothing is reported with its file and the id of the record that holds it, and the case is not used.

use std::collections::HashMap;

use super::types::*;
use super::validate::{ContentError, ContentErrors};
use super::validate::{
    ASSUMPTIONS, CLAIMS, ENDINGS, ENTITIES, FIGURES, GLOSSARY, OUTCOMES, PREDICTIONS, PRESETS, PROPOSITIONS, RULES,
    SLIDERS, SLOPES, SOURCES, STEPS,
};

/// Each kind's ids, to find a record by the id a reference writes.
struct Keys(HashMap<String, usize>);

impl Keys {
    /// The ids of the records of `file`; an empty or repeated id is reported (the first record keeps it).
    fn of<'a>(file: &str, ids: impl Iterator<Item = &'a str>, errors: &mut ContentErrors) -> Self {
        let mut keys = HashMap::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                errors.push(ContentError::file(file, "a record has an empty id"));
            } else if keys.insert(id.to_string(), i).is_some() {
                errors.push(ContentError::item(file, id, "this id is used twice"));
            }
            // The article's section names (S0..S6) are never written into a link or a path.
            if file != SOURCES && !id.trim().is_empty() && !super::is_plain_id(id) {
                errors.push(ContentError::item(
                    file,
                    id,
                    format!("an id may hold only {}", super::ID_CHARS),
                ));
            }
        }
        Keys(keys)
    }

    fn find<K>(&self, key: &str) -> Option<Id<K>> {
        self.0.get(key).map(|&i| Id::new(i))
    }
}

/// Where a reference sits, for the message when it names nothing.
struct At<'a> {
    file: &'a str,
    id: &'a str,
}

/// Every kind's keys, and the errors found so far.
struct Resolver<'e> {
    steps: Keys,
    entities: Keys,
    claims: Keys,
    figures: Keys,
    terms: Keys,
    assumptions: Keys,
    /// Each assumption's id and option ids, by the assumption's position.
    options: Vec<(String, Keys)>,
    sliders: Keys,
    outcomes: Keys,
    endings: Keys,
    presets: Keys,
    errors: &'e mut ContentErrors,
}

/// Resolves `r` among `keys`, or reports it.
fn one<K>(errors: &mut ContentErrors, at: &At, what: &str, keys: &Keys, r: &mut Ref<K>) -> Option<Id<K>> {
    let found = keys.find(r.key());
    match found {
        Some(id) => r.set(id),
        None => errors.push(ContentError::item(at.file, at.id, format!("no {what} `{}`", r.key()))),
    }
    found
}

impl Resolver<'_> {
    fn entity(&mut self, at: &At, r: &mut Ref<Entity>) {
        one(self.errors, at, "entity", &self.entities, r);
    }

    fn outcome(&mut self, at: &At, r: &mut Ref<Outcome>) {
        one(self.errors, at, "outcome", &self.outcomes, r);
    }

    fn slider(&mut self, at: &At, r: &mut Ref<Slider>) {
        one(self.errors, at, "slider", &self.sliders, r);
    }

    /// A step's control or a proposition's: an assumption or a slider, by its id (`field` names the list in errors).
    fn control(&mut self, at: &At, field: &str, control: &mut ControlRef) {
        if let Some(a) = self.assumptions.find(control.key()) {
            control.set(Control::Assumption(a));
        } else if let Some(s) = self.sliders.find(control.key()) {
            control.set(Control::Slider(s));
        } else {
            self.errors.push(ContentError::item(
                at.file,
                at.id,
                format!("{field}no assumption or slider `{}`", control.key()),
            ));
        }
    }

    fn assumption(&mut self, at: &At, r: &mut Ref<Assumption>) -> Option<AssumptionId> {
        one(self.errors, at, "assumption", &self.assumptions, r)
    }

    /// An option of `assumption` (nothing is reported twice when the assumption itself was not found).
    fn option(&mut self, at: &At, assumption: Option<AssumptionId>, option: &mut Ref<Choice>) {
        let Some(a) = assumption else { return };
        let (name, options) = &self.options[a.index()];
        match options.find(option.key()) {
            Some(id) => option.set(id),
            None => self.errors.push(ContentError::item(
                at.file,
                at.id,
                format!("assumption `{name}` has no option `{}`", option.key()),
            )),
        }
    }

    fn condition(&mut self, at: &At, assumption: &mut Ref<Assumption>, option: &mut Ref<Choice>) {
        let a = self.assumption(at, assumption);
        self.option(at, a, option);
    }

    /// The keys of a map over an assumption's options.
    fn option_keys<V: Clone>(&mut self, at: &At, assumption: Option<AssumptionId>, map: &mut Map<Ref<Choice>, V>) {
        for (key, _) in map.0.to_mut().iter_mut() {
            self.option(at, assumption, key);
        }
    }
}

/// Resolves every reference in `case`, reporting each that names nothing, kind by kind.
pub(super) fn resolve(case: &mut Case, errors: &mut ContentErrors) {
    let mut r = resolver(case, errors);
    resolve_entities(&mut r, case);
    resolve_assumptions(&mut r, case);
    resolve_rules(&mut r, case);
    resolve_slopes(&mut r, case);
    resolve_endings(&mut r, case);
    resolve_presets(&mut r, case);
    resolve_propositions(&mut r, case);
    resolve_steps(&mut r, case);
    resolve_predictions(&mut r, case);
    resolve_anchors(&mut r, case);
}

/// Every kind's ids, each list checked for empty, repeated and malformed ids (unreferenced kinds too).
fn resolver<'e>(case: &Case, errors: &'e mut ContentErrors) -> Resolver<'e> {
    let model = &case.model;
    let r = Resolver {
        steps: Keys::of(STEPS, case.steps.iter().map(|s| s.data.id.as_ref()), errors),
        entities: Keys::of(ENTITIES, case.entities.iter().map(|e| e.data.id.as_ref()), errors),
        claims: Keys::of(CLAIMS, case.claims.iter().map(|c| c.data.id.as_ref()), errors),
        figures: Keys::of(FIGURES, case.figures.iter().map(|f| f.data.id.as_ref()), errors),
        terms: Keys::of(GLOSSARY, case.glossary.iter().map(|t| t.data.id.as_ref()), errors),
        assumptions: Keys::of(
            ASSUMPTIONS,
            model.assumptions.iter().map(|a| a.data.id.as_ref()),
            errors,
        ),
        options: model
            .assumptions
            .iter()
            .map(|a| {
                let options = a.data.options.iter().map(|o| o.as_ref());
                (a.data.id.to_string(), Keys::of(ASSUMPTIONS, options, errors))
            })
            .collect(),
        sliders: Keys::of(SLIDERS, model.sliders.iter().map(|s| s.data.id.as_ref()), errors),
        outcomes: Keys::of(OUTCOMES, model.outcomes.iter().map(|o| o.data.id.as_ref()), errors),
        endings: Keys::of(ENDINGS, model.endings.iter().map(|x| x.data.id.as_ref()), errors),
        presets: Keys::of(PRESETS, model.presets.iter().map(|x| x.data.id.as_ref()), errors),
        errors,
    };
    // Records no reference points at: their ids are still checked here, with all the others.
    let unreferenced: [(&str, Vec<&str>); 5] = [
        (SOURCES, case.sections.iter().map(|x| x.data.id.as_ref()).collect()),
        (
            PREDICTIONS,
            case.predictions.iter().map(|x| x.data.id.as_ref()).collect(),
        ),
        (RULES, model.rules.iter().map(|x| x.data.id.as_ref()).collect()),
        (SLOPES, model.slopes.iter().map(|x| x.data.id.as_ref()).collect()),
        (
            PROPOSITIONS,
            model.propositions.iter().map(|x| x.data.id.as_ref()).collect(),
        ),
    ];
    for (file, ids) in unreferenced {
        Keys::of(file, ids.into_iter(), r.errors);
    }
    r
}

/// An entity's relations name entities, and its availability an assumption and its options.
fn resolve_entities(r: &mut Resolver, case: &mut Case) {
    for entity in case.entities.to_mut().iter_mut() {
        let at = At {
            file: ENTITIES,
            id: &entity.data.id,
        };
        for relation in entity.data.relations.to_mut().iter_mut() {
            r.entity(&at, &mut relation.to);
        }
        if let Some(availability) = &mut entity.data.availability {
            let a = r.assumption(&at, &mut availability.assumption);
            r.option_keys(&at, a, &mut availability.by_option);
        }
    }
}

/// An assumption's default and pressures are its own options, and its texts name them all.
fn resolve_assumptions(r: &mut Resolver, case: &mut Case) {
    let assumptions_text = format!("text/{}/assumptions.json", case.lang);
    let model = &mut case.model;
    for assumption in model.assumptions.to_mut().iter_mut() {
        let at = At {
            file: ASSUMPTIONS,
            id: &assumption.data.id,
        };
        let own = r.assumptions.find::<Assumption>(&assumption.data.id);
        r.option(&at, own, &mut assumption.data.default);
        for pressure in assumption.data.pressures.to_mut().iter_mut() {
            r.option(&at, own, &mut pressure.option);
        }
        let at = At {
            file: &assumptions_text,
            id: &assumption.data.id,
        };
        r.option_keys(&at, own, &mut assumption.text.options);
    }
}

/// A rule's condition (an assumption's option) and the outcome it moves.
fn resolve_rules(r: &mut Resolver, case: &mut Case) {
    let model = &mut case.model;
    for rule in model.rules.to_mut().iter_mut() {
        let d = &mut rule.data;
        let at = At { file: RULES, id: &d.id };
        r.condition(&at, &mut d.assumption, &mut d.option);
        r.outcome(&at, &mut d.outcome);
    }
}

/// A slope's slider, the outcome it moves and the condition it holds under.
fn resolve_slopes(r: &mut Resolver, case: &mut Case) {
    let model = &mut case.model;
    for slope in model.slopes.to_mut().iter_mut() {
        let d = &mut slope.data;
        let at = At {
            file: SLOPES,
            id: &d.id,
        };
        r.slider(&at, &mut d.slider);
        r.outcome(&at, &mut d.outcome);
        if let Some(c) = &mut d.when {
            r.condition(&at, &mut c.assumption, &mut c.option);
        }
    }
}

/// An ending's thresholds name outcomes; its requirements, options.
fn resolve_endings(r: &mut Resolver, case: &mut Case) {
    let model = &mut case.model;
    for ending in model.endings.to_mut().iter_mut() {
        let d = &mut ending.data;
        let at = At {
            file: ENDINGS,
            id: &d.id,
        };
        for threshold in d.when.to_mut().iter_mut() {
            r.outcome(&at, &mut threshold.outcome);
        }
        for q in d.requires.to_mut() {
            resolve_requirement(r, &at, q);
        }
    }
}

/// A requirement's option or slider, and those of the ways under `any` (validation checks their shapes).
fn resolve_requirement(r: &mut Resolver, at: &At, q: &mut Requirement) {
    let a = q.assumption.as_mut().and_then(|a| r.assumption(at, a));
    q.option.iter_mut().for_each(|o| r.option(at, a, o));
    q.slider.iter_mut().for_each(|s| r.slider(at, s));
    q.any.to_mut().iter_mut().for_each(|w| resolve_requirement(r, at, w));
}

/// A preset's choices and slider values.
fn resolve_presets(r: &mut Resolver, case: &mut Case) {
    let model = &mut case.model;
    for preset in model.presets.to_mut().iter_mut() {
        let d = &mut preset.data;
        let at = At {
            file: PRESETS,
            id: &d.id,
        };
        for (assumption, option) in d.choices.0.to_mut().iter_mut() {
            r.condition(&at, assumption, option);
        }
        for (slider, _) in d.sliders.0.to_mut().iter_mut() {
            r.slider(&at, slider);
        }
    }
}

/// A proposition's starting preset, the change it tries, the outcome or ending it expects and the controls it holds
/// `over`.
fn resolve_propositions(r: &mut Resolver, case: &mut Case) {
    let model = &mut case.model;
    for proposition in model.propositions.to_mut().iter_mut() {
        let d = &mut proposition.data;
        let at = At {
            file: PROPOSITIONS,
            id: &d.id,
        };
        one(r.errors, &at, "preset", &r.presets, &mut d.from);
        for (assumption, option) in d.choices.0.to_mut().iter_mut() {
            r.condition(&at, assumption, option);
        }
        for (slider, _) in d.sliders.0.to_mut().iter_mut() {
            r.slider(&at, slider);
        }
        if let Some(o) = &mut d.outcome {
            r.outcome(&at, o);
        }
        if let Some(e) = &mut d.ending {
            one(r.errors, &at, "ending", &r.endings, e);
        }
        for control in d.over.to_mut().iter_mut() {
            r.control(&at, "`over`: ", control);
        }
    }
}

/// A step's controls, the records it shows, and the assumptions its scenario sentences follow.
fn resolve_steps(r: &mut Resolver, case: &mut Case) {
    let steps_text = format!("text/{}/steps.json", case.lang);
    for step in case.steps.to_mut().iter_mut() {
        let d = &mut step.data;
        let at = At { file: STEPS, id: &d.id };
        for control in d.controls.to_mut().iter_mut() {
            r.control(&at, "", control);
        }
        let lists = (&r.claims, &r.figures, &r.entities, &r.terms);
        for c in d.claims.to_mut() {
            one(r.errors, &at, "claim", lists.0, c);
        }
        for f in d.figures.to_mut() {
            one(r.errors, &at, "figure", lists.1, f);
        }
        for e in d.entities.to_mut() {
            one(r.errors, &at, "entity", lists.2, e);
        }
        for t in d.terms.to_mut() {
            one(r.errors, &at, "glossary term", lists.3, t);
        }
        let varies = d.varies_with.as_mut().and_then(|a| r.assumption(&at, a));
        let also = d.also_varies_with.as_mut().and_then(|a| r.assumption(&at, a));
        let at = At {
            file: &steps_text,
            id: &d.id,
        };
        if varies.is_some() {
            r.option_keys(&at, varies, &mut step.text.variants);
        }
        if also.is_some() {
            r.option_keys(&at, also, &mut step.text.also_variants);
        }
    }
}

/// A prediction's step, the change it asks about and the outcome it asks after.
fn resolve_predictions(r: &mut Resolver, case: &mut Case) {
    for prediction in case.predictions.to_mut().iter_mut() {
        let d = &mut prediction.data;
        let at = At {
            file: PREDICTIONS,
            id: &d.id,
        };
        one(r.errors, &at, "step", &r.steps, &mut d.step);
        r.condition(&at, &mut d.assumption, &mut d.option);
        r.outcome(&at, &mut d.outcome);
    }
}

/// The records the views are drawn around (`data/anchors.json`).
fn resolve_anchors(r: &mut Resolver, case: &mut Case) {
    let anchors = &mut case.anchors;
    let at = At {
        file: "data/anchors.json",
        id: "anchors",
    };
    r.outcome(&at, &mut anchors.compute);
    r.assumption(&at, &mut anchors.chips);
    r.slider(&at, &mut anchors.spending);
    r.entity(&at, &mut anchors.company);
}
