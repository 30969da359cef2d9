// std: strings — Replacer in its four implementations (single bytes, a byte to strings, one string, the generic
// trie), WriteString into a Builder, and case mapping of special cases (unicode.TurkishCase), printed with println.
package main

import (
	"strings"
	"unicode"
)

func main() {
	bytes := strings.NewReplacer("a", "1", "b", "2", "c", "3")
	println(bytes.Replace("abcabc xyz"))

	byteStr := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	println(byteStr.Replace("<a href=\"x\">fish & chips</a>"))

	single := strings.NewReplacer("hello", "bye")
	println(single.Replace("hello hello, hellohello hell"))

	generic := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1", "", "_")
	println(generic.Replace("aaaaaa|aaaa|b"))

	html := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", "\"")
	println(html.Replace("&lt;b&gt;&quot;x&quot; &amp;amp;&lt;/b&gt;"))

	var b strings.Builder
	n, err := html.WriteString(&b, "1 &lt; 2")
	println(n, err == nil, b.String())

	// The first matching pair wins when several old strings start at the same place.
	println(strings.NewReplacer("a", "A", "ab", "AB").Replace("abab"), strings.NewReplacer("ab", "AB", "a", "A").Replace("abab"))

	println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL ILIK"))
	println(strings.ToUpper("ǆ ǅ ǉ ﬀ"), strings.ToTitle("ǆ"), strings.ToLower("ǅ Σ"))
}
