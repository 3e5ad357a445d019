//! Text made from the content, written once for every place that shows it:
//! - static markup, rendered to escaped HTML at build time: "How this works" (by `build.rs`, so the app carries the
//!   finished markup); for `cargo xtask dist`, each step page's title and description (the pages themselves,
//!   readable and embeddable, are the app's own native render, `src/prerender.rs`);
//! - the words the views render: a cause of an outcome, how far each ending is, a scenario's outcomes as CSV;
//! - the embed code.
//!
//! By file: `model_page` ("How this works" and the tags' legend), `pages` (a step page's title and description),
//! `words` (causes, conditions, pressures, scenario lines, the compare page's differences), `reach` (how far each
//! ending is from a scenario, with its conditions met or not, in words and as markup), `downloads` (CSV, file
//! names, chart files); this file keeps the tab title, the progress line and the embed code.
//!
//! The small pieces they are built from (the language's punctuation, `{placeholder}` filling, HTML escaping) are in
//! [`crate::phrase`].

mod downloads;
mod model_page;
mod pages;
mod reach;
mod words;

use crate::content::{Case, StepId};
use crate::phrase::{escape, fill};

pub use downloads::*;
pub use model_page::*;
pub use pages::*;
pub use reach::*;
pub use words::*;

/// A page's title in the browser's tab: `place` then the explainer's name ("The chip chokehold · AI Gambit",
/// "芯片“卡脖子”｜AI豪赌").
pub fn tab_title(case: &Case, place: &str) -> String {
    format!("{place}{}{}", case.meta.ui.punctuation.separator, case.meta.title)
}

/// "Step 12 of 16": where `step` sits in the walkthrough, in words.
pub fn progress(case: &Case, step: StepId) -> String {
    fill(
        &case.meta.ui.progress,
        &[
            ("n", &(step.index() + 1).to_string()),
            ("total", &case.steps.len().to_string()),
        ],
    )
}

/// The type of the message an embedded page posts to its host with its height (`src/frame.rs`), which the embed
/// code listens for.
pub const HEIGHT_MESSAGE: &str = "ai-gambit:height";

/// The `sentinel` and `type` of the same height message in AMP's form (`amp-iframe` listens for it), posted by the
/// app (`src/frame.rs`) and by the readable page (`public/start.js`, told them by `crate::url::start_data`).
pub const AMP_SENTINEL: &str = "amp";
pub const AMP_MESSAGE: &str = "embed-size";

/// The class of an embedded step's credit line, whose link leads to the whole explainer (`src/views/app.rs`): the
/// readable page's quiet note in a sandboxed frame links where it does (`public/start.js`).
pub const OPEN_FULL_CLASS: &str = "open-full";

/// The class of the list of every step (`src/views/nav.rs`), which the readable page scrolls to the current step as
/// the app does (`public/start.js`).
pub const PROGRESS_LIST_CLASS: &str = "progress-list";

/// The attribute on the root of an embedded page whose link asks for no background of its own
/// (`crate::url::BACKGROUND_KEY`): set by the app (`src/views/theme.rs`) and by the readable page
/// (`public/start.js`), read by the stylesheet.
pub const BACKGROUND_ATTRIBUTE: &str = "data-background";

/// The attribute on the root that holds the theme the reader chose, or an embed's link fixed (`light`, `dark`;
/// absent: the system's): set by the app (`src/views/theme.rs`, and copied into the teacher's notes window) and by
/// the readable page before the app starts (`public/start.js`, told it by `crate::url::start_data`), read by the
/// stylesheet.
pub const THEME_ATTRIBUTE: &str = "data-theme";

/// The key under which the app keeps the reader's chosen theme in `localStorage` (`src/views/theme.rs`), which the
/// readable page reads too (`public/start.js`, told it by `crate::url::start_data`), so it looks as the app will.
pub const THEME_STORAGE_KEY: &str = "ai-gambit-theme";

/// The screen width (CSS pixels) of the phone whose embed height the code's CSS gives (measured in a 300-pixel
/// column, a sidebar's, narrower than the phone's own), and the width from which the column is the article's (720 pixels, measured for the wide height).
pub const EMBED_PHONE_SCREEN: u32 = 390;
pub const EMBED_WIDE_SCREEN: u32 = 760;

/// The code that embeds `src` in another page: an `<iframe>` titled `title`, and the script that sets its height
/// from the messages of type `message` it posts. Until it does (or for ever, where a site strips the script), the
/// frame's CSS height goes from `phone` pixels on a 390-pixel screen to `wide` pixels from a 760-pixel one, along a
/// line between (its content's height changes with its width), so a phone shows no gap under a desktop's height;
/// the `height` attribute, the taller, stands where a site strips the style too. Both values are escaped for their
/// attributes. The frame sends no referrer (`referrerpolicy="no-referrer"`, as the site's own pages do): the
/// explainer's host need not learn which article embeds it (journalist's eleventh try).
pub fn embed_code_for(src: &str, title: &str, message: &str, wide: u32, phone: u32) -> String {
    let tallest = wide.max(phone);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{tallest}\" style=\"border:0;{}\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>\n\
         <script>addEventListener(\"message\",e=>{{if(e.data&&e.data.type===\"{message}\")\
         for(const f of document.querySelectorAll(\"iframe\"))if(f.contentWindow===e.source)f.style.height=e.data.height+\"px\"}})</script>",
        escape(src),
        escape(title),
        embed_css_height(wide, phone)
    )
}

/// `code` (from [`embed_code_for`]) for a page that paints no background of its own (`bg=transparent`): its frame
/// given the colour scheme of the page's root, `scheme` (`crate::url::Theme::colour_scheme`). Where the two differ,
/// browsers paint the frame's canvas opaque (CSS Color Adjustment), the very box the transparency is meant to remove.
pub fn with_transparent_frame(code: &str, scheme: &str) -> String {
    code.replacen("style=\"", &format!("style=\"color-scheme:{scheme};"), 1)
}

/// The CSS height of an embed code's frame: `phone` pixels on a 390-pixel screen, `wide` from a 760-pixel one,
/// along a line between (and no further either side).
pub fn embed_css_height(wide: u32, phone: u32) -> String {
    if wide == phone {
        return format!("height:{wide}px");
    }
    let slope = (f64::from(wide) - f64::from(phone)) / f64::from(EMBED_WIDE_SCREEN - EMBED_PHONE_SCREEN);
    format!(
        "height:clamp({}px,calc({phone}px + (100vw - {EMBED_PHONE_SCREEN}px) * {slope:.4}),{}px)",
        wide.min(phone),
        wide.max(phone)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embed_code_escapes_its_attributes() {
        let code = embed_code_for(
            "https://x.test/?a=1&b=\"2\"",
            "Tom & \"Jerry\" <3",
            "kind:height",
            700,
            700,
        );
        assert!(
            code.starts_with(
                "<iframe src=\"https://x.test/?a=1&amp;b=&quot;2&quot;\" title=\"Tom &amp; &quot;Jerry&quot; &lt;3\""
            ),
            "{code}"
        );
        assert!(code.contains("e.data.type===\"kind:height\""), "{code}");
        assert!(code.contains("height=\"700\""), "{code}");
        assert!(code.contains("style=\"border:0;height:700px\""), "{code}");
        assert!(code.contains(" referrerpolicy=\"no-referrer\">"), "{code}");
    }

    #[test]
    fn a_transparent_embeds_frame_takes_its_pages_colour_scheme() {
        let code = embed_code_for("https://x.test/", "T", "m", 700, 700);
        for scheme in ["dark", "light", "light dark"] {
            let framed = with_transparent_frame(&code, scheme);
            assert!(
                framed.starts_with(&format!("<iframe src=\"https://x.test/\" title=\"T\" width=\"100%\" height=\"700\" style=\"color-scheme:{scheme};border:0;height:700px\"")),
                "{framed}"
            );
            // Only the frame's style: the script is as it was.
            assert_eq!(framed.len(), code.len() + format!("color-scheme:{scheme};").len());
        }
    }

    #[test]
    fn the_embed_codes_css_height_goes_from_the_phones_to_the_columns() {
        let code = embed_code_for("https://x.test/", "T", "kind:height", 1110, 740);
        assert!(code.contains("height=\"1110\""), "{code}");
        // 370 px more over the 370 px from a 390-pixel screen to a 760-pixel one: 1 px a pixel.
        assert!(
            code.contains("style=\"border:0;height:clamp(740px,calc(740px + (100vw - 390px) * 1.0000),1110px)\""),
            "{code}"
        );
        // Taller on a phone than wide (narrow text wraps longer): the bounds stay in order, the attribute the taller.
        let css = embed_css_height(500, 685);
        assert_eq!(css, "height:clamp(500px,calc(685px + (100vw - 390px) * -0.5000),685px)");
        assert!(embed_code_for("https://x.test/", "T", "m", 500, 685).contains("height=\"685\""));
    }
}
