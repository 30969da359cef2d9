// The checker sweep over the standard library (`npm run sweep:check [-- PART...]`): a list of named parts, each run
// in its own process so that its time and peak memory are its own. Every part loads `std` for the host through the
// package loader and checks each package once, dependencies first, and prints the package count, how many checked
// cleanly / had errors / were skipped for a dependency's errors, wall time, peak RSS, and the first error of each
// failing package. Parts:
//   no-overlays   `tsgo check -target=host -no-overlays std`: GOROOT's own runtime; must be all clean
//   keep-going    the same, but packages are checked even when a dependency failed (errors beyond the first one)
//   overlays      std against tsgo's runtime: how much of std already type-checks with it (keep-going)
// Other parts (e.g. a go/types differential) can be added to PARTS.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newBuildContext } from '../compiler/loader/constraints.ts';
import { loadPackages } from '../compiler/loader/loader.ts';
import { FileSet } from '../compiler/syntax/source.ts';
import { Sizes } from '../compiler/types/sizes.ts';

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
    build: newBuildContext('linux', 'amd64', tags), sizes: new Sizes(8, 8, 8),
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

const PARTS: Part[] = [
  { name: 'no-overlays', describe: 'check -target=host -no-overlays std', run: () => stdSweep(false, false, true) },
  { name: 'keep-going', describe: 'no-overlays, checking past failed dependencies', run: () => stdSweep(false, true, false) },
  { name: 'overlays', describe: "std against tsgo's runtime (keep-going)", run: () => stdSweep(true, true, false) },
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
