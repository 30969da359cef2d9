// Scoring the parser on gc's own syntax-error tests. $GOROOT/test holds `// errorcheck` files annotated with
// `// ERROR "regexp"` comments on the lines where gc must report an error; the ones gc 1.19 rejects in its syntax
// package (a "syntax error: ..." or a lexical error such as "newline in string") form the syntax corpus, listed in
// testdata/errorcheck-syntax.txt (regenerated from gc by `npm run sweep:parse -- --write-corpus`). This module reads
// the annotations (as test/run.go does: ERROR and GC_ERROR, the raw text of each double-quoted regexp),
// parses a file with tsgo, and scores it: a file counts as rejected on the expected lines when tsgo reports an error on
// every annotated line. It also counts the lines whose regexp matches our message (after mapping today's gc wording
// back to gc 1.19's) and the errors tsgo reports on unannotated lines. Used by the CI test and the sweep script.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSink } from '../../diag.ts';
import { parseFile } from '../parser.ts';
import { FileSet } from '../source.ts';

/** CorpusKind says which kind of gc error put a file into the corpus. */
export type CorpusKind = 'syntax' | 'lexical';

/** CorpusEntry is one errorcheck file of the corpus, relative to $GOROOT/test. */
export interface CorpusEntry {
  path: string;
  kind: CorpusKind;
}

/** Expectation is one annotated line: the regexps (one per expected error) gc's harness matches there. */
export interface Expectation {
  line: number;
  patterns: string[];
}

/** CaseResult is the score of one errorcheck file. */
export interface CaseResult {
  path: string;
  kind: CorpusKind;
  /** wanted is the number of annotated lines. */
  wanted: number;
  /** hit is the number of annotated lines on which tsgo reports at least one error. */
  hit: number;
  /** matched is the number of annotated lines where one of tsgo's messages matches the line's first regexp. */
  matched: number;
  /** rejected says tsgo reported an error on every annotated line. */
  rejected: boolean;
  /** missing lists the annotated lines without an error from tsgo. */
  missing: number[];
  /** extra lists the unannotated lines on which tsgo reported an error. */
  extra: number[];
  /** messages are tsgo's errors as `line: message`, for reports. */
  messages: string[];
}

/** CorpusScore sums up a corpus run. */
export interface CorpusScore {
  files: number;
  rejected: number;
  lines: number;
  hit: number;
  matched: number;
  results: CaseResult[];
}

/** corpusListPath is where the corpus list is kept. */
export const corpusListPath = join(import.meta.dirname, '..', 'testdata', 'errorcheck-syntax.txt');

/** gcSyntaxMessage recognises a line of gc output that comes from its syntax package (parser or scanner). */
const gcSyntaxMessage = /syntax error/;

/** gcLexicalMessage recognises gc's scanner errors, which carry no "syntax error:" prefix. */
const gcLexicalMessage =
  /newline in (string|rune literal)|not terminated|invalid character (U\+|'.*' in)|unknown escape|escape is invalid|in (octal|hexadecimal) escape|literal has no digits|invalid digit|must separate successive digits|exponent requires|mantissa requires|rune literal|invalid BOM|invalid UTF-8|invalid NUL/;

/** readCorpus reads the corpus list: one `path kind` per line, `#` comments. */
export function readCorpus(listPath = corpusListPath): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const raw of readFileSync(listPath, 'utf8').split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [path, kind] = line.split(/\s+/);
    if (path && (kind === 'syntax' || kind === 'lexical')) out.push({ path, kind });
  }
  return out;
}

/** formatCorpus renders a corpus list in readCorpus's format. */
export function formatCorpus(entries: CorpusEntry[]): string {
  const head = [
    '# GOROOT/test errorcheck files that gc 1.19 rejects in its syntax package (see conformance/errorcheck.ts).',
    '# Regenerate with: npm run sweep:parse -- --write-corpus',
  ];
  return [...head, ...entries.map((e) => `${e.path} ${e.kind}`)].join('\n') + '\n';
}

/** errorcheckHeader reports whether text starts with an `// errorcheck` header line (with or without flags). */
export function errorcheckHeader(text: string): boolean {
  return /^\/\/ errorcheck( [^\n]*)?\n/.test(text);
}

/** readExpectations finds the `// ERROR` and `// GC_ERROR` annotations of a file, as test/run.go does. */
export function readExpectations(text: string): Expectation[] {
  const out: Expectation[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /\/\/ (?:GC_)?ERROR (.*)$/.exec(lines[i]!);
    if (!m) continue;
    // like test/run.go, the regexps are the raw texts between double quotes (no unquoting)
    const patterns = [...m[1]!.matchAll(/"([^"]*)"/g)].map((q) => q[1]!);
    if (patterns.length > 0) out.push({ line: i + 1, patterns });
  }
  return out;
}

/** toGc119 maps today's gc wording, which tsgo uses, back to gc 1.19's for matching the annotations. */
export function toGc119(msg: string): string {
  return msg
    .replace(/unexpected (name|keyword) /, 'unexpected ')
    .replace(/, expected /, ', expecting ')
    .replace('unknown escape sequence', 'unknown escape');
}

/** compilePattern turns an annotation into a RegExp the way test/run.go does (LINE is any line reference). */
function compilePattern(re: string): RegExp {
  try {
    return new RegExp(re.replace(/LINE([+-]\d+)?/g, '[^ ]*:\\d+'));
  } catch {
    return /(?:)/;
  }
}

/** scoreSource parses one errorcheck file's bytes with tsgo and scores it against its annotations. */
export function scoreSource(path: string, kind: CorpusKind, src: Uint8Array): CaseResult {
  const want = readExpectations(new TextDecoder().decode(src));
  const fset = new FileSet();
  const sink = new DiagnosticSink(fset);
  parseFile(fset, path, src, sink);
  const got = new Map<number, string[]>();
  for (const d of sink.list) {
    const line = fset.adjustedPosition(d.pos).line; // gc reports positions after line directives
    const list = got.get(line) ?? [];
    list.push(toGc119(d.message));
    got.set(line, list);
  }
  let hit = 0;
  let matched = 0;
  const missing: number[] = [];
  for (const w of want) {
    const msgs = got.get(w.line);
    if (!msgs) {
      missing.push(w.line);
      continue;
    }
    hit++;
    const rx = compilePattern(w.patterns[0]!);
    if (msgs.some((m) => rx.test(m))) matched++;
  }
  const wanted = new Set(want.map((w) => w.line));
  const extra = [...got.keys()].filter((l) => !wanted.has(l)).sort((a, b) => a - b);
  const messages = [...got.entries()].sort((a, b) => a[0] - b[0]).flatMap(([l, ms]) => ms.map((m) => `${l}: ${m}`));
  return { path, kind, wanted: want.length, hit, matched, rejected: want.length > 0 && hit === want.length, missing, extra, messages };
}

/** scoreCorpus scores every corpus file under `testRoot` ($GOROOT/test). */
export function scoreCorpus(testRoot: string, entries: CorpusEntry[]): CorpusScore {
  const results = entries.map((e) => scoreSource(e.path, e.kind, readFileSync(join(testRoot, e.path))));
  let rejected = 0;
  let lines = 0;
  let hit = 0;
  let matched = 0;
  for (const r of results) {
    if (r.rejected) rejected++;
    lines += r.wanted;
    hit += r.hit;
    matched += r.matched;
  }
  return { files: results.length, rejected, lines, hit, matched, results };
}

/** classifyGcOutput says whether gc's error output for a file shows a syntax or lexical error, or neither. */
export function classifyGcOutput(output: string): CorpusKind | undefined {
  const lines = output.split('\n');
  if (lines.some((l) => gcSyntaxMessage.test(l))) return 'syntax';
  if (lines.some((l) => gcLexicalMessage.test(l) && !/invalid import path/.test(l))) return 'lexical';
  return undefined;
}
