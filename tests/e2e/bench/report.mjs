// Turns one benchmark run (JSON lines written by ./x bench) into a results table:
// <run>.md (markdown) and <run>.json (all records) next to the input file. Every goal of
// the issues is listed with its verdict; a missed goal says "missed", it is never loosened.
//
//   node tests/e2e/bench/report.mjs bench-results/<run>.jsonl

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const input = process.argv[2];
const base = input?.replace(/\.jsonl$/, '');
if (!input) {
  console.error('usage: node report.mjs <run>.jsonl');
  process.exit(2);
}
const records = fs
  .readFileSync(input, 'utf8')
  .split('\n')
  .filter((l) => l.trim().startsWith('{'))
  .map((l) => JSON.parse(l));
/**
 * The scale chart (issue 19 goal 4): p99 of every command against the store size, log-log,
 * as SVG, turned into a PNG by rsvg-convert (librsvg2-bin) when it is there. Returns the
 * PNG's path, or the SVG's if no converter is installed.
 */
function writeScaleChart(commands, sizes, p99) {
  const [W, H, L, R, T, B] = [1100, 640, 70, 330, 30, 60];
  const values = commands.flatMap((c) => sizes.map((n) => p99(c, n))).filter((v) => v > 0);
  if (!values.length) return null;
  const yLo = Math.floor(Math.log10(Math.min(...values)));
  const yHi = Math.ceil(Math.log10(Math.max(...values, 16)));
  const xLo = Math.log10(sizes[0]);
  const xHi = Math.log10(sizes[sizes.length - 1]);
  const x = (n) => L + ((Math.log10(n) - xLo) / (xHi - xLo || 1)) * (W - L - R);
  const y = (v) => T + (1 - (Math.log10(v) - yLo) / (yHi - yLo || 1)) * (H - T - B);
  const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${L}" y="18" font-size="14">p99 per command (ms, log) against store size (meetings, log)</text>`,
  ];
  for (let e = yLo; e <= yHi; e++) {
    const v = 10 ** e;
    parts.push(`<line x1="${L}" x2="${W - R}" y1="${y(v)}" y2="${y(v)}" stroke="#ddd"/>`, `<text x="${L - 8}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  for (const goal of [4, 16]) {
    parts.push(`<line x1="${L}" x2="${W - R}" y1="${y(goal)}" y2="${y(goal)}" stroke="#c00" stroke-dasharray="6 4"/>`, `<text x="${W - R + 4}" y="${y(goal) + 4}" fill="#c00">${goal} ms</text>`);
  }
  for (const n of sizes) parts.push(`<text x="${x(n)}" y="${H - B + 20}" text-anchor="middle">${n}</text>`);
  const palette = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];
  commands.forEach((c, i) => {
    const pts = sizes.filter((n) => p99(c, n) > 0).map((n) => `${x(n).toFixed(1)},${y(p99(c, n)).toFixed(1)}`);
    const colour = palette[i % palette.length];
    const dash = i >= palette.length ? ' stroke-dasharray="3 3"' : '';
    parts.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${colour}" stroke-width="1.5"${dash}/>`);
    parts.push(`<text x="${W - R + 50}" y="${T + 14 * i}" fill="${colour}">${esc(c)}</text>`);
  });
  parts.push('</svg>');
  const svg = `${base}-scale.svg`;
  fs.writeFileSync(svg, parts.join('\n'));
  const png = `${base}-scale.png`;
  const converted = spawnSync('rsvg-convert', ['-o', png, svg]);
  return converted.status === 0 ? png : svg;
}

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
  const flow = one('flow_calls');
  row(
    `commands on the ${cmds[0].meetings ?? 'big'}-meeting store: worst p99 of ${cmds.length} (${worst.command})${flow ? `, ${flow.live_meetings} live meetings, ${flow.calls_timed} calls` : ''}`,
    `${ms(worst.p99_ms, 2)}; ${cmds.filter((c) => !c.met).length} missed`,
    '≤ 4 ms p99, ≤ 16 ms max',
    verdict(cmds.every((c) => c.met)),
  );
}
for (const c of cmds.filter((c) => /^(management_report|breach_impact)/.test(c.command))) {
  row(`${c.command} on the ${c.meetings}-meeting store (R19/R20 at scale): p99`, ms(c.p99_ms, 2), '≤ 200 ms', verdict(c.p99_ms <= 200));
}
for (const d of all('unlock_destroying')) {
  row(
    `unlock with ${d.expired_meetings} expired full-size meetings to destroy (R15; median of ${d.runs})`,
    `${d.unlock_destroying_ms} ms vs ${d.unlock_ms} ms: ${d.extra_ms} ms extra`,
    '≤ 1000 ms extra',
    verdict(d.met),
  );
}
const casus = one('casus');
if (casus) {
  row(
    `casus backup of the ${casus.meetings}-meeting store (${(casus.store_bytes / 1e9).toFixed(2)} GB): against a plain copy of the same bytes`,
    `${casus.backup_s} s (${casus.backup_mb_per_s} MB/s) vs ${casus.plain_copy_s} s: ${casus.backup_vs_copy}×`,
    '≤ 2×',
    verdict(casus.met),
  );
  row(`casus verify of the same store`, `${casus.verify_s} s (${casus.verify_mb_per_s} MB/s)`, 'reported', '—');
}
for (const s of all('seed')) row(`seeding a store of ${s.meetings} meetings (${s.items} items)`, `${s.seconds} s`, '—', '—');
const scaleRows = all('scale');
const sizes = [...new Set(scaleRows.map((r) => r.meetings))].sort((a, b) => a - b);
if (sizes.length > 1) {
  const [first, last] = [sizes[0], sizes[sizes.length - 1]];
  const p99 = (cmd, n) => scaleRows.find((r) => r.command === cmd && r.meetings === n)?.p99_ms;
  const ratios = [...new Set(scaleRows.map((r) => r.command))]
    .map((cmd) => ({ cmd, ratio: p99(cmd, last) / p99(cmd, first) }))
    .filter((r) => Number.isFinite(r.ratio));
  const worst = ratios.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  row(
    `cost grows with the meeting, not the store: p99 on ${last} ÷ on ${first} meetings, worst of ${ratios.length} commands (${worst.cmd})`,
    `${worst.ratio.toFixed(2)}×; ${ratios.filter((r) => r.ratio > 1.5).length} over 1.5×`,
    '≤ 1.5×',
    verdict(ratios.every((r) => r.ratio <= 1.5)),
  );
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
const soak = one('soak');
if (soak) {
  row(
    `memory over a live meeting (soak through the UI: ${soak.items} items, ${soak.decisions} decisions, ${soak.searches} searches, ${soak.presentation_toggles} × presentation, lock + unlock; ${Math.round(soak.seconds)} s): PSS growth, first → last 10 of ${soak.simulated_minutes} minutes`,
    `${mib(soak.pss_first_10min_mib)} → ${mib(soak.pss_last_10min_mib)}: ${soak.pss_growth_mib >= 0 ? '+' : ''}${mib(soak.pss_growth_mib)} (max ${mib(soak.pss_max_mib)})`,
    '≤ 5 MiB',
    verdict(soak.met),
  );
  row('memory above an empty WebKitGTK window (same run, last 10 minutes)', `${mib(soak.above_floor_mib)} above a floor of ${mib(soak.webkit_floor_mib)}`, 'reported', '—');
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
for (const s of all('size')) {
  const isDeb = s.what === '.deb installer';
  row(
    `size: ${s.what}`,
    s.bytes ? `${(s.bytes / 2 ** 20).toFixed(1)} MiB (${(s.bytes / 1e6).toFixed(2)} MB)` : `not built: ${s.error}`,
    isDeb ? '≤ 7 MB' : '—',
    isDeb && s.bytes ? verdict(s.bytes <= 7e6) : '—',
  );
}

if (cmds.length) {
  out.push('', `### Commands (through the command layer, ${cmds[0].meetings ?? 'big'}-meeting store)`, '', '| command | n | p50 ms | p99 ms | max ms | goal p99 ≤ 4 ms, max ≤ 16 ms |', '|---|---|---|---|---|---|');
  for (const c of cmds) out.push(`| ${c.command} | ${c.n} | ${c.p50_ms.toFixed(2)} | ${c.p99_ms.toFixed(2)} | ${c.max_ms?.toFixed(2) ?? '—'} | ${verdict(c.met)} |`);
}
if (sizes.length > 1) {
  const commands = [...new Set(scaleRows.map((r) => r.command))];
  const p99 = (cmd, n) => scaleRows.find((r) => r.command === cmd && r.meetings === n)?.p99_ms;
  out.push('', '### p99 per store size (ms): cost grows with the meeting, not with the store', '');
  out.push(`| command | ${sizes.map((n) => `${n} meetings`).join(' | ')} | ${sizes[sizes.length - 1]} ÷ ${sizes[0]} |`);
  out.push(`|---|${sizes.map(() => '---').join('|')}|---|`);
  for (const cmd of commands) {
    const r = p99(cmd, sizes[sizes.length - 1]) / p99(cmd, sizes[0]);
    out.push(`| ${cmd} | ${sizes.map((n) => p99(cmd, n)?.toFixed(2) ?? '—').join(' | ')} | ${Number.isFinite(r) ? `${r.toFixed(2)}×` : '—'} |`);
  }
  const chart = writeScaleChart(commands, sizes, p99);
  if (chart) out.push('', `Chart: \`${chart}\``);
}
const floor = all('floor');
if (floor.length) {
  out.push('', `### The floor under every command (store level, ${floor[0].calls} calls each, interleaved)`, '', '| call | p50 ms | p99 ms | max ms |', '|---|---|---|---|');
  for (const f of floor) out.push(`| ${f.call} | ${f.p50_ms.toFixed(3)} | ${f.p99_ms.toFixed(3)} | ${f.max_ms.toFixed(3)} |`);
}
const parts = all('flow_parts').filter((p) => p.calls);
if (parts.length) {
  const size = all('flow_parts').find((p) => p.bytes);
  out.push('', `### Where a command's time goes when it answers with the whole meeting (${parts[0].calls} calls each${size ? `; the answer is ${(size.bytes / 1024).toFixed(0)} KiB of JSON` : ''})`, '', '| part | p50 ms | p99 ms | max ms |', '|---|---|---|---|');
  for (const p of parts) out.push(`| ${p.part} | ${p.p50_ms.toFixed(3)} | ${p.p99_ms.toFixed(3)} | ${p.max_ms.toFixed(3)} |`);
  for (const a of all('flow_parts').filter((p) => p.answer_bytes_p50)) out.push('', `${a.part}: ${a.answer_bytes_p50} B median, ${a.answer_bytes_max} B at most.`);
}
const kept = all('flow_cache').filter((c) => c.calls);
if (kept.length) {
  out.push('', `### A change after a change of the same meeting: the flow kept, or loaded again (store level, ${kept[0].calls} calls each, interleaved)`, '', '| change | flow | p50 ms | p99 ms | max ms |', '|---|---|---|---|---|');
  for (const c of kept) out.push(`| ${c.call} | ${c.cache === 'kept' ? 'kept' : 'loaded again'} | ${c.p50_ms.toFixed(3)} | ${c.p99_ms.toFixed(3)} | ${c.max_ms.toFixed(3)} |`);
}
const ops = all('store_workload');
if (ops.length) {
  out.push('', '### Store workload, SQLCipher vs plain SQLite (same run)', '', '| operation | n | SQLCipher median | plain median | ratio (totals) |', '|---|---|---|---|---|');
  for (const o of ops) out.push(`| ${o.op} | ${o.n} | ${ms(o.cipher_median_ms, 3)} | ${ms(o.plain_median_ms, 3)} | ${o.ratio}× |`);
}
const steps = all('step');
if (steps.length) {
  const total = one('suite')?.seconds ?? steps.reduce((t, s) => t + s.seconds, 0);
  out.push('', "### Where the suite's time goes (goal: all ≤ 900 s)", '', '| part | seconds | share |', '|---|---|---|');
  for (const s of [...steps].sort((a, b) => b.seconds - a.seconds)) {
    out.push(`| ${s.what} | ${s.seconds} | ${total ? Math.round((100 * s.seconds) / total) : '—'} % |`);
  }
}

const md = out.join('\n') + '\n';
fs.writeFileSync(`${base}.md`, md);
fs.writeFileSync(`${base}.json`, JSON.stringify(records, null, 2) + '\n');
process.stdout.write(md);
