// `npm run sweep:parse`: the full-size conformance sweeps of the parser, one summary line per part.
//   (a) parse  — every .go file under $GOROOT/src outside testdata: files, lines, bytes, time, diagnostics.
//   (b) diff   — the differential comparison with go/parser (testdata/godump) on all of those files, batched.
//   (c) robust — the robustness property on generated inputs (default 10,000): token deletions, duplications, swaps
//                and insertions, truncations, random bytes and 10,000-deep nesting; each must parse without throwing,
//                without an internal error and within a time bound.
//   (d) errorcheck — gc's own syntax-error tests: the corpus is re-derived by running gc 1.19 on every `// errorcheck`
//                file of $GOROOT/test (compared with testdata/errorcheck-syntax.txt, rewritten by --write-corpus),
//                then the share of corpus files tsgo rejects with an error on every expected line.
// Flags: --parts=a,b,c,d (default all), --mutations=N, --bound-ms=N, --verbose (list failures and misses),
// --write-corpus (rewrite testdata/errorcheck-syntax.txt from gc's verdicts in part d).
// Exits 1 when a part fails its property (diagnostics on valid code, mismatches, robustness failures, share < 90%).

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { DiagnosticSink } from '../compiler/diag.ts';
import {
  classifyGcOutput,
  corpusListPath,
  errorcheckHeader,
  formatCorpus,
  readCorpus,
  scoreCorpus,
  type CorpusEntry,
} from '../compiler/syntax/conformance/errorcheck.ts';
import {
  buildGoHelper,
  compareWithGo,
  godumpDir,
  goroot,
  gorootSources,
  haveGo,
  readSources,
  throughput,
} from '../compiler/syntax/conformance/godiff.ts';
import { Mutator, checkParse, type MutationKind } from '../compiler/syntax/conformance/mutate.ts';
import { parseFile } from '../compiler/syntax/parser.ts';
import { FileSet } from '../compiler/syntax/source.ts';

const args = process.argv.slice(2);
const flag = (name: string): string | undefined => {
  const a = args.find((x) => x === `--${name}` || x.startsWith(`--${name}=`));
  return a === undefined ? undefined : (a.split('=')[1] ?? 'true');
};
const parts = new Set((flag('parts') ?? 'a,b,c,d').split(','));
const verbose = flag('verbose') !== undefined;
const testRoot = join(goroot, 'test');
let failed = false;

function summary(part: string, ok: boolean, text: string): void {
  if (!ok) failed = true;
  console.log(`${part} ${ok ? 'ok  ' : 'FAIL'} ${text}`);
}

const sources = gorootSources();

function partParse(): void {
  const { srcs, bytes: size, lines } = readSources(sources);
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const t0 = performance.now();
  for (let i = 0; i < sources.length; i++) parseFile(fset, sources[i]!, srcs[i]!, sink);
  const ms = performance.now() - t0;
  if (verbose) for (const d of sink.list.slice(0, 20)) console.log(`  ${sink.format(d)}`);
  summary('(a) parse     ', sink.list.length === 0,
    `${sources.length} files, ${lines} lines, ${(size / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms ` +
    `(${throughput(size, lines, ms)}), ${sink.list.length} diagnostics`);
}

function partDiff(): void {
  if (!haveGo()) {
    summary('(b) diff      ', true, 'skipped: no go command');
    return;
  }
  const t0 = performance.now();
  const bin = buildGoHelper(godumpDir, 'godump');
  const r = compareWithGo(bin, sources);
  const ms = performance.now() - t0;
  for (const m of r.mismatches.slice(0, verbose ? 50 : 5)) {
    console.log(`  ${m.path}: dump line ${m.line}: ours ${m.ours} | go ${m.theirs}`);
  }
  summary('(b) diff      ', r.mismatches.length === 0,
    `${r.files} files compared with go/parser in ${(ms / 1000).toFixed(1)} s, ${r.mismatches.length} mismatches`);
}

function partRobust(): void {
  const count = Number(flag('mutations') ?? 10_000);
  const bound = Number(flag('bound-ms') ?? 2000);
  // a spread of real files: every 40th file of GOROOT/src, skipping the biggest (generated tables)
  const picked = sources.filter((_, i) => i % 40 === 0).map((f) => ({ name: relative(join(goroot, 'src'), f), bytes: new Uint8Array(readFileSync(f)) }))
    .filter((s) => s.bytes.length < 200_000);
  const m = new Mutator(picked, 20240601);
  const byKind = new Map<MutationKind, number>();
  const failures: string[] = [];
  let broken = 0;
  let maxMs = 0;
  let maxWhat = '';
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const mut = m.next(i);
    byKind.set(mut.kind, (byKind.get(mut.kind) ?? 0) + 1);
    const r = checkParse(mut.bytes, bound);
    if (r.diagnostics > 0) broken++;
    if (r.ms > maxMs) {
      maxMs = r.ms;
      maxWhat = `${mut.kind} of ${mut.source}`;
    }
    if (r.problem !== undefined) failures.push(`#${i} ${mut.kind} of ${mut.source}: ${r.problem}`);
  }
  const ms = performance.now() - t0;
  for (const f of failures.slice(0, verbose ? 100 : 10)) console.log(`  ${f}`);
  const kinds = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
  summary('(c) robust    ', failures.length === 0,
    `${count} mutations of ${picked.length} files (${kinds}) in ${(ms / 1000).toFixed(1)} s: ${failures.length} failures, ` +
    `${broken} with diagnostics, slowest ${maxMs.toFixed(0)} ms (${maxWhat}), bound ${bound} ms`);
}

/** gcCorpus runs gc 1.19 on every errorcheck file of $GOROOT/test and keeps those it rejects in its syntax package. */
async function gcCorpus(): Promise<CorpusEntry[]> {
  const files: string[] = [];
  const visit = (dir: string): void => {
    for (const e of readdirSync(join(testRoot, dir), { withFileTypes: true })) {
      const rel = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (!e.name.endsWith('.dir')) visit(rel);
      } else if (e.name.endsWith('.go') && errorcheckHeader(readFileSync(join(testRoot, rel), 'utf8').slice(0, 200))) {
        files.push(rel);
      }
    }
  };
  visit('');
  files.sort();
  const out = mkdtempSync(join(tmpdir(), 'tsgo-errorcheck-'));
  const run = promisify(execFile);
  const kinds = new Map<string, CorpusEntry['kind'] | undefined>();
  let next = 0;
  const worker = async (w: number): Promise<void> => {
    while (next < files.length) {
      const rel = files[next++]!;
      let text = '';
      try {
        await run('go', ['tool', 'compile', '-e', '-p', 'p', '-o', join(out, `w${w}.o`), rel], { cwd: testRoot });
      } catch (e) {
        const err = e as { stdout?: string; stderr?: string };
        text = `${err.stdout ?? ''}${err.stderr ?? ''}`;
      }
      kinds.set(rel, classifyGcOutput(text));
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() }, (_, w) => worker(w)));
  return files.flatMap((f) => {
    const kind = kinds.get(f);
    return kind ? [{ path: f, kind }] : [];
  });
}

async function partErrorcheck(): Promise<void> {
  let corpus = readCorpus();
  let note = 'corpus from testdata/errorcheck-syntax.txt';
  if (haveGo()) {
    const t0 = performance.now();
    const fresh = await gcCorpus();
    const listed = new Set(corpus.map((e) => `${e.path} ${e.kind}`));
    const same = fresh.length === corpus.length && fresh.every((e) => listed.has(`${e.path} ${e.kind}`));
    note = `corpus re-derived from gc in ${((performance.now() - t0) / 1000).toFixed(1)} s` +
      (same ? ', same as the list' : ', DIFFERS from the list');
    if (flag('write-corpus') !== undefined) {
      writeFileSync(corpusListPath, formatCorpus(fresh));
      note += ' (list rewritten)';
    } else if (!same) {
      failed = true;
    }
    corpus = fresh;
  }
  const s = scoreCorpus(testRoot, corpus);
  for (const r of s.results) {
    if (!r.rejected || (verbose && (r.extra.length > 0 || r.matched < r.wanted))) {
      console.log(`  ${r.path}: missing lines [${r.missing.join(' ')}], extra lines [${r.extra.join(' ')}], ` +
        `${r.matched}/${r.wanted} match; ours: ${r.messages.slice(0, 4).join(' / ')}`);
    }
  }
  const syntax = s.results.filter((r) => r.kind === 'syntax');
  const pct = (a: number, b: number): string => `${(100 * a / Math.max(1, b)).toFixed(1)}%`;
  summary('(d) errorcheck', s.rejected / s.files >= 0.9,
    `${s.rejected}/${s.files} files rejected on every expected line (${pct(s.rejected, s.files)}; ` +
    `"syntax error" files ${syntax.filter((r) => r.rejected).length}/${syntax.length}), ` +
    `lines ${s.hit}/${s.lines} (${pct(s.hit, s.lines)}), message matches ${s.matched}/${s.lines}; ${note}`);
}

if (parts.has('a')) partParse();
if (parts.has('b')) partDiff();
if (parts.has('c')) partRobust();
if (parts.has('d')) await partErrorcheck();
process.exit(failed ? 1 : 0);
