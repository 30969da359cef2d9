// Type descriptors and key encodings for the map harness: desc builds the runtime's descriptor (type.go's layout)
// for any Go type through reflect, as codegen will emit it, with interface values direct when they fit in a word;
// encode and decode convert a Go value to and from the runtime's representation (which differs from gc's only in
// interface values: gc never stores a non-pointer in the data word). keyType bundles a key type with its maptype,
// the algorithm codegen would choose, and a generator of keys drawn from a pool whose size the caller picks.

package main

import (
	"fmt"
	"math"
	"math/rand"
	"reflect"
	"strconv"
	"unsafe"
)

// descs and goTypes map Go types to their descriptors and back.
var (
	descs   = map[reflect.Type]*_type{}
	goTypes = map[*_type]reflect.Type{}
)

// desc returns the unique descriptor of rt.
func desc(rt reflect.Type) *_type {
	if d, ok := descs[rt]; ok {
		return d
	}
	hdr := _type{kind: uint8(rt.Kind()), size: rt.Size(), str: rt.String()}
	if rt.Comparable() {
		hdr.kind |= flagComparable
	}
	if rt.Size() <= unsafe.Sizeof(uintptr(0)) && rt.Kind() != reflect.Interface {
		hdr.kind |= flagDirect
	}
	if rt.Name() != "" {
		hdr.kind |= flagNamed
	}
	var d *_type
	switch rt.Kind() {
	case reflect.Pointer, reflect.Slice:
		p := &ptrType{_type: hdr}
		d = &p._type
		register(rt, d)
		p.elem = desc(rt.Elem())
	case reflect.Array:
		a := &arrayType{_type: hdr, len: uintptr(rt.Len())}
		d = &a._type
		register(rt, d)
		a.elem = desc(rt.Elem())
	case reflect.Map:
		m := &mapType{_type: hdr}
		d = &m._type
		register(rt, d)
		m.key, m.elem = desc(rt.Key()), desc(rt.Elem())
	case reflect.Struct:
		s := &structType{_type: hdr, numField: uintptr(rt.NumField())}
		d = &s._type
		register(rt, d)
		fields := make([]structField, rt.NumField()+1)
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			var flags uint8
			if f.Anonymous {
				flags |= fieldEmbedded
			}
			if f.IsExported() {
				flags |= fieldExported
			}
			fields[i] = structField{name: f.Name, typ: desc(f.Type), offset: f.Offset, flags: flags}
		}
		s.fields = &fields[0]
	default:
		h := hdr
		d = &h
		register(rt, d)
	}
	return d
}

func register(rt reflect.Type, d *_type) {
	descs[rt] = d
	goTypes[d] = rt
}

// hasIface reports whether values of rt contain an interface (and so differ between gc and the runtime).
func hasIface(rt reflect.Type) bool {
	switch rt.Kind() {
	case reflect.Interface:
		return true
	case reflect.Array:
		return hasIface(rt.Elem())
	case reflect.Struct:
		for i := 0; i < rt.NumField(); i++ {
			if hasIface(rt.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

// encode writes the addressable value v in the runtime's representation at p.
func encode(v reflect.Value, p unsafe.Pointer) {
	rt := v.Type()
	switch {
	case !hasIface(rt):
		memmove(p, unsafe.Pointer(v.UnsafeAddr()), rt.Size())
	case rt.Kind() == reflect.Interface:
		iv := reflect.NewAt(rt, unsafe.Pointer(v.UnsafeAddr())).Elem()
		e := (*eface)(p)
		if iv.IsNil() {
			e.typ, e.data = nil, nil
			return
		}
		dyn := reflect.New(iv.Elem().Type()).Elem()
		dyn.Set(iv.Elem())
		e.typ = desc(dyn.Type())
		if e.typ.kind&flagDirect != 0 {
			e.data = nil
			encode(dyn, unsafe.Pointer(&e.data))
		} else {
			e.data = alloc(dyn.Type().Size())
			encode(dyn, e.data)
		}
	case rt.Kind() == reflect.Array:
		for i := 0; i < rt.Len(); i++ {
			encode(v.Index(i), unsafe.Add(p, uintptr(i)*rt.Elem().Size()))
		}
	default:
		for i := 0; i < rt.NumField(); i++ {
			encode(v.Field(i), unsafe.Add(p, rt.Field(i).Offset))
		}
	}
}

// decode reads a value of type rt in the runtime's representation at p; the result is addressable.
func decode(rt reflect.Type, p unsafe.Pointer) reflect.Value {
	v := reflect.New(rt).Elem()
	switch {
	case !hasIface(rt):
		memmove(unsafe.Pointer(v.UnsafeAddr()), p, rt.Size())
	case rt.Kind() == reflect.Interface:
		e := (*eface)(p)
		if e.typ != nil {
			v.Set(decode(goTypes[e.typ], dataPointer(e)))
		}
	case rt.Kind() == reflect.Array:
		for i := 0; i < rt.Len(); i++ {
			reflect.NewAt(rt.Elem(), unsafe.Pointer(v.Index(i).UnsafeAddr())).Elem().
				Set(decode(rt.Elem(), unsafe.Add(p, uintptr(i)*rt.Elem().Size())))
		}
	default:
		for i := 0; i < rt.NumField(); i++ {
			f := rt.Field(i)
			reflect.NewAt(f.Type, unsafe.Pointer(v.Field(i).UnsafeAddr())).Elem().Set(decode(f.Type, unsafe.Add(p, f.Offset)))
		}
	}
	return v
}

// canon renders a value exactly (blank fields skipped), to compare keys read back; with exact false, the sign of
// a zero is dropped, so that keys equal under == render alike.
func canon(v reflect.Value, exact bool) string {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		f := v.Float()
		if f == 0 && math.Signbit(f) {
			if exact {
				return "-0"
			}
			return "0"
		}
		return strconv.FormatFloat(f, 'g', -1, 64)
	case reflect.Complex64, reflect.Complex128:
		c := v.Complex()
		return "(" + canon(reflect.ValueOf(real(c)), exact) + "," + canon(reflect.ValueOf(imag(c)), exact) + ")"
	case reflect.Interface:
		if v.IsNil() {
			return "nil"
		}
		return v.Elem().Type().String() + ":" + canon(v.Elem(), exact)
	case reflect.Array:
		s := "["
		for i := 0; i < v.Len(); i++ {
			s += canon(v.Index(i), exact) + " "
		}
		return s + "]"
	case reflect.Struct:
		s := "{"
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).Name != "_" {
				s += canon(v.Field(i), exact) + " "
			}
		}
		return s + "}"
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Pointer:
		return fmt.Sprintf("%#x", v.Pointer())
	}
	return fmt.Sprint(v)
}

// keyType is one key type under test.
type keyType struct {
	name string
	rt   reflect.Type
	mt   *maptype
	// gen returns a key from a pool of about n distinct keys (some types add NaNs and unhashable values).
	gen func(r *rand.Rand, n int) any
	// scramble fills the key's padding and blank fields at p with garbage, which == must ignore.
	scramble func(r *rand.Rand, p unsafe.Pointer)
}

// newKeyType builds the maptype codegen would emit for map[rt]V with values of valueSize bytes.
func newKeyType(name string, rt reflect.Type, alg uint8, valueSize uintptr, gen func(r *rand.Rand, n int) any) *keyType {
	mt := &maptype{keySize: rt.Size(), valueSize: valueSize, alg: alg}
	if alg == algGeneric {
		mt.key = desc(rt)
	}
	return &keyType{name: name, rt: rt, mt: mt, gen: gen}
}

// encodeKey writes k, a value of the key type (or of a dynamic type, for interface key types), at p.
func (kt *keyType) encodeKey(r *rand.Rand, k any, p unsafe.Pointer) {
	encode(kt.value(k), p)
	if kt.scramble != nil && r != nil {
		kt.scramble(r, p)
	}
}

// decodeKey reads a key at p back as a Go value.
func (kt *keyType) decodeKey(p unsafe.Pointer) any {
	return decode(kt.rt, p).Interface()
}

// canonKey renders a key exactly.
func (kt *keyType) canonKey(k any) string {
	return canon(kt.value(k), true)
}

// classKey renders a key so that keys equal under == (but NaN) render alike.
func (kt *keyType) classKey(k any) string {
	return canon(kt.value(k), false)
}

// value returns k as a value of the key type.
func (kt *keyType) value(k any) reflect.Value {
	v := reflect.New(kt.rt).Elem()
	if k != nil {
		v.Set(reflect.ValueOf(k))
	}
	return v
}
