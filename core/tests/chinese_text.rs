//! What the Chinese reader finally sees, as far as the core builds it: every text of the Chinese edition is put
//! together the way the pages put it together (How this works, every step's words with its title and
//! description, every step's scenario sentence for every option, every outcome's "Why?" with every cause, the
//! dashboard's levers, Compare's and the handout's lines, the CSV, every saved SVG and every preview card, under
//! the defaults, every preset and every single change), and the result may hold no half-width `: ( ) . , ; ? !`,
//! no space next to a Chinese character or mark, and no Latin word other than the names
//! `content/text/zh-Hans/terms.json` declares (and paragraph references, P12). A failure names the page and the
//! text. The app-only states (Why? panels open, Compare, the handout, an embedded step, present mode) are checked
//! in the browser by `e2e/chinese-text.test.mjs`.

use std::path::Path;

use gambit_core::content::{ContentFiles, Label, Table, Term, Terms, ViewKind};
use gambit_core::draw::{draw, preview, Fixed, Preview, Still};
use gambit_core::markup::{
    cause_words, change_words, chart_file, model_page, outcomes_csv, progress, scenario_changes, scenario_name,
    starting_point, step_description, step_page_title,
};
use gambit_core::model::{diff, evaluate, sensitivity, single_changes, Cause, Scenario};
use gambit_core::phrase::{change, cites, fill, fill_value, labelled, pieces, points, relations, series, Piece};
use gambit_core::Case;

const LANG: &str = "zh-Hans";

fn files() -> ContentFiles {
    ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content folder")
}

/// The Latin names the Chinese edition declares, longest first.
fn names(files: &ContentFiles) -> Vec<String> {
    let mut names = Terms::of(files, LANG).expect("a terms table").expect("readable").names;
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
}

/// A Chinese character or a mark of Chinese text (the CJK marks, the full-width forms, curly quotes, the dash and
/// the ellipsis).
fn chinese(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}'
        | '\u{2018}'..='\u{201d}' | '\u{2014}' | '\u{2026}')
}

/// Every problem of `text` as the Chinese reader sees it, each with the text around it.
fn problems(text: &str, names: &[String]) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let around = |i: usize| -> String {
        let from = i.saturating_sub(12);
        chars[from..(i + 12).min(chars.len())].iter().collect()
    };
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let digits = before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit());
        if ":().,;?!".contains(c) && !(c == '.' && digits) {
            found.push(format!("half-width {c:?} in «{}»", around(i)));
        }
        if c == ' ' && (before.is_some_and(chinese) || after.is_some_and(chinese)) {
            found.push(format!("a space next to a Chinese character in «{}»", around(i)));
        }
        // A negative number in Chinese text takes the minus sign − (review 8, #17), not the hyphen, which reads as
        // a dash beside the characters; a cell that is only a number (the CSV's change, for a spreadsheet) keeps
        // ASCII.
        let number = text.trim_start_matches(['+', '-']).chars().all(|d| d.is_ascii_digit());
        if c == '-'
            && after.is_some_and(|a| a.is_ascii_digit())
            && !before.is_some_and(|b| b.is_ascii_alphanumeric())
            && !number
        {
            found.push(format!("a hyphen as a minus sign in «{}»", around(i)));
        }
    }
    // Marks that meet badly when pieces are joined: a quotation wrapped in quotes again (one level of “” only; the
    // inner level is ‘’), and a sentence's 。 kept inside brackets in the middle of a sentence.
    for (i, pair) in chars.windows(2).enumerate() {
        match pair {
            ['“', '“'] | ['”', '”'] => found.push(format!("nested quotes in «{}»", around(i))),
            ['。', '）'] => found.push(format!("a 。 before ） in «{}»", around(i))),
            // Two asides back to back, one phrase with two pairs of brackets (an option whose label has its own,
            // then its description in brackets: Chinese review 22, N8).
            ['）', '（'] => found.push(format!("two bracket pairs back to back in «{}»", around(i))),
            _ => {}
        }
    }
    // 「如下」 announces what follows it, so a full stop may not cut it off from its list (「状况如下。英伟达…」).
    for (i, _) in text.match_indices("如下。") {
        let at = text[..i].chars().count();
        found.push(format!("a 。 after 如下 in «{}»", around(at)));
    }
    // Round brackets inside round brackets (an aside wrapped around a text with its own, 「（…（…）…）」), which
    // the punctuation norms (GB/T 15834) mark with another bracket at the inner level, and which read as a typo.
    let mut round = 0i32;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '（' => {
                round += 1;
                if round > 1 {
                    found.push(format!("round brackets inside round brackets in «{}»", around(i)));
                }
            }
            '）' => round = (round - 1).max(0),
            '\n' => round = 0,
            _ => {}
        }
    }
    // Two colons in one clause (a label before a text that has its own, 「承压：满足其中任意1个：…」), which the
    // punctuation norms (GB/T 15834) rule out. A list of labelled items parted by ； has one in each, and a colon
    // inside brackets or quotes belongs to the sentence there.
    let (mut depth, mut colons, mut start) = (0i32, 0, 0);
    for (i, &c) in chars.iter().chain(['\n'].iter()).enumerate() {
        match c {
            '（' | '“' => depth += 1,
            '）' | '”' => depth -= 1,
            '：' if depth == 0 => colons += 1,
            '。' | '！' | '？' | '；' | '\n' if depth == 0 => {
                if colons > 1 {
                    let clause: String = chars[start..i].iter().collect();
                    found.push(format!("two colons in one clause: «{clause}»"));
                }
                (colons, start) = (0, i + 1);
            }
            _ => {}
        }
    }
    // A clause said twice in a row (two joined pieces that each say it), at most a value apart ("起点：55。起点：").
    let clauses: Vec<&str> = text.split(|c| "，。；：！？\n".contains(c)).map(str::trim).collect();
    for (i, clause) in clauses.iter().enumerate() {
        let again = clauses[i.saturating_sub(2)..i].contains(clause);
        // Short labels (a chart's "供应有限" beside each chip) and bracketed causes of the same slider may repeat.
        let sentence_like = clause.chars().count() >= 6 && !clause.contains(['（', '）']);
        if sentence_like && again {
            found.push(format!("a clause repeated back to back: «{clause}»"));
        }
    }
    // Latin words, once the declared names and paragraph references are taken out.
    let mut rest = text.to_string();
    for name in names {
        rest = replace_word(&rest, name);
    }
    let mut word = String::new();
    for c in rest.chars().chain([' ']) {
        if c.is_ascii_alphabetic() || (!word.is_empty() && (c.is_ascii_alphanumeric() || c == '-')) {
            word.push(c);
        } else if !word.is_empty() {
            let reference = word.len() > 1 && word.starts_with('P') && word[1..].chars().all(|d| d.is_ascii_digit());
            if !reference {
                found.push(format!("the Latin word {word:?}"));
            }
            word.clear();
        }
    }
    found
}

/// `text` with `name` blanked wherever it stands as a whole word (not inside a longer Latin word).
fn replace_word(text: &str, name: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(name) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + name.len()..].chars().next();
        // A number before a name is a step number or a delta beside it ("12TikTok的阴影", "-5DeepSeek的成功").
        let inside = before.is_some_and(|c| c.is_ascii_alphabetic()) || after.is_some_and(|c| c.is_ascii_alphabetic());
        out.push_str(&rest[..at]);
        out.push_str(if inside { name } else { "\u{fffc}" });
        rest = &rest[at + name.len()..];
    }
    out.push_str(rest);
    out
}

/// The text of `markup` as a reader sees it: styles and scripts dropped, tags dropped, entities decoded, each
/// element's text on a line of its own so that two elements' texts do not run together.
fn visible(markup: &str) -> String {
    let mut out = String::new();
    let mut rest = markup;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let tag = &rest[open..];
        let skip_to = ["<style", "<script", "<title", "<desc"]
            .iter()
            .find(|t| tag.starts_with(**t))
            .map(|t| format!("</{}>", &t[1..]));
        match skip_to {
            // A title or description is read out: keep its text, on a line of its own.
            Some(close) if close == "</title>" || close == "</desc>" => {
                let start = tag.find('>').map_or(tag.len(), |e| e + 1);
                let end = tag.find(&close).unwrap_or(tag.len());
                out.push('\n');
                out.push_str(&tag[start..end]);
                out.push('\n');
                rest = &tag[(end + close.len()).min(tag.len())..];
            }
            Some(close) => rest = &tag[tag.find(&close).map_or(tag.len(), |e| e + close.len())..],
            None => {
                let end = tag.find('>').map_or(tag.len(), |e| e + 1);
                // Inline elements join their neighbours' text, as on the page, and so do the lines of SVG text (a
                // wrapped title); blocks start a line.
                let name: String = tag[1..]
                    .trim_start_matches('/')
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect();
                if name == "text" {
                    out.push('\u{1}');
                // Links are blocks here: the pages put none inside a sentence, and "上一步：…" "下一步：…" stand
                // apart (a flex row), not as one clause with two colons.
                } else if !matches!(name.as_str(), "strong" | "em" | "span" | "b" | "i") {
                    out.push('\n');
                }
                rest = &tag[end..];
            }
        }
    }
    out.push_str(rest);
    // Two lines of SVG text meet without a space, except between two Latin words ("Seed" / "Edge").
    let chars: Vec<char> = out.chars().collect();
    let out: String = chars
        .iter()
        .enumerate()
        .filter_map(|(i, &c)| {
            if c != '\u{1}' {
                return Some(c);
            }
            if i > 0 && chars[i - 1] == '\u{1}' {
                return None;
            }
            let before = chars[..i].iter().rev().find(|&&c| c != '\u{1}');
            let after = chars[i + 1..].iter().find(|&&c| c != '\u{1}');
            (before.is_some_and(|c| c.is_ascii_alphanumeric()) && after.is_some_and(|c| c.is_ascii_alphanumeric()))
                .then_some(' ')
        })
        .collect();
    out.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// One CSV's fields (RFC 4180), each a text the reader sees in a cell.
fn csv_fields(csv: &str) -> Vec<String> {
    let (mut fields, mut field, mut quoted, mut chars) = (Vec::new(), String::new(), false, csv.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',' | '\r' | '\n', false) => {
                if !(c == '\n' && field.is_empty() && fields.last().is_some_and(String::is_empty)) {
                    fields.push(std::mem::take(&mut field));
                }
            }
            _ => field.push(c),
        }
    }
    fields.push(field);
    fields.into_iter().filter(|f| !f.is_empty()).collect()
}

/// The defaults, every preset and every single change from the defaults, each with its name.
fn scenarios(case: &Case) -> Vec<(String, Scenario)> {
    let model = &case.model;
    let defaults = Scenario::defaults(model);
    let mut all = vec![("the defaults".to_string(), defaults.clone())];
    for (id, preset) in model.presets.with_ids() {
        all.push((format!("preset {}", preset.data.id), Scenario::preset(model, id)));
    }
    for change in single_changes(model, &defaults) {
        all.push((format!("{change:?}"), change.apply(&defaults)));
    }
    all
}

/// Every page state the core builds, as (page, text the reader sees).
fn pages(case: &Case) -> Vec<(String, String)> {
    let model = &case.model;
    let ui = &case.meta.ui;
    let mut pages = vec![("How this works".to_string(), visible(&model_page(case)))];
    for intro in ui.how.intro.iter() {
        pages.push(("How this works, intro".into(), intro.to_string()));
    }
    pages.push(("How this works, map legend".into(), ui.how.map_legend.to_string()));
    for (id, step) in case.steps.with_ids() {
        let name = &step.data.id;
        // The step's own words as its page shows them (the page itself is the app's render, compared with the
        // app in the browser by `e2e/prerender.test.mjs`): title, text, question, and each source with its tags.
        let mut words = vec![step.text.title.to_string(), step.text.question.to_string()];
        words.extend(step.text.body.iter().map(|p| p.to_string()));
        for claim in step.data.claims.iter().map(|c| &case.claims[c.id()]) {
            words.push(format!(
                "{}{}{}",
                claim.text.text,
                ui.punctuation.space,
                cites(case, &claim.data.paragraphs)
            ));
            words.push(case.confidence_label(claim.data.confidence).to_string());
        }
        pages.push((format!("step {name}, readable page"), words.join("\n")));
        pages.push((format!("step {name}, tab title"), step_page_title(case, id)));
        pages.push((format!("step {name}, description"), step_description(case, id)));
        pages.push((format!("step {name}, progress"), progress(case, id)));
        if let Some(a) = &step.data.varies_with {
            for option in model.assumptions[a.id()].option_ids() {
                pages.push((
                    format!("step {name}, scenario sentence {option:?}"),
                    step.text.variants.of(option).to_string(),
                ));
            }
        }
        if let Some(a) = &step.data.also_varies_with {
            for option in model.assumptions[a.id()].option_ids() {
                pages.push((
                    format!("step {name}, second scenario sentence {option:?}"),
                    step.text.also_variants.of(option).to_string(),
                ));
            }
        }
        for term in step.data.terms.iter().map(|t| &case.glossary[t.id()]) {
            let line = format!(
                "{}{}{}",
                term.text.definition,
                ui.punctuation.space,
                cites(case, &term.data.paragraphs)
            );
            pages.push((
                format!("step {name}, term {}", term.data.id),
                format!("{}\n{line}", term.text.term),
            ));
        }
        // The briefing's people, units and companies with their relations (`src/views/briefing.rs`).
        for entity in step.data.entities.iter().map(|e| &case.entities[e.id()]) {
            let line = relations(case, &entity.data.relations);
            pages.push((
                format!("step {name}, briefing of {}", entity.data.id),
                format!("{}\n{}\n{line}", entity.text.name, entity.text.role),
            ));
        }
        for figure in step.data.figures.iter().map(|f| &case.figures[f.id()]) {
            let source = [cites(case, &figure.data.paragraphs), ui.hedged.to_string()].join(&ui.punctuation.notes);
            pages.push((
                format!("step {name}, figure"),
                format!("{}\n{}\n{source}", figure.text.display, figure.text.label),
            ));
        }
    }
    // Every outcome's "Why?", and every cause as the panel shows it.
    for (id, outcome) in model.outcomes.with_ids() {
        pages.push((format!("Why? of {}", outcome.data.id), starting_point(case, id)));
    }
    let causes = model
        .rules
        .ids()
        .map(Cause::Rule)
        .chain(model.slopes.ids().flat_map(|slope| {
            [None, Some(25)].map(|value| Cause::Slope {
                slope,
                delta: -2,
                value,
            })
        }));
    for cause in causes {
        let w = cause_words(case, cause);
        let space = &ui.punctuation.space;
        let head = fill(
            &ui.punctuation.cause_head,
            &[("delta", &points(case, w.delta)), ("trigger", &w.trigger)],
        );
        let line = format!(
            "{head}{}{}{space}{}",
            ui.punctuation.stop,
            w.reason,
            cites(case, w.paragraphs)
        );
        pages.push((format!("Why?, cause {cause:?}"), line));
    }
    let all = scenarios(case);
    let defaults = Scenario::defaults(model);
    let style = "";
    for (scenario_label, scenario) in &all {
        // The CSV, cell by cell.
        for field in csv_fields(&outcomes_csv(case, case.steps.ids().last().expect("a step"), scenario)) {
            pages.push((format!("CSV under {scenario_label}"), field));
        }
        // The dashboard's levers.
        for lever in sensitivity(model, scenario).into_iter().flatten() {
            let what = change_words(case, lever.change);
            let line = labelled(
                case,
                &model.outcomes[lever.outcome].text.label,
                &fill(&ui.lever, &[("change", &what), ("delta", &points(case, lever.delta))]),
            );
            pages.push((format!("levers under {scenario_label}"), line));
        }
        // Compare against the defaults: what each assumes and each outcome that differs.
        for (x, a) in model.assumptions.with_ids() {
            if scenario[x] != defaults[x] {
                let line = labelled(case, &a.text.label, &a.option_text(scenario[x]).label);
                pages.push((format!("Compare / handout, assumes under {scenario_label}"), line));
            }
        }
        for (x, s) in model.sliders.with_ids() {
            let value = fill_value(&s.text.value, scenario[x]);
            pages.push((
                format!("Compare / handout, assumes under {scenario_label}"),
                labelled(case, &s.text.label, &value),
            ));
        }
        for c in diff(model, &defaults, scenario).outcomes {
            let line = labelled(
                case,
                &model.outcomes[c.outcome].text.label,
                &change(case, &c.from.to_string(), &c.to.to_string()),
            );
            pages.push((format!("Compare, differences under {scenario_label}"), line));
        }
        // The line over every step naming what the scenario changes (`src/views/scenario.rs`).
        let changes = scenario_changes(case, scenario);
        if !changes.is_empty() {
            let line = fill(
                &ui.share.scenario_line,
                &[("changes", &changes.join(&ui.punctuation.clauses))],
            );
            pages.push((format!("scenario line under {scenario_label}"), line));
        }
        let title = fill(&ui.share.handout_for, &[("scenario", scenario_name(case, scenario))]);
        pages.push((format!("handout under {scenario_label}"), title));
        let ending = &model.endings[evaluate(model, scenario).ending];
        pages.push((
            format!("ending under {scenario_label}"),
            format!("{}\n{}\n{}", ending.text.title, ending.text.summary, ending.text.reason),
        ));
        // Every step's saved chart and its preview card.
        for (id, step) in case.steps.with_ids() {
            let fixed = Fixed::new(case, scenario);
            if let Some(drawing) = draw(case, step, &fixed, Still::written()) {
                let svg = chart_file(case, id, scenario, &drawing, style);
                pages.push((
                    format!("saved SVG of {} under {scenario_label}", step.data.id),
                    visible(&svg),
                ));
            }
        }
    }
    for (id, step) in case.steps.with_ids() {
        let fixed_defaults = Fixed::new(case, &defaults);
        let drawing = draw(case, step, &fixed_defaults, Still::written());
        let card = preview(
            drawing.as_ref(),
            &Preview {
                brand: &case.meta.title,
                progress: &progress(case, id),
                title: &step.text.title,
                description: &step_description(case, id),
                note: &case.meta.ui.share.preview_note,
            },
            style,
        );
        pages.push((format!("preview image of {}", step.data.id), visible(&card)));
        for (n, s) in case.steps.with_ids() {
            let numbered = fill(
                &ui.punctuation.numbered,
                &[("n", &(n.index() + 1).to_string()), ("text", &s.text.title)],
            );
            if n == id {
                pages.push(("handout, step choices".into(), numbered));
            }
        }
    }
    pages.push((
        "embed and credit".into(),
        fill(&ui.share.embed_title, &[("title", &case.meta.title)]),
    ));
    pages.push((
        "embed and credit".into(),
        format!("{}{}{}", ui.share.credit, ui.punctuation.space, ui.share.open_full),
    ));
    pages.push((
        "masthead".into(),
        format!("{}\n{}\n{}", case.meta.title, case.meta.subtitle, case.meta.page_title),
    ));
    pages
}

/// Every text of the Chinese content files, by file and key: the UI's own words, each shown somewhere.
fn content_texts(files: &ContentFiles) -> Vec<(String, String)> {
    fn walk(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(s) => out.push((path, s.clone())),
            serde_json::Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    walk(item, format!("{path}.{i}"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, item) in map {
                    walk(item, format!("{path}.{k}"), out);
                }
            }
            _ => {}
        }
    }
    // Not shown as text: the language's tags and paths, the marks themselves, and the table. (The file-name slug
    // `own-scenario` is checked: terms.json declares it among the names, kept Latin like the rest of a file name.)
    let hidden = [".lang", ".other_language.lang"];
    let mut out = Vec::new();
    for path in files
        .paths()
        .filter(|p| p.starts_with("text/zh-Hans/") && !p.ends_with("/terms.json"))
    {
        let value: serde_json::Value = serde_json::from_str(files.get(path).unwrap()).unwrap();
        walk(&value, path.to_string(), &mut out);
    }
    out.retain(|(key, _)| !hidden.iter().any(|h| key.ends_with(h)) && !key.contains(".ui.punctuation."));
    // Placeholders are filled in by the code: `{value} / 100` reads "55 / 100".
    out.into_iter()
        .map(|(k, v)| {
            let mut filled = v.clone();
            while let (Some(a), Some(b)) = (filled.find('{'), filled.find('}')) {
                if b < a {
                    break;
                }
                filled.replace_range(a..=b, "0");
            }
            (k, filled)
        })
        .collect()
}

fn report(pages: &[(String, String)], names: &[String]) -> Vec<String> {
    let mut out = Vec::new();
    for (page, text) in pages {
        for line in text.lines() {
            // Each line as the reader sees it: the space that begins or ends a line is not shown.
            for problem in problems(line.trim(), names) {
                let entry = format!("{page}: {problem}");
                if !out.contains(&entry) {
                    out.push(entry);
                }
            }
        }
    }
    out
}

#[test]
fn every_chinese_page_state_reads_as_chinese() {
    let files = files();
    let case = Case::load(&files, LANG).expect("the Chinese case");
    let names = names(&files);
    let found = report(&pages(&case), &names);
    assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));
}

#[test]
fn every_chinese_content_text_reads_as_chinese() {
    let files = files();
    let names = names(&files);
    let found = report(&content_texts(&files), &names);
    assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));
}

/// The terms of `table` that no text of `texts` uses, in its rendering or an allowed form: a row the text has moved
/// away from (review 10 found the table's GDPR form in no text), which would keep a rejected variant out while the
/// rendering it names is no longer the one the reader meets.
fn unused_terms(table: &Terms, texts: &[(String, String)]) -> Vec<String> {
    table
        .terms
        .iter()
        .filter(|t| {
            let forms: Vec<&String> = std::iter::once(&t.term).chain(&t.allowed).collect();
            !texts
                .iter()
                .any(|(_, text)| forms.iter().any(|f| text.contains(f.as_str())))
        })
        .map(|t| t.term.clone())
        .collect()
}

#[test]
fn every_term_of_the_chinese_table_is_one_the_text_uses_and_an_unused_one_fails() {
    let files = files();
    let table = Terms::of(&files, LANG).expect("a terms table").expect("readable");
    let texts = content_texts(&files);
    let unused = unused_terms(&table, &texts);
    assert!(
        unused.is_empty(),
        "terms.json names renderings no Chinese text uses: {unused:?}"
    );
    // A planted row whose rendering no text says is named.
    let mut planted = table.clone();
    planted.terms.push(Term {
        term: "AI霸主".into(),
        means: "a rendering the text does not use".into(),
        allowed: vec![],
        rejected: vec!["AI霸权".into()],
    });
    assert_eq!(unused_terms(&planted, &texts), ["AI霸主"]);
}

#[test]
fn a_planted_english_colon_or_word_fails_the_check_naming_page_and_text() {
    let mut files = files();
    let path = "text/zh-Hans/outcomes.json";
    let text = files.get(path).unwrap().to_string();
    assert!(text.contains("\"算力获取\""));
    files.insert(path, text.replacen("\"算力获取\"", "\"算力获取: compute\"", 1));
    let case = Case::load(&files, LANG).expect("still a valid case");
    let names = names(&files);
    let found = report(&pages(&case), &names);
    for expected in [
        "How this works: half-width ':' in «",
        "How this works: the Latin word \"compute\"",
        "CSV under the defaults: half-width ':'",
    ] {
        assert!(
            found.iter().any(|f| f.starts_with(expected)),
            "{expected}\n{}",
            found.join("\n")
        );
    }
    assert!(
        found.iter().any(|f| f.contains("算力获取: compute")),
        "{}",
        found.join("\n")
    );
    // And the space and the half-width stop of an English join.
    assert_eq!(
        problems("起点：55. 2025年", &names),
        ["half-width '.' in «起点：55. 2025年»"]
    );
    assert_eq!(
        problems("缺少芯片。 文章", &names),
        ["a space next to a Chinese character in «缺少芯片。 文章»"]
    );
    assert!(problems("起点：55。2025年：P20、P23；DeepSeek（Seed Edge）", &names).is_empty());
    // And the seams of joined pieces: quotes in quotes, a 。 inside brackets, a clause said twice.
    assert_eq!(
        problems("出自第2步““独立王国””。", &names),
        [
            "nested quotes in «出自第2步““独立王国””。»",
            "nested quotes in «出自第2步““独立王国””。»"
        ]
    );
    assert_eq!(
        problems("不受限制（最强大的GPU可以自由购买。）；", &names),
        ["a 。 before ） in «强大的GPU可以自由购买。）；»"]
    );
    assert_eq!(
        problems("我们设定的起点：55。我们设定的起点：缺少芯片。", &names),
        ["a clause repeated back to back: «我们设定的起点»"]
    );
    assert!(problems("出自第2步（“独立王国”）；芯片获取：仅国产芯片（−25分；P20）", &names).is_empty());
    // And a hyphen for a minus sign, except in a cell that is only a number.
    assert_eq!(
        problems("芯片获取→仅国产芯片（-25）", &names),
        ["a hyphen as a minus sign in «芯片获取→仅国产芯片（-25）»"]
    );
    assert!(problems("-25", &names).is_empty());
    // And a list cut off from its 如下.
    assert_eq!(
        problems("各条芯片供应途径的状况如下。国产芯片：畅通", &names),
        ["a 。 after 如下 in «各条芯片供应途径的状况如下。国产芯片：畅通»"]
    );
    // And brackets inside brackets, which an aside wrapped around a text with its own brackets makes.
    assert_eq!(
        problems("仅国产芯片（这是我们对其警告（变通办法难以为继）的延伸）", &names),
        ["round brackets inside round brackets in «产芯片（这是我们对其警告（变通办法难以为继）的延»"]
    );
    // And a label before a text with its own colon; a colon in brackets, or in the next sentence, is its own.
    assert_eq!(
        problems("承压：满足其中任意1个：算力获取低于40。", &names),
        ["two colons in one clause: «承压：满足其中任意1个：算力获取低于40»"]
    );
    assert!(problems("刻度尺上：小三角（指向右：不低于）。默认：合规芯片；芯片：畅通", &names).is_empty());
    assert_eq!(
        problems("v1.2 Gambit", &names),
        ["the Latin word \"v1\"", "the Latin word \"Gambit\""]
    );
}

/// Chinese review 22 (N8): the culture option 「悬而未决（同2025年）」 carried its own brackets, and How this works put
/// its description in a second pair after them, 「悬而未决（同2025年）（无论好坏都不产生影响：…）」. The label no longer
/// has brackets, and an aside after a text that ends in a bracket now goes inside it, whatever the label says: the
/// old label, planted back, reads 「悬而未决（同2025年；无论好坏…）」 and the page check passes.
#[test]
fn a_label_with_its_own_brackets_takes_its_aside_inside_them_not_in_a_second_pair() {
    let mut files = files();
    let names = names(&files);
    assert_eq!(
        problems("悬而未决（同2025年）（无论好坏都不产生影响）", &names),
        ["two bracket pairs back to back in «悬而未决（同2025年）（无论好坏都不产生影响»"]
    );
    let path = "text/zh-Hans/assumptions.json";
    let text = files.get(path).unwrap().to_string();
    let (now, old) = ("\"与2025年一样悬而未决\"", "\"悬而未决（同2025年）\"");
    assert!(text.contains(now), "{path} lacks {now}");
    files.insert(path, text.replacen(now, old, 1));
    let case = Case::load(&files, LANG).expect("still a valid case");
    // How this works has, since Chinese review 38 (S3), each option on a line of its own, its description under its
    // label, not in brackets after it: the old label stands alone, then the description.
    let page = visible(&model_page(&case));
    assert!(
        page.contains("悬而未决（同2025年）\n") && page.contains("\n既不加分，也不减分："),
        "the option's label and description are not on lines of their own:\n{page}"
    );
    let found = report(&[("How this works".to_string(), page)], &names);
    assert!(found.is_empty(), "{}", found.join("\n"));
    // English alike: 「Undecided (as in 2025)」, then 「No effect either way…」 on its own line.
    let mut files = self::files();
    let path = "text/en/assumptions.json";
    let text = files.get(path).unwrap().to_string();
    let (now, old) = ("\"Undecided, as in 2025\"", "\"Undecided (as in 2025)\"");
    assert!(text.contains(now), "{path} lacks {now}");
    files.insert(path, text.replacen(now, old, 1));
    let case = Case::load(&files, "en").expect("still a valid case");
    let page = visible(&model_page(&case));
    assert!(
        page.contains("Undecided (as in 2025)\n") && page.contains("\nNo effect either way"),
        "{page}"
    );
    assert!(!page.contains(") ("), "{page}");
}

/// Chinese review 34 (N11): the pressures over the endings joined one pressure's options with the list mark
/// (「TikTok在美处境→强制出售、被禁」), which reads as "and" where either option counts; they take the language's "or"
/// (「强制出售或被禁」, "Forced sale or Ban"), in every language.
#[test]
fn a_pressures_options_are_joined_by_or_not_by_the_list_mark_in_every_language() {
    use gambit_core::content::LANGUAGES;
    use gambit_core::markup::pressures_list;
    use gambit_core::phrase::escape;
    let files = files();
    for lang in LANGUAGES {
        let case = Case::load(&files, lang).expect("the shipped case");
        let punctuation = &case.meta.ui.punctuation;
        assert_ne!(punctuation.or, punctuation.list, "{lang}: «or» is the list mark");
        let list = pressures_list(&case);
        let mut seen = 0;
        for (a, assumption) in case.model.assumptions.with_ids() {
            for ours in [false, true] {
                let options: Vec<&str> = (assumption.data.pressures.iter())
                    .filter(|p| p.ours == ours)
                    .map(|p| case.model.option_labels(a, p.option.id()).1)
                    .collect();
                let [first, second] = options[..] else {
                    continue;
                };
                let label = &assumption.text.label;
                let either = escape(&change(&case, label, &format!("{first}{}{second}", punctuation.or)));
                let both = escape(&change(&case, label, &format!("{first}{}{second}", punctuation.list)));
                assert!(list.contains(&either), "{lang}: no «{either}» in «{list}»");
                assert!(!list.contains(&both), "{lang}: «{both}» in «{list}»");
                seen += 1;
            }
        }
        assert!(
            seen > 0,
            "{lang}: no pressure has two options, so the check tests nothing"
        );
    }
}

/// Chinese review 22 (N17): How this works listed an ending's pressures condition, a clause with commas of its own,
/// as the last item of its 、 list (「…低于45（2025年为50）、上列压力同时出现2项或更多，或…」); it now follows the
/// thresholds after the clause mark, in every language.
#[test]
fn an_endings_pressures_condition_follows_its_thresholds_as_a_clause_not_a_list_item() {
    use gambit_core::content::LANGUAGES;
    use gambit_core::markup::{condition_words, pressure_words, requirement_words};
    let files = files();
    for lang in LANGUAGES {
        let case = Case::load(&files, lang).expect("the shipped case");
        let page = model_page(&case);
        let punctuation = &case.meta.ui.punctuation;
        let mut seen = 0;
        for e in case.model.endings.iter() {
            let (Some(pressures), Some(last)) = (&e.data.pressures, e.data.when.last()) else {
                continue;
            };
            let (words, _) = pressure_words(&case, pressures);
            // The last item of the list: the last option the ending requires, or else its last threshold.
            let last = match e.data.requires.last() {
                Some(q) => requirement_words(&case, q),
                None => condition_words(&case, last),
            };
            let clause = gambit_core::phrase::escape(&format!("{last}{}{words}", punctuation.clauses));
            let item = gambit_core::phrase::escape(&format!("{last}{}{words}", punctuation.list));
            assert!(
                page.contains(&clause),
                "{lang}, {}: no «{clause}» in How this works",
                e.data.id
            );
            assert!(!page.contains(&item), "{lang}, {}: «{item}»", e.data.id);
            seen += 1;
        }
        assert!(
            seen > 0,
            "{lang}: no ending has both thresholds and a pressures condition"
        );
    }
}

#[test]
fn a_chinese_slider_reading_counts_in_yi_for_every_value_and_no_template_appends_a_zero() {
    // Review 21 (N24): 「{value}0亿美元」 and the scale's 「{value}0」 turned billions into 亿 by appending a zero, which
    // reads 「00亿美元」 for 0. The readings now carry {value_x10}, the amount in 亿, right for any whole number.
    let case = Case::load(&files(), LANG).expect("the Chinese case");
    let tick = case.view_text(ViewKind::Spending).label(Label::Tick).to_string();
    for slider in case.model.sliders.iter() {
        for template in [slider.text.value.as_ref(), tick.as_str()] {
            assert!(!template.contains("{value}0"), "{}: {template}", slider.data.id);
        }
        let d = &slider.data;
        for v in [0, 1, d.min, d.default, d.max, -3] {
            let read = fill_value(&slider.text.value, v);
            let yi = format!("{}亿美元", v * 10);
            assert!(read.starts_with(&yi), "{}: {v} reads {read}, not {yi}", d.id);
        }
        assert!(fill_value(&slider.text.value, 0).starts_with("0亿美元"));
        assert_eq!(fill_value(&tick, 12), "120");
    }
    // The old form, kept on purpose, shows what the check would meet: 0 read as 00亿美元.
    assert_eq!(fill("{value}0亿美元", &[("value", "0")]), "00亿美元");
}

/// The causes in `causes` whose trigger is a bare name, with no setting after the language's colon
/// (「全公司年度资本开支」 where a rule's reads 「芯片获取：仅国产芯片」), each named with `place`.
fn bare_triggers(case: &Case, place: &str, causes: &[Cause]) -> Vec<String> {
    let colon = &case.meta.ui.punctuation.colon;
    causes
        .iter()
        .map(|&c| (c, cause_words(case, c).trigger))
        .filter(|(_, trigger)| !trigger.contains(colon.as_ref()))
        .map(|(c, trigger)| format!("{place}, {c:?}: «{trigger}» names no setting"))
        .collect()
}

#[test]
fn every_cause_of_a_scenario_names_its_setting_and_a_bare_name_fails() {
    // Chinese review 7, #14: a spending cause read as a bare noun (「全公司年度资本开支。」), with no value, and twice
    // in the CSV with two deltas. Every cause of every scenario says what it is set to, in both languages.
    let files = files();
    for lang in ["en", LANG] {
        let case = Case::load(&files, lang).expect("the case");
        let mut found = Vec::new();
        for (name, scenario) in scenarios(&case) {
            for (outcome, value) in case
                .model
                .outcomes
                .iter()
                .zip(evaluate(&case.model, &scenario).outcomes)
            {
                found.extend(bare_triggers(
                    &case,
                    &format!("{lang}, {name}, {}", outcome.data.id),
                    &value.causes,
                ));
            }
        }
        assert!(found.is_empty(), "{} problems:\n{}", found.len(), found.join("\n"));
        // Planted: the same slope without its slider's value, as the model's map shows a slope in general.
        let slope = case.model.slopes.ids().next().expect("a slope");
        let bare = Cause::Slope {
            slope,
            delta: -2,
            value: None,
        };
        let planted = bare_triggers(&case, "planted", &[bare]);
        assert_eq!(planted.len(), 1, "{lang}: a bare slope name is not seen: {planted:?}");
    }
}

/// Whether `template` puts two of its placeholders side by side, with no words between them.
fn slots_side_by_side(template: &str) -> bool {
    pieces(template)
        .windows(2)
        .any(|pair| matches!(pair, [Piece::Slot(_), Piece::Slot(_)]))
}

#[test]
fn a_cause_sets_its_change_apart_from_its_trigger_in_every_language() {
    // Chinese review 10, #1: the bold change ran into the bold trigger, 「+10分芯片获取：不受限制」, read as "10分芯片".
    // Why? and Compare set them out by `ui.punctuation.cause_head`, which keeps words between the two.
    let files = files();
    for lang in ["en", LANG] {
        let case = Case::load(&files, lang).expect("the case");
        let head = &case.meta.ui.punctuation.cause_head;
        let slots: Vec<_> = pieces(head)
            .into_iter()
            .filter_map(|p| match p {
                Piece::Slot(name) => Some(name),
                Piece::Text(_) => None,
            })
            .collect();
        assert!(
            slots.contains(&"delta") && slots.contains(&"trigger"),
            "{lang}: {head:?} lacks the change or the trigger"
        );
        assert!(!slots_side_by_side(head), "{lang}: {head:?} runs the two together");
    }
    assert!(slots_side_by_side("{delta}{trigger}"));
}

#[test]
fn a_briefing_names_the_relations_of_one_kind_in_one_clause_in_every_language() {
    // Chinese review 11, #5: 「向梁汝波汇报；向张一鸣汇报」, the verb once per name, read like a database dump. The
    // names of one kind share its wording, 「向梁汝波和张一鸣汇报」, "reports to Liang Rubo and Zhang Yiming".
    let files = files();
    for lang in ["en", LANG] {
        let case = Case::load(&files, lang).expect("the case");
        let mut grouped = 0;
        for entity in case.entities.iter() {
            let line = relations(&case, &entity.data.relations);
            for (kind, wording) in case.meta.relations.iter() {
                let names: Vec<&str> = entity
                    .data
                    .relations
                    .iter()
                    .filter(|r| r.kind == *kind)
                    .map(|r| case.entity_name(r.to.id()))
                    .collect();
                if names.is_empty() {
                    continue;
                }
                // The wording's longest piece of its own words stands once, and every name is there.
                let words = pieces(wording)
                    .into_iter()
                    .filter_map(|p| match p {
                        Piece::Text(t) => Some(t.trim()),
                        Piece::Slot(_) => None,
                    })
                    .max_by_key(|t| t.len())
                    .expect("a wording has words");
                let id = &entity.data.id;
                assert_eq!(line.matches(words).count(), 1, "{lang}, {id}: {kind:?} in «{line}»");
                for name in &names {
                    assert!(line.contains(name), "{lang}, {id}: {name} missing from «{line}»");
                }
                grouped += usize::from(names.len() > 1);
            }
        }
        assert!(
            grouped > 0,
            "{lang}: no entity has two relations of one kind, so nothing is grouped"
        );
    }
    // The list of names: the last two joined by the language's "and".
    let en = Case::load(&files, "en").expect("the English case");
    let zh = Case::load(&files, LANG).expect("the Chinese case");
    let and = en.meta.ui.punctuation.and.to_string();
    assert_eq!(
        series(&en, &["A", "B", "C"]),
        format!("A{}B{and}C", en.meta.ui.punctuation.list)
    );
    assert_eq!(
        series(&zh, &["梁汝波", "张一鸣"]),
        format!("梁汝波{}张一鸣", zh.meta.ui.punctuation.and)
    );
    assert_eq!(series(&en, &["A"]), "A");
    assert!(series(&en, &[] as &[&str]).is_empty());
}
