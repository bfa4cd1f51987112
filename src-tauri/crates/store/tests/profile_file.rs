//! Issue 17 point 9: the profile file and the logo the chair picks are read and checked
//! whole here, with the Dutch lines the chair reads (the shell only picks the path).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use store::{read_logo_file, read_profile_file, CheckedProfileFile, StoreError};

const EXAMPLE: &str = include_str!("../../../../docs/organisatieprofiel-voorbeeld.json");
const PNG: &[u8] = include_bytes!("../../../../docs/logo-voorbeeld.png");

fn read(json: &str) -> Result<CheckedProfileFile, StoreError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("organisatieprofiel.json");
    std::fs::write(&path, json).unwrap();
    read_profile_file(&path, docs::logo_decodes)
}

/// The Dutch lines of a refused profile file.
fn refusal(e: StoreError) -> String {
    match e {
        StoreError::ProfileFileRefused(message) => message,
        other => panic!("not a refused profile file: {other:?}"),
    }
}

/// A PNG whose header is right but whose picture does not decode.
fn broken_png() -> Vec<u8> {
    let mut broken = PNG[..60].to_vec();
    broken.extend_from_slice(&[0; 40]);
    broken
}

#[test]
fn the_example_profile_file_of_the_docs_reads() {
    let checked = read(EXAMPLE).unwrap();
    assert_eq!(checked.partners, 4);
    assert_eq!(checked.import.partners.len(), 4);
}

#[test]
fn a_broken_profile_file_names_line_and_field_in_dutch() {
    let m = refusal(read(&EXAMPLE.replace("\"afdeling\"", "\"afdelingg\"")).unwrap_err());
    assert!(m.starts_with("Regel 17, kolom"), "{m}");
    assert!(m.contains("het veld \"afdelingg\""), "{m}");
    let m =
        refusal(read(&EXAMPLE.replace("\"type\": \"rvdk\"", "\"type\": \"bank\"")).unwrap_err());
    assert!(
        m.starts_with("Bij partners[4].type: Kies een geldige waarde voor het soort organisatie."),
        "{m}"
    );
    assert!(
        m.ends_with("Er is niets veranderd. Laat het bestand verbeteren en importeer het opnieuw.")
    );
    let m = refusal(read("{ \"versie\": 1, ").unwrap_err());
    assert!(m.contains("geen leesbaar organisatieprofiel"), "{m}");
    let missing = std::path::Path::new("/nonexistent/x.json");
    let m = refusal(read_profile_file(missing, docs::logo_decodes).unwrap_err());
    assert!(m.starts_with("Het bestand kon niet worden gelezen"));
}

#[test]
fn a_profile_file_larger_than_any_real_one_or_not_text_is_refused_unread() {
    let big = format!("{EXAMPLE}{}", " ".repeat(1024 * 1024));
    let m = refusal(read(&big).unwrap_err());
    assert_eq!(m, texts::errors::PROFILE_FILE_TOO_LARGE);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("organisatieprofiel.json");
    std::fs::write(&path, [0xff, 0xfe, 0x00]).unwrap();
    let m = refusal(read_profile_file(&path, docs::logo_decodes).unwrap_err());
    assert_eq!(m, texts::errors::PROFILE_FILE_UNREADABLE);
}

#[test]
fn a_profile_file_whose_logo_does_not_decode_is_refused_at_its_place() {
    let url = domain::Logo::parse(broken_png()).unwrap().data_url();
    let with = EXAMPLE.replacen(
        "\"organisatie\": {",
        &format!("\"organisatie\": {{ \"logo\": \"{url}\","),
        1,
    );
    let m = refusal(read(&with).unwrap_err());
    assert!(
        m.starts_with("Bij organisatie.logo: Het logo moet een PNG- of JPEG-bestand zijn."),
        "{m}"
    );
    let good = domain::Logo::parse(PNG.to_vec()).unwrap().data_url();
    let with = EXAMPLE.replacen(
        "\"organisatie\": {",
        &format!("\"organisatie\": {{ \"logo\": \"{good}\","),
        1,
    );
    assert!(read(&with).unwrap().import.logo.is_some());
}

fn read_logo(bytes: &[u8]) -> Result<domain::Logo, StoreError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("logo.png");
    std::fs::write(&path, bytes).unwrap();
    read_logo_file(&path, docs::logo_decodes)
}

#[test]
fn a_png_or_jpeg_logo_reads() {
    let png = read_logo(PNG).unwrap();
    assert_eq!((png.width(), png.height()), (360, 120));
    assert!(read_logo(include_bytes!("../../../../docs/logo-voorbeeld.jpg")).is_ok());
}

#[test]
fn a_wrong_logo_file_is_refused_by_the_domain_at_the_logo() {
    let not_an_image = "Het logo moet een PNG- of JPEG-bestand zijn.";
    let cases: Vec<(Vec<u8>, &str, &str)> = vec![
        (b"GIF89a....".to_vec(), "logo_not_an_image", not_an_image),
        (
            vec![0; 300 * 1024],
            "logo_too_large",
            "Het logo is groter dan 200 kB.",
        ),
        (broken_png(), "logo_not_an_image", not_an_image),
    ];
    for (bytes, code, message) in cases {
        match read_logo(&bytes).unwrap_err() {
            StoreError::Invalid(e) => {
                assert_eq!(e.code(), code);
                assert_eq!(e.field(), Some(domain::Field::Logo));
                let m = texts::errors::domain_message(&e);
                assert!(m.starts_with(message), "{m}");
            }
            other => panic!("{other:?}"),
        }
    }
    let missing = std::path::Path::new("/nonexistent/logo.png");
    assert!(matches!(
        read_logo_file(missing, docs::logo_decodes),
        Err(StoreError::LogoUnreadable)
    ));
}
