// std: fmt — the verbs on basic values: integers (%d %b %o %O %x %X %c %q %U %#U), floats (%e %E %f %F %g %G %x %v),
// complex numbers, strings and byte slices (%s %q %x %X % x %#q), booleans (%t), with widths, precisions and the
// flags + - # 0 and space, star widths, argument indexes, and the error forms (%!d(string=...), %!(EXTRA ...),
// %!v(MISSING), %!(BADWIDTH), %!(NOVERB)).
package main

import "fmt"

func main() {
	// Integers.
	for _, n := range []int{0, 7, -42, 255, 65536} {
		fmt.Printf("|%d|%5d|%-5d|%05d|%+d|% d|%b|%o|%O|%#o|%x|%X|%#x|%#X|%08b|\n", n, n, n, n, n, n, n, n, n, n, n, n, n, n, n)
	}
	fmt.Printf("|%d|%d|%d|%d|%x|\n", int8(-128), uint8(200), int64(-9223372036854775808), uint64(18446744073709551615), uint64(18446744073709551615))
	fmt.Printf("|%.3d|%6.3d|%-+6d|%x|%X|% x|\n", 7, -7, 3, -255, -255, 255)
	fmt.Printf("|%c|%c|%q|%q|%U|%#U|%#U|%x|\n", 'A', '世', 'x', '\n', 0x1F600, '⌘', 0x7, 'é')
	fmt.Printf("|%v|%v|%v|%v|\n", uint16(65535), int32(-5), uintptr(10), byte('z'))

	// Floats.
	for _, f := range []float64{0, 1, -1.5, 3.14159265, 123456.789, 1e-7, 2.5e21} {
		fmt.Printf("|%v|%e|%E|%f|%F|%g|%G|%.2f|%8.3f|%-10.2e|%+.1g|%010.3f|%.0f|%#g|\n", f, f, f, f, f, f, f, f, f, f, f, f, f, f)
	}
	fmt.Printf("|%v|%v|%.3v|%g|%g|%x|%X|%.2x|\n", float32(0.1), float32(16777216), 1.0/3, 1e20, 1e21, 1.5, -0.125, 3.0)
	var zero float64
	fmt.Printf("|%v|%v|%v|%5.1f|%-6v|%+v|%f|\n", 1/zero, -1/zero, zero/zero, 1/zero, -1/zero, 1/zero, -zero)
	fmt.Printf("|%v|%.2f|%+.3e|%g|\n", complex(1, -2), complex(1.5, 0.25), complex(-1, 1), complex64(complex(0, 1)))

	// Strings and bytes.
	s := "héllo, \"wörld\"\n"
	fmt.Printf("|%s|%q|%+q|%#q|%x|%X|% x|%.3s|%10.4s|%-8s|%08s|\n", s, s, s, "back`q", "hi", "hi", "hi", "abcdef", "abcdef", "ab", "ab")
	fmt.Printf("|%#q|%q|%x|\n", "raw", "\x00\xff", "")
	b := []byte("bytes\x01")
	fmt.Printf("|%s|%q|%x|% X|%v|%d|\n", b, b, b, b, b, b)
	fmt.Printf("|%v|%s|%x|\n", [3]byte{1, 2, 3}, [3]byte{'a', 'b', 'c'}, [3]byte{1, 2, 3})

	// Booleans.
	fmt.Printf("|%t|%v|%6t|%-6t|\n", true, false, true, false)

	// Star widths, argument indexes.
	fmt.Printf("|%*d|%-*d|%.*f|%*.*f|\n", 5, 42, 4, 7, 2, 3.14159, 8, 3, 2.5)
	fmt.Printf("|%[2]d %[1]d|%[1]d %d|%[3]*.[2]*[1]f|\n", 1, 2, 8)
	fmt.Printf("|%[1]x %[1]o %[1]b|%d %d %#[1]x %#x|\n", 64, 65)

	// Errors in format strings.
	fmt.Printf("|%d|%s|%t|\n", "str", 5, 1)
	fmt.Printf("|%d|\n", 1, 2, "x")
	fmt.Printf("|%d %d|\n", 1)
	fmt.Printf("|%z|%!|%|\n", 1, 2)
	fmt.Printf("|%*d|%.*d|\n", "w", 1, -1, 2)
	fmt.Printf("|%[5]d|%[0]d|%[x]d|\n", 1, 2)
	fmt.Printf("|100%%|%c|%5%|\n", 'x')
	fmt.Printf("%d\n", []int{1, -2})
	fmt.Printf("%x %X %o\n", []uint8{10, 11}, []int{255, 16}, [2]int{8, 9})
	fmt.Printf("%6.2f|%v\n", []float64{1, 2.5}, []float32{0.5})
	fmt.Printf("%s|%v|%d\n", nil, nil, nil)
}
