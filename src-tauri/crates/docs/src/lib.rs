//! PDF documents of a meeting (R14). Starts nearly empty: the Foundation only fixes the
//! crate boundary and the marking every page will carry.
//!
//! Must never: read the store itself, or print an item that was not released to the
//! recipient of the document (it receives only what the store's release query returned).

/// Every page of every document carries this marking (R14).
pub const CONFIDENTIAL_MARK: &str = "Vertrouwelijk";

/// The footer line of a page: marking, meeting reference and page x of y (R14).
pub fn page_footer(meeting_ref: &str, page: usize, pages: usize) -> String {
    format!("{CONFIDENTIAL_MARK} · {meeting_ref} · pagina {page} van {pages}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r14_footer_is_marked_confidential_with_page_numbers() {
        assert_eq!(
            page_footer("CO-2026-001", 2, 3),
            "Vertrouwelijk · CO-2026-001 · pagina 2 van 3"
        );
    }
}
