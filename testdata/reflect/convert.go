// Conversions through reflect: Convert between integer, float and complex types (truncating and wrapping as Go
// does), integers to strings, strings to and from byte and rune slices, defined types with the same underlying type,
// to an interface, a slice to an array pointer; CanConvert; OverflowInt, OverflowUint, OverflowFloat; the Can*
// predicates.
package main

import "reflect"

type Celsius float64
type Bytes []byte
type ID int32

type named interface{ Name() string }

type user struct{ n string }

func (u user) Name() string { return u.n }

func main() {
	i := reflect.ValueOf(-3)
	println(i.Convert(reflect.TypeOf(int8(0))).Int(), i.Convert(reflect.TypeOf(uint8(0))).Uint(), i.Convert(reflect.TypeOf(0.0)).Float())
	big := reflect.ValueOf(int64(1<<40 + 5))
	println(big.Convert(reflect.TypeOf(int32(0))).Int(), big.Convert(reflect.TypeOf(uint16(0))).Uint(), big.Convert(reflect.TypeOf(float32(0))).Float())
	u := reflect.ValueOf(uint64(1<<63 + 1))
	println(u.Convert(reflect.TypeOf(int64(0))).Int(), u.Convert(reflect.TypeOf(0.0)).Float() > 9e18)
	f := reflect.ValueOf(-2.75)
	println(f.Convert(reflect.TypeOf(0)).Int(), f.Convert(reflect.TypeOf(float32(0))).Float(), reflect.ValueOf(300.9).Convert(reflect.TypeOf(uint16(0))).Uint())
	c := reflect.ValueOf(complex64(1.5 - 2i))
	println(c.Convert(reflect.TypeOf(0i)).Complex(), reflect.ValueOf(3+4i).Convert(reflect.TypeOf(complex64(0))).Complex())

	println(reflect.ValueOf(65).Convert(reflect.TypeOf("")).String(), reflect.ValueOf(uint8(0xe9)).Convert(reflect.TypeOf("")).String(), reflect.ValueOf(-1).Convert(reflect.TypeOf("")).String() == "\uFFFD")
	s := reflect.ValueOf("héllo")
	b := s.Convert(reflect.TypeOf([]byte(nil)))
	r := s.Convert(reflect.TypeOf([]rune(nil)))
	println(b.Len(), r.Len(), r.Index(1).Int(), b.Convert(reflect.TypeOf("")).String(), r.Convert(reflect.TypeOf("")).String())
	println(s.Convert(reflect.TypeOf(Bytes(nil))).Type().String(), s.CanConvert(reflect.TypeOf(Bytes(nil))), s.CanConvert(reflect.TypeOf(0)))

	cel := reflect.ValueOf(Celsius(36.6)).Convert(reflect.TypeOf(0.0))
	println(cel.Type().String(), cel.Float(), reflect.ValueOf(7).Convert(reflect.TypeOf(ID(0))).Type().String())
	x := 9
	xv := reflect.ValueOf(&x).Elem()
	conv := xv.Convert(reflect.TypeOf(int64(0)))
	x = 10
	println(conv.Int(), conv.CanSet(), conv.CanAddr())

	iface := reflect.ValueOf(user{"ann"}).Convert(reflect.TypeOf((*named)(nil)).Elem())
	println(iface.Kind().String(), iface.Type().String(), iface.Elem().Type().String(), iface.Interface().(named).Name())
	anyv := reflect.ValueOf(5).Convert(reflect.TypeOf((*any)(nil)).Elem())
	println(anyv.Kind().String(), anyv.Elem().Int())

	sl := []int{1, 2, 3, 4}
	ap := reflect.ValueOf(sl).Convert(reflect.TypeOf((*[3]int)(nil)))
	ap.Elem().Index(0).SetInt(100)
	println(sl[0], ap.Type().String(), reflect.ValueOf(sl).CanConvert(reflect.TypeOf((*[5]int)(nil))))

	i8 := reflect.ValueOf(int8(0))
	println(i8.OverflowInt(127), i8.OverflowInt(128), i8.OverflowInt(-128), i8.OverflowInt(-129))
	u16 := reflect.ValueOf(uint16(0))
	println(u16.OverflowUint(65535), u16.OverflowUint(65536), reflect.ValueOf(uint64(0)).OverflowUint(1<<63))
	f32 := reflect.ValueOf(float32(0))
	println(f32.OverflowFloat(3e38), f32.OverflowFloat(4e38), f32.OverflowFloat(-4e38), reflect.ValueOf(0.0).OverflowFloat(1e308))
	println(i8.CanInt(), i8.CanUint(), u16.CanUint(), f32.CanFloat(), c.CanComplex(), s.CanInt())
}
