// Map: a Go map of interface keys and values. Without preemption no goroutine can run while another is in the middle
// of a map operation, and a Go map may be changed during a range over it, so the map needs no lock of its own.

package sync

// Map is like a Go map[any]any but is safe for concurrent use by multiple goroutines. The zero Map is empty and
// ready for use. A Map must not be copied after first use.
type Map struct {
	m map[any]any
}

// Load returns the value stored in the map for a key, or nil if no value is present. The ok result indicates
// whether value was found in the map.
func (m *Map) Load(key any) (value any, ok bool) {
	value, ok = m.m[key]
	return
}

// Store sets the value for a key.
func (m *Map) Store(key, value any) {
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
}

// LoadOrStore returns the existing value for the key if present. Otherwise, it stores and returns the given value.
// The loaded result is true if the value was loaded, false if stored.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	if v, ok := m.m[key]; ok {
		return v, true
	}
	m.Store(key, value)
	return value, false
}

// LoadAndDelete deletes the value for a key, returning the previous value if any. The loaded result reports whether
// the key was present.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

// Delete deletes the value for a key.
func (m *Map) Delete(key any) {
	delete(m.m, key)
}

// Range calls f sequentially for each key and value present in the map. If f returns false, range stops the
// iteration. f may change the map; a key stored during the iteration may or may not be visited.
func (m *Map) Range(f func(key, value any) bool) {
	for k, v := range m.m {
		if !f(k, v) {
			break
		}
	}
}
