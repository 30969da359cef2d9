package main

// Channel and goroutine allocation sites, escaping and not, for the comparison with gc's escape analysis
// (allocs.test.ts, "never on the heap where gc keeps it local").

var sinkC chan int

type pair struct{ a, b *int }

func produce(c chan<- *int, n int) {
	for i := 0; i < n; i++ {
		v := i
		c <- &v
	}
	close(c)
}

func local() int {
	c := make(chan int, 4)
	c <- 1
	c <- 2
	return <-c + len(c)
}

func localDynamic(n int) int {
	c := make(chan int, n)
	c <- n
	return <-c
}

func escaping() {
	sinkC = make(chan int, 1)
}

func started() int {
	c := make(chan *int)
	go produce(c, 3)
	sum := 0
	for p := range c {
		sum += *p
	}
	return sum
}

func captured() int {
	n := 1
	done := make(chan bool)
	go func() {
		n++
		done <- true
	}()
	<-done
	return n
}

func selected() int {
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	default:
		return 0
	}
}

func main() {
	println(local(), localDynamic(2), started(), captured(), selected())
	escaping()
}
