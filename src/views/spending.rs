//! Spending: the yearly AI budget on a scale, the reader's setting against the figure the article reports.

use gambit_core::content::{Label, Step, ViewKind};
use leptos::prelude::*;

use super::fill;
use super::svg::{line, text, ChartFrame, WIDTH};
use crate::state::Explainer;
const LEFT: i32 = 30;
const SPAN: i32 = 420;

#[component]
pub fn Spending(step: &'static Step) -> impl IntoView {
    let state = Explainer::get();
    let case = state.case;
    let view_text = case.view_text(ViewKind::Spending);
    let s = case.anchors.spending.id();
    let slider = &case.model.sliders[s];
    let d = &slider.data;
    let value = state.slider(s);
    let x = move |v: i32| LEFT + SPAN * (v - d.min) / (d.max - d.min).max(1);
    let reads = move |v: i32| fill(&slider.text.value, &[("value", &v.to_string())]);

    let mut scale = format!(r#"<rect class="bar-track" x="{LEFT}" y="56" width="{SPAN}" height="36" rx="6"/>"#);
    for v in (d.min..=d.max).filter(|v| v % 5 == 0) {
        line(&mut scale, x(v), 96, x(v), 104, "tick");
        text(&mut scale, x(v), 120, "role", &v.to_string());
    }
    line(&mut scale, x(d.default), 44, x(d.default), 100, "marker");
    text(&mut scale, x(d.default), 36, "caption", &slider.text.marker);
    text(&mut scale, WIDTH / 2, 144, "caption", view_text.label(Label::Unit));

    let alt = move || {
        fill(
            &view_text.alt,
            &[("value", &reads(value.get())), ("article", &reads(d.default))],
        )
    };
    view! {
        <ChartFrame kind=step.data.view scope=&step.data.id height=150 desc=Signal::derive(alt) still=scale>
            <rect class="bar-fill" x=LEFT y="56" width=move || x(value.get()) - LEFT height="36" rx="6" />
            <text x=LEFT y="20" class="pool-label">{move || reads(value.get())}</text>
        </ChartFrame>
    }
}
