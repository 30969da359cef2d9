// written by hand (gc's message and exit code differ, and it would need gigabytes): a program that keeps everything
// it allocates runs out of memory after a collection frees nothing, and ends with gc's fatal error and exit code 2.
package main

type chunk struct {
	next *chunk
	data [500]byte
}

func main() {
	var list *chunk
	println("allocating")
	for i := 0; ; i++ {
		c := &chunk{next: list}
		c.data[0] = byte(i)
		list = c
	}
}
