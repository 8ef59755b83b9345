// fmt's scanning engine (Go's fmt/scan.go): Scan, Scanln, Scanf and their Fscan/Sscan forms,
// reading runes from a string, a file descriptor, or a Go io.RuneScanner and storing into
// the operands (pointers to bool, integers, floats, complex numbers, strings, []byte, and
// any value with a Scan(fmt.ScanState, rune) error method: a Go fmt.Scanner).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/value.h"

namespace golite::vm {
struct Thread;
}

namespace golite::stdlib::fmt {

// Where scanned runes come from. readRune returns kScanEOF at the end of input; it may
// throw ScanFailure for a reader error. unreadRune pushes back the last rune read.
constexpr int32_t kScanEOF = -1;
class RuneSource {
 public:
  virtual ~RuneSource() = default;
  virtual int32_t readRune() = 0;
  virtual void unreadRune() = 0;
};

// How a scan ended: the error Go's function returns.
enum class ScanErr {
  None,           // nil
  Eof,            // io.EOF
  UnexpectedEof,  // io.ErrUnexpectedEOF
  Message,        // errors.New(message)
  Reader,         // the error the reader returned (kept by the Go side)
  Value,          // ScanResult::value: what a Scanner operand's Scan method failed with
};

struct ScanResult {
  int64_t n = 0;
  ScanErr err = ScanErr::None;
  std::string message;
  runtime::Iface value{};  // the error of ScanErr::Value
};

// A failure inside a RuneSource.
struct ScanFailure {
  ScanErr err;
  std::string message;
};

enum class ScanMode { Scan, Scanln, Scanf };

ScanResult scan(vm::Thread* th, RuneSource& src, ScanMode mode, std::string_view format,
                const runtime::Eface* args, size_t n);

// A scan of the ScanState a Scanner operand's Scan method was given (h: its handle), as
// Fscan(state, ...) from inside that method.
ScanResult scanNested(uintptr_t h, ScanMode mode, std::string_view format,
                      const runtime::Eface* args, size_t n);

// Rune sources over a string and over a file descriptor (read a byte at a time, as Go's
// fmt reads an *os.File: nothing beyond the scanned text and one lookahead is consumed).
class StringRuneSource : public RuneSource {
 public:
  explicit StringRuneSource(std::string_view s) : s_(s) {}
  int32_t readRune() override;
  void unreadRune() override;

 private:
  std::string_view s_;
  size_t pos_ = 0;
  int last_ = 0;
};

class FdRuneSource : public RuneSource {
 public:
  explicit FdRuneSource(int fd) : fd_(fd) {}
  int32_t readRune() override;
  void unreadRune() override;

 private:
  bool readByte(uint8_t* b);
  int fd_;
  uint8_t pending_[4];
  int npending_ = 0;
  int32_t peek_ = -1;  // Go's peekRune: >= 0 a pushed-back rune, else ^(last rune)
};

}  // namespace golite::stdlib::fmt
