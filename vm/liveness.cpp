// Frame maps: which registers of a VM frame hold a live value at each point where the
// collector can find the frame (Go's stack maps, cmd/compile/internal/liveness).
//
// Registers are untyped 8-byte slots that the compiler reuses for values of any type.
// What the collector needs is which of them the function will still read and which of
// those may hold a pointer there. A register whose value is dead (a temporary already
// consumed, a variable never read again) must not keep its object alive, or a program
// that drops a big structure keeps it while the frame lives (the `sink = append(...)`
// loop that retained 200 MB); nor may a live integer that happens to equal an address.
// This file computes, by backward dataflow over the bytecode, the live registers at every
// resume point of a function, and by forward dataflow the registers that may hold a
// pointer (see "Pointer kinds" below); the collector scans the registers that are both,
// and GODEBUG=clobberdead=1 overwrites the dead ones with poison at every safepoint, so a
// mistake here shows as a wrong answer under the stress tests rather than a rare
// use-after-free.
//
// The analysis:
//   - Each instruction's uses and definitions are register ranges read from its operands
//     (effects(): one case per opcode). A range the instruction may or may not write
//     completely is not a definition; a read it may make is a use: an error in that
//     direction only keeps a value alive longer. Operand widths the instruction does not
//     carry come from its constants (the key type of a map op, the callee's parameter
//     words) or from what the compiler records: CALLCL's c is its argument words + 1,
//     SEND's c its element words, RECV's c its element words (| 0x8000 for comma-ok;
//     | kChanIndirect when R[a] holds the address the element is received into),
//     ADDR's c the words its pointer may reach; CALLI's argument words are in
//     Proto::calliArgs.
//   - live-in(i) = (live-out(i) - defs(i)) | uses(i); live-out(i) is the union of its
//     successors' live-in and, in a function with defer, the live-in of the return
//     sequence (deferReturnPc), where a recovered panic resumes it from any instruction.
//   - ADDR takes the address of registers for the instructions right after it (a load or
//     store of a sub-word field, an element of an array held in registers), before any
//     safepoint: ADDR itself counts as their use. SELECT reads the values it sends through
//     its case array's addresses: Proto::selectSends lists them as its uses. An ADDR the
//     compiler cannot vouch for in this way (kAddrPinned) makes its registers live
//     everywhere in the function.
//   - A call defines its result words (the callee's, or the compiler's note for a
//     closure or interface call).
//   - assigned(i): the registers some instruction (or the caller, for the parameters)
//     wrote on every path from the entry to i, by forward dataflow. The collector scans
//     only those: a register stack slot a function has not written yet still holds what
//     an earlier frame left there, and scanning it would keep that garbage alive and
//     show gccheckmark a word the concurrent mark never saw (the over-wide uses above
//     can make such a register look live, and the return sequence's results are live
//     everywhere in a function with defer, its entry included).
//
// A frame is found at a resume pc, the pc saved in its CallInfo: a loop edge's target or
// the function's entry (the frame is stopped there: its map is live-in(pc)), or the pc
// after an instruction still in progress: a call whose callee runs, a channel operation
// parked (its map is live-in of that instruction: its operands are read when it resumes;
// what it is about to write is dead until then, except a RECV's destination, which a
// sender may fill while it waits), or one that panicked. Every map also
// has the return sequence's live-in (a deferred call may recover) and the pinned
// registers.
#include "vm/liveness.h"

#include <algorithm>
#include <unordered_map>

#include "runtime/runtime.h"

namespace golite::vm {

namespace {

struct Range {
  uint32_t reg;
  uint32_t n;
};

// One instruction's register effects.
struct Effects {
  Range use[8];
  int nuse = 0;
  Range def[2];
  int ndef = 0;
  void u(uint32_t r, uint32_t n) { use[nuse++] = {r, n}; }
  void d(uint32_t r, uint32_t n) { def[ndef++] = {r, n}; }
};

// The registers a value of the type K[constIndex] occupies (one when held indirectly).
uint32_t typeWords(const Proto& p, uint64_t constIndex) {
  const auto* t = reinterpret_cast<const runtime::Type*>(p.consts[constIndex]);
  return regWords(t->size);
}

// A map instruction's key registers; x is its extension word (kMapKeyIndirect: one).
uint32_t mapKeyWords(const Proto& p, uint64_t x) {
  const auto* mt = reinterpret_cast<const runtime::Type*>(p.consts[uint32_t(x)]);
  return regWords(mt->key->size);
}

uint32_t printWords(PrintKind k) {
  switch (k) {
    case PrintKind::String:
    case PrintKind::Eface:
    case PrintKind::Iface:
    case PrintKind::Complex: return 2;  // complex64 prints as PrintKind::Complex64, one word
    case PrintKind::Slice: return 3;
    default: return 1;
  }
}

// The arguments of a call whose width the instruction does not say: every register from
// the frame base of the call up (all of them may be the callee's arguments).
constexpr uint32_t kRest = UINT32_MAX;

const Proto::DefPtrs* defNote(const Proto& p, size_t pc) {
  auto it = std::lower_bound(p.defPtrs.begin(), p.defPtrs.end(), uint32_t(pc),
                             [](const Proto::DefPtrs& d, uint32_t v) { return d.pc < v; });
  return it != p.defPtrs.end() && it->pc == pc ? &*it : nullptr;
}

void effects(const Proto& p, size_t pc, Effects& e) {
  const Instr i = p.code[pc];
  const uint64_t x = opHasExt(i.op) ? p.code[pc + 1].raw() : 0;
  const Instr xi = opHasExt(i.op) ? p.code[pc + 1] : Instr{};
  switch (i.op) {
    case Op::NOP: case Op::JMP: case Op::LOOP: case Op::RUNDEFERS: case Op::PRINTNL:
    case Op::UNREACHABLE:
      break;
    case Op::MOV: e.d(i.a, 1); e.u(i.b, 1); break;
    case Op::MOV2: e.d(i.a, 2); e.u(i.b, 2); break;
    case Op::MOV3: e.d(i.a, 3); e.u(i.b, 3); break;
    case Op::MOVN: e.d(i.a, i.c); e.u(i.b, i.c); break;
    case Op::LOADK: case Op::LOADI: case Op::NEW: case Op::GADDR: case Op::UPVAL:
    case Op::FUNCVAL: case Op::FRAMENEW:
      e.d(i.a, 1);
      break;
    case Op::LOADK2: case Op::RECOVER: e.d(i.a, 2); break;
    case Op::ZERO: e.d(i.a, i.b); break;
    case Op::ADD: case Op::SUB: case Op::MUL: case Op::DIV: case Op::DIVU: case Op::REM:
    case Op::REMU: case Op::AND: case Op::OR: case Op::XOR: case Op::ANDNOT: case Op::SHL:
    case Op::SHR: case Op::SHRU: case Op::FADD: case Op::FSUB: case Op::FMUL: case Op::FDIV:
    case Op::FMIN: case Op::FMAX: case Op::FADD32: case Op::FSUB32: case Op::FMUL32:
    case Op::FDIV32: case Op::EQ: case Op::NE: case Op::LT: case Op::LE: case Op::LTU:
    case Op::LEU: case Op::FEQ: case Op::FNE: case Op::FLT: case Op::FLE: case Op::FEQ32:
    case Op::FNE32: case Op::FLT32: case Op::FLE32: case Op::CADD64: case Op::CSUB64:
    case Op::CMUL64: case Op::CDIV64: case Op::CEQ64: case Op::CPACK64:
      e.d(i.a, 1); e.u(i.b, 1); e.u(i.c, 1);
      break;
    case Op::CADD: case Op::CSUB: case Op::CMUL: case Op::CDIV:
      e.d(i.a, 2); e.u(i.b, 2); e.u(i.c, 2);
      break;
    case Op::CEQ: e.d(i.a, 1); e.u(i.b, 2); e.u(i.c, 2); break;
    case Op::CNEG: e.d(i.a, 2); e.u(i.b, 2); break;
    case Op::C64TO128: e.d(i.a, 2); e.u(i.b, 1); break;
    case Op::C128TO64: e.d(i.a, 1); e.u(i.b, 2); break;
    case Op::CNEG64: case Op::CREAL64: case Op::CIMAG64: e.d(i.a, 1); e.u(i.b, 1); break;
    case Op::NEG: case Op::COM: case Op::NOT: case Op::ADDI: case Op::EXT8S: case Op::EXT8U:
    case Op::EXT16S: case Op::EXT16U: case Op::EXT32S: case Op::EXT32U: case Op::FNEG:
    case Op::FNEG32: case Op::I2F: case Op::U2F: case Op::F2I: case Op::F2U: case Op::F2F32:
    case Op::F322F: case Op::LD8S: case Op::LD8U: case Op::LD16S: case Op::LD16U:
    case Op::LD32S: case Op::LD32U: case Op::LD64: case Op::OFFPTR: case Op::MAPLEN:
    case Op::CHANLEN: case Op::CHANCAP: case Op::DYNTYPE: case Op::DYNTYPEI:
      e.d(i.a, 1); e.u(i.b, 1);
      break;
    case Op::SHCHK: case Op::JT: case Op::JF: case Op::NILCHK: case Op::CLOSE:
    case Op::SKIPLTI: case Op::SKIPLEI: case Op::SKIPGTI: case Op::SKIPGEI: case Op::SKIPEQI:
    case Op::SKIPNEI:
      e.u(i.a, 1);
      break;
    case Op::JEQK: case Op::SKIPLT: case Op::SKIPLE: case Op::SKIPLTU: case Op::SKIPLEU:
    case Op::SKIPEQ: case Op::SKIPNE: case Op::BOUNDS: case Op::ST8: case Op::ST16:
    case Op::ST32: case Op::ST64:
      e.u(i.a, 1); e.u(i.b, 1);
      break;
    case Op::SEQ: case Op::SLT: case Op::SLE: case Op::EFACEEQ: case Op::IFACEEQ:
      e.d(i.a, 1); e.u(i.b, 2); e.u(i.c, 2);
      break;
    case Op::MEMEQ: {
      uint32_t w = typeWords(p, x);
      e.d(i.a, 1); e.u(i.b, w); e.u(i.c, w);
      break;
    }
    case Op::LDN: e.d(i.a, uint32_t((x + 7) / 8)); e.u(i.b, 1); break;
    case Op::STN: e.u(i.a, 1); e.u(i.b, uint32_t((x + 7) / 8)); break;
    case Op::ADDR: e.d(i.a, 1); e.u(i.b, i.c & ~kAddrPinned); break;
    case Op::CONCAT: e.d(i.a, 2); e.u(i.b, 2); e.u(i.c, 2); break;
    case Op::CONCATN:
      e.d(i.a, 2); e.u(i.b, 2 * uint32_t(i.c));
      if (xi.a) e.u(xi.a - 1, 1);
      break;
    case Op::SINDEX: e.d(i.a, 1); e.u(i.b, 2); e.u(i.c, 1); break;
    case Op::SSLICE: e.d(i.a, 2); e.u(i.b, 2); e.u(i.c, 2); break;
    case Op::STR2BYTES: case Op::STR2RUNES: e.d(i.a, 3); e.u(i.b, 2); if (i.c) e.u(i.c - 1, 1); break;
    case Op::BYTES2STR: case Op::RUNES2STR: e.d(i.a, 2); e.u(i.b, 3); if (i.c) e.u(i.c - 1, 1); break;
    case Op::INT2STR: e.d(i.a, 2); e.u(i.b, 1); if (i.c) e.u(i.c - 1, 1); break;
    case Op::STRRANGE: e.d(i.a, 2); e.u(i.b, 2); e.u(i.c, 1); break;
    case Op::INDEXADDR: e.d(i.a, 1); e.u(i.b, 2); e.u(i.c, 1); break;
    case Op::AINDEXADDR: e.d(i.a, 1); e.u(i.b, 1); e.u(i.c, 1); break;
    case Op::SLICE: e.d(i.a, 3); e.u(i.b, 3); e.u(i.c, 3); break;
    case Op::ASLICE: e.d(i.a, 3); e.u(i.b, 1); e.u(i.c, 3); break;
    case Op::MAKESLICE: e.d(i.a, 3); e.u(i.b, 1); e.u(i.c, 1); break;
    case Op::GROW: e.d(i.a, 3); e.u(i.a, 3); e.u(i.b, 1); break;
    case Op::SLICE2ARR: e.d(i.a, 1); e.u(i.b, 2); break;
    case Op::UNSAFESLICE: e.d(i.a, 3); e.u(i.b, 1); e.u(i.c, 1); break;
    case Op::COPY: e.d(i.a, 1); e.u(i.b, 3); e.u(i.c, 3); break;
    case Op::COPYSTR: e.d(i.a, 1); e.u(i.b, 3); e.u(i.c, 2); break;
    case Op::MAKEMAP: case Op::MAKECHAN: case Op::IMPLEMENTS: e.d(i.a, 1); e.u(i.a, 1); break;
    case Op::MAKEMAPF:
      e.d(i.a, 1); e.u(i.a, 1); e.u(xi.a, 1);
      if (xi.b) e.u(xi.b - 1, 1);
      break;
    case Op::MAPGET: case Op::MAPSET:
      e.d(i.a, 1); e.u(i.b, 1); e.u(i.c, mapKeyWords(p, x));
      break;
    case Op::MAPGET2: e.d(i.a, 2); e.u(i.b, 1); e.u(i.c, mapKeyWords(p, x)); break;
    case Op::MAPDEL: e.u(i.b, 1); e.u(i.c, mapKeyWords(p, x)); break;
    case Op::MAPCLEAR: e.u(i.b, 1); break;
    // mapiterinit writes the whole iterator; mapiternext reads and updates it.
    case Op::MAPITER: e.d(i.a, sizeof(runtime::hiter) / 8); e.u(i.b, 1); break;
    case Op::MAPNEXT: e.u(i.a, sizeof(runtime::hiter) / 8); break;
    case Op::BOX: e.d(i.a, 2); e.u(i.a, std::max(typeWords(p, i.bx()), 1u)); break;
    case Op::BOXI: e.d(i.a, 2); e.u(i.a, std::max(typeWords(p, x), 1u)); break;
    case Op::I2E: case Op::IMETHOD: e.d(i.a, 2); e.u(i.b, 2); break;
    case Op::CONVI: e.d(i.a, 1); e.u(i.a, 2); break;
    case Op::ASSERT: {
      uint32_t w = typeWords(p, xi.a);
      e.d(i.a, w + (i.c != 0 ? 1 : 0)); e.u(i.b, 2);
      break;
    }
    case Op::ASSERTI: e.d(i.a, i.c != 0 ? 3 : 2); e.u(i.b, 2); break;
    case Op::UNBOX: {
      const auto* t = reinterpret_cast<const runtime::Type*>(p.consts[x]);
      e.d(i.a, t->directIface() ? 1 : i.c); e.u(i.b, 1);
      break;
    }
    // A call writes its results from its frame base up: they are defined there (else a
    // result register would look live from the function's entry, and be scanned while it
    // still holds whatever an earlier frame left in it). The width is the callee's, or
    // for a closure or interface call the compiler's note; without one, nothing is.
    case Op::CALL: {
      const auto* callee = reinterpret_cast<const Proto*>(p.consts[i.bx()]);
      e.d(i.a, callee->resultWords);
      e.u(i.a, callee->paramWords);
      break;
    }
    case Op::CALLCL:
      if (const Proto::DefPtrs* d = defNote(p, pc)) e.d(i.a, d->words);
      e.u(i.b, 1);
      e.u(i.a, i.c ? uint32_t(i.c - 1) : kRest);
      break;
    case Op::CALLI: {
      if (const Proto::DefPtrs* d = defNote(p, pc)) e.d(i.a, d->words);
      e.u(i.b, 2);
      auto it = std::lower_bound(p.calliArgs.begin(), p.calliArgs.end(),
                                 std::pair<uint32_t, uint32_t>{uint32_t(pc), 0});
      if (it != p.calliArgs.end() && it->first == pc) e.u(i.a + 1, it->second > 0 ? it->second - 1 : 0);
      else e.u(i.a, kRest);
      break;
    }
    case Op::RET: e.u(i.a, i.b); break;
    case Op::CLOSURE: case Op::FCLOSURE: {
      const auto* fp = reinterpret_cast<const Proto*>(p.consts[i.bx()]);
      e.d(i.a, 1); e.u(i.a, fp->ncaptures);
      break;
    }
    case Op::DEFER: case Op::GO: e.u(i.a, 1u + i.b); break;
    case Op::SEND: e.u(i.a, 1); e.u(i.b, i.c & 0x3fff); break;
    case Op::RECV:
      e.u(i.b, 1);
      if (i.c & kChanIndirect) {  // into the object R[a] points to; ok after it
        e.u(i.a, 1);
        if (i.c & 0x8000) e.d(i.a + 1, 1);
      } else {
        e.d(i.a, (i.c & 0x3fff) + ((i.c & 0x8000) ? 1 : 0));
      }
      break;
    case Op::SELECT: {
      e.d(i.a, 2);
      e.u(i.a, 2u * (uint32_t(i.b) + i.c));
      // The values to send: their registers, or (more than the effect table holds) all.
      auto it = std::lower_bound(p.selectSends.begin(), p.selectSends.end(), uint32_t(pc),
                                 [](const auto& s, uint32_t v) { return s.first < v; });
      size_t k = 0;
      for (auto j = it; j != p.selectSends.end() && j->first == pc; ++j) k++;
      if (k > 6) {
        e.u(0, kRest);
      } else {
        for (; it != p.selectSends.end() && it->first == pc; ++it) e.u(it->second.first, it->second.second);
      }
      break;
    }
    case Op::PANIC: e.u(i.a, 2); break;
    case Op::PRINT: e.u(i.a, printWords(PrintKind(i.b))); break;
    case Op::COUNT: break;
  }
}

// ---- Pointer kinds --------------------------------------------------------------------
//
// Which registers may hold a pointer at each instruction, by forward dataflow: the state
// is a bit per register, set when on some path to this point the register was last
// written with a value whose type has a pointer in that word. kinds() applies one
// instruction: each destination word it writes is cleared, then set by the type of what
// is written, which the opcode says (arithmetic and comparisons write integers; NEW, ADDR,
// MAKEMAP write pointers; a slice is pointer, length, capacity; MOV copies its source's
// bits; ADD and the bit operations keep a pointer operand's bit, for the compiler's
// pointer arithmetic), or, where it cannot, the compiler's note for the instruction
// (Proto::defPtrs: a load's type, a closure or interface call's results, a receive's
// element) or the callee's resultPtrs. Writes an instruction may make without being
// their destination set bits and clear none: ADDR's target registers (a store through the
// address may put a pointer there), an iterator's words on MAPNEXT. An instruction the
// table does not know writes words that may all be pointers: a missing entry costs
// precision, never a live object.

void setBit(uint64_t* b, uint32_t r) { b[r / 64] |= uint64_t(1) << (r % 64); }
bool testBit(const uint64_t* b, uint32_t r) { return b[r / 64] >> (r % 64) & 1; }


void kinds(const Proto& p, size_t pc, const Effects& e, uint64_t* s, uint32_t regs) {
  const Instr i = p.code[pc];
  const uint64_t x = opHasExt(i.op) ? p.code[pc + 1].raw() : 0;
  const Instr xi = opHasExt(i.op) ? p.code[pc + 1] : Instr{};
  // Word w of the destination (register a + w) set to ptr; past the frame, nothing.
  auto put = [&](uint32_t r, bool ptr) {
    if (r >= regs) return;
    s[r / 64] &= ~(uint64_t(1) << (r % 64));
    if (ptr) setBit(s, r);
  };
  auto all = [&](bool ptr) {
    for (int d = 0; d < e.ndef; d++)
      for (uint32_t w = 0; w < e.def[d].n; w++) put(e.def[d].reg + w, ptr);
  };
  // Destination words by a pattern: bit w of `bits` for word w, the rest integers.
  auto pattern = [&](uint32_t r, uint32_t n, uint64_t bits) {
    for (uint32_t w = 0; w < n; w++) put(r + w, w < 64 && (bits >> w & 1));
  };
  // Destination words by a runtime type's pointer bitmap.
  auto byType = [&](uint32_t r, uint32_t n, const runtime::Type* t) {
    for (uint32_t w = 0; w < n; w++)
      put(r + w, w < t->ptrdata / 8 && (t->gcdata[w / 8] >> (w % 8) & 1));
  };
  // Destination words by a bit mask (empty: all may be pointers), n words from r.
  auto byMask = [&](uint32_t r, uint32_t n, const uint64_t* bits, size_t nbits) {
    for (uint32_t w = 0; w < n; w++) put(r + w, w >= nbits * 64 || testBit(bits, w));
  };
  switch (i.op) {
    case Op::MOV: case Op::MOV2: case Op::MOV3: case Op::MOVN: {
      uint32_t n = e.def[0].n;
      std::vector<bool> src(n);
      for (uint32_t w = 0; w < n; w++) src[w] = i.b + w < regs && testBit(s, i.b + w);
      for (uint32_t w = 0; w < n; w++) put(i.a + w, src[w]);
      break;
    }
    case Op::ADD: case Op::SUB: case Op::AND: case Op::OR: case Op::XOR: case Op::ANDNOT:
      put(i.a, (i.b < regs && testBit(s, i.b)) || (i.c < regs && testBit(s, i.c)));
      break;
    case Op::ADDI:
      put(i.a, i.b < regs && testBit(s, i.b));
      break;
    case Op::UNSAFESLICE:
      put(i.a, i.b < regs && testBit(s, i.b));
      put(i.a + 1, false);
      put(i.a + 2, false);
      break;
    case Op::LOADK: case Op::LOADI: case Op::ZERO: case Op::MUL: case Op::DIV: case Op::DIVU:
    case Op::REM: case Op::REMU: case Op::SHL: case Op::SHR: case Op::SHRU: case Op::FADD:
    case Op::FSUB: case Op::FMUL: case Op::FDIV: case Op::FMIN: case Op::FMAX: case Op::FADD32:
    case Op::FSUB32: case Op::FMUL32: case Op::FDIV32: case Op::EQ: case Op::NE: case Op::LT:
    case Op::LE: case Op::LTU: case Op::LEU: case Op::FEQ: case Op::FNE: case Op::FLT:
    case Op::FLE: case Op::FEQ32: case Op::FNE32: case Op::FLT32: case Op::FLE32: case Op::NEG:
    case Op::COM: case Op::NOT: case Op::EXT8S: case Op::EXT8U: case Op::EXT16S:
    case Op::EXT16U: case Op::EXT32S: case Op::EXT32U: case Op::FNEG: case Op::FNEG32:
    case Op::I2F: case Op::U2F: case Op::F2I: case Op::F2U: case Op::F2F32: case Op::F322F:
    case Op::LD8S: case Op::LD8U: case Op::LD16S: case Op::LD16U: case Op::LD32S:
    case Op::LD32U: case Op::MAPLEN: case Op::CHANLEN: case Op::CHANCAP: case Op::SEQ:
    case Op::SLT: case Op::SLE: case Op::EFACEEQ: case Op::IFACEEQ: case Op::MEMEQ:
    case Op::SINDEX: case Op::STRRANGE: case Op::COPY: case Op::COPYSTR: case Op::IMPLEMENTS:
    case Op::SELECT: case Op::CADD: case Op::CSUB: case Op::CMUL: case Op::CDIV:
    case Op::CNEG: case Op::CEQ: case Op::CADD64: case Op::CSUB64: case Op::CMUL64:
    case Op::CDIV64: case Op::CNEG64: case Op::CEQ64: case Op::CPACK64: case Op::CREAL64:
    case Op::CIMAG64: case Op::C64TO128: case Op::C128TO64:
      all(false);
      break;
    // Strings: data, length. Slices: data, length, capacity.
    case Op::LOADK2: case Op::CONCAT: case Op::CONCATN: case Op::SSLICE: case Op::BYTES2STR:
    case Op::RUNES2STR: case Op::INT2STR: case Op::STR2BYTES: case Op::STR2RUNES:
    case Op::SLICE: case Op::ASLICE: case Op::MAKESLICE: case Op::GROW:
      pattern(i.a, e.def[0].n, 1);
      break;
    case Op::MAPGET2:
      pattern(i.a, 2, 1);
      break;
    case Op::ADDR:
      for (uint32_t w = 0, n = i.c & ~kAddrPinned; w < (n ? n : regs); w++)
        if (i.b + w < regs) setBit(s, i.b + w);
      put(i.a, true);
      break;
    case Op::MAPNEXT:
      for (uint32_t w = 0; w < sizeof(runtime::hiter) / 8; w++)
        if (i.a + w < regs) setBit(s, i.a + w);
      break;
    case Op::ASSERT: {
      const auto* t = reinterpret_cast<const runtime::Type*>(p.consts[xi.a]);
      uint32_t w = typeWords(p, xi.a);
      if (t->size > kIndirectBytes) put(i.a, true);  // the copy's address
      else byType(i.a, w, t);
      if (i.c != 0) put(i.a + w, false);
      break;
    }
    case Op::ASSERTI:
      pattern(i.a, i.c != 0 ? 3 : 2, 3);
      break;
    case Op::UNBOX: {
      const auto* t = reinterpret_cast<const runtime::Type*>(p.consts[x]);
      if (t->directIface()) put(i.a, true);
      else byType(i.a, i.c, t);
      break;
    }
    case Op::CALL: {
      const auto* callee = reinterpret_cast<const Proto*>(p.consts[i.bx()]);
      byMask(i.a, callee->resultWords, callee->resultPtrs.data(), callee->resultPtrs.size());
      break;
    }
    case Op::RECV:
      if (i.c & kChanIndirect) {  // only the comma-ok word is written
        all(false);
        break;
      }
      [[fallthrough]];
    case Op::LD64: case Op::LDN: case Op::CALLCL: case Op::CALLI: {
      const Proto::DefPtrs* d = defNote(p, pc);
      if (d) {
        byMask(i.a, d->words, p.defPtrBits.data() + d->off, (d->words + 63) / 64);
      } else if (i.op == Op::CALLCL || i.op == Op::CALLI) {
        for (uint32_t r = i.a; r < regs; r++) setBit(s, r);  // results of unknown width
      } else {
        all(true);
      }
      break;
    }
    default:
      all(true);
  }
}

// Instructions after which control does not fall through.
bool endsFlow(Op op) {
  return op == Op::JMP || op == Op::LOOP || op == Op::RET || op == Op::PANIC ||
         op == Op::UNREACHABLE;
}

// Instructions a frame may be stopped in the middle of, reading their operands after the
// safepoint (a channel operation parks; a call's callee runs).
bool inProgressAt(Op op) {
  switch (op) {
    case Op::CALL: case Op::CALLCL: case Op::CALLI: case Op::SEND: case Op::RECV:
    case Op::SELECT: case Op::GO:
      return true;
    default:
      return false;
  }
}

struct Bits {
  size_t words;
  std::vector<uint64_t> v;
  Bits(size_t n, size_t regs) : words((regs + 63) / 64), v(n * words, 0) {}
  uint64_t* at(size_t k) { return v.data() + k * words; }
};

void setRange(uint64_t* b, uint32_t reg, uint32_t n, uint32_t limit) {
  uint64_t end = n == kRest ? limit : std::min<uint64_t>(uint64_t(reg) + n, limit);
  for (uint64_t r = reg; r < end; r++) b[r / 64] |= uint64_t(1) << (r % 64);
}
void clearRange(uint64_t* b, uint32_t reg, uint32_t n, uint32_t limit) {
  uint64_t end = std::min<uint64_t>(uint64_t(reg) + n, limit);
  for (uint64_t r = reg; r < end; r++) b[r / 64] &= ~(uint64_t(1) << (r % 64));
}

}  // namespace

void computeFrameMaps(Proto* p) {
  const size_t n = p->code.size();
  const uint32_t regs = p->frameSize;
  p->liveWords = uint32_t((regs + 63) / 64);
  p->liveAt.assign(n + 1, 0);
  p->liveInProgress.clear();
  p->liveBits.clear();

  // Instruction starts (extension words are not instructions) and their effects.
  std::vector<size_t> starts;
  std::vector<int32_t> prevStart(n + 1, -1);
  for (size_t pc = 0; pc < n; pc += opHasExt(p->code[pc].op) ? 2 : 1) {
    starts.push_back(pc);
    size_t next = pc + (opHasExt(p->code[pc].op) ? 2 : 1);
    if (next <= n) prevStart[next] = int32_t(pc);
  }
  std::vector<Effects> eff(n);
  for (size_t pc : starts) effects(*p, pc, eff[pc]);

  auto successors = [&](size_t pc, size_t out[2]) -> int {
    const Instr i = p->code[pc];
    size_t next = pc + (opHasExt(i.op) ? 2 : 1);
    int k = 0;
    switch (i.op) {
      case Op::JMP: case Op::LOOP: out[k++] = size_t(int64_t(next) + i.sbx()); break;
      case Op::JT: case Op::JF:
        out[k++] = next;
        out[k++] = size_t(int64_t(next) + i.sbx());
        break;
      case Op::JEQK:
        out[k++] = next;
        out[k++] = size_t(int64_t(next) + int16_t(i.c));
        break;
      case Op::SKIPLT: case Op::SKIPLE: case Op::SKIPLTU: case Op::SKIPLEU: case Op::SKIPEQ:
      case Op::SKIPNE: case Op::SKIPLTI: case Op::SKIPLEI: case Op::SKIPGTI: case Op::SKIPGEI:
      case Op::SKIPEQI: case Op::SKIPNEI:
        out[k++] = next;
        out[k++] = next + 1;
        break;
      default:
        if (!endsFlow(i.op)) out[k++] = next;
    }
    return k;
  };

  // Backward dataflow to a fixed point: live-in per code index (n: after the end).
  Bits in(n + 1, regs);
  std::vector<uint64_t> out(in.words);
  const bool hasDefer = p->deferReturnPc >= 0 && size_t(p->deferReturnPc) < n;
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t k = starts.size(); k-- > 0;) {
      size_t pc = starts[k];
      std::fill(out.begin(), out.end(), 0);
      size_t succ[2];
      int ns = successors(pc, succ);
      for (int s = 0; s < ns; s++) {
        if (succ[s] > n) continue;  // malformed jump: nothing live there
        const uint64_t* b = in.at(succ[s]);
        for (size_t w = 0; w < in.words; w++) out[w] |= b[w];
      }
      if (hasDefer) {
        const uint64_t* b = in.at(size_t(p->deferReturnPc));
        for (size_t w = 0; w < in.words; w++) out[w] |= b[w];
      }
      const Effects& e = eff[pc];
      for (int d = 0; d < e.ndef; d++) clearRange(out.data(), e.def[d].reg, e.def[d].n, regs);
      for (int u = 0; u < e.nuse; u++) setRange(out.data(), e.use[u].reg, e.use[u].n, regs);
      uint64_t* cur = in.at(pc);
      for (size_t w = 0; w < in.words; w++) {
        if (cur[w] != out[w]) {
          cur[w] = out[w];
          changed = true;
        }
      }
    }
  }

  // Forward dataflow to a fixed point: the registers that may hold a pointer at each
  // instruction start (ptrIn), from the parameters' pointer words at entry. A recovered
  // panic reaches the return sequence from any instruction, before or after its writes.
  Bits ptrIn(n + 1, regs);
  {
    uint64_t* entry = ptrIn.at(0);
    for (uint32_t w = 0; w < p->paramWords && w < regs; w++)
      if (w >= p->paramPtrs.size() * 64 || testBit(p->paramPtrs.data(), w)) setBit(entry, w);
  }
  std::vector<uint8_t> reached(n + 1, 0);
  reached[0] = 1;
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t pc : starts) {
      if (!reached[pc]) continue;
      std::copy(ptrIn.at(pc), ptrIn.at(pc) + in.words, out.begin());
      kinds(*p, pc, eff[pc], out.data(), regs);
      auto join = [&](size_t to, const uint64_t* b) {
        if (to > n) return;
        uint64_t* cur = ptrIn.at(to);
        for (size_t w = 0; w < in.words; w++) {
          if ((cur[w] | b[w]) != cur[w]) {
            cur[w] |= b[w];
            changed = true;
          }
        }
        if (!reached[to]) {
          reached[to] = 1;
          changed = true;
        }
      };
      size_t succ[2];
      int ns = successors(pc, succ);
      for (int k = 0; k < ns; k++) join(succ[k], out.data());
      if (hasDefer) {
        join(size_t(p->deferReturnPc), ptrIn.at(pc));
        join(size_t(p->deferReturnPc), out.data());
      }
    }
  }

  // Forward dataflow to a fixed point: the registers written on every path from the
  // entry to each instruction start (assigned; the parameters at entry). A register may
  // be live and hold a pointer on some path while on another it still holds what an
  // earlier frame left there: a result register a deferred call's return sequence reads,
  // seen at the entry before the function zeroes it; a register the liveness keeps live
  // from an over-wide use (the unused index of a two-index slice). Only assigned registers
  // are scanned, so a stale word never keeps garbage alive, and a later cycle never finds
  // a word the concurrent mark could not have seen (gccheckmark). A closure or interface
  // call without a note writes results of unknown width: everything from its base counts.
  // A recovered panic resumes the return sequence from an instruction where the frame had
  // deferred a call already: only those (reached from a DEFER) count as its predecessors.
  std::vector<uint8_t> afterDefer(n + 1, 0);
  if (hasDefer) {
    std::vector<size_t> work;
    for (size_t pc : starts)
      if (p->code[pc].op == Op::DEFER) work.push_back(pc);
    while (!work.empty()) {
      size_t pc = work.back();
      work.pop_back();
      if (pc > n || afterDefer[pc]) continue;
      afterDefer[pc] = 1;
      if (pc == n) continue;
      size_t succ[2];
      int ns = successors(pc, succ);
      for (int k = 0; k < ns; k++) work.push_back(succ[k]);
    }
  }
  Bits assigned(n + 1, regs);
  for (size_t pc = 1; pc <= n; pc++) std::fill(assigned.at(pc), assigned.at(pc) + in.words, ~uint64_t(0));
  setRange(assigned.at(0), 0, p->paramWords, regs);
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t pc : starts) {
      if (!reached[pc]) continue;
      std::copy(assigned.at(pc), assigned.at(pc) + in.words, out.begin());
      const Effects& e = eff[pc];
      for (int d = 0; d < e.ndef; d++) setRange(out.data(), e.def[d].reg, e.def[d].n, regs);
      const Instr i = p->code[pc];
      if ((i.op == Op::CALLCL || i.op == Op::CALLI) && !defNote(*p, pc)) setRange(out.data(), i.a, kRest, regs);
      auto meet = [&](size_t to, const uint64_t* b) {
        if (to > n) return;
        uint64_t* cur = assigned.at(to);
        for (size_t w = 0; w < in.words; w++) {
          if ((cur[w] & b[w]) != cur[w]) {
            cur[w] &= b[w];
            changed = true;
          }
        }
      };
      size_t succ[2];
      int ns = successors(pc, succ);
      for (int k = 0; k < ns; k++) meet(succ[k], out.data());
      if (hasDefer && afterDefer[pc]) {
        if (i.op != Op::DEFER) meet(size_t(p->deferReturnPc), assigned.at(pc));
        meet(size_t(p->deferReturnPc), out.data());
      }
    }
  }

  // Pinned registers: every ADDR target.
  std::vector<uint64_t> pinned(in.words, 0);
  for (size_t pc : starts) {
    const Instr i = p->code[pc];
    if (i.op == Op::ADDR && (i.c & kAddrPinned))
      setRange(pinned.data(), i.b, (i.c & ~kAddrPinned) ? (i.c & ~kAddrPinned) : kRest, regs);
  }

  // The maps, deduplicated: one per resume pc for a frame stopped there (live-in), and
  // one per instruction a frame may be stopped in the middle of (its live-in: its
  // operands, not the registers it is about to write), by the resume pc after it.
  std::unordered_map<std::string, uint32_t> seen;
  const size_t W = in.words;
  std::vector<uint64_t> m(2 * W);  // the map being built: its scan half, then its live half
  std::string key;
  const std::vector<uint64_t> allAssigned(W, ~uint64_t(0));
  std::vector<uint64_t> parkedAssigned(W);
  constexpr uint32_t kNoMap = ~uint32_t(0);
  uint32_t last = kNoMap;  // the map interned last
  // A map has two halves: the registers to scan (live and may hold a pointer) and the
  // live ones (clobberdead poisons the rest). Both take the pinned registers and those
  // the return sequence reads (scanned by its pointer state, the union of every
  // instruction's). Set from a live-in set and a pointer state:
  auto fill = [&](const uint64_t* live, const uint64_t* ptr) {
    for (size_t w = 0; w < W; w++) {
      m[w] = live[w] & ptr[w];
      m[W + w] = live[w];
    }
  };
  // `as`: the registers assigned where the frame is stopped (the scan half keeps only
  // those, and the pinned ones, which are written through their addresses).
  auto intern = [&](const uint64_t* as) -> uint32_t {
    if (hasDefer) {
      const uint64_t* d = in.at(size_t(p->deferReturnPc));
      const uint64_t* dp = ptrIn.at(size_t(p->deferReturnPc));
      for (size_t w = 0; w < W; w++) {
        m[w] |= d[w] & dp[w];
        m[W + w] |= d[w];
      }
    }
    for (size_t w = 0; w < W; w++) {
      m[w] = (m[w] & as[w]) | pinned[w];
      m[W + w] |= pinned[w];
    }
    // Most instructions have the map of the one before: compared first, not hashed.
    if (last != kNoMap && std::equal(m.begin(), m.end(), p->liveBits.begin() + ptrdiff_t(last * 2 * W)))
      return last;
    key.assign(reinterpret_cast<const char*>(m.data()), m.size() * 8);
    auto [it, fresh] = seen.try_emplace(key, uint32_t(p->liveBits.size() / std::max<size_t>(2 * W, 1)));
    if (fresh) p->liveBits.insert(p->liveBits.end(), m.begin(), m.end());
    return last = it->second;
  };
  for (size_t pc = 0; pc <= n; pc++) {
    if (pc == 0 || pc == n || prevStart[pc] >= 0) {
      fill(in.at(pc), ptrIn.at(pc));
    } else {
      // An extension word is never a resume pc; should one be asked for, all is live.
      std::fill(m.begin(), m.end(), ~uint64_t(0));
    }
    p->liveAt[pc] = intern(pc == 0 || pc == n || prevStart[pc] >= 0 ? assigned.at(pc) : allAssigned.data());
    if (pc > 0 && prevStart[pc] >= 0 && inProgressAt(p->code[size_t(prevStart[pc])].op)) {
      size_t prev = size_t(prevStart[pc]);
      const Instr pi = p->code[prev];
      fill(in.at(prev), ptrIn.at(prev));
      // A parked RECV's destination is written by the sender while it still waits (Go's
      // sendDirect); the VM zeroes it before parking, so it holds nothing stale. Its
      // words are live, and scanned where the element has pointers.
      std::copy(assigned.at(prev), assigned.at(prev) + W, parkedAssigned.begin());
      if (pi.op == Op::RECV) {
        std::copy(ptrIn.at(prev), ptrIn.at(prev) + W, out.begin());
        kinds(*p, prev, eff[prev], out.data(), regs);
        const Effects& e = eff[prev];
        for (int d = 0; d < e.ndef; d++)
          for (uint32_t r = e.def[d].reg; r < e.def[d].reg + e.def[d].n && r < regs; r++) {
            setBit(m.data() + W, r);
            if (testBit(out.data(), r)) setBit(m.data(), r);
            setBit(parkedAssigned.data(), r);  // zeroed by the VM before it parks
          }
      }
      bool isCall = pi.op == Op::CALL || pi.op == Op::CALLCL || pi.op == Op::CALLI;
      p->liveInProgress.push_back({uint32_t(pc), intern(parkedAssigned.data()), isCall ? pi.a : kNoCallBase});
    }
  }
  p->hasFrameMaps = true;


}

const uint64_t* frameMap(const Proto* p, size_t pc, bool inProgress, uint16_t* callBase) {
  *callBase = kNoCallBase;
  if (!p->hasFrameMaps || pc >= p->liveAt.size()) return nullptr;
  uint32_t map = p->liveAt[pc];
  if (inProgress) {
    auto it = std::lower_bound(p->liveInProgress.begin(), p->liveInProgress.end(), pc,
                               [](const Proto::InProgress& e, size_t v) { return e.pc < v; });
    if (it != p->liveInProgress.end() && it->pc == pc) {
      map = it->map;
      *callBase = it->callBase;
    }
  }
  return p->liveBits.data() + size_t(map) * 2 * p->liveWords;
}

}  // namespace golite::vm
