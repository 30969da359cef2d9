//go:build amd64

package runtime

// GOARCH is the target's architecture as the build saw it.
const GOARCH = "amd64"
