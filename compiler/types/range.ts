// Range clauses (spec "For statements with range clause"): the key and value types for strings (int, rune), arrays,
// pointers to arrays and slices (int, element), maps (key, element) and channels (element only), with `:=` declaring
// fresh iteration variables and `=` assigning to existing ones.

import type * as ast from '../syntax/ast.ts';
import { assignment, newLocal } from './assign.ts';
import type { Checker } from './checker.ts';
import { expr } from './expr.ts';
import { defaultConvert } from './operand.ts';
import type { StmtContext } from './stmt.ts';
import { stmt } from './stmt.ts';
import { BasicInfo, Typ, type Type } from './types.ts';
import { coreType } from './typeset.ts';

/**
 * rangeTypes returns the key and value types of ranging over t, or undefined if t cannot be ranged over; a type
 * parameter ranges through its core type.
 */
function rangeTypes(t: Type): [Type, Type | undefined] | undefined {
  const u = coreType(t);
  switch (u?.kind) {
    case undefined:
      return undefined;
    case 'Basic':
      return (u.info & BasicInfo.IsString) !== 0 ? [Typ.int, Typ.rune] : undefined;
    case 'Array':
      return [Typ.int, u.elem];
    case 'Slice':
      return [Typ.int, u.elem];
    case 'Pointer': {
      const a = u.elem.underlying();
      return a.kind === 'Array' ? [Typ.int, a.elem] : undefined;
    }
    case 'Map':
      return [u.key, u.elem];
    case 'Chan':
      return u.dir === 'send' ? undefined : [u.elem, undefined];
    default:
      return undefined;
  }
}

/** rangeStmt checks `for k, v := range x { body }` in the scope already opened for it. */
export function rangeStmt(c: Checker, s: ast.RangeStmt, ctx: StmtContext): void {
  const x = expr(c, s.x);
  let kt: Type = Typ.Invalid;
  let vt: Type | undefined = Typ.Invalid;
  if (x.mode !== 'invalid') {
    const rt = rangeTypes(x.type);
    if (!rt) {
      const core = coreType(x.type);
      const cause =
        core === undefined ? ` (${c.typeStr(x.type)} has no core type)`
        : core.kind === 'Chan' && core.dir === 'send' ? ' (receive from send-only channel)' : '';
      c.error(s.x.pos, `cannot range over ${c.operandStr(x)}${cause}`);
    } else {
      [kt, vt] = rt;
      if (x.type === Typ.UntypedString) defaultConvert(c, x);
      if (vt === undefined && s.value) {
        c.error(s.value.pos, `range over ${c.operandStr(x)} permits only one iteration variable`);
      }
    }
  }
  const lhs: [ast.Expr | undefined, Type][] = [[s.key, kt], [s.value, vt ?? Typ.Invalid]];
  if (s.tok === ':=') {
    const vars = [];
    for (const [e, t] of lhs) {
      if (!e) continue;
      if (e.kind !== 'Ident') {
        c.error(e.pos, `non-name ${c.exprStr(e)} on left side of :=`);
        continue;
      }
      const v = newLocal(c, e, t);
      c.recordDef(e, v);
      vars.push(v);
    }
    for (const v of vars) if (v.name !== '_') c.env.scope.insert(v);
  } else if (s.tok === '=') {
    for (const [e, t] of lhs) {
      if (!e) continue;
      if (e.kind === 'Ident' && e.name === '_') {
        c.recordDef(e, undefined);
        continue;
      }
      const z = expr(c, e);
      if (z.mode === 'invalid' || t === Typ.Invalid) continue;
      if (z.mode !== 'variable' && z.mode !== 'mapindex') {
        c.error(e.pos, `cannot assign to ${c.operandStr(z)}`);
        continue;
      }
      assignment(c, { mode: 'value', expr: e, type: t }, z.type, 'assignment');
    }
  }
  stmt(c, s.body, ctx);
}
