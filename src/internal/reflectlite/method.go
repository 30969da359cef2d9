// Method sets and the relations between types: Type's method lookups, Implements, AssignableTo and type identity of
// unnamed types with the same structure (for assignability between a defined type and a type literal). Method sets
// and interface method lists come from the descriptors' extensions, sorted as gc sorts them (exported methods first,
// each group by name); a method's code is not there: methods cannot be called through tsgo's reflect.

package reflectlite

import "unsafe"

// Method represents a single method.
type Method struct {
	// Name is the method name.
	Name string
	// PkgPath is the package path that qualifies a lower case (unexported) method name. It is empty for upper case
	// (exported) method names.
	PkgPath string

	Type  Type  // method type: with the receiver as first parameter, except for an interface's method
	Func  Value // the zero Value: tsgo's reflect cannot call methods
	Index int   // index for Type.Method
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// at returns the i'th record of a method array.
func methodAt(ms *method, i int) *method {
	return (*method)(add(unsafe.Pointer(ms), uintptr(i)*unsafe.Sizeof(method{})))
}

// split returns a method's name and, for an unexported one, its package path.
func (m *method) split() (name, pkgPath string) {
	for i := len(m.name) - 1; i >= 0; i-- {
		if m.name[i] == '.' {
			return m.name[i+1:], m.name[:i]
		}
	}
	return m.name, ""
}

// methods returns t's method records, their func types, and how many of them reflect shows: all of an
// interface's, else the exported ones of its method set (which come first).
func (t *rtype) methods() (ms *method, types **rtype, all int, shown int) {
	if t.Kind() == Interface {
		x := (*interfaceTypeExt)(typeExt(t))
		return x.methods, x.types, int(x.numMethods), int(x.numMethods)
	}
	u := t.uncommon()
	if u == nil {
		return nil, nil, 0, 0
	}
	return u.methods, u.types, int(u.mcount), int(u.xcount)
}

// methodType returns the func type of the i'th method of a method set or interface, from its array of types. The
// compiler emits those arrays only in a program where this function is reachable (compiler/codegen/typeext.ts).
func methodType(types **rtype, i int) *rtype {
	return *(**rtype)(add(unsafe.Pointer(types), uintptr(i)*unsafe.Sizeof(types)))
}

// NumMethod returns the number of exported methods in t's method set, or an interface's number of methods.
func (t *rtype) NumMethod() int {
	_, _, _, n := t.methods()
	return n
}

// Method returns the i'th method in t's method set (see Type).
func (t *rtype) Method(i int) Method {
	ms, types, _, n := t.methods()
	if i < 0 || i >= n {
		panic("reflect: Method index out of range")
	}
	m := methodAt(ms, i)
	name, pkgPath := m.split()
	return Method{Name: name, PkgPath: pkgPath, Type: toType(methodType(types, i)), Index: i}
}

// MethodByName returns the method of that name in t's method set (see Type), and whether it exists.
func (t *rtype) MethodByName(name string) (Method, bool) {
	ms, _, _, n := t.methods()
	for i := 0; i < n; i++ {
		if mname, _ := methodAt(ms, i).split(); mname == name {
			return t.Method(i), true
		}
	}
	return Method{}, false
}

// Implements reports whether t implements the interface type u.
func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// AssignableTo reports whether a value of type t is assignable to type u.
func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || implements(uu, t)
}

// ConvertibleTo reports whether a value of type t is convertible to type u.
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertible(u.common(), t)
}

// implements reports whether type v implements type t, which must be an interface type to implement.
func implements(t, v *rtype) bool {
	if t.Kind() != Interface {
		return false
	}
	tx := (*interfaceTypeExt)(typeExt(t))
	if tx.numMethods == 0 {
		return true
	}
	vms, _, vn, _ := v.methods()
	for i := 0; i < int(tx.numMethods); i++ {
		tm := methodAt(tx.methods, i)
		found := false
		for j := 0; j < vn && !found; j++ {
			vm := methodAt(vms, j)
			found = vm.name == tm.name && vm.sig == tm.sig
		}
		if !found {
			return false
		}
	}
	return true
}

// hasName reports whether t is a defined or predeclared type.
func (t *rtype) hasName() bool {
	if t.kind&flagNamed != 0 {
		return true
	}
	k := t.Kind()
	return k <= Complex128 || k == String || k == UnsafePointer
}

// directlyAssignable reports whether a value of type v can be assigned to a variable of type t without a
// conversion to an interface: identical types, or identical underlying types of which one is not defined, or a
// bidirectional channel to a channel type of the same element type.
func directlyAssignable(t, v *rtype) bool {
	if t == v {
		return true
	}
	if t.hasName() && v.hasName() || t.Kind() != v.Kind() {
		return false
	}
	if t.Kind() == Chan && ChanDir((*chanType)(unsafe.Pointer(v)).dir) == BothDir && t.elem() == v.elem() {
		return true
	}
	return identicalUnderlying(t, v, true)
}

// identical reports whether t and v are identical types, tags ignored unless cmpTags: descriptors are unique per
// type identity, so with tags compared that is equality of the descriptors.
func identical(t, v *rtype, cmpTags bool) bool {
	if cmpTags || t == v {
		return t == v
	}
	if t.Name() != v.Name() || t.Kind() != v.Kind() || t.PkgPath() != v.PkgPath() {
		return false
	}
	return identicalUnderlying(t, v, false)
}

// identicalUnderlying reports whether t and v have identical underlying types.
func identicalUnderlying(t, v *rtype, cmpTags bool) bool {
	if t == v {
		return true
	}
	k := t.Kind()
	if k != v.Kind() {
		return false
	}
	switch k {
	case Array:
		return t.Len() == v.Len() && identical(t.elem(), v.elem(), cmpTags)
	case Chan:
		return t.ChanDir() == v.ChanDir() && identical(t.elem(), v.elem(), cmpTags)
	case Pointer, Slice:
		return identical(t.elem(), v.elem(), cmpTags)
	case Map:
		return identical((*mapType)(unsafe.Pointer(t)).key, (*mapType)(unsafe.Pointer(v)).key, cmpTags) &&
			identical(t.elem(), v.elem(), cmpTags)
	case Func:
		a := (*funcTypeExt)(typeExt(t))
		b := (*funcTypeExt)(typeExt(v))
		if a.numIn != b.numIn || a.numOut != b.numOut {
			return false
		}
		for i := 0; i < int(a.numIn)+int(a.numOut&^funcVariadic); i++ {
			if !identical(a.param(i), b.param(i), cmpTags) {
				return false
			}
		}
		return true
	case Interface:
		a := (*interfaceTypeExt)(typeExt(t))
		b := (*interfaceTypeExt)(typeExt(v))
		if a.numMethods != b.numMethods {
			return false
		}
		for i := 0; i < int(a.numMethods); i++ {
			ma, mb := methodAt(a.methods, i), methodAt(b.methods, i)
			if ma.name != mb.name || ma.sig != mb.sig {
				return false
			}
		}
		return true
	case Struct:
		return identicalStructs(t, v, cmpTags)
	}
	return true // the basic kinds
}

// identicalStructs reports whether the struct types t and v have the same fields: names, types, tags (when
// compared), embedding and the package of unexported names.
func identicalStructs(t, v *rtype, cmpTags bool) bool {
	a := (*structType)(unsafe.Pointer(t))
	b := (*structType)(unsafe.Pointer(v))
	if a.numField != b.numField {
		return false
	}
	ax := (*structTypeExt)(typeExt(t))
	bx := (*structTypeExt)(typeExt(v))
	if ax.pkgPath != bx.pkgPath {
		return false
	}
	for i := 0; i < int(a.numField); i++ {
		fa, fb := a.field(uintptr(i)), b.field(uintptr(i))
		if fa.name != fb.name || fa.flags != fb.flags || fa.offset != fb.offset || !identical(fa.typ, fb.typ, cmpTags) {
			return false
		}
		if cmpTags && t.tag(i) != v.tag(i) {
			return false
		}
	}
	return true
}
