package main

type rec struct {
	name string
	tags [2]string
}

func kind(s string) string {
	switch s {
	case "":
		return "empty"
	case "a", "b":
		return "letter"
	case "hello":
		return "greeting"
	}
	return "other"
}

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	a := "hello"
	b := "world"
	c := a + ", " + b + "!"
	println(c, len(c))
	c += "?"
	println(c)
	empty := ""
	println(a+empty == a, empty+empty == "")

	// comparisons
	println(a < b, a > b, a <= "hello", a >= "hellp", a == "hello", a != b, "" < "a", "ab" < "abc")

	// indexing and slicing
	println(a[0], a[4], a[1:3], a[:0] == "", len(a[2:]))

	// range with UTF-8 decoding, invalid bytes included
	s := "aé€😀\xff\xc3x\xe2\x82"
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
	n := 0
	for range s {
		n++
	}
	println(n, len(s))

	// conversions
	bs := []byte(a)
	bs[0] = 'j'
	println(string(bs), a)
	rs := []rune("aé€😀\xff")
	println(len(rs), rs[1], rs[3], rs[4])
	println(string(rs), string(rs[2:]))
	println(string(rune(65)), string(rune(0x20ac)), string(rune(-5)) == "\ufffd", string(rune(0xd800)) == "\ufffd")
	var i64 int64 = 0x10000000041
	println(string(rune(i64)) == "\ufffd", string(rune(byte(66))))
	var u8 uint8 = 0xe9
	println(string(rune(u8)))
	println(string([]byte{}) == "", len([]rune("")))

	// switch on strings
	for _, w := range []string{"", "a", "b", "hello", "zzz"} {
		print(kind(w), " ")
	}
	println()

	// strings in structs, arrays, slices
	r := rec{name: "n", tags: [2]string{"x", "y"}}
	r2 := r
	r2.tags[0] = "changed"
	println(r.name, r.tags[0], r2.tags[0], r == r2, r == rec{"n", [2]string{"x", "y"}})
	println(join([]string{"a", "b", "c"}, "-"))

	// string(b) used only in a comparison or a concatenation
	key := []byte("hello")
	println(string(key) == a, "<"+string(key)+">")
}
