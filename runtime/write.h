// The process's output and input paths (Go's runtime/write_err.go and os's fd writes):
// one buffered writer for standard output, shared by the print builtins, panics, fatal
// errors and package os.
//
// Every write golite makes to fd 1 (fmt.Print*, os.Stdout.Write, fmt.Fprint* to
// os.Stdout) goes through one process-wide buffer, so output costs a system call per 64 KB
// rather than per Println. To keep stdout and stderr interleaved as an unbuffered Go
// program's are, the buffer is flushed before anything is written to stderr (writeStderr,
// which print/println/panic output uses), when stdout is a terminal, before reading stdin,
// and at exit (flushStdout; registered with atexit too). Output Go would already have
// written never waits long either: sysmon flushes what has waited 10 ms, and everything
// when it finds every P idle (the program sleeps or blocks); SIGTERM, SIGINT and SIGHUP
// flush before they end the process (installStdoutSignalFlush). The buffer is guarded by one
// mutex: goroutines on different threads may print at once, and each write must land
// whole, as a write(2) of the same bytes would.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace golite::runtime {

// Writes to a file descriptor as os.File.Write does: fd 1 through the stdout buffer, fd 2
// after flushing it. Returns the bytes written, or -errno.
int64_t writeFd(int fd, const void* p, size_t n);
// Reads from fd (flushing stdout first when reading stdin; the read is a system call the
// scheduler may hand the P away during). Returns bytes read or -errno.
int64_t readFd(int fd, void* p, size_t n);

void flushStdout();
// sysmon's part: flushes stdout if its oldest unwritten byte is at least maxAge ns old
// (nanotime); 0 flushes whatever is pending.
void flushStdoutIfOlder(int64_t now, int64_t maxAge);
// The signals that end a Go program that does not catch them (SIGTERM, SIGINT, SIGHUP)
// flush stdout first, then end it as the signal would.
void installStdoutSignalFlush();
// SIGPIPE does not end the program: a write to a broken pipe or socket fails with EPIPE,
// except on stdout and stderr, where it ends the program by SIGPIPE as in Go.
void installSigpipe();

// A REPL on a terminal sets this while it waits at its prompt: writes to fd 1 and 2 go to
// it instead (the session prints them above the line being edited), stdout flushed first.
using OutputDivert = void (*)(int fd, const char* p, size_t n);
void setOutputDivert(OutputDivert fn);
// Flushes stdout, then writes s to fd 2 unbuffered.
void writeStderr(std::string_view s);
// os.Exit: flushes stdout and ends the process at once (deferred calls do not run).
[[noreturn]] void exitProcess(int code);

}  // namespace golite::runtime
