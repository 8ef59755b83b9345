// The parse cache: Go files parsed once and kept on disk.
//
// Parsing with ANTLR is most of what a run costs before the program starts, and the
// standard library (fmt, strings, Go's own regexp ...) would be parsed again on every
// run. The driver and the loader parse through parseCached, which keeps each parsed file's tree
// (frontend/syntax/serialize.h) in $GOLITECACHE, else $XDG_CACHE_HOME/golite, else
// ~/.cache/golite, and reads it back on the next run. GOLITECACHE=off turns it off.
//
// An entry is named by a hash of the source text and lives in a folder named by the
// parser's own format (a hash of the grammar and frontend/syntax, fixed at build time),
// so an edited file or a changed parser never meets an old entry. Entries are written to
// a temporary file and renamed into place, so runs racing on one entry each see a whole
// one; an entry that does not check out (its header, length, source hash, checksum, or
// the decoder's own checks) is parsed again and rewritten, never trusted. A run whose
// files all come from the cache never makes an ANTLR parser (whose start-up, the grammar's
// ATN, is then never paid: grammar/lazy_init.cmake). Entries unused for five days are
// removed, at most once a day, as Go trims its build cache. GODEBUG=parsecache=1 prints
// a line for each file: read from the cache (hit) or parsed (miss).
#pragma once

#include <string>
#include <string_view>

#include "frontend/syntax/ast.h"
#include "frontend/syntax/diag.h"

namespace golite {

// parseFile, through the cache.
ast::File* parseCached(ast::Arena& arena, const std::string& filename, std::string_view src, Diagnostics& diags);

}  // namespace golite
