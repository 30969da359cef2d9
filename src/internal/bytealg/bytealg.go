// Package bytealg is tsgo's replacement for GOROOT's internal/bytealg: the same API in plain Go, since gc's version is
// assembly on most architectures. MaxLen is 0, so callers (strings.Index, bytes.Index) take their Rabin-Karp and
// IndexByte paths and never call Index or Cutover, as on gc's architectures without an assembly Index.
package bytealg

// MaxLen is the longest pattern Index handles; 0: none (callers use IndexRabinKarp).
var MaxLen int

// MaxBruteForce is the pattern length below which callers search by brute force; 0 without an assembly Index.
const MaxBruteForce = 0

// PrimeRK is the prime base of the Rabin-Karp hash.
const PrimeRK = 16777619

// Compare returns -1, 0 or +1 as a is less than, equal to or greater than b, byte by byte.
func Compare(a, b []byte) int {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return +1
		}
	}
	if len(a) < len(b) {
		return -1
	}
	if len(a) > len(b) {
		return +1
	}
	return 0
}

// Count returns the number of bytes c in b.
func Count(b []byte, c byte) int {
	n := 0
	for _, x := range b {
		if x == c {
			n++
		}
	}
	return n
}

// CountString returns the number of bytes c in s.
func CountString(s string, c byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
		}
	}
	return n
}

// Equal reports whether a and b hold the same bytes.
func Equal(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Index returns the index of b in a; never called while MaxLen is 0.
func Index(a, b []byte) int {
	panic("bytealg: Index not implemented")
}

// IndexString returns the index of b in a; never called while MaxLen is 0.
func IndexString(a, b string) int {
	panic("bytealg: IndexString not implemented")
}

// Cutover returns the number of IndexByte failures to tolerate before switching to Index; never called.
func Cutover(n int) int {
	panic("bytealg: Cutover not implemented")
}

// IndexByte returns the index of the first c in b, or -1.
func IndexByte(b []byte, c byte) int {
	for i, x := range b {
		if x == c {
			return i
		}
	}
	return -1
}

// IndexByteString returns the index of the first c in s, or -1.
func IndexByteString(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// HashStr returns the Rabin-Karp hash of sep and the factor that removes its first byte.
func HashStr(sep string) (uint32, uint32) {
	hash := uint32(0)
	for i := 0; i < len(sep); i++ {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, powRK(len(sep))
}

// HashStrBytes is HashStr for a byte slice.
func HashStrBytes(sep []byte) (uint32, uint32) {
	hash := uint32(0)
	for _, c := range sep {
		hash = hash*PrimeRK + uint32(c)
	}
	return hash, powRK(len(sep))
}

// HashStrRev returns the hash of sep read backwards, for searches from the end.
func HashStrRev(sep string) (uint32, uint32) {
	hash := uint32(0)
	for i := len(sep) - 1; i >= 0; i-- {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, powRK(len(sep))
}

// HashStrRevBytes is HashStrRev for a byte slice.
func HashStrRevBytes(sep []byte) (uint32, uint32) {
	hash := uint32(0)
	for i := len(sep) - 1; i >= 0; i-- {
		hash = hash*PrimeRK + uint32(sep[i])
	}
	return hash, powRK(len(sep))
}

// powRK returns PrimeRK to the n-th power, modulo 2**32.
func powRK(n int) uint32 {
	var pow, sq uint32 = 1, PrimeRK
	for i := n; i > 0; i >>= 1 {
		if i&1 != 0 {
			pow *= sq
		}
		sq *= sq
	}
	return pow
}

// IndexRabinKarp returns the index of the first substr in s, or -1.
func IndexRabinKarp(s, substr string) int {
	hashss, pow := HashStr(substr)
	n := len(substr)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	if h == hashss && s[:n] == substr {
		return 0
	}
	for i := n; i < len(s); {
		h *= PrimeRK
		h += uint32(s[i])
		h -= pow * uint32(s[i-n])
		i++
		if h == hashss && s[i-n:i] == substr {
			return i - n
		}
	}
	return -1
}

// IndexRabinKarpBytes is IndexRabinKarp for byte slices.
func IndexRabinKarpBytes(s, sep []byte) int {
	hashsep, pow := HashStrBytes(sep)
	n := len(sep)
	var h uint32
	for i := 0; i < n; i++ {
		h = h*PrimeRK + uint32(s[i])
	}
	if h == hashsep && Equal(s[:n], sep) {
		return 0
	}
	for i := n; i < len(s); {
		h *= PrimeRK
		h += uint32(s[i])
		h -= pow * uint32(s[i-n])
		i++
		if h == hashsep && Equal(s[i-n:i], sep) {
			return i - n
		}
	}
	return -1
}
