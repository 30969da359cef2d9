// `npm run bench:parse`: tsgo's parser against go/parser on every .go file of $GOROOT/src outside testdata, in the
// same run. Both sides load all files into memory first (reading is timed on neither), then parse all of them
// `--runs` times (default 5), the two sides alternating run by run; each tree is dropped after its file (with --keep-trees, every tree of a run stays alive
// until the run ends, as in a compiler holding the whole program, which mostly measures the garbage collectors). The Go side is
// compiler/syntax/testdata/goparse (go/parser with ParseComments). Printed: per side the median and best run, MB/s and
// lines per second, peak memory (tsgo: process.memoryUsage heapUsed sampled during the first run, and rss; Go:
// runtime.MemStats peak HeapInuse and Sys), and the ratio tsgo time / go/parser time (median and best; <= 1.0 means
// tsgo is no slower). Flags: --runs=N, --keep-trees, --skip-resolution (go/parser without its identifier resolution,
// which tsgo's parser does not do: the strictest comparison), --json (one machine-readable line).

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DiagnosticSink } from '../compiler/diag.ts';
import type * as ast from '../compiler/syntax/ast.ts';
import { buildGoHelper, gorootSources, haveGo, readSources, throughput } from '../compiler/syntax/conformance/godiff.ts';
import { parseFile } from '../compiler/syntax/parser.ts';
import { FileSet } from '../compiler/syntax/source.ts';

const args = process.argv.slice(2);
const runsArg = args.find((a) => a.startsWith('--runs='));
const runs = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length))) : 5;
const asJson = args.includes('--json');
const keepTrees = args.includes('--keep-trees');
const skipResolution = args.includes('--skip-resolution');

interface Side {
  runsMs: number[];
  errors: number;
  peakHeap: number;
  total: number;
}

const files = gorootSources();
const { srcs, bytes, lines } = readSources(files);

/** tsgoRun parses every file once; the first run samples memory. */
function tsgoRun(side: Side, first: boolean): void {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const trees: ast.File[] = [];
  const t0 = performance.now();
  for (let i = 0; i < files.length; i++) {
    const tree = parseFile(fset, files[i]!, srcs[i]!, sink);
    if (keepTrees) trees.push(tree);
    if (first && (i & 63) === 0) {
      const m = process.memoryUsage();
      if (m.heapUsed > side.peakHeap) side.peakHeap = m.heapUsed;
      if (m.rss > side.total) side.total = m.rss;
    }
  }
  side.runsMs.push(performance.now() - t0);
  side.errors = sink.list.length;
  if (keepTrees && trees.length !== files.length) throw new Error('lost a tree');
}

/** goRun runs the go/parser helper for one timed run (its loading of the files is not timed). */
function goRun(bin: string, side: Side): void {
  const out = execFileSync(bin, ['-runs=1', `-keep=${keepTrees}`, `-skip-resolution=${skipResolution}`], { input: files.join('\n'), encoding: 'utf8', maxBuffer: 1 << 24 });
  const r = JSON.parse(out) as { runsMs: number[]; errors: number; peakHeapInuse: number; sys: number; bytes: number };
  if (r.bytes !== bytes) throw new Error(`go side read ${r.bytes} bytes, tsgo ${bytes}`);
  side.runsMs.push(r.runsMs[0]!);
  side.errors = r.errors;
  side.peakHeap = Math.max(side.peakHeap, r.peakHeapInuse);
  side.total = Math.max(side.total, r.sys);
}

// the two sides alternate run by run, so that both see the same machine load
const bin = haveGo() ? buildGoHelper(join(import.meta.dirname, '../compiler/syntax/testdata/goparse'), 'goparse') : undefined;
const ts: Side = { runsMs: [], errors: 0, peakHeap: 0, total: 0 };
const go: Side | undefined = bin ? { runsMs: [], errors: 0, peakHeap: 0, total: 0 } : undefined;
for (let r = 0; r < runs; r++) {
  if (bin && go) goRun(bin, go);
  tsgoRun(ts, r === 0);
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const best = (xs: number[]): number => Math.min(...xs);
const mb = (n: number): string => `${(n / 1e6).toFixed(0)} MB`;

function line(name: string, s: Side, memNames: [string, string]): string {
  const m = median(s.runsMs);
  return `${name.padEnd(10)} median ${m.toFixed(0).padStart(5)} ms, best ${best(s.runsMs).toFixed(0).padStart(5)} ms, ` +
    `${throughput(bytes, lines, m)}, ` +
    `peak ${memNames[0]} ${mb(s.peakHeap)}, ${memNames[1]} ${mb(s.total)}, ${s.errors} errors ` +
    `(runs: ${s.runsMs.map((x) => x.toFixed(0)).join(' ')})`;
}

if (asJson) {
  console.log(JSON.stringify({ files: files.length, bytes, lines, runs, tsgo: ts, go }));
} else {
  console.log(`${files.length} files, ${lines.toLocaleString('en-US')} lines, ${mb(bytes)} of $GOROOT/src, ${runs} runs each, trees ${keepTrees ? 'kept' : 'dropped'}${skipResolution ? ', go/parser without identifier resolution' : ''}`);
  console.log(line('tsgo', ts, ['heapUsed', 'rss']));
  if (go) {
    console.log(line('go/parser', go, ['HeapInuse', 'Sys']));
    const ratio = median(ts.runsMs) / median(go.runsMs);
    const pairs = median(ts.runsMs.map((t, i) => t / go.runsMs[i]!));
    console.log(`ratio tsgo/go/parser: ${ratio.toFixed(2)} (medians), ${pairs.toFixed(2)} (median of run pairs), ` +
      `${(best(ts.runsMs) / best(go.runsMs)).toFixed(2)} (best runs) — target <= 1.00`);
  } else {
    console.log('go/parser: skipped (no go command)');
  }
}
