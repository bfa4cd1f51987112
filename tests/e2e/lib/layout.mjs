// Layout checks a chair would notice at once, run inside the page at the current window size:
// - the page scrolls sideways (the whole document is wider than the window);
// - a word is broken inside itself ("Verwijde|ren", "V e r w i j d e r e n") or is wider than
//   the box it stands in: each word of every visible text is measured with a Range; a word
//   that takes more than one line box, or is wider than its element, is a problem;
// - an item row is taller than 120 px while its text has fewer than 120 characters.
// Words are the parts between spaces, hyphens and slashes (a break after a hyphen is fine).

const CHECK = `
  const maxRow = arguments[0];
  const problems = [];
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    problems.push('de pagina schuift zijwaarts: ' + doc.scrollWidth + ' px breed in een venster van ' + doc.clientWidth + ' px');
  }
  const visible = (el) => {
    if (!el || el.closest('[hidden], .visually-hidden, dialog:not([open]), details:not([open]) > :not(summary)')) return false;
    const s = getComputedStyle(el);
    return s.visibility !== 'hidden' && s.display !== 'none' && el.getClientRects().length > 0;
  };
  // Where a scroll container clips on purpose (a table that scrolls sideways), a word may
  // leave the container's view; it must still fit its own box.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();

  const seen = new Set();
  let node;
  while ((node = walker.nextNode())) {
    const el = node.parentElement;
    if (!el || !node.data.trim() || !visible(el)) continue;
    if (el.closest('select, option, textarea, input, script, style, svg')) continue;
    const box = el.getBoundingClientRect();
    const re = /[^\\s\\-\\u2013\\u2014/]+/g;
    let m;
    while ((m = re.exec(node.data))) {
      if (m[0].length < 2) continue;
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
      if (rects.length === 0) continue;
      const tops = new Set(rects.map((r) => Math.round(r.top)));
      // The narrowest of the word's boxes: at the end of a pre-wrap text WebKit may give a
      // box that takes in the rest of the line.
      const wordWidth = Math.min(...rects.map((r) => r.width));
      const what = m[0].slice(0, 40);
      if (tops.size > 1) {
        const key = 'b:' + what;
        if (!seen.has(key)) { seen.add(key); problems.push('woord gebroken over ' + tops.size + ' regels: "' + what + '" in <' + el.tagName.toLowerCase() + '>'); }
      } else if (wordWidth > box.width + 2) {
        const key = 'w:' + what;
        if (!seen.has(key)) { seen.add(key); problems.push('woord breder dan zijn vak: "' + what + '" (' + Math.round(wordWidth) + ' px in ' + Math.round(box.width) + ' px) in <' + el.tagName.toLowerCase() + '>'); }
      }
    }
  }
  for (const row of document.querySelectorAll('[data-testid="item-row"]')) {
    if (!visible(row)) continue;
    const text = row.querySelector('[data-testid="item-row-text"]');
    const length = text ? text.textContent.trim().length : 0;
    const height = row.getBoundingClientRect().height;
    if (text && length < 120 && height > maxRow) {
      problems.push('rij van een inbreng van ' + length + ' tekens is ' + Math.round(height) + ' px hoog');
    }
  }
  return problems;
`;

/** The layout problems on the current screen at the current window size (empty: none). */
export async function layoutProblems(driver, { maxRowPx = 120 } = {}) {
  return driver.executeScript(CHECK, maxRowPx);
}
