//! In-browser tests of the app, run by wasm-bindgen-test in headless Chromium (`cargo xtask test`).
#![cfg(target_arch = "wasm32")]

use ai_gambit::views::App;
use leptos::task::tick;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element of the test page; the handle keeps it mounted.
fn mount() -> (Element, impl Drop) {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into::<HtmlElement>(), App);
    (root, handle)
}

fn find(root: &Element, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
}

fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_step_title_is_the_pages_h2_and_controls_are_fieldsets() {
    let (root, _mounted) = mount();
    assert_eq!(text(&root, "h2"), "Independent kingdoms");
    assert_eq!(text(&root, "fieldset legend"), "Chip access");
    assert_eq!(
        root.query_selector_all("fieldset input[type=radio]")
            .unwrap()
            .length(),
        3
    );
    let buttons: Vec<String> = (0..2)
        .map(|i| text(&root, &format!(".step-nav button:nth-of-type({})", i + 1)))
        .collect();
    assert_eq!(buttons, ["Previous", "Next"]);
}

#[wasm_bindgen_test]
async fn flipping_chip_access_updates_the_view_and_the_sentence() {
    let (root, _mounted) = mount();
    let pool = || find(&root, ".pool").get_attribute("data-value").unwrap();
    let level = || find(&root, ".pool-level").get_attribute("height").unwrap();
    let sentence = || text(&root, ".scenario-sentence");
    let (pool_before, level_before, sentence_before) = (pool(), level(), sentence());
    assert!(!sentence_before.is_empty());

    let domestic: HtmlInputElement = find(&root, "input[value=domestic]").unchecked_into();
    domestic.click();
    tick().await;
    assert!(domestic.checked());
    assert!(
        pool().parse::<i32>().unwrap() < pool_before.parse::<i32>().unwrap(),
        "{} -> {}",
        pool_before,
        pool()
    );
    assert_ne!(level(), level_before);
    assert_ne!(sentence(), sentence_before);
    assert!(text(&root, "svg desc").contains(&pool()));

    find(&root, "input[value=unrestricted]")
        .unchecked_into::<HtmlElement>()
        .click();
    tick().await;
    assert!(pool().parse::<i32>().unwrap() > pool_before.parse::<i32>().unwrap());
}

#[wasm_bindgen_test]
async fn every_claim_shows_its_paragraphs_and_confidence() {
    let (root, _mounted) = mount();
    let claims = root.query_selector_all(".claim").unwrap();
    assert!(claims.length() > 0);
    for i in 0..claims.length() {
        let claim: Element = claims.item(i).unwrap().unchecked_into();
        let cite = find(&claim, ".cite").text_content().unwrap();
        assert!(cite.starts_with('P'), "{cite}");
        assert!(!find(&claim, ".confidence")
            .text_content()
            .unwrap()
            .is_empty());
    }
}
