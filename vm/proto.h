// A compiled function (Proto) and a compiled program.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "runtime/runtime.h"
#include "vm/native.h"
#include "vm/opcodes.h"

namespace golite::vm {

struct Proto {
  std::string name;  // as tracebacks show it: "main.f", "main.(*T).M", "main.main.func1"
  std::string file;  // source file name
  int line = 0;      // line of the declaration
  std::vector<Instr> code;
  std::vector<int32_t> lines;     // source line of each instruction
  std::vector<uint64_t> consts;   // the constant pool
  uint32_t frameSize = 0;         // words of frame: params, locals, temporaries
  uint32_t paramWords = 0;
  uint32_t resultWords = 0;
  NativeFn native = nullptr;
  // A compiler-generated wrapper (method value, interface or promoted method): recover()
  // looks through it, as Go's runtime does for wrappers.
  bool wrapper = false;
  // For functions containing defer statements: where the return sequence starts (run
  // the remaining deferred calls, then return the result variables). A recovered panic
  // resumes the function there, as Go's deferreturn.
  int32_t deferReturnPc = -1;      // set for functions implemented in C++
  // Cells a closure of this function captures; CLOSURE takes them from R[a..a+n).
  uint32_t ncaptures = 0;
  // The static closure for using this function as a value (top-level funcs only).
  runtime::Closure* staticClosure = nullptr;
  // Words of the frame that may hold pointers (for the precise GC): one bit a word.
  std::vector<uint8_t> ptrmap;
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
