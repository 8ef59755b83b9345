// os.NewFile of a descriptor already non-blocking uses the poller, as Go's: deadlines work; a blocking one takes none.
package main

import (
	"fmt"
	"os"
	"syscall"
	"time"
)

func main() {
	var p [2]int
	syscall.Pipe2(p[:], syscall.O_NONBLOCK|syscall.O_CLOEXEC)
	r := os.NewFile(uintptr(p[0]), "r")
	w := os.NewFile(uintptr(p[1]), "w")
	fmt.Println(r.SetReadDeadline(time.Now().Add(10 * time.Millisecond)))
	_, err := r.Read(make([]byte, 1))
	fmt.Println(err)
	go func() { time.Sleep(10 * time.Millisecond); w.Write([]byte("late")) }()
	r.SetReadDeadline(time.Time{})
	b := make([]byte, 8)
	n, err := r.Read(b)
	fmt.Println(string(b[:n]), err)
	var q [2]int
	syscall.Pipe2(q[:], syscall.O_CLOEXEC)
	fmt.Println(os.NewFile(uintptr(q[0]), "blocking").SetReadDeadline(time.Now()))
}
