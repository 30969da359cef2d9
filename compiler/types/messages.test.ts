// Message coverage: every error message the checker can report must be exercised by the expectation tests. The test
// extracts the message templates from the checker's sources — the string and template literals passed to
// `c.error(pos, ...)` — turns each into a regexp (literal text exact, each `${...}` any text), checks every file under
// testdata/ and every multi-package case under testdata/multi/ (whose errors check.test.ts matches one by one against
// their `/* ERROR "..." */` expectations, failing on any unexpected one) and asserts that each template matches at
// least one reported message.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDir, checkSources } from './testutil.ts';

const srcDir = import.meta.dirname;
const dataDir = join(srcDir, 'testdata');

/** Template is one message template: where it is written and the regexp its messages match. */
interface Template {
  where: string;
  text: string;
  re: RegExp;
}

const LITERAL = /\b(?:c|this)\.error\(\s*[^,()]+(?:\([^()]*\))?[^,()]*,\s*(`(?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}]|\{[^{}]*\})*\})*`|'(?:[^'\\]|\\.)*')/g;

/** templates extracts the message templates of the checker's non-test sources. */
function templates(): { found: Template[]; calls: number } {
  const found: Template[] = [];
  let calls = 0;
  for (const f of readdirSync(srcDir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
    const src = readFileSync(join(srcDir, f), 'utf8');
    calls += (src.match(/\b(?:c|this)\.error\(/g) ?? []).length;
    for (const m of src.matchAll(LITERAL)) {
      const lit = m[1]!;
      const body = lit.slice(1, -1);
      const parts = lit[0] === '`' ? body.split(/\$\{(?:[^{}]|\{[^{}]*\})*\}/) : [body];
      const unescape = (s: string): string => s.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\(.)/g, '$1');
      const re = new RegExp('^' + parts.map((p) => unescape(p).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\S]*') + '$');
      found.push({ where: `${f}:${src.slice(0, m.index).split('\n').length}`, text: body, re });
    }
  }
  return { found, calls };
}

/** reported checks every testdata file and multi-package case (testdata/multi/*) and returns the messages reported. */
function reported(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(dataDir).filter((n) => n.endsWith('.go')).sort()) {
    out.push(...checkSources({ [f]: readFileSync(join(dataDir, f), 'utf8') }).sink.list.map((d) => d.message));
  }
  for (const c of readdirSync(join(dataDir, 'multi')).sort()) {
    const r = checkDir(join(dataDir, 'multi', c));
    for (const d of [r, ...r.deps]) out.push(...d.sink.list.map((x) => x.message));
  }
  return out;
}

/**
 * UNCOVERED lists the templates (as written in the source) that no testdata expectation exercises yet; the list may
 * only shrink: a template covered now must be taken off it. Each one left is unreachable from source that parses:
 * gc's parser (and ours) rejects the only inputs that would reach it, and the checker never runs after a syntax error.
 */
const UNCOVERED = new Set([
  // `a, b += 1, 2`: "syntax error: unexpected +=, expecting := or = or comma".
  "assignment operation ${s.tok} requires single-valued expressions",
  // `f(a: 1)`: "syntax error: unexpected : in argument list"; a key:value parses only inside a composite literal.
  "invalid AST: no key:value expected",
  // `var x ...int`, `[]...int`, `T[...]`, `x[...]`: "syntax error: unexpected ..., expecting type/expression"; `...`
  // parses only as a final parameter type, after a call's last argument and as `[...]T` (both handled where they are).
  "invalid use of ...",
  // Case clauses parse only inside a switch or select body.
  "case clause outside switch or select",
  // `switch x = y.(type)`, `switch a, b := y.(type)`, `switch x := (y.(type))`: "syntax error: cannot use ... as
  // value"; the parser makes a type switch only of `x := y.(type)` or `y.(type)`.
  "invalid type switch guard",
  // An embedded field without a name (`**T`, `*(*T)`, `[]T`) is a syntax error; the BadExpr the parser leaves for it
  // is not reported again (it printed as `*BadExpr`).
  "invalid embedded field type ${c.exprStr(fld.type)}",
]);

describe('message coverage', () => {
  it('extracts nearly every c.error call as a literal template', () => {
    const { found, calls } = templates();
    expect(found.length).toBeGreaterThan(200);
    // The rest pass a message built elsewhere (a variable); those are covered through their builders' callers.
    expect(calls - found.length).toBeLessThan(10);
  });

  it('every message template appears in at least one testdata expectation', () => {
    const messages = reported();
    const all = templates().found;
    const missing = all.filter((t) => !messages.some((m) => t.re.test(m)));
    expect(missing.filter((t) => !UNCOVERED.has(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
    // A listed template that is covered now must come off the list (one that no longer exists is ignored).
    const stale = [...UNCOVERED].filter((u) => all.some((t) => t.text === u) && !missing.some((t) => t.text === u));
    expect(stale).toEqual([]);
  });
});
