// Data minimisation hints (R4/R6): while the chair types an item, spot a BSN (elfproef),
// a Dutch phone number, an e-mail address or an IBAN (mod-97), so the form can ask "Is dit
// gegeven nodig?". A hint only: nothing is refused, the chair decides.
//
// Why in the UI: this runs on every keystroke. An IPC round trip per keystroke costs more
// than a frame and would move the typed text across a process boundary for nothing. The
// rules' reference is the Rust twin in the domain crate (src-tauri/crates/domain/src/
// hints.rs); both are checked against the same cases (domain/src/hints_cases.json: the
// Rust unit test and ui/tests/hints.test.mjs). Keep the two in step. This module never
// stores, logs or sends the text. ASCII-based and linear in the text length.

export type HintKind = "bsn" | "phone" | "email" | "iban";

/** Which kinds of identifying data occur in `text` (order: bsn, phone, email, iban). */
export function detectHints(text: string): HintKind[] {
  const s = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    s[i] = c < 128 ? c : 0;
  }
  const masked = ibanShapes(s);
  const found: HintKind[] = [];
  if (hasBsn(s, masked)) found.push("bsn");
  if (hasPhone(s, masked)) found.push("phone");
  if (hasEmail(s)) found.push("email");
  if (hasIban(s)) found.push("iban");
  return found;
}

const D0 = 48;
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const alnum = (c: number) => isDigit(c) || isAlpha(c);
const at = (s: Uint8Array, i: number): number => s[i] ?? 0;
const SPACE = 32;
const DOT = 46;

/** The elfproef: 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11), not all zeros; 8 digits get a 0 in front. */
export function bsnElfproef(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const d = digits.padStart(9, "0");
  let sum = 0;
  let zero = true;
  for (let k = 0; k < 9; k++) {
    const x = d.charCodeAt(k) - D0;
    if (x !== 0) zero = false;
    sum += k < 8 ? x * (9 - k) : -x;
  }
  return !zero && sum % 11 === 0;
}

/** ISO 13616 checksum of a compact IBAN: rotate four, letters → 10..35, mod 97 is 1. */
export function ibanChecksumOk(iban: string): boolean {
  if (!/^[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}$/.test(iban)) return false;
  const r = iban.slice(4) + iban.slice(0, 4);
  let rem = 0;
  for (let k = 0; k < r.length; k++) {
    const c = r.charCodeAt(k);
    if (isDigit(c)) rem = (rem * 10 + (c - D0)) % 97;
    else rem = (rem * 100 + ((c | 32) - 97 + 10)) % 97;
  }
  return rem === 1;
}

function ibanStart(s: Uint8Array, i: number): boolean {
  return (
    (i === 0 || !alnum(at(s, i - 1))) &&
    isAlpha(at(s, i)) &&
    isAlpha(at(s, i + 1)) &&
    isDigit(at(s, i + 2)) &&
    isDigit(at(s, i + 3))
  );
}

/** Marks runs shaped like an IBAN (checksum or not); their digits are no BSN or phone. */
function ibanShapes(s: Uint8Array): Uint8Array {
  const masked = new Uint8Array(s.length);
  let i = 0;
  while (i < s.length) {
    if (!ibanStart(s, i)) {
      i++;
      continue;
    }
    let j = i + 4;
    while (alnum(at(s, j))) j++;
    for (;;) {
      let k = j + 1;
      while (k < s.length && alnum(at(s, k)) && k - j <= 4) k++;
      if (at(s, j) === SPACE && k > j + 1 && k - j <= 5 && !alnum(at(s, k)))
        j = k;
      else break;
    }
    masked.fill(1, i, j);
    i = j;
  }
  return masked;
}

function hasBsn(s: Uint8Array, masked: Uint8Array): boolean {
  let i = 0;
  while (i < s.length) {
    if (
      isDigit(at(s, i)) &&
      (i === 0 || !alnum(at(s, i - 1))) &&
      masked[i] !== 1
    ) {
      let digits = "";
      let j = i;
      while (j < s.length) {
        if (isDigit(at(s, j))) {
          digits += String.fromCharCode(at(s, j));
          j++;
        } else if (at(s, j) === DOT && isDigit(at(s, j + 1)) && j > i) {
          j++;
        } else break;
      }
      if (!alnum(at(s, j)) && bsnElfproef(digits)) return true;
      i = Math.max(j, i + 1);
    } else i++;
  }
  return false;
}

const startsWith = (s: Uint8Array, i: number, str: string) => {
  for (let k = 0; k < str.length; k++)
    if (at(s, i + k) !== str.charCodeAt(k)) return false;
  return true;
};

function hasPhone(s: Uint8Array, masked: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) {
    if (
      masked[i] === 1 ||
      (i > 0 && (alnum(at(s, i - 1)) || at(s, i - 1) === 43))
    )
      continue;
    let j: number;
    const international = startsWith(s, i, "+31") || startsWith(s, i, "0031");
    if (startsWith(s, i, "+31")) j = i + 3;
    else if (startsWith(s, i, "0031")) j = i + 4;
    else if (at(s, i) === D0 && at(s, i + 1) !== D0) j = i + 1;
    else if (startsWith(s, i, "(0") && at(s, i + 2) !== D0) j = i + 2;
    else continue;
    if (international) {
      while (at(s, j) === SPACE || at(s, j) === 45) j++;
      if (startsWith(s, j, "(0)")) j += 3;
    }
    if (nationalRest(s, j)) return true;
  }
  return false;
}

/** Exactly 9 more digits (the first not 0), ≤ 2 separators between digits, then no alnum. */
function nationalRest(s: Uint8Array, j: number): boolean {
  let count = 0;
  let sepRun = 0;
  while (count < 9) {
    const c = at(s, j);
    if (isDigit(c)) {
      if (count === 0 && c === D0) return false;
      count++;
      sepRun = 0;
    } else if (
      (c === SPACE || c === 45 || c === 40 || c === 41) &&
      count > 0 &&
      sepRun < 2
    ) {
      sepRun++;
    } else return false;
    j++;
  }
  return !alnum(at(s, j));
}

const emailLocal = (c: number) =>
  alnum(c) || c === DOT || c === 95 || c === 37 || c === 43 || c === 45;

function hasEmail(s: Uint8Array): boolean {
  for (let i = 1; i < s.length; i++) {
    if (at(s, i) !== 64 || !emailLocal(at(s, i - 1))) continue;
    let j = i + 1;
    while (
      j < s.length &&
      (alnum(at(s, j)) || at(s, j) === 45 || at(s, j) === DOT)
    )
      j++;
    let domain = String.fromCharCode(...s.subarray(i + 1, j));
    if (domain.endsWith(".")) domain = domain.slice(0, -1);
    const labels = domain.split(".");
    const tld = labels[labels.length - 1] ?? "";
    if (
      labels.length >= 2 &&
      labels.every((l) => l.length > 0) &&
      /^[A-Za-z]{2,}$/.test(tld)
    )
      return true;
  }
  return false;
}

function hasIban(s: Uint8Array): boolean {
  for (let i = 0; i < s.length; i++) {
    if (!ibanStart(s, i)) continue;
    let compact = "";
    let j = i;
    for (;;) {
      while (j < s.length && alnum(at(s, j)) && compact.length < 34) {
        compact += String.fromCharCode(at(s, j));
        j++;
      }
      if (alnum(at(s, j))) break;
      if (ibanChecksumOk(compact)) return true;
      if (at(s, j) === SPACE && alnum(at(s, j + 1)) && compact.length < 34) j++;
      else break;
    }
  }
  return false;
}
