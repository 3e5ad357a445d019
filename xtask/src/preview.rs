//! Link-preview images: for every step, a 1200×630 PNG (`previews/<step-id>.png` in each language's folder) of
//! its card (`gambit_core::draw::preview`: its title and its view as the app draws it), rasterised with resvg
//! using fonts from Debian's packages, loaded by path so every machine draws the same picture.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use gambit_core::content::Table;
use gambit_core::draw::{draw, file_style, preview, Fixed, Preview, Still};
use gambit_core::markup::{self, progress};
use gambit_core::model::Scenario;
use gambit_core::Case;
use resvg::{tiny_skia, usvg};

/// The font files, with the Debian package of each: Latin (regular and bold) and Chinese.
pub const FONTS: [(&str, &str); 3] = [
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
        "fonts-dejavu-core",
    ),
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "fonts-wqy-microhei"),
];

/// A renderer with the fonts loaded.
pub struct Rasteriser {
    options: usvg::Options<'static>,
}

impl Rasteriser {
    pub fn new(fonts: &[PathBuf]) -> Result<Self, String> {
        let mut options = usvg::Options::default();
        let db = Arc::make_mut(&mut options.fontdb);
        for font in fonts {
            let data = std::fs::read(font).map_err(|e| format!("cannot read the font {}: {e}", font.display()))?;
            db.load_font_data(data);
        }
        db.set_sans_serif_family("DejaVu Sans");
        options.font_family = "DejaVu Sans".into();
        Ok(Rasteriser { options })
    }

    /// `svg` as a PNG of its own size.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("the SVG does not parse: {e}"))?;
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height()).ok_or("an empty picture")?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| format!("cannot encode the PNG: {e}"))
    }
}

/// Step `step`'s preview card, as SVG: the article's present (the default scenario).
pub fn card(case: &Case, step: gambit_core::content::StepId, style: &str) -> String {
    let s = &case.steps[step];
    let scenario = Scenario::defaults(&case.model);
    let drawing = draw(case, s, &Fixed::new(case, &scenario), Still::written());
    preview(
        drawing.as_ref(),
        &Preview {
            brand: &case.meta.title,
            progress: &progress(case, step),
            title: &s.text.title,
            description: &markup::step_description(case, step),
            note: &case.meta.ui.share.preview_note,
        },
        style,
    )
}

/// Writes every step's preview into `dist` (a language's folder), styled from the app's stylesheet `css`.
pub fn write_all(dist: &Path, case: &Case, css: &str, rasteriser: &Rasteriser) -> Result<(), String> {
    let style = file_style(css);
    let folder = dist.join(gambit_core::url::PREVIEWS);
    std::fs::create_dir_all(&folder).map_err(|e| format!("cannot create {}: {e}", folder.display()))?;
    for id in case.steps.ids() {
        let png = rasteriser
            .png(&card(case, id, &style))
            .map_err(|e| format!("the preview of step {}: {e}", case.steps[id].data.id))?;
        let path = dist.join(gambit_core::url::preview_path(case, id));
        std::fs::write(&path, png).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case() -> Case {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        Case::load(&gambit_core::ContentFiles::read_dir(&content).unwrap(), "en").unwrap()
    }

    /// Draws without fonts (no text), so the test needs no file outside the repository: the card's size and its
    /// drawing are what is checked.
    fn pixmap(svg: &str) -> tiny_skia::Pixmap {
        let png = Rasteriser::new(&[]).unwrap().png(svg).unwrap();
        tiny_skia::Pixmap::decode_png(&png).unwrap()
    }

    /// Pixels in the drawing's panel (right of x = 560) whose blue clearly beats their red: the chart's water.
    fn blue_in_panel(p: &tiny_skia::Pixmap) -> usize {
        let w = p.width() as usize;
        p.pixels()
            .iter()
            .enumerate()
            .filter(|(i, px)| i % w > 560 && i / w > 80 && px.blue() as i32 > px.red() as i32 + 60)
            .count()
    }

    #[test]
    fn a_card_is_1200_by_630_with_its_step_drawn_in_the_panel() {
        let case = case();
        let css = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../style/main.css")).unwrap();
        let style = file_style(&css);
        let chips = case.step_by_key("chip-chokehold").unwrap();
        let p = pixmap(&card(&case, chips, &style));
        assert_eq!((p.width() as i32, p.height() as i32), gambit_core::draw::PREVIEW_SIZE);
        assert!(
            blue_in_panel(&p) > 5_000,
            "the compute pool is drawn: {} blue pixels",
            blue_in_panel(&p)
        );
        // A step that is text has no panel and no drawing in it.
        let intro = case.steps.ids().next().unwrap();
        assert!(draw(
            &case,
            &case.steps[intro],
            &Fixed::new(&case, &Scenario::defaults(&case.model)),
            Still::skipped()
        )
        .is_none());
        assert_eq!(blue_in_panel(&pixmap(&card(&case, intro, &style))), 0);
    }

    /// One image serves every shared link of a step, whatever scenario the link sets: under its drawing, the card
    /// says the drawing is 2025's (journalist try 8, #9), in each language; a card without a drawing says nothing of
    /// it.
    #[test]
    fn a_card_says_its_drawing_shows_2025() {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
        let files = gambit_core::ContentFiles::read_dir(&content).unwrap();
        for lang in ["en", "zh-Hans"] {
            let case = Case::load(&files, lang).unwrap();
            let note = &case.meta.ui.share.preview_note;
            assert!(note.contains("2025"), "{lang}: {note}");
            let chips = case.step_by_key("chip-chokehold").unwrap();
            let svg = card(&case, chips, "");
            let said = format!(r#"class="card-note">{}</text>"#, gambit_core::phrase::escape(note));
            assert!(svg.contains(&said), "{lang}: the card does not say {said}");
            let intro = case.steps.ids().next().unwrap();
            assert!(
                !card(&case, intro, "").contains("card-note"),
                "{lang}: a card without a drawing"
            );
        }
    }
}
