// Which captured variables a closure may copy: as gc does, a variable that is never assigned after its declaration,
// whose address is never taken and whose size is at most 128 bytes is captured by value (the closure holds a copy,
// bound when the literal is evaluated); any other is captured by reference (the closure holds its address, and the
// variable becomes a heap allocation site). By value keeps read-only variables out of the heap: an escaping
// closure carries them in its own context object, and a non-escaping one costs nothing.
//
// The analysis is syntactic, over the whole function body with its literals, and conservative: a variable is
// "reassigned" when it is the root of an assignment's left side, of ++/--, of a range loop's `=` variables, of `&`
// (through fields and array indexes, not through pointers, slices or maps), of a method call or method value with
// a pointer receiver on an addressable value, or of the slicing of an array; when it is a named result (a return
// statement assigns it) or a loop variable (one variable per loop, assigned each iteration).

import type * as ast from '../syntax/ast.ts';
import { unparen } from '../syntax/ast.ts';
import { walk } from '../syntax/walk.ts';
import type { Var as VarObj } from '../types/objects.ts';
import type { FnBuilder } from './func.ts';

/** maxByValue is the largest variable captured by value, in bytes (gc's limit). */
const maxByValue = 128;

/** reassignedVars returns the local variables of body (a function's, literals included) that closures must share. */
export function reassignedVars(fb: FnBuilder, ftype: ast.FuncType, body: ast.BlockStmt): Set<VarObj> {
  const out = new Set<VarObj>();
  const mark = (e: ast.Expr | undefined): void => {
    const v = e && rootVar(fb, e);
    if (v) out.add(v);
  };
  for (const f of ftype.results?.list ?? []) {
    for (const id of f.names) {
      const v = fb.info.defs.get(id);
      if (v?.kind === 'Var') out.add(v);
    }
  }
  walk(body, (n) => {
    switch (n.kind) {
      case 'AssignStmt':
        if (n.tok !== ':=') n.lhs.forEach(mark);
        else for (const l of n.lhs) if (l.kind === 'Ident' && !fb.info.defs.get(l)) mark(l); // redeclared in :=
        break;
      case 'IncDecStmt':
        mark(n.x);
        break;
      case 'RangeStmt':
        // `=` assigns existing variables; `:=` declares one variable per loop, assigned each iteration.
        for (const x of [n.key, n.value]) {
          if (!x) continue;
          if (n.tok === ':=' && x.kind === 'Ident') {
            const v = fb.info.defs.get(x);
            if (v?.kind === 'Var') out.add(v);
          } else mark(x);
        }
        break;
      case 'ForStmt':
        if (n.init?.kind === 'AssignStmt' && n.init.tok === ':=') {
          for (const l of n.init.lhs) {
            const v = l.kind === 'Ident' ? fb.info.defs.get(l) : undefined;
            if (v?.kind === 'Var') out.add(v);
          }
        }
        break;
      case 'UnaryExpr':
        if (n.op === '&') mark(n.x);
        break;
      case 'SliceExpr':
        if (fb.info.types.get(n.x)?.type.underlying().kind === 'Array') mark(n.x);
        break;
      case 'SelectorExpr': {
        const sel = fb.info.selections.get(n);
        const ptrMethod = sel?.kind === 'MethodVal' && sel.obj.kind === 'Func' && sel.obj.type.recv?.type.kind === 'Pointer';
        if (ptrMethod && fb.info.types.get(n.x)?.type.underlying().kind !== 'Pointer') mark(n.x);
        break;
      }
    }
  });
  return out;
}

/**
 * rootVar returns the local variable whose memory e denotes part of: x in x, x.f, x[i] (x an array), (x); undefined
 * when e reaches through a pointer, a slice or a map, or names no variable.
 */
function rootVar(fb: FnBuilder, e: ast.Expr): VarObj | undefined {
  const x = unparen(e);
  switch (x.kind) {
    case 'Ident': {
      const o = fb.info.uses.get(x) ?? fb.info.defs.get(x);
      return o?.kind === 'Var' ? o : undefined;
    }
    case 'SelectorExpr': {
      const sel = fb.info.selections.get(x);
      if (!sel || sel.kind !== 'FieldVal' || sel.indirect) return undefined;
      return fb.info.types.get(x.x)?.type.underlying().kind === 'Pointer' ? undefined : rootVar(fb, x.x);
    }
    case 'IndexExpr':
      return fb.info.types.get(x.x)?.type.underlying().kind === 'Array' ? rootVar(fb, x.x) : undefined;
    default:
      return undefined;
  }
}

/** capturedByValue reports whether a closure may copy variable v (see the file comment). */
export function capturedByValue(fb: FnBuilder, v: VarObj, reassigned: Set<VarObj>): boolean {
  if (reassigned.has(v)) return false;
  const size = fb.st.prog.sizes.sizeof(fb.subst(v.type));
  return size <= maxByValue;
}
