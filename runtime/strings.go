// String comparison for the == and < operators on strings (the code generator derives !=, <=, > and >= from these).

package runtime

// stringEqual reports whether a and b hold the same bytes.
func stringEqual(a string, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// stringLess reports whether a sorts before b, comparing bytes.
func stringLess(a string, b string) bool {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}
