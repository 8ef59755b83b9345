// A parsed file as bytes and back: the parse cache's format (cli/parsecache.cpp).
//
// ANTLR's parse is most of what a run costs before the program starts (the standard
// library's files are parsed on every run), so the driver keeps each parsed file on disk
// and reads it back instead of parsing again. What is stored is what the parser sets
// (names, operators, literals, positions and structure), never the checker's annotations:
// encode a file right after parsing it. The encoding is golite's own and compact:
// varints, strings with their lengths, a node as its kind and then its fields.
//
// Decoding trusts nothing: a truncated, corrupt or foreign input gives nullptr (the
// caller parses the source instead), never a crash or a half-built tree.
#pragma once

#include <string>
#include <string_view>

#include "frontend/syntax/ast.h"

namespace golite::ast {

std::string encodeFile(const File* f);

// The file, with its nodes in arena and its filename set to filename, or nullptr when
// bytes is not a whole, well-formed encoding.
File* decodeFile(Arena& arena, std::string_view bytes, const std::string& filename);

}  // namespace golite::ast
