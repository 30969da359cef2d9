//go:build linux

package runtime

// GOOS is the target's operating system as the build saw it: the boards build as linux, as in TinyGo, so that the
// standard library's files for a Unix-like system are the ones compiled.
const GOOS = "linux"
