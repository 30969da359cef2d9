// A sync.Once whose function panics counts as done, as gc's does: a recover in the caller, and Do never calls again.
package main

import "sync"

func main() {
	var panicky sync.Once
	func() {
		defer func() { println("recovered", recover().(string)) }()
		panicky.Do(func() { panic("in Do") })
	}()
	panicky.Do(func() { println("never") })
	println("done after panic")
}
