// The process's side of package os: program arguments, and the one buffered writer for
// standard output.
//
// Every write golite makes to fd 1 (fmt.Print*, os.Stdout.Write, fmt.Fprint* to
// os.Stdout) goes through one process-wide buffer, so output costs a system call per 64 KB
// rather than per Println. To keep stdout and stderr interleaved as an unbuffered Go
// program's are, the buffer is flushed before anything is written to stderr (writeStderr,
// which the runtime's print/println/panic output must use), when stdout is a terminal,
// before reading stdin, and at exit (flushStdout; registered with atexit too).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace golite::stdlib::os {

// Sets os.Args (the CLI calls this before running the program: the program name first).
void setOSArgs(std::vector<std::string> args);
const std::vector<std::string>& osArgs();

// Writes to a file descriptor as os.File.Write does: fd 1 through the stdout buffer, fd 2
// after flushing it. Returns the bytes written, or -errno.
int64_t writeFd(int fd, const void* p, size_t n);
// Reads from fd (flushing stdout first when reading stdin). Returns bytes read or -errno.
int64_t readFd(int fd, void* p, size_t n);

void flushStdout();
// Flushes stdout, then writes s to fd 2 unbuffered.
void writeStderr(std::string_view s);
// os.Exit: flushes stdout and ends the process at once (deferred calls do not run).
[[noreturn]] void exitProcess(int code);

}  // namespace golite::stdlib::os
