// Method sets after type checking, for the phases that dispatch interface calls: which method a type's method set has
// under a name (spec "Method sets" and "Selectors": the shallowest embedding depth wins, an ambiguity or a field at
// that depth hides the name, and a pointer-receiver method belongs only to the method set of a pointer or of a value
// reached through an embedded pointer), and how the receiver is reached (the embedded-field path). Also the
// canonical type key that identifies a type across the program (identical types, one key).

import { completeInterface } from '../compiler/types/interfaces.ts';
import { samePackage } from '../compiler/types/lookup.ts';
import { instanceMethod } from '../compiler/types/subst.ts';
import { isExported } from '../compiler/types/predicates.ts';
import type { Func as FuncObj } from '../compiler/types/objects.ts';
import type { Named, Package, Type } from '../compiler/types/types.ts';

/** MethodSel says how method `fn` is reached from a receiver: through the embedded fields `path` (field indexes). */
export interface MethodSel {
  fn: FuncObj;
  path: number[];
  /** viaInterface is set when fn is the method of an embedded interface field (the last step of path). */
  viaInterface: boolean;
}

interface Entry {
  typ: Type;
  path: number[];
  indirect: boolean;
}

/**
 * nilWrapperPanics reports whether calling sel through a nil value of boxed type t panics with gc's "value method
 * T.M called using nil *T pointer": t is a pointer and sel a value method of its element type itself (a method
 * promoted through an embedded field dereferences a nil pointer instead).
 */
export function nilWrapperPanics(t: Type, sel: MethodSel): boolean {
  return t.kind === 'Pointer' && !sel.viaInterface && sel.path.length === 0 && sel.fn.type.recv?.type.kind !== 'Pointer';
}

/** findMethod returns method `name` (declared in pkg when unexported) of t's method set, or undefined. */
export function findMethod(t: Type, name: string, pkg: Package | undefined): MethodSel | undefined {
  if (t.kind === 'Named' && t.underlying().kind === 'Pointer') return undefined;
  const isPtr = t.kind === 'Pointer';
  let current: Entry[] = [{ typ: isPtr ? t.elem : t, path: [], indirect: isPtr }];
  const exported = isExported(name);
  const matches = (m: { name: string; pkg: Package | undefined }): boolean =>
    m.name === name && (exported || samePackage(m.pkg, pkg));
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Entry[] = [];
    let found: MethodSel | undefined;
    let count = 0;
    for (const e of current) {
      let et = e.typ;
      if (et.kind === 'Named') {
        if (seen.has(et)) continue;
        seen.add(et);
        const m = et.origin.methods.find(matches);
        if (m) {
          const ptrRecv = m.type.recv?.type.kind === 'Pointer';
          // A generic type's instance has the method with its type arguments substituted (one object per instance).
          const fn = et.typeArgs.length > 0 ? instanceMethod(et, m) : m;
          if (count++ === 0) found = ptrRecv && !e.indirect ? undefined : { fn, path: e.path, viaInterface: false };
          continue;
        }
        et = et.underlying();
      }
      if (et.kind === 'Struct') {
        et.fields.forEach((f, i) => {
          if (matches(f)) {
            count++; // a field of that name hides any method
            found = undefined;
          } else if (f.embedded) {
            const p = f.type.kind === 'Pointer';
            next.push({ typ: p ? (f.type as { elem: Type }).elem : f.type, path: [...e.path, i], indirect: e.indirect || p });
          }
        });
      } else if (et.kind === 'Interface' && e.path.length > 0) {
        const m = completeInterface(et).find(matches);
        if (m && count++ === 0) found = { fn: m, path: e.path, viaInterface: true };
      }
    }
    if (count === 1) return found;
    if (count > 1) return undefined;
    current = next;
  }
  return undefined;
}

/** methodKey identifies an interface method across interfaces: its name (with the package when unexported) and type. */
export function methodKey(m: FuncObj): string {
  const qual = isExported(m.name) ? '' : `${m.pkg?.path ?? ''}.`;
  return `${qual}${m.name}${typeKey(m.type)}`;
}

const namedIds = new WeakMap<Named, number>();
let nextNamedId = 0;

/** typeKey returns a string that is equal for two types exactly when they are identical (Go's type identity). */
export function typeKey(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.name;
    case 'Named': {
      let id = namedIds.get(t);
      if (id === undefined) namedIds.set(t, (id = nextNamedId++));
      return `N${id}`;
    }
    case 'Pointer':
      return `*${typeKey(t.elem)}`;
    case 'Slice':
      return `[]${typeKey(t.elem)}`;
    case 'Array':
      return `[${t.len}]${typeKey(t.elem)}`;
    case 'Map':
      return `map[${typeKey(t.key)}]${typeKey(t.elem)}`;
    case 'Chan':
      return `chan(${t.dir})${typeKey(t.elem)}`;
    case 'Struct':
      return `struct{${t.fields
        .map((f, i) => `${f.embedded ? '~' : ''}${f.name}${isExported(f.name) ? '' : '@' + (f.pkg?.path ?? '')} ${typeKey(f.type)} ${JSON.stringify(t.tags[i] ?? '')}`)
        .join(';')}}`;
    case 'Tuple':
      return `(${t.vars.map((v) => typeKey(v.type)).join(',')})`;
    case 'Signature':
      return `func${typeKey(t.params)}${t.variadic ? '...' : ''}${typeKey(t.results)}`;
    case 'Interface':
      return `interface{${completeInterface(t)
        .map((m) => methodKey(m))
        .sort()
        .join(';')}}`;
    case 'TypeParam':
      return `P${t.obj.name}${t.index}`;
    case 'Union':
      return `union`;
  }
}
