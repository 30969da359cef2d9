package main

import "unsafe"

type S struct {
	a int8
	b int32
	c [3]int16
}

func main() {
	arr := [4]int32{10, 20, 30, 40}
	p := unsafe.Pointer(&arr[0])
	q := (*int32)(unsafe.Add(p, 8))
	println(*q)
	s := unsafe.Slice(&arr[1], 3)
	println(len(s), cap(s), s[2])
	b := []byte("bytes")
	str := string(b[:3])
	println(str)
	println(unsafe.Sizeof(arr), unsafe.Sizeof(int16(0)), unsafe.Sizeof([3]int16{}))
	var x S
	px := (*int32)(unsafe.Pointer(uintptr(unsafe.Pointer(&x)) + unsafe.Offsetof(x.b)))
	*px = 7
	println(x.b)
	u := uintptr(unsafe.Pointer(&arr[2])) - uintptr(unsafe.Pointer(&arr[0]))
	println(u)
	var np *byte
	println(len(unsafe.Slice(np, 0)))
}
