//! In-browser tests of the app, run by wasm-bindgen-test in headless Chromium (`cargo xtask test`).
#![cfg(target_arch = "wasm32")]

use ai_gambit::views::App;
use gambit_core::content::{Assumption, Control, Ref, Table};
use leptos::task::tick;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app, opened with the link query `query`, into a fresh element of the test page; the handle keeps it
/// mounted.
fn mount(query: &str) -> (Element, impl Drop) {
    let window = web_sys::window().unwrap();
    // At the site's root: an earlier test may have left the address on a step's own path.
    let path = window.location().pathname().unwrap();
    let root = gambit_core::url::split_path(&path).0.to_string();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some(&format!("{root}?{query}")))
        .unwrap();
    let document = window.document().unwrap();
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
    let case = ai_gambit::content::case();
    // The first step with an assumption to flip; its words come from the content.
    let (step, a) = case
        .steps
        .iter()
        .find_map(|s| {
            s.data.controls.iter().find_map(|c| match c.control() {
                Control::Assumption(a) => Some((s, a)),
                _ => None,
            })
        })
        .expect("a step with an assumption");
    let assumption = &case.model.assumptions[a];
    let (root, _mounted) = mount(&format!("step={}", step.data.id));
    assert_eq!(text(&root, "h2"), step.text.title.to_string());
    assert_eq!(text(&root, "main fieldset legend"), assumption.text.label.to_string());
    assert_eq!(
        root.query_selector_all("main fieldset input[type=radio]")
            .unwrap()
            .length() as usize,
        assumption.option_ids().count()
    );
    let buttons: Vec<String> = (0..2)
        .map(|i| text(&root, &format!(".step-nav button:nth-of-type({})", i + 1)))
        .collect();
    let ui = &case.meta.ui;
    assert_eq!(buttons, [ui.previous.to_string(), ui.next.to_string()]);
}

#[wasm_bindgen_test]
async fn flipping_chip_access_updates_the_view_and_the_sentence() {
    let (root, _mounted) = mount("step=independent-kingdoms");
    let pool = || find(&root, ".pool-gauge").get_attribute("data-value").unwrap();
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
async fn every_step_renders_its_own_title_body_and_claims_with_sources() {
    let case = ai_gambit::content::case();
    let (root, _mounted) = mount("");
    let next: HtmlElement = find(&root, ".step-nav button:last-of-type").unchecked_into();
    for (n, step) in case.steps.iter().enumerate() {
        assert_eq!(text(&root, "h2"), step.text.title, "step {n}");
        assert!(
            text(&root, ".step-body").starts_with(step.text.body[0].as_ref()),
            "step {n}"
        );
        let claims = root.query_selector_all(".claim").unwrap();
        assert_eq!(claims.length() as usize, step.data.claims.len(), "step {n}");
        for i in 0..claims.length() {
            let claim: Element = claims.item(i).unwrap().unchecked_into();
            let data = &case.claims[step.data.claims[i as usize].id()];
            assert_eq!(find(&claim, ".claim-text").text_content().unwrap(), data.text.text);
            assert_eq!(
                find(&claim, ".cite").text_content().unwrap(),
                data.data.paragraphs.join(&case.meta.ui.punctuation.list)
            );
            assert_eq!(
                find(&claim, ".confidence").text_content().unwrap(),
                case.confidence_label(data.data.confidence)
            );
        }
        assert_eq!(
            root.query_selector_all(".figure").unwrap().length() as usize,
            step.data.figures.len(),
            "step {n}"
        );
        assert_eq!(
            root.query_selector_all(".entity").unwrap().length() as usize,
            step.data.entities.len(),
            "step {n}"
        );
        assert_eq!(
            root.query_selector_all(".terms dt").unwrap().length() as usize,
            step.data.terms.len(),
            "step {n}"
        );
        next.click();
        tick().await;
    }
    assert_eq!(
        next.get_attribute("aria-disabled").as_deref(),
        Some("true"),
        "Next is disabled on the last step"
    );
}

/// Every outcome bar's value, in page order.
fn bar_values(root: &Element) -> Vec<String> {
    let bars = root.query_selector_all(".outcome").unwrap();
    (0..bars.length())
        .map(|i| {
            bars.item(i)
                .unwrap()
                .unchecked_into::<Element>()
                .get_attribute("data-value")
                .unwrap()
        })
        .collect()
}

/// Every assumption is a control of some step whose words follow it, as its scenario sentence (`varies_with`) or
/// the few words after it (`also_varies_with`): flipping it there changes both the sentence and the chart.
#[wasm_bindgen_test]
async fn every_assumption_has_a_step_where_flipping_it_changes_a_chart_and_a_sentence() {
    let case = ai_gambit::content::case();
    for (a, assumption) in case.model.assumptions.with_ids() {
        let id = &assumption.data.id;
        let follows = |v: Option<&Ref<Assumption>>| v.is_some_and(|v| v.id() == a);
        let step = case
            .steps
            .iter()
            .find(|s| {
                (follows(s.data.varies_with.as_ref()) || follows(s.data.also_varies_with.as_ref()))
                    && s.data.controls.iter().any(|c| c.control() == Control::Assumption(a))
            })
            .unwrap_or_else(|| panic!("no step's words vary with `{id}`"));
        let (root, _mounted) = mount(&format!("step={}", step.data.id));
        let (sentence, bars) = (text(&root, ".scenario-sentence"), bar_values(&root));
        assert!(!bars.is_empty(), "step `{}` shows no chart for `{id}`", step.data.id);
        for o in assumption.option_ids().filter(|&o| o != assumption.default()) {
            let option = assumption.option_key(o);
            let input = format!("input[name=assumption-{id}][value={option}]");
            find(&root, &input).unchecked_into::<HtmlElement>().click();
            tick().await;
            assert_ne!(
                text(&root, ".scenario-sentence"),
                sentence,
                "`{id}` = `{option}` ({o:?}) keeps the sentence"
            );
            assert_ne!(
                bar_values(&root),
                bars,
                "`{id}` = `{option}` leaves the chart as it was"
            );
        }
    }
}

#[wasm_bindgen_test]
async fn moving_the_spending_slider_changes_the_bars_and_its_reading() {
    let (root, _mounted) = mount("step=cost-of-ambition");
    let (bars, reading) = (bar_values(&root), text(&root, ".slider-value"));
    let slider: HtmlInputElement = find(&root, "input[type=range]").unchecked_into();
    slider.set_value("35");
    slider.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
    tick().await;
    assert_ne!(bar_values(&root), bars);
    assert_ne!(text(&root, ".slider-value"), reading);
    assert!(text(&root, ".slider-value").contains("35"));
}

#[wasm_bindgen_test]
async fn the_dashboard_names_an_ending_that_follows_the_scenario() {
    use gambit_core::model::{evaluate, Scenario};
    let case = ai_gambit::content::case();
    let model = &case.model;
    // The step with the most controls (the dashboard), and the named scenario that sets the most assumptions,
    // set one click at a time: after each, the ending is the core's for the scenario so far.
    let step = case.steps.iter().max_by_key(|s| s.data.controls.len()).unwrap();
    let (_, preset) = model
        .presets
        .with_ids()
        .max_by_key(|(_, p)| p.data.choices.iter().count())
        .unwrap();
    let (root, _mounted) = mount(&format!("step={}", step.data.id));
    let ending = || find(&root, ".ending").get_attribute("data-ending").unwrap();
    let expected = |scenario: &Scenario| model.endings[evaluate(model, scenario).ending].data.id.to_string();
    let mut scenario = Scenario::defaults(model);
    assert_eq!(ending(), expected(&scenario));
    let mut endings = vec![ending()];
    for (assumption, option) in preset.data.choices.iter() {
        let (a, o) = (assumption.id(), option.id());
        let data = &model.assumptions[a];
        let input = format!("input[name=assumption-{}][value={}]", data.data.id, data.option_key(o));
        find(&root, &input).unchecked_into::<HtmlElement>().click();
        tick().await;
        scenario[a] = o;
        assert_eq!(ending(), expected(&scenario), "after {input}");
        endings.push(ending());
    }
    endings.dedup();
    assert!(
        endings.len() > 1,
        "the named scenario never changed the ending: {endings:?}"
    );
}

/// Resolves after the browser's next task: a callback set to run at once has run by then.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// The app's panic hook, installed as the app installs it, runs on a real panic (which ends the callback it
/// happens in: wasm has no unwinding) and leaves one message with a reload link, however many panics follow.
#[wasm_bindgen_test]
async fn a_panic_runs_the_hook_which_leaves_a_message_with_a_reload_link_once() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    // The app's hook stays installed after: wasm cannot unwind, so the panics below leave the thread "panicking",
    // where the hook can no longer be changed. It reports a later test's panic as well (to the console).
    ai_gambit::panic::install();
    // Two panics in callbacks the browser calls, as an event handler's would be; each ends its callback, and the
    // browser reports the error of each.
    for _ in 0..2 {
        let boom = wasm_bindgen::closure::Closure::once_into_js(|| -> () { panic!("a panic planted by the test") });
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(boom.unchecked_ref(), 0)
            .unwrap();
        next_task().await;
    }
    let panels = document.query_selector_all(".panic[role=alert]").unwrap();
    assert_eq!(panels.length(), 1, "the hook left no message, or more than one");
    let panel: Element = panels.item(0).unwrap().unchecked_into();
    let link = find(&panel, "a");
    assert_eq!(link.get_attribute("href").unwrap(), window.location().href().unwrap());
    let ui = &ai_gambit::content::case().meta.ui;
    assert_eq!(link.text_content().unwrap(), ui.reload.to_string());
    assert!(panel.text_content().unwrap().starts_with(ui.panic.as_ref()));
    panel.remove();
}
