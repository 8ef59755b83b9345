// String operations the VM calls (Go's runtime/string.go and utf8.go).
//
// A GoString's bytes are immutable; the empty string may have a null ptr. Results that are
// new strings are allocated pointer-free (mallocgc(n, nullptr, false)). One-byte results
// point into a static table instead of allocating, as Go's staticuint64s.
//
// Functions taking a tmpBuf* accept nullptr. A non-null buf is a 32-byte scratch area the
// compiler provides when escape analysis shows the result does not outlive the statement
// (Go's tmpBuf); when the result fits, it is built there and nothing is allocated. This is
// visible: cap([]byte("abc")) is 32 when the slice does not escape, 8 when it does.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "runtime/value.h"

namespace golite::runtime {

constexpr int tmpStringBufSize = 32;
struct tmpBuf {
  uint8_t b[tmpStringBufSize];
};
struct tmpRuneBuf {
  int32_t r[tmpStringBufSize];
};

constexpr int32_t runeError = 0xFFFD;
constexpr int32_t runeSelf = 0x80;
constexpr int32_t maxRune = 0x10FFFF;

// Whether p points into goroutine stack memory (by default: into frame-object memory,
// where the VM's string buffers are; nullptr: never).
// A string built in a tmpBuf lives there, and concatstrings must copy it rather than
// return it when its result may escape (buf == nullptr).
extern bool (*stringDataOnStack)(const void* p);

// a[0] + a[1] + ... + a[n-1]. Returns the only non-empty part itself when there is one
// (unless, with buf == nullptr, its bytes are on the stack).
GoString concatstrings(tmpBuf* buf, const GoString* a, size_t n);
GoString concatstring2(tmpBuf* buf, GoString a, GoString b);

// Comparison: -1, 0, +1 as bytes compare (strings.Compare), and ==.
int cmpstring(GoString a, GoString b);
inline bool eqstring(GoString a, GoString b) {
  return a.len == b.len && (a.ptr == b.ptr || a.len == 0 || std::memcmp(a.ptr, b.ptr, size_t(a.len)) == 0);
}

// string(b) for b []byte (n bytes at ptr).
GoString slicebytetostring(tmpBuf* buf, const uint8_t* ptr, int64_t n);
// []byte(s): cap is roundupsize(len) when allocated, 32 when built in buf.
GoSlice stringtoslicebyte(tmpBuf* buf, GoString s);
// []rune(s).
GoSlice stringtoslicerune(tmpRuneBuf* buf, GoString s);
// string(runes) for n runes at a.
GoString slicerunetostring(tmpBuf* buf, const int32_t* a, int64_t n);
// string(rune(v)) for an integer v: "\uFFFD" when v is not a valid code point.
GoString intstring(tmpBuf* buf, int64_t v);

// Decodes the rune at s[k] (s[k] >= 0x80: the caller handles ASCII): returns the rune and
// sets *next to the index after it. Invalid UTF-8 yields (0xFFFD, k+1); k >= len yields
// (0xFFFD, k+1). This is Go's rule for `for i, r := range s`.
int32_t decoderune(GoString s, int64_t k, int64_t* next);
// Writes the UTF-8 encoding of r (0xFFFD for invalid runes) to p (room for 4 bytes);
// returns the number of bytes.
int encoderune(uint8_t* p, int32_t r);
// The number of runes in s (as `for range s` counts them).
int64_t countrunes(GoString s);

// A new string of n bytes whose contents the caller fills in (*b receives the bytes).
GoString rawstring(int64_t n, uint8_t** b);

}  // namespace golite::runtime
