//! The case bundled into the app: `build.rs` validates `content/` and writes it as Rust statics, included here.
//! Nothing is parsed at start-up, and a broken content file fails the build instead of blanking a view.

use gambit_core::content::*;
use std::borrow::Cow;

include!(concat!(env!("OUT_DIR"), "/case.rs"));

/// The case in the language this build bundles (`AI_GAMBIT_LANG`, see `build.rs`).
#[cfg(not(feature = "ssr"))]
pub fn case() -> &'static Case {
    &CASE
}

/// "How this works" as markup (`gambit_core::markup::model_page`), in the bundled language.
#[cfg(not(feature = "ssr"))]
pub fn model_page_html() -> &'static str {
    MODEL_PAGE_HTML
}

/// A native render's language (the `ssr` build bundles every language, `CASES`): its case and "How this works",
/// given to the views by `crate::prerender::page` as a context.
#[cfg(feature = "ssr")]
#[derive(Clone, Copy, Debug)]
pub struct Bundle {
    pub case: &'static Case,
    pub model_page: &'static str,
}

#[cfg(feature = "ssr")]
impl Bundle {
    /// The bundle of language `lang` (`en`, `zh-Hans`), if the build has it.
    pub fn of(lang: &str) -> Option<Bundle> {
        CASES
            .iter()
            .find(|(l, _, _)| *l == lang)
            .map(|&(_, case, model_page)| Bundle { case, model_page })
    }

    /// The bundle the render in progress was given (`crate::prerender::page`).
    fn current() -> Bundle {
        leptos::prelude::use_context::<Bundle>().expect("a native render names its language (prerender::page)")
    }
}

/// The case of the language being rendered natively.
#[cfg(feature = "ssr")]
pub fn case() -> &'static Case {
    Bundle::current().case
}

/// "How this works" as markup, in the language being rendered natively.
#[cfg(feature = "ssr")]
pub fn model_page_html() -> &'static str {
    Bundle::current().model_page
}
