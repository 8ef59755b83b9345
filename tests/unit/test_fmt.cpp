// fmt's formatting engine against the real Go: data/fmt_cases.txt holds, for each case, the
// operands' names, a format and what Go 1.19's fmt.Sprintf printed (regenerate it with
// data/fmt_cases.go). Here the same operands are built by hand from runtime type
// descriptors laid out as the compiler lays them out, and formatted by stdlib/format.h.
//
// Methods (String, Error, GoString) are vm::Protos with a native body, called through
// vm::callProto as the real VM calls them. The weak definitions at the end stand in for
// runtime and VM functions while those are not linked in (a unit build of stdlib alone).
#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <cstring>
#include <deque>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/map.h"
#include "runtime/panic.h"
#include "runtime/type.h"
#include "runtime/value.h"
#include "stdlib/format.h"
#include "stdlib/strconv.h"
#include "vm/native.h"
#include "vm/proto.h"
#include "vm/interp_support.h"
#include "vm/thread.h"

using namespace golite;
using runtime::Eface;
using runtime::GoSlice;
using runtime::GoString;
using runtime::Kind;
using runtime::Type;

namespace {

// --- type descriptors -------------------------------------------------------------------

struct Types {
  std::deque<Type> all;
  std::deque<vm::Proto> protos;

  Type* make(Kind k, std::string str, uint64_t size, uint8_t align) {
    Type& t = all.emplace_back();
    t.kind = k;
    t.str = std::move(str);
    t.size = size;
    t.align = align;
    t.tflag = runtime::TFlagComparable;
    return &t;
  }
  Type* basic(Kind k, const char* name, uint64_t size) {
    Type* t = make(k, name, size, uint8_t(size > 8 ? 8 : size));
    t->name = name;
    t->tflag |= runtime::TFlagNamed;
    return t;
  }
  Type* named(Type* under, const char* name) {
    Type* t = &all.emplace_back(*under);
    t->str = std::string("main.") + name;
    t->ptrToThis = nullptr;
    t->name = name;
    t->pkgPath = "main";
    t->tflag |= runtime::TFlagNamed;
    t->methods.clear();
    return t;
  }
  Type* ptrTo(Type* elem) {
    Type* t = make(Kind::Pointer, "*" + elem->str, 8, 8);
    t->elem = elem;
    t->tflag |= runtime::TFlagDirectIface;
    elem->ptrToThis = t;
    return t;
  }
  Type* sliceOf(Type* elem) {
    Type* t = make(Kind::Slice, "[]" + elem->str, 24, 8);
    t->elem = elem;
    t->tflag &= ~runtime::TFlagComparable;
    return t;
  }
  Type* arrayOf(Type* elem, int64_t n) {
    Type* t = make(Kind::Array, "[" + std::to_string(n) + "]" + elem->str, elem->size * n,
                   elem->align);
    t->elem = elem;
    t->len = n;
    return t;
  }
  Type* mapOf(Type* key, Type* elem) {
    Type* t = make(Kind::Map, "map[" + key->str + "]" + elem->str, 8, 8);
    t->key = key;
    t->elem = elem;
    t->tflag |= runtime::TFlagDirectIface;
    t->tflag &= ~runtime::TFlagComparable;
    t->keysize = uint8_t(key->size);
    t->valuesize = uint8_t(elem->size);
    t->bucketsize = uint16_t(8 + 8 * key->size + 8 * elem->size + 8);
    return t;
  }
  Type* structOf(std::string str, std::vector<runtime::StructField> fields) {
    uint64_t off = 0;
    uint8_t align = 1;
    for (auto& f : fields) {
      off = (off + f.typ->align - 1) / f.typ->align * f.typ->align;
      f.offset = off;
      off += f.typ->size;
      align = std::max(align, f.typ->align);
      f.exported = !f.name.empty() && f.name[0] >= 'A' && f.name[0] <= 'Z';
    }
    off = (off + align - 1) / align * align;
    Type* t = make(Kind::Struct, std::move(str), off, align);
    t->fields = std::move(fields);
    return t;
  }
  // A method `func() string` whose body is the native fn.
  void addStringMethod(Type* t, const char* name, vm::NativeFn fn, Type* stringType) {
    vm::Proto& p = protos.emplace_back();
    p.name = t->str + "." + name;
    p.native = fn;
    p.paramWords = 1;
    p.resultWords = 2;
    Type* mt = make(Kind::Func, "func() string", 8, 8);
    mt->out.push_back(stringType);
    runtime::Method m;
    m.name = name;
    m.mtyp = mt;
    m.ifn = &p;
    m.tfn = &p;
    t->methods.push_back(m);
  }
};

// --- Go values --------------------------------------------------------------------------

std::deque<std::string> gStrings;

GoString str(std::string s) {
  gStrings.push_back(std::move(s));
  return GoString{reinterpret_cast<const uint8_t*>(gStrings.back().data()),
                  int64_t(gStrings.back().size())};
}

template <typename T>
void* box(const T& v) {
  void* p = std::calloc(1, sizeof(T) < 8 ? 8 : sizeof(T));
  std::memcpy(p, &v, sizeof v);
  return p;
}

struct World {
  Types ty;
  Type *tInt, *tInt8, *tInt32, *tUint8, *tUint16, *tUint32, *tUint64, *tUintptr, *tFloat32,
      *tFloat64, *tComplex64, *tComplex128, *tString, *tBool, *tAny, *tError;
  std::map<std::string, Eface> values;
  vm::Thread thread;

  World() {
    tInt = ty.basic(Kind::Int, "int", 8);
    tInt8 = ty.basic(Kind::Int8, "int8", 1);
    tInt32 = ty.basic(Kind::Int32, "int32", 4);
    tUint8 = ty.basic(Kind::Uint8, "uint8", 1);
    tUint16 = ty.basic(Kind::Uint16, "uint16", 2);
    tUint32 = ty.basic(Kind::Uint32, "uint32", 4);
    tUint64 = ty.basic(Kind::Uint64, "uint64", 8);
    tUintptr = ty.basic(Kind::Uintptr, "uintptr", 8);
    tFloat32 = ty.basic(Kind::Float32, "float32", 4);
    tFloat64 = ty.basic(Kind::Float64, "float64", 8);
    tComplex64 = ty.basic(Kind::Complex64, "complex64", 8);
    tComplex128 = ty.basic(Kind::Complex128, "complex128", 16);
    tString = ty.basic(Kind::String, "string", 16);
    tBool = ty.basic(Kind::Bool, "bool", 1);
    tAny = ty.make(Kind::Interface, "interface {}", 16, 8);
    tError = ty.make(Kind::Interface, "error", 16, 8);
    tError->name = "error";
    tError->tflag |= runtime::TFlagNamed;
    runtime::IMethod em;
    em.name = "Error";
    tError->imethods.push_back(em);
    build();
  }

  void set(const std::string& name, const Type* t, void* data) { values[name] = Eface{t, data}; }
  template <typename T>
  void setBoxed(const std::string& name, const Type* t, const T& v) {
    set(name, t, box(v));
  }

  static void returnString(uint64_t* base, const std::string& s) {
    GoString g = str(s);
    base[0] = reinterpret_cast<uint64_t>(g.ptr);
    base[1] = uint64_t(g.len);
  }

  void build();
};

World* gWorld;

// Methods of the test types, as natives: base[0] is the receiver's interface data word.
void myIntString(vm::Thread*, uint64_t* base) {
  int64_t v = *reinterpret_cast<int64_t*>(base[0]);
  World::returnString(base, "MyInt(" + std::to_string(v) + ")");
}
void eError(vm::Thread*, uint64_t* base) {
  GoString msg = *reinterpret_cast<GoString*>(base[0]);
  World::returnString(base, "E:" + std::string(msg.view()));
}
void pString(vm::Thread*, uint64_t*) {
  throw runtime::GoPanic{Eface{gWorld->tString, box(str("boom"))}};
}
void npString(vm::Thread*, uint64_t* base) {
  auto* np = reinterpret_cast<int64_t*>(base[0]);
  if (!np) throw runtime::GoPanic{Eface{gWorld->tString, box(str("nil deref"))}};
  World::returnString(base, std::to_string(*np));
}
void gGoString(vm::Thread*, uint64_t* base) { World::returnString(base, "G!"); }

runtime::hmap* newMap(const Type* mt, std::vector<std::pair<const void*, const void*>> kv) {
  runtime::hmap* h = runtime::makemap(mt, int64_t(kv.size()));
  for (auto& [k, v] : kv) {
    void* slot = runtime::mapassign(mt, h, k);
    std::memcpy(slot, v, mt->elem->size);
  }
  return h;
}

void World::build() {
  gWorld = this;
  setBoxed("i0", tInt, int64_t(0));
  setBoxed("i42", tInt, int64_t(42));
  setBoxed("ineg", tInt, int64_t(-42));
  setBoxed("imin", tInt, std::numeric_limits<int64_t>::min());
  setBoxed("imax", tInt, std::numeric_limits<int64_t>::max());
  setBoxed("i8", tInt8, int8_t(-5));
  setBoxed("u8", tUint8, uint8_t(200));
  setBoxed("u16", tUint16, uint16_t(65535));
  setBoxed("u32", tUint32, uint32_t(4000000000u));
  setBoxed("u64", tUint64, std::numeric_limits<uint64_t>::max());
  setBoxed("uptr", tUintptr, uint64_t(0x1234));
  setBoxed("r", tInt32, int32_t('x'));
  setBoxed("remoji", tInt32, int32_t(0x1F600));
  setBoxed("rbad", tInt32, int32_t(0x110000));
  setBoxed("width", tInt, int64_t(5));
  setBoxed("negw", tInt, int64_t(-6));
  setBoxed("prec", tInt, int64_t(2));

  setBoxed("f0", tFloat64, 0.0);
  setBoxed("f1", tFloat64, 1.0);
  setBoxed("fpi", tFloat64, 3.141592653589793);
  setBoxed("fbig", tFloat64, 1e21);
  setBoxed("fmil", tFloat64, 1000000.0);
  setBoxed("f1e20", tFloat64, 1e20);
  setBoxed("fsmall", tFloat64, 1e-5);
  setBoxed("f1e-4", tFloat64, 0.0001);
  setBoxed("fneg", tFloat64, -2.5);
  setBoxed("fnan", tFloat64, std::nan(""));
  setBoxed("finf", tFloat64, HUGE_VAL);
  setBoxed("fninf", tFloat64, -HUGE_VAL);
  setBoxed("fnegz", tFloat64, -0.0);
  setBoxed("f32", tFloat32, 0.1f);
  setBoxed("f32b", tFloat32, 16777216.0f);
  setBoxed("f123", tFloat64, 123456789.0);
  setBoxed("ftiny", tFloat64, 5e-324);
  setBoxed("fmax", tFloat64, std::numeric_limits<double>::max());
  setBoxed("fthird", tFloat64, 1.0 / 3);
  setBoxed("f2_5", tFloat64, 2.5);
  setBoxed("f0_5", tFloat64, 0.5);
  setBoxed("f1_005", tFloat64, 1.005);
  double c[2] = {1, -2};
  setBoxed("c", tComplex128, c);
  float c64[2] = {1.5f, 2};
  setBoxed("c64", tComplex64, c64);

  setBoxed("s", tString, str("hello"));
  setBoxed("sempty", tString, str(""));
  setBoxed("suni", tString, str("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c"));
  setBoxed("sesc", tString, str(std::string("a\tb\n\"q\"\0\xff`", 10)));
  setBoxed("sraw", tString, str("C:\\dir"));
  setBoxed("bt", tBool, uint8_t(1));
  setBoxed("bf", tBool, uint8_t(0));

  Type* tBytes = ty.sliceOf(tUint8);
  GoString hi = str("hi");
  setBoxed("bs", tBytes, GoSlice{const_cast<uint8_t*>(hi.ptr), 2, 2});
  setBoxed("bsnil", tBytes, GoSlice{nullptr, 0, 0});
  Type* tInts = ty.sliceOf(tInt);
  int64_t* ints = new int64_t[3]{1, 2, 3};
  setBoxed("sl", tInts, GoSlice{ints, 3, 3});
  setBoxed("slnil", tInts, GoSlice{nullptr, 0, 0});
  Type* tStrings = ty.sliceOf(tString);
  GoString* strs = new GoString[2]{str("a"), str("b c")};
  setBoxed("sls", tStrings, GoSlice{strs, 2, 2});
  Type* tArr3 = ty.arrayOf(tInt, 3);
  setBoxed("ar", tArr3, std::array<int64_t, 3>{1, 2, 3});
  Type* tArrB = ty.arrayOf(tUint8, 2);
  setBoxed("arb", tArrB, std::array<uint8_t, 2>{1, 2});
  Type* tAnys = ty.sliceOf(tAny);
  Eface* anys = new Eface[4]{{tInt, box(int64_t(1))}, {tString, box(str("a"))}, {nullptr, nullptr},
                             {tFloat64, box(2.5)}};
  setBoxed("anysl", tAnys, GoSlice{anys, 4, 4});

  // Maps.
  Type* tMapSI = ty.mapOf(tString, tInt);
  GoString ka = str("a"), kb = str("b"), kc = str("c"), kk = str("k");
  int64_t v1 = 1, v2 = 2, v3 = 3, v0 = 0;
  set("m", tMapSI, newMap(tMapSI, {{&kb, &v2}, {&ka, &v1}, {&kc, &v3}}));
  set("mnil", tMapSI, nullptr);
  Type* tMapIS = ty.mapOf(tInt, tString);
  int64_t k3 = 3, k1 = 1, km2 = -2;
  set("mi", tMapIS, newMap(tMapIS, {{&k3, &kc}, {&k1, &ka}, {&km2, &kb}}));
  Type* tMapBI = ty.mapOf(tBool, tInt);
  uint8_t bTrue = 1, bFalse = 0;
  set("mb", tMapBI, newMap(tMapBI, {{&bTrue, &v1}, {&bFalse, &v0}}));
  Type* tMapFS = ty.mapOf(tFloat64, tString);
  double f25 = 2.5, fm1 = -1, finf = HUGE_VAL;
  GoString sx = str("x"), sy = str("y"), sz = str("z");
  set("mf", tMapFS, newMap(tMapFS, {{&f25, &sx}, {&fm1, &sy}, {&finf, &sz}}));

  // Structs and pointers.
  Type* tT = ty.structOf("main.T", {{"A", tInt}, {"B", tString}});
  tT->name = "T";
  tT->pkgPath = "main";
  tT->tflag |= runtime::TFlagNamed;
  Type* tPT = ty.ptrTo(tT);
  struct TV {
    int64_t a;
    GoString b;
  };
  setBoxed("st", tT, TV{1, str("x")});
  set("pst", tPT, box(TV{2, str("y")}));
  set("nilT", tPT, nullptr);
  Type* tPInt = ty.ptrTo(tInt);
  set("nilptr", tPInt, nullptr);

  Type* tMyInt = ty.named(tInt, "MyInt");
  ty.addStringMethod(tMyInt, "String", myIntString, tString);
  Type* tPMyInt = ty.ptrTo(tMyInt);
  tPMyInt->methods = tMyInt->methods;
  setBoxed("my", tMyInt, int64_t(5));
  Type* tMyInts = ty.sliceOf(tMyInt);
  setBoxed("mys", tMyInts, GoSlice{new int64_t[2]{1, 2}, 2, 2});

  Type* tU = ty.structOf("main.U", {{"T", tT},
                                    {"P", tPInt},
                                    {"I", tAny},
                                    {"E", tError},
                                    {"S", tInts},
                                    {"m", tMyInt},
                                    {"M", tMyInt}});
  tU->fields[0].embedded = true;
  struct UV {
    TV t;
    int64_t* p;
    Eface i;
    runtime::Iface e;
    GoSlice s;
    int64_t m, M;
  };
  static_assert(sizeof(UV) == 104);
  CHECK(tU->size == 104);
  setBoxed("u", tU,
           UV{TV{3, str("z")}, nullptr, Eface{tInt, box(int64_t(5))}, {nullptr, nullptr},
              GoSlice{new int64_t[1]{1}, 1, 1}, 7, 8});
  Type* tSmall = ty.structOf("main.Small", {{"a", tInt}, {"b", tString}});
  setBoxed("small", tSmall, TV{1, str("q")});

  Type* tE = ty.structOf("main.E", {{"msg", tString}});
  Type* tPE = ty.ptrTo(tE);
  ty.addStringMethod(tPE, "Error", eError, tString);
  set("err", tPE, box(str("bad")));

  Type* tP = ty.named(tInt, "P");
  ty.addStringMethod(tP, "String", pString, tString);
  setBoxed("panic", tP, int64_t(1));
  Type* tNP = ty.structOf("main.NP", {{"x", tInt}});
  Type* tPNP = ty.ptrTo(tNP);
  ty.addStringMethod(tPNP, "String", npString, tString);
  set("nilnp", tPNP, nullptr);
  Type* tG = ty.named(tInt, "G");
  ty.addStringMethod(tG, "GoString", gGoString, tString);
  setBoxed("g", tG, int64_t(3));

  Type* tPInts = ty.ptrTo(tInts);
  set("pslice", tPInts, box(GoSlice{new int64_t[2]{4, 5}, 2, 2}));
  Type* tPMap = ty.ptrTo(tMapSI);
  set("pmap", tPMap, box(newMap(tMapSI, {{&kk, &v1}})));
  Type* tArrS = ty.arrayOf(tString, 2);
  Type* tPArrS = ty.ptrTo(tArrS);
  GoString pq[2] = {str("p"), str("q")};
  set("parr", tPArrS, box(pq));

  set("nil", nullptr, nullptr);
}

World& world() {
  static World* w = new World;
  return *w;
}

struct Case {
  std::string args, format, want;
  int line;
};

std::vector<Case> loadCases() {
  std::string path = __FILE__;
  path = path.substr(0, path.rfind('/')) + "/data/fmt_cases.txt";
  std::ifstream in(path);
  REQUIRE(in.good());
  std::vector<Case> cases;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    n++;
    size_t t1 = line.find('\t'), t2 = line.find('\t', t1 + 1);
    Case c;
    c.args = line.substr(0, t1);
    std::string fq = line.substr(t1 + 1, t2 - t1 - 1);
    if (fq == "print" || fq == "println") {
      c.format = fq;
    } else {
      REQUIRE(stdlib::strconv::unquote(fq, &c.format));
    }
    REQUIRE(stdlib::strconv::unquote(line.substr(t2 + 1), &c.want));
    c.line = n;
    cases.push_back(std::move(c));
  }
  return cases;
}

std::vector<Eface> argsOf(const std::string& names) {
  std::vector<Eface> args;
  std::stringstream ss(names);
  std::string name;
  while (std::getline(ss, name, ',')) {
    auto it = world().values.find(name);
    REQUIRE_MESSAGE(it != world().values.end(), name);
    args.push_back(it->second);
  }
  return args;
}

}  // namespace

TEST_CASE("fmt formats every case as Go 1.19 does") {
  int failures = 0;
  std::vector<Case> cases = loadCases();
  CHECK(cases.size() > 1000);
  for (const Case& c : cases) {
    std::vector<Eface> args = argsOf(c.args);
    std::string got;
    if (c.format == "print") {
      stdlib::fmt::sprint(&world().thread, got, args.data(), args.size());
    } else if (c.format == "println") {
      stdlib::fmt::sprintln(&world().thread, got, args.data(), args.size());
    } else {
      stdlib::fmt::sprintf(&world().thread, got, c.format, args.data(), args.size());
    }
    if (got != c.want && ++failures <= 40) {
      std::string q, w, f;
      stdlib::strconv::appendQuote(q, got, '"', false, false);
      stdlib::strconv::appendQuote(w, c.want, '"', false, false);
      stdlib::strconv::appendQuote(f, c.format, '"', false, false);
      FAIL_CHECK("line " << c.line << ": " << c.args << " " << f << ": got " << q << ", want " << w);
    }
  }
  CHECK(failures == 0);
}

TEST_CASE("fmt Errorf wraps the operand of %w") {
  World& w = world();
  std::string out;
  int wrapped = -2;
  std::vector<Eface> args = {w.values["s"], w.values["err"]};
  stdlib::fmt::sprintf(&w.thread, out, "%s: %w", args.data(), args.size(), &wrapped);
  CHECK(out == "hello: E:bad");
  CHECK(wrapped == 1);
  out.clear();
  stdlib::fmt::sprintf(&w.thread, out, "%w", args.data(), 1, &wrapped);
  CHECK(out == "%!w(string=hello)");
  CHECK(wrapped == -1);
  out.clear();
  stdlib::fmt::sprintf(&w.thread, out, "%w", args.data() + 1, 1, nullptr);
  CHECK(out == "%!w(*main.E=&{bad})");
}

TEST_CASE("fmt formatValue and the runtime's panic forms") {
  World& w = world();
  std::string out;
  int64_t v = 42;
  stdlib::fmt::formatValue(&w.thread, out, w.tInt, &v, 'v');
  CHECK(out == "42");
  out.clear();
  vm::printPanicValue(&w.thread, out, w.values["err"]);
  CHECK(out == "E:bad");
  out.clear();
  vm::printPanicValue(&w.thread, out, w.values["fpi"]);
  CHECK(out == "+3.141593e+000");
  out.clear();
  vm::printPanicValue(&w.thread, out, w.values["c"]);
  CHECK(out == "(+1.000000e+000-2.000000e+000i)");
  out.clear();
  vm::printPanicValue(&w.thread, out, w.values["my"]);
  CHECK(out == "MyInt(5)");
  out.clear();
  vm::printPanicValue(&w.thread, out, Eface{nullptr, nullptr});
  CHECK(out == "nil");
  out.clear();
  Type* tE = w.ty.named(w.tString, "Str");
  vm::printPanicValue(&w.thread, out, Eface{tE, box(str("x"))});
  CHECK(out == "main.Str(\"x\")");
  out.clear();
  runtime::printfloat(out, 1e100);
  CHECK(out == "+1.000000e+100");
  out.clear();
  runtime::printfloat(out, -0.0);
  CHECK(out == "-0.000000e+000");
}

// --- stand-ins for the runtime and VM when they are not linked --------------------------

namespace golite::runtime {

__attribute__((weak)) GoString gostring(const char* p, size_t n) {
  char* c = static_cast<char*>(std::malloc(n ? n : 1));
  std::memcpy(c, p, n);
  return GoString{reinterpret_cast<const uint8_t*>(c), int64_t(n)};
}
__attribute__((weak)) void* mallocgc(size_t size, const Type*, bool) {
  return std::calloc(1, size ? size : 1);
}
__attribute__((weak)) void panicNilDeref() { throw GoPanic{Eface{nullptr, nullptr}}; }
__attribute__((weak)) void panicRuntime(const std::string&) { throw GoPanic{Eface{nullptr, nullptr}}; }

// A map of insertion-ordered entries: enough for printing.
struct FakeMap {
  const Type* type;
  std::vector<std::pair<void*, void*>> entries;
};
__attribute__((weak)) hmap* makemap(const Type* t, int64_t) {
  return reinterpret_cast<hmap*>(new FakeMap{t, {}});
}
__attribute__((weak)) void* mapassign(const Type* t, hmap* h, const void* key) {
  auto* m = reinterpret_cast<FakeMap*>(h);
  void* k = std::calloc(1, t->key->size);
  std::memcpy(k, key, t->key->size);
  void* e = std::calloc(1, t->elem->size + 8);
  m->entries.push_back({k, e});
  return e;
}
__attribute__((weak)) void mapiterinit(const Type*, hmap* h, hiter* it) {
  it->priv[0] = reinterpret_cast<uint64_t>(h);
  it->priv[1] = 0;
  mapiternext(it);
}
__attribute__((weak)) void mapiternext(hiter* it) {
  auto* m = reinterpret_cast<FakeMap*>(it->priv[0]);
  size_t i = it->priv[1]++;
  // Visit in reverse insertion order, so the test sees sorting do its work.
  if (!m || i >= m->entries.size()) {
    it->key = it->elem = nullptr;
    return;
  }
  auto& e = m->entries[m->entries.size() - 1 - i];
  it->key = e.first;
  it->elem = e.second;
}

}  // namespace golite::runtime

namespace golite::vm {

std::map<std::string, NativeFn>& testRegistry() {
  static std::map<std::string, NativeFn> r;
  return r;
}
__attribute__((weak)) void registerNative(const char* name, NativeFn fn) { testRegistry()[name] = fn; }
__attribute__((weak)) NativeFn findNative(const std::string& name) {
  auto it = testRegistry().find(name);
  return it == testRegistry().end() ? nullptr : it->second;
}
__attribute__((weak)) void Thread::grow(size_t top) { stack.resize(top * 2); }
__attribute__((weak)) void callProto(Thread* th, void* proto, const uint64_t* args, size_t nargs,
                                     uint64_t* results, size_t nresults) {
  uint64_t frame[32] = {};
  std::memcpy(frame, args, nargs * 8);
  static_cast<Proto*>(proto)->native(th, frame);
  std::memcpy(results, frame, nresults * 8);
}

}  // namespace golite::vm
