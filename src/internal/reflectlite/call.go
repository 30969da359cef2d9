// What tsgo's reflect does not do: calling functions and methods. Method sets are in the descriptors (names and
// types), but not the methods' code: reachability (passes/reachable.ts) keeps only the methods that some interface
// call can reach, so reflect cannot promise that a method it finds by name was compiled. Channels, which need no
// code of their own, are supported here too.

package reflectlite

import "unsafe"

// notSupported panics for a reflect operation tsgo does not implement.
func notSupported(what string) {
	fail("reflect: ", what, " is not supported by tsgo (methods and functions cannot be called through reflect)")
}

// NumMethod returns the number of exported methods in v's method set (all methods for an interface type).
func (v Value) NumMethod() int {
	if v.typ == nil {
		panicValue("NumMethod", Invalid)
	}
	return v.typ.NumMethod()
}

// Method panics: methods cannot be called through tsgo's reflect (Type.Method describes them).
func (v Value) Method(i int) Value {
	notSupported("Value.Method")
	return Value{}
}

// MethodByName returns the zero Value when v has no method of that name, and panics otherwise: methods cannot be
// called through tsgo's reflect (Type.MethodByName describes them).
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panicValue("MethodByName", Invalid)
	}
	if _, ok := v.typ.MethodByName(name); ok {
		notSupported("Value.MethodByName")
	}
	return Value{}
}

// Call panics: functions cannot be called through tsgo's reflect.
func (v Value) Call(in []Value) []Value {
	notSupported("Value.Call")
	return nil
}

// CallSlice panics: functions cannot be called through tsgo's reflect.
func (v Value) CallSlice(in []Value) []Value {
	notSupported("Value.CallSlice")
	return nil
}

// MakeChan returns a new channel of the channel type typ with a buffer of the given size.
func MakeChan(typ Type, buffer int) Value {
	if typ.Kind() != Chan {
		panic("reflect.MakeChan of non-chan type")
	}
	if buffer < 0 {
		panic("reflect.MakeChan: negative buffer size")
	}
	if typ.ChanDir() != BothDir {
		panic("reflect.MakeChan: unidirectional channel type")
	}
	t := typ.common()
	return Value{t, makechan(t.elem().size, buffer), 0}
}

// Send sends x on the channel v, blocking until it is taken; x must be assignable to v's element type.
func (v Value) Send(x Value) {
	v.mustBe(Chan, "Send")
	v.mustBeExported("Send")
	if ChanDir((*chanType)(unsafe.Pointer(v.typ)).dir)&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("Send")
	x = x.assignTo("Send", v.typ.elem())
	chansend(v.pointer(), x.addr())
}

// Recv receives a value from the channel v, blocking until there is one; ok is false once v is closed and drained.
func (v Value) Recv() (x Value, ok bool) {
	v.mustBe(Chan, "Recv")
	v.mustBeExported("Recv")
	if ChanDir((*chanType)(unsafe.Pointer(v.typ)).dir)&RecvDir == 0 {
		panic("reflect: recv on send-only chan")
	}
	et := v.typ.elem()
	p := unsafe_New(et.size)
	ok = chanrecv(v.pointer(), p)
	return copyVal(et, 0, p), ok
}

// TrySend sends x on the channel v if that can be done without blocking, and reports whether it did.
func (v Value) TrySend(x Value) bool {
	v.mustBe(Chan, "TrySend")
	v.mustBeExported("TrySend")
	if ChanDir((*chanType)(unsafe.Pointer(v.typ)).dir)&SendDir == 0 {
		panic("reflect: send on recv-only channel")
	}
	x.mustBeExported("TrySend")
	x = x.assignTo("TrySend", v.typ.elem())
	c := v.pointer()
	return c != nil && chantrysend(c, x.addr())
}

// TryRecv receives a value from the channel v if that can be done without blocking: the zero Value when it
// cannot, and ok false also when v is closed and drained (x is then the zero value of v's element type).
func (v Value) TryRecv() (x Value, ok bool) {
	v.mustBe(Chan, "TryRecv")
	v.mustBeExported("TryRecv")
	if ChanDir((*chanType)(unsafe.Pointer(v.typ)).dir)&RecvDir == 0 {
		panic("reflect: recv on send-only chan")
	}
	c := v.pointer()
	if c == nil {
		return Value{}, false
	}
	et := v.typ.elem()
	p := unsafe_New(et.size)
	done, ok := chantryrecv(c, p)
	if !done {
		return Value{}, false
	}
	return copyVal(et, 0, p), ok
}

// Close closes the channel v.
func (v Value) Close() {
	v.mustBe(Chan, "Close")
	v.mustBeExported("Close")
	chanclose(v.pointer())
}
