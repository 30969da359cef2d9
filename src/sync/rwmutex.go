// RWMutex: a reader/writer lock that prefers writers, as gc's: once a writer waits, new readers wait behind it.

package sync

// An RWMutex is a reader/writer mutual exclusion lock. The lock can be held by an arbitrary number of readers or a
// single writer. The zero value is an unlocked mutex. An RWMutex must not be copied after first use.
//
// If a goroutine holds an RWMutex for reading and another goroutine might call Lock, no goroutine should expect to
// be able to acquire a read lock until the initial read lock is released.
type RWMutex struct {
	w              Mutex // held by the writer; the writers after it wait here
	writing        bool  // a writer holds the lock, or waits for the readers to leave
	writerWaiting  bool  // the writer waits on writerSem for the last reader to leave
	readers        int32 // readers holding the lock
	readersWaiting int32 // readers blocked on readerSem until the writer unlocks
	readerSem      uint32
	writerSem      uint32
}

// RLock locks rw for reading. It should not be used for recursive read locking.
func (rw *RWMutex) RLock() {
	if rw.writing {
		rw.readersWaiting++
		runtime_Semacquire(&rw.readerSem) // Unlock counts this reader in rw.readers
		return
	}
	rw.readers++
}

// TryRLock tries to lock rw for reading and reports whether it succeeded.
func (rw *RWMutex) TryRLock() bool {
	if rw.writing {
		return false
	}
	rw.readers++
	return true
}

// RUnlock undoes a single RLock call; it is a run-time error if rw is not locked for reading on entry.
func (rw *RWMutex) RUnlock() {
	if rw.readers <= 0 {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	rw.readers--
	if rw.readers == 0 && rw.writerWaiting {
		rw.writerWaiting = false
		runtime_Semrelease(&rw.writerSem)
	}
}

// Lock locks rw for writing. If the lock is already locked for reading or writing, Lock blocks until the lock is
// available.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	rw.writing = true
	if rw.readers > 0 {
		rw.writerWaiting = true
		runtime_Semacquire(&rw.writerSem)
	}
}

// TryLock tries to lock rw for writing and reports whether it succeeded.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if rw.readers > 0 {
		rw.w.Unlock()
		return false
	}
	rw.writing = true
	return true
}

// Unlock unlocks rw for writing; it is a run-time error if rw is not locked for writing on entry. The readers that
// waited for the writer get the lock before the next writer.
func (rw *RWMutex) Unlock() {
	if !rw.writing {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	rw.writing = false
	for ; rw.readersWaiting > 0; rw.readersWaiting-- {
		rw.readers++
		runtime_Semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker interface that implements the Lock and Unlock methods by calling rw.RLock and rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
