//! Prints what `cargo xtask dist` adds to the built page for browsers without JavaScript or WebAssembly, rendered
//! from the case data so it is never written twice.

use std::path::Path;

use gambit_core::content::ContentFiles;
use gambit_core::{markup, Case};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let files = ContentFiles::read_dir(&root).expect("the content folder");
    let case = Case::load(&files, "en").unwrap_or_else(|errors| panic!("the content is broken:\n{errors}"));
    print!("{}", markup::noscript(&case));
}
