// std: bytes — Buffer (writes, reads, Next, Truncate, Grow, UnreadByte, ReadFrom/WriteTo), Equal, Compare, the Index
// family, Split, Fields, Trim family, case mapping, Join, Repeat, Replace, Contains and Reader, printed with println.
package main

import (
	"bytes"
	"io"
	"strings"
)

// list prints a slice of byte slices as [a|b|c] with its length.
func list(name string, s [][]byte) {
	print(name, " ", len(s), " [")
	for i, x := range s {
		if i > 0 {
			print("|")
		}
		print(string(x))
	}
	println("]")
}

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello")
	buf.WriteByte(' ')
	buf.Write([]byte("world"))
	buf.WriteRune('✓')
	println(buf.String(), buf.Len())
	c, _ := buf.ReadByte()
	println(c, buf.Len())
	buf.UnreadByte()
	line, err := buf.ReadString(' ')
	println("["+line+"]", err == nil)
	println(string(buf.Next(3)), buf.Len())
	r, size, _ := buf.ReadRune()
	println(r, size)
	rest, err := buf.ReadBytes('!')
	println(string(rest), err == io.EOF)
	buf.Reset()
	buf.WriteString("0123456789")
	buf.Truncate(4)
	println(buf.String(), buf.Len())
	p := make([]byte, 3)
	n, _ := buf.Read(p)
	println(n, string(p), buf.String())
	n64, _ := buf.ReadFrom(strings.NewReader("+more"))
	println(n64, buf.String())
	var out strings.Builder
	n64, _ = buf.WriteTo(&out)
	println(n64, out.String(), buf.Len())
	_, err = buf.ReadByte()
	println(err == io.EOF)
	b2 := bytes.NewBufferString("abc")
	b2.Grow(100)
	println(b2.String(), b2.Cap() >= 103)

	a, b := []byte("abc"), []byte("abd")
	println(bytes.Equal(a, b), bytes.Equal(a, []byte("abc")), bytes.Equal(nil, []byte{}), bytes.Compare(a, b), bytes.Compare(b, a), bytes.Compare(a, a))
	s := []byte("chicken kitchen")
	println(bytes.Index(s, []byte("ken")), bytes.LastIndex(s, []byte("ken")), bytes.IndexByte(s, 'k'), bytes.IndexRune(s, 't'), bytes.IndexAny(s, "zt"))
	println(bytes.Contains(s, []byte("kit")), bytes.Count(s, []byte("en")), bytes.HasPrefix(s, []byte("chi")), bytes.HasSuffix(s, []byte("x")))
	list("Split", bytes.Split([]byte("a,b,,c"), []byte(",")))
	list("SplitN", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))
	list("Fields", bytes.Fields([]byte("  foo \t bar\nbaz ")))
	println("["+string(bytes.TrimSpace([]byte("  \t x y \n")))+"]", string(bytes.Trim([]byte("--x--"), "-")), string(bytes.TrimPrefix([]byte("v1.2"), []byte("v"))))
	println(string(bytes.ToUpper([]byte("mixed Case ü"))), string(bytes.ToLower([]byte("MIXED"))), bytes.EqualFold([]byte("Go"), []byte("GO")))
	println(string(bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte("::"))), string(bytes.Repeat([]byte("na"), 3)))
	println(string(bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2)), string(bytes.ReplaceAll([]byte("aaaa"), []byte("aa"), []byte("c"))))
	println(bytes.ContainsAny([]byte("x"), "yx"), string(bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL"))), bytes.ContainsRune([]byte("héllo"), 'é'))
	before, after, found := bytes.Cut([]byte("k:v"), []byte(":"))
	println(string(before), string(after), found)
	println(string(bytes.Runes([]byte("日本"))[1:]) == "本", len(bytes.Runes([]byte("日本"))))

	rd := bytes.NewReader([]byte("reader data"))
	q := make([]byte, 6)
	n, _ = rd.Read(q)
	println(n, string(q), rd.Len(), rd.Size())
	rd.Seek(0, io.SeekStart)
	all, _ := io.ReadAll(rd)
	println(string(all))
	var zero bytes.Buffer
	println(zero.Len(), zero.String() == "", bytes.MinRead)
}
