// Map printing order (Go's internal/fmtsort): fmt prints a map's entries sorted by key,
// so output does not depend on the randomized iteration order.
//
// Keys compare by kind: numbers numerically (NaN first), strings bytewise, false before
// true, pointers and channels by address, structs and arrays element by element,
// interfaces by dynamic type (nil first) and then by value. The sort is stable.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

#include "runtime/map.h"
#include "stdlib/fmt_internal.h"

namespace golite::stdlib::fmt {

using runtime::Kind;
using runtime::Type;

namespace {

template <typename T>
T load(const void* p) {
  T v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

template <typename T>
int cmp3(T a, T b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

int floatCompare(double a, double b) {
  if (std::isnan(a)) return -1;  // no good answer if b is a NaN too
  if (std::isnan(b)) return 1;
  return cmp3(a, b);
}

int compare(Value a, Value b);

int nilCompare(bool aNil, bool bNil, bool* decided) {
  *decided = true;
  if (aNil) return bNil ? 0 : -1;
  if (bNil) return 1;
  *decided = false;
  return 0;
}

int compare(Value a, Value b) {
  if (a.t != b.t) return -1;  // no good answer, but they are not equal
  const char* pa = static_cast<const char*>(a.p);
  const char* pb = static_cast<const char*>(b.p);
  switch (a.t->kind) {
    case Kind::Int: return cmp3(load<int64_t>(pa), load<int64_t>(pb));
    case Kind::Int8: return cmp3(load<int8_t>(pa), load<int8_t>(pb));
    case Kind::Int16: return cmp3(load<int16_t>(pa), load<int16_t>(pb));
    case Kind::Int32: return cmp3(load<int32_t>(pa), load<int32_t>(pb));
    case Kind::Int64: return cmp3(load<int64_t>(pa), load<int64_t>(pb));
    case Kind::Uint8: return cmp3(load<uint8_t>(pa), load<uint8_t>(pb));
    case Kind::Uint16: return cmp3(load<uint16_t>(pa), load<uint16_t>(pb));
    case Kind::Uint32: return cmp3(load<uint32_t>(pa), load<uint32_t>(pb));
    case Kind::Uint:
    case Kind::Uint64:
    case Kind::Uintptr:
    case Kind::Pointer:
    case Kind::UnsafePointer:
    case Kind::Chan:
      return cmp3(load<uint64_t>(pa), load<uint64_t>(pb));
    case Kind::String: {
      runtime::GoString x = load<runtime::GoString>(pa), y = load<runtime::GoString>(pb);
      return cmp3(x.view().compare(y.view()), 0);
    }
    case Kind::Float32: return floatCompare(load<float>(pa), load<float>(pb));
    case Kind::Float64: return floatCompare(load<double>(pa), load<double>(pb));
    case Kind::Complex64: {
      if (int c = floatCompare(load<float>(pa), load<float>(pb))) return c;
      return floatCompare(load<float>(pa + 4), load<float>(pb + 4));
    }
    case Kind::Complex128: {
      if (int c = floatCompare(load<double>(pa), load<double>(pb))) return c;
      return floatCompare(load<double>(pa + 8), load<double>(pb + 8));
    }
    case Kind::Bool: {
      bool x = load<uint8_t>(pa) != 0, y = load<uint8_t>(pb) != 0;
      return x == y ? 0 : x ? 1 : -1;
    }
    case Kind::Struct:
      for (const runtime::StructField& f : a.t->fields) {
        if (int c = compare(Value{f.typ, pa + f.offset, a.ro}, Value{f.typ, pb + f.offset, b.ro}))
          return c;
      }
      return 0;
    case Kind::Array:
      for (int64_t i = 0; i < a.t->len; i++) {
        uint64_t off = uint64_t(i) * a.t->elem->size;
        if (int c = compare(Value{a.t->elem, pa + off, a.ro}, Value{a.t->elem, pb + off, b.ro}))
          return c;
      }
      return 0;
    case Kind::Interface: {
      Value ea = interfaceElem(a.t, pa, a.ro), eb = interfaceElem(b.t, pb, b.ro);
      bool decided;
      int c = nilCompare(!ea.valid(), !eb.valid(), &decided);
      if (decided) return c;
      // Go compares the dynamic types' descriptor addresses.
      if (int c2 = cmp3(reinterpret_cast<uintptr_t>(ea.t), reinterpret_cast<uintptr_t>(eb.t)))
        return c2;
      return compare(ea, eb);
    }
    default:
      return 0;  // maps, funcs and slices cannot be keys
  }
}

}  // namespace

void sortedMap(const Type* mapType, const void* p, bool ro, std::vector<Value>* keys,
               std::vector<Value>* elems) {
  runtime::hmap* h = load<runtime::hmap*>(p);
  keys->clear();
  elems->clear();
  if (!h) return;
  runtime::hiter it;
  runtime::mapiterinit(mapType, h, &it);
  std::vector<Value> k, e;
  for (; it.key != nullptr; runtime::mapiternext(&it)) {
    k.push_back(Value{mapType->key, it.key, ro});
    e.push_back(Value{mapType->elem, it.elem, ro});
  }
  std::vector<size_t> order(k.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t i, size_t j) { return compare(k[i], k[j]) < 0; });
  keys->reserve(k.size());
  elems->reserve(k.size());
  for (size_t i : order) {
    keys->push_back(k[i]);
    elems->push_back(e[i]);
  }
}

}  // namespace golite::stdlib::fmt
