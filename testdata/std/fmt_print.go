// std: fmt — the Print family's spacing rules (Sprint puts a space between operands when neither is a string,
// Sprintln always), Print/Println/Printf to standard output, Fprint/Fprintf/Fprintln to an io.Writer (a
// strings.Builder, a bytes.Buffer, a writer of the program's own, os.Stdout), Sprintf, the byte
// counts the functions return, and Stringer/error methods picked by the Print family.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
)

// counter is an io.Writer that counts what it is given and keeps the last write.
type counter struct {
	writes, bytes int
	last          string
}

func (c *counter) Write(p []byte) (int, error) {
	c.writes++
	c.bytes += len(p)
	c.last = string(p)
	return len(p), nil
}

// Money is a Stringer.
type Money int

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int(m)/100, int(m)%100) }

func main() {
	fmt.Println(fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false, "d"))
	fmt.Println(fmt.Sprint(1, 2, 3), fmt.Sprint("x", 1, "y"), fmt.Sprint(1, "x", 2), fmt.Sprint(nil, nil), fmt.Sprint([]int{1}, 2))
	fmt.Print(fmt.Sprintln("a", "b", 1, 2, "c"))
	fmt.Print(fmt.Sprintln())
	fmt.Println(fmt.Sprint(), fmt.Sprint(""), "|"+fmt.Sprint("", "")+"|", fmt.Sprint(Money(150), Money(99)), fmt.Sprint(Money(5), "x"))
	fmt.Print("print ", 1, 2, " ", 3, "\n")
	fmt.Print(4, 5, "\n")
	fmt.Println("println", 1, 2, "three", 4.0, 'x', Money(1234))
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	n, _ = fmt.Printf("%s=%d\n", "k", 10)
	fmt.Println(n)

	var sb strings.Builder
	fmt.Fprint(&sb, "a", 1, 2)
	fmt.Fprintf(&sb, "[%03d]", 7)
	fmt.Fprintln(&sb, "end", true)
	fmt.Printf("%q\n", sb.String())

	var bb bytes.Buffer
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&bb, "%d:%s;", i, strings.Repeat("*", i))
	}
	fmt.Println(bb.String(), bb.Len())

	c := &counter{}
	n, err = fmt.Fprintf(c, "%d-%d", 12, 345)
	fmt.Fprintln(c, "x", "y")
	fmt.Println(n, err, c.writes, c.bytes, fmt.Sprintf("%q", c.last))

	fmt.Fprintln(os.Stdout, "to stdout", Money(7))
	fmt.Fprintf(os.Stdout, "%v %s\n", Money(100), Money(250))

	s := fmt.Sprintf("%d items at %v each, total %v (%.1f%%)", 3, Money(199), Money(597), 12.5)
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%-10s|%10s|", "left", "right"), fmt.Sprintf("%v", []Money{1, 2}), fmt.Sprintf("%d", []Money{1, 2}))
	fmt.Println(strings.Repeat("=", 20))
	table := [][]any{{"name", "qty", "price"}, {"apple", 3, 0.5}, {"watermelon", 1, 3.25}}
	for _, row := range table {
		fmt.Printf("%-12v%5v%8v\n", row...)
	}
	fmt.Printf("%v %v\n", []any{}, [0]int{})
	fmt.Println(fmt.Sprint(fmt.Errorf("e%d", 1)), fmt.Sprintf("%v|%s", os.ErrNotExist, os.ErrClosed))
	args := []any{"a", 1}
	fmt.Println(args...)
	fmt.Println(args)
}
