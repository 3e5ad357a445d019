//! The case's records from `content/data`: anchors, sections, claims, figures, glossary, entities, steps,
//! predictions and views.

use serde::{Deserializer, Serializer};

use super::*;

records! {
    /// The records the views are drawn around (`data/anchors.json`), named in the content so that the build checks
    /// them like every other reference.
    pub struct Anchors {
        /// The outcome drawn as the shared compute pool (org map, chips).
        pub compute: Ref<Outcome>,
        /// The assumption whose option the org map names beside the pool.
        pub chips: Ref<Assumption>,
        /// The slider the spending view draws.
        pub spending: Ref<Slider>,
        /// The company at the centre of the rivals view.
        pub company: Ref<Entity>,
    }

    /// One section of the article (S0..) and the paragraphs it holds, by number (4 for P4).
    pub struct SectionData {
        pub id: Text,
        pub first: u32,
        pub last: u32,
    }

    pub struct SectionText {
        /// The section's subject, in our words.
        pub title: Text,
    }

    pub struct ClaimData {
        pub id: Text,
        /// P-keys of the paragraphs the claim rests on ("P5").
        pub paragraphs: List<Text>,
        pub confidence: Confidence,
        /// The article itself hedges this ("reportedly", "potentially").
        #[serde(default)]
        pub hedged: bool,
    }

    pub struct ClaimText {
        pub text: Text,
    }

    /// A number from the article, with its unit, how it is bounded, and where it comes from.
    pub struct FigureData {
        pub id: Text,
        pub value: i64,
        pub unit: Unit,
        pub bound: Bound,
        pub paragraphs: List<Text>,
        /// The article itself hedges this ("reportedly", "potentially").
        #[serde(default)]
        pub hedged: bool,
    }

    pub struct FigureText {
        /// What the figure measures.
        pub label: Text,
        /// The figure as a reader sees it ("over $20 billion").
        pub display: Text,
    }

    /// A term a newcomer may need explained.
    pub struct TermData {
        pub id: Text,
        pub paragraphs: List<Text>,
    }

    pub struct TermText {
        pub term: Text,
        pub definition: Text,
    }

    /// A typed link from one entity to another.
    pub struct Relation {
        pub kind: RelationKind,
        pub to: Ref<Entity>,
    }

    pub struct EntityData {
        pub id: Text,
        pub kind: EntityKind,
        #[serde(default)]
        pub relations: List<Relation>,
        pub paragraphs: List<Text>,
        /// How available the entity is under each option of an assumption, if that depends on one.
        #[serde(default)]
        pub availability: Option<Availability>,
    }

    /// An entity's status under each option of `assumption`, by option id.
    pub struct Availability {
        pub assumption: Ref<Assumption>,
        pub by_option: Map<Ref<Choice>, Status>,
    }

    pub struct EntityText {
        pub name: Text,
        /// What it is or does, in a few words ("model research").
        pub role: Text,
    }

    pub struct StepData {
        pub id: Text,
        /// Former ids of this step, so that links made before a rename still open it.
        #[serde(default)]
        pub aliases: List<Text>,
        /// The embed code's default frame height for this step.
        pub embed_height: EmbedHeight,
        pub view: ViewKind,
        /// The assumptions and sliders whose controls this step shows, in order.
        #[serde(default)]
        pub controls: List<ControlRef>,
        pub claims: List<Ref<Claim>>,
        /// Figures the step's view shows.
        #[serde(default)]
        pub figures: List<Ref<Figure>>,
        /// Entities the step's view shows.
        #[serde(default)]
        pub entities: List<Ref<Entity>>,
        /// Glossary terms the step uses.
        #[serde(default)]
        pub terms: List<Ref<Term>>,
        /// The assumption whose option picks this step's scenario sentence, if any.
        #[serde(default)]
        pub varies_with: Option<Ref<Assumption>>,
        /// A second assumption among the step's controls whose option adds a short sentence after the scenario
        /// sentence (`also_variants`), so that the words follow every control the step shows.
        #[serde(default)]
        pub also_varies_with: Option<Ref<Assumption>>,
    }

    /// How tall, in CSS pixels, the embedded step is in the tallest of the three engines, plus a little: in a
    /// 720-pixel column (`controls`, `view`, `compact`) and in a narrow 300 (a sidebar's, and so any phone's: `phone_controls`,
    /// `phone_view`, `phone_compact`), with the frame's script and without. The embed
    /// code's height until the frame reports its own, and all a host that strips scripts ever shows: the code's CSS
    /// goes from the phone's height on a 390-pixel screen to the column's on a wide one, its `height` attribute is
    /// the taller (`markup::embed_code_for`). `cargo xtask measure` measures them, `e2e/embed.test.mjs` checks a
    /// sample.
    pub struct EmbedHeight {
        /// With the step's controls, in an article's column.
        pub controls: u32,
        /// The view alone (`controls=0`), in an article's column.
        pub view: u32,
        /// With the step's controls, in a phone's column.
        pub phone_controls: u32,
        /// The view alone, in a phone's column.
        pub phone_view: u32,
        /// The chart and its figures only (`compact=1`: no controls, sentence or note), in an article's column.
        pub compact: u32,
        /// The chart and its figures only, in a phone's column.
        pub phone_compact: u32,
    }

    pub struct StepText {
        pub title: Text,
        pub body: List<Text>,
        /// One question for a class discussion.
        pub question: Text,
        /// The scenario sentence for each option of `varies_with`.
        #[serde(default)]
        pub variants: Map<Ref<Choice>, Text>,
        /// A short sentence for each option of `also_varies_with`, shown after the scenario sentence.
        #[serde(default)]
        pub also_variants: Map<Ref<Choice>, Text>,
        /// The closing words of the body's last paragraph when they speak to the screen's controls ("Change the
        /// chip access and see…"): they end that paragraph, word for word, and are left off paper.
        #[serde(default)]
        pub on_screen: Option<Text>,
    }

    /// A question asked on `step` before the reader flips an assumption: which way will `outcome` move when
    /// `assumption` takes `option`? The answer is the model's ([`crate::predict::reveal`]), never written here.
    pub struct PredictionData {
        pub id: Text,
        pub step: Ref<Step>,
        pub assumption: Ref<Assumption>,
        pub option: Ref<Choice>,
        pub outcome: Ref<Outcome>,
    }

    pub struct PredictionText {
        /// The question, naming the change and the outcome in the reader's terms.
        pub question: Text,
    }

    /// A view's words (`text/<lang>/views.json`, keyed by view id).
    pub struct ViewText {
        pub title: Text,
        /// The chart's text alternative; `{name}` placeholders are filled from the view's labels and values.
        pub alt: Text,
        /// Short labels drawn inside the chart.
        #[serde(default)]
        pub labels: Map<Label, Text>,
    }
}

impl ViewText {
    /// The label for `label`, which validation has required for every view that draws it.
    pub fn label(&self, label: Label) -> &str {
        self.labels
            .get(&label)
            .unwrap_or_else(|| panic!("no label `{}`: validation requires it", label.key()))
    }
}

impl EntityData {
    /// The entity's first relation of kind `kind`, if it has one.
    pub fn relation(&self, kind: RelationKind) -> Option<&Relation> {
        self.relations.iter().find(|r| r.kind == kind)
    }
}

/// One of a step's controls: an assumption or a slider (their ids share one space; validation keeps them apart).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    Assumption(Id<Assumption>),
    Slider(Id<Slider>),
}

/// A reference to a [`Control`] as a step's file holds it: the id written there and, once loaded, what it names.
#[derive(Clone, Debug, PartialEq)]
pub struct ControlRef {
    key: Text,
    control: Option<Control>,
}

impl ControlRef {
    /// Used by the statics `build.rs` writes from a loaded case; not for hand-written code.
    #[doc(hidden)]
    pub const fn bundled(key: &'static str, control: Control) -> Self {
        ControlRef {
            key: Cow::Borrowed(key),
            control: Some(control),
        }
    }

    pub fn key(&self) -> &str {
        &self.key
    }

    /// The assumption or slider it names (resolved when the case was loaded, like every [`Ref`]).
    pub fn control(&self) -> Control {
        self.control.unwrap_or_else(|| {
            panic!(
                "the control `{}` was never resolved: cases come from Case::load",
                self.key
            )
        })
    }

    pub(crate) fn set(&mut self, control: Control) {
        self.control = Some(control);
    }
}

impl Serialize for ControlRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.key)
    }
}

impl<'de> Deserialize<'de> for ControlRef {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(|key| ControlRef {
            key: key.into(),
            control: None,
        })
    }
}

impl Literal for ControlRef {
    fn literal(&self, out: &mut String) {
        let (kind, ix) = match self.control() {
            Control::Assumption(id) => ("Assumption", id.index()),
            Control::Slider(id) => ("Slider", id.index()),
        };
        out.push_str(&format!(
            "ControlRef::bundled({:?}, Control::{kind}(Id::bundled({ix})))",
            self.key.as_ref()
        ));
    }
}
