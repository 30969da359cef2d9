// std: strings — Builder, the Index family, Split family, Fields, case mapping, Trim family, Repeat, Map, EqualFold,
// Cut, Contains, Count, HasPrefix/HasSuffix, Join, Compare and Reader, printed with println.
package main

import (
	"io"
	"strings"
	"unicode"
)

// list prints a slice of strings as [a|b|c] with its length.
func list(name string, s []string) {
	print(name, " ", len(s), " [")
	for i, x := range s {
		if i > 0 {
			print("|")
		}
		print(x)
	}
	println("]")
}

func main() {
	var b strings.Builder
	for i := 0; i < 3; i++ {
		b.WriteString("ab")
		b.WriteByte('-')
		b.WriteRune('é')
	}
	println(b.String(), b.Len())
	b.Reset()
	b.Grow(10)
	b.WriteString("x")
	println(b.String(), b.Len())

	s := "chicken kitchen"
	println(strings.Index(s, "ken"), strings.LastIndex(s, "ken"), strings.Index(s, "dmr"), strings.Index(s, ""))
	println(strings.IndexByte(s, 'k'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'))
	println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.IndexFunc("Hello, 世界", unicode.IsUpper))
	println(strings.IndexFunc("hello 世界", func(r rune) bool { return r > 127 }), strings.LastIndexByte(s, 'c'))
	println(strings.Contains(s, "kit"), strings.ContainsAny(s, "xyz"), strings.ContainsRune(s, 'h'), strings.Count(s, "en"), strings.Count("five", ""))
	println(strings.HasPrefix(s, "chick"), strings.HasSuffix(s, "chen"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))

	list("Split", strings.Split("a,b,c,,d", ","))
	list("Split empty sep", strings.Split("héllo", ""))
	list("SplitN", strings.SplitN("a,b,c,d", ",", 2))
	list("SplitAfter", strings.SplitAfter("a,b,c", ","))
	list("SplitAfterN", strings.SplitAfterN("a,b,c,d", ",", 3))
	list("Fields", strings.Fields("  foo bar\tbaz\n  qux  "))
	list("FieldsFunc", strings.FieldsFunc("a1b22c333", unicode.IsDigit))
	list("Split no sep", strings.Split("abc", "x"))
	println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, ","))

	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	println(strings.ReplaceAll("banana", "a", "o"), strings.Replace("abc", "", "-", -1))

	println(strings.ToUpper("Hello, Wörld ß"), strings.ToLower("HELLO ÀÉÎ"), strings.ToTitle("loud noises"))
	println(strings.EqualFold("Go", "GO"), strings.EqualFold("σ", "Σ"), strings.EqualFold("straße", "STRASSE"))

	println("["+strings.TrimSpace(" \t hi there \n ")+"]", "["+strings.Trim("xxhixx", "x")+"]", "["+strings.TrimLeft("xxhixx", "x")+"]")
	println("["+strings.TrimRight("xxhixx", "x")+"]", "["+strings.TrimPrefix("prefix-body", "prefix-")+"]", "["+strings.TrimSuffix("file.go", ".go")+"]")
	println("["+strings.TrimFunc("123abc456", unicode.IsDigit)+"]", "["+strings.TrimLeftFunc("  x ", unicode.IsSpace)+"]")

	println(strings.Repeat("ab", 4), strings.Repeat("x", 0) == "")
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	println(strings.Map(rot13, "Hello, Gopher!"), strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r
	}, "banana"))

	before, after, found := strings.Cut("key=value=x", "=")
	println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	println(before, after == "", found)

	r := strings.NewReader("héllo, reader")
	println(r.Len(), r.Size())
	buf := make([]byte, 4)
	n, err := r.Read(buf)
	println(n, err == nil, string(buf[:n]))
	ch, size, _ := r.ReadRune()
	println(ch, size)
	r.UnreadRune()
	c, _ := r.ReadByte()
	println(c, r.Len())
	r.Seek(-6, io.SeekEnd)
	rest, _ := io.ReadAll(r)
	println(string(rest))
	_, err = r.ReadByte()
	println(err == io.EOF)
	at := make([]byte, 5)
	n, _ = r.ReadAt(at, 0)
	println(n, string(at))

	println(strings.ToValidUTF8("a\xffb", "?"), strings.LastIndexFunc("go123", unicode.IsLetter))
}
