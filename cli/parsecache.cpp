// The parse cache (see parsecache.h).
#include "cli/parsecache.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "cli/cachefile.h"
#include "frontend/syntax/parse.h"
#include "frontend/syntax/serialize.h"
#include "syntax_format.h"

namespace golite {

namespace {

// An entry: this header, then the encoded tree.
struct Header {
  char magic[8];         // "GLPARSE1"
  uint64_t srcLen;       // the source's length
  uint64_t srcHash;      // a second hash of the source (the name is the first)
  uint64_t payloadLen;   // the encoded tree's length
  uint64_t payloadHash;  // and its hash
};
constexpr char kMagic[8] = {'G', 'L', 'P', 'A', 'R', 'S', 'E', '1'};

using cache::hashBytes;

const std::string& cacheDir() {
  static const std::string dir =
      cache::baseDir().empty() ? std::string() : cache::baseDir() + "/parse-" GOLITE_SYNTAX_FORMAT;
  return dir;
}

// The entry for src, decoded, or nullptr.
ast::File* load(ast::Arena& arena, const std::string& path, const std::string& filename, std::string_view src) {
  std::string bytes;
  if (!cache::readEntry(path, bytes, sizeof(Header))) return nullptr;
  Header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  std::string_view payload(bytes.data() + sizeof h, bytes.size() - sizeof h);
  if (std::memcmp(h.magic, kMagic, 8) != 0 || h.srcLen != src.size() || h.srcHash != hashBytes(src, 2) ||
      h.payloadLen != payload.size() || h.payloadHash != hashBytes(payload, 3))
    return nullptr;
  ast::File* f = nullptr;
  onLargeStack([&] { f = ast::decodeFile(arena, payload, filename); });  // trees may be deep
  return f;
}

// Writes the entry for f, parsed from src; failures leave no entry.
void store(const std::string& dir, const std::string& path, const ast::File* f, std::string_view src) {
  std::string payload;
  onLargeStack([&] { payload = ast::encodeFile(f); });
  Header h;
  std::memcpy(h.magic, kMagic, 8);
  h.srcLen = src.size();
  h.srcHash = hashBytes(src, 2);
  h.payloadLen = payload.size();
  h.payloadHash = hashBytes(payload, 3);
  cache::writeEntry(dir, path, std::string_view(reinterpret_cast<const char*>(&h), sizeof h), payload, "parse-", 0, 1);
}

// GODEBUG=parsecache=1: a line on stderr for each file, read from the cache or parsed.
bool traced() {
  static const bool on = [] {
    const char* d = std::getenv("GODEBUG");
    return d && ("," + std::string(d) + ",").find(",parsecache=1,") != std::string::npos;
  }();
  return on;
}
void trace(const char* what, const std::string& filename) {
  if (traced()) std::fprintf(stderr, "golite: parse cache %s %s\n", what, filename.c_str());
}
}  // namespace

ast::File* parseCached(ast::Arena& arena, const std::string& filename, std::string_view src, Diagnostics& diags) {
  const std::string& dir = cacheDir();
  if (dir.empty()) return parseFile(arena, filename, src, diags);
  char name[17];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(hashBytes(src, 1)));
  std::string path = dir + "/" + name;
  if (ast::File* f = load(arena, path, filename, src)) {
    trace("hit", filename);
    return f;
  }
  trace("miss", filename);
  size_t errors = diags.list.size();
  ast::File* f = parseFile(arena, filename, src, diags);
  if (f && diags.list.size() == errors) store(dir, path, f, src);
  return f;
}

}  // namespace golite
