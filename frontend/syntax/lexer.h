// The Go lexer: ANTLR's generated lexer, fed bytes, with Go's semicolon insertion.
//
// Go's scanner works on UTF-8 bytes and reports columns in bytes; so does this one.
// ByteStream hands the generated lexer one byte per "character" (0..255), which keeps
// ANTLR's line and column counters in Go's units and lets token text come back as the
// exact source bytes. Non-ASCII bytes count as identifier letters in the grammar; the
// encoding itself is checked once, up front, by checkEncoding().
//
// GoLexer::nextToken() implements the spec's semicolon rule: when the line ends (a
// newline, a line comment, a block comment spanning lines, or EOF) right after an
// identifier, a basic literal, one of the keywords break continue fallthrough return,
// one of ++ -- ) ] }, a `;` token is emitted. Its text says why, as Go's scanner does:
// "newline" or "EOF" ("semicolon" being a written `;`), so that syntax errors can say
// "unexpected newline". Whitespace, newlines and comments never become tokens; a
// newline is seen as a change of line between two tokens.
//
// Malformed tokens (unterminated strings, runes and comments, invalid characters, bad
// number literals and escapes) are reported here in the words of Go's scanner
// (cmd/compile/internal/syntax/scanner.go) and then passed on as if well formed, so the
// parser goes on and reports what follows, as Go does.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "GoLiteLexer.h"
#include "antlr4-runtime.h"
#include "frontend/syntax/ast.h"

namespace golite {

struct LexError {
  ast::Pos pos;
  std::string msg;
};

// A CharStream over bytes. The bytes must outlive the stream and every token read
// from it (tokens fetch their text lazily).
class ByteStream : public antlr4::CharStream {
 public:
  ByteStream(std::string_view data, std::string name) : data_(data), name_(std::move(name)) {}

  void consume() override;
  size_t LA(ssize_t i) override;
  ssize_t mark() override { return -1; }
  void release(ssize_t) override {}
  size_t index() override { return p_; }
  void seek(size_t index) override { p_ = index < data_.size() ? index : data_.size(); }
  size_t size() override { return data_.size(); }
  std::string getSourceName() const override { return name_; }
  std::string getText(const antlr4::misc::Interval& interval) override;
  std::string toString() const override { return std::string(data_); }

  std::string_view data() const { return data_; }

 private:
  std::string_view data_;
  std::string name_;
  size_t p_ = 0;
};

class GoLexer : public grammar::GoLiteLexer {
 public:
  explicit GoLexer(ByteStream* input);

  std::unique_ptr<antlr4::Token> nextToken() override;

  // Errors found while lexing, in source order.
  std::vector<LexError> errors;

 private:
  void skipBlanks();
  std::unique_ptr<antlr4::Token> makeSemi(const antlr4::Token& next);
  void note(const antlr4::Token& t, size_t endLine);
  bool checkToken(antlr4::Token& t);  // false: drop the token
  void error(size_t line, size_t col0, std::string msg);
  void checkNumber(const antlr4::Token& t, const std::string& lit);
  void checkQuoted(const antlr4::Token& t, const std::string& lit, char quote);

  std::string_view src_;
  std::unique_ptr<antlr4::Token> pending_;  // the token after an inserted `;`
  size_t pendingEndLine_ = 0;
  bool nlsemi_ = false;     // a line end here would insert a `;`
  size_t lastEndLine_ = 0;  // the line the last emitted token ended on
  size_t lastStop_ = 0;     // its last byte's index
};

// Reports invalid UTF-8, NUL bytes and byte order marks past the start, as Go's
// scanner does ("invalid UTF-8 encoding", "invalid NUL character", "invalid BOM in the
// middle of the file"). At most `max` errors.
void checkEncoding(std::string_view src, std::vector<LexError>& errors, size_t max = 10);

// How a token reads in a syntax error, as Go's parser words it: `newline`, `EOF`,
// `semicolon`, `comma`, `literal 42`, a name, or the token's own text.
std::string describeToken(const antlr4::Token& t);

}  // namespace golite
