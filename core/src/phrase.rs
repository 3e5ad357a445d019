//! Small pieces of reader-facing text, joined by the case language's own punctuation (its colon, brackets, list
//! mark and arrow), `{placeholder}` filling and HTML escaping: what the drawings, the pages and the app's views all
//! build their sentences from.

use crate::content::{Case, Confidence, Relation, RelationKind};

/// The mark of a rule or slope that is our judgement rather than the article's statement: the name of the
/// confidence kind "our model's assumption", so it reads the same as on the claims.
pub fn ours_tag(case: &Case) -> &str {
    case.confidence_label(Confidence::ModelAssumption)
}

/// `label` then `value`, with the colon of the case's language between them ("Chip access: Domestic chips only",
/// "芯片获取：仅国产芯片").
pub fn labelled(case: &Case, label: &str, value: &str) -> String {
    format!("{label}{}{value}", case.meta.ui.punctuation.colon)
}

/// `text` with `aside` in the brackets of the case's language ("Open (P3)", "畅通（P3）"); a sentence in the
/// brackets drops the end mark the language drops there ("不受限制（出口管制解除）", not "…解除。）").
///
/// A phrase takes one pair of brackets: a `text` that already ends in the template's closing bracket takes the
/// aside inside it, after the language's clause mark ("悬而未决（同2025年；既不加分，也不减分）"), never a second
/// pair after the first ("悬而未决（同2025年）（既不加分…）", Chinese review 22, N8).
pub fn aside(case: &Case, text: &str, aside: &str) -> String {
    let punctuation = &case.meta.ui.punctuation;
    let closed = &punctuation.closed;
    let aside = if closed.is_empty() {
        aside
    } else {
        aside.strip_suffix(&**closed).unwrap_or(aside)
    };
    let close = punctuation.aside.split_once("{aside}").map_or("", |(_, close)| close);
    match text.strip_suffix(close) {
        Some(open) if !close.is_empty() => format!("{open}{}{aside}{close}", punctuation.clauses),
        _ => fill(&punctuation.aside, &[("text", text), ("aside", aside)]),
    }
}

/// A change from `from` to `to` as the case's language writes it ("55 → 30", "55→30").
pub fn change(case: &Case, from: &str, to: &str) -> String {
    fill(&case.meta.ui.punctuation.to, &[("from", from), ("to", to)])
}

/// A change in score with its sign, as the case's language writes it ("+10", "-25"; "+10", "−25" with the true
/// minus sign in Chinese).
pub fn signed(case: &Case, delta: i32) -> String {
    if delta < 0 {
        format!("{}{}", case.meta.ui.punctuation.minus, delta.unsigned_abs())
    } else {
        format!("{delta:+}")
    }
}

/// A signed change in points, for a line that names no unit of its own ("-25"; "−25分").
pub fn points(case: &Case, delta: i32) -> String {
    fill(&case.meta.ui.punctuation.points, &[("delta", &signed(case, delta))])
}

/// Paragraph references as a list in the case's language ("P3, P5", "P3、P5"), in the article's order and each
/// once, whatever order they come in: the lists the core gathers from several records (the pressures, an ending's
/// conditions) read "P11, P19, P23, P24", not "P19, P23, P11, P24" (Chinese review 23, N18).
pub fn cites(case: &Case, paragraphs: &[impl AsRef<str>]) -> String {
    let mut ordered: Vec<&str> = paragraphs.iter().map(AsRef::as_ref).collect();
    ordered.sort_by_key(|p| paragraph_number(p));
    ordered.dedup();
    ordered.join(&case.meta.ui.punctuation.list)
}

/// A paragraph key's number ("P12" → 12), for putting references in the article's order.
pub fn paragraph_number(key: &str) -> u32 {
    key.trim_start_matches('P').parse().unwrap_or(0)
}

/// Items as a list in a sentence of the case's language, the last two joined by its "and" ("Flow and Stone",
/// "A, B and C"; 「Flow和Stone」).
pub fn series(case: &Case, items: &[impl AsRef<str>]) -> String {
    joined(case, items, &case.meta.ui.punctuation.and)
}

/// Items as a list in a sentence of the case's language where any one of them counts, the last two joined by its
/// "or" ("Forced sale or Ban", 「强制出售或被禁」: 、 reads as "and", Chinese review 34, N11).
pub fn alternatives(case: &Case, items: &[impl AsRef<str>]) -> String {
    joined(case, items, &case.meta.ui.punctuation.or)
}

/// Items joined by the language's list mark, the last two by `last` (its "and" or its "or").
fn joined(case: &Case, items: &[impl AsRef<str>], last: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., final_item] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!(
                "{}{last}{}",
                rest.join(&case.meta.ui.punctuation.list),
                final_item.as_ref()
            )
        }
    }
}

/// An entity's relations as its briefing reads them: those of one kind together, their names as one list in
/// the kind's wording ("reports to Liang Rubo and Zhang Yiming", 「向梁汝波和张一鸣汇报」, not the verb once per
/// name), the kinds in the order of [`RelationKind`] (where it belongs first), parted by its notes mark.
pub fn relations(case: &Case, relations: &[Relation]) -> String {
    RelationKind::ALL
        .iter()
        .filter_map(|kind| {
            let names: Vec<&str> = relations
                .iter()
                .filter(|r| r.kind == *kind)
                .map(|r| case.entity_name(r.to.id()))
                .collect();
            let wording = case.meta.relations.get(kind).map_or("", |w| w.as_ref());
            (!names.is_empty()).then(|| fill(wording, &[("name", &series(case, &names))]))
        })
        .collect::<Vec<_>>()
        .join(&case.meta.ui.punctuation.notes)
}

/// `text` with the characters that are special in HTML escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A piece of a template: words the template writes, or a `{name}` placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Slot(&'a str),
}

/// `template` cut at its `{name}` placeholders, in order, for a view that puts an element of its own in each
/// place (a bold trigger, a step's number): "{trigger}（{delta}）" is the slot `trigger`, the text "（", the slot
/// `delta` and the text "）". A brace that opens no placeholder (a name of letters, digits and `_`) is text.
pub fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut text_from = 0;
    let mut at = 0;
    while let Some(open) = template[at..].find('{').map(|i| at + i) {
        let name_len = template[open + 1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(template.len() - open - 1);
        let close = open + 1 + name_len;
        if name_len > 0 && template[close..].starts_with('}') {
            if open > text_from {
                out.push(Piece::Text(&template[text_from..open]));
            }
            out.push(Piece::Slot(&template[open + 1..close]));
            text_from = close + 1;
            at = close + 1;
        } else {
            at = open + 1;
        }
    }
    if text_from < template.len() {
        out.push(Piece::Text(&template[text_from..]));
    }
    out
}

/// Fills `{name}` placeholders in `template` from `values`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| {
        replace_placeholder(&text, name, value)
    })
}

/// Fills a slider's reading (`sliders.json` `value`, the spending scale's `tick`) with `value`: `{value}` is the
/// number itself (billions: "$25 billion a year"), `{value_x10}` the number times ten, for a language that counts
/// billions in 亿 (250亿美元). Chinese review 21 (N24): the edition wrote `{value}0`, a zero appended to the digits,
/// which reads 00亿 for 0; the product is right for every whole number.
pub fn fill_value(template: &str, value: i32) -> String {
    let tenfold = i64::from(value) * 10;
    fill(
        template,
        &[("value", &value.to_string()), ("value_x10", &tenfold.to_string())],
    )
}

/// `text` with every `{name}` replaced by `value`, left to right, as `str::replace` would; written out so that
/// the app carries no substring searcher for it.
fn replace_placeholder(text: &str, name: &str, value: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.strip_prefix(name).and_then(|tail| tail.strip_prefix('}')) {
            Some(tail) => {
                out.push_str(&rest[..open]);
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_fills_as_itself_and_tenfold_for_a_language_counting_in_yi() {
        assert_eq!(fill_value("${value} billion a year", 25), "$25 billion a year");
        assert_eq!(fill_value("{value_x10}亿美元", 25), "250亿美元");
        assert_eq!(fill_value("{value_x10}亿美元", 0), "0亿美元");
        assert_eq!(fill_value("{value_x10}亿美元", -4), "-40亿美元");
        assert_eq!(fill_value("{value_x10}", i32::MAX), "21474836470");
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<b>"Tom" & 'Jerry'</b>"#),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
    }

    #[test]
    fn a_template_is_cut_at_its_placeholders_and_filled_again_reads_as_fill() {
        use Piece::{Slot, Text};
        assert_eq!(
            pieces("{trigger}（{delta}）"),
            [Slot("trigger"), Text("（"), Slot("delta"), Text("）")]
        );
        assert_eq!(pieces("{delta} {trigger}"), [Slot("delta"), Text(" "), Slot("trigger")]);
        assert_eq!(pieces("第{n}步："), [Text("第"), Slot("n"), Text("步：")]);
        assert_eq!(pieces("{ {} {a b} {x"), [Text("{ {} {a b} {x")]);
        assert_eq!(pieces(""), []);
        let values = [("trigger", "T"), ("delta", "+1"), ("n", "3")];
        for template in [
            "{trigger}（{delta}）",
            "{delta} {trigger}",
            "Step {n}: ",
            "{n}{n}",
            "a{x}c{n}",
            "{é}{n}",
        ] {
            let joined: String = pieces(template)
                .into_iter()
                .map(|p| match p {
                    Text(t) => t.to_string(),
                    // A placeholder with no value stays as `fill` leaves it.
                    Slot(name) => values
                        .iter()
                        .find(|(n, _)| *n == name)
                        .map_or(format!("{{{name}}}"), |(_, v)| v.to_string()),
                })
                .collect();
            assert_eq!(joined, fill(template, &values), "{template:?}");
        }
    }

    #[test]
    fn placeholders_are_filled() {
        assert_eq!(fill("{a} and {b}, {a}", &[("a", "x"), ("b", "y")]), "x and y, x");
        assert_eq!(fill("{missing}", &[]), "{missing}");
    }

    #[test]
    fn a_placeholder_is_replaced_as_str_replace_would() {
        let texts = [
            "",
            "{",
            "}",
            "{a",
            "a}",
            "{{a}}",
            "{a}{a}",
            "{ab}{a}",
            "{a}b}",
            "x{a}y{b}z{",
            "{é}{a}é",
            "{}",
        ];
        for text in texts {
            for (name, value) in [("a", "1"), ("a", "{a}"), ("a", ""), ("é", "e"), ("", "0")] {
                assert_eq!(
                    replace_placeholder(text, name, value),
                    text.replace(&format!("{{{name}}}"), value),
                    "{text:?} {name:?} {value:?}"
                );
            }
        }
        // Later names are filled in values put in by earlier ones, as before.
        assert_eq!(fill("{a}", &[("a", "{b}"), ("b", "x")]), "x");
    }
}
