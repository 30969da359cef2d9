// Channel values: buffered len/cap, element types (structs, strings, interfaces, channels), directional types,
// comparison, nil channels' len/cap, range over a buffered channel that is closed first.
package main

type point struct{ x, y int }

func fill(out chan<- point, n int) {
	for i := 0; i < n; i++ {
		out <- point{i, -i}
	}
	close(out)
}

func main() {
	c := make(chan int, 3)
	println(len(c), cap(c))
	c <- 1
	c <- 2
	println(len(c), cap(c))
	println(<-c, len(c))
	c <- 3
	c <- 4
	close(c)
	for v := range c {
		print(v, " ")
	}
	println()

	pts := make(chan point, 4)
	fill(pts, 3)
	for p := range pts {
		print(p.x, ",", p.y, " ")
	}
	println()

	strs := make(chan string, 2)
	strs <- "hello"
	strs <- "world"
	println(<-strs + " " + <-strs)

	anys := make(chan interface{}, 3)
	anys <- 1
	anys <- "two"
	anys <- point{3, 3}
	for i := 0; i < 3; i++ {
		switch v := (<-anys).(type) {
		case int:
			println("int", v)
		case string:
			println("string", v)
		case point:
			println("point", v.x, v.y)
		}
	}

	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	println(<-inner)

	var recvOnly <-chan int = inner
	var sendOnly chan<- int = inner
	sendOnly <- 5
	println(<-recvOnly, recvOnly == inner, sendOnly == inner)

	var nilc chan int
	println(len(nilc), cap(nilc), nilc == nil, c != nil)

	empty := make(chan struct{}, 2)
	empty <- struct{}{}
	println(len(empty))
	_, ok := <-empty
	println(ok)
}
