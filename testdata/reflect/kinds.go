// The basic kinds: TypeOf and ValueOf on a value of each, Kind's String, the type's String and Name, reading the
// value back through the Value's typed getters, and the sizes that are the same on every target.
package main

import (
	"reflect"
	"unsafe"
)

type MyInt int16

type Celsius float64

type Name string

func show(x any) {
	t := reflect.TypeOf(x)
	v := reflect.ValueOf(x)
	println(t.Kind().String(), t.String(), t.Name(), v.Kind() == t.Kind(), v.Type() == t)
}

func main() {
	var i8 int8 = -8
	var u16 uint16 = 65535
	var up unsafe.Pointer
	show(true)
	show(int(-1))
	show(i8)
	show(int16(-16))
	show(int32(-32))
	show(int64(-64))
	show(uint(1))
	show(uint8(8))
	show(u16)
	show(uint32(32))
	show(uint64(64))
	show(uintptr(7))
	show(float32(1.5))
	show(float64(2.5))
	show(complex64(1 + 2i))
	show(complex128(3 + 4i))
	show("str")
	show(up)
	show(MyInt(3))
	show(Celsius(36.6))
	show(Name("n"))

	println(reflect.ValueOf(true).Bool())
	println(reflect.ValueOf(int(-1)).Int(), reflect.ValueOf(i8).Int(), reflect.ValueOf(int64(-1<<40)).Int())
	println(reflect.ValueOf(u16).Uint(), reflect.ValueOf(uint64(1<<63)).Uint(), reflect.ValueOf(uintptr(9)).Uint())
	println(reflect.ValueOf(float32(1.5)).Float(), reflect.ValueOf(-2.25).Float())
	println(reflect.ValueOf(complex64(1+2i)).Complex(), reflect.ValueOf(3+4i).Complex())
	println(reflect.ValueOf("hello").String(), reflect.ValueOf(MyInt(5)).Int(), reflect.ValueOf(Celsius(1)).Float())
	println(reflect.ValueOf(42).String(), reflect.Value{}.String())

	for k := reflect.Invalid; k <= reflect.UnsafePointer+1; k++ {
		print(k.String(), " ")
	}
	println()
	println(reflect.TypeOf(int8(0)).Bits(), reflect.TypeOf(uint16(0)).Bits(), reflect.TypeOf(float32(0)).Bits(), reflect.TypeOf(complex128(0)).Bits())
	println(reflect.TypeOf(int8(0)).Size(), reflect.TypeOf(int64(0)).Size(), reflect.TypeOf(i8).Align())
	var nilv any
	println(reflect.TypeOf(nilv) == nil, reflect.ValueOf(nilv).IsValid(), reflect.ValueOf(nilv).Kind().String())
}
