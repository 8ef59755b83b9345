// Doc comments for the REPL's :doc, read from Go source text as `go doc` shows them: the
// declaration's header (a func's signature, a type's definition, a var or const spec) and
// the comment lines right above it.
#pragma once

#include <string>
#include <vector>

namespace golite {

using SourceLines = std::vector<std::string>;

struct DocText {
  std::string decl;  // the declaration as written (a func's body left out)
  std::string doc;   // its doc comment, comment markers removed, one line per line
};

// The declaration that starts at line (1-based) of lines, and the comment above it.
DocText declAt(const SourceLines& lines, int line);

// Finds the package-level declaration of name in a file's lines: a func, type, var or
// const (also inside a parenthesized group), or "T.M" for a method of T.
bool findDecl(const SourceLines& lines, const std::string& name, DocText& out);

// The non-test Go files of a standard package in Go's source tree ($GOROOT/src, else the
// places Debian and go.dev install it); none when there is no tree.
std::vector<SourceLines> goSourceFiles(const std::string& importPath);

// A struct type's declaration as go doc shows another package's: unexported fields
// replaced by a `// Has unexported fields.` line.
std::string hideUnexportedFields(const std::string& decl);

// The package comment ("Package NAME ...") among files; empty when there is none.
std::string packageDoc(const std::vector<SourceLines>& files);

// A DocText as :doc prints it: the declaration, then the doc indented by four spaces.
std::string formatDoc(const DocText& d);

}  // namespace golite
