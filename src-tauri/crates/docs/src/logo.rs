//! Issue 17 point 9: the organisation's logo, decoded for the PDF. The domain checked the
//! kind, size and pixel size (`domain::Logo`); here the picture is decoded (PNG with the
//! `png` crate, JPEG with `zune-jpeg`) to 8-bit RGB, transparent parts laid on white paper.

use domain::{Logo, LogoFormat};
use printpdf::{RawImage, RawImageData, RawImageFormat};
use std::sync::{Arc, Mutex};

/// Decodes the logo to RGB pixels; `None` when the file does not decode after all (the
/// document is then printed without it).
pub(crate) fn decode(logo: &Logo) -> Option<RawImage> {
    let (width, height, rgb) = match logo.format() {
        LogoFormat::Png => png_rgb(logo.bytes())?,
        LogoFormat::Jpeg => jpeg_rgb(logo.bytes())?,
    };
    if width == 0 || height == 0 || rgb.len() != width * height * 3 {
        return None;
    }
    Some(RawImage {
        pixels: RawImageData::U8(rgb),
        width,
        height,
        data_format: RawImageFormat::RGB8,
        tag: Vec::new(),
    })
}

/// The decoded logo, decoded once for all the documents of one save ("Alle documenten
/// opslaan" prints it on 14 PDFs): the last logo decoded is kept with its bytes and
/// decoded again only when the organisation's logo changed. A logo is no personal data.
pub(crate) fn decoded(logo: &Logo) -> Option<Arc<RawImage>> {
    static LAST: Mutex<Option<(Vec<u8>, Arc<RawImage>)>> = Mutex::new(None);
    let mut last = LAST
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((bytes, image)) = last.as_ref() {
        if bytes.as_slice() == logo.bytes() {
            return Some(Arc::clone(image));
        }
    }
    let image = Arc::new(decode(logo)?);
    *last = Some((logo.bytes().to_vec(), Arc::clone(&image)));
    Some(image)
}

/// Whether the logo decodes, so the settings can refuse a file whose header is fine but
/// whose picture is broken.
pub fn logo_decodes(logo: &Logo) -> bool {
    decode(logo).is_some()
}

/// `a` over white.
fn on_white(c: u8, a: u8) -> u8 {
    let (c, a) = (u32::from(c), u32::from(a));
    // c·a/255 + 255·(255−a)/255, rounded.
    ((c * a + 255 * (255 - a) + 127) / 255) as u8
}

fn png_rgb(bytes: &[u8]) -> Option<(usize, usize, Vec<u8>)> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    let (w, h) = (info.width as usize, info.height as usize);
    let data = buf.get(..info.buffer_size())?;
    let rows = data.chunks(info.line_size).take(h);
    let mut rgb = Vec::with_capacity(w * h * 3);
    for row in rows {
        match info.color_type {
            png::ColorType::Rgb => rgb.extend_from_slice(row.get(..w * 3)?),
            png::ColorType::Rgba => {
                for p in row.get(..w * 4)?.chunks_exact(4) {
                    rgb.extend(p[..3].iter().map(|&c| on_white(c, p[3])));
                }
            }
            png::ColorType::Grayscale => {
                for &g in row.get(..w)? {
                    rgb.extend([g, g, g]);
                }
            }
            png::ColorType::GrayscaleAlpha => {
                for p in row.get(..w * 2)?.chunks_exact(2) {
                    let g = on_white(p[0], p[1]);
                    rgb.extend([g, g, g]);
                }
            }
            png::ColorType::Indexed => return None,
        }
    }
    Some((w, h, rgb))
}

fn jpeg_rgb(bytes: &[u8]) -> Option<(usize, usize, Vec<u8>)> {
    use zune_jpeg::zune_core::bytestream::ZCursor;
    use zune_jpeg::zune_core::colorspace::ColorSpace;
    use zune_jpeg::zune_core::options::DecoderOptions;
    let options = DecoderOptions::default()
        .jpeg_set_out_colorspace(ColorSpace::RGB)
        .set_max_width(domain::LOGO_MAX_PIXELS as usize)
        .set_max_height(domain::LOGO_MAX_PIXELS as usize);
    let mut decoder = zune_jpeg::JpegDecoder::new_with_options(ZCursor::new(bytes), options);
    let rgb = decoder.decode().ok()?;
    let info = decoder.info()?;
    Some((usize::from(info.width), usize::from(info.height), rgb))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encode(
        color: png::ColorType,
        depth: png::BitDepth,
        data: &[u8],
        palette: Option<&[u8]>,
    ) -> Logo {
        let mut out = Vec::new();
        {
            let mut e = png::Encoder::new(&mut out, 2, 1);
            e.set_color(color);
            e.set_depth(depth);
            if let Some(p) = palette {
                e.set_palette(p.to_vec());
            }
            let mut w = e.write_header().unwrap();
            w.write_image_data(data).unwrap();
        }
        Logo::parse(out).unwrap()
    }

    fn pixels(logo: &Logo) -> Vec<u8> {
        match decode(logo).unwrap().pixels {
            RawImageData::U8(p) => p,
            _ => panic!("8-bit pixels expected"),
        }
    }

    #[test]
    fn logo_every_png_colour_kind_becomes_rgb_on_white() {
        use png::{BitDepth::*, ColorType::*};
        let cases: Vec<(Logo, Vec<u8>)> = vec![
            (
                encode(Rgb, Eight, &[1, 2, 3, 4, 5, 6], None),
                vec![1, 2, 3, 4, 5, 6],
            ),
            (
                encode(Rgba, Eight, &[10, 20, 30, 255, 0, 0, 0, 0], None),
                vec![10, 20, 30, 255, 255, 255],
            ),
            (
                encode(Grayscale, Eight, &[0, 200], None),
                vec![0, 0, 0, 200, 200, 200],
            ),
            (
                encode(GrayscaleAlpha, Eight, &[0, 255, 0, 0], None),
                vec![0, 0, 0, 255, 255, 255],
            ),
            (
                encode(Rgb, Sixteen, &[1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0], None),
                vec![1, 2, 3, 4, 5, 6],
            ),
            (
                encode(Indexed, Eight, &[1, 0], Some(&[9, 9, 9, 7, 8, 9])),
                vec![7, 8, 9, 9, 9, 9],
            ),
        ];
        for (logo, want) in cases {
            assert_eq!(pixels(&logo), want, "{logo:?}");
        }
    }

    #[test]
    fn logo_transparent_pixels_are_laid_on_white() {
        assert_eq!(on_white(0, 0), 255);
        assert_eq!(on_white(21, 255), 21);
        assert_eq!(on_white(0, 128), 127);
    }
}
