package main

// Allocation-report expectations for slices, strings, maps and interfaces: every heap allocation that survives is
// marked on its line with an OUT comment; a line without one must report nothing.

type Writer interface {
	Write(p []byte) (int, error)
}

// Buffer is the seed's example: WriteString converts its argument and hands it to Write, which only reads it.
type Buffer struct {
	buf [64]byte
	n   int
}

func (b *Buffer) Write(p []byte) (int, error) {
	n := copy(b.buf[b.n:], p)
	b.n += n
	return n, nil
}

func (b *Buffer) WriteString(s string) (int, error) {
	return b.Write([]byte(s))
}

type Big struct{ a, b, c, d int64 }

var gany interface{}
var gslice []int
var gstr string
var gmap map[string]int

func inspect(x interface{}) bool {
	_, ok := x.(Big)
	return ok
}

func writeTo(w Writer, s string) {
	w.Write([]byte(s))
}

func boxing(b Big, small int8) {
	var x interface{} = small // fits in the data word
	println(inspect(x), inspect(b))
	gany = b // OUT: object allocated on the heap: escapes at line 45
}

func slices(n int) {
	a := make([]int, 8)
	a[0] = 1
	b := make([]byte, n) // OUT: object allocated on the heap: size is not constant
	b[0] = 2
	gslice = make([]int, 4) // OUT: object allocated on the heap: escapes at line 53
	lit := []byte("hello")
	lit[0] = 'j'
	mod := []byte(gstr) // OUT: object allocated on the heap: size is not constant
	mod[0] = 'k'
	ro := []byte(gstr)
	println(ro[0], mod[0], len(ro))
	println(a[0], b[0], lit[0], len([]int{1, 2, 3}))
	a = append(a, 5) // OUT: object allocated on the heap: size is not constant
}

func strs(x, y string, b []byte) {
	println(x+y == "ab", string(b) == x) // OUT: object allocated on the heap: size is not constant
	println("<"+string(b)+">" == y)      // OUT: object allocated on the heap: size is not constant
	gstr = x + y                         // OUT: object allocated on the heap: escapes at line 67
	gstr = "" + y                        // one side is known to be empty: y itself, no copy
	println(string(rune(len(x))))
	// A concatenation in a loop that reads its own previous result cannot reuse one frame buffer.
	acc := ""
	for i := 0; i < 2; i++ {
		acc += y // OUT: object allocated on the heap: escapes at unknown line
	}
	// One whose result dies within the iteration can.
	for i := 0; i < 2; i++ {
		println(x+y == acc) // OUT: object allocated on the heap: size is not constant
	}
}

func maps(k string, b []byte) int {
	// A local map gets its first block (8 slots) on the stack, as gc gives it a bucket; insertions may still grow it
	// here (one is in a loop).
	m := make(map[string]int)
	m[k] = 1 // OUT: object allocated on the heap: size is not constant
	for i := 0; i < len(k); i++ {
		m[k[:i]] = i // OUT: object allocated on the heap: size is not constant
	}
	lit := map[int]int{1: 2, 3: 4}
	gmap = map[string]int{} // OUT: object allocated on the heap: escapes at line 90
	return m[string(b)] + lit[3]
}

func main() {
	var buf Buffer
	buf.WriteString("hi")
	writeTo(&buf, "there")
	boxing(Big{}, 1)
	slices(3)
	strs("a", "b", []byte("a"))
	println(maps("k", []byte("k")))
}
