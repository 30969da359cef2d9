// The checker sweep over the standard library (`npm run sweep:check [-- PART...]`): a list of named parts, each run
// in its own process so that its time and peak memory are its own. Every part loads `std` for the host through the
// package loader and checks each package once, dependencies first, and prints the package count, how many checked
// cleanly / had errors / were skipped for a dependency's errors, wall time, peak RSS, and the first error of each
// failing package. Parts:
//   no-overlays   `tsgo check -target=host -no-overlays std`: GOROOT's own runtime; must be all clean
//   keep-going    the same, but packages are checked even when a dependency failed (errors beyond the first one)
//   overlays      std against tsgo's runtime: how much of std already type-checks with it (keep-going)
//   gotypes       the go/types differential (compiler/oracle/gotypesdiff.ts) over every std package: tsgo's Info dump
//                 against go/types' for the same files (go/build's linux/amd64 selection), per-package mismatch
//                 counts and the total; the tolerated untyped differences are not mismatches. All mismatch lines go
//                 to a file whose path is printed. Passes when no package has more mismatches than KNOWN_MISMATCHES.

import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newBuildContext } from '../compiler/loader/constraints.ts';
import { PackageGraph } from '../compiler/loader/graph.ts';
import { loadPackages } from '../compiler/loader/loader.ts';
import { walkPackages } from '../compiler/loader/patterns.ts';
import { Resolver } from '../compiler/loader/resolve.ts';
import { GOROOT, gcBuildContext, hostSizes } from '../compiler/oracle/goroot.ts';
import { buildHelper, compareDumps } from '../compiler/oracle/gotypesdiff.ts';
import { FileSet } from '../compiler/syntax/source.ts';
import { dumpTypes } from '../compiler/types/dump.ts';

/** Part is one named step of the sweep; run prints its report and returns whether it passed. */
interface Part {
  name: string;
  describe: string;
  run: () => boolean;
}

/** stdSweep checks all of std for linux/amd64 and prints the report. */
function stdSweep(overlays: boolean, keepGoing: boolean, mustBeClean: boolean): boolean {
  const fset = new FileSet();
  const tags = ['tsgo_host', ...(overlays ? [] : ['gc'])];
  const t0 = performance.now();
  let peak = 0;
  const failures: string[] = [];
  let checkMs = 0;
  const r = loadPackages(['std'], {
    fset, overlays, keepGoing, cwd: fileURLToPath(new URL('.', import.meta.url)),
    build: newBuildContext('linux', 'amd64', tags), sizes: hostSizes,
    onPackage: (n) => {
      peak = Math.max(peak, process.memoryUsage().rss);
      checkMs += n.checkMs;
      if (n.status === 'errors') {
        const first = n.sink.sorted(1)[0];
        failures.push(`  ${n.path}: ${first ? n.sink.format(first) : '?'} (${n.sink.errorCount} errors)`);
      }
    },
  });
  const wall = (performance.now() - t0) / 1000;
  const count = (s: string): number => r.order.filter((n) => n.status === s).length;
  const depClean = r.order.filter((n) => n.status === 'dep-errors' && n.pkg !== undefined).length;
  const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024);
  console.log(
    `packages ${r.order.length} (std roots ${r.roots.length}): ok ${count('ok')}, errors ${count('errors')}, ` +
      `clean but a dependency failed ${depClean}, not checked (dependency failed) ${count('dep-errors') - depClean}; ${wall.toFixed(1)}s (type checking ${(checkMs / 1000).toFixed(1)}s), ` +
      `peak RSS ${(maxRss / 1e6).toFixed(0)} MB`,
  );
  for (const e of r.errors) console.log('  ' + e);
  for (const f of failures) console.log(f);
  return !mustBeClean || (failures.length === 0 && r.errors.length === 0);
}

/**
 * KNOWN_MISMATCHES are std packages allowed this many mismatching lines; none since the helper pads structs as gc and
 * LLVM do and the comparator tolerates go/types' stale integer values inside parentheses (see gotypesdiff.ts).
 */
const KNOWN_MISMATCHES = new Map<string, number>([]);

/** NOT_COMPARED are std packages go/types never checks: `unsafe` is built in (its unsafe.go only documents it). */
const NOT_COMPARED = new Set(['unsafe']);

/** gotypesSweep compares tsgo's Info with go/types' for every std package and prints per-package mismatch counts. */
function gotypesSweep(): boolean {
  const t0 = performance.now();
  const src = join(GOROOT, 'src');
  const build = gcBuildContext();
  const fset = new FileSet();
  const resolver = new Resolver({ goroot: GOROOT, module: undefined, overlays: false });
  const dumps = new Map<string, string>();
  let checkMs = 0;
  const graph = new PackageGraph({
    fset, build, sizes: hostSizes, resolver, keepGoing: true,
    onPackage: (n) => {
      checkMs += n.checkMs;
      if (n.files && n.info) dumps.set(n.path, dumpTypes(n.files, n.info, fset, n.path));
    },
  });
  for (const dir of walkPackages(src, build, ['cmd', 'builtin'], true)) {
    graph.loadResolved({ path: relative(src, dir).split(sep).join('/'), dir, origin: 'goroot' });
  }
  const tsMs = performance.now() - t0;
  // The helper re-checks each named package with Info after importing it; naming them dependencies first means no
  // package is ever imported in a version that is later replaced (which would make go/types see two of them).
  const order = graph.order.map((n) => n.path).filter((p) => dumps.has(p) && !NOT_COMPARED.has(p));
  const outDir = mkdtempSync(join(tmpdir(), 'tsgo-gotypes-sweep-'));
  const goFile = join(outDir, 'gotypes.txt');
  const fd = openSync(goFile, 'w');
  const t1 = performance.now();
  const r = spawnSync(buildHelper(), order, { stdio: ['ignore', fd, 'pipe'], encoding: 'utf8', maxBuffer: 1 << 30 });
  closeSync(fd);
  const goMs = performance.now() - t1;
  if (r.status !== 0) {
    console.log(`go/types helper failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
    return false;
  }
  const goText = readFileSync(goFile, 'utf8');
  const goDumps = new Map<string, string>();
  for (const chunk of goText.split(/^(?=== package )/m)) {
    const nl = chunk.indexOf('\n');
    if (chunk.startsWith('== package ')) goDumps.set(chunk.slice('== package '.length, nl), chunk);
  }
  const report: string[] = [];
  const lines: string[] = [];
  let total = 0;
  let tolerated = 0;
  let goLines = 0;
  let unexpected = 0;
  for (const p of order) {
    const g = goDumps.get(p);
    if (g === undefined) {
      lines.push(`  ${p}: no go/types dump`);
      unexpected++;
      continue;
    }
    const d = compareDumps(g, dumps.get(p)!);
    goLines += d.lines;
    tolerated += d.tolerated;
    const n = d.mismatches.length;
    total += n;
    if (n === 0) continue;
    const allowed = KNOWN_MISMATCHES.get(p) ?? 0;
    if (n > allowed) unexpected++;
    lines.push(`  ${p}: ${n} mismatching lines${allowed ? ` (known: ${allowed})` : ''}; first: ${d.mismatches[0]}`);
    report.push(`== ${p} (${n})`, ...d.mismatches);
  }
  const mismatchFile = join(outDir, 'mismatches.txt');
  writeFileSync(mismatchFile, report.join('\n') + '\n');
  const clean = order.length - lines.length;
  console.log(
    `packages ${order.length}: identical ${clean}, with mismatches ${lines.length} (beyond the known ones ${unexpected}); ` +
      `go/types lines ${goLines}, mismatching ${total}, tolerated ${tolerated}; ` +
      `tsgo load+check+dump ${(tsMs / 1000).toFixed(1)}s (type checking ${(checkMs / 1000).toFixed(1)}s), go/types helper ${(goMs / 1000).toFixed(1)}s`,
  );
  for (const l of lines) console.log(l);
  console.log(`all mismatching lines: ${mismatchFile}`);
  return unexpected === 0;
}

const PARTS: Part[] = [
  { name: 'no-overlays', describe: 'check -target=host -no-overlays std', run: () => stdSweep(false, false, true) },
  { name: 'keep-going', describe: 'no-overlays, checking past failed dependencies', run: () => stdSweep(false, true, false) },
  { name: 'overlays', describe: "std against tsgo's runtime (keep-going)", run: () => stdSweep(true, true, false) },
  { name: 'gotypes', describe: 'go/types differential over every std package', run: gotypesSweep },
];

function main(): number {
  const args = process.argv.slice(2);
  if (args[0] === '--part') {
    const part = PARTS.find((p) => p.name === args[1]);
    if (!part) return 2;
    return part.run() ? 0 : 1;
  }
  const selected = args.length ? PARTS.filter((p) => args.includes(p.name)) : PARTS;
  let failed = 0;
  for (const part of selected) {
    console.log(`== ${part.name}: ${part.describe}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--part', part.name], { stdio: 'inherit' });
    if (r.status !== 0) failed++;
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main();
