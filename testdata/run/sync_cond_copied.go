// Using a copy of a Cond that was used panics, as gc's copy checker does; a copy of an unused Cond is fine.
package main

import "sync"

func main() {
	var mu sync.Mutex
	fresh := sync.NewCond(&mu)
	copied := *fresh
	copied.Signal()
	println("copy of an unused Cond works")
	c := sync.NewCond(&mu)
	c.Broadcast()
	d := *c
	defer func() { println("recovered:", recover().(string)) }()
	d.Signal()
}
