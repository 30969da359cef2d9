// Unlocking an RWMutex that no writer holds is a fatal error, exit code 2 (readers do not count).
package main

import "sync"

func main() {
	var rw sync.RWMutex
	rw.RLock()
	println("read-locked")
	rw.Unlock()
}
