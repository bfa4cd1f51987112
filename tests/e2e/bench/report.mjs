// Turns one benchmark run (JSON lines written by ./x bench) into a results table:
// <run>.md (markdown) and <run>.json (all records) next to the input file. Every goal of
// the issues is listed with its verdict; a missed goal says "missed", it is never loosened.
//
//   node tests/e2e/bench/report.mjs bench-results/<run>.jsonl

import fs from 'node:fs';

const input = process.argv[2];
if (!input) {
  console.error('usage: node report.mjs <run>.jsonl');
  process.exit(2);
}
const records = fs
  .readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l.trim().startsWith('{'))
  .map((l) => JSON.parse(l));
const one = (bench) => records.find((r) => r.bench === bench);
const all = (bench) => records.filter((r) => r.bench === bench);
const verdict = (ok) => (ok === undefined ? '—' : ok ? 'met' : '**missed**');
const ms = (x, d = 1) => (x === undefined ? '—' : `${(+x).toFixed(d)} ms`);
const mib = (x) => (x === undefined ? '—' : `${(+x).toFixed(1)} MiB`);

const out = [];
const machine = one('machine') ?? {};
out.push(`# Benchmark run ${machine.date ?? ''}`, '');
out.push(
  `Machine: ${machine.cpus ?? '?'} × ${machine.cpu ?? '?'}, ${machine.mem_gib ?? '?'} GiB, ${machine.os ?? '?'}, kernel ${machine.kernel ?? '?'}. ` +
    `Suite time: ${one('suite')?.seconds ?? '?'} s (goal ≤ 900 s: ${verdict(one('suite') && one('suite').seconds <= 900)}).`,
  '',
);

out.push('| figure | result | goal | verdict |', '|---|---|---|---|');
const row = (...cells) => out.push(`| ${cells.join(' | ')} |`);

const unlock = one('unlock');
if (unlock) {
  row('unlock: open + key derivation (median)', ms(unlock.median_ms), '—', '—');
  row('unlock: plain SQLite, same schema, same run', `${ms(unlock.plain_sqlite_median_ms, 3)} (ratio ${unlock.ratio}×)`, '—', 'the slow KDF is intended');
}
const wl = one('store_workload_total');
if (wl) {
  row(
    `store workload, SQLCipher vs plain SQLite (${wl.meetings} meetings, ${wl.items} items; seed + reads + writes)`,
    `${(wl.cipher_total_ms / 1000).toFixed(1)} s vs ${(wl.plain_total_ms / 1000).toFixed(1)} s: ratio ${wl.ratio}× (reads/writes alone ${wl.reads_writes_ratio}×)`,
    '≤ 1.3×',
    verdict(wl.met),
  );
}
const cmds = all('command');
if (cmds.length) {
  const worst = cmds.reduce((a, b) => (b.p99_ms > a.p99_ms ? b : a));
  row(`commands on the big store: worst p99 of ${cmds.length} (${worst.command})`, ms(worst.p99_ms, 2), '≤ 16 ms p99', verdict(cmds.every((c) => c.met)));
}
const docs = one('documents');
if (docs) {
  // The documents bench reports two meetings: the seeded one and the worst case (all cells released).
  for (const [key, what] of [['seeded', 'seeded'], ['all_released', 'worst case, every cell released']]) {
    const d = docs[key] ?? {};
    const median = d.render_median_ms ?? docs.total_ms ?? docs.median_ms;
    row(
      `documents of a ${docs.items ?? 50}-item, ${docs.participants ?? 12}-participant meeting (all ${d.documents ?? ''} PDFs, ${what}; median of ${docs.runs ?? '?'})`,
      `${ms(median)} (max ${ms(d.render_max_ms)})${d.total_bytes ? `, ${(d.total_bytes / 1024).toFixed(0)} KiB` : ''}`,
      '≤ 500 ms',
      verdict(median <= 500),
    );
  }
}
const app = one('app');
const peer = one('app_peer_chromium');
if (app) {
  const vs = (key, better = 'lower') => {
    if (!peer || !peer[key]) return '—';
    const a = app[key].median;
    const p = peer[key].median;
    return `${((a / p) * 100).toFixed(0)} % of Chromium (${better === 'lower' ? (a <= p ? 'better' : 'worse') : ''})`;
  };
  row('cold start → unlock screen (Xvfb, median)', `${app.cold_start_to_unlock_screen_ms.median} ms; Chromium ${peer?.cold_start_to_unlock_screen_ms?.median ?? '—'} ms`, 'peer', vs('cold_start_to_unlock_screen_ms'));
  row('unlock through the UI', `${app.unlock_in_ui_ms.median} ms`, '—', '—');
  row('memory at unlock screen (PSS, app + WebKit)', `${mib(app.pss_unlock_screen_mib.median)}; Chromium ${mib(peer?.pss_unlock_screen_mib?.median)}`, 'peer', vs('pss_unlock_screen_mib'));
  row('memory after unlock', `${mib(app.pss_after_unlock_mib.median)}; Chromium ${mib(peer?.pss_after_unlock_mib?.median)}`, 'peer', vs('pss_after_unlock_mib'));
  row('memory after opening a 50-item meeting', `${mib(app.pss_after_opening_meeting_mib.median)}; Chromium ${mib(peer?.pss_after_opening_meeting_mib?.median)}`, 'peer', vs('pss_after_opening_meeting_mib'));
}
const heapWipe = one('heap_wipe');
if (heapWipe) {
  row(
    'wiping heap (R21), shipped ÷ without, same run: cold start / unlock / open meeting / PSS',
    `${heapWipe.cold_start_ratio} / ${heapWipe.unlock_ratio} / ${heapWipe.open_meeting_ratio} / ${heapWipe.pss_after_opening_meeting_ratio}`,
    'reported',
    '—',
  );
}
const allocator = one('allocator');
if (allocator) {
  row(
    `zero-on-free Rust allocator, a live meeting of ${allocator.commands} commands (median of ${allocator.rounds})`,
    `${allocator.on_ms} ms wiping vs ${allocator.off_ms} ms not: ×${allocator.ratio}, ${allocator.wiped_mib_per_meeting} MiB wiped`,
    'reported',
    '—',
  );
}
const typingOn = all('typing').find((t) => t.detection === 'on');
const typingOff = all('typing').find((t) => t.detection === 'off');
if (typingOn) {
  row(
    `typing in the item field of a ${typingOn.items}-item meeting, hints on: median / p95 / max per keystroke (${typingOn.keystrokes} keys)`,
    `${ms(typingOn.median_ms)} / ${ms(typingOn.p95_ms)} / ${ms(typingOn.max_ms)}; hints off: ${typingOff ? `${ms(typingOff.median_ms)} / ${ms(typingOff.p95_ms)} / ${ms(typingOff.max_ms)}` : '—'}`,
    '< 16 ms (p95)',
    verdict(typingOn.met),
  );
}
for (const s of all('size')) row(`size: ${s.what}`, s.bytes ? `${(s.bytes / 2 ** 20).toFixed(1)} MiB` : `not built: ${s.error}`, '—', '—');

if (cmds.length) {
  out.push('', '### Commands (through the command layer, big store)', '', '| command | n | p50 ms | p99 ms | goal |', '|---|---|---|---|---|');
  for (const c of cmds) out.push(`| ${c.command} | ${c.n} | ${c.p50_ms.toFixed(2)} | ${c.p99_ms.toFixed(2)} | ${verdict(c.met)} |`);
}
const ops = all('store_workload');
if (ops.length) {
  out.push('', '### Store workload, SQLCipher vs plain SQLite (same run)', '', '| operation | n | SQLCipher median | plain median | ratio (totals) |', '|---|---|---|---|---|');
  for (const o of ops) out.push(`| ${o.op} | ${o.n} | ${ms(o.cipher_median_ms, 3)} | ${ms(o.plain_median_ms, 3)} | ${o.ratio}× |`);
}

const md = out.join('\n') + '\n';
const base = input.replace(/\.jsonl$/, '');
fs.writeFileSync(`${base}.md`, md);
fs.writeFileSync(`${base}.json`, JSON.stringify(records, null, 2) + '\n');
process.stdout.write(md);
