//! Data minimisation hints (seed 002 "need to know, not nice to know", R4/R6):
//! while the chair types an item, spot identifying numbers and contact details so the UI
//! can ask "Is dit nodig?". A hint only: nothing is refused, the chair decides.
//!
//! Where it runs: the UI runs a TypeScript twin of this scanner (`ui/src/lib/hints.ts`) on
//! every keystroke, because an IPC round trip per keystroke would cost more than a frame
//! and would send the typed text across a process boundary for no reason. This module is
//! the reference: both implementations are checked against the same cases in
//! `hints_cases.json` (Rust: the test below; UI: `ui/tests/hints.test.mjs`). Keep the two
//! scanners in step. Neither stores, logs or sends the text.
//!
//! All scanning is ASCII-based and linear in the text length.

/// The kinds of identifying data the hints look for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "ts", derive(ts_rs::TS), ts(export))]
pub enum HintKind {
    /// Burgerservicenummer: 9 digits (or 8, read with a leading zero) passing the elfproef.
    Bsn,
    /// Dutch phone number: 0 + 9 digits, or +31 / 0031 + 9 digits (06, landlines).
    Phone,
    /// E-mail address.
    Email,
    /// IBAN with a valid mod-97 checksum.
    Iban,
}

impl HintKind {
    /// Stable code shared with the UI and the test cases.
    pub fn code(self) -> &'static str {
        match self {
            HintKind::Bsn => "bsn",
            HintKind::Phone => "phone",
            HintKind::Email => "email",
            HintKind::Iban => "iban",
        }
    }
}

/// Which kinds of identifying data occur in `text` (sorted, each once).
pub fn detect_hints(text: &str) -> Vec<HintKind> {
    let s: Vec<u8> = text
        .chars()
        .map(|c| if c.is_ascii() { c as u8 } else { 0 })
        .collect();
    // Digits inside an IBAN-shaped run ("NL91 ABNA 0417 1643 00") are no BSN or phone.
    let masked = iban_shapes(&s);
    let mut found = Vec::new();
    if has_bsn(&s, &masked) {
        found.push(HintKind::Bsn);
    }
    if has_phone(&s, &masked) {
        found.push(HintKind::Phone);
    }
    if has_email(&s) {
        found.push(HintKind::Email);
    }
    if has_iban(&s) {
        found.push(HintKind::Iban);
    }
    found
}

/// The elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all
/// zeros). An 8-digit number is a BSN with its leading zero dropped.
pub fn bsn_elfproef(digits: &str) -> bool {
    let d: Vec<u32> = digits.chars().filter_map(|c| c.to_digit(10)).collect();
    if d.len() != digits.chars().count() || !(d.len() == 8 || d.len() == 9) {
        return false;
    }
    let mut padded = vec![0u32; 9 - d.len()];
    padded.extend(d);
    if padded.iter().all(|&x| x == 0) {
        return false;
    }
    let sum: i64 = padded[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(&x, w)| i64::from(x) * w)
        .sum::<i64>()
        - i64::from(padded[8]);
    sum % 11 == 0
}

/// The IBAN checksum (ISO 13616): move the first four characters to the end, letters to
/// 10..35, the number mod 97 is 1. `iban` is compact (no spaces).
pub fn iban_checksum_ok(iban: &str) -> bool {
    let b = iban.as_bytes();
    if b.len() < 15 || b.len() > 34 || !b.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    if !(b[0].is_ascii_alphabetic()
        && b[1].is_ascii_alphabetic()
        && b[2].is_ascii_digit()
        && b[3].is_ascii_digit())
    {
        return false;
    }
    let mut rem: u32 = 0;
    for &c in b[4..].iter().chain(&b[..4]) {
        let v = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c.to_ascii_uppercase() - b'A') + 10
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

/// Marks every run shaped like an IBAN, checksum or not: two letters and two digits at a
/// word start, the rest of that word, then groups of 1–4 letters/digits after single spaces.
fn iban_shapes(s: &[u8]) -> Vec<bool> {
    let mut masked = vec![false; s.len()];
    let mut i = 0;
    while i < s.len() {
        if !iban_start(s, i) {
            i += 1;
            continue;
        }
        let mut j = i + 4;
        while alnum(at(s, j)) {
            j += 1;
        }
        loop {
            let mut k = j + 1;
            while k < s.len() && alnum(s[k]) && k - j <= 4 {
                k += 1;
            }
            if at(s, j) == b' ' && k > j + 1 && k - j <= 5 && !alnum(at(s, k)) {
                j = k;
            } else {
                break;
            }
        }
        masked[i..j].iter_mut().for_each(|m| *m = true);
        i = j;
    }
    masked
}

fn iban_start(s: &[u8], i: usize) -> bool {
    (i == 0 || !alnum(s[i - 1]))
        && at(s, i).is_ascii_alphabetic()
        && at(s, i + 1).is_ascii_alphabetic()
        && at(s, i + 2).is_ascii_digit()
        && at(s, i + 3).is_ascii_digit()
}

fn alnum(c: u8) -> bool {
    c.is_ascii_alphanumeric()
}

fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// A BSN is a digit run of 8 or 9 digits, optionally grouped with dots (1234.56.782),
/// not touching letters or other digits.
fn has_bsn(s: &[u8], masked: &[bool]) -> bool {
    let mut i = 0;
    while i < s.len() {
        if s[i].is_ascii_digit() && (i == 0 || !alnum(s[i - 1])) && !masked[i] {
            let mut digits = String::new();
            let mut j = i;
            while j < s.len() {
                if s[j].is_ascii_digit() {
                    digits.push(char::from(s[j]));
                    j += 1;
                } else if s[j] == b'.' && at(s, j + 1).is_ascii_digit() && j > i {
                    j += 1;
                } else {
                    break;
                }
            }
            if !alnum(at(s, j)) && bsn_elfproef(&digits) {
                return true;
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    false
}

/// A Dutch phone number: `0` + 9 digits (not `00`), or `+31` / `0031` (optionally `(0)`)
/// + 9 digits, with single spaces, dashes or parentheses between digits.
fn has_phone(s: &[u8], masked: &[bool]) -> bool {
    for i in 0..s.len() {
        if masked[i] || (i > 0 && (alnum(s[i - 1]) || s[i - 1] == b'+')) {
            continue;
        }
        let start = if s[i] == b'+' && at(s, i + 1) == b'3' && at(s, i + 2) == b'1' {
            Some(i + 3)
        } else if s[i..].starts_with(b"0031") {
            Some(i + 4)
        } else if s[i] == b'0' && at(s, i + 1) != b'0' {
            Some(i + 1)
        } else if s[i] == b'(' && at(s, i + 1) == b'0' && at(s, i + 2) != b'0' {
            Some(i + 2)
        } else {
            None
        };
        let Some(mut j) = start else { continue };
        // After +31 / 0031: optional separators and an optional "(0)".
        if s[i] == b'+' || s[i..].starts_with(b"0031") {
            while matches!(at(s, j), b' ' | b'-') {
                j += 1;
            }
            if s.get(j..j + 3) == Some(b"(0)") {
                j += 3;
            }
        }
        if national_rest(s, j) {
            return true;
        }
    }
    false
}

/// Exactly 9 more digits from `j` (the first one not 0), at most two separators (space,
/// dash, parenthesis) between digits, and no digit or letter right after.
fn national_rest(s: &[u8], mut j: usize) -> bool {
    let mut count = 0;
    let mut sep_run = 0;
    while count < 9 {
        let c = at(s, j);
        if c.is_ascii_digit() {
            if count == 0 && c == b'0' {
                return false;
            }
            count += 1;
            sep_run = 0;
        } else if matches!(c, b' ' | b'-' | b'(' | b')') && count > 0 && sep_run < 2 {
            sep_run += 1;
        } else {
            return false;
        }
        j += 1;
    }
    !alnum(at(s, j))
}

fn email_local(c: u8) -> bool {
    alnum(c) || matches!(c, b'.' | b'_' | b'%' | b'+' | b'-')
}

/// local@domain.tld with a letters-only top-level domain of at least 2 letters.
fn has_email(s: &[u8]) -> bool {
    for (i, &c) in s.iter().enumerate() {
        if c != b'@' || i == 0 || !email_local(s[i - 1]) {
            continue;
        }
        let mut j = i + 1;
        while j < s.len() && (alnum(s[j]) || s[j] == b'-' || s[j] == b'.') {
            j += 1;
        }
        let domain = &s[i + 1..j];
        let domain = domain.strip_suffix(b".").unwrap_or(domain);
        let labels: Vec<&[u8]> = domain.split(|&b| b == b'.').collect();
        if labels.len() >= 2
            && labels.iter().all(|l| !l.is_empty())
            && labels
                .last()
                .is_some_and(|t| t.len() >= 2 && t.iter().all(u8::is_ascii_alphabetic))
        {
            return true;
        }
    }
    false
}

/// Two letters, two digits, then letters/digits, compact or in groups split by single
/// spaces; any prefix of whole groups with a valid checksum counts.
fn has_iban(s: &[u8]) -> bool {
    for i in 0..s.len() {
        if !iban_start(s, i) {
            continue;
        }
        let mut compact = String::new();
        let mut j = i;
        loop {
            while j < s.len() && alnum(s[j]) && compact.len() < 34 {
                compact.push(char::from(s[j]));
                j += 1;
            }
            if alnum(at(s, j)) {
                break; // longer than any IBAN
            }
            if iban_checksum_ok(&compact) {
                return true;
            }
            if at(s, j) == b' ' && alnum(at(s, j + 1)) && compact.len() < 34 {
                j += 1;
            } else {
                break;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared cases (also run against the UI's scanner by `ui/tests/hints.test.mjs`).
    fn cases() -> Vec<(String, Vec<String>)> {
        let v: serde_json::Value = serde_json::from_str(include_str!("hints_cases.json")).unwrap();
        v["cases"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let found = c["found"].as_array().unwrap();
                (
                    c["text"].as_str().unwrap().to_string(),
                    found
                        .iter()
                        .map(|f| f.as_str().unwrap().to_string())
                        .collect(),
                )
            })
            .collect()
    }

    #[test]
    fn hints_match_the_shared_cases() {
        let cases = cases();
        assert!(cases.len() >= 40, "only {} cases read", cases.len());
        let mut failures = Vec::new();
        for (text, want) in &cases {
            let got: Vec<String> = detect_hints(text)
                .iter()
                .map(|k| k.code().to_string())
                .collect();
            if &got != want {
                failures.push(format!("{text:?}: want {want:?}, got {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn elfproef_valid_and_invalid() {
        assert!(bsn_elfproef("111222333"));
        assert!(bsn_elfproef("123456782"));
        assert!(!bsn_elfproef("123456789"));
        assert!(!bsn_elfproef("000000000"));
        assert!(!bsn_elfproef("12345678a"));
        assert!(!bsn_elfproef("1234567"));
    }

    #[test]
    fn elfproef_eight_digits_read_with_a_leading_zero() {
        // 012345672: 0·9+1·8+2·7+3·6+4·5+5·4+6·3+7·2 − 2 = 132 = 12·11.
        assert!(bsn_elfproef("012345672"));
        assert!(bsn_elfproef("12345672"));
        assert!(!bsn_elfproef("12345678"));
    }

    #[test]
    fn iban_checksum_examples() {
        assert!(iban_checksum_ok("NL91ABNA0417164300"));
        assert!(iban_checksum_ok("nl91abna0417164300"));
        assert!(!iban_checksum_ok("NL91ABNA0417164301"));
        assert!(iban_checksum_ok("GB82WEST12345698765432"));
        assert!(!iban_checksum_ok("NL91"));
    }
}
