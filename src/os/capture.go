// Capturing standard output for package testing: while an example runs, Stdout is a File whose writes collect in a
// buffer, which the example's expected output is compared with. testing pulls startCapture and stopCapture with
// //go:linkname; nothing else reaches them, so programs that are not tests carry none of this.
package os

// capture is the File that stands for Stdout during a capture, and captured what was written to it.
var (
	capture  *File
	captured []byte
	saved    *File
)

// startCapture makes Stdout a File whose writes are kept, until stopCapture.
func startCapture() {
	saved = Stdout
	capture = &File{fd: 1, name: "/dev/stdout"}
	captured = captured[:0]
	Stdout = capture
}

// stopCapture restores Stdout and returns what was written to it meanwhile.
func stopCapture() string {
	Stdout = saved
	capture = nil
	return string(captured)
}

// writeCaptured keeps b when f is the capturing File; it reports whether it did.
func (f *File) writeCaptured(b []byte) bool {
	if capture == nil || f != capture {
		return false
	}
	captured = append(captured, b...)
	return true
}
