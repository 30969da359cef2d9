// atomic.Value panics on nil and on a value of another concrete type than the first one stored.
package main

import "sync/atomic"

func try(what string, f func()) {
	defer func() { println(what+":", recover().(string)) }()
	f()
}

func main() {
	var v atomic.Value
	try("store nil", func() { v.Store(nil) })
	try("swap nil", func() { v.Swap(nil) })
	try("cas nil", func() { v.CompareAndSwap(nil, nil) })
	try("cas mixed", func() { v.CompareAndSwap(1, "one") })
	v.Store(1)
	try("cas other type", func() { v.CompareAndSwap(1.5, 2.5) })
	try("swap other type", func() { v.Swap("one") })
	v.Store("one")
}
