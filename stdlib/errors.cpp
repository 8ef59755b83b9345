// The reflective half of errors.As (stdlib/go/errors): checking the target and storing an
// error into it, which Go does with reflectlite.
#include <cstring>

#include "runtime/mbarrier.h"
#include "runtime/type.h"
#include "stdlib/abi.h"
#include "stdlib/fmt_internal.h"
#include "vm/native.h"

namespace golite::stdlib::errors {
namespace {

using namespace abi;
using runtime::Kind;
using runtime::Type;

// func asCheck(target any) int
void asCheck(vm::Thread*, uint64_t* base) {
  Eface target = getEface(base, 0);
  int64_t r = 0;
  if (!target.type) {
    r = 1;
  } else if (target.type->kind != Kind::Pointer || !target.data) {
    r = 2;
  } else {
    const Type* elem = target.type->elem;
    if (elem->kind != Kind::Interface && !runtime::findStringMethod(elem, "Error")) r = 3;
  }
  setInt(base, 0, r);
}

// func asAssign(err error, target any) bool
// The stores into *target go through the write barrier (typedmemmove).
void asAssign(vm::Thread*, uint64_t* base) {
  Iface err = getIface(base, 0);
  Eface target = getEface(base, 2);
  const Type* dyn = err.tab ? err.tab->type : nullptr;
  const Type* want = target.type->elem;
  void* dst = target.data;
  bool ok = false;
  if (dyn) {
    if (want->kind == Kind::Interface) {
      if (want->imethods.empty()) {
        Eface e{dyn, err.data};
        runtime::heapMove(dst, &e, sizeof e);
        ok = true;
      } else if (runtime::Itab* tab = runtime::getitab(want, dyn, true)) {
        Iface i{tab, err.data};
        runtime::heapMove(dst, &i, sizeof i);
        ok = true;
      }
    } else if (dyn == want) {
      if (dyn->directIface()) {
        runtime::heapMove(dst, &err.data, sizeof err.data);
      } else {
        runtime::heapMove(dst, err.data, dyn->size);
      }
      ok = true;
    }
  }
  setBool(base, 0, ok);
}

GOLITE_NATIVE("errors.asCheck", asCheck);
GOLITE_NATIVE("errors.asAssign", asAssign);

}  // namespace
}  // namespace golite::stdlib::errors
