//! The case bundled into the app: `build.rs` validates `content/` and writes it as Rust statics, included here.
//! Nothing is parsed at start-up, and a broken content file fails the build instead of blanking a view.

use gambit_core::content::*;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/case.rs"));

/// The case in the language this build bundles (`AI_GAMBIT_LANG`, see `build.rs`).
pub fn case() -> &'static Case {
    &CASE
}
