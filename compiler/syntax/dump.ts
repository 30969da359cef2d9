// A stable, indented text form of an AST, for golden tests and for a differential test against go/parser (a Go helper
// printing go/ast in the same form). One node per line: `Kind start-end attrs`, positions as line:col (1-based, byte
// columns); each child slot is labelled with its go/ast field name (`X:`, `Args:`), list elements are numbered, absent
// optional children are omitted. Attributes are the non-node fields that matter (names, literal values, operators,
// tokens, directives). Iterative, so deep trees do not overflow the JS stack.

import type * as ast from './ast.ts';
import type { FileSet, Pos } from './source.ts';
import { children } from './walk.ts';

function lc(fset: FileSet, p: Pos): string {
  if (p <= 0) return '-';
  const q = fset.position(p);
  return `${q.line}:${q.column}`;
}

function directives(ds: ast.Directive[]): string {
  return ds.length === 0 ? '' : ` directives=[${ds.map((d) => (d.args ? `${d.name} ${d.args}` : d.name)).join('; ')}]`;
}

/** nodeAttrs returns the attribute text printed after a node's kind and span. */
export function nodeAttrs(n: ast.Node): string {
  switch (n.kind) {
    case 'Ident':
      return ` ${n.name}`;
    case 'BasicLit':
      return ` ${n.litKind} ${JSON.stringify(n.value)}`;
    case 'UnaryExpr':
    case 'BinaryExpr':
      return ` ${n.op}`;
    case 'ChanType':
      return ` dir=${n.dir}`;
    case 'AssignStmt':
    case 'IncDecStmt':
    case 'BranchStmt':
      return ` ${n.tok}`;
    case 'RangeStmt':
      return n.tok ? ` ${n.tok}` : '';
    case 'SliceExpr':
      return n.slice3 ? ' slice3' : '';
    case 'CallExpr':
      return n.ellipsis ? ' ...' : '';
    case 'EmptyStmt':
      return n.implicit ? ' implicit' : '';
    case 'TypeSpec':
      return n.assign ? ' alias' : '';
    case 'ValueSpec':
      return n.iota ? ` iota=${n.iota}` : '';
    case 'GenDecl':
      return ` ${n.tok}${n.lparen ? ' ()' : ''}${directives(n.directives)}`;
    case 'FuncDecl':
      return `${n.body ? '' : ' nobody'}${directives(n.directives)}`;
    case 'File':
      return ` ${n.filename}${directives(n.directives)}`;
    case 'Field':
      return n.tag ? ` tag=${n.tag.value}` : '';
    default:
      return '';
  }
}

/** dumpAST renders file (or any node) as indented text, one node per line. */
export function dumpAST(file: ast.Node, fset: FileSet): string {
  const out: string[] = [];
  // work items: a node with its indentation and label, or a plain label line
  type Item = { node: ast.Node; indent: number; label: string } | { text: string };
  const stack: Item[] = [{ node: file, indent: 0, label: '' }];
  while (stack.length > 0) {
    const it = stack.pop()!;
    if ('text' in it) {
      out.push(it.text);
      continue;
    }
    const { node, indent, label } = it;
    const pad = '  '.repeat(indent);
    out.push(`${pad}${label}${node.kind} ${lc(fset, node.pos)}-${lc(fset, node.end)}${nodeAttrs(node)}`);
    const items: Item[] = [];
    for (const [field, c] of children(node)) {
      if (c === undefined) continue;
      if (Array.isArray(c)) {
        if (c.length === 0) continue;
        items.push({ text: `${pad}  ${field}:` });
        c.forEach((e, i) => items.push({ node: e, indent: indent + 2, label: `[${i}] ` }));
      } else items.push({ node: c, indent: indent + 1, label: `${field}: ` });
    }
    for (let i = items.length - 1; i >= 0; i--) stack.push(items[i]!);
  }
  return out.join('\n') + '\n';
}
