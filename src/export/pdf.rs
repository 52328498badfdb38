//! The note as a PDF laid out like a clinical record: a header (title, client, session date,
//! format), the sections, a signature block (name, credentials, signed time), and on every page a
//! footer with the content hash and page number.
//!
//! Made with `printpdf`, positioning text ourselves: lines are wrapped by measuring each glyph's
//! advance in the font. DejaVu Sans (regular and bold, `assets/fonts/`) is compiled in and
//! embedded, so the PDF renders the same on any machine and needs no system fonts. printpdf
//! subsets fonts only with its HTML-layout feature (a large dependency), so each face is cut
//! down here, with allsorts (printpdf's own font library), to the glyphs the note uses: a
//! one-page note is tens of kilobytes instead of ~750 KB.

use super::{Block, ExportError, Printable};
use printpdf::{
    Color, Line, LinePoint, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage,
    PdfSaveOptions, Point, Pt, Rgb, TextItem,
};
use std::path::Path;
use std::sync::OnceLock;

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// US Letter, in points.
const PAGE_W: f32 = 612.0;
const PAGE_H: f32 = 792.0;
const MARGIN: f32 = 60.0;
/// Space kept free at the bottom for the footer.
const FOOTER_ROOM: f32 = 50.0;
const BODY_SIZE: f32 = 10.5;
const BODY_LEADING: f32 = 14.5;

/// The note at `path` as PDF bytes (a signed note is verified first).
pub fn to_pdf(path: &Path) -> Result<Vec<u8>, ExportError> {
    render(&Printable::from_file(path)?)
}

/// Both faces, parsed once per process.
struct Fonts {
    regular: ParsedFont,
    bold: ParsedFont,
}

fn fonts() -> Result<&'static Fonts, ExportError> {
    static FONTS: OnceLock<Option<Fonts>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut w = Vec::new();
            Some(Fonts {
                regular: ParsedFont::from_bytes(REGULAR_TTF, 0, &mut w)?,
                bold: ParsedFont::from_bytes(BOLD_TTF, 0, &mut w)?,
            })
        })
        .as_ref()
        .ok_or_else(|| ExportError::Pdf("the built-in DejaVu Sans font could not be read".into()))
}

/// `ttf` cut down to the glyphs of the characters in `chars` (and .notdef), ready to embed.
fn subset(ttf: &[u8], full: &ParsedFont, chars: &str) -> Result<ParsedFont, ExportError> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{CmapTarget, SubsetProfile};
    let err = |e: String| ExportError::Pdf(format!("cannot subset the built-in font: {e}"));
    let mut ids: Vec<u16> = chars
        .chars()
        .filter_map(|c| full.lookup_glyph_index(c as u32))
        .filter(|&g| g != 0)
        .collect();
    ids.sort_unstable();
    ids.dedup();
    ids.insert(0, 0);
    let data = ReadScope::new(ttf)
        .read::<FontData<'_>>()
        .map_err(|e| err(e.to_string()))?;
    let provider = data.table_provider(0).map_err(|e| err(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| err(e.to_string()))?;
    ParsedFont::from_bytes(&bytes, 0, &mut Vec::new())
        .ok_or_else(|| err("unreadable subset".into()))
}

/// Every character the layout may draw: the note's text, the labels, the footer.
fn used_chars(p: &Printable) -> String {
    let mut s = String::from(
        "0123456789 Page of Content SHA-256: DRAFT \u{2014} not signed \u{2022} \u{b7} Electronically Signed Amends () ",
    );
    s.push_str(&p.title);
    for (k, v) in p.header_facts() {
        s.push_str(k);
        s.push_str(&v);
    }
    if let Some((a, h)) = &p.amends {
        s.push_str(a);
        s.push_str(h);
    }
    for b in &p.blocks {
        match b {
            Block::Heading(t) | Block::Paragraph(t) | Block::Item(t) => s.push_str(t),
        }
    }
    if let Some(sig) = &p.signature {
        s.push_str(&sig.name);
        s.push_str(&sig.credentials);
        s.push_str(&sig.signed_at);
    }
    if let Some(h) = &p.content_sha256 {
        s.push_str(h);
    }
    s
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Face {
    Regular,
    Bold,
}

/// Width of `text` at `size` points.
fn width(font: &ParsedFont, text: &str, size: f32) -> f32 {
    let upem = f32::from(font.units_per_em.max(1));
    text.chars()
        .map(|c| {
            font.lookup_glyph_index(c as u32)
                .and_then(|g| font.get_glyph_width(g))
                .map(|w| f32::from(w) / upem)
                .unwrap_or(0.6)
        })
        .sum::<f32>()
        * size
}

/// Greedy word wrap to `max` points; a word longer than a line is cut by characters.
fn wrap(font: &ParsedFont, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in text.split_whitespace() {
        let candidate = if cur.is_empty() {
            word.to_string()
        } else {
            format!("{cur} {word}")
        };
        if width(font, &candidate, size) <= max {
            cur = candidate;
            continue;
        }
        if !cur.is_empty() {
            lines.push(std::mem::take(&mut cur));
        }
        let mut piece = String::new();
        for c in word.chars() {
            piece.push(c);
            if width(font, &piece, size) > max && piece.chars().count() > 1 {
                piece.pop();
                lines.push(std::mem::take(&mut piece));
                piece.push(c);
            }
        }
        cur = piece;
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

/// Pages being filled top to bottom.
struct Layout {
    fonts: &'static Fonts,
    regular: PdfFontHandle,
    bold: PdfFontHandle,
    pages: Vec<Vec<Op>>,
    /// Baseline of the next line, from the bottom of the page.
    y: f32,
}

fn rgb(r: f32, g: f32, b: f32) -> Color {
    Color::Rgb(Rgb::new(r, g, b, None))
}

impl Layout {
    fn font(&self, face: Face) -> &'static ParsedFont {
        match face {
            Face::Regular => &self.fonts.regular,
            Face::Bold => &self.fonts.bold,
        }
    }

    fn handle(&self, face: Face) -> PdfFontHandle {
        match face {
            Face::Regular => self.regular.clone(),
            Face::Bold => self.bold.clone(),
        }
    }

    fn page(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Starts a new page when fewer than `needed` points are left above the footer.
    fn ensure(&mut self, needed: f32) {
        if self.y - needed < FOOTER_ROOM + 10.0 {
            self.pages.push(Vec::new());
            self.y = PAGE_H - MARGIN;
        }
    }

    /// One line of text at (`x`, current baseline).
    fn text_at(&mut self, x: f32, y: f32, text: &str, face: Face, size: f32, color: Color) {
        let font = self.handle(face);
        self.page().extend([
            Op::StartTextSection,
            Op::SetFillColor { col: color },
            Op::SetFont {
                font,
                size: Pt(size),
            },
            Op::SetTextCursor {
                pos: Point { x: Pt(x), y: Pt(y) },
            },
            Op::ShowText {
                items: vec![TextItem::Text(text.to_string())],
            },
            Op::EndTextSection,
        ]);
    }

    /// Wrapped text, advancing the baseline; `indent` shifts it right, `first` prefixes the first
    /// line in the margin (a bullet).
    fn paragraph(
        &mut self,
        text: &str,
        face: Face,
        size: f32,
        leading: f32,
        indent: f32,
        first: Option<&str>,
    ) {
        let max = PAGE_W - 2.0 * MARGIN - indent;
        let lines = wrap(self.font(face), text, size, max);
        for (i, line) in lines.iter().enumerate() {
            self.ensure(leading);
            self.y -= leading;
            if i == 0 {
                if let Some(bullet) = first {
                    let y = self.y;
                    self.text_at(
                        MARGIN + indent - 10.0,
                        y,
                        bullet,
                        face,
                        size,
                        rgb(0.0, 0.0, 0.0),
                    );
                }
            }
            let y = self.y;
            self.text_at(MARGIN + indent, y, line, face, size, rgb(0.0, 0.0, 0.0));
        }
    }

    fn rule(&mut self, gap_before: f32, gap_after: f32, gray: f32) {
        self.ensure(gap_before + gap_after);
        self.y -= gap_before;
        let y = self.y;
        let pt = |x: f32| LinePoint {
            p: Point { x: Pt(x), y: Pt(y) },
            bezier: false,
        };
        self.page().extend([
            Op::SetOutlineColor {
                col: rgb(gray, gray, gray),
            },
            Op::SetOutlineThickness { pt: Pt(0.6) },
            Op::DrawLine {
                line: Line {
                    points: vec![pt(MARGIN), pt(PAGE_W - MARGIN)],
                    is_closed: false,
                },
            },
        ]);
        self.y -= gap_after;
    }
}

/// Lays out a printable note as a PDF.
pub fn render(p: &Printable) -> Result<Vec<u8>, ExportError> {
    let fonts = fonts()?;
    let mut doc = PdfDocument::new(&p.title);
    let chars = used_chars(p);
    let regular = subset(REGULAR_TTF, &fonts.regular, &chars)?;
    let bold = subset(BOLD_TTF, &fonts.bold, &chars)?;
    let regular = PdfFontHandle::External(doc.add_font(&regular));
    let bold = PdfFontHandle::External(doc.add_font(&bold));
    let mut l = Layout {
        fonts,
        regular,
        bold,
        pages: vec![Vec::new()],
        y: PAGE_H - MARGIN,
    };
    let gray = rgb(0.35, 0.35, 0.35);

    // Header.
    l.paragraph(&p.title, Face::Bold, 16.0, 20.0, 0.0, None);
    l.y -= 4.0;
    let facts: Vec<String> = p
        .header_facts()
        .into_iter()
        .map(|(k, v)| format!("{k}: {v}"))
        .collect();
    l.paragraph(
        &facts.join("  \u{b7}  "),
        Face::Regular,
        9.5,
        13.0,
        0.0,
        None,
    );
    if let Some((note, hash)) = &p.amends {
        l.paragraph(
            &format!("Amends {note} (SHA-256 {hash})"),
            Face::Regular,
            8.5,
            12.0,
            0.0,
            None,
        );
    }
    if p.signature.is_none() {
        l.y -= 4.0;
        let y = l.y - 13.0;
        l.y = y;
        l.text_at(
            MARGIN,
            y,
            "DRAFT \u{2014} not signed",
            Face::Bold,
            10.5,
            rgb(0.7, 0.1, 0.1),
        );
    }
    l.rule(8.0, 4.0, 0.3);

    // Sections.
    for b in &p.blocks {
        match b {
            Block::Heading(h) => {
                // Keep a heading with at least two lines of its text.
                l.ensure(18.0 + 2.0 * BODY_LEADING);
                l.y -= 8.0;
                l.paragraph(h, Face::Bold, 12.0, 16.0, 0.0, None);
                l.y -= 2.0;
            }
            Block::Paragraph(t) => {
                l.paragraph(t, Face::Regular, BODY_SIZE, BODY_LEADING, 0.0, None);
                l.y -= 4.0;
            }
            Block::Item(t) => {
                l.paragraph(
                    t,
                    Face::Regular,
                    BODY_SIZE,
                    BODY_LEADING,
                    14.0,
                    Some("\u{2022}"),
                );
                l.y -= 2.0;
            }
        }
    }

    // Signature block.
    if let Some(s) = &p.signature {
        l.ensure(80.0);
        l.rule(14.0, 2.0, 0.3);
        l.paragraph("Electronically signed", Face::Bold, 10.5, 15.0, 0.0, None);
        let who = if s.credentials.is_empty() {
            s.name.clone()
        } else {
            format!("{}, {}", s.name, s.credentials)
        };
        l.paragraph(&who, Face::Regular, BODY_SIZE, BODY_LEADING, 0.0, None);
        l.paragraph(
            &format!("Signed {}", s.signed_at),
            Face::Regular,
            BODY_SIZE,
            BODY_LEADING,
            0.0,
            None,
        );
    }

    // Footer on every page: hash (or draft mark) and page number.
    let n = l.pages.len();
    let left = match &p.content_sha256 {
        Some(h) => format!("Content SHA-256: {h}"),
        None => "DRAFT \u{2014} not signed".to_string(),
    };
    let mut pages = Vec::with_capacity(n);
    let mut all = std::mem::take(&mut l.pages);
    for (i, ops) in all.iter_mut().enumerate() {
        l.pages = vec![std::mem::take(ops)];
        l.text_at(MARGIN, 30.0, &left, Face::Regular, 7.5, gray.clone());
        let num = format!("Page {} of {n}", i + 1);
        let w = width(&fonts.regular, &num, 7.5);
        l.text_at(
            PAGE_W - MARGIN - w,
            30.0,
            &num,
            Face::Regular,
            7.5,
            gray.clone(),
        );
        let ops = std::mem::take(&mut l.pages[0]);
        pages.push(PdfPage::new(
            Mm(PAGE_W * 25.4 / 72.0),
            Mm(PAGE_H * 25.4 / 72.0),
            ops,
        ));
    }
    let mut warnings = Vec::new();
    let bytes = doc.with_pages(pages).save(
        &PdfSaveOptions {
            subset_fonts: true,
            ..Default::default()
        },
        &mut warnings,
    );
    if bytes.is_empty() {
        return Err(ExportError::Pdf("printpdf produced no bytes".into()));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_by_measured_width() {
        let f = &fonts().unwrap().regular;
        let w = width(f, "Client", 10.0);
        assert!(w > 20.0 && w < 45.0, "{w}");
        let lines = wrap(f, &"word ".repeat(60), 10.0, 200.0);
        assert!(lines.len() > 3);
        assert!(lines.iter().all(|l| width(f, l, 10.0) <= 200.0));
        let long = wrap(f, &"x".repeat(300), 10.0, 100.0);
        assert!(long.len() > 2 && long.iter().all(|l| width(f, l, 10.0) <= 100.0));
    }
}
