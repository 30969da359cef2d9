// Locking a Mutex twice with no other goroutine to unlock it is a deadlock, as gc reports it (exit code 2).
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	println("locked")
	mu.Lock()
	println("not reached")
}
