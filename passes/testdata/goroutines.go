package main

// Allocation-report expectations for goroutines and channels: every heap allocation that survives is marked on its
// line with an OUT comment; a line without one must report nothing.

type result struct{ sum int }

var gchan chan int

func worker(in <-chan int, out chan<- *result) {
	r := &result{} // OUT: object allocated on the heap: escapes at line 15
	for v := range in {
		r.sum += v
	}
	out <- r
}

func main() {
	in := make(chan int, 4)   // OUT: object allocated on the heap: escapes at line 21
	out := make(chan *result) // OUT: object allocated on the heap: escapes at line 21
	go worker(in, out)        // OUT: object allocated on the heap: escapes at line 21
	for i := 0; i < 4; i++ {
		in <- i
	}
	close(in)
	println((<-out).sum)

	// A channel used by one goroutine only, with a constant buffer, stays in the frame.
	local := make(chan int, 3)
	local <- 1
	println(<-local, len(local))

	// A variable the goroutine's function literal captures by reference escapes with it.
	n := 0                  // OUT: object allocated on the heap: escapes at line 36
	done := make(chan bool) // OUT: object allocated on the heap: escapes at line 36
	go func() {             // OUT: object allocated on the heap: escapes at line 36
		n++
		done <- true
	}()
	<-done
	n++
	println(n)

	gchan = make(chan int, 1) // OUT: object allocated on the heap: escapes at line 44
	gchan <- 1
	var x int
	select {
	case v := <-gchan:
		x = v
	default:
	}
	println(x)
}
