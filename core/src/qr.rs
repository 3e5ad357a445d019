//! The QR code of a link, as SVG markup: the share panel, present mode and the handout show it so that a room can
//! open the step and scenario on screen with a phone.
//!
//! The `qrcode` crate makes the module matrix (without its `image` feature, which the wasm does not need); the SVG
//! is written here: one `<path>` of the dark modules, in module units with integer coordinates, inside a quiet
//! zone of four modules, drawn with `shape-rendering="crispEdges"` so that no scale blurs a module's edge.

use std::fmt::Write;

use qrcode::bits::Bits;
use qrcode::{Color, EcLevel, QrCode, Version};

use crate::phrase::escape;

/// The light margin around the code, in modules, that scanners need to find it (the standard asks for four).
pub const QUIET_ZONE: usize = 4;

/// A QR code's modules: `width` rows of `width`, `true` for dark, row by row from the top left.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matrix {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Matrix {
    /// Whether the module in column `x` and row `y` is dark; outside the code (the quiet zone), it is not.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.width && y < self.width && self.dark[y * self.width + x]
    }
}

/// The modules of the QR code of `link` at error correction level M (about 15% may be lost, as a projected or
/// printed code can be), or `None` if the link is too long for any QR code.
///
/// The link goes in one byte-mode segment, in the smallest version that holds it. The crate's own choice of
/// modes (`QrCode::new`) would save a few modules on long runs of digits, which links hardly have, and costs
/// about 2 kB of gzipped wasm (measured with `cargo xtask dist`).
pub fn matrix(link: &str) -> Option<Matrix> {
    let level = EcLevel::M;
    let bits = (1..=40).map(Version::Normal).find_map(|version| {
        let mut bits = Bits::new(version);
        bits.push_byte_data(link.as_bytes()).ok()?;
        bits.push_terminator(level).ok()?;
        Some(bits)
    })?;
    let code = QrCode::with_bits(bits, level).ok()?;
    Some(Matrix {
        width: code.width(),
        dark: code.to_colors().into_iter().map(|c| c == Color::Dark).collect(),
    })
}

/// The dark modules as one path: each run of dark modules in a row is one rectangle, one module high.
pub fn path(matrix: &Matrix) -> String {
    let mut d = String::new();
    for y in 0..matrix.width {
        let mut x = 0;
        while x < matrix.width {
            if !matrix.is_dark(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while matrix.is_dark(x, y) {
                x += 1;
            }
            let (run, left, top) = (x - start, start + QUIET_ZONE, y + QUIET_ZONE);
            let _ = write!(d, "M{left} {top}h{run}v1h-{run}z");
        }
    }
    d
}

/// The QR code of `link` as an `<svg>` with `role="img"` and `name` as its accessible name; its size is the
/// stylesheet's (`class="qr"`), its light background drawn in, so it scans in a dark theme too. `None` if the
/// link is too long for a QR code.
pub fn svg(link: &str, name: &str) -> Option<String> {
    let matrix = matrix(link)?;
    let size = matrix.width + 2 * QUIET_ZONE;
    Some(format!(
        r##"<svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" role="img" aria-label="{name}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##,
        name = escape(name),
        path = path(&matrix),
    ))
}
