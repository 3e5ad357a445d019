//! The pure core of AI Gambit, with no web dependency, so `cargo test` checks it natively and fast.
//!
//! - [`content`]: the case data (steps, claims, sources, the scenario model's data), read from the JSON files
//!   under `content/` and validated;
//! - `case`: `Case::load`, `content`'s reading with the checks that need the layers above it (a link's keys, a
//!   prediction's answer);
//! - [`model`]: the scenario model: a scenario is one choice per assumption, evaluated into outcomes with the
//!   rules that produced them;
//! - [`url`]: the state a shared link carries, parsed leniently and written back canonically;
//! - [`history`]: how a change of the reader's state reaches the address bar (a new entry, or the current one
//!   replaced after a pause);
//! - [`announce`]: what the app's live region says after a move or a change of scenario;
//! - [`draw`]: every chart and diagram, drawn once from the case and a scenario, for the app, the readable
//!   pages, the preview images and the downloads;
//! - [`markup`]: static HTML of the content, rendered at build time, and the sentences the views share;
//! - [`phrase`]: the small pieces those are made of: the language's punctuation, placeholders, HTML escaping;
//! - [`predict`]: "predict, then look": the model's answer to a prediction;
//! - [`qr`]: the QR code of a link, as SVG;
//! - [`reach`]: how far each ending is from a scenario: its conditions, and the fewest changes that lead to it;
//! - [`propositions`]: the article's cause-and-effect claims, checked against the model;
//! - [`calibration`]: the model measured over every combination, for `cargo xtask model` and the tests.

pub mod announce;
pub mod calibration;
mod case;
pub mod content;
pub mod draw;
pub mod history;
pub mod markup;
pub mod model;
pub mod phrase;
pub mod predict;
pub mod propositions;
pub mod qr;
pub mod reach;
pub mod url;

pub use content::{Case, ContentError, ContentFiles};
pub use model::{Evaluation, Scenario};
