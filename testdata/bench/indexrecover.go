// index.go with a deferred recover (see index.go).
package main

import "unsafe"

var names = []string{"zero", "one", "two"}

func main() {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	i := *(*uint8)(unsafe.Pointer(uintptr(0x25))) // PORTB on AVR: 0 after reset
	println(names[i])
}
