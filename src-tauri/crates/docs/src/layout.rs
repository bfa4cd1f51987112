//! A small page layout on top of printpdf's `Op`s: greedy word wrap by glyph advance,
//! hard breaks inside words longer than a line, page breaks, headings, fields, lists. Two
//! passes: lay every line out first, then number the pages and put the footer (R14:
//! "Vertrouwelijk · ref · pagina x van y · afgedrukt op d-m-yyyy") on each.

use crate::fonts::{Face, FaceData, Fonts};
use crate::{page_footer, DocsError};
use domain::DocumentHeader;
use printpdf::{
    FontId, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem,
};
use texts::documents::{date, footer_printed, footer_with_log};

/// A4 in points.
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
/// 20 mm margins; the bottom margin leaves room for the footer.
const MARGIN_X: f32 = 56.69;
const MARGIN_TOP: f32 = 56.69;
const MARGIN_BOTTOM: f32 = 70.0;
const FOOTER_Y: f32 = 34.0;
const CONTENT_W: f32 = PAGE_W - 2.0 * MARGIN_X;

const BODY: f32 = 10.0;
const BODY_LEAD: f32 = 14.0;
const HEADING: f32 = 12.5;
const TITLE: f32 = 17.0;
const FOOTER: f32 = 8.0;
/// Issue 17 point 9: the logo's height in the head (15 mm) and its widest width (60 mm);
/// a wider logo is scaled down to that width, keeping its aspect ratio.
const LOGO_H: f32 = 42.52;
const LOGO_MAX_W: f32 = 170.08;
/// Room between the organisation's name and address and the logo.
const LOGO_GAP: f32 = 12.0;

/// Indent of list items and of the text under a numbered block.
pub(crate) const INDENT: f32 = 14.0;

#[derive(Debug, Clone)]
struct Segment {
    face: Face,
    size: f32,
    text: String,
}

#[derive(Debug, Clone)]
struct PlacedLine {
    x: f32,
    y: f32,
    segments: Vec<Segment>,
}

/// A horizontal rule on a page: from `x1` to `x2` at height `y`.
#[derive(Debug, Clone, Copy)]
struct Rule {
    x1: f32,
    x2: f32,
    y: f32,
}

/// A picture on the first page: its pixels and the box it fills (lower left corner, size).
#[derive(Debug)]
struct PlacedImage {
    image: std::sync::Arc<printpdf::RawImage>,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
}

/// The document being laid out: pages of placed lines (and rules), and the baseline of the
/// next line.
#[derive(Debug)]
pub(crate) struct Layout {
    fonts: &'static Fonts,
    pages: Vec<Vec<PlacedLine>>,
    rules: Vec<Vec<Rule>>,
    y: f32,
    /// The logo in the head of the first page.
    logo: Option<PlacedImage>,
    /// Width kept free at the right of the text (next to the logo).
    narrow: f32,
}

impl Layout {
    pub fn new() -> Result<Self, DocsError> {
        Ok(Self {
            fonts: Fonts::get()?,
            pages: vec![Vec::new()],
            rules: vec![Vec::new()],
            y: PAGE_H - MARGIN_TOP,
            logo: None,
            narrow: 0.0,
        })
    }

    fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.rules.push(Vec::new());
        self.y = PAGE_H - MARGIN_TOP;
    }

    /// Starts a new page unless `height` more points fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.y - height < MARGIN_BOTTOM {
            self.new_page();
        }
    }

    fn at_page_top(&self) -> bool {
        self.pages.last().is_none_or(Vec::is_empty)
    }

    /// Vertical space (dropped at the top of a page).
    pub fn space(&mut self, pt: f32) {
        if !self.at_page_top() {
            self.y -= pt;
        }
    }

    fn place(&mut self, x: f32, lead: f32, segments: Vec<Segment>) {
        self.ensure(lead);
        self.y -= lead;
        let y = self.y;
        if let Some(page) = self.pages.last_mut() {
            page.push(PlacedLine { x, y, segments });
        }
    }

    /// Issue 17 point 9: the chair's organisation above the title: its name in bold and
    /// its address, one line each, and its logo at the top right (15 mm high, keeping its
    /// aspect ratio; the name and address wrap to its left). A logo that does not decode
    /// is left out.
    pub fn organisation(&mut self, org: Option<&domain::DocumentOrganisation>) {
        let Some(org) = org else {
            return;
        };
        let top = self.y;
        let logo = org
            .logo
            .as_ref()
            .and_then(crate::logo::decoded)
            .map(|image| {
                let ratio = image.width as f32 / image.height as f32;
                let (w, h) = if LOGO_H * ratio > LOGO_MAX_W {
                    (LOGO_MAX_W, LOGO_MAX_W / ratio)
                } else {
                    (LOGO_H * ratio, LOGO_H)
                };
                PlacedImage {
                    image,
                    x: MARGIN_X + CONTENT_W - w,
                    y: top - h,
                    w,
                    h,
                }
            });
        if let Some(logo) = &logo {
            self.narrow = logo.w + LOGO_GAP;
        }
        self.strong(&org.name);
        for line in &org.address {
            self.block(0.0, None, Face::Regular, BODY, BODY_LEAD, line);
        }
        self.narrow = 0.0;
        if let Some(logo) = logo {
            // The text under the head starts below the logo.
            self.y = self.y.min(logo.y - 4.0);
            self.logo = Some(logo);
        }
        self.space(10.0);
    }

    /// Issue 17 point 9: the privacy officer's contact, when the profile names one.
    pub fn privacy_officer(&mut self, org: Option<&domain::DocumentOrganisation>) {
        if let Some((org, (name, contact))) =
            org.and_then(|o| o.privacy_officer.as_ref().map(|p| (o, p)))
        {
            self.heading(texts::documents::PRIVACY_OFFICER_HEADING);
            self.paragraph(&texts::documents::privacy_officer(&org.name, name, contact));
        }
    }

    /// Document title.
    pub fn title(&mut self, text: &str) {
        self.block(0.0, None, Face::Bold, TITLE, TITLE * 1.3, text);
        self.space(8.0);
    }

    /// Section heading, kept together with at least two lines after it.
    pub fn heading(&mut self, text: &str) {
        self.space(10.0);
        self.ensure(HEADING * 1.4 + 2.0 * BODY_LEAD);
        self.block(0.0, None, Face::Bold, HEADING, HEADING * 1.4, text);
        self.space(2.0);
    }

    /// A paragraph of body text; line breaks in `text` are kept.
    pub fn paragraph(&mut self, text: &str) {
        self.block(0.0, None, Face::Regular, BODY, BODY_LEAD, text);
        self.space(4.0);
    }

    /// `label: value`, the label in bold, the value wrapped after it.
    pub fn field(&mut self, label: &str, value: &str) {
        self.block(
            0.0,
            Some(format!("{label}: ")),
            Face::Regular,
            BODY,
            BODY_LEAD,
            value,
        );
    }

    /// A list item with a bullet and a hanging indent.
    pub fn bullet(&mut self, text: &str) {
        self.block(
            INDENT,
            Some("• ".into()),
            Face::Regular,
            BODY,
            BODY_LEAD,
            text,
        );
    }

    /// A block with a bold lead-in (e.g. "Gegeven 2") followed by indented body text.
    pub fn indented(&mut self, text: &str) {
        self.block(INDENT, None, Face::Regular, BODY, BODY_LEAD, text);
    }

    /// One row of a sheet to sign (the attendance sheet): `name` in bold and `detail` under
    /// it in the left part, a line to sign on in the right part, and a thin rule under the
    /// row. Empty `name` and `detail`: a blank row with lines to write on. A row is never
    /// split over two pages.
    pub fn signature_row(&mut self, name: &str, detail: &str) {
        const ROW: f32 = 3.0 * BODY_LEAD + 8.0;
        let fonts = self.fonts;
        let text_w = CONTENT_W * 0.58;
        let sign_x = MARGIN_X + CONTENT_W * 0.62;
        let name = fonts.sanitize(name);
        let detail = fonts.sanitize(detail);
        let mut lines: Vec<Segment> = wrap(&fonts.bold, BODY, &name, text_w, text_w)
            .into_iter()
            .map(|l| seg(Face::Bold, BODY, l))
            .collect();
        lines.extend(
            wrap(&fonts.regular, BODY, &detail, text_w, text_w)
                .into_iter()
                .map(|l| seg(Face::Regular, BODY, l)),
        );
        let height = (lines.len() as f32 * BODY_LEAD).max(2.0 * BODY_LEAD) + 8.0;
        self.ensure(height.max(ROW));
        let top = self.y;
        for line in lines {
            self.place(MARGIN_X, BODY_LEAD, vec![line]);
        }
        let bottom = (top - height).min(self.y - 6.0);
        let blank = name.is_empty() && detail.is_empty();
        let mut rules = vec![Rule {
            x1: sign_x,
            x2: MARGIN_X + CONTENT_W,
            y: bottom + 4.0,
        }];
        if blank {
            rules.push(Rule {
                x1: MARGIN_X,
                x2: MARGIN_X + text_w,
                y: bottom + 4.0,
            });
        }
        rules.push(Rule {
            x1: MARGIN_X,
            x2: MARGIN_X + CONTENT_W,
            y: bottom - 2.0,
        });
        if let Some(page) = self.rules.last_mut() {
            page.extend(rules);
        }
        self.y = bottom - 2.0;
    }

    /// A bold line of body size.
    pub fn strong(&mut self, text: &str) {
        self.ensure(3.0 * BODY_LEAD);
        self.block(0.0, None, Face::Bold, BODY, BODY_LEAD, text);
    }

    /// Lays out `text` at `indent`, after an optional bold `prefix` on the first line;
    /// following lines hang under the text, not under the prefix.
    fn block(
        &mut self,
        indent: f32,
        prefix: Option<String>,
        face: Face,
        size: f32,
        lead: f32,
        text: &str,
    ) {
        let fonts = self.fonts;
        let body = fonts.face(face);
        let text = fonts.sanitize(text);
        let prefix = prefix.map(|p| fonts.sanitize(&p));
        let prefix_w = prefix.as_deref().map_or(0.0, |p| fonts.bold.width(p, size));
        // A long label (e.g. a 200-character name) must not leave no room for the value.
        let hang = if prefix_w > CONTENT_W / 2.0 {
            0.0
        } else {
            prefix_w
        };
        let avail = CONTENT_W - self.narrow - indent;
        let first = (avail - prefix_w).max(avail / 4.0);
        let lines = wrap(body, size, &text, first, avail - hang);
        let mut prefix = prefix;
        for (n, line) in lines.into_iter().enumerate() {
            let mut segments = Vec::new();
            let x = if n == 0 {
                if let Some(p) = prefix.take() {
                    if prefix_w > first + 1.0 {
                        // The prefix alone is wider than the line: give it lines of its own.
                        for part in wrap(&fonts.bold, size, &p, avail, avail) {
                            self.place(MARGIN_X + indent, lead, vec![seg(Face::Bold, size, part)]);
                        }
                    } else {
                        segments.push(seg(Face::Bold, size, p));
                    }
                }
                MARGIN_X + indent
            } else {
                MARGIN_X + indent + hang
            };
            segments.push(seg(face, size, line));
            self.place(x, lead, segments);
        }
    }

    /// Second pass: numbers the pages, adds the footer to every page, writes the PDF.
    /// `title` is the PDF's metadata title: a fixed document name, never personal data.
    pub fn finish(self, title: &str, header: &DocumentHeader) -> Result<Vec<u8>, DocsError> {
        let printed = date(header.printed_on);
        self.finish_with(title, |page, pages| {
            let footer = footer_printed(&page_footer(&header.meeting_ref, page, pages), &printed);
            match header.audit_position {
                Some(position) => footer_with_log(&footer, position),
                None => footer,
            }
        })
    }

    /// [`Layout::finish`] with the footer of page `page` of `pages` given by `footer` (the
    /// family letter's comes from its language's template).
    pub fn finish_with(
        self,
        title: &str,
        footer: impl Fn(usize, usize) -> String,
    ) -> Result<Vec<u8>, DocsError> {
        let fonts = self.fonts;
        let mut doc = PdfDocument::new(title);
        let regular = doc.add_font(&fonts.regular.parsed);
        let bold = doc.add_font(&fonts.bold.parsed);
        let id = |face: Face| match face {
            Face::Regular => regular.clone(),
            Face::Bold => bold.clone(),
        };
        let total = self.pages.len();
        let mut pages = Vec::with_capacity(total);
        let mut rules = self.rules.into_iter();
        let mut logo = self.logo.map(|l| (doc.add_image(&l.image), l));
        for (n, lines) in self.pages.into_iter().enumerate() {
            let mut ops = Vec::with_capacity(lines.len() * 6 + 8);
            if let Some((id, l)) = logo.take() {
                // The image is a unit square: scale it to its box, then move it there.
                ops.push(Op::UseXobject {
                    id,
                    transform: printpdf::XObjectTransform {
                        translate_x: Some(Pt(l.x)),
                        translate_y: Some(Pt(l.y)),
                        scale_x: Some(l.w),
                        scale_y: Some(l.h),
                        no_auto_scale: true,
                        ..printpdf::XObjectTransform::default()
                    },
                });
            }
            for line in lines {
                text_line(&mut ops, line.x, line.y, &line.segments, &id);
            }
            let page_rules = rules.next().unwrap_or_default();
            if !page_rules.is_empty() {
                ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
                for r in page_rules {
                    ops.push(Op::DrawLine {
                        line: printpdf::Line {
                            points: vec![
                                printpdf::LinePoint {
                                    p: Point {
                                        x: Pt(r.x1),
                                        y: Pt(r.y),
                                    },
                                    bezier: false,
                                },
                                printpdf::LinePoint {
                                    p: Point {
                                        x: Pt(r.x2),
                                        y: Pt(r.y),
                                    },
                                    bezier: false,
                                },
                            ],
                            is_closed: false,
                        },
                    });
                }
            }
            let footer = fonts.sanitize(&footer(n + 1, total));
            let footer_w = fonts.regular.width(&footer, FOOTER);
            let x = MARGIN_X + ((CONTENT_W - footer_w) / 2.0).max(0.0);
            text_line(
                &mut ops,
                x,
                FOOTER_Y,
                &[seg(Face::Regular, FOOTER, footer)],
                &id,
            );
            pages.push(PdfPage::new(
                printpdf::Mm::from(Pt(PAGE_W)),
                printpdf::Mm::from(Pt(PAGE_H)),
                ops,
            ));
        }
        let mut warnings = Vec::new();
        let bytes = doc.with_pages(pages).save(
            &PdfSaveOptions {
                subset_fonts: true,
                ..PdfSaveOptions::default()
            },
            &mut warnings,
        );
        if bytes.is_empty() {
            return Err(DocsError::Pdf);
        }
        Ok(bytes)
    }

    #[cfg(test)]
    pub fn page_count(&self) -> usize {
        self.pages.len()
    }
}

fn seg(face: Face, size: f32, text: String) -> Segment {
    Segment { face, size, text }
}

/// One line in its own text object: `Td` is relative to the line start, and `BT` resets it.
fn text_line(
    ops: &mut Vec<Op>,
    x: f32,
    y: f32,
    segments: &[Segment],
    id: &impl Fn(Face) -> FontId,
) {
    if segments.iter().all(|s| s.text.is_empty()) {
        return;
    }
    ops.push(Op::StartTextSection);
    ops.push(Op::SetTextCursor {
        pos: Point { x: Pt(x), y: Pt(y) },
    });
    for s in segments.iter().filter(|s| !s.text.is_empty()) {
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(id(s.face)),
            size: Pt(s.size),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::Text(s.text.clone())],
        });
    }
    ops.push(Op::EndTextSection);
}

/// Greedy word wrap by glyph advance: the first line may be `first` wide, the others
/// `rest`. Hard line breaks in `text` are kept; a word wider than a line is broken
/// between characters. Always returns at least one line.
pub(crate) fn wrap(face: &FaceData, size: f32, text: &str, first: f32, rest: f32) -> Vec<String> {
    let space = face.char_width(' ', size);
    let mut lines = Vec::new();
    let mut limit = first;
    for hard in text.split('\n') {
        let mut cur = String::new();
        let mut cur_w = 0.0;
        for word in hard.split(' ').filter(|w| !w.is_empty()) {
            let w = face.width(word, size);
            if !cur.is_empty() && cur_w + space + w <= limit {
                cur.push(' ');
                cur.push_str(word);
                cur_w += space + w;
                continue;
            }
            if !cur.is_empty() {
                lines.push(std::mem::take(&mut cur));
                limit = rest;
            }
            if w <= limit {
                cur.push_str(word);
                cur_w = w;
                continue;
            }
            // Hard break inside a word longer than a line.
            cur_w = 0.0;
            for c in word.chars() {
                let cw = face.char_width(c, size);
                if !cur.is_empty() && cur_w + cw > limit {
                    lines.push(std::mem::take(&mut cur));
                    limit = rest;
                    cur_w = 0.0;
                }
                cur.push(c);
                cur_w += cw;
            }
        }
        lines.push(cur);
        limit = rest;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_keeps_every_word_within_the_width() {
        let fonts = Fonts::get().unwrap();
        let text = "Het kind verzuimt sinds september regelmatig school en de ouders maken zich zorgen over de veiligheid thuis.";
        let lines = wrap(&fonts.regular, 10.0, text, 120.0, 120.0);
        assert!(lines.len() > 3);
        for l in &lines {
            assert!(fonts.regular.width(l, 10.0) <= 120.0, "{l}");
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn wrap_breaks_a_word_longer_than_a_line_and_keeps_line_breaks() {
        let fonts = Fonts::get().unwrap();
        let word = "x".repeat(500);
        let lines = wrap(&fonts.regular, 10.0, &format!("a\n\n{word}"), 100.0, 100.0);
        assert_eq!(lines[0], "a");
        assert_eq!(lines[1], "");
        assert_eq!(lines[2..].concat(), word);
        assert!(lines[2..]
            .iter()
            .all(|l| fonts.regular.width(l, 10.0) <= 100.0));
    }

    #[test]
    fn long_text_flows_onto_more_pages() {
        let mut layout = Layout::new().unwrap();
        layout.paragraph(&"woord ".repeat(10_000));
        assert!(layout.page_count() > 5);
    }
}
