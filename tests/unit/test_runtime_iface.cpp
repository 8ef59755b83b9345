// Itabs: method matching, caching, and the interface-conversion messages.
#include <doctest/doctest.h>

#include <thread>
#include <vector>

#include "runtime/type.h"
#include "tests/unit/test_runtime_support.h"

using namespace golite::runtime;
using namespace golite::runtime::testing;

namespace {

// func() and func() int, the method signatures below.
const Type* funcType(const char* str) {
  auto* t = new Type();
  t->kind = Kind::Func;
  t->size = 8;
  t->str = str;
  return t;
}
const Type* fnVoid = funcType("func()");
const Type* fnInt = funcType("func() int");

int protoA, protoB, protoC;  // stand-ins for vm::Proto*

Type* named(const char* str, Kind k) {
  auto* t = new Type();
  t->kind = k;
  t->size = 8;
  t->str = str;
  t->hash = uint32_t(std::hash<std::string>{}(str));
  t->tflag = TFlagNamed | TFlagComparable;
  return t;
}

}  // namespace

TEST_CASE("getitab matches methods by name and signature") {
  Type* I = named("main.I", Kind::Interface);
  I->imethods = {{"Len", "", fnInt}, {"Reset", "", fnVoid}};
  Type* T = named("main.T", Kind::Struct);
  T->methods = {{"Add", "", fnVoid, &protoC, nullptr},
                {"Len", "", fnInt, &protoA, nullptr},
                {"Reset", "", fnVoid, &protoB, nullptr}};
  Itab* m = getitab(I, T, false);
  REQUIRE(m != nullptr);
  CHECK(m->inter == I);
  CHECK(m->type == T);
  CHECK(m->hash == T->hash);
  CHECK(m->fun[0] == &protoA);
  CHECK(m->fun[1] == &protoB);
  CHECK(getitab(I, T, true) == m);  // cached
  CHECK(missingMethod(I, T) == "");
}

TEST_CASE("getitab reports the first missing method") {
  Type* I = named("main.Shape", Kind::Interface);
  I->imethods = {{"Area", "", fnInt}, {"Perimeter", "", fnInt}};
  Type* T = named("main.Sq", Kind::Struct);
  T->methods = {{"Area", "", fnInt, &protoA, nullptr}, {"Perimeter", "", fnVoid, &protoB, nullptr}};
  CHECK(getitab(I, T, true) == nullptr);
  CHECK(getitab(I, T, true) == nullptr);  // the failure is cached
  CHECK(missingMethod(I, T) == "Perimeter");
  CHECK(runtimePanicMessage([&] { getitab(I, T, false); }) ==
        "interface conversion: main.Sq is not main.Shape: missing method Perimeter");
  CHECK(typeAssertionErrorText(nullptr, T, I, missingMethod(I, T)) ==
        "interface conversion: main.Sq is not main.Shape: missing method Perimeter");
  // Unexported methods match only within their package.
  Type* J = named("main.J", Kind::Interface);
  J->imethods = {{"m", "main", fnVoid}};
  Type* U = named("other.U", Kind::Struct);
  U->methods = {{"m", "other", fnVoid, &protoA, nullptr}};
  CHECK(getitab(J, U, true) == nullptr);
  Type* V = named("main.V", Kind::Struct);
  V->methods = {{"m", "main", fnVoid, &protoA, nullptr}};
  CHECK(getitab(J, V, true) != nullptr);
}

TEST_CASE("type assertion messages are Go's") {
  const Type* e = efaceType();
  CHECK(typeAssertionErrorText(e, stringType(), intType(), "") ==
        "interface conversion: interface {} is string, not int");
  CHECK(typeAssertionErrorText(e, nullptr, intType(), "") ==
        "interface conversion: interface {} is nil, not int");
  Type* I = named("main.I", Kind::Interface);
  I->imethods = {{"M", "", fnVoid}};
  CHECK(typeAssertionErrorText(nullptr, nullptr, I, "") ==
        "interface conversion: interface is nil, not main.I");
  Type* T1 = named("main.T", Kind::Struct);
  Type* T2 = named("main.T", Kind::Struct);
  T1->pkgPath = T2->pkgPath = "main";
  CHECK(typeAssertionErrorText(I, T1, T2, "") ==
        "interface conversion: main.I is main.T, not main.T (types from different scopes)");
  T2->pkgPath = "other/main";
  CHECK(typeAssertionErrorText(I, T1, T2, "") ==
        "interface conversion: main.I is main.T, not main.T (types from different packages)");
  CHECK(runtimePanicMessage([&] { assertE2I(I, nullptr); }) ==
        "interface conversion: interface is nil, not main.I");
  CHECK(assertE2I2(I, nullptr) == nullptr);
  CHECK(runtimePanicMessage([&] { panicdottype(stringType(), intType(), e); }) ==
        "interface conversion: interface {} is string, not int");
}

TEST_CASE("getitab from many threads builds one itab per pair") {
  std::vector<Type*> types;
  Type* I = named("main.Stringer", Kind::Interface);
  I->imethods = {{"String", "", fnVoid}};
  for (int i = 0; i < 2000; i++) {
    Type* t = named(("main.T" + std::to_string(i)).c_str(), Kind::Struct);
    t->methods = {{"String", "", fnVoid, &protoA, nullptr}};
    types.push_back(t);
  }
  std::vector<std::vector<Itab*>> got(4);
  std::vector<std::thread> ts;
  for (int k = 0; k < 4; k++) {
    ts.emplace_back([&, k] {
      for (Type* t : types) got[k].push_back(getitab(I, t, false));
    });
  }
  for (auto& t : ts) t.join();
  for (size_t i = 0; i < types.size(); i++) {
    REQUIRE(got[0][i] != nullptr);
    CHECK(got[0][i]->type == types[i]);
    for (int k = 1; k < 4; k++) REQUIRE(got[k][i] == got[0][i]);
  }
}
