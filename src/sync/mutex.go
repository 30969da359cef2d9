// Mutex and Locker.

package sync

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex. A Mutex must not be copied after first
// use. Unlock hands a contended lock directly to the goroutine that has waited longest.
type Mutex struct {
	locked  bool
	waiters uint32 // goroutines blocked on sema in Lock
	sema    uint32
}

// Lock locks m. If the lock is already in use, the calling goroutine blocks until the mutex is available.
func (m *Mutex) Lock() {
	if !m.locked {
		m.locked = true
		return
	}
	m.waiters++
	runtime_Semacquire(&m.sema) // Unlock hands the lock over: m.locked stays true
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	if m.locked {
		return false
	}
	m.locked = true
	return true
}

// Unlock unlocks m. It is a run-time error if m is not locked on entry to Unlock. A locked Mutex is not associated
// with a particular goroutine: one goroutine may lock it and another unlock it.
func (m *Mutex) Unlock() {
	if !m.locked {
		fatal("sync: unlock of unlocked mutex")
	}
	if m.waiters > 0 {
		m.waiters--
		runtime_Semrelease(&m.sema)
		return
	}
	m.locked = false
}
