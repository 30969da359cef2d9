// Type and value questions escape analysis asks about pointers: which types can hold a pointer at all (values of other
// types never carry an allocation's address, so no flow is recorded for them), and which pointers a
// `unsafe.Pointer(uintptr expression)` conversion may yield. The latter follows gc's unsafeValue rule: a uintptr
// computed from `uintptr(p)` by arithmetic still points into p's object (the `unsafe.Pointer(uintptr(p) + off)`
// idiom), while a uintptr that comes from anywhere else (a constant hardware address, a parameter, a load) is not
// tracked — a pointer made from it points to memory we do not know, which the caller treats as the heap. Converting a
// pointer to uintptr for any other purpose (writing a buffer's address into a DMA register) does not make it escape.

import type { Type } from '../../compiler/types/types.ts';
import { assertNever } from '../../compiler/diag.ts';
import type * as ir from '../../ir/ir.ts';

/** hasPointers reports whether a value of type t can contain a pointer (strings count: their data is a pointer). */
export function hasPointers(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  const u = t.underlying();
  switch (u.kind) {
    case 'Basic':
      return u.name === 'string' || u.name === 'unsafe.Pointer' || u.name === 'Invalid';
    case 'Pointer':
    case 'Slice':
    case 'Map':
    case 'Chan':
    case 'Signature':
    case 'Interface':
    case 'TypeParam':
    case 'Union':
      return true;
    case 'Array':
      return u.len > 0 && hasPointers(u.elem, seen);
    case 'Struct':
      return u.fields.some((f) => hasPointers(f.type, seen));
    case 'Tuple':
      return u.vars.some((v) => hasPointers(v.type, seen));
    case 'Named':
      // A Named whose underlying type is not resolved: be conservative.
      return true;
    default:
      return assertNever(u, 'type');
  }
}

/** UnsafeSources is what a uintptr expression may point into: tracked pointer values, and whether it may be untracked. */
export interface UnsafeSources {
  pointers: ir.Value[];
  unknown: boolean;
}

/** unsafeSources returns the pointer values a uintptr-typed value was computed from (gc's unsafeValue). */
export function unsafeSources(v: ir.Value): UnsafeSources {
  const out: UnsafeSources = { pointers: [], unknown: false };
  const seen = new Set<ir.Value>();
  const visit = (x: ir.Value): void => {
    if (seen.has(x)) return;
    seen.add(x);
    switch (x.kind) {
      case 'Const':
        return;
      case 'Convert':
        if (hasPointers(x.x.type)) out.pointers.push(x.x);
        else visit(x.x);
        return;
      case 'BinOp': {
        const op = x.op;
        switch (op) {
          case '+':
          case '-':
          case '*':
          case '/':
          case '%':
          case '&':
          case '|':
          case '^':
          case '&^':
            visit(x.x);
            visit(x.y);
            return;
          case '<<':
          case '>>':
            visit(x.x);
            return;
          case '==':
          case '!=':
          case '<':
          case '<=':
          case '>':
          case '>=':
            return;
          default:
            return assertNever(op, 'binary operator');
        }
      }
      case 'Phi':
        for (const e of x.edges) visit(e);
        return;
      default:
        out.unknown = true;
        return;
    }
  };
  visit(v);
  return out;
}
