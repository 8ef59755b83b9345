// Go's malloc size classes (runtime/sizeclasses.go, generated there by mksizeclasses.go).
//
// Small objects (up to 32 KB) are rounded up to one of 67 size classes; each class is served
// from spans of a fixed number of 8 KB pages, chosen by Go so that tail waste and internal
// fragmentation stay under 12.5 percent. The numbers below are Go 1.19's: append's growth
// rounds to these sizes, so they decide what cap() prints.
#pragma once

#include <cstddef>
#include <cstdint>

namespace golite::runtime {

constexpr size_t maxSmallSize = 32768;  // larger objects get a span of their own
constexpr size_t smallSizeDiv = 8;
constexpr size_t smallSizeMax = 1024;
constexpr size_t largeSizeDiv = 128;
constexpr int numSizeClasses = 68;
constexpr size_t pageShift = 13;
constexpr size_t pageSize = size_t(1) << pageShift;

// Bytes per object of each class (class 0 means "large object").
constexpr uint16_t classToSize[numSizeClasses] = {
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208,
    224, 240, 256, 288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896,
    1024, 1152, 1280, 1408, 1536, 1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144,
    6528, 6784, 6912, 8192, 9472, 9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760,
    24576, 27264, 28672, 32768,
};

// Pages per span of each class.
constexpr uint8_t classToAllocNPages[numSizeClasses] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3,
    4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8, 3, 10, 7, 4,
};

// Class for sizes up to 1024 bytes, indexed by ceil(size / 8).
constexpr uint8_t sizeToClass8[smallSizeMax / smallSizeDiv + 1] = {
    0, 1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14,
    14, 15, 15, 16, 16, 17, 17, 18, 18, 19, 19, 19, 19, 20, 20, 20, 20, 21, 21, 21, 21, 22, 22, 22,
    22, 23, 23, 23, 23, 24, 24, 24, 24, 25, 25, 25, 25, 26, 26, 26, 26, 27, 27, 27, 27, 27, 27, 27,
    27, 28, 28, 28, 28, 28, 28, 28, 28, 29, 29, 29, 29, 29, 29, 29, 29, 30, 30, 30, 30, 30, 30, 30,
    30, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 31, 32, 32, 32, 32, 32, 32, 32,
    32, 32, 32, 32, 32, 32, 32, 32, 32,
};

// Class for sizes from 1024 to 32768 bytes, indexed by ceil((size - 1024) / 128).
constexpr uint8_t sizeToClass128[(maxSmallSize - smallSizeMax) / largeSizeDiv + 1] = {
    32, 33, 34, 35, 36, 37, 37, 38, 38, 39, 39, 40, 40, 40, 41, 41, 41, 42, 43, 43, 44, 44, 44, 44,
    44, 45, 45, 45, 45, 45, 45, 46, 46, 46, 46, 47, 47, 47, 47, 47, 47, 48, 48, 48, 49, 49, 50, 51,
    51, 51, 51, 51, 51, 51, 51, 51, 51, 52, 52, 52, 52, 52, 52, 52, 52, 52, 52, 53, 53, 54, 54, 54,
    54, 55, 55, 55, 55, 55, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 56, 57, 57, 57, 57, 57, 57, 57,
    57, 57, 57, 58, 58, 58, 58, 58, 58, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59, 59,
    59, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 60, 61, 61, 61, 61, 61, 62, 62,
    62, 62, 62, 62, 62, 62, 62, 62, 62, 63, 63, 63, 63, 63, 63, 63, 63, 63, 63, 64, 64, 64, 64, 64,
    64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 64, 65, 65, 65, 65, 65, 65, 65,
    65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 65, 66, 66, 66, 66, 66, 66, 66, 66, 66, 66,
    66, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67, 67,
    67, 67, 67, 67, 67, 67, 67, 67, 67,
};

// (n * divMagicFor(size)) >> 32 == n / size for every offset n inside a span of that class:
// turns the object-index division into a multiply (Go's class_to_divmagic).
constexpr uint32_t divMagicFor(uint32_t size) { return size == 0 ? 0 : ~uint32_t(0) / size + 1; }

// The size class of a small allocation (size <= maxSmallSize).
inline uint8_t sizeToClass(size_t size) {
  if (size <= smallSizeMax - 8) return sizeToClass8[(size + smallSizeDiv - 1) / smallSizeDiv];
  return sizeToClass128[(size - smallSizeMax + largeSizeDiv - 1) / largeSizeDiv];
}

}  // namespace golite::runtime
