//! The case data: its types, how they are read from the content files, and their validation.
//!
//! Structure (ids, references, numbers) and reader-facing text live in separate files: `content/data/*.json`
//! and `content/model/*.json` hold the structure, `content/text/<lang>/*.json` the words, keyed by id. Loading
//! merges one language's text into the structure, resolves every reference into a typed [`Id`] and validates the
//! whole; every error names its file and id.
//! [`Literal`] writes a validated case as Rust source, which `build.rs` bundles into the app as a `static`.

mod files;
mod folder;
mod ids;
mod literal;
mod map;
mod resolve;
mod terms;
mod types;
mod validate;

pub use files::LANGUAGES;
pub use folder::ContentFiles;
pub use literal::Literal;
pub use terms::{Term, Terms, TERMS_FILE};
pub use types::*;
pub use validate::ContentError;
pub(crate) use validate::{ContentErrors, ASSUMPTIONS, PREDICTIONS, SLIDERS};

/// What an id may be made of: it becomes a folder (`steps/<id>/`), a file name and a link's key or value.
pub const ID_CHARS: &str = "a-z, 0-9 and -";

/// Whether `id` is made of [`ID_CHARS`] only.
pub fn is_plain_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
