// Storage that lives as long as the program: static closures and package variables.
//
// The compiler allocates them through these two functions only, so the VM holds the one
// list of them: the collector's global roots (scanGlobals).
#include <mutex>
#include <vector>

#include "runtime/runtime.h"
#include "vm/proto.h"

namespace golite::vm {

namespace {

struct Globals {
  std::mutex mu;
  std::vector<void*> cells;  // package variables' cells and static closures
};

Globals& globals() {
  static Globals* g = new Globals;  // never destroyed: used until exit
  return *g;
}

void* keep(void* p) {
  Globals& g = globals();
  std::lock_guard<std::mutex> lock(g.mu);
  g.cells.push_back(p);
  return p;
}

}  // namespace

// The collector's global roots (vm/roots.cpp): every cell, kept alive and scanned.
void scanGlobals() {
  Globals& g = globals();
  std::lock_guard<std::mutex> lock(g.mu);
  for (void* p : g.cells) runtime::gcMarkPointer(p);
}

void giveStaticClosure(Proto* p) {
  if (p->staticClosure) return;
  auto* cl = static_cast<runtime::Closure*>(keep(runtime::mallocgc(8, nullptr, true)));
  cl->proto = p;
  p->staticClosure = cl;
}

void* newGlobalCell(const runtime::Type* t, size_t size) {
  return keep(runtime::mallocgc(size, t, true));
}

}  // namespace golite::vm
