// A switch case whose expression ends the current block (&&, ||) is compared in the block it ends in: strconv's
// readFloat (`switch c := s[i]; true { case '0' <= c && c <= '9': ... }`) once built invalid code.
package main

func classify(c byte, base int) string {
	switch true {
	case c == '_':
		return "underscore"
	case '0' <= c && c <= '9':
		return "digit"
	case base == 16 && 'a' <= c && c <= 'f', c == 'x' || c == 'X':
		return "hex"
	}
	return "other"
}

func main() {
	for _, c := range []byte("_07aFxXz") {
		println(string(c), classify(c, 16), classify(c, 10))
	}
}
