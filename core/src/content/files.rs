//! Reading the content files and merging one language's text into the structure.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::folder::ContentFiles;
use super::resolve::resolve;
use super::types::*;
use super::validate::{validate, ContentError, ContentErrors};

/// The languages the explainer ships; each has a folder `content/text/<lang>`.
pub const LANGUAGES: &[&str] = &["en", "zh-Hans"];

impl Case {
    /// Reads the case in language `lang` from `files`, resolves it and runs the checks that need nothing above
    /// `content`; the case comes back once it is resolved, with every error found, each naming its file and, where
    /// there is one, the id of the offending record. [`Case::load`] (`core/src/case.rs`) runs the rest.
    pub(crate) fn read(files: &ContentFiles, lang: &str) -> (Option<Case>, ContentErrors) {
        let mut errors = ContentErrors::default();
        super::terms::check_terms(files, lang, &mut errors);
        let read = Reader {
            files,
            lang,
            errors: &mut errors,
        }
        .case();
        // Cross-references are checked only once every file reads cleanly, so one typo reports one error.
        let Some(mut case) = read.filter(|_| errors.is_empty()) else {
            return (None, errors);
        };
        if case.meta.lang.as_ref() != lang {
            errors.push(ContentError::file(
                &format!("text/{lang}/case.json"),
                format!("`lang` is `{}`, but the folder is `{lang}`", case.meta.lang),
            ));
            return (None, errors);
        }
        // References first: validation reads through them.
        resolve(&mut case, &mut errors);
        if !errors.is_empty() {
            return (None, errors);
        }
        validate(&case, &mut errors);
        (Some(case), errors)
    }
}

impl Reader<'_> {
    /// Reads every file of the case (so that each file's errors are reported) before using any; `None` if one
    /// could not be read.
    fn case(mut self) -> Option<Case> {
        let meta = self.text_object::<CaseText>("case.json");
        let sections = self.entries::<SectionData, SectionText>("data/sources.json", |d| &d.id);
        let claims = self.entries::<ClaimData, ClaimText>("data/claims.json", |d| &d.id);
        let figures = self.entries::<FigureData, FigureText>("data/figures.json", |d| &d.id);
        let glossary = self.entries::<TermData, TermText>("data/glossary.json", |d| &d.id);
        let steps = self.entries::<StepData, StepText>("data/steps.json", |d| &d.id);
        let predictions = self.entries::<PredictionData, PredictionText>("data/predictions.json", |d| &d.id);
        let entities = self.entries::<EntityData, EntityText>("data/entities.json", |d| &d.id);
        let views = self.text_object::<Map<ViewKind, ViewText>>("views.json");
        let anchors = self.object::<Anchors>("data/anchors.json");
        let assumptions = self.entries::<AssumptionData, AssumptionText>("model/assumptions.json", |d| &d.id);
        let outcomes = self.entries::<OutcomeData, OutcomeText>("model/outcomes.json", |d| &d.id);
        let rules = self.entries::<RuleData, RuleText>("model/rules.json", |d| &d.id);
        let sliders = self.entries::<SliderData, SliderText>("model/sliders.json", |d| &d.id);
        let slopes = self.entries::<SlopeData, SlopeText>("model/slopes.json", |d| &d.id);
        let endings = self.entries::<EndingData, EndingText>("model/endings.json", |d| &d.id);
        let presets = self.entries::<PresetData, PresetText>("model/presets.json", |d| &d.id);
        let propositions = self.entries::<PropositionData, PropositionText>("model/propositions.json", |d| &d.id);
        let words = self.text_object::<ModelWords>("model.json");
        Some(Case {
            lang: self.lang.to_string().into(),
            meta: meta?,
            sections: sections?.into(),
            claims: claims?.into(),
            figures: figures?.into(),
            glossary: glossary?.into(),
            steps: steps?.into(),
            predictions: predictions?.into(),
            entities: entities?.into(),
            views: views?,
            anchors: anchors?,
            model: ModelData {
                assumptions: assumptions?.into(),
                sliders: sliders?.into(),
                outcomes: outcomes?.into(),
                rules: rules?.into(),
                slopes: slopes?.into(),
                endings: endings?.into(),
                presets: presets?.into(),
                propositions: propositions?.into(),
                words: words?,
            },
        })
    }
}

/// Parses files, collecting errors instead of stopping at the first.
struct Reader<'a> {
    files: &'a ContentFiles,
    lang: &'a str,
    errors: &'a mut ContentErrors,
}

impl Reader<'_> {
    fn json(&mut self, path: &str) -> Option<Value> {
        let Some(text) = self.files.get(path) else {
            self.errors.push(ContentError::file(path, "the file is missing"));
            return None;
        };
        match serde_json::from_str(text) {
            Ok(value) => Some(value),
            Err(e) => {
                self.errors
                    .push(ContentError::file(path, format!("not valid JSON: {e}")));
                None
            }
        }
    }

    fn text_path(&self, name: &str) -> String {
        format!("text/{}/{name}", self.lang)
    }

    /// A text file holding one object (`text/<lang>/case.json`).
    fn text_object<T: DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        self.object(&self.text_path(name))
    }

    /// A file holding one object.
    fn object<T: DeserializeOwned>(&mut self, path: &str) -> Option<T> {
        let value = self.json(path)?;
        serde_json::from_value(value)
            .map_err(|e| self.errors.push(ContentError::file(path, e.to_string())))
            .ok()
    }

    /// The records of a structure file (a JSON array) merged with their text from the text file of the same name
    /// (a JSON object keyed by id).
    fn entries<D: DeserializeOwned, T: DeserializeOwned>(
        &mut self,
        path: &str,
        id_of: impl Fn(&D) -> &Text,
    ) -> Option<Vec<Entry<D, T>>> {
        let name = path.rsplit('/').next().expect("a file name");
        let text_path = self.text_path(name);
        let structure = self.json(path);
        let text = self.json(&text_path);
        let (structure, text) = (structure?, text?);

        let Value::Array(records) = structure else {
            self.errors
                .push(ContentError::file(path, "expected a JSON array of records"));
            return None;
        };
        let Value::Object(texts) = text else {
            self.errors
                .push(ContentError::file(&text_path, "expected a JSON object keyed by id"));
            return None;
        };
        let mut entries = Vec::with_capacity(records.len());
        let mut used = std::collections::BTreeSet::new();
        for (index, record) in records.into_iter().enumerate() {
            let label = record
                .get("id")
                .and_then(Value::as_str)
                .map_or_else(|| format!("record #{}", index + 1), str::to_string);
            used.insert(label.clone());
            let data: D = match serde_json::from_value(record) {
                Ok(data) => data,
                Err(e) => {
                    self.errors.push(ContentError::item(path, &label, e.to_string()));
                    continue;
                }
            };
            let id = id_of(&data).to_string();
            let Some(text) = texts.get(&id) else {
                self.errors
                    .push(ContentError::item(&text_path, &id, "no text for this id"));
                continue;
            };
            match serde_json::from_value(text.clone()) {
                Ok(text) => entries.push(Entry { data, text }),
                Err(e) => self.errors.push(ContentError::item(&text_path, &id, e.to_string())),
            }
        }
        for id in texts.keys().filter(|id| !used.contains(*id)) {
            self.errors.push(ContentError::item(
                &text_path,
                id,
                format!("text for an id that {path} does not have"),
            ));
        }
        Some(entries)
    }
}
