// Deep equality (reflect.DeepEqual): values of identical types compared recursively, element by element, field by
// field (unexported fields included), entry by entry for maps. A comparison that reaches the same pair of pointers,
// maps, slices or interfaces of the same type again assumes them equal, which ends the walk of cyclic data.

package reflectlite

import "unsafe"

// visit is a pair of references already under comparison.
type visit struct {
	a, b unsafe.Pointer
	typ  *rtype
}

// DeepEqual reports whether x and y are "deeply equal", as gc's reflect.DeepEqual defines it: identical types, and
// equal basic values, deeply equal elements, fields and map entries, pointers that are equal or point to deeply
// equal values; slices and maps are equal only when both or neither are nil; functions only when both are nil.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1, v2 := ValueOf(x), ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, map[visit]bool{})
}

// ref returns the reference a value of a kind that may be cyclic stands for (a pointer's target, a map, where a
// slice or interface value is stored), or nil when it cannot start a cycle.
func (v Value) ref() unsafe.Pointer {
	switch v.kind() {
	case Pointer, Map:
		return v.pointer()
	case Slice, Interface:
		if v.IsNil() {
			return nil
		}
		return v.ptr
	}
	return nil
}

func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}
	if a, b := v1.ref(), v2.ref(); a != nil && b != nil {
		if uintptr(a) > uintptr(b) {
			a, b = b, a // order the pair: (a, b) and (b, a) are the same comparison
		}
		k := visit{a, b, v1.typ}
		if visited[k] {
			return true
		}
		visited[k] = true
	}
	switch v1.kind() {
	case Array:
		for i, n := 0, v1.Len(); i < n; i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.UnsafePointer() == v2.UnsafePointer() {
			return true
		}
		for i, n := 0, v1.Len(); i < n; i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.pointer() == v2.pointer() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() || v1.Len() != v2.Len() {
			return false
		}
		if v1.pointer() == v2.pointer() {
			return true
		}
		for _, k := range v1.MapKeys() {
			e1, e2 := v1.MapIndex(k), v2.MapIndex(k)
			if !e1.IsValid() || !e2.IsValid() || !deepValueEqual(e1, e2, visited) {
				return false
			}
		}
		return true
	case Func:
		return v1.IsNil() && v2.IsNil()
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float()
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	}
	return v1.pointer() == v2.pointer() // Chan, UnsafePointer
}
