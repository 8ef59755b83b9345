// golite's instruction set: one X-macro list that generates the opcode enum, the
// interpreter's dispatch table and the disassembler's names.
//
// Every instruction is one 64-bit word:
//
//   63        48 47        32 31        16 15         0
//   +-----------+------------+------------+------------+
//   |     c     |     b      |     a      |     op     |
//   +-----------+------------+------------+------------+
//                \________ bx / sbx _______/   (b and c together as 32 bits)
//
// a, b, c name registers: 8-byte slots counted from the frame's base (R[x]). A value wider
// than a word occupies consecutive slots (string: ptr,len; slice: ptr,len,cap; interface:
// type-or-itab,data; structs and arrays their Go memory layout rounded up to words).
// Registers hold values in their memory representation, zero- or sign-extended to 64 bits
// (float32 as its 32 bits), so loads and stores are plain copies.
// Except big values: an array or struct over kIndirectBytes is held *indirectly*, in one
// register holding the address of a heap object with the value, a copy no other register
// or variable shares (the compiler copies memory to memory wherever such a value is loaded
// or stored). So a frame stays small however large the values a function passes, returns,
// compares or asserts (registers are counted in 16 bits). The instructions that meet
// such a value say so: MEMEQ and ASSERT by the type's size (vmRegWords), SEND and RECV by
// kChanIndirect in c, the map instructions by kMapKeyIndirect in X.
// A "buffer register" holds the address of a frame object of Go's tmpBuf size (32 bytes;
// 32 runes for []rune) that a string operation whose result does not escape builds its
// result in when it fits (runtime/string.h).
// K[x] is the function's constant pool (64-bit words). Some instructions are followed by
// one extension word (X) holding further operands: X.a, X.b, X.c or X as 64 bits.
//
// Arithmetic is 64-bit; the compiler follows ops on narrower integer types with an EXT
// instruction so that every register holds a correctly wrapped value.
#pragma once

#include <cstdint>

namespace golite::vm {

// OP(name, format, ext, comment)
//   format: how the disassembler prints the operands.
//     ABC: a b c   AB: a b   A: a   ABx: a K[bx]   AsBx: a jump   sBx: jump   AI: a immediate
//     AF: a, a frame object (byte offset 8*b in the frame-object area, c words)
//   ext: 1 when one extension word X follows the instruction.
#define GOLITE_OPCODES(OP)                                                              \
  OP(NOP, "", 0, "do nothing")                                                            \
  OP(MOV, "AB", 0, "R[a] = R[b]")                                                         \
  OP(MOV2, "AB", 0, "R[a..a+1] = R[b..b+1]")                                              \
  OP(MOV3, "AB", 0, "R[a..a+2] = R[b..b+2]")                                              \
  OP(MOVN, "ABC", 0, "R[a..a+c) = R[b..b+c)")                                             \
  OP(LOADK, "ABx", 0, "R[a] = K[bx]")                                                     \
  OP(LOADK2, "ABx", 0, "R[a..a+1] = K[bx..bx+1]  (string constants)")                     \
  OP(LOADI, "AI", 0, "R[a] = sbx")                                                      \
  OP(ZERO, "AB", 0, "R[a..a+b) = 0")                                                      \
  /* integer arithmetic, 64-bit; narrow types are fixed up by EXT */                   \
  OP(ADD, "ABC", 0, "R[a] = R[b] + R[c]")                                                 \
  OP(SUB, "ABC", 0, "R[a] = R[b] - R[c]")                                                 \
  OP(MUL, "ABC", 0, "R[a] = R[b] * R[c]")                                                 \
  OP(DIV, "ABC", 0, "R[a] = R[b] / R[c] signed; panics on zero")                          \
  OP(DIVU, "ABC", 0, "R[a] = R[b] / R[c] unsigned; panics on zero")                       \
  OP(REM, "ABC", 0, "R[a] = R[b] % R[c] signed; panics on zero")                          \
  OP(REMU, "ABC", 0, "R[a] = R[b] % R[c] unsigned; panics on zero")                       \
  OP(AND, "ABC", 0, "R[a] = R[b] & R[c]")                                                 \
  OP(OR, "ABC", 0, "R[a] = R[b] | R[c]")                                                  \
  OP(XOR, "ABC", 0, "R[a] = R[b] ^ R[c]")                                                 \
  OP(ANDNOT, "ABC", 0, "R[a] = R[b] &^ R[c]")                                             \
  OP(SHL, "ABC", 0, "R[a] = R[b] << R[c] (0 when R[c] >= 64)")                            \
  OP(SHR, "ABC", 0, "R[a] = R[b] >> R[c] arithmetic")                                     \
  OP(SHRU, "ABC", 0, "R[a] = R[b] >> R[c] logical")                                       \
  OP(SHCHK, "A", 0, "panic `negative shift amount` if R[a] < 0")                          \
  OP(NEG, "AB", 0, "R[a] = -R[b]")                                                        \
  OP(COM, "AB", 0, "R[a] = ^R[b]")                                                        \
  OP(NOT, "AB", 0, "R[a] = !R[b] (bool)")                                                 \
  OP(ADDI, "ABC", 0, "R[a] = R[b] + int16(c)")                                            \
  OP(EXT8S, "AB", 0, "R[a] = int8(R[b]) sign-extended")                                   \
  OP(EXT8U, "AB", 0, "R[a] = uint8(R[b])")                                                \
  OP(EXT16S, "AB", 0, "R[a] = int16(R[b])")                                               \
  OP(EXT16U, "AB", 0, "R[a] = uint16(R[b])")                                              \
  OP(EXT32S, "AB", 0, "R[a] = int32(R[b])")                                               \
  OP(EXT32U, "AB", 0, "R[a] = uint32(R[b])")                                              \
  /* floating point */                                                                 \
  OP(FADD, "ABC", 0, "R[a] = R[b] + R[c] float64")                                        \
  OP(FSUB, "ABC", 0, "R[a] = R[b] - R[c] float64")                                        \
  OP(FMUL, "ABC", 0, "R[a] = R[b] * R[c] float64")                                        \
  OP(FDIV, "ABC", 0, "R[a] = R[b] / R[c] float64")                                        \
  OP(FNEG, "AB", 0, "R[a] = -R[b] float64")                                               \
  OP(FMIN, "ABC", 0, "R[a] = min(R[b], R[c]) float64, Go's rules for NaN and -0")        \
  OP(FMAX, "ABC", 0, "R[a] = max(R[b], R[c]) float64, Go's rules for NaN and -0")        \
  OP(FADD32, "ABC", 0, "R[a] = R[b] + R[c] float32")                                      \
  OP(FSUB32, "ABC", 0, "R[a] = R[b] - R[c] float32")                                      \
  OP(FMUL32, "ABC", 0, "R[a] = R[b] * R[c] float32")                                      \
  OP(FDIV32, "ABC", 0, "R[a] = R[b] / R[c] float32")                                      \
  OP(FNEG32, "AB", 0, "R[a] = -R[b] float32")                                             \
  /* complex numbers: complex128 in two registers (real, imaginary float64), complex64 \
     in one (real float32 in the low half, imaginary in the high half) */              \
  OP(CADD, "ABC", 0, "R[a..a+1] = R[b..b+1] + R[c..c+1] complex128")                      \
  OP(CSUB, "ABC", 0, "R[a..a+1] = R[b..b+1] - R[c..c+1] complex128")                      \
  OP(CMUL, "ABC", 0, "R[a..a+1] = R[b..b+1] * R[c..c+1] complex128")                      \
  OP(CDIV, "ABC", 0, "R[a..a+1] = R[b..b+1] / R[c..c+1] complex128 (Go's complex128div)") \
  OP(CNEG, "AB", 0, "R[a..a+1] = -R[b..b+1] complex128")                                  \
  OP(CEQ, "ABC", 0, "R[a] = R[b..b+1] == R[c..c+1] complex128")                           \
  OP(CADD64, "ABC", 0, "R[a] = R[b] + R[c] complex64")                                    \
  OP(CSUB64, "ABC", 0, "R[a] = R[b] - R[c] complex64")                                    \
  OP(CMUL64, "ABC", 0, "R[a] = R[b] * R[c] complex64 (in float64, as gc)")                \
  OP(CDIV64, "ABC", 0, "R[a] = R[b] / R[c] complex64 (through complex128div, as gc)")     \
  OP(CNEG64, "AB", 0, "R[a] = -R[b] complex64")                                           \
  OP(CEQ64, "ABC", 0, "R[a] = R[b] == R[c] complex64")                                    \
  OP(CPACK64, "ABC", 0, "R[a] = complex(float32 R[b], float32 R[c])")                     \
  OP(CREAL64, "AB", 0, "R[a] = real(complex64 R[b])")                                     \
  OP(CIMAG64, "AB", 0, "R[a] = imag(complex64 R[b])")                                     \
  OP(C64TO128, "AB", 0, "R[a..a+1] = complex128(complex64 R[b])")                        \
  OP(C128TO64, "AB", 0, "R[a] = complex64(complex128 R[b..b+1])")                        \
  /* conversions */                                                                    \
  OP(I2F, "AB", 0, "R[a] = float64(int64 R[b])")                                          \
  OP(U2F, "AB", 0, "R[a] = float64(uint64 R[b])")                                         \
  OP(F2I, "AB", 0, "R[a] = int64(float64 R[b])")                                          \
  OP(F2U, "AB", 0, "R[a] = uint64(float64 R[b])")                                         \
  OP(F2F32, "AB", 0, "R[a] = float32(float64 R[b])")                                      \
  OP(F322F, "AB", 0, "R[a] = float64(float32 R[b])")                                      \
  /* comparisons: R[a] = 0 or 1 */                                                     \
  OP(EQ, "ABC", 0, "R[a] = R[b] == R[c]")                                                 \
  OP(NE, "ABC", 0, "R[a] = R[b] != R[c]")                                                 \
  OP(LT, "ABC", 0, "R[a] = R[b] < R[c] signed")                                           \
  OP(LE, "ABC", 0, "R[a] = R[b] <= R[c] signed")                                          \
  OP(LTU, "ABC", 0, "R[a] = R[b] < R[c] unsigned")                                        \
  OP(LEU, "ABC", 0, "R[a] = R[b] <= R[c] unsigned")                                       \
  OP(FEQ, "ABC", 0, "R[a] = R[b] == R[c] float64")                                        \
  OP(FNE, "ABC", 0, "R[a] = R[b] != R[c] float64")                                        \
  OP(FLT, "ABC", 0, "R[a] = R[b] < R[c] float64")                                         \
  OP(FLE, "ABC", 0, "R[a] = R[b] <= R[c] float64")                                        \
  OP(FEQ32, "ABC", 0, "R[a] = R[b] == R[c] float32")                                      \
  OP(FNE32, "ABC", 0, "R[a] = R[b] != R[c] float32")                                      \
  OP(FLT32, "ABC", 0, "R[a] = R[b] < R[c] float32")                                       \
  OP(FLE32, "ABC", 0, "R[a] = R[b] <= R[c] float32")                                      \
  OP(SEQ, "ABC", 0, "R[a] = string R[b] == string R[c]")                                  \
  OP(SLT, "ABC", 0, "R[a] = string R[b] < string R[c]")                                   \
  OP(SLE, "ABC", 0, "R[a] = string R[b] <= string R[c]")                                  \
  OP(EFACEEQ, "ABC", 0, "R[a] = eface R[b] == eface R[c] (may panic)")                    \
  OP(IFACEEQ, "ABC", 0, "R[a] = iface R[b] == iface R[c] (may panic)")                    \
  OP(MEMEQ, "ABC", 1, "R[a] = R[b..] == R[c..] by type K[X] (X follows)")                 \
  /* control */                                                                        \
  OP(JMP, "sBx", 0, "pc += sbx")                                                          \
  OP(LOOP, "sBx", 0, "pc += sbx; safepoint poll (loop back-edge)")                        \
  OP(JT, "AsBx", 0, "if R[a] != 0: pc += sbx")                                            \
  OP(JF, "AsBx", 0, "if R[a] == 0: pc += sbx")                                            \
  OP(JEQK, "ABC", 0, "if R[a] == R[b] then pc += int16(c)")                               \
  /* compare and skip: if the condition holds, skip the next instruction (a JMP) */    \
  OP(SKIPLT, "AB", 0, "if R[a] < R[b] signed: pc++")                                      \
  OP(SKIPLE, "AB", 0, "if R[a] <= R[b] signed: pc++")                                     \
  OP(SKIPLTU, "AB", 0, "if R[a] < R[b] unsigned: pc++")                                   \
  OP(SKIPLEU, "AB", 0, "if R[a] <= R[b] unsigned: pc++")                                  \
  OP(SKIPEQ, "AB", 0, "if R[a] == R[b]: pc++")                                            \
  OP(SKIPNE, "AB", 0, "if R[a] != R[b]: pc++")                                            \
  OP(SKIPLTI, "AI", 0, "if R[a] < int16(b) signed: pc++")                                 \
  OP(SKIPLEI, "AI", 0, "if R[a] <= int16(b) signed: pc++")                                \
  OP(SKIPGTI, "AI", 0, "if R[a] > int16(b) signed: pc++")                                 \
  OP(SKIPGEI, "AI", 0, "if R[a] >= int16(b) signed: pc++")                                \
  OP(SKIPEQI, "AI", 0, "if R[a] == int16(b): pc++")                                       \
  OP(SKIPNEI, "AI", 0, "if R[a] != int16(b): pc++")                                       \
  /* memory: addresses are R[b] + c (byte offset); loads nil-check R[b] */             \
  OP(LD8S, "ABC", 0, "R[a] = *int8(R[b] + c)")                                            \
  OP(LD8U, "ABC", 0, "R[a] = *uint8(R[b] + c)")                                           \
  OP(LD16S, "ABC", 0, "R[a] = *int16(R[b] + c)")                                          \
  OP(LD16U, "ABC", 0, "R[a] = *uint16(R[b] + c)")                                         \
  OP(LD32S, "ABC", 0, "R[a] = *int32(R[b] + c)")                                          \
  OP(LD32U, "ABC", 0, "R[a] = *uint32(R[b] + c)")                                         \
  OP(LD64, "ABC", 0, "R[a] = *uint64(R[b] + c)")                                          \
  OP(LDN, "ABC", 1, "R[a..] = X bytes at R[b] + c, zero-padded to words (X follows)")      \
  OP(ST8, "ABC", 0, "*uint8(R[a] + c) = R[b]")                                            \
  OP(ST16, "ABC", 0, "*uint16(R[a] + c) = R[b]")                                          \
  OP(ST32, "ABC", 0, "*uint32(R[a] + c) = R[b]")                                          \
  OP(ST64, "ABC", 0, "*uint64(R[a] + c) = R[b]")                                          \
  OP(STN, "ABC", 1, "X bytes at R[a] + c = R[b..] (X follows)")                           \
  OP(ADDR, "AB", 0, "R[a] = address of register R[b] (valid until the next call; c: words it reaches | kAddrPinned)")       \
  OP(NILCHK, "A", 0, "panic nil dereference if R[a] == 0")                                \
  OP(OFFPTR, "ABC", 0, "R[a] = R[b] + c (nil-checked field address)")                     \
  OP(NEW, "ABx", 0, "R[a] = new(K[bx] as type)")                                          \
  OP(GADDR, "ABx", 0, "R[a] = K[bx] (the address of a global)")                           \
  OP(FRAMENEW, "AF", 0, "R[a] = &frame object at byte 8*b of the frame's area, its c words zeroed") \
  /* strings */                                                                        \
  OP(CONCAT, "ABC", 0, "R[a..a+1] = R[b..b+1] + R[c..c+1]")                               \
  OP(CONCATN, "ABC", 1, "R[a..a+1] = the c strings at R[b..b+2c) joined (X.a: 1 + buffer register, or 0)") \
  OP(SINDEX, "ABC", 0, "R[a] = string R[b..b+1][R[c]] (bounds-checked)")                  \
  OP(SSLICE, "ABC", 1, "R[a..a+1] = string R[b..b+1][R[c]:R[c+1]] (X: flags)")            \
  OP(STR2BYTES, "ABC", 0, "R[a..a+2] = []byte(string R[b]) (c: 1 + buffer register, or 0)") \
  OP(BYTES2STR, "ABC", 0, "R[a..a+1] = string([]byte R[b]) (c: 1 + buffer register, or 0)") \
  OP(STR2RUNES, "ABC", 0, "R[a..a+2] = []rune(string R[b]) (c: 1 + buffer register, or 0)") \
  OP(RUNES2STR, "ABC", 0, "R[a..a+1] = string([]rune R[b]) (c: 1 + buffer register, or 0)") \
  OP(INT2STR, "ABC", 0, "R[a..a+1] = string(rune R[b]) (c: 1 + buffer register, or 0)")   \
  OP(STRRANGE, "ABC", 0, "R[a], R[a+1] = decode rune of string R[b] at R[c]: rune, next index") \
  /* slices and arrays */                                                              \
  OP(INDEXADDR, "ABC", 1, "R[a] = &slice R[b..][R[c]] (bounds-checked; X: elem size)")    \
  OP(AINDEXADDR, "ABC", 1, "R[a] = &(*[X.b]T)(R[b])[R[c]] (X.a: elem size, X.b: len)")    \
  OP(BOUNDS, "ABC", 0, "panic unless 0 <= R[a] < R[b]")                                   \
  OP(SLICE, "ABC", 1, "R[a..a+2] = slice R[b..][R[c]:R[c+1]:R[c+2]] (X: elem size, flags)") \
  OP(ASLICE, "ABC", 1, "R[a..a+2] = (*array R[b])[R[c]:R[c+1]:R[c+2]] (X: esize | flags<<24 | len<<32)") \
  OP(MAKESLICE, "ABC", 1, "R[a..a+2] = make([]T, R[b], R[c]) (X: type K)")                \
  OP(GROW, "ABC", 1, "R[a..a+2] = slice R[a..] grown to len+R[b] (X: elem type K)")      \
  OP(SLICE2ARR, "AB", 1, "R[a] = (*[X]T)(slice R[b]); panics if len < X")                   \
  OP(UNSAFESLICE, "ABC", 1, "R[a..a+2] = unsafe.Slice(R[b], R[c]) (X: elem size, top bit: unsafe.String's messages)") \
  OP(COPY, "ABC", 1, "R[a] = copy(slice R[b..], slice R[c..]) (X: elem size)")            \
  OP(COPYSTR, "ABC", 0, "R[a] = copy(slice R[b..], string R[c..])")                      \
  /* maps */                                                                           \
  OP(MAKEMAP, "ABx", 0, "R[a] = make(map K[bx], hint R[a])")                              \
  OP(MAKEMAPF, "ABx", 1, "R[a] = make(map K[bx], hint R[a]) with its hmap at R[X.a], first bucket at R[X.b-1] (X.b 0: none)") \
  OP(MAPGET, "ABC", 1, "R[a] = &m[key] or &zero: m R[b], key at R[c..] (X: map type)")    \
  OP(MAPGET2, "ABC", 1, "R[a] = &m[key] or &zero, R[a+1] = ok (X: map type)")             \
  OP(MAPSET, "ABC", 1, "R[a] = &m[key], inserting: m R[b], key R[c..] (X: map type)")     \
  OP(MAPDEL, "ABC", 1, "delete(m R[b], key R[c..]) (X: map type)")                       \
  OP(MAPLEN, "AB", 0, "R[a] = len(map R[b])")                                             \
  OP(MAPCLEAR, "AB", 1, "clear(map R[b]) (X: map type)")                                  \
  OP(MAPITER, "ABC", 1, "hiter at R[a..] = start iterating map R[b] (X: map type)")       \
  OP(MAPNEXT, "A", 0, "advance hiter at R[a..]")                                          \
  /* interfaces */                                                                     \
  OP(BOX, "ABx", 0, "R[a..a+1] = eface{K[bx], box(R[a..])}  (value in place)")          \
  OP(BOXI, "ABx", 1, "R[a..a+1] = iface{itab K[bx], box(R[a..])} (X: concrete type)")   \
  OP(I2E, "AB", 0, "R[a..a+1] = eface of iface R[b..b+1]")                                \
  OP(CONVI, "ABx", 1, "R[a..a+1] = iface(K[bx] as interface type) of eface/iface R[a] (X: 1 if source has itab)") \
  OP(DYNTYPE, "AB", 0, "R[a] = dynamic type of eface R[b..] (nil: 0)")                    \
  OP(DYNTYPEI, "AB", 0, "R[a] = dynamic type of iface R[b..] (nil: 0)")                   \
  OP(ASSERT, "ABC", 1, "R[a..] = R[b..].(T) with T K[X.a] concrete; c: 1 comma-ok, src itab in X.b") \
  OP(ASSERTI, "ABC", 1, "R[a..a+1] = R[b..].(I) with I K[X.a]; c: comma-ok; X.b src itab") \
  OP(IMPLEMENTS, "ABx", 0, "R[a] = dynamic type R[a] implements interface K[bx]")         \
  OP(UNBOX, "ABC", 1, "R[a..] = the value in data word R[b] of type K[X] (c: words)")     \
  /* functions */                                                                      \
  OP(CALL, "ABx", 0, "call proto K[bx] with frame at R[a]")                               \
  OP(CALLCL, "AB", 0, "call closure R[b] with frame at R[a] (c: argument words + 1)")                             \
  OP(CALLI, "ABC", 0, "call method c of iface R[b..b+1] with frame at R[a] (R[a] = data)") \
  OP(RET, "AB", 0, "return R[a..a+b) as the results")                                     \
  OP(CLOSURE, "ABx", 0, "R[a] = closure of proto K[bx] capturing the cells in R[a..a+n)")    \
  OP(FCLOSURE, "ABx", 1, "CLOSURE, the closure made in the frame's area at byte 8*X")  \
  OP(UPVAL, "AB", 0, "R[a] = captured cell b of the running closure")                     \
  OP(FUNCVAL, "ABx", 0, "R[a] = the static closure of proto K[bx]")                       \
  OP(DEFER, "AB", 0, "defer closure R[a] with the b argument words R[a+1..]")             \
  OP(RUNDEFERS, "", 0, "run this frame's deferred calls, newest first, then go on")       \
  OP(RECOVER, "A", 0, "R[a..a+1] = recover()")                                             \
  OP(IMETHOD, "ABC", 0, "R[a] = func value of method c of iface R[b..b+1]; R[a+1] = data") \
  /* goroutines and channels */                                                        \
  OP(GO, "AB", 0, "go: start a goroutine calling closure R[a] with b argument words R[a+1..]") \
  OP(MAKECHAN, "ABx", 0, "R[a] = make(chan K[bx], size R[a])")                             \
  OP(SEND, "AB", 0, "chan R[a] <- R[b..b+c) (c & kChanIndirect: from address R[b])")                                                 \
  OP(RECV, "ABC", 0, "R[a..a+c) = <-chan R[b], c & 0x3fff words; c & 0x8000: R[a+words] = ok; c & kChanIndirect: into address R[a]")                         \
  OP(CLOSE, "A", 0, "close(chan R[a])")                                                    \
  OP(CHANLEN, "AB", 0, "R[a] = len(chan R[b])")                                            \
  OP(CHANCAP, "AB", 0, "R[a] = cap(chan R[b])")                                            \
  OP(SELECT, "ABC", 1, "select over cases R[a..] (chan, elem addr): b sends, c receives; X: block; R[a] = chosen, R[a+1] = recvOK") \
  /* builtins */                                                                       \
  OP(PANIC, "A", 0, "panic(eface R[a..a+1])")                                             \
  OP(PRINT, "ABC", 0, "print R[a..] of print-kind b; c: 1 = space before")                \
  OP(PRINTNL, "", 0, "print a newline")                                                   \
  OP(UNREACHABLE, "", 0, "a function without a terminating return fell off its end")

enum class Op : uint16_t {
#define GOLITE_OP_ENUM(name, fmt, ext, doc) name,
  GOLITE_OPCODES(GOLITE_OP_ENUM)
#undef GOLITE_OP_ENUM
  COUNT
};

struct Instr {
  Op op;
  uint16_t a;
  uint16_t b;
  uint16_t c;
  int32_t sbx() const { return int32_t(uint32_t(b) | (uint32_t(c) << 16)); }
  uint32_t bx() const { return uint32_t(b) | (uint32_t(c) << 16); }
  uint64_t raw() const {
    uint64_t r;
    static_assert(sizeof(Instr) == 8);
    __builtin_memcpy(&r, this, 8);
    return r;
  }
};

inline Instr makeABC(Op op, int a, int b, int c) {
  return Instr{op, uint16_t(a), uint16_t(b), uint16_t(c)};
}
inline Instr makeABx(Op op, int a, uint32_t bx) {
  return Instr{op, uint16_t(a), uint16_t(bx & 0xffff), uint16_t(bx >> 16)};
}
inline Instr makeRaw(uint64_t v) {
  Instr i;
  __builtin_memcpy(&i, &v, 8);
  return i;
}

const char* opName(Op op);
const char* opFormat(Op op);
// Whether the instruction is followed by an extension word.
inline constexpr bool kOpHasExt[] = {
#define GOLITE_OP_EXT(name, fmt, ext, doc) ext != 0,
    GOLITE_OPCODES(GOLITE_OP_EXT)
#undef GOLITE_OP_EXT
};
inline bool opHasExt(Op op) { return kOpHasExt[int(op)]; }

// ADDR's c: the registers its address reaches, and this flag when the frame maps must
// keep them live everywhere in the function (vm/liveness.cpp).
inline constexpr uint16_t kAddrPinned = 0x8000;

// Values over this many bytes are held in registers indirectly (see the top of this file).
inline constexpr int64_t kIndirectBytes = 2048;
// The registers a value of `size` bytes occupies.
inline constexpr uint32_t regWords(int64_t size) {
  return size > kIndirectBytes ? 1u : uint32_t((size + 7) / 8);
}
// SEND's and RECV's c: the element is indirect (R[b] / R[a] holds its address).
inline constexpr uint16_t kChanIndirect = 0x4000;
// The map instructions' X: the map type's constant index, with this bit when the key is
// indirect (R[c] holds the key's address).
inline constexpr uint64_t kMapKeyIndirect = uint64_t(1) << 32;

// Print kinds for the print/println builtins.
enum class PrintKind : uint8_t { Bool, Int, Uint, Float, Float32, String, Pointer, Eface, Iface, Slice, Complex, Complex64 };

}  // namespace golite::vm
