// The program image cache: a program run before starts without its front end.
//
// Parsing, checking, escape analysis and compiling a program's imports is most of what
// a run costs before main starts (190 ms for one importing encoding/json, regexp and
// text/template, against 25 ms for the rest). After a build, the compiled program
// (frontend/compile/image.cpp: its functions, type descriptors and globals) is written
// to $GOLITECACHE/image-BUILDID/KEY, and the next run of the same program reads it back
// instead of building.
//
// An entry is named by the program's identity: golite's own build (the ELF build id of
// the binary, so a rebuilt golite never meets an old image; the standard library's golite
// sources are inside it), the working directory, GOROOT, the options that change the code
// (--escape) and the main package's files by name; so an edited program's new image
// replaces the old one (one image a program, not one a version). The entry holds a hash
// of what the build saw before loading anything: that identity, the module golite finds
// (its go.mod) and the main files' contents. What the build read from disk after that
// (every folder a package came from: Go's own packages in GOROOT, the module's packages)
// is listed in the entry with a digest of each folder's Go files (names and contents),
// and an entry whose folders no longer match is built again, as go's build cache does
// (a folder whose files' sizes, inodes and change times are as they were is not read).
// Entries are checksummed, written atomically (cli/cachefile.h), and one that does not
// check out is rebuilt, never trusted. GOLITECACHE=off turns the cache off (and the parse
// cache), GODEBUG=imagecache=0 this one alone; GODEBUG=imagecache=1 prints whether a
// run's image was read (hit), built (miss) or found out of date (stale).
#pragma once

#include <string>
#include <vector>

#include "frontend/compile/compile.h"

namespace golite {

class ImageCache {
 public:
  // The entry for a program whose main package's files are these (names as messages
  // show them, paths read, contents); escape: the --escape setting.
  ImageCache(const std::vector<std::string>& displays, const std::vector<std::string>& contents, bool escape);

  // Loads the program's image into program (which has compiled nothing yet): its init and
  // main functions and os.Args[0]'s name; false on a miss.
  bool load(Program& program, vm::Proto*& init, vm::Proto*& mainFn, std::string& display);
  // Writes the image of a program just built, which read the package folders dirs.
  void store(const Program& program, vm::Proto* init, vm::Proto* mainFn, const std::string& display,
             const std::vector<std::string>& dirs);

 private:
  std::string dir_;   // the cache's folder for this golite ("" when off)
  std::string path_;  // this program's entry
  uint64_t check_ = 0;  // a second hash of the key, kept in the entry
};

}  // namespace golite
