// File system calls: opening, reading and writing descriptors, file status, directories, links, permissions and
// times, each one Linux system call with gc's signature (the *at calls relative to the working directory, as gc's
// linux/amd64 wrappers). Paths go to the kernel as NUL-terminated copies; a path with a NUL byte is EINVAL.

package syscall

import "unsafe"

// The kernel's values that gc's syscall keeps unexported.
const (
	atFDCWD           = -0x64 // AT_FDCWD: a path relative to the working directory
	atRemoveDir       = 0x200 // AT_REMOVEDIR: unlinkat removes a directory
	atSymlinkNofollow = 0x100 // AT_SYMLINK_NOFOLLOW: do not follow a final symbolic link
	utimeOmit         = (1 << 30) - 2
)

// _zero is what a system call receives as the buffer of an empty slice (a valid address of no length).
var _zero uintptr

// errnoErr returns e as an error, nil when e is 0.
func errnoErr(e Errno) error {
	if e == 0 {
		return nil
	}
	return e
}

// bufPtr returns the address of p's bytes as a system call argument (a valid address for an empty p).
func bufPtr(p []byte) uintptr {
	if len(p) == 0 {
		return uintptr(unsafe.Pointer(&_zero))
	}
	return uintptr(unsafe.Pointer(&p[0]))
}

// cpath returns path as a NUL-terminated string's address, or EINVAL for a path with a NUL byte.
func cpath(path string) (uintptr, error) {
	p, err := BytePtrFromString(path)
	return uintptr(unsafe.Pointer(p)), err
}

// call1 runs a system call of one path argument followed by a2 and a3 and returns its result.
func call1(trap uintptr, path string, a2, a3 uintptr) (uintptr, error) {
	p, err := cpath(path)
	if err != nil {
		return 0, err
	}
	r, _, e := Syscall(trap, p, a2, a3)
	return r, errnoErr(e)
}

// call2 runs a system call of two path arguments followed by a3 and returns its error.
func call2(trap uintptr, path1, path2 string, a3 uintptr) error {
	p1, err := cpath(path1)
	if err != nil {
		return err
	}
	p2, err := cpath(path2)
	if err != nil {
		return err
	}
	_, _, e := Syscall(trap, p1, p2, a3)
	return errnoErr(e)
}

// callAt runs a system call of a directory descriptor, a path, then a3 to a5, and returns its result.
func callAt(trap uintptr, dirfd int, path string, a3, a4, a5 uintptr) (uintptr, error) {
	p, err := cpath(path)
	if err != nil {
		return 0, err
	}
	r, _, e := Syscall6(trap, uintptr(dirfd), p, a3, a4, a5, 0)
	return r, errnoErr(e)
}

// Open opens the file path with the flags mode (O_RDONLY, O_CREAT, ...) and, for a new file, the permissions perm.
func Open(path string, mode int, perm uint32) (fd int, err error) {
	return Openat(atFDCWD, path, mode|O_LARGEFILE, perm)
}

// Openat opens path relative to the directory dirfd.
func Openat(dirfd int, path string, flags int, mode uint32) (fd int, err error) {
	r, err := callAt(SYS_OPENAT, dirfd, path, uintptr(flags), uintptr(mode), 0)
	return int(r), err
}

// Creat creates (or truncates) path for writing.
func Creat(path string, mode uint32) (fd int, err error) {
	return Open(path, O_CREAT|O_WRONLY|O_TRUNC, mode)
}

// Read reads up to len(p) bytes from fd into p.
func Read(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_READ, uintptr(fd), bufPtr(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

// Write writes up to len(p) bytes of p to fd.
func Write(fd int, p []byte) (n int, err error) {
	r, _, e := Syscall(SYS_WRITE, uintptr(fd), bufPtr(p), uintptr(len(p)))
	return int(r), errnoErr(e)
}

// Pread reads up to len(p) bytes from fd at offset, without moving the file offset.
func Pread(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PREAD64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

// Pwrite writes up to len(p) bytes of p to fd at offset, without moving the file offset.
func Pwrite(fd int, p []byte, offset int64) (n int, err error) {
	r, _, e := Syscall6(SYS_PWRITE64, uintptr(fd), bufPtr(p), uintptr(len(p)), uintptr(offset), 0, 0)
	return int(r), errnoErr(e)
}

// Close closes fd.
func Close(fd int) (err error) {
	_, _, e := Syscall(SYS_CLOSE, uintptr(fd), 0, 0)
	return errnoErr(e)
}

// Seek sets fd's offset relative to whence (SEEK_SET, SEEK_CUR, SEEK_END) and returns the new offset.
func Seek(fd int, offset int64, whence int) (off int64, err error) {
	r, _, e := Syscall(SYS_LSEEK, uintptr(fd), uintptr(offset), uintptr(whence))
	return int64(r), errnoErr(e)
}

// Dup returns a new descriptor for the file of oldfd.
func Dup(oldfd int) (fd int, err error) {
	r, _, e := Syscall(SYS_DUP, uintptr(oldfd), 0, 0)
	return int(r), errnoErr(e)
}

// Dup2 makes newfd a copy of oldfd.
func Dup2(oldfd int, newfd int) (err error) {
	_, _, e := Syscall(SYS_DUP2, uintptr(oldfd), uintptr(newfd), 0)
	return errnoErr(e)
}

// Dup3 makes newfd a copy of oldfd with the flags (O_CLOEXEC).
func Dup3(oldfd int, newfd int, flags int) (err error) {
	_, _, e := Syscall(SYS_DUP3, uintptr(oldfd), uintptr(newfd), uintptr(flags))
	return errnoErr(e)
}

// Pipe creates a pipe: p[0] is its read end, p[1] its write end.
func Pipe(p []int) error { return Pipe2(p, 0) }

// Pipe2 creates a pipe with the flags (O_CLOEXEC, O_NONBLOCK).
func Pipe2(p []int, flags int) error {
	if len(p) != 2 {
		return EINVAL
	}
	var pp [2]int32
	_, _, e := Syscall(SYS_PIPE2, uintptr(unsafe.Pointer(&pp)), uintptr(flags), 0)
	if e != 0 {
		return e
	}
	p[0], p[1] = int(pp[0]), int(pp[1])
	return nil
}

// Fsync writes fd's data and metadata to the storage device.
func Fsync(fd int) (err error) {
	_, _, e := Syscall(SYS_FSYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

// Fdatasync writes fd's data to the storage device.
func Fdatasync(fd int) (err error) {
	_, _, e := Syscall(SYS_FDATASYNC, uintptr(fd), 0, 0)
	return errnoErr(e)
}

// Sync writes every file system's buffers to storage.
func Sync() { Syscall(SYS_SYNC, 0, 0, 0) }

// Ftruncate sets the size of fd's file to length.
func Ftruncate(fd int, length int64) (err error) {
	_, _, e := Syscall(SYS_FTRUNCATE, uintptr(fd), uintptr(length), 0)
	return errnoErr(e)
}

// Truncate sets the size of the file path to length.
func Truncate(path string, length int64) (err error) {
	_, err = call1(SYS_TRUNCATE, path, uintptr(length), 0)
	return err
}

// Fstat fills stat with the status of fd's file.
func Fstat(fd int, stat *Stat_t) (err error) {
	_, _, e := Syscall(SYS_FSTAT, uintptr(fd), uintptr(unsafe.Pointer(stat)), 0)
	return errnoErr(e)
}

// Stat fills stat with the status of the file path, following symbolic links.
func Stat(path string, stat *Stat_t) (err error) {
	_, err = callAt(SYS_NEWFSTATAT, atFDCWD, path, uintptr(unsafe.Pointer(stat)), 0, 0)
	return err
}

// Lstat fills stat with the status of path itself, a symbolic link included.
func Lstat(path string, stat *Stat_t) (err error) {
	_, err = callAt(SYS_NEWFSTATAT, atFDCWD, path, uintptr(unsafe.Pointer(stat)), atSymlinkNofollow, 0)
	return err
}

// Statfs fills buf with the statistics of the file system holding path.
func Statfs(path string, buf *Statfs_t) (err error) {
	_, err = call1(SYS_STATFS, path, uintptr(unsafe.Pointer(buf)), 0)
	return err
}

// Fstatfs fills buf with the statistics of the file system holding fd's file.
func Fstatfs(fd int, buf *Statfs_t) (err error) {
	_, _, e := Syscall(SYS_FSTATFS, uintptr(fd), uintptr(unsafe.Pointer(buf)), 0)
	return errnoErr(e)
}

// Mkdir creates the directory path with the permissions mode.
func Mkdir(path string, mode uint32) (err error) { return Mkdirat(atFDCWD, path, mode) }

// Mkdirat creates the directory path relative to dirfd.
func Mkdirat(dirfd int, path string, mode uint32) (err error) {
	_, err = callAt(SYS_MKDIRAT, dirfd, path, uintptr(mode), 0, 0)
	return err
}

// Rmdir removes the empty directory path.
func Rmdir(path string) error { return unlinkat(atFDCWD, path, atRemoveDir) }

// Unlink removes the file path.
func Unlink(path string) error { return unlinkat(atFDCWD, path, 0) }

// Unlinkat removes the file path relative to dirfd.
func Unlinkat(dirfd int, path string) error { return unlinkat(dirfd, path, 0) }

// unlinkat removes path relative to dirfd: a file, or with atRemoveDir an empty directory.
func unlinkat(dirfd int, path string, flags int) error {
	_, err := callAt(SYS_UNLINKAT, dirfd, path, uintptr(flags), 0, 0)
	return err
}

// Rename renames oldpath to newpath, replacing a file newpath.
func Rename(oldpath string, newpath string) (err error) {
	return call2(SYS_RENAME, oldpath, newpath, 0)
}

// Renameat renames oldpath relative to olddirfd to newpath relative to newdirfd.
func Renameat(olddirfd int, oldpath string, newdirfd int, newpath string) (err error) {
	p1, err := cpath(oldpath)
	if err != nil {
		return err
	}
	p2, err := cpath(newpath)
	if err != nil {
		return err
	}
	_, _, e := Syscall6(SYS_RENAMEAT, uintptr(olddirfd), p1, uintptr(newdirfd), p2, 0, 0)
	return errnoErr(e)
}

// Link makes newpath a hard link to oldpath.
func Link(oldpath string, newpath string) (err error) { return call2(SYS_LINK, oldpath, newpath, 0) }

// Symlink makes newpath a symbolic link to oldpath.
func Symlink(oldpath string, newpath string) (err error) {
	return call2(SYS_SYMLINK, oldpath, newpath, 0)
}

// Readlink reads the target of the symbolic link path into buf and returns its length.
func Readlink(path string, buf []byte) (n int, err error) {
	r, err := call1(SYS_READLINK, path, bufPtr(buf), uintptr(len(buf)))
	return int(r), err
}

// Chmod sets the permissions of path.
func Chmod(path string, mode uint32) (err error) { return Fchmodat(atFDCWD, path, mode, 0) }

// Fchmod sets the permissions of fd's file.
func Fchmod(fd int, mode uint32) (err error) {
	_, _, e := Syscall(SYS_FCHMOD, uintptr(fd), uintptr(mode), 0)
	return errnoErr(e)
}

// Fchmodat sets the permissions of path relative to dirfd (Linux ignores flags other than 0: EOPNOTSUPP, as gc).
func Fchmodat(dirfd int, path string, mode uint32, flags int) (err error) {
	if flags&^atSymlinkNofollow != 0 {
		return EINVAL
	} else if flags&atSymlinkNofollow != 0 {
		return EOPNOTSUPP
	}
	_, err = callAt(SYS_FCHMODAT, dirfd, path, uintptr(mode), 0, 0)
	return err
}

// Chown sets the owner and group of path.
func Chown(path string, uid int, gid int) (err error) { return Fchownat(atFDCWD, path, uid, gid, 0) }

// Lchown sets the owner and group of path itself, a symbolic link included.
func Lchown(path string, uid int, gid int) (err error) {
	return Fchownat(atFDCWD, path, uid, gid, atSymlinkNofollow)
}

// Fchown sets the owner and group of fd's file.
func Fchown(fd int, uid int, gid int) (err error) {
	_, _, e := Syscall(SYS_FCHOWN, uintptr(fd), uintptr(uid), uintptr(gid))
	return errnoErr(e)
}

// Fchownat sets the owner and group of path relative to dirfd.
func Fchownat(dirfd int, path string, uid int, gid int, flags int) (err error) {
	_, err = callAt(SYS_FCHOWNAT, dirfd, path, uintptr(uid), uintptr(gid), uintptr(flags))
	return err
}

// Access checks whether the calling process may access path as mode says (R_OK, W_OK, X_OK, F_OK).
func Access(path string, mode uint32) (err error) { return Faccessat(atFDCWD, path, mode, 0) }

// Faccessat checks access to path relative to dirfd (flags must be 0: the kernel call has none).
func Faccessat(dirfd int, path string, mode uint32, flags int) (err error) {
	if flags != 0 {
		return EINVAL
	}
	_, err = callAt(SYS_FACCESSAT, dirfd, path, uintptr(mode), 0, 0)
	return err
}

// Chdir changes the working directory to path.
func Chdir(path string) (err error) {
	_, err = call1(SYS_CHDIR, path, 0, 0)
	return err
}

// Fchdir changes the working directory to fd's directory.
func Fchdir(fd int) (err error) {
	_, _, e := Syscall(SYS_FCHDIR, uintptr(fd), 0, 0)
	return errnoErr(e)
}

// Chroot changes the root directory to path.
func Chroot(path string) (err error) {
	_, err = call1(SYS_CHROOT, path, 0, 0)
	return err
}

// Getcwd writes the working directory into buf, NUL-terminated, and returns its length with the NUL.
func Getcwd(buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETCWD, bufPtr(buf), uintptr(len(buf)), 0)
	return int(r), errnoErr(e)
}

// Getwd returns the working directory.
func Getwd() (wd string, err error) {
	var buf [PathMax]byte
	n, err := Getcwd(buf[0:])
	if err != nil {
		return "", err
	}
	if n < 1 || n > len(buf) || buf[n-1] != 0 {
		return "", EINVAL
	}
	if buf[0] != '/' { // "(unreachable)/...": the directory is outside the process's root
		return "", ENOENT
	}
	return string(buf[0 : n-1]), nil
}

// Getdents reads directory entries (Dirent records) from the directory fd into buf.
func Getdents(fd int, buf []byte) (n int, err error) {
	r, _, e := Syscall(SYS_GETDENTS64, uintptr(fd), bufPtr(buf), uintptr(len(buf)))
	return int(r), errnoErr(e)
}

// ReadDirent reads directory entries from fd into buf, as Getdents; ParseDirent decodes them.
func ReadDirent(fd int, buf []byte) (n int, err error) { return Getdents(fd, buf) }

// Umask sets the process's file mode creation mask and returns the previous one.
func Umask(mask int) (oldmask int) {
	r, _, _ := RawSyscall(SYS_UMASK, uintptr(mask), 0, 0)
	return int(r)
}
