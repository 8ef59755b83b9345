// A compiled function (Proto) and a compiled program.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "runtime/runtime.h"
#include "vm/native.h"
#include "vm/opcodes.h"

namespace golite::vm {

inline constexpr uint16_t kNoCallBase = 0xffff;
// The most frame-object memory one function's frame may use (vm/frameobj.cpp); objects
// past it, and bigger ones, stay in the heap.
inline constexpr uint32_t kMaxFrameObjBytes = 64 << 10;

struct Proto {
  std::string name;  // as tracebacks show it: "main.f", "main.(*T).M", "main.main.func1"
  std::string file;  // source file name
  int line = 0;      // line of the declaration
  std::vector<Instr> code;
  std::vector<int32_t> lines;     // source line of each instruction
  std::vector<uint64_t> consts;   // the constant pool
  // The constant-pool entries that hold addresses (a proto, a type descriptor, an itab, a
  // global cell, one of strings' bytes), in the order added: the image cache relocates them.
  std::vector<uint32_t> relocs;
  uint32_t frameSize = 0;         // words of frame: params, locals, temporaries
  uint32_t paramWords = 0;
  uint32_t resultWords = 0;
  NativeFn native = nullptr;
  // The name native was found by (vm::findNative), or one of the compiler's own natives
  // ("!unimplemented", "!rterror..."): the program image cache (frontend/compile/image.cpp)
  // links natives again by it.
  std::string nativeKey;
  bool nativeNoStackPointers = false;  // see registerNative
  // A compiler-generated wrapper (method value, interface or promoted method): recover()
  // looks through it, as Go's runtime does for wrappers.
  bool wrapper = false;
  // For functions containing defer statements: where the return sequence starts (run
  // the remaining deferred calls, then return the result variables). A recovered panic
  // resumes the function there, as Go's deferreturn.
  int32_t deferReturnPc = -1;      // set for functions implemented in C++
  // Frame objects (vm/frameobj.cpp): the bytes of this function's frame-object area (the
  // variables and allocations escape analysis keeps in the frame, each at a fixed offset,
  // FRAMENEW's b), reserved and zeroed when a frame is pushed; and which of its words may
  // hold pointers (bit i: word i), by the objects' types, for the collector.
  uint32_t fobjBytes = 0;
  std::vector<uint64_t> fobjPtrs;
  // Cells a closure of this function captures; CLOSURE takes them from R[a..a+n).
  uint32_t ncaptures = 0;
  // The static closure for using this function as a value (top-level funcs only).
  runtime::Closure* staticClosure = nullptr;
  // Frame maps (vm/liveness.cpp): 2 * liveWords 64-bit words a map, the registers to scan
  // (live, and may hold a pointer) then the live ones (what clobberdead must not poison).
  // liveAt[pc] indexes the map (in liveBits) of a frame stopped at
  // resume pc `pc` (0..code.size()); liveInProgress, sorted by pc, the map of a frame
  // stopped in the middle of the instruction that ends at pc (a call, a channel
  // operation), with the call's frame base when it is a call: while it runs, registers
  // from there up are the callee's.
  struct InProgress {
    uint32_t pc;
    uint32_t map;
    uint16_t callBase;  // kNoCallBase: not a call
  };
  bool hasFrameMaps = false;
  uint32_t liveWords = 0;
  std::vector<uint32_t> liveAt;
  std::vector<InProgress> liveInProgress;
  std::vector<uint64_t> liveBits;
  // Pointer maps of the values a frame receives and returns (vm/liveness.cpp): bit i of
  // paramPtrs is set when parameter word i (receiver first) may hold a pointer, likewise
  // resultPtrs for the result words. Empty: every word may (natives without a signature).
  std::vector<uint64_t> paramPtrs;
  std::vector<uint64_t> resultPtrs;
  // The pointer words of what an instruction writes, where its opcode does not say (a
  // load's type, a closure or interface call's results, a receive's element): for the
  // instruction at pc, `words` destination words whose bits start at defPtrBits[off]; in
  // pc order. An instruction without an entry writes words that may all be pointers.
  struct DefPtrs {
    uint32_t pc;
    uint32_t words;
    uint32_t off;
  };
  std::vector<DefPtrs> defPtrs;
  std::vector<uint64_t> defPtrBits;
  // Argument words (receiver included) of each CALLI, by pc, in pc order: the instruction
  // has no operand left for them.
  std::vector<std::pair<uint32_t, uint32_t>> calliArgs;
  // The values each SELECT sends (pc -> first register, words), which it reads through
  // the case array's addresses, in pc order.
  std::vector<std::pair<uint32_t, std::pair<uint32_t, uint32_t>>> selectSends;
  // Strings and other objects the constant pool points into, kept alive here.
  std::vector<std::unique_ptr<std::string>> strings;
};

// Storage that lives as long as the program (vm/globals.cpp): the compiler allocates it
// here, so the VM knows every such object (they are the GC's global roots).
// p's static closure, the value FUNCVAL loads for a top-level function or method.
void giveStaticClosure(Proto* p);
// A package-level variable: a zeroed cell of `size` bytes holding a value of type t.
void* newGlobalCell(const runtime::Type* t, size_t size);

// Prints a function's bytecode, one instruction a line (vm/disasm.cpp).
std::string disassemble(const Proto* p);

}  // namespace golite::vm
