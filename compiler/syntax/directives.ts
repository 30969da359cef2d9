// Placement of compiler directives, checked as gc's parser and noder do (`misplaced compiler directive`). gc gathers
// the `//go:` comments seen since the last declaration or statement and hands them to the next declaration that takes
// them: the package clause takes `//go:build`, a function declaration the function directives (`//go:noinline`,
// `//go:nosplit`, ...), a type specification that is not an alias `//go:notinheap`; const, var and import specs and
// the opening parenthesis of a group take none. Whatever is still pending when a declaration or statement ends is
// misplaced, and so is any `//go:` comment that does not start its line. Directives gc does not know as flags
// (`//go:linkname`, `//go:embed`, `//go:extern`, `//export`, ...) are only subject to the last rule.
// Model: a directive is attached when the first token after it (comments skipped) starts a declaration that takes it.

import type { DiagnosticSink } from '../diag.ts';
import type * as ast from './ast.ts';
import { walk } from './walk.ts';

/** FUNC_DIRECTIVES are the directives a function declaration takes (gc's funcPragmas). */
const FUNC_DIRECTIVES = new Set([
  'go:noescape', 'go:norace', 'go:nosplit', 'go:noinline', 'go:nocheckptr', 'go:systemstack', 'go:nowritebarrier',
  'go:nowritebarrierrec', 'go:yeswritebarrierrec', 'go:cgo_unsafe_args', 'go:uintptrkeepalive', 'go:uintptrescapes',
  'go:registerparams',
]);

/** Taker is what the declaration starting at a token takes. */
type Taker = 'file' | 'func' | 'type' | 'none';

function takes(t: Taker, verb: string): boolean {
  switch (t) {
    case 'file':
      return verb === 'go:build';
    case 'func':
      return FUNC_DIRECTIVES.has(verb);
    case 'type':
      return verb === 'go:notinheap';
    case 'none':
      return false;
  }
}

/** isFlagDirective reports whether gc knows verb as a directive flag (and so checks where it is placed). */
function isFlagDirective(verb: string): boolean {
  return verb === 'go:build' || verb === 'go:notinheap' || FUNC_DIRECTIVES.has(verb);
}

function addGenDecl(takers: Map<number, Taker>, d: ast.GenDecl): void {
  const specTaker = (s: ast.Spec): Taker => (s.kind === 'TypeSpec' && !s.assign ? 'type' : 'none');
  if (d.lparen) {
    takers.set(d.pos, 'none');
    for (const s of d.specs) {
      const pos = s.kind === 'TypeSpec' ? s.name.pos : s.kind === 'ValueSpec' ? (s.names[0]?.pos ?? s.pos) : s.pos;
      takers.set(pos, specTaker(s));
    }
  } else {
    const s = d.specs[0];
    takers.set(d.pos, s ? specTaker(s) : 'none');
  }
}

/** checkDirectives reports every misplaced `//go:` directive of a parsed file; src holds the file's bytes from base. */
export function checkDirectives(file: ast.File, src: Uint8Array, base: number, sink: DiagnosticSink): void {
  const directives: ast.Comment[] = [];
  for (const g of file.comments) for (const c of g.list) if (c.text.startsWith('//go:')) directives.push(c);
  if (directives.length === 0) return; // most files: no need to find the declarations that take directives
  const takers = new Map<number, Taker>();
  if (file.packagePos) takers.set(file.packagePos, 'file');
  for (const d of file.decls) {
    if (d.kind === 'FuncDecl') {
      takers.set(d.pos, 'func');
      if (d.body) {
        walk(d.body, (n) => {
          if (n.kind === 'DeclStmt') addGenDecl(takers, n.decl);
        });
      }
    } else if (d.kind === 'GenDecl') addGenDecl(takers, d);
  }
  for (const c of directives) {
    const text = c.text.slice(2);
    const sp = text.search(/\s/);
    const verb = sp < 0 ? text : text.slice(0, sp);
    const pos = c.pos + 2;
    if (!onOwnLine(src, c.pos - base)) {
      sink.error(pos, 'misplaced compiler directive');
      continue;
    }
    if (!isFlagDirective(verb)) continue;
    const next = nextToken(src, c.end - base);
    const taker = next === undefined ? undefined : takers.get(next + base);
    if (taker === undefined || !takes(taker, verb)) sink.error(pos, 'misplaced compiler directive');
  }
}

/** onOwnLine reports whether only blanks precede offset on its line. */
function onOwnLine(src: Uint8Array, off: number): boolean {
  for (let i = off - 1; i >= 0; i--) {
    const b = src[i]!;
    if (b === 0x0a) return true;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  }
  return true;
}

/** nextToken returns the offset of the first byte after off that is neither blank nor inside a comment. */
function nextToken(src: Uint8Array, off: number): number | undefined {
  let i = off;
  while (i < src.length) {
    const b = src[i]!;
    if (b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a) {
      i++;
    } else if (b === 0x2f && src[i + 1] === 0x2f) {
      while (i < src.length && src[i] !== 0x0a) i++;
    } else if (b === 0x2f && src[i + 1] === 0x2a) {
      i += 2;
      while (i < src.length && !(src[i] === 0x2a && src[i + 1] === 0x2f)) i++;
      i += 2;
    } else return i;
  }
  return undefined;
}
