// std: bytes — the ASCII part of the package, sized for arduino: Buffer (writes, ReadByte, ReadString, Truncate),
// Equal, Compare, Index, Contains, Split, TrimSpace and HasPrefix. bytes.go covers the rest.
package main

import "bytes"

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	println(buf.String(), buf.Len())
	c, _ := buf.ReadByte()
	w, err := buf.ReadString(' ')
	println(c, w, err == nil, buf.String())
	buf.Truncate(3)
	println(buf.String())
	a, b := []byte("abc"), []byte("abd")
	println(bytes.Equal(a, b), bytes.Equal(a, []byte("abc")), bytes.Compare(a, b), bytes.Index([]byte("chicken"), []byte("ken")), bytes.Contains(a, []byte("bc")))
	parts := bytes.Split([]byte("1:2:3"), []byte(":"))
	println(len(parts), string(parts[2]), string(bytes.TrimSpace([]byte("  x  "))), bytes.HasPrefix(a, []byte("ab")))
}
