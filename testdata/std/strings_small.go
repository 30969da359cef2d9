// std: strings — the ASCII part of the package, sized for arduino: Builder, Index, Contains, Count, Split, Join,
// Repeat, Replace, TrimSpace, Trim, HasPrefix/HasSuffix, Cut and Fields. Case mapping and the Unicode-aware functions
// are strings.go's: their tables alone exceed arduino's RAM, where AVR keeps constant data.
package main

import "strings"

func main() {
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString("ab")
		b.WriteByte('0' + byte(i))
	}
	s := b.String()
	println(s, b.Len(), strings.Index(s, "b2"), strings.LastIndex(s, "ab"), strings.IndexByte(s, '4'), strings.Contains(s, "3a"), strings.Count(s, "a"))
	parts := strings.Split("x,y,,z", ",")
	println(len(parts), strings.Join(parts, "+"), strings.Repeat("-", 5), strings.Replace("aaaa", "a", "b", 3), strings.ReplaceAll("abab", "b", "c"))
	println("["+strings.TrimSpace("  pad \n")+"]", strings.Trim("xxhixx", "x"), strings.TrimPrefix("v1.0", "v"), strings.HasPrefix(s, "ab0"), strings.HasSuffix(s, "b4"))
	k, v, ok := strings.Cut("key=value", "=")
	println(k, v, ok)
	f := strings.Fields(" a bb  ccc ")
	println(len(f), f[2])
}
