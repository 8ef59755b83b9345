// The sort package's sorting natives: Go 1.19's pattern-defeating quicksort (pdqsort) and
// its insertion-sort + SymMerge stable sort (sort/zsortfunc.go), restated in C++ so that
// every Less and Swap happens in the same order as in Go, and so equal elements end up in
// the same places: programs that print sorted data print what Go prints.
//
// Less and Swap are Go calls for sort.Sort (through the sort.Interface itab) and Less for
// sort.Slice (a closure); sort.Slice swaps elements in memory, as reflect.Swapper does, and
// sort.Ints, Float64s and Strings compare and swap in memory with IntSlice's, etc. Less.
#include <bit>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/mbarrier.h"
#include "runtime/panic.h"
#include "stdlib/abi.h"
#include "vm/native.h"

namespace golite::stdlib::sort {
namespace {

using namespace abi;
using runtime::Kind;
using runtime::Type;

enum SortedHint { unknownHint, increasingHint, decreasingHint };

// A sequence to sort: Less(i, j) and Swap(i, j), as Go's lessSwap.
template <typename D>
struct Sorter {
  D& data;

  void insertionSort(int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++) {
      for (int64_t j = i; j > a && data.less(j, j - 1); j--) data.swap(j, j - 1);
    }
  }

  void siftDown(int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
      int64_t child = 2 * root + 1;
      if (child >= hi) break;
      if (child + 1 < hi && data.less(first + child, first + child + 1)) child++;
      if (!data.less(first + root, first + child)) return;
      data.swap(first + root, first + child);
      root = child;
    }
  }

  void heapSort(int64_t a, int64_t b) {
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--) siftDown(i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
      data.swap(first, first + i);
      siftDown(lo, i, first);
    }
  }

  void pdqsort(int64_t a, int64_t b, int64_t limit) {
    constexpr int64_t maxInsertion = 12;
    bool wasBalanced = true, wasPartitioned = true;
    for (;;) {
      int64_t length = b - a;
      if (length <= maxInsertion) {
        insertionSort(a, b);
        return;
      }
      // Fall back to heapsort if too many bad choices were made.
      if (limit == 0) {
        heapSort(a, b);
        return;
      }
      // If the last partitioning was imbalanced, break patterns.
      if (!wasBalanced) {
        breakPatterns(a, b);
        limit--;
      }
      SortedHint hint;
      int64_t pivot = choosePivot(a, b, &hint);
      if (hint == decreasingHint) {
        reverseRange(a, b);
        pivot = (b - 1) - (pivot - a);
        hint = increasingHint;
      }
      // The slice is likely already sorted.
      if (wasBalanced && wasPartitioned && hint == increasingHint) {
        if (partialInsertionSort(a, b)) return;
      }
      // Probably the slice contains many duplicate elements: partition it into elements
      // equal to and greater than the pivot.
      if (a > 0 && !data.less(a - 1, pivot)) {
        a = partitionEqual(a, b, pivot);
        continue;
      }
      bool alreadyPartitioned;
      int64_t mid = partition(a, b, pivot, &alreadyPartitioned);
      wasPartitioned = alreadyPartitioned;
      int64_t leftLen = mid - a, rightLen = b - mid;
      int64_t balanceThreshold = length / 8;
      if (leftLen < rightLen) {
        wasBalanced = leftLen >= balanceThreshold;
        pdqsort(a, mid, limit);
        a = mid + 1;
      } else {
        wasBalanced = rightLen >= balanceThreshold;
        pdqsort(mid + 1, b, limit);
        b = mid;
      }
    }
  }

  int64_t partition(int64_t a, int64_t b, int64_t pivot, bool* alreadyPartitioned) {
    data.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && data.less(i, a)) i++;
    while (i <= j && !data.less(j, a)) j--;
    if (i > j) {
      data.swap(j, a);
      *alreadyPartitioned = true;
      return j;
    }
    data.swap(i, j);
    i++;
    j--;
    for (;;) {
      while (i <= j && data.less(i, a)) i++;
      while (i <= j && !data.less(j, a)) j--;
      if (i > j) break;
      data.swap(i, j);
      i++;
      j--;
    }
    data.swap(j, a);
    *alreadyPartitioned = false;
    return j;
  }

  int64_t partitionEqual(int64_t a, int64_t b, int64_t pivot) {
    data.swap(a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
      while (i <= j && !data.less(a, i)) i++;
      while (i <= j && data.less(a, j)) j--;
      if (i > j) break;
      data.swap(i, j);
      i++;
      j--;
    }
    return i;
  }

  bool partialInsertionSort(int64_t a, int64_t b) {
    constexpr int maxSteps = 5;
    constexpr int64_t shortestShifting = 50;
    int64_t i = a + 1;
    for (int step = 0; step < maxSteps; step++) {
      while (i < b && !data.less(i, i - 1)) i++;
      if (i == b) return true;
      if (b - a < shortestShifting) return false;
      data.swap(i, i - 1);
      // Shift the smaller one to the left.
      if (i - a >= 2) {
        for (int64_t j = i - 1; j >= 1; j--) {
          if (!data.less(j, j - 1)) break;
          data.swap(j, j - 1);
        }
      }
      // Shift the greater one to the right.
      if (b - i >= 2) {
        for (int64_t j = i + 1; j < b; j++) {
          if (!data.less(j, j - 1)) break;
          data.swap(j, j - 1);
        }
      }
    }
    return false;
  }

  void breakPatterns(int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length >= 8) {
      uint64_t random = uint64_t(length);  // Go's xorshift seeded with the length
      uint64_t modulus = uint64_t(1) << std::bit_width(uint64_t(length));
      for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        int64_t other = int64_t(random & (modulus - 1));
        if (other >= length) other -= length;
        data.swap(idx, a + other);
      }
    }
  }

  int64_t choosePivot(int64_t a, int64_t b, SortedHint* hint) {
    constexpr int64_t shortestNinther = 50;
    constexpr int maxSwaps = 4 * 3;
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
      if (l >= shortestNinther) {
        // Tukey ninther method, the idea came from Rust's implementation.
        i = medianAdjacent(i, &swaps);
        j = medianAdjacent(j, &swaps);
        k = medianAdjacent(k, &swaps);
      }
      // Find the median among i, j, k and stores it into j.
      j = median(i, j, k, &swaps);
    }
    *hint = swaps == 0 ? increasingHint : swaps == maxSwaps ? decreasingHint : unknownHint;
    return j;
  }

  void order2(int64_t* a, int64_t* b, int* swaps) {
    if (data.less(*b, *a)) {
      ++*swaps;
      std::swap(*a, *b);
    }
  }

  int64_t median(int64_t a, int64_t b, int64_t c, int* swaps) {
    order2(&a, &b, swaps);
    order2(&b, &c, swaps);
    order2(&a, &b, swaps);
    return b;
  }

  int64_t medianAdjacent(int64_t a, int* swaps) { return median(a - 1, a, a + 1, swaps); }

  void reverseRange(int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--) data.swap(i, j);
  }

  void swapRange(int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++) data.swap(a + i, b + i);
  }

  void stable(int64_t n) {
    int64_t blockSize = 20;
    int64_t a = 0, b = blockSize;
    while (b <= n) {
      insertionSort(a, b);
      a = b;
      b += blockSize;
    }
    insertionSort(a, n);
    while (blockSize < n) {
      a = 0;
      b = 2 * blockSize;
      while (b <= n) {
        symMerge(a, a + blockSize, b);
        a = b;
        b += 2 * blockSize;
      }
      if (int64_t m = a + blockSize; m < n) symMerge(a, m, n);
      blockSize *= 2;
    }
  }

  void symMerge(int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {
      int64_t i = m, j = b;
      while (i < j) {
        int64_t h = int64_t(uint64_t(i + j) >> 1);
        if (data.less(h, a)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int64_t k = a; k < i - 1; k++) data.swap(k, k + 1);
      return;
    }
    if (b - m == 1) {
      int64_t i = a, j = m;
      while (i < j) {
        int64_t h = int64_t(uint64_t(i + j) >> 1);
        if (!data.less(m, h)) {
          i = h + 1;
        } else {
          j = h;
        }
      }
      for (int64_t k = m; k > i; k--) data.swap(k, k - 1);
      return;
    }
    int64_t mid = int64_t(uint64_t(a + b) >> 1);
    int64_t n = mid + m;
    int64_t start, r;
    if (m > mid) {
      start = n - b;
      r = mid;
    } else {
      start = a;
      r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
      int64_t c = int64_t(uint64_t(start + r) >> 1);
      if (!data.less(p - c, c)) {
        start = c + 1;
      } else {
        r = c;
      }
    }
    int64_t end = n - start;
    if (start < m && m < end) rotate(start, m, end);
    if (a < start && start < mid) symMerge(a, start, mid);
    if (mid < end && end < b) symMerge(mid, end, b);
  }

  void rotate(int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
      if (i > j) {
        swapRange(m - i, m, j);
        i -= j;
      } else {
        swapRange(m - i, m + j - i, i);
        j -= i;
      }
    }
    swapRange(m - i, m, i);
  }
};

int64_t limitFor(int64_t n) { return int64_t(std::bit_width(uint64_t(n))); }

// sort.Interface through its itab: imethods sorted by name, so fun[0] Len, [1] Less, [2] Swap.
struct InterfaceData {
  vm::Thread* th;
  Iface data;
  int64_t len() {
    uint64_t args[1] = {reinterpret_cast<uint64_t>(data.data)};
    uint64_t r = 0;
    vm::callProto(th, data.tab->fun[0], args, 1, &r, 1);
    return int64_t(r);
  }
  bool less(int64_t i, int64_t j) {
    uint64_t args[3] = {reinterpret_cast<uint64_t>(data.data), uint64_t(i), uint64_t(j)};
    uint64_t r = 0;
    vm::callProto(th, data.tab->fun[1], args, 3, &r, 1);
    return (r & 0xff) != 0;
  }
  void swap(int64_t i, int64_t j) {
    uint64_t args[3] = {reinterpret_cast<uint64_t>(data.data), uint64_t(i), uint64_t(j)};
    vm::callProto(th, data.tab->fun[2], args, 3, nullptr, 0);
  }
};

// A slice of any element type, swapped in memory (reflect.Swapper), compared by a Go
// less(i, j int) bool closure.
// TODO(gc): swapping pointer-holding elements needs the write barrier once the collector
// runs concurrently.
struct SliceData {
  vm::Thread* th;
  runtime::Closure* lessFn;
  char* base;
  size_t size;
  std::vector<char> tmp;
  bool less(int64_t i, int64_t j) {
    uint64_t args[2] = {uint64_t(i), uint64_t(j)};
    uint64_t r = 0;
    vm::callClosure(th, lessFn, args, 2, &r, 1);
    return (r & 0xff) != 0;
  }
  // Swaps two elements of the program's slice: stores into the heap, through the write
  // barrier (the elements may hold pointers).
  void swap(int64_t i, int64_t j) {
    runtime::writeBarrier(base + size_t(i) * size, size);
    runtime::writeBarrier(base + size_t(j) * size, size);
    if (size == 8) {
      uint64_t a, b;
      std::memcpy(&a, base + i * 8, 8);
      std::memcpy(&b, base + j * 8, 8);
      std::memcpy(base + i * 8, &b, 8);
      std::memcpy(base + j * 8, &a, 8);
      return;
    }
    std::memcpy(tmp.data(), base + size_t(i) * size, size);
    std::memmove(base + size_t(i) * size, base + size_t(j) * size, size);
    std::memcpy(base + size_t(j) * size, tmp.data(), size);
  }
};

template <typename T, typename Less>
struct TypedData {
  T* p;
  Less lessOf;
  bool less(int64_t i, int64_t j) { return lessOf(p[i], p[j]); }
  void swap(int64_t i, int64_t j) { std::swap(p[i], p[j]); }
};

template <typename T, typename Less>
void sortTyped(GoSlice s, Less less) {
  TypedData<T, Less> d{static_cast<T*>(s.ptr), less};
  Sorter<TypedData<T, Less>> sorter{d};
  // Go's Ints etc. call Sort(IntSlice(x)): nothing to do below two elements.
  if (s.len <= 1) return;
  sorter.pdqsort(0, s.len, limitFor(s.len));
}

// The slice inside x (an any), or a panic as reflect.Swapper's.
GoSlice sliceOf(Eface x, const Type** elem) {
  if (!x.type || x.type->kind != Kind::Slice) {
    std::string kind = x.type ? x.type->str : "invalid";
    // reflect names the kind, not the type.
    static const char* kinds[] = {"invalid", "bool",    "int",     "int8",      "int16",
                                  "int32",   "int64",   "uint",    "uint8",     "uint16",
                                  "uint32",  "uint64",  "uintptr", "float32",   "float64",
                                  "complex64", "complex128", "array", "chan",    "func",
                                  "interface", "map",   "ptr",     "slice",     "string",
                                  "struct",  "unsafe.Pointer"};
    if (x.type) kind = kinds[int(x.type->kind)];
    runtime::panicPlain("reflect: call of Swapper on " + kind + " Value");
  }
  *elem = x.type->elem;
  GoSlice s;
  std::memcpy(&s, x.data, sizeof s);
  return s;
}

// func Sort(data Interface)
void sortNative(vm::Thread* th, uint64_t* base) {
  InterfaceData d{th, getIface(base, 0)};
  if (!d.data.tab) runtime::panicNilDeref();
  int64_t n = d.len();
  if (n <= 1) return;
  Sorter<InterfaceData> s{d};
  s.pdqsort(0, n, limitFor(n));
}

// func Stable(data Interface)
void stableNative(vm::Thread* th, uint64_t* base) {
  InterfaceData d{th, getIface(base, 0)};
  if (!d.data.tab) runtime::panicNilDeref();
  Sorter<InterfaceData> s{d};
  s.stable(d.len());
}

// func Slice(x any, less func(i, j int) bool) / SliceStable
void sliceSort(vm::Thread* th, uint64_t* base, bool stable) {
  Eface x = getEface(base, 0);
  auto* less = reinterpret_cast<runtime::Closure*>(base[2]);
  const Type* elem;
  GoSlice sl = sliceOf(x, &elem);
  SliceData d{th, less, static_cast<char*>(sl.ptr), elem->size, std::vector<char>(elem->size)};
  Sorter<SliceData> s{d};
  if (stable) {
    s.stable(sl.len);
  } else {
    s.pdqsort(0, sl.len, limitFor(sl.len));
  }
}

// func sliceLen(x any) int
void sliceLenNative(vm::Thread*, uint64_t* base) {
  const Type* elem;
  setInt(base, 0, sliceOf(getEface(base, 0), &elem).len);
}

GOLITE_NATIVE("sort.sliceLen", sliceLenNative);
GOLITE_NATIVE("sort.Sort", sortNative);
GOLITE_NATIVE("sort.Stable", stableNative);
GOLITE_NATIVE("sort.Slice", [](vm::Thread* th, uint64_t* b) { sliceSort(th, b, false); });
GOLITE_NATIVE("sort.SliceStable", [](vm::Thread* th, uint64_t* b) { sliceSort(th, b, true); });
GOLITE_NATIVE("sort.Ints", [](vm::Thread*, uint64_t* b) {
  sortTyped<int64_t>(getSlice(b, 0), [](int64_t x, int64_t y) { return x < y; });
});
GOLITE_NATIVE("sort.Float64s", [](vm::Thread*, uint64_t* b) {
  // Float64Slice.Less: NaNs first.
  sortTyped<double>(getSlice(b, 0), [](double x, double y) { return x < y || (std::isnan(x) && !std::isnan(y)); });
});
GOLITE_NATIVE("sort.Strings", [](vm::Thread*, uint64_t* b) {
  sortTyped<GoString>(getSlice(b, 0), [](const GoString& x, const GoString& y) { return x.view() < y.view(); });
});

}  // namespace
}  // namespace golite::stdlib::sort
