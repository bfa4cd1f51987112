//! Issue 17 point 9: the chair's organisation's logo, printed in the head of every
//! document. Only what can be checked without decoding the picture: the kind of file (PNG
//! or JPEG, by its first bytes, never by its name), its size on disk and its size in
//! pixels (read from the file's header). Decoding is the documents' job.

use crate::DomainError;
use base64::Engine as _;
use std::fmt;

/// Largest logo file, in bytes (200 kB).
pub const LOGO_MAX_BYTES: usize = 200 * 1024;
/// The same limit in kB, as the Dutch message names it.
pub const LOGO_MAX_KB: usize = LOGO_MAX_BYTES / 1024;
/// Widest and highest logo, in pixels.
pub const LOGO_MAX_PIXELS: u32 = 2000;

/// The kind of picture a logo is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoFormat {
    /// Portable Network Graphics.
    Png,
    /// JPEG (JFIF or Exif).
    Jpeg,
}

impl LogoFormat {
    /// The media type, as a data URL names it.
    pub fn media_type(self) -> &'static str {
        match self {
            LogoFormat::Png => "image/png",
            LogoFormat::Jpeg => "image/jpeg",
        }
    }
}

/// A checked logo: its bytes as chosen, its kind and its size in pixels.
#[derive(Clone, PartialEq, Eq)]
pub struct Logo {
    bytes: Vec<u8>,
    format: LogoFormat,
    width: u32,
    height: u32,
}

impl fmt::Debug for Logo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Logo({:?}, {}x{}, {} bytes)",
            self.format,
            self.width,
            self.height,
            self.bytes.len()
        )
    }
}

const PNG_SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];

fn be32(b: &[u8]) -> Option<u32> {
    Some(u32::from_be_bytes(b.get(..4)?.try_into().ok()?))
}

fn be16(b: &[u8]) -> Option<u16> {
    Some(u16::from_be_bytes(b.get(..2)?.try_into().ok()?))
}

/// PNG: the signature, then the IHDR chunk with width and height.
fn png_size(b: &[u8]) -> Option<(u32, u32)> {
    if b.get(12..16)? != b"IHDR" {
        return None;
    }
    Some((be32(b.get(16..)?)?, be32(b.get(20..)?)?))
}

/// JPEG: walks the markers up to the first start-of-frame (SOF0–SOF15 but DHT, JPG and DAC)
/// and reads its height and width; a scan before any frame is not a valid file.
fn jpeg_size(b: &[u8]) -> Option<(u32, u32)> {
    let mut i = 2;
    loop {
        if *b.get(i)? != 0xFF {
            return None;
        }
        let mut marker = *b.get(i + 1)?;
        while marker == 0xFF {
            i += 1;
            marker = *b.get(i + 1)?;
        }
        i += 2;
        match marker {
            0x01 | 0xD0..=0xD7 => continue,
            // A second start, the end, or a scan before any frame.
            0xD8..=0xDA => return None,
            _ => {}
        }
        let len = usize::from(be16(b.get(i..)?)?);
        if len < 2 {
            return None;
        }
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let height = be16(b.get(i + 3..)?)?;
            let width = be16(b.get(i + 5..)?)?;
            return Some((u32::from(width), u32::from(height)));
        }
        i += len;
    }
}

impl Logo {
    /// Issue 17 point 9: a file of `len` bytes may be a logo only when it is at most
    /// [`LOGO_MAX_BYTES`] long; checked before a file is read, so a huge file is never loaded.
    pub fn check_len(len: u64) -> Result<(), DomainError> {
        if len > LOGO_MAX_BYTES as u64 {
            return Err(DomainError::LogoTooLarge {
                max_kb: LOGO_MAX_KB,
            });
        }
        Ok(())
    }

    /// Issue 17 point 9: a logo is a PNG or JPEG file (by its first bytes) of at most
    /// [`LOGO_MAX_BYTES`], at least 1 and at most [`LOGO_MAX_PIXELS`] pixels wide and high.
    pub fn parse(bytes: Vec<u8>) -> Result<Self, DomainError> {
        Self::check_len(bytes.len() as u64)?;
        let (format, size) = if bytes.starts_with(&PNG_SIGNATURE) {
            (LogoFormat::Png, png_size(&bytes))
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            (LogoFormat::Jpeg, jpeg_size(&bytes))
        } else {
            return Err(DomainError::LogoNotAnImage);
        };
        let (width, height) = size.ok_or(DomainError::LogoNotAnImage)?;
        if width == 0 || height == 0 {
            return Err(DomainError::LogoNotAnImage);
        }
        if width > LOGO_MAX_PIXELS || height > LOGO_MAX_PIXELS {
            return Err(DomainError::LogoTooManyPixels {
                max: LOGO_MAX_PIXELS,
            });
        }
        Ok(Self {
            bytes,
            format,
            width,
            height,
        })
    }

    /// A logo written in a profile file: plain base64 or a data URL
    /// (`data:image/png;base64,...`); white space inside is ignored.
    pub fn from_base64(text: &str) -> Result<Self, DomainError> {
        let text = text.trim();
        let payload = match text.strip_prefix("data:") {
            Some(rest) => match rest.split_once(',') {
                Some((kind, data)) if kind.ends_with(";base64") => data,
                _ => return Err(DomainError::LogoNotBase64),
            },
            None => text,
        };
        let clean: String = payload.chars().filter(|c| !c.is_whitespace()).collect();
        // A base64 text longer than this cannot hold an allowed file.
        if clean.len() > LOGO_MAX_BYTES.div_ceil(3) * 4 + 4 {
            return Err(DomainError::LogoTooLarge {
                max_kb: LOGO_MAX_KB,
            });
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(clean.as_bytes())
            .map_err(|_| DomainError::LogoNotBase64)?;
        Self::parse(bytes)
    }

    /// The file's bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// PNG or JPEG.
    pub fn format(&self) -> LogoFormat {
        self.format
    }

    /// Width in pixels.
    pub fn width(&self) -> u32 {
        self.width
    }

    /// Height in pixels.
    pub fn height(&self) -> u32 {
        self.height
    }

    /// The logo as a data URL, for a preview in the settings.
    pub fn data_url(&self) -> String {
        format!(
            "data:{};base64,{}",
            self.format.media_type(),
            base64::engine::general_purpose::STANDARD.encode(&self.bytes)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A PNG header (signature + IHDR) of the given size; the rest is not checked here.
    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut b = PNG_SIGNATURE.to_vec();
        b.extend_from_slice(&13u32.to_be_bytes());
        b.extend_from_slice(b"IHDR");
        b.extend_from_slice(&width.to_be_bytes());
        b.extend_from_slice(&height.to_be_bytes());
        b.extend_from_slice(&[8, 2, 0, 0, 0, 0, 0, 0, 0]);
        b
    }

    /// SOI, an APP0 segment, a DQT-like segment, then SOF0 with the size.
    fn jpeg(width: u16, height: u16) -> Vec<u8> {
        let mut b = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        b.extend_from_slice(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        b.extend_from_slice(&[0xFF, 0xDB, 0x00, 0x04, 0x00, 0x00]);
        b.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 0x08]);
        b.extend_from_slice(&height.to_be_bytes());
        b.extend_from_slice(&width.to_be_bytes());
        b.extend_from_slice(&[3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
        b.extend_from_slice(&[0xFF, 0xD9]);
        b
    }

    #[test]
    fn logo_png_is_accepted_with_its_size() {
        let logo = Logo::parse(png(400, 120)).unwrap();
        assert_eq!(logo.format(), LogoFormat::Png);
        assert_eq!((logo.width(), logo.height()), (400, 120));
        assert!(logo
            .data_url()
            .starts_with("data:image/png;base64,iVBORw0KGgo"));
    }

    #[test]
    fn logo_jpeg_is_accepted_with_its_size_from_the_frame_header() {
        let logo = Logo::parse(jpeg(640, 200)).unwrap();
        assert_eq!(logo.format(), LogoFormat::Jpeg);
        assert_eq!((logo.width(), logo.height()), (640, 200));
    }

    #[test]
    fn logo_other_file_kind_is_refused_by_its_bytes_not_its_name() {
        for bytes in [
            b"GIF89a\x01\x00\x01\x00".to_vec(),
            b"<svg xmlns='http://www.w3.org/2000/svg'/>".to_vec(),
            b"%PDF-1.7".to_vec(),
            Vec::new(),
        ] {
            assert_eq!(Logo::parse(bytes), Err(DomainError::LogoNotAnImage));
        }
    }

    #[test]
    fn logo_truncated_header_is_refused() {
        assert_eq!(
            Logo::parse(png(10, 10)[..18].to_vec()),
            Err(DomainError::LogoNotAnImage)
        );
        assert_eq!(
            Logo::parse(jpeg(10, 10)[..30].to_vec()),
            Err(DomainError::LogoNotAnImage)
        );
        assert_eq!(Logo::parse(png(0, 10)), Err(DomainError::LogoNotAnImage));
    }

    #[test]
    fn logo_over_200_kb_is_refused() {
        let mut big = png(100, 100);
        big.resize(LOGO_MAX_BYTES + 1, 0);
        assert_eq!(
            Logo::parse(big),
            Err(DomainError::LogoTooLarge { max_kb: 200 })
        );
        let mut just = png(100, 100);
        just.resize(LOGO_MAX_BYTES, 0);
        assert!(Logo::parse(just).is_ok());
        assert_eq!(
            Logo::check_len(LOGO_MAX_BYTES as u64 + 1),
            Err(DomainError::LogoTooLarge { max_kb: 200 })
        );
        assert_eq!(Logo::check_len(LOGO_MAX_BYTES as u64), Ok(()));
    }

    #[test]
    fn logo_over_2000_pixels_wide_or_high_is_refused() {
        assert_eq!(
            Logo::parse(png(2001, 10)),
            Err(DomainError::LogoTooManyPixels { max: 2000 })
        );
        assert_eq!(
            Logo::parse(jpeg(10, 2001)),
            Err(DomainError::LogoTooManyPixels { max: 2000 })
        );
        assert!(Logo::parse(png(2000, 2000)).is_ok());
    }

    #[test]
    fn logo_from_base64_plain_or_data_url() {
        let plain = base64::engine::general_purpose::STANDARD.encode(png(300, 100));
        let a = Logo::from_base64(&plain).unwrap();
        let b = Logo::from_base64(&format!("data:image/png;base64,{plain}")).unwrap();
        let wrapped = format!("{}\n{}", &plain[..10], &plain[10..]);
        let c = Logo::from_base64(&wrapped).unwrap();
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_eq!(Logo::from_base64(&a.data_url()).unwrap(), a);
    }

    #[test]
    fn logo_from_base64_that_is_not_base64_is_refused() {
        assert_eq!(
            Logo::from_base64("dit is geen logo!"),
            Err(DomainError::LogoNotBase64)
        );
        assert_eq!(
            Logo::from_base64("data:image/png,iVBOR"),
            Err(DomainError::LogoNotBase64)
        );
    }

    #[test]
    fn logo_debug_shows_no_bytes() {
        let logo = Logo::parse(png(3, 4)).unwrap();
        assert_eq!(format!("{logo:?}"), "Logo(Png, 3x4, 33 bytes)");
    }
}
