// The unicode/utf8 package's natives: decoding and counting, with Go's exact treatment of
// invalid input (stdlib/utf8.h). The rest of the package is Go (stdlib/go/unicode/utf8).
#include "stdlib/utf8.h"

#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::utf8 {
namespace {

using namespace abi;

const uint8_t* bytesOf(const GoSlice& s) { return static_cast<const uint8_t*>(s.ptr); }

void setRuneSize(uint64_t* base, int32_t r, int size) {
  setInt(base, 0, r);
  setInt(base, 1, size);
}

// func DecodeRune(p []byte) (r rune, size int)
void decodeRuneNative(vm::Thread*, uint64_t* base) {
  GoSlice p = getSlice(base, 0);
  int size;
  int32_t r = decodeRune(bytesOf(p), size_t(p.len), &size);
  setRuneSize(base, r, size);
}

// func DecodeRuneInString(s string) (r rune, size int)
void decodeRuneInStringNative(vm::Thread*, uint64_t* base) {
  GoString s = getString(base, 0);
  int size;
  int32_t r = decodeRune(s.ptr, size_t(s.len), &size);
  setRuneSize(base, r, size);
}

// func DecodeLastRune(p []byte) (r rune, size int)
void decodeLastRuneNative(vm::Thread*, uint64_t* base) {
  GoSlice p = getSlice(base, 0);
  int size;
  int32_t r = decodeLastRune(bytesOf(p), size_t(p.len), &size);
  setRuneSize(base, r, size);
}

// func DecodeLastRuneInString(s string) (r rune, size int)
void decodeLastRuneInStringNative(vm::Thread*, uint64_t* base) {
  GoString s = getString(base, 0);
  int size;
  int32_t r = decodeLastRune(s.ptr, size_t(s.len), &size);
  setRuneSize(base, r, size);
}

GOLITE_NATIVE("unicode/utf8.DecodeRune", decodeRuneNative);
GOLITE_NATIVE("unicode/utf8.DecodeRuneInString", decodeRuneInStringNative);
GOLITE_NATIVE("unicode/utf8.DecodeLastRune", decodeLastRuneNative);
GOLITE_NATIVE("unicode/utf8.DecodeLastRuneInString", decodeLastRuneInStringNative);
GOLITE_NATIVE("unicode/utf8.RuneCount", [](vm::Thread*, uint64_t* b) {
  GoSlice p = getSlice(b, 0);
  setInt(b, 0, runeCount(bytesOf(p), size_t(p.len)));
});
GOLITE_NATIVE("unicode/utf8.RuneCountInString", [](vm::Thread*, uint64_t* b) {
  GoString s = getString(b, 0);
  setInt(b, 0, runeCount(s.ptr, size_t(s.len)));
});
GOLITE_NATIVE("unicode/utf8.Valid", [](vm::Thread*, uint64_t* b) {
  GoSlice p = getSlice(b, 0);
  setBool(b, 0, valid(bytesOf(p), size_t(p.len)));
});
GOLITE_NATIVE("unicode/utf8.ValidString", [](vm::Thread*, uint64_t* b) {
  GoString s = getString(b, 0);
  setBool(b, 0, valid(s.ptr, size_t(s.len)));
});

}  // namespace
}  // namespace golite::stdlib::utf8
