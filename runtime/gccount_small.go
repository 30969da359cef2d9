//go:build gc.conservative && avr

package runtime

// gcCount is the type of the collector's running counts (MemStats' Mallocs, Frees, TotalAlloc): 32 bits on AVR,
// where a 64-bit increment on every allocation costs flash and cycles, and they wrap after 4 GiB or 4 billion objects.
type gcCount uint32
