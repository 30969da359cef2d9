// Directory entries: the records getdents64(2) fills a buffer with (struct linux_dirent64: inode, offset, record
// length, type, then the NUL-terminated name), decoded without relying on the buffer's alignment.

package syscall

// Offsets in a linux_dirent64 record.
const (
	direntInoOff    = 0
	direntReclenOff = 16
	direntNameOff   = 19
)

// readUint reads the little-endian unsigned integer of size bytes at off in b, and whether b holds it.
func readUint(b []byte, off, size int) (uint64, bool) {
	if len(b) < off+size {
		return 0, false
	}
	var v uint64
	for i := size - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[off+i])
	}
	return v, true
}

// ParseDirent decodes up to max entries (all, when max is negative) of the directory entries in buf, appends their
// names to names, and returns how many bytes it consumed, how many names it added and the names. "." and ".." and
// deleted entries (inode 0) are skipped.
func ParseDirent(buf []byte, max int, names []string) (consumed int, count int, newnames []string) {
	origlen := len(buf)
	for max != 0 && len(buf) > 0 {
		reclen, ok := readUint(buf, direntReclenOff, 2)
		if !ok || reclen > uint64(len(buf)) {
			return origlen, count, names
		}
		rec := buf[:reclen]
		buf = buf[reclen:]
		ino, ok := readUint(rec, direntInoOff, 8)
		if !ok {
			break
		}
		if ino == 0 {
			continue
		}
		if len(rec) < direntNameOff {
			break
		}
		name := rec[direntNameOff:]
		name = name[:clen(name)]
		if string(name) == "." || string(name) == ".." {
			continue
		}
		max--
		count++
		names = append(names, string(name))
	}
	return origlen - len(buf), count, names
}
