//! The types of the case data. Each record is an [`Entry`]: its structure (`data`: ids, references, numbers),
//! read from `content/data` or `content/model`, and its words (`text`), read from `content/text/<lang>`.
//!
//! Strings and lists are `Cow<'static, _>`: owned when read from the files, borrowed when bundled as a static.

mod data;
mod kinds;
mod model;
mod requirement;
mod text;
mod tools_text;

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

pub use super::ids::{Id, Ids, Ref, Table, Text};
use super::literal::{kinds, records, Literal};
pub use super::map::Map;
pub use data::*;
pub use kinds::*;
pub use model::*;
pub use requirement::*;
pub use text::*;
pub use tools_text::*;

/// A list in the content: owned when read from a file, `&'static` when bundled.
pub type List<T> = Cow<'static, [T]>;

/// One record: its language-independent structure and its reader-facing text in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entry<D, T> {
    pub data: D,
    pub text: T,
}

impl<D: Literal, T: Literal> Literal for Entry<D, T> {
    fn literal(&self, out: &mut String) {
        out.push_str("Entry { data: ");
        self.data.literal(out);
        out.push_str(", text: ");
        self.text.literal(out);
        out.push_str(" }");
    }
}
records! {
    /// The whole case, in one language, validated.
    pub struct Case {
        pub lang: Text,
        pub meta: CaseText,
        pub sections: List<Section>,
        pub claims: List<Claim>,
        pub figures: List<Figure>,
        pub steps: List<Step>,
        /// The questions asked before the reader flips an assumption, at most one per step.
        pub predictions: List<Prediction>,
        pub entities: List<Entity>,
        pub glossary: List<Term>,
        pub views: Map<ViewKind, ViewText>,
        pub anchors: Anchors,
        pub model: ModelData,
    }
}

pub type Section = Entry<SectionData, SectionText>;
pub type Claim = Entry<ClaimData, ClaimText>;
pub type Figure = Entry<FigureData, FigureText>;
pub type Term = Entry<TermData, TermText>;
pub type Entity = Entry<EntityData, EntityText>;
pub type Step = Entry<StepData, StepText>;
pub type Prediction = Entry<PredictionData, PredictionText>;
pub type Assumption = Entry<AssumptionData, AssumptionText>;
pub type Outcome = Entry<OutcomeData, OutcomeText>;
pub type Rule = Entry<RuleData, RuleText>;
pub type Slider = Entry<SliderData, SliderText>;
pub type Slope = Entry<SlopeData, SlopeText>;
pub type Ending = Entry<EndingData, EndingText>;
pub type Preset = Entry<PresetData, PresetText>;
pub type Proposition = Entry<PropositionData, PropositionText>;

/// An option of an assumption: what an [`OptionId`] points at, among that assumption's options.
pub enum Choice {}

pub type SectionId = Id<Section>;
pub type ClaimId = Id<Claim>;
pub type FigureId = Id<Figure>;
pub type TermId = Id<Term>;
pub type EntityId = Id<Entity>;
pub type StepId = Id<Step>;
pub type PredictionId = Id<Prediction>;
pub type AssumptionId = Id<Assumption>;
/// An option of one assumption, by its position among that assumption's options.
pub type OptionId = Id<Choice>;
pub type OutcomeId = Id<Outcome>;
pub type RuleId = Id<Rule>;
pub type SliderId = Id<Slider>;
pub type SlopeId = Id<Slope>;
pub type EndingId = Id<Ending>;
pub type PresetId = Id<Preset>;
pub type PropositionId = Id<Proposition>;

impl<K, V: Clone> Map<Ref<K>, V> {
    /// The value for the record `id`; validation has required one for every record the map covers.
    pub fn of(&self, id: Id<K>) -> &V {
        self.iter()
            .find(|(k, _)| k.id() == id)
            .map(|(_, v)| v)
            .expect("validation requires a value for every key")
    }
}

// ----- look-ups by id, for the edges that read ids (links) -----

impl Case {
    /// The step with this id, or with this id among its former ids.
    pub fn step_by_key(&self, key: &str) -> Option<StepId> {
        let at = |found: Option<usize>| found.map(Id::new);
        at(self.steps.iter().position(|s| s.data.id == key))
            .or_else(|| at(self.steps.iter().position(|s| s.data.aliases.iter().any(|a| a == key))))
    }

    /// Step `step`'s prediction ("Predict, then look"), if it has one.
    pub fn prediction_of(&self, step: StepId) -> Option<PredictionId> {
        self.predictions
            .with_ids()
            .find(|(_, p)| p.data.step.id() == step)
            .map(|(id, _)| id)
    }

    pub fn view_text(&self, view: ViewKind) -> &ViewText {
        self.views.get(&view).expect("validation requires text for every view")
    }

    pub fn confidence_label(&self, kind: Confidence) -> &str {
        self.meta
            .confidence
            .get(&kind)
            .expect("validation requires a label for every confidence")
    }

    /// What a confidence kind means, in a sentence.
    pub fn confidence_meaning(&self, kind: Confidence) -> &str {
        self.meta
            .confidence_meaning
            .get(&kind)
            .expect("validation requires a meaning for every confidence")
    }

    /// The entity's display name.
    pub fn entity_name(&self, id: EntityId) -> &str {
        &self.entities[id].text.name
    }
}
