// hello.go with a deferred recover: the difference between the two is what enabling recover costs in flash and RAM
// (the run-time errors become runtime.Error values that a recovered panic returns, and panics print through them).
package main

func main() {
	defer func() {
		if r := recover(); r != nil {
			println("recovered")
		}
	}()
	println("hello")
}
