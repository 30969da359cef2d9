// Package sync provides mutual exclusion locks, wait groups, one-time initialisation, condition variables, a
// concurrent map and a pool of free objects, for tsgo's cooperative scheduler.
//
// tsgo's goroutines share one core and switch only when one blocks, so the state of these types changes without
// atomic instructions: nothing can run between two statements that do not block. A goroutine that must wait blocks
// on one of the runtime's semaphores (runtime/sema.go), which hand a released unit to the oldest waiter. Each type
// counts its own waiters and releases its semaphore only for one of them, so a woken goroutine owns what it waited
// for (the lock, the signal) without competing for it again. Under -scheduler=none there is no other goroutine to
// wait for: a goroutine that would block is a deadlock, as gc reports it.
//
// Interrupt handlers must not use this package: they cannot block. sync/atomic serves them.
package sync

import _ "unsafe" // for the runtime's //go:linkname pushes

// These are implemented in the runtime (runtime/sema.go), which defines their symbols with //go:linkname.

// runtime_Semacquire waits until *s is positive and decrements it, or until runtime_Semrelease hands a unit over.
func runtime_Semacquire(s *uint32)

// runtime_Semrelease hands a unit to the oldest goroutine waiting on s, or adds it to *s when none waits.
func runtime_Semrelease(s *uint32)

// fatal prints "fatal error: " and msg and exits with code 2; unlike a panic it cannot be recovered.
func fatal(msg string)
