// The IR sanity checker (go/ssa's sanity.go in spirit): validates the structural invariants every pass must keep, and
// returns a list of human-readable problems (empty when the function is well formed). Tests run it after building and
// after every pass. Checked: block indices match positions; every block ends in exactly one terminator and has no
// terminator elsewhere; phis come first and have one edge per predecessor; preds/succs are symmetric; If has 2
// successors, Jump 1, Return/Panic/Unreachable 0; every operand is defined in the same function (or is a constant,
// global, function or builtin) and lists the instruction among its referrers; every referrer of a value uses it and is
// still in a block; no constant operand has an untyped type; instruction types are sane (Store value vs address
// element, If condition bool, loads from pointers, Return arity and types, Call argument count and types, InlineAsm
// operands against its constraints); and, when all that holds, every use is dominated by its definition (a phi edge's
// value by the definition dominating the matching predecessor).

import type { Type } from '../compiler/types/types.ts';
import type * as ir from './ir.ts';
import { isTerminator, isValueInstruction, operands } from './ir.ts';
import { buildDomTree } from './dom.ts';
import { instrString } from './printer.ts';

/** sameType is a structural type identity good enough for sanity checks (named and basic types by identity). */
export function sameType(a: Type, b: Type): boolean {
  if (a === b) return true;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'Basic':
      return b.kind === 'Basic' && a.name === b.name;
    case 'Pointer':
      return b.kind === 'Pointer' && sameType(a.elem, b.elem);
    case 'Slice':
      return b.kind === 'Slice' && sameType(a.elem, b.elem);
    case 'Array':
      return b.kind === 'Array' && a.len === b.len && sameType(a.elem, b.elem);
    case 'Map':
      return b.kind === 'Map' && sameType(a.key, b.key) && sameType(a.elem, b.elem);
    case 'Chan':
      return b.kind === 'Chan' && a.dir === b.dir && sameType(a.elem, b.elem);
    case 'Struct':
      return (
        b.kind === 'Struct' &&
        a.fields.length === b.fields.length &&
        a.fields.every((f, i) => f.name === b.fields[i]!.name && f.embedded === b.fields[i]!.embedded &&
          sameType(f.type, b.fields[i]!.type))
      );
    case 'Tuple':
      return b.kind === 'Tuple' && a.length === b.length && a.vars.every((v, i) => sameType(v.type, b.vars[i]!.type));
    case 'Signature':
      return (
        b.kind === 'Signature' && a.variadic === b.variadic && sameType(a.params, b.params) &&
        sameType(a.results, b.results)
      );
    case 'Named':
      return b.kind === 'Named' && a.obj === b.obj && a.typeArgs.length === b.typeArgs.length &&
        a.typeArgs.every((t, i) => sameType(t, b.typeArgs[i]!));
    default:
      return false; // interfaces, unions, type params: only identical by reference here
  }
}

function ptrElem(t: Type): Type | undefined {
  const u = t.underlying();
  return u.kind === 'Pointer' ? u.elem : undefined;
}

/** validateFunction checks one function and returns its problems, each prefixed with the function's name. */
export function validateFunction(fn: ir.Function): string[] {
  const errs: string[] = [];
  const err = (where: string, msg: string): void => void errs.push(`${fn.qualifiedName}: ${where}: ${msg}`);
  const inFn = new Set<ir.Instruction>();
  for (const b of fn.blocks) for (const i of b.instrs) inFn.add(i);
  const ids = new Map<number, ir.ValueInstruction>();

  fn.params.forEach((p, k) => {
    if (p.parent !== fn) err(`param ${p.name}`, 'parent is another function');
    if (p.index !== k) err(`param ${p.name}`, `index ${p.index}, want ${k}`);
    for (const r of p.referrers) if (!inFn.has(r)) err(`param ${p.name}`, `referrer not in function: ${instrString(r)}`);
  });

  fn.blocks.forEach((b, bi) => {
    const where = `block ${b.index}`;
    if (b.index !== bi) err(where, `index ${b.index} at position ${bi}`);
    if (b.parent !== fn) err(where, 'parent is another function');
    if (b.instrs.length === 0) err(where, 'empty block (no terminator)');
    for (const s of b.succs) {
      if (!fn.blocks.includes(s)) err(where, `successor ${s.index} not in function`);
      if (count(s.preds, b) !== count(b.succs, s)) err(where, `edge to ${s.index} not mirrored in its preds`);
    }
    for (const p of b.preds) {
      if (!fn.blocks.includes(p)) err(where, `predecessor ${p.index} not in function`);
      if (count(p.succs, b) !== count(b.preds, p)) err(where, `edge from ${p.index} not mirrored in its succs`);
    }
    let seenNonPhi = false;
    b.instrs.forEach((i, k) => {
      const w = `${where}: ${instrString(i)}`;
      if (i.block !== b) err(w, 'instruction block field is wrong');
      const last = k === b.instrs.length - 1;
      if (isTerminator(i) !== last) err(w, last ? 'block does not end in a terminator' : 'terminator in mid-block');
      if (i.kind === 'Phi') {
        if (seenNonPhi) err(w, 'phi after non-phi instruction');
        if (i.edges.length !== b.preds.length) err(w, `phi has ${i.edges.length} edges, block has ${b.preds.length} preds`);
      } else seenNonPhi = true;
      if (isValueInstruction(i)) {
        const prev = ids.get(i.id);
        if (prev && prev !== i) err(w, `duplicate value id t${i.id}`);
        ids.set(i.id, i);
        for (const r of i.referrers) {
          if (!inFn.has(r)) err(w, `referrer not in a block of the function: ${instrString(r)}`);
          else if (!operands(r).includes(i)) err(w, `referrer does not use it: ${instrString(r)}`);
        }
      }
      for (const op of operands(i)) {
        if (!op.referrers.includes(i)) err(w, `missing from referrers of ${op.kind}`);
        if (op.kind === 'Parameter' && op.parent !== fn) err(w, `parameter ${op.name} of another function`);
        if (isValueOp(op) && !inFn.has(op)) err(w, `operand t${op.id} is not defined in this function`);
        if (op.kind === 'Const' && op.type.kind === 'Basic' && op.type.name.startsWith('untyped')) {
          err(w, `constant operand of ${op.type.name} type (the builder must give constants their final type)`);
        }
      }
      checkTypes(i, fn, (m) => err(w, m));
      checkSuccs(i, b, (m) => err(w, m));
    });
  });
  if (errs.length === 0) checkDominance(fn, err);
  return errs;
}

/** checkDominance reports uses not dominated by their definition (phi edges: the definition dominates the pred). */
function checkDominance(fn: ir.Function, err: (where: string, msg: string) => void): void {
  if (fn.blocks.length === 0) return;
  const dom = buildDomTree(fn);
  const pos = new Map<ir.Instruction, number>();
  for (const b of fn.blocks) b.instrs.forEach((i, k) => pos.set(i, k));
  for (const b of fn.blocks) {
    if (!dom.reachable[b.index]) continue;
    for (const i of b.instrs) {
      const ops = operands(i);
      ops.forEach((op, k) => {
        if (!isValueOp(op)) return;
        const d = op.block;
        if (i.kind === 'Phi') {
          const p = b.preds[k];
          if (p && dom.reachable[p.index] && !dom.dominates(d, p)) {
            err(`block ${b.index}: ${instrString(i)}`, `edge t${op.id} does not dominate predecessor ${p.index}`);
          }
          return;
        }
        const ok = d === b ? pos.get(op)! < pos.get(i)! : dom.dominates(d, b);
        if (!ok) err(`block ${b.index}: ${instrString(i)}`, `use of t${op.id} not dominated by its definition`);
      });
    }
  }
}

function isValueOp(v: ir.Value): v is ir.ValueInstruction {
  return 'id' in v && 'block' in v;
}

function count<T>(xs: T[], x: T): number {
  return xs.filter((y) => y === x).length;
}

function checkSuccs(i: ir.Instruction, b: ir.BasicBlock, err: (m: string) => void): void {
  const want = i.kind === 'If' ? 2 : i.kind === 'Jump' ? 1 : isTerminator(i) ? 0 : -1;
  if (want >= 0 && b.succs.length !== want) err(`${i.kind} block has ${b.succs.length} successors, want ${want}`);
}

function checkTypes(i: ir.Instruction, fn: ir.Function, err: (m: string) => void): void {
  switch (i.kind) {
    case 'Store': {
      const e = ptrElem(i.addr.type);
      if (!e) err('store address is not a pointer');
      else if (!sameType(e, i.val.type)) err(`store of ${i.val.type} to *${e}`);
      break;
    }
    case 'UnOp':
      if (i.op === '*') {
        const e = ptrElem(i.x.type);
        if (!e) err('load from a non-pointer');
        else if (!sameType(e, i.type)) err(`load of ${e} typed ${i.type}`);
      }
      break;
    case 'If': {
      const u = i.cond.type.underlying();
      if (u.kind !== 'Basic' || (u.name !== 'bool' && u.name !== 'untyped bool')) err(`if condition of type ${i.cond.type}`);
      break;
    }
    case 'Alloc':
      if (!sameType(ptrElem(i.type) ?? i.type, i.elem)) err('alloc type is not *elem');
      break;
    case 'FieldAddr': {
      const e = ptrElem(i.x.type)?.underlying();
      if (!e || e.kind !== 'Struct' || i.field >= e.fields.length) err('field address of a non-struct pointer');
      break;
    }
    case 'Field': {
      const e = i.x.type.underlying();
      if (e.kind !== 'Struct' || i.field >= e.fields.length) err('field of a non-struct');
      break;
    }
    case 'IndexAddr': {
      const e = i.x.type.underlying().kind === 'Slice' ? i.x.type.underlying() : ptrElem(i.x.type)?.underlying();
      if (!e || (e.kind !== 'Array' && e.kind !== 'Slice')) err('index address of a non-array pointer');
      break;
    }
    case 'Phi':
      for (const e of i.edges) if (!sameType(e.type, i.type)) err(`phi edge of type ${e.type}, phi is ${i.type}`);
      break;
    case 'Return': {
      const res = fn.signature.results;
      if (i.results.length !== res.length) err(`return of ${i.results.length} values, function has ${res.length} results`);
      else i.results.forEach((r, k) => {
        if (!sameType(r.type, res.at(k).type)) err(`result ${k} of type ${r.type}, want ${res.at(k).type}`);
      });
      break;
    }
    case 'InlineAsm': {
      const cs = i.constraints.split(',');
      const inputs = cs.filter((c) => !c.startsWith('=') && !c.startsWith('~')).length;
      if (inputs !== i.args.length) err(`inline assembly with ${i.args.length} operands for ${inputs} input constraints`);
      if (cs.some((c) => c.startsWith('=')) && i.type.kind === 'Tuple') err('inline assembly with an output but no result type');
      break;
    }
    case 'Call':
      if (i.callee.kind === 'Function') {
        const sig = i.callee.signature;
        const n = sig.params.length + (sig.recv ? 1 : 0);
        if (i.args.length !== n) err(`call with ${i.args.length} args, callee takes ${n}`);
        else {
          const want = [...(sig.recv ? [sig.recv.type] : []), ...sig.params.vars.map((v) => v.type)];
          i.args.forEach((a, k) => {
            if (!sameType(a.type, want[k]!)) err(`argument ${k} of type ${a.type}, parameter is ${want[k]}`);
          });
        }
      }
      break;
    case 'MakeSlice':
    case 'Append':
      if (i.type.underlying().kind !== 'Slice') err(`${i.kind} of type ${i.type}`);
      if (i.kind === 'Append' && !sameType(i.x.type, i.type)) err(`append to ${i.x.type} typed ${i.type}`);
      break;
    case 'Lookup':
    case 'MapNext':
    case 'MapRange':
    case 'MapUpdate': {
      const m = i.map.type.underlying();
      if (m.kind !== 'Map') err(`${i.kind} on a non-map of type ${i.map.type}`);
      else if (i.kind === 'MapUpdate' && (!sameType(i.key.type, m.key) || !sameType(i.value.type, m.elem))) {
        err(`map update of ${i.key.type}: ${i.value.type} in ${i.map.type}`);
      }
      break;
    }
    case 'MakeInterface':
    case 'ChangeInterface': {
      const fromIface = i.x.type.underlying().kind === 'Interface';
      if (i.type.underlying().kind !== 'Interface') err(`${i.kind} to non-interface ${i.type}`);
      if (fromIface !== (i.kind === 'ChangeInterface')) err(`${i.kind} from ${i.x.type}`);
      break;
    }
    case 'TypeAssert':
    case 'Invoke':
      if (i.x.type.underlying().kind !== 'Interface') err(`${i.kind} on non-interface ${i.x.type}`);
      break;
    default:
      break;
  }
}

/** validateProgram validates every function (and package initializer) of the program. */
export function validateProgram(prog: ir.Program): string[] {
  const errs: string[] = [];
  for (const pkg of prog.packages) {
    errs.push(...validateFunction(pkg.init));
    for (const fn of pkg.functions) if (fn !== pkg.init) errs.push(...validateFunction(fn));
  }
  if (prog.entry) errs.push(...validateFunction(prog.entry));
  return errs;
}
