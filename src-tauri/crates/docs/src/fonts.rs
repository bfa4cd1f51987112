//! The embedded font (DejaVu Sans, regular and bold; licence in `assets/fonts/`), glyph
//! advances for the word wrap, and the placeholder for characters the font lacks.

use crate::DocsError;
use printpdf::ParsedFont;
use std::sync::OnceLock;

static REGULAR_TTF: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../../../assets/fonts/DejaVuSans-Bold.ttf");

/// Printed instead of a character the font has no glyph for (emoji): visible, never a
/// crash and never an invisible gap.
pub const PLACEHOLDER: char = '□';

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Face {
    Regular,
    Bold,
}

/// One parsed face with what the layout needs from it.
#[derive(Debug)]
pub(crate) struct FaceData {
    pub parsed: ParsedFont,
    units_per_em: f32,
    /// Advances of the first 0x2600 code points (Latin, Greek, Cyrillic, punctuation):
    /// looked up once, so measuring long texts stays cheap.
    ascii_advance: Vec<Option<u16>>,
}

const CACHED: usize = 0x2600;

impl FaceData {
    fn parse(bytes: &[u8]) -> Option<Self> {
        let mut warnings = Vec::new();
        let parsed = ParsedFont::from_bytes(bytes, 0, &mut warnings)?;
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        let mut face = Self {
            parsed,
            units_per_em,
            ascii_advance: Vec::new(),
        };
        face.ascii_advance = (0..CACHED as u32).map(|c| face.lookup_advance(c)).collect();
        Some(face)
    }

    fn lookup_advance(&self, codepoint: u32) -> Option<u16> {
        let gid = self.parsed.lookup_glyph_index(codepoint)?;
        if gid == 0 {
            return None;
        }
        let width = self.parsed.get_glyph_width_internal(gid)?;
        Some(u16::try_from(width).unwrap_or(u16::MAX))
    }

    /// Advance of `c` in font units, `None` when the font has no glyph for it.
    fn advance(&self, c: char) -> Option<u16> {
        match self.ascii_advance.get(c as usize) {
            Some(cached) => *cached,
            None => self.lookup_advance(c as u32),
        }
    }

    pub fn has_glyph(&self, c: char) -> bool {
        self.advance(c).is_some()
    }

    /// Width of `text` at `size` points (characters without a glyph count as nothing:
    /// the text is sanitized first).
    pub fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|c| u32::from(self.advance(c).unwrap_or(0)))
            .sum();
        units as f32 * size / self.units_per_em
    }

    pub fn char_width(&self, c: char, size: f32) -> f32 {
        f32::from(self.advance(c).unwrap_or(0)) * size / self.units_per_em
    }
}

/// Both faces, parsed once per process (parsing is the slowest part of a small document).
#[derive(Debug)]
pub(crate) struct Fonts {
    pub regular: FaceData,
    pub bold: FaceData,
}

impl Fonts {
    pub fn get() -> Result<&'static Fonts, DocsError> {
        static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
        FONTS
            .get_or_init(|| {
                Some(Fonts {
                    regular: FaceData::parse(REGULAR_TTF)?,
                    bold: FaceData::parse(BOLD_TTF)?,
                })
            })
            .as_ref()
            .ok_or(DocsError::Font)
    }

    pub fn face(&self, face: Face) -> &FaceData {
        match face {
            Face::Regular => &self.regular,
            Face::Bold => &self.bold,
        }
    }

    /// Makes `text` printable with both faces: tabs become spaces, other control and
    /// zero-width joiner/selector characters are dropped, and every character the font
    /// lacks (emoji) becomes [`PLACEHOLDER`]. Line breaks are kept.
    pub fn sanitize(&self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            match c {
                '\n' => out.push('\n'),
                '\t' => out.push_str("    "),
                '\r' => {}
                c if c.is_control() => {}
                // Zero-width joiners/spaces, variation selectors, emoji skin tones, tags:
                // parts of an emoji sequence that already got its placeholder.
                '\u{200B}'..='\u{200F}'
                | '\u{2060}'..='\u{206F}'
                | '\u{FE00}'..='\u{FE0F}'
                | '\u{1F3FB}'..='\u{1F3FF}'
                | '\u{E0000}'..='\u{E007F}' => {}
                c if self.regular.has_glyph(c) && self.bold.has_glyph(c) => out.push(c),
                ' ' | '\u{A0}' => out.push(' '),
                _ => out.push(PLACEHOLDER),
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_diacritics_have_glyphs_and_emoji_become_the_placeholder() {
        let fonts = Fonts::get().unwrap();
        assert!(fonts.regular.has_glyph(PLACEHOLDER) && fonts.bold.has_glyph(PLACEHOLDER));
        assert_eq!(fonts.sanitize("één café Zoë ĳs"), "één café Zoë ĳs");
        assert_eq!(fonts.sanitize("hoi 🙂 daar"), "hoi □ daar");
        assert_eq!(fonts.sanitize("👨‍👩‍👧"), "□□□");
        assert_eq!(fonts.sanitize("a\tb\r\nc\u{7}"), "a    b\nc");
        assert!(fonts.regular.width("Wijkteam", 10.0) > fonts.regular.width("Wijk", 10.0));
        assert!(fonts.bold.width("mmm", 10.0) > 0.0);
    }
}
