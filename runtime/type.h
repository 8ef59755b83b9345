// Runtime type descriptors: what the running program knows about each Go type.
//
// Mirrors Go's runtime/type.go (_type, uncommontype, structtype, interfacetype, itab).
// The compiler makes exactly one descriptor per distinct Go type (identical types share
// one), so type identity at run time is pointer equality. The runtime knows nothing of
// the front end: everything the GC, maps, interfaces, fmt and panics need is here.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace golite::runtime {

// Go's reflect.Kind numbering.
enum class Kind : uint8_t {
  Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64,
  Uintptr, Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map,
  Pointer, Slice, String, Struct, UnsafePointer,
};

enum TFlag : uint8_t {
  TFlagNamed = 1 << 0,          // a defined (named) type
  TFlagDirectIface = 1 << 1,    // stored directly in an interface's data word (pointer-shaped)
  TFlagComparable = 1 << 2,     // == is defined (it may still panic on interface fields)
  TFlagRegularMemory = 1 << 3,  // hash and == may treat the value as plain bytes
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct Type;

struct StructField {
  std::string name;
  const Type* typ = nullptr;
  uint64_t offset = 0;
  bool embedded = false;
  bool exported = false;
  std::string tag;
  std::string pkgPath;  // for unexported names only: the package that declared the field
};

// A method of a concrete type. ifn is called with the interface data word as receiver
// (for a value method of a boxed type, a wrapper that loads the value first); tfn is the
// method as declared. Both are vm::Proto*, opaque to the runtime.
struct Method {
  std::string name;
  std::string pkgPath;  // for unexported names only
  const Type* mtyp = nullptr;  // the method's func type, without receiver
  void* ifn = nullptr;
  void* tfn = nullptr;
};

struct IMethod {
  std::string name;
  std::string pkgPath;  // for unexported names only
  const Type* typ = nullptr;
};

struct Type {
  uint64_t size = 0;
  uint64_t ptrdata = 0;  // bytes of prefix that can hold pointers
  uint32_t hash = 0;     // for type switches and itab caches
  uint8_t tflag = 0;
  uint8_t align = 1;
  Kind kind = Kind::Invalid;
  // One bit per pointer-sized word of the first ptrdata bytes: 1 = holds a pointer.
  std::vector<uint8_t> gcdata;
  std::string str;      // as %T prints it: "int", "[]string", "main.T", "*main.T"
  std::string name;     // "T" for named types, else ""
  std::string pkgPath;  // "main" for main.T, else ""

  const Type* elem = nullptr;  // Pointer, Slice, Array, Chan, Map (value)
  const Type* key = nullptr;   // Map
  int64_t len = 0;             // Array
  ChanDir dir = ChanDir::Both; // Chan
  std::vector<StructField> fields;   // Struct
  std::vector<const Type*> in, out;  // Func
  bool variadic = false;             // Func
  std::vector<IMethod> imethods;     // Interface, sorted by name (then pkgPath)
  // The method set: for a named T its value-receiver methods; for *T all of T's methods.
  // Sorted by name (then pkgPath), as Go's uncommon type.
  std::vector<Method> methods;
  const Type* ptrToThis = nullptr;
  const Type* underlyingNamed = nullptr;  // reserved

  // Map bucket layout (Kind::Map only), computed by the compiler with Go's rules:
  // keys/values over 128 bytes are stored indirectly.
  uint8_t keysize = 0;
  uint8_t valuesize = 0;
  bool indirectkey = false;
  bool indirectvalue = false;
  uint16_t bucketsize = 0;

  // The heap bitmap of one object of this type in its size class's slot (malloc.cpp),
  // computed at its first allocation: heapBitsWords words (0: not yet), pattern in the
  // low bits. Written and read with atomics by allocating threads.
  mutable uint64_t heapBitsPattern = 0;
  mutable uint32_t heapBitsWords = 0;

  bool named() const { return tflag & TFlagNamed; }
  bool directIface() const { return tflag & TFlagDirectIface; }
  bool comparable() const { return tflag & TFlagComparable; }
  bool hasPointers() const { return ptrdata != 0; }
};

// Interface method table for a (interface, concrete type) pair: fun[i] is the ifn of the
// concrete method implementing inter->imethods[i].
struct Itab {
  const Type* inter;
  const Type* type;
  uint32_t hash;  // copy of type->hash
  void* fun[1];   // variable sized
};

// The pointer type *t: t->ptrToThis (the compiler records the one it made), else one made
// now and kept there (reflect.PointerTo). Made types are never freed.
const Type* ptrTo(const Type* t);
// Whether a value of type t implements interface type inter (t may be an interface:
// then its method set must include inter's).
bool implements(const Type* inter, const Type* t);

// The exported method of t's method set named `name` with type func() string, if any
// (Error, String, GoString: what fmt and panic printing call).
const Method* findStringMethod(const Type* t, const char* name);

// Finds or builds (and caches) the itab. When typ does not implement inter: returns nullptr
// if canfail, else panics with Go's `interface conversion: T is not I: missing method M`.
Itab* getitab(const Type* inter, const Type* typ, bool canfail);
// The first method of inter that typ lacks, for error messages ("" if none).
std::string missingMethod(const Type* inter, const Type* typ);

// The text of Go's *runtime.TypeAssertionError: iface is the static (interface) type of
// the operand (nullptr: "interface"), concrete the dynamic type (nullptr: the operand was
// nil), asserted the target type, missingMethod non-empty when an interface is not
// implemented. E.g. "interface conversion: interface {} is string, not int".
std::string typeAssertionErrorText(const Type* iface, const Type* concrete, const Type* asserted,
                                   const std::string& missingMethod);
// x.(T) with T concrete failed: have is x's dynamic type (nullptr if x is nil), iface x's
// static interface type. Panics (Go's panicdottypeE/I).
[[noreturn]] void panicdottype(const Type* have, const Type* want, const Type* iface);
// x.(I) for interface I, x with dynamic type typ: the itab, or a panic with Go's message
// (typ == nullptr: "interface conversion: interface is nil, not I"). Go's assertE2I.
Itab* assertE2I(const Type* inter, const Type* typ);
// The comma-ok form: nullptr when typ is nil or does not implement inter.
Itab* assertE2I2(const Type* inter, const Type* typ);

}  // namespace golite::runtime
