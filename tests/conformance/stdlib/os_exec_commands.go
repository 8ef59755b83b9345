// os/exec over golite's processes: output, exit statuses, pipes, a pipeline, directories,
// environments, kills and contexts, as go runs them.
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"
)

func main() {
	out, err := exec.Command("echo", "hello", "world").Output()
	fmt.Printf("%q %v\n", out, err)

	err = exec.Command("sh", "-c", "exit 3").Run()
	var ee *exec.ExitError
	fmt.Println(err, errors.As(err, &ee), ee.ExitCode(), ee.Exited(), ee.Success())
	if ws, ok := ee.Sys().(syscall.WaitStatus); ok {
		fmt.Println("wait status:", ws.ExitStatus(), ws.Signaled())
	}

	err = exec.Command("golite-no-such-command-xyz").Run()
	fmt.Println(err, errors.Is(err, exec.ErrNotFound))

	_, err = exec.Command("/nonexistent/prog").Output()
	fmt.Println(err)

	both, err := exec.Command("sh", "-c", "echo out; echo err 1>&2; exit 1").CombinedOutput()
	fmt.Printf("%q %v\n", both, err)

	cmd := exec.Command("sh", "-c", "echo to stderr 1>&2; exit 2")
	_, err = cmd.Output()
	if errors.As(err, &ee) {
		fmt.Printf("stderr kept: %q\n", ee.Stderr)
	}

	cmd = exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("from stdin\n")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.String() == "FROM STDIN\n")

	// StdoutPipe, read as it comes.
	cmd = exec.Command("sh", "-c", "for i in 1 2 3; do echo line $i; done")
	pipe, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(pipe)
	for sc.Scan() {
		fmt.Println("got", sc.Text())
	}
	fmt.Println("wait:", cmd.Wait(), cmd.ProcessState.ExitCode(), cmd.ProcessState)

	// StdinPipe.
	cmd = exec.Command("wc", "-l")
	in, _ := cmd.StdinPipe()
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Fprintln(in, "x")
		}
		in.Close()
	}()
	out, err = cmd.Output()
	fmt.Println(strings.TrimSpace(string(out)), err)

	// A pipeline through os.Pipe.
	r, w, _ := os.Pipe()
	p1 := exec.Command("printf", "b\\na\\nc\\n")
	p1.Stdout = w
	p2 := exec.Command("sort")
	p2.Stdin = r
	var sorted bytes.Buffer
	p2.Stdout = &sorted
	p1.Start()
	p2.Start()
	p1.Wait()
	w.Close()
	p2.Wait()
	r.Close()
	fmt.Printf("%q\n", sorted.String())

	// Dir and Env.
	dir, _ := os.MkdirTemp("", "golite-exec")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "marker.txt"), []byte("m"), 0o644)
	cmd = exec.Command("ls")
	cmd.Dir = dir
	out, err = cmd.Output()
	fmt.Printf("%q %v\n", out, err)
	cmd = exec.Command("sh", "-c", "echo $GOLITE_TEST_VAR")
	cmd.Env = append(os.Environ(), "GOLITE_TEST_VAR=from env")
	out, _ = cmd.Output()
	fmt.Printf("%q\n", out)
	cmd = exec.Command("pwd")
	cmd.Dir = filepath.Join(dir, "missing")
	fmt.Println(cmd.Run() != nil)

	// Kill, and a context's deadline.
	cmd = exec.Command("sleep", "10")
	cmd.Start()
	start := time.Now()
	cmd.Process.Kill()
	err = cmd.Wait()
	fmt.Println(err, time.Since(start) < 5*time.Second, cmd.ProcessState.ExitCode())
	fmt.Println(cmd.Process.Signal(os.Interrupt))
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err = exec.CommandContext(ctx, "sleep", "10").Run()
	fmt.Println(err, ctx.Err())

	path, err := exec.LookPath("sh")
	fmt.Println(filepath.IsAbs(path), err)
	cmd = exec.Command("true")
	fmt.Println(cmd.String() != "", cmd.Run(), cmd.ProcessState.Success())
	var sink io.Writer = io.Discard
	fmt.Fprintln(sink, "done")
}
