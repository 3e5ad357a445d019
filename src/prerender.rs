//! The app's first render of an address as HTML, natively (the `ssr` feature): what `cargo xtask dist` puts in each
//! page, so the readable page a reader sees before the app starts, and all they see without script, is the app's
//! own markup for that address. The app replaces it when it starts (`crate::mount`).

use std::sync::Arc;

use gambit_core::markup::STATIC_PAGE_ID;
use gambit_core::phrase::escape;
use gambit_core::url;
use hydration_context::SsrSharedContext;
use leptos::prelude::*;

use crate::{content, link, views};

/// The page at `address` (from the language's root: `""`, `steps/<id>/`, `embeds/<id>/dark/`, with any query), in
/// language `lang`, as the app first renders it, in the readable page's box: the notes `public/start.js` may show
/// are in its `data-` attributes, in the page's language, with the address rendered (`data-address`), and a reader
/// without script is told what needs it (an embeddable page's view says so itself, `NoScriptNote`). `site`, where
/// known, is the address the language's folder is served from. The address and the language are the render's
/// context ([`link::NativeAddress`], [`content::Bundle`]), given afresh to each render: nothing of one render is left
/// for the next. An error for a language the build does not bundle.
pub fn page(lang: &str, address: &str, site: Option<&str>) -> Result<String, String> {
    let bundle = content::Bundle::of(lang).ok_or_else(|| format!("no language `{lang}` in this build"))?;
    let (path, query) = url::split_address(address);
    // The page's links lead from its own folder back to the root, so `dist/` works from any folder.
    let native = link::NativeAddress {
        path: url::at(&url::up_to_root(address), path),
        query: query.to_string(),
        site: site.map(str::to_string),
    };
    // A server's context: Leptos then adds no browser listener (`window_event_listener`), and runs no effect.
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let html = owner.with(|| {
        provide_context(bundle);
        provide_context(native);
        view! { <views::App /> }.to_html()
    });
    let html = without_markers(&html);
    let ui = &bundle.case.meta.ui;
    let load = &ui.load;
    let noscript = if url::is_embed_address(address) {
        String::new()
    } else {
        format!(
            r#"<noscript><p class="load-note">{}</p></noscript>"#,
            escape(&ui.noscript)
        )
    };
    Ok(format!(
        r#"<div id="{STATIC_PAGE_ID}" class="static-page" data-address="{}" data-slow="{}" data-failed="{}" data-unsupported="{}" data-retry="{}">{noscript}{html}</div>"#,
        escape(address),
        escape(&load.slow),
        escape(&load.failed),
        escape(&load.unsupported),
        escape(&load.retry),
    ))
}

/// `html` without the comments Leptos leaves for hydration (`<!>` between two texts, `<!--<() />-->` in debug
/// builds), which the app does not do: it replaces the page. `<!>` is not even a valid comment (validators call it
/// bogus), and nothing the app renders holds one otherwise.
fn without_markers(html: &str) -> String {
    let mut out = html.replace("<!>", "");
    while let Some(start) = out.find("<!--<") {
        match out[start..].find("-->") {
            Some(end) => out.replace_range(start..start + end + 3, ""),
            None => break,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{page, without_markers};
    use crate::content::Bundle;
    use gambit_core::content::Table;
    use gambit_core::markup::scenario_changes;
    use gambit_core::phrase::{escape, fill};
    use gambit_core::url::{embed_address, embed_variants};

    /// Each render reads the address and the language it is given, never the one before it: a step's page, then
    /// the first page, then an embed, in both languages, each with its own links, title and language.
    #[test]
    fn each_render_reads_its_own_address_and_language() {
        let en = Bundle::of("en").expect("English").case;
        let zh = Bundle::of("zh-Hans").expect("Chinese").case;
        let chips = en.step_by_key("chip-chokehold").expect("the chip step");
        let first = en.steps.ids().next().expect("a first step");
        let heading = |case: &gambit_core::Case, step: gambit_core::content::StepId| {
            format!(">{}</h2>", escape(&case.steps[step].text.title))
        };
        let step_page = page("en", "steps/chip-chokehold/", None).unwrap();
        assert!(step_page.contains(&heading(en, chips)), "{step_page}");
        assert!(
            step_page.contains(r#"href="../../zh-Hans/steps/chip-chokehold/"#),
            "{step_page}"
        );
        let first_page = page("en", "", None).unwrap();
        assert!(first_page.contains(&heading(en, first)), "{first_page}");
        assert!(
            !first_page.contains(&heading(en, chips)),
            "the chip step's address was reused: {first_page}"
        );
        assert!(
            !first_page.contains(r#"href="../"#),
            "a step page's root was reused: {first_page}"
        );
        let chinese = page("zh-Hans", "steps/chip-chokehold/", None).unwrap();
        assert!(chinese.contains(&heading(zh, chips)), "{chinese}");
        assert!(chinese.contains(&*escape(&zh.meta.title)), "{chinese}");
        assert!(!chinese.contains(&*escape(&en.meta.title)), "{chinese}");
        let embed = page("en", "embeds/chip-chokehold/?v=1&embed=1&controls=0", None).unwrap();
        assert!(embed.contains(r#"<main class="embedded">"#), "{embed}");
        assert!(
            !page("en", "", None).unwrap().contains("embedded"),
            "the embed's address was reused"
        );
        assert!(page("fr", "", None).is_err());
    }

    /// An embeddable page's copy is the embedded view at the copy's scenario, without its controls: the credit and
    /// the link at that scenario first, the scenario named in a line, the outcomes' bars with their values (other
    /// than 2025's), and, for a frame without script, a note that it is fixed with the whole explainer's address as
    /// text (absolute where the site is known). The plain page says it shows 2025.
    #[test]
    fn an_embeddable_copy_shows_its_scenario_with_the_address_as_text() {
        let case = Bundle::of("en").unwrap().case;
        let ui = &case.meta.ui.share;
        let chips = case.step_by_key("chip-chokehold").unwrap();
        let variants = embed_variants(case, chips);
        let copy = variants
            .iter()
            .find(|v| v.folder == "chips-domestic-dark/")
            .expect("the copy");
        let plain = variants.iter().find(|v| v.folder.is_empty()).expect("the plain page");
        let html = page("en", &embed_address(case, chips, copy), Some("https://x.test/g/")).unwrap();
        let line = fill(
            &ui.scenario_line,
            &[("changes", &scenario_changes(case, &copy.scenario).join(""))],
        );
        let credit = html.find(r#"<p class="open-full">"#).expect("the credit");
        assert!(
            credit < html.find("scenario-line").expect("the scenario line"),
            "{html}"
        );
        for expected in [
            escape(&line),
            format!(
                r#"<noscript><p role="note" class="no-script-note">{}"#,
                escape(&ui.embed_no_script_fixed)
            ),
            r#"href="https://x.test/g/steps/chip-chokehold/?v=1&amp;chips=domestic""#.to_string(),
            ">https://x.test/g/steps/chip-chokehold/?v=1&amp;chips=domestic</a>".to_string(),
            r#"href="../../../steps/chip-chokehold/?v=1&amp;chips=domestic""#.to_string(),
            r#"<div class="stage-controls locked">"#.to_string(),
        ] {
            assert!(html.contains(&expected), "{expected} not in {html}");
        }
        assert!(!html.contains(r#"class="controls""#), "{html}");
        let compute = |page: &str| {
            let at = page.find(r#"data-outcome="compute""#).expect("compute's bar");
            let value = &page[at..][page[at..].find("data-value=\"").expect("its value") + 12..];
            value[..value.find('"').unwrap()].to_string()
        };
        let plain = page("en", &embed_address(case, chips, plain), None).unwrap();
        assert_ne!(compute(&html), compute(&plain));
        let note = format!(
            r#"{} <a href="../../steps/chip-chokehold/?v=1" target="_blank" rel="noopener">../../steps/chip-chokehold/?v=1</a>"#,
            escape(&ui.embed_no_script)
        );
        assert!(plain.contains(&note), "{note} not in {plain}");
    }

    #[test]
    fn leptos_markers_are_left_out_and_nothing_else() {
        let html = r#"<p>a<!>b<!--<() />--></p><textarea>x</textarea><!-- kept -->"#;
        assert_eq!(without_markers(html), "<p>ab</p><textarea>x</textarea><!-- kept -->");
    }
}
