// The fmt package's natives: Print*, Sprint*, Fprint* and Errorf's formatting half
// (stdlib/go/fmt declares them; the engine is fmt_print.cpp).
//
// Output to standard output goes straight into the os package's stdout buffer. Fprint* to
// an *os.File writes to its descriptor directly; to any other io.Writer it calls the
// writer's Write method through the itab (io.Writer has one method: fun[0]) with the bytes
// copied into a Go []byte, as Go's Fprintf calls w.Write(p.buf).
#include <cstring>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/panic.h"
#include "stdlib/abi.h"
#include "stdlib/fmt_internal.h"
#include "stdlib/fmt_scan.h"
#include "stdlib/format.h"
#include "runtime/write.h"
#include "stdlib/os.h"
#include "vm/native.h"

namespace golite::stdlib::fmt {
namespace {

using namespace abi;
using runtime::Type;

// The ...any operands, copied out of the frame: the VM stack may move while String
// methods run.
std::vector<Eface> operands(const uint64_t* base, int w) {
  GoSlice a = getSlice(base, w);
  const Eface* e = static_cast<const Eface*>(a.ptr);
  return std::vector<Eface>(e, e + a.len);
}

void setNilError(uint64_t* base, int w) { setIface(base, w, nullptr, nullptr); }

// Whether w holds a non-nil *os.File that is not pollable (a pipe's reads and writes go
// through its methods, which park on the poller); *fd gets its descriptor (os.File's
// first field; the poller's descriptor is the second).
bool osFile(const Iface& w, int64_t* fd) {
  if (!w.tab || !w.data) return false;
  const Type* t = w.tab->type;
  if (t->kind != runtime::Kind::Pointer || t->str != "*os.File") return false;
  uint64_t words[2];
  std::memcpy(words, w.data, sizeof words);
  *fd = int64_t(words[0]);
  return *fd >= 0 && words[1] == 0;
}

// func fileFd(r io.Reader) (fd int, ok bool)
GOLITE_NATIVE("fmt.fileFd", [](vm::Thread*, uint64_t* base) {
  int64_t fd = -1;
  bool ok = osFile(getIface(base, 0), &fd);
  setInt(base, 0, fd);
  setBool(base, 1, ok);
});

// Writes s to w and stores Write's results (n int, err error) at the frame's base[0..2].
void writeTo(vm::Thread* th, FrameRef frame, Iface w, const std::string& s) {
  if (!w.tab) runtime::panicNilDeref();
  int64_t fd;
  if (osFile(w, &fd)) {
    int64_t r = runtime::writeFd(int(fd), s.data(), s.size());
    if (r == int64_t(s.size())) {
      uint64_t* base = frame.base();
      setInt(base, 0, r);
      setNilError(base, 1);
      return;
    }
    // A failed write: let (*os.File).Write try again and build the error in Go.
  }
  void* p = runtime::mallocgc(s.size() ? s.size() : 1, nullptr, false);
  std::memcpy(p, s.data(), s.size());
  uint64_t args[4] = {reinterpret_cast<uint64_t>(w.data), reinterpret_cast<uint64_t>(p),
                      uint64_t(s.size()), uint64_t(s.size())};
  uint64_t res[3] = {0, 0, 0};
  vm::callProto(th, w.tab->fun[0], args, 4, res, 3);
  uint64_t* base = frame.base();
  base[0] = res[0];
  base[1] = res[1];
  base[2] = res[2];
}

void writeStdout(FrameRef frame, const std::string& s) {
  runtime::writeFd(1, s.data(), s.size());
  uint64_t* base = frame.base();
  setInt(base, 0, int64_t(s.size()));
  setNilError(base, 1);
}

void returnString(FrameRef frame, const std::string& s) {
  runtime::GoString g = runtime::gostring(s);
  setString(frame.base(), 0, g);
}

// func Print(a ...any) (n int, err error)
void printNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::vector<Eface> a = operands(base, 0);
  std::string out;
  sprint(th, out, a.data(), a.size());
  writeStdout(frame, out);
}

// func Println(a ...any) (n int, err error)
void printlnNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::vector<Eface> a = operands(base, 0);
  std::string out;
  sprintln(th, out, a.data(), a.size());
  writeStdout(frame, out);
}

// func Printf(format string, a ...any) (n int, err error)
void printfNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::string format(getStringView(base, 0));
  std::vector<Eface> a = operands(base, 2);
  std::string out;
  sprintf(th, out, format, a.data(), a.size());
  writeStdout(frame, out);
}

// func Sprint(a ...any) string
void sprintNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::vector<Eface> a = operands(base, 0);
  std::string out;
  sprint(th, out, a.data(), a.size());
  returnString(frame, out);
}

// func Sprintln(a ...any) string
void sprintlnNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::vector<Eface> a = operands(base, 0);
  std::string out;
  sprintln(th, out, a.data(), a.size());
  returnString(frame, out);
}

// func Sprintf(format string, a ...any) string
void sprintfNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::string format(getStringView(base, 0));
  std::vector<Eface> a = operands(base, 2);
  std::string out;
  sprintf(th, out, format, a.data(), a.size());
  returnString(frame, out);
}

// func Fprint(w io.Writer, a ...any) (n int, err error)
void fprintNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  Iface w = getIface(base, 0);
  std::vector<Eface> a = operands(base, 2);
  std::string out;
  sprint(th, out, a.data(), a.size());
  writeTo(th, frame, w, out);
}

// func Fprintln(w io.Writer, a ...any) (n int, err error)
void fprintlnNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  Iface w = getIface(base, 0);
  std::vector<Eface> a = operands(base, 2);
  std::string out;
  sprintln(th, out, a.data(), a.size());
  writeTo(th, frame, w, out);
}

// func Fprintf(w io.Writer, format string, a ...any) (n int, err error)
void fprintfNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  Iface w = getIface(base, 0);
  std::string format(getStringView(base, 2));
  std::vector<Eface> a = operands(base, 4);
  std::string out;
  sprintf(th, out, format, a.data(), a.size());
  writeTo(th, frame, w, out);
}

// func errorf(format string, a []any) (msg string, wrapped int)
// Errorf's formatting: %w accepted; wrapped is the index of its operand or -1.
void errorfNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::string format(getStringView(base, 0));
  std::vector<Eface> a = operands(base, 2);
  std::string out;
  int wrapped = -1;
  sprintf(th, out, format, a.data(), a.size(), &wrapped);
  returnString(frame, out);
  setInt(frame.base(), 2, wrapped);
}

// --- scanning ---------------------------------------------------------------------------

// Stores a scan's outcome as the natives' results (n int, e int, msg string, err error);
// the Go side (stdlib/go/fmt) turns e into the error value: 0 nil, 1 io.EOF,
// 2 io.ErrUnexpectedEOF, 3 errors.New(msg), 4 the reader's own error, 5 err.
void scanResults(FrameRef frame, const ScanResult& r) {
  runtime::GoString msg = runtime::gostring(r.message);
  uint64_t* base = frame.base();
  setInt(base, 0, r.n);
  setInt(base, 1, int64_t(r.err));
  setString(base, 2, msg);
  setIface(base, 4, r.value.tab, r.value.data);
}

ScanMode scanMode(int64_t m) {
  return m == 0 ? ScanMode::Scan : m == 1 ? ScanMode::Scanln : ScanMode::Scanf;
}

// func sscan(str string, mode int, format string, a []any) (n int, e int, msg string)
void sscanNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  std::string str(getStringView(base, 0));
  ScanMode mode = scanMode(getInt(base, 2));
  std::string format(getStringView(base, 3));
  std::vector<Eface> a = operands(base, 5);
  StringRuneSource src(str);
  scanResults(frame, scan(th, src, mode, format, a.data(), a.size()));
}

// func scanFd(fd int, mode int, format string, a []any) (n int, e int, msg string)
void scanFdNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  int fd = int(getInt(base, 0));
  ScanMode mode = scanMode(getInt(base, 1));
  std::string format(getStringView(base, 2));
  std::vector<Eface> a = operands(base, 4);
  FdRuneSource src(fd);
  scanResults(frame, scan(th, src, mode, format, a.data(), a.size()));
}

// Runes from Go: next() returns a rune, -1 at EOF or -2 after a reader error.
class GoRuneSource : public RuneSource {
 public:
  GoRuneSource(vm::Thread* th, runtime::Closure* next, runtime::Closure* unread)
      : th_(th), next_(next), unread_(unread) {}
  int32_t readRune() override {
    uint64_t r = 0;
    vm::callClosure(th_, next_, nullptr, 0, &r, 1);
    int32_t rr = int32_t(uint32_t(r));
    if (rr == -2) throw ScanFailure{ScanErr::Reader, ""};
    return rr < 0 ? kScanEOF : rr;
  }
  void unreadRune() override { vm::callClosure(th_, unread_, nullptr, 0, nullptr, 0); }

 private:
  vm::Thread* th_;
  runtime::Closure* next_;
  runtime::Closure* unread_;
};

// func scanFunc(next func() rune, unread func(), mode int, format string, a []any) (n int, e int, msg string)
void scanFuncNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  auto* next = reinterpret_cast<runtime::Closure*>(base[0]);
  auto* unread = reinterpret_cast<runtime::Closure*>(base[1]);
  ScanMode mode = scanMode(getInt(base, 2));
  std::string format(getStringView(base, 3));
  std::vector<Eface> a = operands(base, 5);
  GoRuneSource src(th, next, unread);
  scanResults(frame, scan(th, src, mode, format, a.data(), a.size()));
}

// func scanNested(h uintptr, mode int, format string, a []any) (n int, e int, msg string, err error)
void scanNestedNative(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  uintptr_t h = uintptr_t(getUint(base, 0));
  ScanMode mode = scanMode(getInt(base, 1));
  std::string format(getStringView(base, 2));
  std::vector<Eface> a = operands(base, 4);
  scanResults(frame, scanNested(h, mode, format, a.data(), a.size()));
}

// --- fmt.State for Formatters: *pstate's methods ----------------------------------------

Printer* statePrinter(const uint64_t* base) {
  Printer* p;
  std::memcpy(&p, reinterpret_cast<const void*>(base[0]), sizeof p);
  return p;
}

// func (s *pstate) Write(b []byte) (n int, err error)
void stateWrite(vm::Thread*, uint64_t* base) {
  GoSlice b = getSlice(base, 1);
  statePrinter(base)->buf.append(static_cast<const char*>(b.ptr), size_t(b.len));
  setInt(base, 0, b.len);
  setNilError(base, 1);
}

// func (s *pstate) WriteString(str string) (n int, err error)
void stateWriteString(vm::Thread*, uint64_t* base) {
  GoString str = getString(base, 1);
  statePrinter(base)->buf.append(str.view());
  setInt(base, 0, str.len);
  setNilError(base, 1);
}

// func (s *pstate) Width() (wid int, ok bool)
void stateWidth(vm::Thread*, uint64_t* base) {
  Printer* p = statePrinter(base);
  setInt(base, 0, p->fmt.wid);
  setBool(base, 1, p->fmt.f.widPresent);
}

// func (s *pstate) Precision() (prec int, ok bool)
void statePrecision(vm::Thread*, uint64_t* base) {
  Printer* p = statePrinter(base);
  setInt(base, 0, p->fmt.prec);
  setBool(base, 1, p->fmt.f.precPresent);
}

// func (s *pstate) Flag(c int) bool
void stateFlag(vm::Thread*, uint64_t* base) {
  const Flags& f = statePrinter(base)->fmt.f;
  bool r = false;
  switch (getInt(base, 1)) {
    case '-': r = f.minus; break;
    case '+': r = f.plus || f.plusV; break;
    case '#': r = f.sharp || f.sharpV; break;
    case ' ': r = f.space; break;
    case '0': r = f.zero; break;
  }
  setBool(base, 0, r);
}

// func registerState(s State): remembers the itab of (fmt.State, *pstate).
void registerState(vm::Thread*, uint64_t* base) {
  stateItab = reinterpret_cast<runtime::Itab*>(base[0]);
}

// REPL: golite.replShow(v any, typ string) prints an input's value as `VALUE  // TYPE`:
// numbers as %v prints them, everything else as %#v (Go syntax: quoted strings, typed
// composite literals).
void replShow(vm::Thread* th, uint64_t* base) {
  FrameRef frame(th, base);
  Eface v{reinterpret_cast<const runtime::Type*>(base[0]), reinterpret_cast<void*>(base[1])};
  std::string typ(getStringView(base, 2));
  bool number = v.type && v.type->kind >= runtime::Kind::Int && v.type->kind <= runtime::Kind::Complex128;
  std::string out;
  sprintf(th, out, number ? "%v" : "%#v", &v, 1);
  out += "  // " + typ + "\n";
  runtime::writeFd(1, out.data(), out.size());
}

GOLITE_NATIVE("golite.replShow", replShow);

GOLITE_NATIVE("fmt.pstate.Write", stateWrite);
GOLITE_NATIVE("fmt.pstate.WriteString", stateWriteString);
GOLITE_NATIVE("fmt.pstate.Width", stateWidth);
GOLITE_NATIVE("fmt.pstate.Precision", statePrecision);
GOLITE_NATIVE("fmt.pstate.Flag", stateFlag);
GOLITE_NATIVE("fmt.registerState", registerState);

GOLITE_NATIVE("fmt.sscan", sscanNative);
GOLITE_NATIVE("fmt.scanFd", scanFdNative);
GOLITE_NATIVE("fmt.scanFunc", scanFuncNative);
GOLITE_NATIVE("fmt.scanNested", scanNestedNative);

GOLITE_NATIVE("fmt.Print", printNative);
GOLITE_NATIVE("fmt.Println", printlnNative);
GOLITE_NATIVE("fmt.Printf", printfNative);
GOLITE_NATIVE("fmt.Sprint", sprintNative);
GOLITE_NATIVE("fmt.Sprintln", sprintlnNative);
GOLITE_NATIVE("fmt.Sprintf", sprintfNative);
GOLITE_NATIVE("fmt.Fprint", fprintNative);
GOLITE_NATIVE("fmt.Fprintln", fprintlnNative);
GOLITE_NATIVE("fmt.Fprintf", fprintfNative);
GOLITE_NATIVE("fmt.errorf", errorfNative);

}  // namespace
}  // namespace golite::stdlib::fmt
