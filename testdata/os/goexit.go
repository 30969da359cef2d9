// runtime.Goexit: a goroutine that calls it runs its deferred calls and ends,
// while the others go on; when main calls it, the program continues until no goroutine is left, then fails with
// gc's "no goroutines (main called runtime.Goexit) - deadlock!".

package main

import (
	"os"
	"runtime"
)

func worker(done chan bool) {
	defer func() {
		os.Stdout.WriteString("worker: deferred\n")
		done <- true
	}()
	deeper()
	os.Stdout.WriteString("worker: after Goexit, must not run\n")
}

func deeper() {
	defer os.Stdout.WriteString("deeper: deferred\n")
	runtime.Goexit()
}

func main() {
	done := make(chan bool)
	go worker(done)
	<-done
	os.Stdout.WriteString("main: worker ended\n")
	last := make(chan bool)
	go func() {
		<-last
		os.Stdout.WriteString("last goroutine: ran after main's Goexit\n")
	}()
	defer func() {
		os.Stdout.WriteString("main: deferred\n")
		last <- true
	}()
	runtime.Goexit()
	os.Stdout.WriteString("main: after Goexit, must not run\n")
}
