// Go-source tests of the whole pass pipeline through the real front end: the allocation report of each
// passes/testdata/*.go must match its inline `// OUT: message` expectations exactly (missing and unexpected lines both
// fail), the allocs.md example must print exactly its one documented line, and on the snippets in testdata/gc our
// heap verdicts and parameter summaries must agree with gc's own (`go build -gcflags='-m -l'`, inlining off, since
// our analysis is interprocedural without inlining as gc's is with -l).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../compiler/diag.ts';
import { buildFromSource } from '../compiler/ssagen/testutil.ts';
import { hasPointers } from './escape/pointers.ts';
import { reportAllocs } from './allocs.ts';
import { analyzeEscapes } from './escape/escape.ts';
import { runPasses } from './pipeline.ts';
import { isAllocSite } from '../ir/ir.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const testdata = path.join(here, 'testdata');

/** compile builds one Go file through parse, check, SSA and the pass pipeline and returns its report. */
async function compile(file: string, maxStackAlloc = 256): Promise<string[]> {
  const built = await buildFromSource(file, readFileSync(file));
  expect(built.checkErrors).toEqual([]);
  expect(built.sink.list.map((d) => built.sink.format(d))).toEqual([]);
  const sink = new DiagnosticSink(built.prog.fset);
  runPasses(built.prog, { maxStackAlloc, validate: true }, sink);
  expect(sink.list.map((d) => d.message)).toEqual([]);
  return reportAllocs(built.prog, /./, path.dirname(file));
}

/** expectations reads `// OUT: message` comments as `line: message` strings. */
function expectations(src: string): string[] {
  const out: string[] = [];
  src.split('\n').forEach((l, i) => {
    const m = /\/\/ OUT: (.*)$/.exec(l);
    if (m) out.push(`${i + 1}: ${m[1]}`);
  });
  return out.sort();
}

/**
 * Every line of allocs.md's list of operations that allocate, with a line of passes/testdata where the report shows it
 * (an OUT comment) and one where the analysis avoids it (on the line where the needle ends) (no OUT comment: the file's test proves nothing is reported
 * there), or null where no case can avoid it. A line is found by a substring that is unique in its file.
 */
const SEED_LIST: { item: string; reported: [string, string]; avoided: [string, string] | null }[] = [
  { item: '1. &x', reported: ['escape_cases.go', 'func viaIDLeak() {\n\tx := 1'], avoided: ['escape_cases.go', 'func viaID() {\n\tx := 1'] },
  { item: '1. new(T)', reported: ['escape_cases.go', 'p := new(int) // OUT'], avoided: ['escape_cases.go', 'newAndLiteral() *T {\n\tp := new(int)'] },
  { item: '1. &T{}', reported: ['escape_cases.go', 'q := &T{n: *p}'], avoided: ['escape_cases.go', '&T{n: 1}'] },
  { item: '2. []byte(s)', reported: ['values.go', 'mod := []byte(gstr)'], avoided: ['values.go', 'ro := []byte(gstr)'] },
  { item: '2. string(b)', reported: ['values.go', '"<"+string(b)+">" == y'], avoided: ['values.go', 'return m[string(b)]'] },
  { item: '3. string(r)', reported: ['records.go', 'gs = string(r)'], avoided: ['records.go', 'println(string(r) == "a")'] },
  { item: '4. concatenation', reported: ['values.go', 'gstr = x + y'], avoided: ['values.go', 'gstr = "" + y'] },
  { item: '5. boxing', reported: ['values.go', 'gany = b'], avoided: ['values.go', 'println(inspect(x), inspect(b))'] },
  { item: '6. closures', reported: ['closures.go', 'gf = func() int { return x + y }'], avoided: ['closures.go', 'f := t.Sum'] },
  { item: '7. maps', reported: ['values.go', 'gmap = map[string]int{}'], avoided: ['values.go', 'm := make(map[string]int)'] },
  { item: '8. goroutines', reported: ['goroutines.go', 'go worker(in, out)'], avoided: null },
  { item: '9. make([]T, n)', reported: ['values.go', 'b := make([]byte, n)'], avoided: ['values.go', 'a := make([]int, 8)'] },
  { item: '9. append growth', reported: ['values.go', 'a = append(a, 5)'], avoided: null },
  { item: '9. variadic slices', reported: ['closures.go', 'keep(1, 2)'], avoided: ['closures.go', 'variadic(1, 2, 3))'] },
  { item: '9. defer in loops', reported: ['records.go', 'defer println(i)'], avoided: ['records.go', 'defer println("once")'] },
  { item: '9. channel buffers', reported: ['goroutines.go', 'in := make(chan int, 4)'], avoided: ['goroutines.go', 'local := make(chan int, 3)'] },
];

describe("allocs.md's list of operations that allocate", () => {
  /** lineOf returns the text of the line where `needle` (unique in the file) ends. */
  const lineOf = ([file, needle]: [string, string]): string => {
    const src = readFileSync(path.join(testdata, file), 'latin1');
    const at = src.indexOf(needle);
    expect(at, `${file}: ${needle}`).toBeGreaterThanOrEqual(0);
    expect(src.indexOf(needle, at + 1), `${file}: ${needle} is not unique`).toBe(-1);
    const end = at + needle.length;
    return src.slice(src.lastIndexOf('\n', end - 1) + 1, src.indexOf('\n', end));
  };
  it.each(SEED_LIST)('$item: a reported case and an avoided one', ({ reported, avoided }) => {
    expect(lineOf(reported)).toMatch(/\/\/ OUT: object allocated on the heap: /);
    if (avoided) expect(lineOf(avoided)).not.toMatch(/\/\/ OUT:/);
  });
});

describe('allocation report on Go sources', () => {
  for (const name of readdirSync(testdata).filter((f) => f.endsWith('.go'))) {
    it(name, async () => {
      const file = path.join(testdata, name);
      const got = (await compile(file)).map((l) => {
        const m = /^[^:]+:(\d+):\d+: (.*)$/.exec(l);
        return m ? `${m[1]}: ${m[2]}` : l;
      });
      expect(got.sort()).toEqual(expectations(readFileSync(file, 'latin1')));
    });
  }

  it('prints exactly the allocs.md example line', async () => {
    expect(await compile(path.join(testdata, '../../examples/allocs/main.go'))).toEqual([
      'main.go:6:2: object allocated on the heap: escapes at line 7',
    ]);
  });
});

/** runGc returns gc's -m output lines (gc prints them on stderr); the binary goes to a scratch directory. */
function runGc(file: string): string[] {
  const out = mkdtempSync(path.join(tmpdir(), 'tsgo-gc-'));
  try {
    const r = spawnSync('go', ['build', '-gcflags=-m -l', '-o', path.join(out, 'a.out'), path.basename(file)], {
      cwd: path.dirname(file),
      encoding: 'utf8',
      env: { ...process.env, GO111MODULE: 'off', GOFLAGS: '' },
    });
    if (r.status !== 0) throw new Error(`go build failed: ${r.stderr}`);
    return `${r.stdout}${r.stderr}`.split('\n');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('agreement with gc (-gcflags=-m -l)', () => {
  const gcdir = path.join(testdata, 'gc');
  for (const name of readdirSync(gcdir).filter((f) => f.endsWith('.go'))) {
    it(name, async () => {
      const file = path.join(gcdir, name);
      const gcLines = runGc(file);
      // Heap verdicts: gc's "moved to heap: x" and "... escapes to heap" positions vs our escaping Allocs.
      const gcHeap = gcLines
        .map((l) => /^\.\/[^:]+:(\d+):(\d+): (moved to heap: \w+|.* escapes to heap)$/.exec(l))
        .filter((m) => m !== null)
        .map((m) => `${m[1]}:${m[2]}`)
        .sort();
      const built = await buildFromSource(file, readFileSync(file));
      expect(built.checkErrors).toEqual([]);
      const res = analyzeEscapes(built.prog);
      const ours: string[] = [];
      const params: string[] = [];
      const gcParams: string[] = [];
      for (const line of gcLines) {
        const m = /^\.\/[^:]+:(\d+):(\d+): (?:leaking param( content)?: \w+( to result ~r(\d+) level=(\d+))?|(\w+) does not escape)$/.exec(line);
        if (!m) continue;
        const verdict = m[7] ? 'none' : m[4] ? `result${m[5]}:${m[6]}` : m[3] ? 'content' : 'heap:0';
        gcParams.push(`${m[1]}:${m[2]} ${verdict}`);
      }
      for (const [fn, summary] of res.summaries) {
        fn.params.forEach((p, i) => {
          if (!hasPointers(p.type)) return;
          const pos = built.prog.fset.position(p.pos);
          const leaks = summary.params[i]!;
          const parts: string[] = [];
          if (leaks.heap !== undefined) parts.push(leaks.heap === 0 ? 'heap:0' : 'content');
          leaks.results.forEach((d, k) => {
            if (d !== undefined) parts.push(`result${k}:${d}`);
          });
          params.push(`${pos.line}:${pos.column} ${parts.length ? parts.join(' ') : 'none'}`);
        });
      }
      for (const fn of res.graphs.keys())
        for (const blk of fn.blocks)
          for (const ins of blk.instrs)
            if (ins.kind === 'Alloc' && ins.heap && ins.escape) {
              const p = built.prog.fset.position(ins.pos);
              ours.push(`${p.line}:${p.column}`);
            }
      expect(gcHeap.length).toBeGreaterThan(0);
      expect(gcParams.length).toBeGreaterThan(0);
      expect(ours.sort()).toEqual(gcHeap);
      // gc reports a summary only for pointer params it can name; compare those it reports.
      const ourByPos = new Map(params.map((s) => [s.split(' ')[0]!, s]));
      const paired = gcParams.map((s) => ourByPos.get(s.split(' ')[0]!) ?? `${s.split(' ')[0]} missing`);
      expect(paired).toEqual(gcParams);
    });
  }
});

// Every kind of allocation site (boxing, make, conversions, concatenation, closures, method values, variadic slices,
// maps, new and &T{}) against gc's verdicts: a site tsgo leaves on the heap must be one gc puts on the heap too,
// except where tsgo's report says why gc's own trick does not apply (a size known only at run time, whose site gc
// also reports, possibly with its 32-byte stack buffer that tsgo uses as well), an append or map insertion that
// grows (gc's runtime always grows into the heap and reports nothing), or the target's stack limit.
describe('never on the heap where gc keeps it local (-gcflags=-m -l)', () => {
  const dir = path.join(testdata, 'gcsites');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.go'))) {
    it(name, async () => {
      const file = path.join(dir, name);
      const gcLines = runGc(file).map((l) => /^\.\/[^:]+:(\d+):\d+: (.*)$/.exec(l)).filter((m) => m !== null);
      const gcHeap = new Set(gcLines.filter((m) => /escapes to heap$|^moved to heap: /.test(m[2]!)).map((m) => Number(m[1])));
      const gcAny = new Set(gcLines.filter((m) => !/^leaking param/.test(m[2]!)).map((m) => Number(m[1])));
      const built = await buildFromSource(file, readFileSync(file));
      expect(built.checkErrors).toEqual([]);
      runPasses(built.prog, { maxStackAlloc: 1024, validate: true }, new DiagnosticSink(built.prog.fset));
      const unexplained: string[] = [];
      let sites = 0;
      for (const fn of built.prog.packages.flatMap((p) => p.functions))
        for (const blk of fn.blocks)
          for (const ins of blk.instrs) {
            if (!isAllocSite(ins) || !ins.heap) continue;
            sites++;
            const line = built.prog.fset.position(ins.pos).line;
            const growth = ins.kind === 'Append' || ins.kind === 'MapUpdate';
            // gc allocates every channel and goroutine in its runtime (makechan, newproc): never in the frame.
            const gcAlwaysHeap = ins.kind === 'MakeChan' || ins.kind === 'Go';
            const reason = ins.escape?.reason;
            const ok = growth || gcAlwaysHeap || gcHeap.has(line) || reason === 'too-large' || (reason === 'size-not-constant' && gcAny.has(line));
            if (!ok) unexplained.push(`${line}: ${ins.kind} ${reason ?? ''}`);
          }
      expect(sites).toBeGreaterThan(5);
      expect(unexplained).toEqual([]);
    });
  }
});
