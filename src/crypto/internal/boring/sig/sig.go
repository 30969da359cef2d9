// Package sig is tsgo's replacement for GOROOT's crypto/internal/boring/sig, whose functions are markers written in
// assembly (a linked binary is searched for their code to tell which crypto it uses). Here they do nothing.
package sig

// BoringCrypto marks a binary built with BoringCrypto; tsgo never is.
func BoringCrypto() {}

// FIPSOnly marks a binary restricted to FIPS-approved algorithms.
func FIPSOnly() {}

// StandardCrypto marks a binary that uses Go's own crypto.
func StandardCrypto() {}
