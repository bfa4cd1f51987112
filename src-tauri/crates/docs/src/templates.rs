//! Fills and lays out the fixed Dutch texts of the documents: editable template files under
//! `assets/documents/`, embedded by the text catalog (`texts::templates`). A template is
//! plain text: paragraphs separated by a blank line, `# ` starts a heading, `- ` a list
//! item, and `{name}` is replaced by a value. An unknown or unfilled placeholder is an
//! error, never printed as is.

use crate::layout::Layout;
use crate::DocsError;

pub(crate) use texts::templates::{
    ACCESS_INTRO, CONFIDENTIALITY_STATEMENT, EXTRACT_INTRO, INVITATION, INVITATION_SENTENCES,
    PLAN_INTRO,
};

/// One section of a sectioned template: the text after the line `[[key]]` up to the next
/// `[[...]]` line. A missing section is an error, never an empty paragraph.
pub(crate) fn section(template: &'static str, key: &str) -> Result<&'static str, DocsError> {
    let marker = format!("[[{key}]]\n");
    let start = template
        .find(&marker)
        .map(|i| i + marker.len())
        .ok_or(DocsError::Template)?;
    let rest = &template[start..];
    let end = rest.find("\n[[").map(|i| i + 1).unwrap_or(rest.len());
    Ok(rest[..end].trim())
}

/// Replaces every `{name}` in `template` by its value.
pub(crate) fn fill(template: &str, values: &[(&str, &str)]) -> Result<String, DocsError> {
    let mut out = String::with_capacity(template.len() + 256);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('}').ok_or(DocsError::Template)?;
        let name = &after[..end];
        let value = values
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| *v)
            .ok_or(DocsError::Template)?;
        out.push_str(value);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Lays out a filled template (see the module docs for its small syntax).
pub(crate) fn render(layout: &mut Layout, text: &str) {
    for block in text.split("\n\n") {
        let block = block.trim_matches('\n');
        if block.is_empty() {
            continue;
        }
        if let Some(h) = block.strip_prefix("# ") {
            layout.heading(h.trim());
        } else if block.starts_with("- ") {
            for item in block.split("\n- ") {
                layout.bullet(item.trim_start_matches("- ").trim());
            }
            layout.space(4.0);
        } else {
            // Lines of one paragraph flow together.
            layout.paragraph(&block.replace('\n', " "));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_and_refuses_unknown_ones() {
        assert_eq!(
            fill(
                "Beste {wie}, tot {datum}.",
                &[("wie", "Zoë"), ("datum", "1-12-2026")]
            )
            .unwrap(),
            "Beste Zoë, tot 1-12-2026."
        );
        assert!(fill("{onbekend}", &[]).is_err());
        assert!(fill("{open", &[]).is_err());
    }

    #[test]
    fn every_template_fills_with_the_values_the_documents_give() {
        let letters = domain::LetterLanguage::ALL.map(texts::templates::family_letter);
        for t in letters.into_iter().chain([
            CONFIDENTIALITY_STATEMENT,
            INVITATION,
            INVITATION_SENTENCES,
            EXTRACT_INTRO,
            PLAN_INTRO,
            ACCESS_INTRO,
        ]) {
            let names: Vec<&str> = t
                .split('{')
                .skip(1)
                .filter_map(|s| s.split_once('}').map(|(n, _)| n))
                .collect();
            let values: Vec<(&str, &str)> = names.iter().map(|n| (*n, "x")).collect();
            assert!(fill(t, &values).is_ok());
        }
    }

    /// The sections of a sectioned template, in order, with the placeholders of each.
    fn sections(template: &str) -> Vec<(String, std::collections::BTreeSet<String>)> {
        let mut out: Vec<(String, std::collections::BTreeSet<String>)> = Vec::new();
        for line in template.lines() {
            if let Some(key) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
                out.push((key.to_owned(), Default::default()));
            } else if let Some((_, names)) = out.last_mut() {
                names.extend(
                    line.split('{')
                        .skip(1)
                        .filter_map(|s| s.split_once('}').map(|(n, _)| n.to_owned())),
                );
            }
        }
        out
    }

    #[test]
    fn r17_every_rights_paragraph_the_domain_names_has_its_section() {
        for language in domain::LetterLanguage::ALL {
            let letter = texts::templates::family_letter(language);
            for p in domain::RightsParagraph::ALL {
                let text = section(letter, p.key()).unwrap();
                assert!(!text.is_empty() && !text.contains("[["), "{}", p.key());
            }
            for key in [
                "klachten",
                "klachtroute",
                "klachtroute-onbekend",
                "afsluiting",
            ] {
                assert!(section(letter, key).is_ok(), "{key}");
            }
            assert!(section(letter, "bestaat-niet").is_err());
        }
        let dutch = texts::templates::family_letter(domain::LetterLanguage::Nl);
        assert_eq!(
            section(dutch, "aanwezig").unwrap(),
            "U was zelf ook bij het overleg."
        );
    }

    /// R12: adding a letter language is adding one file; this test keeps every language's
    /// file as complete as the Dutch one: the same sections in the same order, each with
    /// the same placeholders, none empty, and twelve months.
    #[test]
    fn r12_every_letter_language_has_every_section_and_placeholder_of_the_dutch_letter() {
        let dutch = sections(texts::templates::family_letter(domain::LetterLanguage::Nl));
        assert!(dutch.len() > 50, "{}", dutch.len());
        for language in domain::LetterLanguage::ALL {
            let letter = texts::templates::family_letter(language);
            let own = sections(letter);
            assert_eq!(
                own.iter().map(|(k, _)| k).collect::<Vec<_>>(),
                dutch.iter().map(|(k, _)| k).collect::<Vec<_>>(),
                "sections of {language:?}"
            );
            for ((key, names), (_, expected)) in own.iter().zip(&dutch) {
                assert_eq!(names, expected, "placeholders of [[{key}]] in {language:?}");
                assert!(!section(letter, key).unwrap().is_empty(), "[[{key}]]");
            }
            assert_eq!(section(letter, "maanden").unwrap().lines().count(), 12);
        }
    }

    /// R12: every file in `assets/documents/familiebrief/` is a registered language, so a
    /// language is never half added.
    #[test]
    fn r12_every_letter_file_is_a_registered_language() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../assets/documents/familiebrief");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let mut registered: Vec<String> = domain::LetterLanguage::ALL
            .iter()
            .map(|l| format!("{}.txt", l.code()))
            .collect();
        registered.sort();
        assert_eq!(files, registered);
    }
}
