// The robustness property: the parser is total. This module generates broken inputs from real Go files and checks
// one parse. Mutations work on token boundaries found by the Scanner: delete, duplicate or swap tokens, insert a
// random token from a Go vocabulary, truncate at a random byte, overwrite or insert random bytes; pathological inputs
// nest one construct 10,000 deep (parentheses, types, literals, blocks, statements, unary and binary operators,
// unclosed brackets). A deterministic PRNG (mulberry32) makes every failure reproducible from its seed and index.
// checkParse runs parseFile and reports a problem when it throws, reports an internal compiler error, builds a node
// outside the file, or takes longer than the bound. Used by robust.test.ts (a CI-sized sample) and the sweep script.

import type * as ast from '../ast.ts';
import { DiagnosticSink } from '../../diag.ts';
import { parseFile } from '../parser.ts';
import { Scanner } from '../scanner.ts';
import { FileSet } from '../source.ts';
import { Tok } from '../token.ts';
import { walk } from '../walk.ts';

/** rng returns a small deterministic PRNG (mulberry32) yielding numbers in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** MutationKind names one way of breaking a file. */
export type MutationKind = 'delete' | 'duplicate' | 'swap' | 'insert' | 'truncate' | 'bytes' | 'nesting';

/** Mutation is one generated input: where it came from, how it was made, and its bytes. */
export interface Mutation {
  source: string;
  kind: MutationKind;
  bytes: Uint8Array;
}

/** ParseCheck is the outcome of checkParse: the time taken, the diagnostics, and a problem if the property failed. */
export interface ParseCheck {
  ms: number;
  diagnostics: number;
  problem: string | undefined;
}

/** tokenSpans returns the byte range of every non-empty token of src. */
function tokenSpans(src: Uint8Array): [number, number][] {
  const sc = new Scanner(src, () => {});
  const out: [number, number][] = [];
  for (;;) {
    sc.next();
    if (sc.tok === Tok.EOF) break;
    if (sc.endOffset > sc.offset) out.push([sc.offset, sc.endOffset]);
  }
  return out;
}

/** splice returns b with bytes [from, to) replaced by insert. */
function splice(b: Uint8Array, from: number, to: number, insert: Uint8Array): Uint8Array {
  const out = new Uint8Array(b.length - (to - from) + insert.length);
  out.set(b.subarray(0, from), 0);
  out.set(insert, from);
  out.set(b.subarray(to), from + insert.length);
  return out;
}

/** vocabulary is the Go tokens and token fragments the mutator inserts and the token-soup tests draw from. */
export const vocabulary = ['package', 'p', 'func', '(', ')', '{', '}', '[', ']', 'x', ':=', '=', ',', ';', '\n', 'if', 'for',
  'range', 'switch', 'case', 'default', ':', 'type', 'struct', 'interface', 'chan', '<-', '*', '&', '1', '"s"', 'go',
  'defer', 'select', 'var', 'const', 'import', 'map', '...', '.', '~', '|', 'else', 'return', 'goto', 'L', '`', "'",
  '/*', '//', '0x', '1e', '"', '[]', 'func()', 'T[int]', '_'];

/** nestings are the 10,000-deep patterns: prefix, then open×N, middle, close×N. */
export const nestings: [what: string, prefix: string, open: string, mid: string, close: string][] = [
  ['parentheses', 'x = ', '(', '1', ')'],
  ['slice types', 'x = ', '[]', 'int', ''],
  ['composite literals', 'x = ', 'T{', '1', '}'],
  ['blocks', '', '{', ';', '}'],
  ['if statements', '', 'if x {', ';', '}'],
  ['unary minus', 'x = ', '-', '1', ''],
  ['pointer types', 'var x ', '*', 'int', ''],
  ['function types', 'var x ', 'func() ', 'int', ''],
  ['function literals', 'x = ', 'func() { _ = ', '1', ' }'],
  ['index expressions', 'x = a', '[', 'i', ']'],
  ['calls', 'x = f', '(', '1', ')'],
  ['channel types', 'var x ', 'chan ', 'int', ''],
  ['binary operators', 'x = 1', ' + 1', '', ''],
  ['unclosed parentheses', 'x = ', '(', '', ''],
  ['unclosed braces', '', '{', '', ''],
  ['map types', 'var x ', 'map[int]', 'int', ''],
  ['struct types', 'var x ', 'struct{ f ', 'int', ' }'],
  ['type arguments', 'var x ', 'T[', 'int', ']'],
  ['receives', 'x = ', '<-', 'c', ''],
  ['labels', '', 'L: ', ';', ''],
];

/** nestingSource builds the source for one nesting pattern, `depth` deep. */
export function nestingSource(i: number, depth = 10_000): Uint8Array {
  const [, prefix, open, mid, close] = nestings[i % nestings.length]!;
  return new TextEncoder().encode(`package p\nfunc f() {\n${prefix}${open.repeat(depth)}${mid}${close.repeat(depth)}\n}\n`);
}

/** Mutator generates mutations of a fixed set of source files, deterministically from a seed. */
export class Mutator {
  private readonly spans = new Map<number, [number, number][]>();
  private readonly rand: () => number;
  private readonly enc = new TextEncoder();

  constructor(private readonly sources: { name: string; bytes: Uint8Array }[], seed: number) {
    this.rand = rng(seed);
  }

  private pick(n: number): number {
    return Math.floor(this.rand() * n);
  }

  private spansOf(i: number): [number, number][] {
    let s = this.spans.get(i);
    if (!s) {
      s = tokenSpans(this.sources[i]!.bytes);
      this.spans.set(i, s);
    }
    return s;
  }

  /** next returns the i-th mutation; kinds rotate so that every kind is well represented. */
  next(i: number): Mutation {
    const kinds: MutationKind[] = ['delete', 'duplicate', 'swap', 'insert', 'truncate', 'bytes', 'delete', 'duplicate', 'swap', 'insert'];
    const kind: MutationKind = i % 100 === 99 ? 'nesting' : kinds[i % kinds.length]!;
    if (kind === 'nesting') {
      const n = Math.floor(i / 100) % nestings.length;
      return { source: nestings[n]![0], kind, bytes: nestingSource(n) };
    }
    const si = this.pick(this.sources.length);
    const { name, bytes: orig } = this.sources[si]!;
    const spans = this.spansOf(si);
    let b = orig;
    const edits = 1 + this.pick(3);
    for (let e = 0; e < edits && spans.length > 1; e++) {
      const k = this.pick(spans.length - 1);
      const [s, end] = spans[k]!;
      const [s2, end2] = spans[k + 1]!;
      if (end2 > b.length) continue; // earlier edits shortened the file
      switch (kind) {
        case 'delete':
          b = splice(b, s, end, new Uint8Array());
          break;
        case 'duplicate':
          b = splice(b, s, s, b.slice(s, end));
          break;
        case 'swap':
          b = splice(b, s, end2, concat(b.subarray(s2, end2), b.subarray(end, s2), b.subarray(s, end)));
          break;
        case 'insert':
          b = splice(b, s, s, this.enc.encode(vocabulary[this.pick(vocabulary.length)]! + ' '));
          break;
        case 'truncate':
          b = b.subarray(0, this.pick(b.length + 1));
          e = edits;
          break;
        case 'bytes': {
          const junk = new Uint8Array(1 + this.pick(8));
          for (let j = 0; j < junk.length; j++) junk[j] = this.pick(256);
          const at = this.pick(b.length + 1);
          b = splice(b, at, this.rand() < 0.5 ? at : Math.min(b.length, at + junk.length), junk);
          break;
        }
        default:
          break;
      }
    }
    return { source: name, kind, bytes: b };
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** checkParse parses bytes and checks the robustness property within `boundMs`. */
export function checkParse(bytes: Uint8Array, boundMs: number): ParseCheck {
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  const t0 = performance.now();
  let file: ast.File;
  try {
    file = parseFile(fset, 'm.go', bytes, sink);
  } catch (e) {
    return { ms: performance.now() - t0, diagnostics: sink.list.length, problem: `threw ${String(e)}` };
  }
  const ms = performance.now() - t0;
  let problem: string | undefined;
  const ice = sink.list.find((d) => d.message.includes('internal compiler error'));
  if (ice) problem = ice.message;
  else if (ms > boundMs) problem = `took ${ms.toFixed(0)} ms (bound ${boundMs} ms)`;
  else {
    const f = fset.file(file.pos)!;
    try {
      walk(file, (n) => {
        if (problem === undefined && (n.pos < f.base || n.end > f.base + f.size || n.end < n.pos)) {
          problem = `node ${n.kind} out of range: ${n.pos}-${n.end}`;
        }
      });
    } catch (e) {
      problem = `walk threw ${String(e)}`;
    }
  }
  return { ms, diagnostics: sink.list.length, problem };
}
