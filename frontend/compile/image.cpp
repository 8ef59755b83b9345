// A compiled program as bytes, and back: what the program image cache (cli/imagecache.h)
// keeps on disk so that a program run again starts without its front end.
//
// What a run needs from the compiler is the Program's own state: every Proto (code, line
// table, constant pool, frame maps, pointer maps), every type descriptor (runtime::Type),
// the package variables' cells, and the init and main functions. None of it points into
// the front end's syntax trees or types, so it can be written out as it is, with the
// addresses in it replaced by what they name:
//   - a constant-pool entry listed in Proto::relocs names a proto, a descriptor, an itab
//     (its interface and type), a global cell or one of the proto's own strings;
//   - a descriptor's fields name other descriptors, and its methods protos;
//   - a native function is named by Proto::nativeKey (vm::findNative, or compilerNative).
// Reading the image makes fresh objects and puts the addresses back: global cells and
// static closures come from vm::newGlobalCell / vm::giveStaticClosure (the collector's
// roots, as when compiled), itabs from runtime::getitab. The runtime's own error types get
// the methods the compiler gave them (installRuntimeErrors).
//
// saveImage refuses (returns false) a program holding an address it cannot name, so an
// image is complete or not written. loadImage checks every index and length it reads and
// returns false on the first that does not fit: a damaged image is never half-trusted
// (its bytes are also checksummed by the cache).
#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "frontend/compile/codegen.h"

namespace golite {

namespace {

constexpr char kImageMagic[8] = {'G', 'L', 'I', 'M', 'A', 'G', 'E', '2'};

class Writer {
 public:
  std::string out;
  void u64(uint64_t v) {
    while (v >= 0x80) {
      out.push_back(char(v | 0x80));
      v >>= 7;
    }
    out.push_back(char(v));
  }
  void i64(int64_t v) { u64((uint64_t(v) << 1) ^ uint64_t(v >> 63)); }
  void raw(uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
  void str(const std::string& s) {
    u64(s.size());
    out.append(s);
  }
  // Integers that mostly repeat or step by little (line tables, frame-map indexes): each
  // as the varint of its difference from the one before.
  template <class T> void deltas(const std::vector<T>& v) {
    u64(v.size());
    int64_t prev = 0;
    for (T x : v) {
      i64(int64_t(x) - prev);
      prev = int64_t(x);
    }
  }
  // Bit masks, most of them zero or small: each word as a varint.
  void masks(const std::vector<uint64_t>& v) {
    u64(v.size());
    for (uint64_t x : v) u64(x);
  }
  template <class T> void words(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    u64(v.size());
    if (!v.empty()) out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
};

class Reader {
 public:
  explicit Reader(std::string_view in) : p_(in.data()), end_(in.data() + in.size()) {}
  bool ok = true;
  uint64_t u64() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (p_ == end_) return fail();
      uint8_t b = uint8_t(*p_++);
      v |= uint64_t(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    return fail();
  }
  int64_t i64() {
    uint64_t u = u64();
    return int64_t(u >> 1) ^ -int64_t(u & 1);
  }
  uint64_t raw() {
    uint64_t v = 0;
    if (end_ - p_ < 8) return fail();
    std::memcpy(&v, p_, 8);
    p_ += 8;
    return v;
  }
  std::string str() {
    uint64_t n = u64();
    if (uint64_t(end_ - p_) < n) return fail(), std::string();
    std::string s(p_, n);
    p_ += n;
    return s;
  }
  template <class T> void deltas(std::vector<T>& v) {
    v.resize(count());
    int64_t prev = 0;
    for (T& x : v) {
      prev += i64();
      x = T(prev);
    }
  }
  void masks(std::vector<uint64_t>& v) {
    v.resize(count());
    for (uint64_t& x : v) x = u64();
  }
  template <class T> void words(std::vector<T>& v) {
    uint64_t n = u64();
    if (n > uint64_t(end_ - p_) / sizeof(T)) return void(fail());
    v.resize(n);
    if (n) std::memcpy(v.data(), p_, n * sizeof(T));  // (an empty vector's data() may be null)
    p_ += n * sizeof(T);
  }
  // A count of things each at least `least` bytes long, checked against what is left.
  uint64_t count(uint64_t least = 1) {
    uint64_t n = u64();
    return n > uint64_t(end_ - p_) / least ? fail() : n;
  }
  uint64_t fail() {
    ok = false;
    p_ = end_;
    return 0;
  }
  bool atEnd() const { return p_ == end_; }

 private:
  const char* p_;
  const char* end_;
};

// How a constant-pool address is named in the image.
enum class RelocKind : uint8_t { Proto, Type, Itab, Global, String };

// A reference to a descriptor: 0 null, 1 + i the program's i-th, or one of the runtime's
// own (its error types).
constexpr uint64_t kRuntimeTypeBase = uint64_t(1) << 40;

}  // namespace

bool Program::saveImage(vm::Proto* init, vm::Proto* mainFn, std::string& image) const {
  const Impl& m = *impl_;
  std::unordered_map<const void*, uint64_t> protoIndex, typeIndex, globalIndex;
  for (size_t i = 0; i < m.protos.size(); i++) protoIndex[m.protos[i].get()] = i;
  for (size_t i = 0; i < m.rtypes.size(); i++) typeIndex[m.rtypes[i].get()] = i + 1;
  for (int k = 0; k < 3; k++) typeIndex[runtime::runtimeErrorTypes[k]] = kRuntimeTypeBase + k;
  for (size_t i = 0; i < m.globals.size(); i++) globalIndex[m.globals[i]] = i;
  if (m.globalTypes.size() != m.globals.size()) return false;
  bool ok = true;
  Writer w;
  auto type = [&](const runtime::Type* t) {
    if (!t) return w.u64(0);
    auto it = typeIndex.find(t);
    if (it == typeIndex.end()) return void(ok = false);
    w.u64(it->second);
  };
  auto proto = [&](const void* p) {  // 0 null, 1 + index
    if (!p) return w.u64(0);
    auto it = protoIndex.find(p);
    if (it == protoIndex.end()) return void(ok = false);
    w.u64(it->second + 1);
  };
  w.out.append(kImageMagic, 8);
  w.u64(m.protos.size());
  w.u64(m.rtypes.size());
  proto(init);
  proto(mainFn);

  for (const auto& up : m.rtypes) {
    const runtime::Type& t = *up;
    w.u64(t.size);
    w.u64(t.ptrdata);
    w.u64(t.hash);
    w.u64(t.tflag);
    w.u64(t.align);
    w.u64(uint64_t(t.kind));
    w.words(t.gcdata);
    w.str(t.str);
    w.str(t.name);
    w.str(t.pkgPath);
    type(t.elem);
    type(t.key);
    w.i64(t.len);
    w.u64(uint64_t(t.dir));
    w.u64(t.fields.size());
    for (const auto& f : t.fields) {
      w.str(f.name);
      type(f.typ);
      w.u64(f.offset);
      w.u64(uint64_t(f.embedded) | uint64_t(f.exported) << 1);
      w.str(f.tag);
      w.str(f.pkgPath);
    }
    w.u64(t.in.size());
    for (const auto* x : t.in) type(x);
    w.u64(t.out.size());
    for (const auto* x : t.out) type(x);
    w.u64(t.variadic);
    w.u64(t.imethods.size());
    for (const auto& im : t.imethods) {
      w.str(im.name);
      w.str(im.pkgPath);
      type(im.typ);
    }
    w.u64(t.methods.size());
    for (const auto& mm : t.methods) {
      w.str(mm.name);
      w.str(mm.pkgPath);
      type(mm.mtyp);
      proto(mm.ifn);
      proto(mm.tfn);
    }
    type(t.ptrToThis);
    type(t.underlyingNamed);
    w.u64(t.keysize);
    w.u64(t.valuesize);
    w.u64(uint64_t(t.indirectkey) | uint64_t(t.indirectvalue) << 1);
    w.u64(t.bucketsize);
  }

  // The runtime's error types: the methods the compiler gave them.
  for (int k = 0; k < 3; k++) {
    const runtime::Type* t = runtime::runtimeErrorTypes[k];
    w.u64(t->methods.size());
    for (const auto& mm : t->methods) {
      w.str(mm.name);
      type(mm.mtyp);
      proto(mm.ifn);
      proto(mm.tfn);
    }
  }

  w.u64(m.globals.size());
  for (const auto& [t, size] : m.globalTypes) {
    type(t);
    w.u64(size);
  }

  for (const auto& up : m.protos) {
    const vm::Proto& p = *up;
    w.str(p.name);
    w.str(p.file);
    w.i64(p.line);
    w.words(p.code);
    w.deltas(p.lines);
    w.u64(p.frameSize);
    w.u64(p.paramWords);
    w.u64(p.resultWords);
    if (p.native && p.nativeKey.empty()) return false;  // a native the image could not link
    w.str(p.native ? p.nativeKey : std::string());
    w.u64(uint64_t(p.nativeNoStackPointers) | uint64_t(p.wrapper) << 1 | uint64_t(p.hasFrameMaps) << 2 |
          uint64_t(p.staticClosure != nullptr) << 3);
    w.i64(p.deferReturnPc);
    w.u64(p.fobjBytes);
    w.words(p.fobjPtrs);
    w.u64(p.ncaptures);
    w.u64(p.liveWords);
    w.deltas(p.liveAt);
    w.words(p.liveInProgress);
    w.masks(p.liveBits);
    w.words(p.paramPtrs);
    w.words(p.resultPtrs);
    w.words(p.defPtrs);
    w.words(p.defPtrBits);
    w.u64(p.calliArgs.size());
    for (const auto& [pc, n] : p.calliArgs) w.u64(pc), w.u64(n);
    w.u64(p.selectSends.size());
    for (const auto& [pc, v] : p.selectSends) w.u64(pc), w.u64(v.first), w.u64(v.second);
    w.u64(p.strings.size());
    std::unordered_map<uint64_t, uint64_t> stringAt;  // a string's bytes -> its index
    for (size_t i = 0; i < p.strings.size(); i++) {
      w.str(*p.strings[i]);
      stringAt[reinterpret_cast<uint64_t>(p.strings[i]->data())] = i;
    }
    // The pool: numbers as they are, addresses by what they name.
    std::vector<bool> isReloc(p.consts.size());
    for (uint32_t r : p.relocs) {
      if (r >= p.consts.size()) return false;
      isReloc[r] = true;
    }
    w.u64(p.consts.size());
    for (size_t i = 0; i < p.consts.size(); i++) {
      uint64_t v = p.consts[i];
      if (!isReloc[i]) {
        w.u64(0);
        w.raw(v);
        continue;
      }
      const void* a = reinterpret_cast<const void*>(v);
      if (auto it = protoIndex.find(a); it != protoIndex.end()) {
        w.u64(1 + uint64_t(RelocKind::Proto));
        w.u64(it->second);
      } else if (auto it = typeIndex.find(a); it != typeIndex.end()) {
        w.u64(1 + uint64_t(RelocKind::Type));
        w.u64(it->second);
      } else if (auto it = globalIndex.find(a); it != globalIndex.end()) {
        w.u64(1 + uint64_t(RelocKind::Global));
        w.u64(it->second);
      } else if (auto it = stringAt.find(v); it != stringAt.end()) {
        w.u64(1 + uint64_t(RelocKind::String));
        w.u64(it->second);
      } else if (m.itabs.count(a)) {
        const auto* itab = static_cast<const runtime::Itab*>(a);
        w.u64(1 + uint64_t(RelocKind::Itab));
        type(itab->inter);
        type(itab->type);
      } else {
        return false;
      }
    }
    w.words(p.relocs);
  }
  if (!ok) return false;
  image = std::move(w.out);
  return true;
}

bool Program::loadImage(std::string_view image, vm::Proto*& init, vm::Proto*& mainFn) {
  Impl& m = *impl_;
  if (image.size() < 8 || std::memcmp(image.data(), kImageMagic, 8) != 0) return false;
  Reader r(image.substr(8));
  uint64_t nprotos = r.count(8), ntypes = r.count(8);
  if (!r.ok) return false;
  m.protos.reserve(nprotos);
  for (uint64_t i = 0; i < nprotos; i++) m.protos.push_back(std::make_unique<vm::Proto>());
  std::vector<runtime::Type*> types;
  types.reserve(ntypes);
  for (uint64_t i = 0; i < ntypes; i++) {
    m.rtypes.push_back(std::make_unique<runtime::Type>());
    types.push_back(m.rtypes.back().get());
  }
  auto type = [&]() -> const runtime::Type* {
    uint64_t x = r.u64();
    if (x == 0) return nullptr;
    if (x >= kRuntimeTypeBase && x < kRuntimeTypeBase + 3) return runtime::runtimeErrorTypes[x - kRuntimeTypeBase];
    if (x > ntypes) return r.fail(), nullptr;
    return types[x - 1];
  };
  auto proto = [&]() -> vm::Proto* {
    uint64_t x = r.u64();
    if (x == 0) return nullptr;
    if (x > nprotos) return r.fail(), nullptr;
    return m.protos[x - 1].get();
  };
  auto small = [&](uint64_t limit) -> uint64_t {
    uint64_t x = r.u64();
    return x > limit ? r.fail() : x;
  };
  init = proto();
  mainFn = proto();

  for (runtime::Type* t : types) {
    t->size = r.u64();
    t->ptrdata = r.u64();
    t->hash = uint32_t(small(UINT32_MAX));
    t->tflag = uint8_t(small(UINT8_MAX));
    t->align = uint8_t(small(UINT8_MAX));
    t->kind = runtime::Kind(small(uint64_t(runtime::Kind::UnsafePointer)));
    r.words(t->gcdata);
    t->str = r.str();
    t->name = r.str();
    t->pkgPath = r.str();
    t->elem = type();
    t->key = type();
    t->len = r.i64();
    t->dir = runtime::ChanDir(small(uint64_t(runtime::ChanDir::Recv)));
    t->fields.resize(r.count(5));
    for (auto& f : t->fields) {
      f.name = r.str();
      f.typ = type();
      f.offset = r.u64();
      uint64_t flags = r.u64();
      f.embedded = flags & 1;
      f.exported = flags & 2;
      f.tag = r.str();
      f.pkgPath = r.str();
    }
    t->in.resize(r.count());
    for (auto& x : t->in) x = type();
    t->out.resize(r.count());
    for (auto& x : t->out) x = type();
    t->variadic = r.u64();
    t->imethods.resize(r.count(3));
    for (auto& im : t->imethods) {
      im.name = r.str();
      im.pkgPath = r.str();
      im.typ = type();
    }
    t->methods.resize(r.count(5));
    for (auto& mm : t->methods) {
      mm.name = r.str();
      mm.pkgPath = r.str();
      mm.mtyp = type();
      mm.ifn = proto();
      mm.tfn = proto();
    }
    t->ptrToThis = type();
    t->underlyingNamed = type();
    t->keysize = uint8_t(small(UINT8_MAX));
    t->valuesize = uint8_t(small(UINT8_MAX));
    uint64_t ind = r.u64();
    t->indirectkey = ind & 1;
    t->indirectvalue = ind & 2;
    t->bucketsize = uint16_t(small(UINT16_MAX));
    if (!r.ok) return false;
  }

  std::vector<runtime::Method> runtimeErrorMethods[3];
  for (auto& methods : runtimeErrorMethods) {
    methods.resize(r.count(4));
    for (auto& mm : methods) {
      mm.name = r.str();
      mm.mtyp = type();
      mm.ifn = proto();
      mm.tfn = proto();
    }
    if (!r.ok) return false;
  }

  uint64_t nglobals = r.count(2);
  for (uint64_t i = 0; i < nglobals && r.ok; i++) {
    const runtime::Type* t = type();
    uint64_t size = r.u64();
    if (!r.ok || !t || size != std::max<uint64_t>(t->size, 1)) return false;  // as globalCell made it
    m.globals.push_back(vm::newGlobalCell(t, size_t(size)));
    m.globalTypes.push_back({t, size_t(size)});
  }

  for (auto& up : m.protos) {
    vm::Proto& p = *up;
    p.name = r.str();
    p.file = r.str();
    p.line = int(r.i64());
    r.words(p.code);
    r.deltas(p.lines);
    p.frameSize = uint32_t(small(UINT32_MAX));
    p.paramWords = uint32_t(small(UINT32_MAX));
    p.resultWords = uint32_t(small(UINT32_MAX));
    p.nativeKey = r.str();
    if (!p.nativeKey.empty()) {
      p.native = p.nativeKey[0] == '!' ? compilerNative(p.nativeKey) : vm::findNative(p.nativeKey);
      if (!p.native) return false;
    }
    uint64_t flags = r.u64();
    p.nativeNoStackPointers = flags & 1;
    p.wrapper = flags & 2;
    p.hasFrameMaps = flags & 4;
    bool staticClosure = flags & 8;
    p.deferReturnPc = int32_t(r.i64());
    p.fobjBytes = uint32_t(small(UINT32_MAX));
    r.words(p.fobjPtrs);
    p.ncaptures = uint32_t(small(UINT32_MAX));
    p.liveWords = uint32_t(small(UINT32_MAX));
    r.deltas(p.liveAt);
    r.words(p.liveInProgress);
    r.masks(p.liveBits);
    r.words(p.paramPtrs);
    r.words(p.resultPtrs);
    r.words(p.defPtrs);
    r.words(p.defPtrBits);
    p.calliArgs.resize(r.count(2));
    for (auto& [pc, n] : p.calliArgs) pc = uint32_t(small(UINT32_MAX)), n = uint32_t(small(UINT32_MAX));
    p.selectSends.resize(r.count(3));
    for (auto& [pc, v] : p.selectSends)
      pc = uint32_t(small(UINT32_MAX)), v.first = uint32_t(small(UINT32_MAX)), v.second = uint32_t(small(UINT32_MAX));
    p.strings.resize(r.count());
    for (auto& s : p.strings) s = std::make_unique<std::string>(r.str());
    p.consts.resize(r.count());
    for (auto& c : p.consts) {
      uint64_t kind = r.u64();
      if (kind == 0) {
        c = r.raw();
        continue;
      }
      switch (RelocKind(kind - 1)) {
        case RelocKind::Proto: {
          uint64_t i = r.u64();
          c = i < nprotos ? reinterpret_cast<uint64_t>(m.protos[i].get()) : r.fail();
          break;
        }
        case RelocKind::Type: {
          uint64_t x = r.u64();
          if (x >= kRuntimeTypeBase && x < kRuntimeTypeBase + 3)
            c = reinterpret_cast<uint64_t>(runtime::runtimeErrorTypes[x - kRuntimeTypeBase]);
          else if (x >= 1 && x <= ntypes)
            c = reinterpret_cast<uint64_t>(types[x - 1]);
          else
            c = r.fail();
          break;
        }
        case RelocKind::Global: {
          uint64_t i = r.u64();
          c = i < m.globals.size() ? reinterpret_cast<uint64_t>(m.globals[i]) : r.fail();
          break;
        }
        case RelocKind::String: {
          uint64_t i = r.u64();
          c = i < p.strings.size() ? reinterpret_cast<uint64_t>(p.strings[i]->data()) : r.fail();
          break;
        }
        case RelocKind::Itab: {
          const runtime::Type* inter = type();
          const runtime::Type* t = type();
          if (!r.ok || !inter || !t || inter->kind != runtime::Kind::Interface) return false;
          runtime::Itab* itab = runtime::getitab(inter, t, true);
          if (!itab) return false;
          m.itabs.insert(itab);
          c = reinterpret_cast<uint64_t>(itab);
          break;
        }
        default:
          c = r.fail();
      }
    }
    r.words(p.relocs);
    for (uint32_t x : p.relocs)
      if (x >= p.consts.size()) return false;
    if (!r.ok) return false;
    if (staticClosure) vm::giveStaticClosure(&p);
  }
  if (!r.ok || !r.atEnd() || !init || !mainFn) return false;
  // A runtime error type is the runtime's: its methods are given once a process, and only
  // by an image that checked out.
  for (int k = 0; k < 3; k++)
    if (runtime::runtimeErrorTypes[k]->methods.empty())
      runtime::runtimeErrorTypes[k]->methods = std::move(runtimeErrorMethods[k]);
  m.initFinished = true;
  m.init = init;
  m.mapped = m.protos.size();
  return true;
}

}  // namespace golite
