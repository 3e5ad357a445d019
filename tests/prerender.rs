//! The native render's tests (`src/prerender.rs`, the `ssr` feature): an integration test rather than unit tests, so
//! that it links the same build of the app's library that `cargo xtask dist` runs the `prerender` binary with (unit
//! tests would compile the whole library a second time, as a test harness). Run with
//! `cargo test -p ai-gambit --no-default-features --features ssr --test prerender`.

use ai_gambit::content::Bundle;
use ai_gambit::prerender::{page, without_markers};
use gambit_core::content::Table;
use gambit_core::markup::{endings_reach, scenario_changes};
use gambit_core::model::Scenario;
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
        r#"href="https://x.test/g/steps/chip-chokehold/?v=1&amp;ask=0&amp;chips=domestic""#.to_string(),
        ">https://x.test/g/steps/chip-chokehold/?v=1&amp;ask=0&amp;chips=domestic</a>".to_string(),
        r#"href="../../../steps/chip-chokehold/?v=1&amp;ask=0&amp;chips=domestic""#.to_string(),
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
        r#"{} <a href="../../steps/chip-chokehold/?v=1&amp;ask=0" target="_blank" rel="noopener">../../steps/chip-chokehold/?v=1&amp;ask=0</a>"#,
        escape(&ui.embed_no_script)
    );
    assert!(plain.contains(&note), "{note} not in {plain}");
}

#[test]
fn leptos_markers_are_left_out_and_nothing_else() {
    let html = r#"<p>a<!>b<!--<() />--></p><textarea>x</textarea><!-- kept -->"#;
    assert_eq!(without_markers(html), "<p>ab</p><textarea>x</textarea><!-- kept -->");
}

/// The endings' list is drawn twice, in the same markup: as views on the last step (`src/views/reach.rs`) and by the
/// core for "How this works" (`markup::endings_reach`). At 2025's scenario the two are the same, in both languages,
/// but for how each escapes an apostrophe.
#[test]
fn the_last_steps_list_of_endings_is_how_this_works_markup_at_2025() {
    for lang in ["en", "zh-Hans"] {
        let case = Bundle::of(lang).expect("the language").case;
        let list = |html: &str| {
            let start = html.find(r#"<ul class="endings-reach">"#).expect("the endings' list");
            let end = start + html[start..].find("</details></li></ul>").expect("its end") + 20;
            html[start..end].to_string()
        };
        let step = page(lang, "steps/your-scenario/", None).unwrap();
        let core = endings_reach(case, &Scenario::defaults(&case.model));
        let apostrophes = |html: String| html.replace("&#39;", "'");
        assert_eq!(
            apostrophes(list(&without_markers(&step))),
            apostrophes(list(&core)),
            "{lang}"
        );
    }
}
