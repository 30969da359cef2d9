// Unbounded recursion is detected, not silent: "fatal error: stack overflow" and exit code 2 (written by hand: gc
// prints its stack bounds first, with addresses).
package main

type node struct{ next *node }

func depth(n *node) int {
	if n == nil {
		return 0
	}
	return depth(n.next) + depth(nil) + 1 // not a tail call: LLVM cannot make it a loop
}

func main() {
	// A cycle: the recursion never ends.
	a := &node{}
	a.next = a
	println("start")
	println(depth(a))
}
