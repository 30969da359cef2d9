// The standard library's common calls against -print-allocs (compiler/build/stdallocs.test.ts): each `// OUT:` comment
// is a line the report must print for its line, and a line without one must print nothing, except the fmt.Fprint
// line, whose library lines (fmt's pooled printer and buffer growth, which gc has too) are not listed here.
package main

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

type counter struct{ n int }

func (c *counter) Write(p []byte) (int, error) { c.n += len(p); return len(p), nil }

type point struct{ x, y int }

func main() {
	// buf stays in the frame; what remains is the append that would grow a buffer too small for the digits.
	var buf, buf2 [24]byte
	b := strconv.AppendInt(buf[:0], -1234, 10)  // OUT: object allocated on the heap: escapes at line 197 (in strconv.formatBits)
	small := strconv.AppendInt(buf2[:0], 7, 10) // OUT: object allocated on the heap: escapes at line 42 (in strconv.AppendInt)
	println(len(b), len(small), small[0])
	println(strings.Index("chicken", "ken"), strings.Contains("chicken", "chi"))
	println(bytes.Equal(b, []byte("-1234")))
	r, n := utf8.DecodeRuneInString("é")
	println(r, n)
	s := []int{3, 1, 2}
	sort.Ints(s)
	println(s[0], s[1], s[2])
	// The writer does not keep what it is given: c stays in the frame, the constants are boxed statically; the struct
	// is stored in fmt's pooled printer, as with gc.
	var c counter
	fmt.Fprint(&c, "point", 3.5, point{1, 2}) // OUT: object allocated on the heap: escapes at line 37
	println(c.n)
}
