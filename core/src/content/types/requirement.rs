//! An ending's requirement beyond its thresholds: an option, a slider's bound, or any of several, and the ways it is
//! met.

use super::*;

records! {
    /// One condition of an ending beyond its thresholds, in one of three shapes: an assumption set to one option
    /// (`assumption` and `option`: a culture that holds up, for the hopeful ones, which P24 names among what a leap
    /// needs); a slider at `at_least` or above (`slider` and `at_least`); or, with `any`, at least one of several
    /// of those (P24's long-term investment: patient research, or spending at the reported 2025 level). Its
    /// paragraphs are where the article names the condition; the ways under `any` have none of their own.
    pub struct Requirement {
        #[serde(default)]
        pub assumption: Option<Ref<Assumption>>,
        #[serde(default)]
        pub option: Option<Ref<Choice>>,
        #[serde(default)]
        pub slider: Option<Ref<Slider>>,
        #[serde(default)]
        pub at_least: Option<i32>,
        #[serde(default)]
        pub any: List<Requirement>,
        #[serde(default)]
        pub paragraphs: List<Text>,
    }
}

/// One way an ending's [`Requirement`] is met: an assumption set to one option, or a slider at a value or above.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Way {
    Option { assumption: AssumptionId, option: OptionId },
    Slider { slider: SliderId, at_least: i32 },
}

impl Requirement {
    /// The ways it is met, any one of them enough: its own, or, with `any`, each listed there.
    pub fn ways(&self) -> impl Iterator<Item = Way> + '_ {
        let listed: &[Requirement] = if self.any.is_empty() {
            std::slice::from_ref(self)
        } else {
            &self.any
        };
        // A way of no shape (which validation reports) is none: validation itself reads the model through it.
        listed.iter().filter_map(Requirement::way)
    }

    /// Its own way, if its fields make exactly one of the two shapes (and it lists no `any`).
    pub fn way(&self) -> Option<Way> {
        match (
            &self.assumption,
            &self.option,
            &self.slider,
            self.at_least,
            self.any.is_empty(),
        ) {
            (Some(a), Some(o), None, None, true) => Some(Way::Option {
                assumption: a.id(),
                option: o.id(),
            }),
            (None, None, Some(s), Some(at_least), true) => Some(Way::Slider {
                slider: s.id(),
                at_least,
            }),
            _ => None,
        }
    }
}
