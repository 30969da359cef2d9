// The less common file system calls: times, special files, locks, space allocation, copies between descriptors,
// descriptor flags, extended attributes, mounts, and the inotify and epoll descriptors.

package syscall

import (
	"internal/itoa"
	"unsafe"
)

// Utimes sets the access and modification times of path (tv[0] and tv[1]).
func Utimes(path string, tv []Timeval) (err error) {
	if len(tv) != 2 {
		return EINVAL
	}
	_, err = call1(SYS_UTIMES, path, uintptr(unsafe.Pointer(&tv[0])), 0)
	return err
}

// UtimesNano sets the access and modification times of path with nanosecond precision (ts[0] and ts[1]).
func UtimesNano(path string, ts []Timespec) (err error) {
	if len(ts) != 2 {
		return EINVAL
	}
	_, err = callAt(SYS_UTIMENSAT, atFDCWD, path, uintptr(unsafe.Pointer(&ts[0])), 0, 0)
	return err
}

// Futimes sets the access and modification times of fd's file.
func Futimes(fd int, tv []Timeval) (err error) {
	return Utimes("/proc/self/fd/"+itoa.Itoa(fd), tv)
}

// Futimesat sets the access and modification times of path relative to dirfd.
func Futimesat(dirfd int, path string, tv []Timeval) (err error) {
	if len(tv) != 2 {
		return EINVAL
	}
	_, err = callAt(SYS_FUTIMESAT, dirfd, path, uintptr(unsafe.Pointer(&tv[0])), 0, 0)
	return err
}

// Utime sets the access and modification times of path in seconds.
func Utime(path string, buf *Utimbuf) (err error) {
	_, err = call1(SYS_UTIME, path, uintptr(unsafe.Pointer(buf)), 0)
	return err
}

// Mknod creates the special file path with the mode (S_IFCHR, ...) and device number dev.
func Mknod(path string, mode uint32, dev int) (err error) { return Mknodat(atFDCWD, path, mode, dev) }

// Mknodat creates the special file path relative to dirfd.
func Mknodat(dirfd int, path string, mode uint32, dev int) (err error) {
	_, err = callAt(SYS_MKNODAT, dirfd, path, uintptr(mode), uintptr(dev), 0)
	return err
}

// Mkfifo creates the named pipe path.
func Mkfifo(path string, mode uint32) (err error) { return Mknod(path, mode|S_IFIFO, 0) }

// Flock applies or removes an advisory lock (LOCK_SH, LOCK_EX, LOCK_UN) on fd's file.
func Flock(fd int, how int) (err error) {
	_, _, e := Syscall(SYS_FLOCK, uintptr(fd), uintptr(how), 0)
	return errnoErr(e)
}

// FcntlFlock performs the record lock command cmd (F_GETLK, F_SETLK, F_SETLKW) on fd.
func FcntlFlock(fd uintptr, cmd int, lk *Flock_t) error {
	_, _, e := Syscall(SYS_FCNTL, fd, uintptr(cmd), uintptr(unsafe.Pointer(lk)))
	return errnoErr(e)
}

// Fallocate allocates (or, with the mode's flags, deallocates) the bytes [off, off+len) of fd's file.
func Fallocate(fd int, mode uint32, off int64, len int64) (err error) {
	_, _, e := Syscall6(SYS_FALLOCATE, uintptr(fd), uintptr(mode), uintptr(off), uintptr(len), 0, 0)
	return errnoErr(e)
}

// SyncFileRange writes the bytes [off, off+n) of fd's file to storage as flags say.
func SyncFileRange(fd int, off int64, n int64, flags int) (err error) {
	_, _, e := Syscall6(SYS_SYNC_FILE_RANGE, uintptr(fd), uintptr(off), uintptr(n), uintptr(flags), 0, 0)
	return errnoErr(e)
}

// Sendfile copies count bytes from infd to outfd in the kernel, from *offset (which it advances) or infd's offset.
func Sendfile(outfd int, infd int, offset *int64, count int) (written int, err error) {
	r, _, e := Syscall6(SYS_SENDFILE, uintptr(outfd), uintptr(infd), uintptr(unsafe.Pointer(offset)), uintptr(count), 0, 0)
	return int(r), errnoErr(e)
}

// Splice moves up to len bytes between rfd and wfd, one of which is a pipe.
func Splice(rfd int, roff *int64, wfd int, woff *int64, len int, flags int) (n int64, err error) {
	r, _, e := Syscall6(SYS_SPLICE, uintptr(rfd), uintptr(unsafe.Pointer(roff)), uintptr(wfd), uintptr(unsafe.Pointer(woff)), uintptr(len), uintptr(flags))
	return int64(r), errnoErr(e)
}

// Tee copies up to len bytes from the pipe rfd to the pipe wfd without consuming them.
func Tee(rfd int, wfd int, len int, flags int) (n int64, err error) {
	r, _, e := Syscall6(SYS_TEE, uintptr(rfd), uintptr(wfd), uintptr(len), uintptr(flags), 0, 0)
	return int64(r), errnoErr(e)
}

// fcntl runs the fcntl(2) command cmd with arg on fd.
func fcntl(fd int, cmd int, arg int) (val int, err error) {
	r, _, e := Syscall(SYS_FCNTL, uintptr(fd), uintptr(cmd), uintptr(arg))
	return int(r), errnoErr(e)
}

// CloseOnExec marks fd to be closed when the process executes another program.
func CloseOnExec(fd int) { fcntl(fd, F_SETFD, FD_CLOEXEC) }

// SetNonblock sets or clears fd's O_NONBLOCK flag.
func SetNonblock(fd int, nonblocking bool) (err error) {
	flag, err := fcntl(fd, F_GETFL, 0)
	if err != nil {
		return err
	}
	if nonblocking {
		flag |= O_NONBLOCK
	} else {
		flag &^= O_NONBLOCK
	}
	_, err = fcntl(fd, F_SETFL, flag)
	return err
}

// Getxattr reads the extended attribute attr of path into dest and returns its size (with an empty dest, only the
// size).
func Getxattr(path string, attr string, dest []byte) (sz int, err error) {
	p, err := cpath(path)
	if err != nil {
		return 0, err
	}
	a, err := cpath(attr)
	if err != nil {
		return 0, err
	}
	r, _, e := Syscall6(SYS_GETXATTR, p, a, bufPtr(dest), uintptr(len(dest)), 0, 0)
	return int(r), errnoErr(e)
}

// Setxattr sets the extended attribute attr of path to data.
func Setxattr(path string, attr string, data []byte, flags int) (err error) {
	p, err := cpath(path)
	if err != nil {
		return err
	}
	a, err := cpath(attr)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_SETXATTR, p, a, bufPtr(data), uintptr(len(data)), uintptr(flags), 0)
	return errnoErr(e)
}

// Listxattr writes the names of path's extended attributes into dest, NUL-separated, and returns their size.
func Listxattr(path string, dest []byte) (sz int, err error) {
	r, err := call1(SYS_LISTXATTR, path, bufPtr(dest), uintptr(len(dest)))
	return int(r), err
}

// Removexattr removes the extended attribute attr of path.
func Removexattr(path string, attr string) (err error) { return call2(SYS_REMOVEXATTR, path, attr, 0) }

// Mount mounts the file system source of type fstype on target.
func Mount(source string, target string, fstype string, flags uintptr, data string) (err error) {
	p1, err := cpath(source)
	if err != nil {
		return err
	}
	p2, err := cpath(target)
	if err != nil {
		return err
	}
	p3, err := cpath(fstype)
	if err != nil {
		return err
	}
	p4, err := cpath(data)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_MOUNT, p1, p2, p3, flags, p4, 0)
	return errnoErr(e)
}

// Unmount unmounts the file system on target.
func Unmount(target string, flags int) (err error) {
	_, err = call1(SYS_UMOUNT2, target, uintptr(flags), 0)
	return err
}

// Ustat fills ubuf with the statistics of the file system on device dev.
func Ustat(dev int, ubuf *Ustat_t) (err error) {
	_, _, e := Syscall(SYS_USTAT, uintptr(dev), uintptr(unsafe.Pointer(ubuf)), 0)
	return errnoErr(e)
}

// InotifyInit creates an inotify descriptor.
func InotifyInit() (fd int, err error) { return InotifyInit1(0) }

// InotifyInit1 creates an inotify descriptor with the flags (IN_CLOEXEC, IN_NONBLOCK).
func InotifyInit1(flags int) (fd int, err error) {
	r, _, e := RawSyscall(SYS_INOTIFY_INIT1, uintptr(flags), 0, 0)
	return int(r), errnoErr(e)
}

// InotifyAddWatch watches pathname for the events in mask and returns the watch descriptor.
func InotifyAddWatch(fd int, pathname string, mask uint32) (watchdesc int, err error) {
	r, err := callAt(SYS_INOTIFY_ADD_WATCH, fd, pathname, uintptr(mask), 0, 0)
	return int(r), err
}

// InotifyRmWatch stops the watch watchdesc.
func InotifyRmWatch(fd int, watchdesc uint32) (success int, err error) {
	r, _, e := RawSyscall(SYS_INOTIFY_RM_WATCH, uintptr(fd), uintptr(watchdesc), 0)
	return int(r), errnoErr(e)
}

// EpollCreate creates an epoll descriptor (size is only checked to be positive).
func EpollCreate(size int) (fd int, err error) {
	if size <= 0 {
		return -1, EINVAL
	}
	return EpollCreate1(0)
}

// EpollCreate1 creates an epoll descriptor with the flags (EPOLL_CLOEXEC).
func EpollCreate1(flag int) (fd int, err error) {
	r, _, e := RawSyscall(SYS_EPOLL_CREATE1, uintptr(flag), 0, 0)
	return int(r), errnoErr(e)
}

// EpollCtl adds, changes or removes (op) fd's registration in the epoll descriptor epfd.
func EpollCtl(epfd int, op int, fd int, event *EpollEvent) (err error) {
	_, _, e := RawSyscall6(SYS_EPOLL_CTL, uintptr(epfd), uintptr(op), uintptr(fd), uintptr(unsafe.Pointer(event)), 0, 0)
	return errnoErr(e)
}

// EpollWait waits up to msec milliseconds for events on epfd and stores them in events.
func EpollWait(epfd int, events []EpollEvent, msec int) (n int, err error) {
	var p uintptr
	if len(events) > 0 {
		p = uintptr(unsafe.Pointer(&events[0]))
	}
	r, _, e := Syscall6(SYS_EPOLL_WAIT, uintptr(epfd), p, uintptr(len(events)), uintptr(msec), 0, 0)
	return int(r), errnoErr(e)
}

// Select waits up to timeout for the descriptors below nfd in r, w and e to be ready.
func Select(nfd int, r *FdSet, w *FdSet, e *FdSet, timeout *Timeval) (n int, err error) {
	ret, _, errno := Syscall6(SYS_SELECT, uintptr(nfd), uintptr(unsafe.Pointer(r)), uintptr(unsafe.Pointer(w)), uintptr(unsafe.Pointer(e)), uintptr(unsafe.Pointer(timeout)), 0)
	return int(ret), errnoErr(errno)
}
