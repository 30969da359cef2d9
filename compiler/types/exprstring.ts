// Expression printing for diagnostics, after go/types' ExprString: a compact one-line rendering of an AST expression
// (`x + y`, `f(a, b)`, `T{…}`, `(func() literal)`), used wherever gc quotes the offending expression in a message.
// Left-deep chains of binary operators are rendered with a loop, so their length is not limited by the JS stack.

import type * as ast from '../syntax/ast.ts';
import { assertNever } from '../diag.ts';

/** exprString renders an expression as gc shows it in error messages. */
export function exprString(e: ast.Expr): string {
  switch (e.kind) {
    case 'Ident':
      return e.name;
    case 'BasicLit':
      return e.value;
    case 'CompositeLit':
      return (e.type ? exprString(e.type) : '') + (e.elts.length === 0 ? '{}' : '{…}');
    case 'KeyValueExpr':
      return exprString(e.key) + ': ' + exprString(e.value);
    case 'FuncLit':
      return '(' + exprString(e.type) + ' literal)';
    case 'ParenExpr':
      return '(' + exprString(e.x) + ')';
    case 'SelectorExpr':
      return exprString(e.x) + '.' + e.sel.name;
    case 'IndexExpr':
      return exprString(e.x) + '[' + e.indices.map(exprString).join(', ') + ']';
    case 'SliceExpr': {
      let s = exprString(e.x) + '[';
      if (e.low) s += exprString(e.low);
      s += ':';
      if (e.high) s += exprString(e.high);
      if (e.slice3) s += ':' + (e.max ? exprString(e.max) : '');
      return s + ']';
    }
    case 'TypeAssertExpr':
      return exprString(e.x) + '.(' + (e.type ? exprString(e.type) : 'type') + ')';
    case 'CallExpr':
      return exprString(e.fun) + '(' + e.args.map(exprString).join(', ') + (e.ellipsis ? '...' : '') + ')';
    case 'StarExpr':
      return '*' + exprString(e.x);
    case 'UnaryExpr':
      return e.op + exprString(e.x);
    case 'BinaryExpr':
      return binaryString(e);
    case 'ArrayType':
      return '[' + (e.len ? exprString(e.len) : '') + ']' + exprString(e.elt);
    case 'StructType':
      return 'struct{' + fieldListString(e.fields, '; ') + '}';
    case 'FuncType': {
      let s = 'func(' + fieldListString(e.params, ', ') + ')';
      if (e.results && e.results.list.length > 0) {
        const r = fieldListString(e.results, ', ');
        const single = e.results.list.length === 1 && e.results.list[0]!.names.length === 0;
        s += single ? ' ' + r : ' (' + r + ')';
      }
      return s;
    }
    case 'InterfaceType':
      return 'interface{' + fieldListString(e.methods, '; ') + '}';
    case 'MapType':
      return 'map[' + exprString(e.key) + ']' + exprString(e.value);
    case 'ChanType': {
      const v = exprString(e.value);
      return e.dir === 'send' ? 'chan<- ' + v : e.dir === 'recv' ? '<-chan ' + v : 'chan ' + v;
    }
    case 'Ellipsis':
      return '...' + (e.elt ? exprString(e.elt) : '');
    case 'BadExpr':
      return 'BadExpr';
    default:
      return assertNever(e, 'expression');
  }
}

/** binaryString renders a left-deep chain `a + b + c ...` left to right, without recursing along the chain. */
function binaryString(e: ast.BinaryExpr): string {
  const spine: ast.BinaryExpr[] = [];
  let x: ast.Expr = e;
  while (x.kind === 'BinaryExpr') {
    spine.push(x);
    x = x.x;
  }
  let s = exprString(x);
  for (let i = spine.length - 1; i >= 0; i--) s += ' ' + spine[i]!.op + ' ' + exprString(spine[i]!.y);
  return s;
}

function fieldListString(fl: ast.FieldList, sep: string): string {
  return fl.list
    .map((f) => {
      const t = exprString(f.type);
      return f.names.length ? f.names.map((n) => n.name).join(', ') + ' ' + t : t;
    })
    .join(sep);
}
