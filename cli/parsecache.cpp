// The parse cache (see parsecache.h).
#include "cli/parsecache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <cstring>
#include <filesystem>

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
constexpr uint64_t kMaxEntry = uint64_t(1) << 30;

// A 64-bit hash of bytes: 8 at a time, each multiplied in and mixed (as wyhash and
// xxhash do, simpler); seed picks one of a family.
uint64_t hashBytes(std::string_view s, uint64_t seed) {
  const uint64_t m = 0x9E3779B97F4A7C15ull;
  uint64_t h = seed ^ (s.size() * m);
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    w *= 0xBF58476D1CE4E5B9ull;
    w ^= w >> 31;
    h = (h ^ w) * m;
    h ^= h >> 29;
  }
  uint64_t tail = 0;
  if (i < s.size()) std::memcpy(&tail, s.data() + i, s.size() - i);
  h = (h ^ (tail * 0x94D049BB133111EBull)) * m;
  h ^= h >> 32;
  h *= 0xBF58476D1CE4E5B9ull;
  h ^= h >> 29;
  return h;
}

const std::string& cacheDir() {
  static const std::string dir = [] {
    std::string base;
    const char* env = std::getenv("GOLITECACHE");
    if (env && std::string(env) == "off") return std::string();
    if (env && *env) {
      base = env;
    } else if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) {
      base = std::string(xdg) + "/golite";
    } else if (const char* home = std::getenv("HOME"); home && *home) {
      base = std::string(home) + "/.cache/golite";
    } else {
      return std::string();
    }
    return base + "/parse-" GOLITE_SYNTAX_FORMAT;
  }();
  return dir;
}

bool readAll(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool ok = ::fstat(fd, &st) == 0 && uint64_t(st.st_size) >= sizeof(Header) && uint64_t(st.st_size) <= kMaxEntry;
  // An entry in use is kept: its time is brought forward (at most once an hour, as Go's
  // build cache does), and trimming removes the ones unused for days.
  if (ok && st.st_mtime < ::time(nullptr) - 3600) ::futimens(fd, nullptr);
  if (ok) {
    out.resize(size_t(st.st_size));
    size_t got = 0;
    while (got < out.size()) {
      ssize_t n = ::read(fd, out.data() + got, out.size() - got);
      if (n <= 0) break;
      got += size_t(n);
    }
    ok = got == out.size();
  }
  ::close(fd);
  return ok;
}

bool readText(const std::string& path, std::string& out) {
  FILE* f = std::fopen(path.c_str(), "r");
  if (!f) return false;
  char buf[64];
  size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  out.assign(buf, n);
  return true;
}

// The entry for src, decoded, or nullptr.
ast::File* load(ast::Arena& arena, const std::string& path, const std::string& filename, std::string_view src) {
  std::string bytes;
  if (!readAll(path, bytes)) return nullptr;
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

// At most once a day (the time of the last trim is in the folder's trim.txt), removes the
// entries unused for five days: a script edited again and again leaves one entry per
// version, and Go's build cache trims the same way.
void trim(const std::string& dir) {
  static bool done = false;
  if (done) return;
  done = true;
  const time_t now = ::time(nullptr);
  std::string stamp = dir + "/trim.txt";
  if (std::string last; readText(stamp, last) && std::atoll(last.c_str()) > now - 86400) return;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    struct stat st;
    if (::stat(e.path().c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_mtime < now - 5 * 86400)
      ::unlink(e.path().c_str());
  }
  std::string tmp = stamp + ".tmp" + std::to_string(::getpid());
  if (FILE* f = std::fopen(tmp.c_str(), "w")) {
    std::fprintf(f, "%lld\n", static_cast<long long>(now));
    if (std::fclose(f) == 0 && ::rename(tmp.c_str(), stamp.c_str()) == 0) return;
  }
  ::unlink(tmp.c_str());
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
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::filesystem::create_directories(dir, ec);
    if (ec) return;
    // A new parser format: entries of older ones will not be read again.
    std::filesystem::path parent = std::filesystem::path(dir).parent_path();
    for (const auto& e : std::filesystem::directory_iterator(parent, ec)) {
      std::string name = e.path().filename().string();
      if (name.rfind("parse-", 0) == 0 && e.path() != std::filesystem::path(dir))
        std::filesystem::remove_all(e.path(), ec);
    }
  }
  trim(dir);
  static std::atomic<unsigned> seq{0};
  std::string tmp = path + ".tmp" + std::to_string(::getpid()) + "." + std::to_string(seq++);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return;
  bool ok = ::write(fd, &h, sizeof h) == ssize_t(sizeof h) &&
            ::write(fd, payload.data(), payload.size()) == ssize_t(payload.size());
  ok = ::close(fd) == 0 && ok;
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) ::unlink(tmp.c_str());
}

}  // namespace

std::string parseCacheDir() { return cacheDir(); }

namespace {
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
