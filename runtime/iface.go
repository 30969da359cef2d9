// Interfaces at run time: the panics of failed type assertions, with gc's messages, and printing a panic value of
// any type as gc does: an error's Error(), a Stringer's String(), a value of a basic kind as itself (`main.E(42)` for
// a named one), anything else as `(T) 0xaddress`. The dynamic type's kind is read from its descriptor, so printing
// needs no descriptor of its own.

package runtime

import "unsafe"

// stringer is fmt.Stringer, which gc's panic printing also honours.
type stringer interface {
	String() string
}

// panicTypeAssert reports a failed x.(T) to a concrete type: have is x's dynamic type (nil for a nil interface),
// want is T, iface is x's static interface type.
func panicTypeAssert(have, want, iface unsafe.Pointer) {
	if recoverEnabled() {
		gopanic(&TypeAssertionError{_interface: (*_type)(iface), concrete: (*_type)(have), asserted: (*_type)(want)})
	}
	rundefersAll()
	printstring("panic: interface conversion: ")
	printstring((*_type)(iface).str)
	printstring(" is ")
	if have == nil {
		printstring("nil")
	} else {
		printstring((*_type)(have).str)
	}
	printstring(", not ")
	printstring((*_type)(want).str)
	panicEnd()
}

// panicTypeAssertIface reports a failed x.(I) to an interface type: have is x's dynamic type (nil for a nil
// interface), want is I, missing the first method of I that have lacks.
func panicTypeAssertIface(have, want unsafe.Pointer, missing string) {
	if recoverEnabled() {
		gopanic(&TypeAssertionError{concrete: (*_type)(have), asserted: (*_type)(want), missingMethod: missing})
	}
	rundefersAll()
	printstring("panic: interface conversion: ")
	if have == nil {
		printstring("interface is nil, not ")
		printstring((*_type)(want).str)
	} else {
		printstring((*_type)(have).str)
		printstring(" is not ")
		printstring((*_type)(want).str)
		printstring(": missing method ")
		printstring(missing)
	}
	panicEnd()
}

// printpanicval prints a panic value as gc does.
func printpanicval(v any) {
	if err, ok := v.(error); ok {
		printstring(err.Error())
		return
	}
	if s, ok := v.(stringer); ok {
		printstring(s.String())
		return
	}
	e := efaceOf(&v)
	if e.typ == nil {
		printstring("nil")
		return
	}
	named := e.typ.kind&flagNamed != 0
	k := e.typ.kind & kindMask
	if !named || k > kindComplex128 && k != kindString {
		if k <= kindComplex128 || k == kindString {
			printbasic(k, dataPointer(e))
			return
		}
		printstring("(")
		printstring(e.typ.str)
		printstring(") ")
		printpointer(uintptr(e.data))
		return
	}
	printstring(e.typ.str)
	if k == kindString {
		printstring(`("`)
		printbasic(k, dataPointer(e))
		printstring(`")`)
		return
	}
	printstring("(")
	printbasic(k, dataPointer(e))
	printstring(")")
}

// printbasic prints the value of basic kind k at p.
func printbasic(k uint8, p unsafe.Pointer) {
	switch k {
	case kindBool:
		printbool(*(*bool)(p))
	case kindInt:
		print(*(*int)(p))
	case kindInt8:
		print(*(*int8)(p))
	case kindInt16:
		print(*(*int16)(p))
	case kindInt32:
		print(*(*int32)(p))
	case kindInt64:
		print(*(*int64)(p))
	case kindUint:
		print(*(*uint)(p))
	case kindUint8:
		print(*(*uint8)(p))
	case kindUint16:
		print(*(*uint16)(p))
	case kindUint32:
		print(*(*uint32)(p))
	case kindUint64:
		print(*(*uint64)(p))
	case kindUintptr:
		print(*(*uintptr)(p))
	case kindFloat32:
		if haveBoxed(kindFloat32) {
			printfloat(float64(*(*float32)(p)))
		}
	case kindFloat64:
		if haveBoxed(kindFloat64) {
			printfloat(*(*float64)(p))
		}
	case kindComplex64:
		if haveBoxed(kindComplex64) {
			c := *(*[2]float32)(p)
			printcomplex(float64(c[0]), float64(c[1]))
		}
	case kindComplex128:
		if haveBoxed(kindComplex128) {
			c := *(*[2]float64)(p)
			printcomplex(c[0], c[1])
		}
	case kindString:
		printstring(*(*string)(p))
	}
}

// haveBoxed reports whether the program converts a value of a type of the given kind to an interface anywhere; the
// compiler replaces calls to it with that constant, so that printing a panic value pulls in float formatting (and
// on AVR the soft float) only for a program that can panic with a float.
func haveBoxed(kind uint8) bool
