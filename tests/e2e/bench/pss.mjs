// Memory of a process tree as the kernel counts it for the user: PSS (proportional set
// size: private pages plus a fair share of shared ones), from /proc. Shared by the app and
// soak benches.

import fs from 'node:fs';

/** The pid and all its descendants (WebKitWebProcess, renderers, GPU process, ...). */
export function descendants(pid) {
  const all = [pid];
  for (let i = 0; i < all.length; i++) {
    let tasks = [];
    try {
      tasks = fs.readdirSync(`/proc/${all[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        const kids = fs.readFileSync(`/proc/${all[i]}/task/${t}/children`, 'utf8').trim();
        if (kids) all.push(...kids.split(/\s+/).map(Number));
      } catch {}
    }
  }
  return [...new Set(all)];
}

function pssKiB(pid) {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function comm(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** PSS in MiB of the process trees rooted at `roots`, plus the per-process breakdown. */
export function treePss(roots) {
  const processes = roots.flatMap(descendants).map((p) => ({ name: comm(p), pss_kib: pssKiB(p) }));
  return { mib: processes.reduce((s, p) => s + p.pss_kib, 0) / 1024, processes };
}
