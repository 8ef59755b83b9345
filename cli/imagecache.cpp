// The program image cache (see imagecache.h).
#include "cli/imagecache.h"

#include <elf.h>
#include <sys/stat.h>
#include <link.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "cli/cachefile.h"
#include "cli/load.h"

namespace golite {

namespace {

using cache::hashBytes;

constexpr char kMagic[8] = {'G', 'L', 'I', 'M', 'G', 'E', 'N', '2'};

// An entry: this header, the folders the build read (count, then each: path, digest),
// then the image.
struct Header {
  char magic[8];
  uint64_t check;      // a hash of the key: the program's identity and its contents
  uint64_t bodyLen;    // what follows the header
  uint64_t bodyHash;   // and its hash
};

// golite's ELF build id (the linker's hash of the binary), as hex; "" when the binary
// has none (the cache is then off: nothing would tell two builds apart).
std::string buildId() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, size_t, void* data) -> int {
        auto* out = static_cast<std::string*>(data);
        for (int i = 0; i < info->dlpi_phnum; i++) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          const char* end = p + ph.p_memsz;
          while (p + sizeof(ElfW(Nhdr)) <= end) {
            const auto* n = reinterpret_cast<const ElfW(Nhdr)*>(p);
            const char* name = p + sizeof(ElfW(Nhdr));
            const char* desc = name + ((n->n_namesz + 3) & ~3u);
            if (n->n_type == NT_GNU_BUILD_ID && n->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0 &&
                desc + n->n_descsz <= end) {
              static const char hex[] = "0123456789abcdef";
              for (uint32_t k = 0; k < n->n_descsz; k++) {
                uint8_t b = uint8_t(desc[k]);
                out->push_back(hex[b >> 4]);
                out->push_back(hex[b & 15]);
              }
              return 1;
            }
            p = desc + ((n->n_descsz + 3) & ~3u);
          }
        }
        return 1;  // the first object is the executable: stop there
      },
      &id);
  return id;
}

// GODEBUG's imagecache setting: 1 traces each lookup, 0 turns the image cache off (the
// parse cache stays on).
bool godebug(const char* setting) {
  const char* d = std::getenv("GODEBUG");
  return d && ("," + std::string(d) + ",").find("," + std::string(setting) + ",") != std::string::npos;
}
bool traced() {
  static const bool on = godebug("imagecache=1");
  return on;
}

void trace(const char* what, const std::string& name) {
  if (traced()) std::fprintf(stderr, "golite: image cache %s %s\n", what, name.c_str());
}


// A folder's Go files as a build may read them: every .go file but tests (files of other
// platforms too: a build constraint edited changes the package), in name order.
std::vector<std::string> goFiles(const std::string& dir, bool& ok) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    std::string n = e.path().filename().string();
    if (n.size() > 3 && n.compare(n.size() - 3, 3, ".go") == 0 && n.find("_test.go") == std::string::npos)
      names.push_back(n);
  }
  ok = !ec;
  std::sort(names.begin(), names.end());
  return names;
}

// A folder's digest: its Go files' names and contents, two hashes of one walk.
std::pair<uint64_t, uint64_t> folderDigest(const std::string& dir) {
  bool ok;
  std::vector<std::string> names = goFiles(dir, ok);
  if (!ok) return {0, 0};
  uint64_t a = 1, b = 2;
  std::string text;
  for (const auto& n : names) {
    if (!readFile(dir + "/" + n, text)) text = "\xff unreadable";
    a = hashBytes(n, a) ^ hashBytes(text, a + 7);
    b = hashBytes(n, b) ^ hashBytes(text, b + 11);
  }
  return {a, b};
}

// A folder's files as the file system describes them: names, sizes, inodes, and the
// times of the last change to content (mtime) and to the inode (ctime, which the kernel
// sets on every write and no tool can set back). Equal to what it was when an image was
// written, the folder is taken as unchanged without reading it (as make and ninja judge
// by times); different, the contents decide (folderDigest): a file touched but not
// changed costs a read, never a rebuild.
uint64_t folderStamp(const std::string& dir) {
  bool ok;
  std::vector<std::string> names = goFiles(dir, ok);
  if (!ok) return 0;
  uint64_t h = 3;
  for (const auto& n : names) {
    struct stat st;
    if (::stat((dir + "/" + n).c_str(), &st) != 0) return 0;
    uint64_t f[6] = {uint64_t(st.st_size), uint64_t(st.st_ino), uint64_t(st.st_mtim.tv_sec),
                     uint64_t(st.st_mtim.tv_nsec), uint64_t(st.st_ctim.tv_sec), uint64_t(st.st_ctim.tv_nsec)};
    h = hashBytes(n, h) ^ hashBytes(std::string_view(reinterpret_cast<const char*>(f), sizeof f), h + 5);
  }
  return h;
}

void putU64(std::string& out, uint64_t v) { out.append(reinterpret_cast<const char*>(&v), 8); }
bool getU64(std::string_view& in, uint64_t& v) {
  if (in.size() < 8) return false;
  std::memcpy(&v, in.data(), 8);
  in.remove_prefix(8);
  return true;
}
void putStr(std::string& out, const std::string& s) {
  putU64(out, s.size());
  out.append(s);
}
bool getStr(std::string_view& in, std::string& s) {
  uint64_t n;
  if (!getU64(in, n) || n > in.size()) return false;
  s.assign(in.data(), n);
  in.remove_prefix(n);
  return true;
}

}  // namespace

ImageCache::ImageCache(const std::vector<std::string>& displays, const std::vector<std::string>& contents,
                       bool escape) {
  const std::string& base = cache::baseDir();
  if (base.empty() || godebug("imagecache=0")) return;
  static const std::string id = buildId();
  if (id.empty()) return;
  // The program's identity (which program, built how) names the entry; what it is made
  // of is checked inside: an edited program replaces its image rather than adding one.
  std::string who = "golite " + id + "\n";
  std::error_code ec;
  who += "cwd " + std::filesystem::current_path(ec).string() + "\n";
  const char* goroot = std::getenv("GOROOT");
  who += "goroot " + std::string(goroot ? goroot : "") + "\n";
  who += escape ? "escape on\n" : "escape off\n";
  for (const auto& d : displays) who += "file " + d + "\n";
  std::string key = who;
  if (auto m = findModule(".")) {
    std::string mod;
    readFile(m->root + "/go.mod", mod);
    key += "module " + m->root + " " + std::to_string(hashBytes(mod, 5)) + "\n";
  }
  for (size_t i = 0; i < displays.size(); i++)
    key += "content " + std::to_string(contents[i].size()) + " " + std::to_string(hashBytes(contents[i], 1)) + " " +
           std::to_string(hashBytes(contents[i], 2)) + "\n";
  char name[17];
  std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(hashBytes(who, 3)));
  dir_ = base + "/image-" + id;
  path_ = dir_ + "/" + name;
  check_ = hashBytes(key, 4);
}

bool ImageCache::load(Program& program, vm::Proto*& init, vm::Proto*& mainFn, std::string& display) {
  if (path_.empty()) return false;
  std::string bytes;
  if (!cache::readHead(path_, sizeof(Header), bytes)) {
    trace("miss", path_);
    return false;
  }
  Header first;
  std::memcpy(&first, bytes.data(), sizeof first);
  // Another version of the program (edited since): not read further.
  if (std::memcmp(first.magic, kMagic, 8) != 0 || first.check != check_ ||
      !cache::readEntry(path_, bytes, sizeof(Header))) {
    trace("stale", path_);
    return false;
  }
  Header h;
  std::memcpy(&h, bytes.data(), sizeof h);
  std::string_view body(bytes.data() + sizeof h, bytes.size() - sizeof h);
  bool ok = std::memcmp(h.magic, kMagic, 8) == 0 && h.check == check_ && h.bodyLen == body.size() &&
            h.bodyHash == hashBytes(body, 6);
  uint64_t ndirs = 0;
  ok = ok && getStr(body, display) && getU64(body, ndirs) && ndirs <= body.size();
  for (uint64_t i = 0; ok && i < ndirs; i++) {
    std::string dir;
    uint64_t stamp, a, b;
    ok = getStr(body, dir) && getU64(body, stamp) && getU64(body, a) && getU64(body, b) &&
         (folderStamp(dir) == stamp || folderDigest(dir) == std::make_pair(a, b));
  }
  ok = ok && program.loadImage(body, init, mainFn);
  trace(ok ? "hit" : "stale", path_);
  return ok;
}

void ImageCache::store(const Program& program, vm::Proto* init, vm::Proto* mainFn, const std::string& display,
                       const std::vector<std::string>& dirs) {
  if (path_.empty()) return;
  std::string image;
  if (!program.saveImage(init, mainFn, image)) {
    trace("cannot save", path_);
    return;
  }
  std::string body;
  putStr(body, display);
  std::vector<std::string> sorted(dirs);
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  putU64(body, sorted.size());
  for (const auto& d : sorted) {
    putStr(body, d);
    putU64(body, folderStamp(d));  // before the contents: a change in between is seen next time
    auto [a, b] = folderDigest(d);
    putU64(body, a);
    putU64(body, b);
  }
  body += image;
  Header h;
  std::memcpy(h.magic, kMagic, 8);
  h.check = check_;
  h.bodyLen = body.size();
  h.bodyHash = hashBytes(body, 6);
  cache::writeEntry(dir_, path_, std::string_view(reinterpret_cast<const char*>(&h), sizeof h), body, "image-", 86400, 3);
}

}  // namespace golite
