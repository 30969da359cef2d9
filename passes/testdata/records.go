package main

// Allocation-report expectations for defer records and rune conversions: every heap allocation that survives is
// marked on its line with an OUT comment; a line without one must report nothing.

var gs string

func deferLoop(n int) {
	defer println("once") // one record per call: in the frame
	for i := 0; i < n; i++ {
		defer println(i) // OUT: object allocated on the heap: size is not constant
	}
}

func runes(r rune) {
	println(string(r) == "a") // compared only: a frame buffer of 4 bytes
	gs = string(r)            // OUT: object allocated on the heap: escapes at line 17
}

func main() {
	deferLoop(2)
	runes('a')
}
