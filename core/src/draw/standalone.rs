//! A drawing outside the page: as an SVG file of its own (the downloads) and as a 1200×630 card (the link-preview
//! images `cargo xtask dist` rasterises). Both carry their styles inside, taken from the app's own stylesheet by
//! [`file_style`], so a chart looks the same in the page, in a file and in a preview.

use std::fmt::Write;

use super::Drawing;
use crate::phrase::escape;

/// The rules of a file's own parts (background, title, notes) and of a preview card's, in the app's colours.
const FILE_RULES: &str = "svg .file-bg{fill:var(--bg)}\
svg .file-panel{fill:var(--panel);stroke:var(--line);stroke-width:2}\
svg .file-title{font-size:20px;font-weight:700;fill:var(--fg)}\
svg .file-note{font-size:13px;fill:var(--muted)}\
svg .card-band{fill:var(--accent)}\
svg .card-brand{font-size:30px;font-weight:700;fill:var(--accent)}\
svg .card-progress{font-size:24px;fill:var(--muted)}\
svg .card-title{font-size:52px;font-weight:700;fill:var(--fg)}\
svg .card-description{font-size:26px;fill:var(--fg)}\
svg .card-note{font-size:22px;fill:var(--muted);text-anchor:middle}";

/// The stylesheet of a drawing outside the page, made from the app's stylesheet (`style/main.css`): every
/// top-level rule whose selector names `svg`, and the rules of a file's own parts, with each `var(--name)`
/// replaced by the light value of the `:root` variable, since SVG renderers such as resvg read no variables.
/// Rules inside `@media` and other at-rules are left out.
pub fn file_style(css: &str) -> String {
    let mut kept = String::new();
    for (selector, body) in top_level_rules(&strip_comments(css)) {
        if selector
            .split(',')
            .any(|s| s.split_whitespace().any(|part| part.starts_with("svg")))
        {
            let _ = write!(kept, "{selector}{{{}}}", body.trim());
        }
    }
    kept.push_str(FILE_RULES);
    let mut vars = variables(css);
    // Longest names first, so `--water` does not replace the start of `--water-line`.
    vars.sort_by_key(|(name, _)| std::cmp::Reverse(name.len()));
    for (name, value) in &vars {
        kept = kept.replace(&format!("var(--{name})"), value);
    }
    kept
}

/// The custom properties of the stylesheet's `:root` rule, by name without `--`, at their light values.
fn variables(css: &str) -> Vec<(String, String)> {
    let mut vars = Vec::new();
    for (_, body) in top_level_rules(&strip_comments(css))
        .into_iter()
        .filter(|(s, _)| s == ":root")
    {
        for declaration in body.split(';') {
            if let Some((name, value)) = declaration.split_once(':') {
                if let Some(name) = name.trim().strip_prefix("--") {
                    vars.push((name.to_string(), light(value.trim()).to_string()));
                }
            }
        }
    }
    vars
}

/// The first colour of `light-dark(a, b)`, or the value itself.
fn light(value: &str) -> &str {
    value
        .strip_prefix("light-dark(")
        .and_then(|v| v.split(',').next())
        .map_or(value, str::trim)
}

/// `css` without its comments (no string in the project's stylesheet holds `/*`).
pub fn strip_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start + 2..]
            .find("*/")
            .map_or("", |end| &rest[start + 2 + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// `(selector, body)` of every top-level rule; at-rule blocks are skipped whole.
fn top_level_rules(css: &str) -> Vec<(String, String)> {
    let mut rules = Vec::new();
    let mut rest = css;
    while let Some(open) = rest.find('{') {
        let selector = rest[..open].trim();
        // The block's end: the brace that closes this one, past any nested blocks.
        let mut depth = 0;
        let mut close = rest.len();
        for (i, c) in rest[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = open + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        // A plain `;`-ended at-rule (`@import`) before the selector is not part of it.
        let selector = selector.rsplit(';').next().unwrap_or(selector).trim();
        if !selector.starts_with('@') {
            rules.push((selector.to_string(), rest[open + 1..close].to_string()));
        }
        rest = rest.get(close + 1..).unwrap_or("");
    }
    rules
}

/// Text lines of `text` at most `width` pixels wide in a font of `font` pixels, estimated: a Latin letter about
/// 0.6 em, a CJK character 1 em. Breaks at spaces, or between CJK characters but never before closing punctuation.
pub fn wrap(text: &str, width: i32, font: i32) -> Vec<String> {
    // In tenths of a pixel.
    let advance = |c: char| if c > '\u{2e7f}' { font * 10 } else { font * 6 };
    let limit = width * 10;
    // Words: a run of non-space characters, split further before each wide character.
    let mut words: Vec<String> = Vec::new();
    // Closing punctuation never starts a line: it stays with the character before it.
    // A `match`, not `str::contains`: a non-ASCII char pattern searches with the substring searcher, whose code
    // the app would carry for this alone.
    let closing = |c: char| {
        matches!(
            c,
            '。' | '，' | '、' | '；' | '：' | '！' | '？' | '）' | '」' | '》' | '”' | '’'
        )
    };
    // Opening punctuation never ends a line: it stays with the character after it (Chinese review 28, N12).
    let opening = |c: char| matches!(c, '“' | '‘' | '《' | '（' | '「');
    for word in text.split(' ') {
        let mut current = String::new();
        for c in word.chars() {
            if c > '\u{2e7f}' && !closing(c) && !current.is_empty() && !current.ends_with(opening) {
                words.push(std::mem::take(&mut current));
            }
            current.push(c);
        }
        current.push(' ');
        words.push(current);
    }
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in words {
        let w: i32 = word.trim_end().chars().map(advance).sum();
        if used > 0 && used + w > limit {
            lines.push(line.trim_end().to_string());
            line.clear();
            used = 0;
        }
        used += word.chars().map(advance).sum::<i32>();
        line.push_str(&word);
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    lines
}

/// The fonts named in a file: the system's sans-serif, with families that carry Chinese.
const FONTS: &str = r#"'DejaVu Sans', 'Noto Sans', 'WenQuanYi Micro Hei', 'Droid Sans Fallback', sans-serif"#;

/// The words around a drawing in a file of its own.
pub struct Caption<'a> {
    /// The view's title.
    pub title: &'a str,
    /// The scenario drawn, in words.
    pub scenario: &'a str,
    /// Where it comes from: the explainer, the step, the paragraphs.
    pub source: &'a str,
}

/// A pen that writes lines of text from a point down.
struct Pen<'a> {
    out: &'a mut String,
    x: i32,
    /// The baseline of the next line.
    y: i32,
}

impl Pen<'_> {
    /// Writes `text` wrapped to `width` pixels in a `font`-pixel font, at most `max` lines `leading` apart, with
    /// class `class`; the pen ends one leading below the last line. Text cut short ends in an ellipsis, so a line
    /// never reads as a whole sentence when it is not.
    fn write(&mut self, text: &str, (width, font, leading): (i32, i32, i32), class: &str, max: usize) {
        for line in lines_within(text, width, font, max) {
            let _ = write!(
                self.out,
                r#"<text x="{}" y="{}" class="{class}">{}</text>"#,
                self.x,
                self.y,
                escape(&line)
            );
            self.y += leading;
        }
    }
}

/// `text` wrapped to `width` pixels in a `font`-pixel font, at most `max` lines; if it takes more, the last line
/// kept gives up its last character to an ellipsis.
fn lines_within(text: &str, width: i32, font: i32, max: usize) -> Vec<String> {
    let mut lines = wrap(text, width, font);
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            let mut kept = last.trim_end().to_string();
            kept.pop();
            let kept = kept.trim_end_matches([' ', '，', '、', '；', '：', ',', ';', ':']);
            *last = format!("{kept}…");
        }
    }
    lines
}

impl Drawing {
    /// The drawing as an `<svg>` inside another, at (`x`, `y`) and `width` × `height` in its parent's units.
    fn nested(&self, (x, y): (i32, i32), (width, height): (i32, i32)) -> String {
        format!(
            r#"<svg x="{x}" y="{y}" width="{width}" height="{height}" viewBox="0 0 {} {}" class="chart {}">{}</svg>"#,
            self.width,
            self.height,
            self.kind.key(),
            self.svg_parts()
        )
    }
}

/// `drawing` as an SVG file of its own: its title and scenario above it, its source under it, with `style` (from
/// [`file_style`]) inside.
pub fn standalone(drawing: &Drawing, caption: &Caption, style: &str) -> String {
    const MARGIN: i32 = 24;
    let width = drawing.width + 2 * MARGIN;
    let room = width - 2 * MARGIN;
    let mut body = String::new();
    let mut pen = Pen {
        out: &mut body,
        x: MARGIN,
        y: MARGIN + 20,
    };
    pen.write(caption.title, (room, 20, 28), "file-title", usize::MAX);
    pen.y -= 8;
    pen.write(caption.scenario, (room, 13, 18), "file-note", usize::MAX);
    let top = pen.y;
    body.push_str(&drawing.nested((MARGIN, top), (drawing.width, drawing.height)));
    let mut pen = Pen {
        out: &mut body,
        x: MARGIN,
        y: top + drawing.height + 24,
    };
    pen.write(caption.source, (room, 13, 17), "file-note", usize::MAX);
    let height = pen.y + MARGIN - 10;
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONTS}"><title>{}</title><desc>{}</desc><style>{style}</style><rect class="file-bg" width="100%" height="100%"/>{body}</svg>"#,
        escape(caption.title),
        escape(&drawing.desc),
    )
}

/// What a link-preview card shows.
pub struct Preview<'a> {
    /// The explainer's name.
    pub brand: &'a str,
    /// "Step 12 of 16".
    pub progress: &'a str,
    pub title: &'a str,
    /// The step's description, under its title.
    pub description: &'a str,
    /// Under the drawing: that it shows every assumption as in 2025 (one image per step serves every shared link,
    /// whatever scenario the link sets).
    pub note: &'a str,
}

/// Width and height of a link-preview card.
pub const PREVIEW_SIZE: (i32, i32) = (1200, 630);

/// A 1200×630 link-preview card: the brand and step number, the step's title in large type and its description
/// under it, and its drawing in a panel on the right, with a line under the drawing that says it shows 2025 (a step
/// without one gives its text the whole width and says nothing of 2025).
pub fn preview(drawing: Option<&Drawing>, card: &Preview, style: &str) -> String {
    let (width, height) = PREVIEW_SIZE;
    let mut body = String::new();
    let text_width = if drawing.is_some() { 430 } else { 1080 };
    let _ = write!(
        body,
        r#"<rect class="card-band" x="0" y="0" width="{width}" height="14"/><text x="60" y="90" class="card-brand">{}</text><text x="60" y="128" class="card-progress">{}</text>"#,
        escape(card.brand),
        escape(card.progress)
    );
    let mut pen = Pen {
        out: &mut body,
        x: 60,
        y: 208,
    };
    pen.write(card.title, (text_width, 52, 64), "card-title", 4);
    // The description fills what is left above the bottom margin.
    pen.y += 8;
    let room = if pen.y > height - 50 {
        0
    } else {
        ((height - 50 - pen.y) / 38 + 1) as usize
    };
    pen.write(card.description, (text_width, 26, 38), "card-description", room);
    if let Some(d) = drawing {
        let (px, py, pw, ph) = (540, 60, 600, 510);
        let _ = write!(
            body,
            r#"<rect class="file-panel" x="{px}" y="{py}" width="{pw}" height="{ph}" rx="16"/>"#
        );
        // The drawing, scaled to fit the panel with a margin over the note's line, centred; the note at the bottom.
        let note_room = 44;
        let (dh_max, dw_max) = (ph - 48 - note_room, pw - 48);
        let scale = (dw_max * 1000 / d.width).min(dh_max * 1000 / d.height);
        let (dw, dh) = (d.width * scale / 1000, d.height * scale / 1000);
        body.push_str(&d.nested((px + (pw - dw) / 2, py + 24 + (dh_max - dh) / 2), (dw, dh)));
        let mut note = lines_within(card.note, pw - 40, 22, 1);
        let _ = write!(
            body,
            r#"<text x="{}" y="{}" class="card-note">{}</text>"#,
            px + pw / 2,
            py + ph - 22,
            escape(&note.pop().unwrap_or_default())
        );
    }
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" font-family="{FONTS}"><style>{style}</style><rect class="file-bg" width="100%" height="100%"/>{body}</svg>"#
    )
}

#[cfg(test)]
mod tests {
    use super::lines_within;

    #[test]
    fn text_cut_short_ends_in_an_ellipsis() {
        let long = "研究人员按突破成果接受评估，而不是按季度指标接受评估，这是公司对自身安排的说法。".repeat(3);
        let lines = lines_within(&long, 300, 26, 2);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[1].ends_with('…'), "{lines:?}");
        let short = lines_within("A short line.", 600, 26, 2);
        assert_eq!(short, vec!["A short line.".to_string()]);
    }
}
