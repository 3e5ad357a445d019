//! The case bundled into the app: `build.rs` validates `content/` and writes it as Rust statics, included here.
//! Nothing is parsed at start-up, and a broken content file fails the build instead of blanking a view.

#[allow(unused_imports)]
use gambit_core::content::*;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/case.rs"));

/// The markup of "How this works", rendered from the case when the app was built.
pub static MODEL_PAGE_HTML: &str = MODEL_PAGE_HTML_EN;

/// The case in English.
pub fn case() -> &'static Case {
    &CASE_EN
}
