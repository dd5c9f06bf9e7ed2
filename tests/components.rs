//! Component tests in headless Chromium (wasm-bindgen-test), through the
//! `<oih-checklist>` element as a host page would use it. Run with
//! `make test-wasm`.
#![cfg(all(target_arch = "wasm32", feature = "widget"))]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Yew's scheduler and the element's microtasks run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

async fn add_widget(attributes: &[(&str, &str)]) -> (Element, ShadowRoot) {
    oih_checklist::web::start();
    let element = document().create_element("oih-checklist").unwrap();
    for (name, value) in attributes {
        element.set_attribute(name, value).unwrap();
    }
    document().body().unwrap().append_child(&element).unwrap();
    settle().await;
    let root = element
        .shadow_root()
        .expect("the widget renders in a shadow root");
    (element, root)
}

fn find(root: &ShadowRoot, selector: &str) -> Element {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} is rendered"))
}

fn level(root: &ShadowRoot) -> String {
    find(root, "section.oih-result")
        .get_attribute("data-level")
        .unwrap()
}

async fn click(root: &ShadowRoot, selector: &str) {
    find(root, selector).unchecked_into::<HtmlElement>().click();
    settle().await;
}

#[wasm_bindgen_test]
async fn clicks_inside_the_shadow_root_reach_yew() {
    let (element, root) = add_widget(&[]).await;
    assert_eq!(level(&root), "incomplete");
    click(&root, r#"input[name="oih-opioid_use"][value="current"]"#).await;
    assert_eq!(level(&root), "few_signs");
    click(&root, r#"input[name="oih-allodynia"][value="yes"]"#).await;
    assert_eq!(level(&root), "some_signs");
    click(&root, r#"input[name="oih-seizure"][value="yes"]"#).await;
    assert_eq!(level(&root), "urgent");
    assert!(root
        .query_selector(".oih-emergency[role=alert]")
        .unwrap()
        .is_some());
    element.remove();
    settle().await;
}

#[wasm_bindgen_test]
async fn typing_in_a_medicine_field_updates_the_total() {
    let (element, root) = add_widget(&[]).await;
    click(&root, "#oih-add-medicine").await;
    let select =
        find(&root, r#"select[id^="oih-drug-"]"#).unchecked_into::<web_sys::HtmlSelectElement>();
    select.set_value("morphine");
    select
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &bubbling()).unwrap())
        .unwrap();
    settle().await;
    let amount = find(&root, r#"input[id^="oih-amount-"]"#).unchecked_into::<HtmlInputElement>();
    amount.set_value("45");
    amount
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &bubbling()).unwrap())
        .unwrap();
    let times =
        find(&root, r#"select[id^="oih-times-"]"#).unchecked_into::<web_sys::HtmlSelectElement>();
    times.set_value("2");
    times
        .dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &bubbling()).unwrap())
        .unwrap();
    settle().await;
    assert!(find(&root, ".oih-mme-figure")
        .text_content()
        .unwrap()
        .contains("90 MME a day"));
    assert!(find(&root, ".oih-band")
        .text_content()
        .unwrap()
        .starts_with("90 MME a day or more"));
    element.remove();
    settle().await;
}

fn bubbling() -> web_sys::EventInit {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    init
}

#[wasm_bindgen_test]
async fn two_instances_keep_separate_answers() {
    let (first, a) = add_widget(&[]).await;
    let (second, b) = add_widget(&[]).await;
    click(&a, r#"input[name="oih-opioid_use"][value="never"]"#).await;
    click(&b, r#"input[name="oih-opioid_use"][value="current"]"#).await;
    assert_eq!(level(&a), "not_applicable");
    assert_eq!(level(&b), "few_signs");
    first.remove();
    second.remove();
    settle().await;
}

#[wasm_bindgen_test]
async fn headings_follow_the_heading_level_attribute() {
    let (element, root) = add_widget(&[("heading-level", "3")]).await;
    assert_eq!(find(&root, ".oih-title").tag_name(), "H3");
    assert_eq!(find(&root, "#oih-result-title").tag_name(), "H4");
    assert!(root.query_selector("h1, h2").unwrap().is_none());
    element.remove();
    settle().await;
}

#[wasm_bindgen_test]
async fn changing_an_attribute_re_renders_and_keeps_the_answers() {
    let (element, root) = add_widget(&[]).await;
    click(&root, r#"input[name="oih-opioid_use"][value="current"]"#).await;
    assert_eq!(find(&root, ".oih-title").tag_name(), "H2");
    element.set_attribute("heading-level", "4").unwrap();
    element.set_attribute("compact", "").unwrap();
    settle().await;
    assert_eq!(find(&root, ".oih-title").tag_name(), "H4");
    assert!(root.query_selector(".oih[data-compact]").unwrap().is_some());
    assert_eq!(level(&root), "few_signs", "the answers stay");
    element.remove();
    settle().await;
}

#[wasm_bindgen_test]
async fn removing_the_element_cleans_up_and_adding_it_again_works() {
    let (element, root) = add_widget(&[]).await;
    click(&root, r#"input[name="oih-opioid_use"][value="current"]"#).await;
    element.remove();
    settle().await;
    assert_eq!(
        root.child_element_count(),
        0,
        "the app is destroyed when removed"
    );
    document().body().unwrap().append_child(&element).unwrap();
    settle().await;
    assert_eq!(level(&root), "incomplete", "a fresh app on re-insertion");
    click(&root, r#"input[name="oih-opioid_use"][value="past"]"#).await;
    assert_eq!(level(&root), "not_applicable");
    element.remove();
    settle().await;
}
