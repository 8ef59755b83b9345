// Helpers for the runtime unit tests (see test_runtime_support.h).
#include "tests/unit/test_runtime_support.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include "runtime/malloc.h"
#include "runtime/string.h"

namespace golite::runtime::testing {

namespace {

Type* leak(Type t) { return new Type(std::move(t)); }

Type basic(Kind k, uint64_t size, const char* str, bool regular = true) {
  Type t;
  t.kind = k;
  t.size = size;
  t.align = uint8_t(size > 8 ? 8 : size);
  t.str = str;
  t.hash = uint32_t(std::hash<std::string>{}(str));
  t.tflag = TFlagComparable | (regular ? TFlagRegularMemory : 0);
  return t;
}

std::mutex cacheLock;
std::map<std::pair<const Type*, int64_t>, const Type*> derived;

}  // namespace

const Type* intType() {
  static const Type* t = leak(basic(Kind::Int, 8, "int"));
  return t;
}
const Type* int32Type() {
  static const Type* t = leak(basic(Kind::Int32, 4, "int32"));
  return t;
}
const Type* uint8Type() {
  static const Type* t = leak(basic(Kind::Uint8, 1, "uint8"));
  return t;
}
const Type* float64Type() {
  static const Type* t = leak(basic(Kind::Float64, 8, "float64", false));
  return t;
}
const Type* float32Type() {
  static const Type* t = leak(basic(Kind::Float32, 4, "float32", false));
  return t;
}
const Type* complex128Type() {
  static const Type* t = [] {
    Type c = basic(Kind::Complex128, 16, "complex128", false);
    c.align = 8;
    return leak(c);
  }();
  return t;
}
const Type* stringType() {
  static const Type* t = [] {
    Type s = basic(Kind::String, 16, "string", false);
    s.align = 8;
    s.ptrdata = 8;
    s.gcdata = {1};
    return leak(s);
  }();
  return t;
}
const Type* efaceType() {
  static const Type* t = [] {
    Type s = basic(Kind::Interface, 16, "interface {}", false);
    s.align = 8;
    s.ptrdata = 16;
    s.gcdata = {3};
    return leak(s);
  }();
  return t;
}

const Type* ptrType(const Type* elem) {
  std::lock_guard<std::mutex> g(cacheLock);
  auto& slot = derived[{elem, -1}];
  if (slot == nullptr) {
    Type p = basic(Kind::Pointer, 8, "", true);
    p.str = "*" + elem->str;
    p.hash = uint32_t(std::hash<std::string>{}(p.str));
    p.ptrdata = 8;
    p.gcdata = {1};
    p.elem = elem;
    p.tflag |= TFlagDirectIface;
    slot = leak(p);
  }
  return slot;
}

const Type* sliceType(const Type* elem) {
  std::lock_guard<std::mutex> g(cacheLock);
  auto& slot = derived[{elem, -2}];
  if (slot == nullptr) {
    Type s;
    s.kind = Kind::Slice;
    s.size = 24;
    s.align = 8;
    s.ptrdata = 8;
    s.gcdata = {1};
    s.elem = elem;
    s.str = "[]" + elem->str;
    s.hash = uint32_t(std::hash<std::string>{}(s.str));
    slot = leak(s);  // not comparable
  }
  return slot;
}

const Type* arrayType(const Type* elem, int64_t n) {
  std::lock_guard<std::mutex> g(cacheLock);
  auto& slot = derived[{elem, n + 1000000}];
  if (slot == nullptr) {
    Type a;
    a.kind = Kind::Array;
    a.size = elem->size * uint64_t(n);
    a.align = elem->align;
    a.elem = elem;
    a.len = n;
    a.str = "[" + std::to_string(n) + "]" + elem->str;
    a.hash = uint32_t(std::hash<std::string>{}(a.str));
    a.tflag = elem->tflag & (TFlagComparable | TFlagRegularMemory);
    if (elem->ptrdata != 0 && n > 0) {
      for (int64_t i = 0; i < n; i++) {
        for (uint64_t w = 0; w < elem->ptrdata / 8; w++) {
          if (elem->gcdata[w / 8] >> (w % 8) & 1) {
            uint64_t word = (uint64_t(i) * elem->size) / 8 + w;
            if (a.gcdata.size() <= word / 8) a.gcdata.resize(word / 8 + 1);
            a.gcdata[word / 8] |= uint8_t(1 << (word % 8));
          }
        }
      }
      a.ptrdata = uint64_t(n - 1) * elem->size + elem->ptrdata;
    }
    slot = leak(a);
  }
  return slot;
}

Type* structType(const std::string& str, std::vector<std::pair<std::string, const Type*>> fields) {
  Type s;
  s.kind = Kind::Struct;
  s.str = str;
  s.hash = uint32_t(std::hash<std::string>{}(str));
  s.tflag = TFlagComparable | TFlagRegularMemory;
  uint64_t off = 0;
  uint8_t align = 1;
  for (auto& [name, ft] : fields) {
    uint64_t a = ft->align;
    uint64_t aligned = (off + a - 1) & ~(a - 1);
    if (aligned != off) s.tflag &= ~TFlagRegularMemory;  // padding
    off = aligned;
    StructField f;
    f.name = name;
    f.typ = ft;
    f.offset = off;
    s.fields.push_back(f);
    if (!(ft->tflag & TFlagComparable)) s.tflag &= ~(TFlagComparable | TFlagRegularMemory);
    if (!(ft->tflag & TFlagRegularMemory) || name == "_") s.tflag &= ~TFlagRegularMemory;
    for (uint64_t w = 0; w < ft->ptrdata / 8; w++) {
      if (ft->gcdata[w / 8] >> (w % 8) & 1) {
        uint64_t word = off / 8 + w;
        if (s.gcdata.size() <= word / 8) s.gcdata.resize(word / 8 + 1);
        s.gcdata[word / 8] |= uint8_t(1 << (word % 8));
        s.ptrdata = (word + 1) * 8;
      }
    }
    off += ft->size;
    if (ft->align > align) align = ft->align;
  }
  uint64_t size = (off + align - 1) & ~uint64_t(align - 1);
  if (size != off) s.tflag &= ~TFlagRegularMemory;
  s.size = size;
  s.align = align;
  return leak(s);
}

const Type* mapType(const Type* key, const Type* elem) {
  Type m;
  m.kind = Kind::Map;
  m.size = 8;
  m.align = 8;
  m.ptrdata = 8;
  m.gcdata = {1};
  m.key = key;
  m.elem = elem;
  m.str = "map[" + key->str + "]" + elem->str;
  m.hash = uint32_t(std::hash<std::string>{}(m.str));
  return leak(m);
}

std::string runtimePanicMessage(const std::function<void()>& f) {
  try {
    f();
  } catch (const GoPanic& p) {
    if (!isRuntimeError(p.value.type)) return "<panic of another type>";
    return std::string(static_cast<const GoString*>(p.value.data)->view());
  }
  return "";
}

bool panics(const std::function<void()>& f) {
  try {
    f();
  } catch (const GoPanic&) {
    return true;
  }
  return false;
}

ChildResult runInChild(const std::function<void()>& f) {
  int fds[2];
  if (pipe(fds) != 0) return {-1, "pipe failed"};
  std::fflush(nullptr);
  pid_t pid = fork();
  if (pid == 0) {
    close(fds[0]);
    dup2(fds[1], 2);
    f();
    std::fflush(nullptr);
    std::_Exit(0);
  }
  close(fds[1]);
  std::string err;
  char buf[4096];
  ssize_t n;
  while ((n = read(fds[0], buf, sizeof buf)) > 0) err.append(buf, size_t(n));
  close(fds[0]);
  int st = 0;
  waitpid(pid, &st, 0);
  int status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  return {status, err};
}

}  // namespace golite::runtime::testing
