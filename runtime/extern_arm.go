//go:build arm

package runtime

// GOARCH is the target's architecture as the build saw it: arm on every board, AVR included, as in TinyGo (the
// standard library has no avr files).
const GOARCH = "arm"
