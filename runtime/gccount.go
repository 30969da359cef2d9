//go:build gc.conservative && !avr

package runtime

// gcCount is the type of the collector's running counts (MemStats' Mallocs, Frees, TotalAlloc).
type gcCount uint64
