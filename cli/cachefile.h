// What golite's two on-disk caches share (the parse cache, cli/parsecache.h, and the
// program image cache, cli/imagecache.h): where they live, a fast hash, and entries that
// are read whole, written atomically and trimmed when unused.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace golite::cache {

// $GOLITECACHE, else $XDG_CACHE_HOME/golite, else ~/.cache/golite; "" when GOLITECACHE=off
// or there is no home.
const std::string& baseDir();

// A 64-bit hash of bytes: 8 at a time, each multiplied in and mixed (as wyhash and
// xxhash do, simpler); seed picks one of a family.
uint64_t hashBytes(std::string_view s, uint64_t seed);

// Reads the entry at path whole (false: missing, shorter than minSize, over 1 GB, or
// unreadable). An entry in use is kept: its time is brought forward (at most once an
// hour, as Go's build cache does), and trimming removes the ones unused for days.
bool readEntry(const std::string& path, std::string& out, size_t minSize);

// The first n bytes of the entry at path (false: missing or shorter), without reading
// the rest.
bool readHead(const std::string& path, size_t n, std::string& out);

// Writes an entry: the parts one after another, to a temporary file renamed into place,
// so runs racing on one entry each see a whole one; failures leave no entry. The folder
// dir is made when missing, and then its siblings named stalePrefix* (an older format's)
// are removed: those unchanged for staleAge seconds, and all but the keep - 1 changed
// last (two golite builds used in turn, as the tests use the plain and the sanitized one,
// keep their own; a developer rebuilding all day does not pile them up). At most once a
// day, entries unused for five days are removed from dir.
void writeEntry(const std::string& dir, const std::string& path, std::string_view head, std::string_view body,
                const std::string& stalePrefix, long staleAge, size_t keep);

}  // namespace golite::cache
