// The opcode table's names and formats, and the disassembler (`golite disasm`).
#include <cstdio>
#include <string>

#include "vm/proto.h"

namespace golite {


const char* vm::opName(Op op) {
  static const char* const names[] = {
#define GOLITE_OP_NAME(name, fmt, ext, doc) #name,
      GOLITE_OPCODES(GOLITE_OP_NAME)
#undef GOLITE_OP_NAME
  };
  return names[int(op)];
}

const char* vm::opFormat(Op op) {
  static const char* const fmts[] = {
#define GOLITE_OP_FMT(name, fmt, ext, doc) fmt,
      GOLITE_OPCODES(GOLITE_OP_FMT)
#undef GOLITE_OP_FMT
  };
  return fmts[int(op)];
}

std::string vm::disassemble(const vm::Proto* p) {
  std::string out = "func " + p->name;
  if (p->native) return out + " (native)\n";
  out += " (params " + std::to_string(p->paramWords) + ", results " +
         std::to_string(p->resultWords) + ", frame " + std::to_string(p->frameSize) +
         (p->fobjBytes ? ", frame objects " + std::to_string(p->fobjBytes) + " bytes" : "") + ")\n";
  char buf[160];
  for (size_t pc = 0; pc < p->code.size(); pc++) {
    const vm::Instr& i = p->code[pc];
    std::string f = vm::opFormat(i.op);
    std::string ops;
    if (f == "ABC") ops = std::to_string(i.a) + " " + std::to_string(i.b) + " " + std::to_string(i.c);
    else if (f == "AB") ops = std::to_string(i.a) + " " + std::to_string(i.b);
    else if (f == "A") ops = std::to_string(i.a);
    else if (f == "ABx") ops = std::to_string(i.a) + " K" + std::to_string(i.bx());
    else if (f == "AsBx") ops = std::to_string(i.a) + " -> " + std::to_string(int64_t(pc) + 1 + i.sbx());
    else if (f == "AI") ops = std::to_string(i.a) + " #" + std::to_string(i.op == Op::LOADI ? i.sbx() : int16_t(i.b));
    else if (f == "AF") ops = std::to_string(i.a) + " fobj+" + std::to_string(size_t(i.b) * 8) + " (" + std::to_string(size_t(i.c) * 8) + " bytes)";
    else if (f == "sBx") ops = "-> " + std::to_string(int64_t(pc) + 1 + i.sbx());
    snprintf(buf, sizeof buf, "  %4zu  %-5d %-11s %s", pc, p->lines[pc], vm::opName(i.op), ops.c_str());
    out += buf;
    if (i.op == Op::FCLOSURE && pc + 1 < p->code.size()) {
      snprintf(buf, sizeof buf, "  [fobj+%llu]", (unsigned long long)p->code[pc + 1].raw() * 8);
      out += buf;
      pc++;
    } else if (vm::opHasExt(i.op) && pc + 1 < p->code.size()) {
      snprintf(buf, sizeof buf, "  [x=%llu]", (unsigned long long)p->code[pc + 1].raw());
      out += buf;
      pc++;
    }
    out += "\n";
  }
  return out;
}

}  // namespace golite
