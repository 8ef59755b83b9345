// golite's on-disk caches' common ground (see cachefile.h).
#include "cli/cachefile.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <utility>
#include <vector>

namespace golite::cache {

namespace {

constexpr uint64_t kMaxEntry = uint64_t(1) << 30;

bool readText(const std::string& path, std::string& out) {
  FILE* f = std::fopen(path.c_str(), "r");
  if (!f) return false;
  char buf[64];
  size_t n = std::fread(buf, 1, sizeof buf - 1, f);
  std::fclose(f);
  out.assign(buf, n);
  return true;
}

// At most once a day (the time of the last trim is in the folder's trim.txt), removes the
// entries unused for five days: a script edited again and again leaves one entry per
// version, and Go's build cache trims the same way.
void trim(const std::string& dir) {
  static std::atomic<bool> done{false};
  if (done.exchange(true)) return;
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

}  // namespace

const std::string& baseDir() {
  static const std::string dir = [] {
    const char* env = std::getenv("GOLITECACHE");
    if (env && std::string(env) == "off") return std::string();
    if (env && *env) return std::string(env);
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/golite";
    if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/golite";
    return std::string();
  }();
  return dir;
}

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

bool readEntry(const std::string& path, std::string& out, size_t minSize) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  bool ok = ::fstat(fd, &st) == 0 && uint64_t(st.st_size) >= minSize && uint64_t(st.st_size) <= kMaxEntry;
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

bool readHead(const std::string& path, size_t n, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  out.resize(n);
  ssize_t got = ::pread(fd, out.data(), n, 0);
  ::close(fd);
  return got == ssize_t(n);
}

void writeEntry(const std::string& dir, const std::string& path, std::string_view head, std::string_view body,
                const std::string& stalePrefix, long staleAge, size_t keep) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    std::filesystem::create_directories(dir, ec);
    if (ec) return;
    // A new format: entries of older ones will not be read again.
    std::filesystem::path parent = std::filesystem::path(dir).parent_path();
    std::vector<std::pair<time_t, std::filesystem::path>> others;  // newest first, below
    for (const auto& e : std::filesystem::directory_iterator(parent, ec)) {
      std::string name = e.path().filename().string();
      struct stat st;
      if (name.rfind(stalePrefix, 0) == 0 && e.path() != std::filesystem::path(dir) &&
          ::stat(e.path().c_str(), &st) == 0)
        others.push_back({st.st_mtime, e.path()});
    }
    std::sort(others.begin(), others.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (size_t i = 0; i < others.size(); i++)
      if (i + 1 >= keep || others[i].first <= ::time(nullptr) - staleAge)
        std::filesystem::remove_all(others[i].second, ec);
  }
  trim(dir);
  static std::atomic<unsigned> seq{0};
  std::string tmp = path + ".tmp" + std::to_string(::getpid()) + "." + std::to_string(seq++);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return;
  auto writeAll = [fd](std::string_view s) {
    while (!s.empty()) {
      ssize_t n = ::write(fd, s.data(), s.size());
      if (n <= 0) return false;
      s.remove_prefix(size_t(n));
    }
    return true;
  };
  bool ok = writeAll(head) && writeAll(body);
  ok = ::close(fd) == 0 && ok;
  if (!ok || ::rename(tmp.c_str(), path.c_str()) != 0) ::unlink(tmp.c_str());
}

}  // namespace golite::cache
