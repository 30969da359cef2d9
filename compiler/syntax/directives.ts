// Placement of compiler directives, checked as gc's parser and noder do (`misplaced compiler directive`). gc gathers
// the `//go:` comments seen since the last declaration or statement and hands them to the next declaration that takes
// them: the package clause takes `//go:build`, a function declaration the function directives (`//go:noinline`,
// `//go:nosplit`, ...), a type specification that is not an alias `//go:notinheap`; const, var and import specs and
// the opening parenthesis of a group take none. Whatever is still pending when a declaration or statement ends is
// misplaced, and so is any `//go:` comment that does not start its line. Directives gc does not know as flags
// (`//go:linkname`, `//go:embed`, `//go:extern`, `//export`, ...) are only subject to the last rule. `//go:linkname`
// takes one or two arguments and is only allowed in a file that imports "unsafe" (gc's noder).
// Model: a directive is attached when the first token after it (comments skipped) starts a declaration that takes it.
// `//go:embed` follows gc's noder: its patterns must parse (`usage: //go:embed pattern...`, `invalid quoted string in
// //go:embed: ...`), only a var specification takes it (`misplaced go:embed directive`), and that must be the single,
// typed, uninitialised, package-level var of a file that imports "embed" (checkEmbed's messages, at the first
// //go:embed line of the var). Function bodies are walked only for files that hold a `//go:` comment.

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

/** EmbedTarget is a var specification that `//go:embed` may precede, and whether it is declared in a function. */
interface EmbedTarget {
  spec: ast.ValueSpec;
  inFunc: boolean;
}

function addGenDecl(takers: Map<number, Taker>, embeds: Map<number, EmbedTarget>, d: ast.GenDecl, inFunc: boolean): void {
  const specTaker = (s: ast.Spec): Taker => (s.kind === 'TypeSpec' && !s.assign ? 'type' : 'none');
  const add = (pos: number, s: ast.Spec): void => {
    takers.set(pos, specTaker(s));
    if (d.tok === 'var' && s.kind === 'ValueSpec') embeds.set(pos, { spec: s, inFunc });
  };
  if (d.lparen) {
    takers.set(d.pos, 'none');
    for (const s of d.specs) {
      add(s.kind === 'TypeSpec' ? s.name.pos : s.kind === 'ValueSpec' ? (s.names[0]?.pos ?? s.pos) : s.pos, s);
    }
  } else {
    const s = d.specs[0];
    if (s) add(d.pos, s);
    else takers.set(d.pos, 'none');
  }
}

/** checkDirectives reports every misplaced `//go:` directive of a parsed file; src holds the file's bytes from base. */
export function checkDirectives(file: ast.File, src: Uint8Array, base: number, sink: DiagnosticSink): void {
  const directives: ast.Comment[] = [];
  for (const g of file.comments) for (const c of g.list) if (c.text.startsWith('//go:')) directives.push(c);
  if (directives.length === 0) return; // most files: no need to find the declarations that take directives
  const takers = new Map<number, Taker>();
  const embeds = new Map<number, EmbedTarget>();
  if (file.packagePos) takers.set(file.packagePos, 'file');
  for (const d of file.decls) {
    if (d.kind === 'FuncDecl') {
      takers.set(d.pos, 'func');
      if (d.body) {
        walk(d.body, (n) => {
          if (n.kind === 'DeclStmt') addGenDecl(takers, embeds, n.decl, true);
        });
      }
    } else if (d.kind === 'GenDecl') addGenDecl(takers, embeds, d, false);
  }
  const embedded = new Set<EmbedTarget>();
  for (const c of directives) {
    const text = c.text.slice(2);
    const sp = text.search(/\s/);
    const verb = sp < 0 ? text : text.slice(0, sp);
    const pos = c.pos + 2;
    if (!onOwnLine(src, c.pos - base)) {
      sink.error(pos, 'misplaced compiler directive');
      continue;
    }
    const next = nextToken(src, c.end - base);
    if (text === 'go:embed' || text.startsWith('go:embed ')) {
      const target = next === undefined ? undefined : embeds.get(next + base);
      if (!embedPatterns(text.slice('go:embed'.length), pos, sink)) continue;
      if (!target) sink.error(pos, 'misplaced go:embed directive');
      else if (!embedded.has(target)) {
        embedded.add(target);
        const why = embedError(file, target);
        if (why) sink.error(pos, why);
      }
      continue;
    }
    if (verb === 'go:linkname') {
      checkLinkname(file, text, pos, sink);
      continue;
    }
    if (!isFlagDirective(verb)) continue;
    const taker = next === undefined ? undefined : takers.get(next + base);
    if (taker === undefined || !takes(taker, verb)) sink.error(pos, 'misplaced compiler directive');
  }
}

/**
 * checkLinkname checks a `//go:linkname localname [importpath.name]` directive as gc's noder does: one or two
 * arguments, in a file that imports "unsafe" (linking to another package's unexported names is unsafe).
 */
function checkLinkname(file: ast.File, text: string, pos: number, sink: DiagnosticSink): void {
  const args = text.split(/\s+/).filter((f) => f !== '').length - 1;
  if (args < 1 || args > 2) sink.error(pos, 'usage: //go:linkname localname [linkname]');
  else if (!file.imports.some((s) => s.path.value === '"unsafe"' || s.path.value === '`unsafe`')) {
    sink.error(pos, '//go:linkname only allowed in Go files that import "unsafe"');
  }
}

/** GO_STRING matches a double-quoted Go string literal with valid escapes. */
const GO_STRING = /^"(?:[^"\\\n]|\\(?:[abfnrtv\\"]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-3][0-7]{2}))*"$/;

/**
 * embedPatterns checks the patterns after `//go:embed` as gc's parseGoEmbed does (space-separated, or quoted with "
 * or `) and reports whether there is at least one; it reports the errors at pos.
 */
function embedPatterns(args: string, pos: number, sink: DiagnosticSink): boolean {
  let n = 0;
  let bad: string | undefined;
  for (args = args.trim(); args !== '' && bad === undefined; args = args.trim()) {
    const q = args[0];
    let i: number;
    if (q === '`') {
      i = args.indexOf('`', 1);
      if (i < 0) bad = args;
    } else if (q === '"') {
      for (i = 1; i < args.length && args[i] !== '"'; i++) if (args[i] === '\\') i++;
      if (i >= args.length) bad = args;
      else if (!GO_STRING.test(args.slice(0, i + 1))) bad = args.slice(0, i + 1);
    } else {
      i = args.search(/\s/);
      if (i < 0) i = args.length;
      i--;
    }
    if (bad !== undefined) break;
    args = args.slice(i + 1);
    if (args !== '' && !/^\s/.test(args)) bad = args;
    else n++;
  }
  if (bad !== undefined) sink.error(pos, `invalid quoted string in //go:embed: ${bad}`);
  if (bad !== undefined || n === 0) {
    sink.error(pos, 'usage: //go:embed pattern...');
    return false;
  }
  return true;
}

/** embedError returns why a var specification preceded by `//go:embed` cannot be embedded (gc's checkEmbed). */
function embedError(file: ast.File, t: EmbedTarget): string | undefined {
  if (!file.imports.some((s) => s.path.value === '"embed"' || s.path.value === '`embed`')) {
    return 'go:embed only allowed in Go files that import "embed"';
  }
  if (t.spec.names.length > 1) return 'go:embed cannot apply to multiple vars';
  if (t.spec.values.length > 0) return 'go:embed cannot apply to var with initializer';
  if (!t.spec.type) return 'go:embed cannot apply to var without type';
  if (t.inFunc) return 'go:embed cannot apply to var inside func';
  return undefined;
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
