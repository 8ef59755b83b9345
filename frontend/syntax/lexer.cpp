// The Go lexer: semicolon insertion and Go's token checks over ANTLR's generated lexer.
// See lexer.h for the scheme; the checks mirror cmd/compile/internal/syntax/scanner.go.
#include "frontend/syntax/lexer.h"

#include <cstdio>

namespace golite {

using antlr4::CommonToken;
using antlr4::Token;
using P = grammar::GoLiteLexer;

// ---- ByteStream ------------------------------------------------------------------------

void ByteStream::consume() {
  if (p_ >= data_.size()) throw antlr4::IllegalStateException("cannot consume EOF");
  ++p_;
}

size_t ByteStream::LA(ssize_t i) {
  if (i == 0) return 0;  // undefined
  ssize_t pos = i < 0 ? static_cast<ssize_t>(p_) + i : static_cast<ssize_t>(p_) + i - 1;
  if (pos < 0 || pos >= static_cast<ssize_t>(data_.size())) return antlr4::IntStream::EOF;
  unsigned char c = data_[pos];
  return c < 0x80 ? c : 0x7F;  // see GoLite.g4's note on IDENTIFIER
}

std::string ByteStream::getText(const antlr4::misc::Interval& interval) {
  ssize_t a = interval.a < 0 ? 0 : interval.a;
  ssize_t b = interval.b;
  if (b >= static_cast<ssize_t>(data_.size())) b = static_cast<ssize_t>(data_.size()) - 1;
  if (b < a) return {};
  return std::string(data_.substr(a, b - a + 1));
}

// ---- helpers ---------------------------------------------------------------------------

namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when it is invalid.
size_t decodeRune(std::string_view s, size_t i, uint32_t* out) {
  auto b = [&](size_t k) -> uint32_t { return static_cast<unsigned char>(s[k]); };
  uint32_t c = b(i);
  size_t n;
  uint32_t r, min;
  if (c < 0x80) {
    *out = c;
    return 1;
  } else if ((c & 0xE0) == 0xC0) {
    n = 2, r = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3, r = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4, r = c & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; k++) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    r = r << 6 | (b(i + k) & 0x3F);
  }
  if (r < min || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) return 0;
  *out = r;
  return n;
}

// Go's %#U: U+0041 'A' (the quoted form only for printable characters).
std::string formatU(uint32_t r, std::string_view utf8) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", r);
  std::string s = buf;
  bool printable = r >= 0x80 ? (r != 0xFEFF && !(r >= 0x80 && r < 0xA0)) : (r >= 0x20 && r < 0x7F);
  if (printable) s += " '" + std::string(utf8) + "'";
  return s;
}

// Go's %q of a single character.
std::string quoteChar(std::string_view s, size_t i) {
  unsigned char c = s[i];
  switch (c) {
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    default: break;
  }
  if (c >= 0x20 && c < 0x7F) return std::string("'") + char(c) + "'";
  uint32_t r;
  if (size_t n = decodeRune(s, i, &r); n > 1) return "'" + std::string(s.substr(i, n)) + "'";
  char buf[16];
  std::snprintf(buf, sizeof buf, "'\\x%02x'", c);
  return buf;
}

const char* baseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 10: return "decimal";
    default: return "hexadecimal";
  }
}

char lower(char c) { return static_cast<char>(c | 0x20); }
bool isDecimal(char c) { return c >= '0' && c <= '9'; }
bool isHex(char c) { return isDecimal(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

// The index of the first misplaced '_' in a number literal, or -1 (scanner.go's
// invalidSep).
int invalidSep(const std::string& x) {
  char x1 = ' ';
  char d = '.';
  size_t i = 0;
  if (x.size() >= 2 && x[0] == '0') {
    x1 = lower(x[1]);
    if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
      d = '0';
      i = 2;
    }
  }
  for (; i < x.size(); i++) {
    char p = d;
    d = x[i];
    if (d == '_') {
      if (p != '0') return static_cast<int>(i);
    } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
      d = '0';
    } else {
      if (p == '_') return static_cast<int>(i) - 1;
      d = '.';
    }
  }
  if (d == '_') return static_cast<int>(x.size()) - 1;
  return -1;
}

bool insertsSemi(size_t type) {
  switch (type) {
    case P::IDENTIFIER:
    case P::INT_LIT:
    case P::FLOAT_LIT:
    case P::IMAGINARY_LIT:
    case P::RUNE_LIT:
    case P::STRING_LIT:
    case P::RAW_STRING_LIT:
    case P::BREAK:
    case P::CONTINUE:
    case P::FALLTHROUGH:
    case P::RETURN:
    case P::INC:
    case P::DEC:
    case P::R_PAREN:
    case P::R_BRACKET:
    case P::R_CURLY: return true;
    default: return false;
  }
}

}  // namespace

// ---- GoLexer ---------------------------------------------------------------------------

GoLexer::GoLexer(ByteStream* input) : grammar::GoLiteLexer(input), src_(input->data()) {
  removeErrorListeners();  // every input lexes (INVALID_CHAR takes the rest)
}

std::unique_ptr<Token> GoLexer::nextToken() {
  if (pending_) {
    auto t = std::move(pending_);
    note(*t, pendingEndLine_);
    return t;
  }
  for (;;) {
    skipBlanks();
    auto t = GoLiteLexer::nextToken();
    // Only raw strings span lines (comments and whitespace are skipped).
    size_t endLine = t->getLine();
    if (t->getType() == P::RAW_STRING_LIT || t->getType() == P::UNTERMINATED_RAW) {
      for (size_t i = t->getStartIndex(); i <= t->getStopIndex() && i < src_.size(); i++) {
        endLine += src_[i] == '\n';
      }
    }
    if (!checkToken(*t)) continue;
    if (nlsemi_ && (t->getType() == Token::EOF || t->getLine() > lastEndLine_)) {
      auto semi = makeSemi(*t);
      pending_ = std::move(t);
      pendingEndLine_ = endLine;
      nlsemi_ = false;
      return semi;
    }
    note(*t, endLine);
    return t;
  }
}

// Whitespace and comments, skipped here rather than by the grammar's skip rules: ANTLR's
// lexer would run its DFA over every blank and then execute a skip action, about a
// quarter of all lexing time. An unterminated comment is left for the grammar to report.
void GoLexer::skipBlanks() {
  size_t start = _input->index(), i = start, n = src_.size();
  size_t line = getLine(), col = getCharPositionInLine();
  while (i < n) {
    char c = src_[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      i++, col++;
    } else if (c == '\n') {
      i++, line++, col = 0;
    } else if (c == '/' && i + 1 < n && src_[i + 1] == '/') {
      size_t end = src_.find('\n', i);
      if (end == std::string_view::npos) end = n;
      col += end - i;
      i = end;
    } else if (c == '/' && i + 1 < n && src_[i + 1] == '*') {
      size_t end = src_.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      for (; i < end + 2; i++) {
        if (src_[i] == '\n') {
          line++, col = 0;
        } else {
          col++;
        }
      }
    } else {
      break;
    }
  }
  if (i == start) return;
  _input->seek(i);
  setLine(line);
  setCharPositionInLine(col);
}

void GoLexer::note(const Token& t, size_t endLine) {
  nlsemi_ = insertsSemi(t.getType());
  lastEndLine_ = endLine;
  lastStop_ = t.getStopIndex();
}

// The `;` that ends the line after the last token. It sits where Go's scanner puts it:
// on the newline character, or at the start of a block comment that spans lines, or
// at EOF.
std::unique_ptr<Token> GoLexer::makeSemi(const Token& next) {
  // Find the newline (or the multi-line comment) that ends the line.
  size_t i = lastStop_ + 1;
  bool newline = false;
  while (i < src_.size() && !newline) {
    char c = src_[i];
    if (c == ' ' || c == '\t' || c == '\r') {
      i++;
    } else if (c == '/' && i + 1 < src_.size() && src_[i + 1] == '/') {
      i = src_.find('\n', i);
      if (i == std::string_view::npos) i = src_.size();
    } else if (c == '/' && i + 1 < src_.size() && src_[i + 1] == '*') {
      size_t end = src_.find("*/", i + 2);
      if (end == std::string_view::npos) end = src_.size();
      if (src_.substr(i, end - i).find('\n') != std::string_view::npos) {
        newline = true;
      } else {
        i = end + 2;
      }
    } else {
      newline = c == '\n';
      break;
    }
  }
  size_t line, col0, at;
  std::string text;
  if (newline) {
    text = "newline";
    at = i;
    size_t lineStart = i == 0 ? std::string_view::npos : src_.rfind('\n', i - 1);
    lineStart = lineStart == std::string_view::npos ? 0 : lineStart + 1;
    line = lastEndLine_;
    col0 = i - lineStart;
  } else {  // the file ends on this line
    text = "EOF";
    line = next.getLine();
    col0 = next.getCharPositionInLine();
    at = src_.size();
  }
  auto semi = std::make_unique<CommonToken>(
      std::make_pair<antlr4::TokenSource*, antlr4::CharStream*>(this, getInputStream()), P::SEMI,
      Token::DEFAULT_CHANNEL, at, at);
  semi->setText(text);
  semi->setLine(line);
  semi->setCharPositionInLine(col0);
  return semi;
}

void GoLexer::error(size_t line, size_t col0, std::string msg) {
  errors.push_back({{static_cast<int>(line), static_cast<int>(col0) + 1}, std::move(msg)});
}

bool GoLexer::checkToken(Token& t) {
  auto* ct = static_cast<CommonToken*>(&t);
  size_t line = t.getLine(), col = t.getCharPositionInLine();
  switch (t.getType()) {
    case P::INT_LIT:
    case P::FLOAT_LIT:
    case P::IMAGINARY_LIT: checkNumber(t, t.getText()); return true;
    case P::RUNE_LIT: checkQuoted(t, t.getText(), '\''); return true;
    case P::STRING_LIT: checkQuoted(t, t.getText(), '"'); return true;
    case P::IDENTIFIER:
      // The grammar lets DEL through as a letter (it stands for non-ASCII bytes).
      for (size_t i = t.getStartIndex(); i <= t.getStopIndex(); i++) {
        if (src_[i] != 0x7F) continue;
        bool first = i == t.getStartIndex();
        error(line, col + (i - t.getStartIndex()),
              first ? "invalid character U+007F" : "invalid character U+007F in identifier");
        break;
      }
      return true;
    case P::UNTERMINATED_STRING:
    case P::UNTERMINATED_RUNE: {
      bool rune = t.getType() == P::UNTERMINATED_RUNE;
      size_t end = t.getStopIndex() + 1;
      if (end < src_.size() && src_[end] == '\n') {
        error(line, col + (end - t.getStartIndex()),
              rune ? "newline in rune literal" : "newline in string");
      } else {
        error(line, col, rune ? "rune literal not terminated" : "string not terminated");
      }
      ct->setType(rune ? P::RUNE_LIT : P::STRING_LIT);
      return true;
    }
    case P::UNTERMINATED_RAW:
      error(line, col, "string not terminated");
      ct->setType(P::RAW_STRING_LIT);
      return true;
    case P::UNTERMINATED_COMMENT: error(line, col, "comment not terminated"); return false;
    case P::INVALID_CHAR: {
      size_t i = t.getStartIndex();
      unsigned char c = src_[i];
      if (c != 0) error(line, col, "invalid character " + formatU(c, src_.substr(i, 1)));
      return false;  // NUL was reported by checkEncoding
    }
    default: return true;
  }
}

// Go's scanner.number(), run over a literal the grammar matched loosely.
void GoLexer::checkNumber(const Token& t, const std::string& lit) {
  size_t line = t.getLine(), col = t.getCharPositionInLine();
  size_t i = 0;
  auto ch = [&]() -> char { return i < lit.size() ? lit[i] : '\0'; };
  auto fail = [&](size_t at, std::string msg) { error(line, col + at, std::move(msg)); };

  bool ok = true, isFloat = false;
  int base = 10;
  char prefix = 0;
  int digsep = 0;
  long invalid = -1;
  auto digits = [&](int b, bool record) {
    int ds = 0;
    if (b <= 10) {
      char max = static_cast<char>('0' + b);
      while (isDecimal(ch()) || ch() == '_') {
        int d = 1;
        if (ch() == '_') {
          d = 2;
        } else if (ch() >= max && record && invalid < 0) {
          invalid = static_cast<long>(i);
        }
        ds |= d;
        i++;
      }
    } else {
      while (isHex(ch()) || ch() == '_') {
        ds |= ch() == '_' ? 2 : 1;
        i++;
      }
    }
    return ds;
  };

  bool seenPoint = ch() == '.';
  if (seenPoint) {
    i++;
  } else {
    if (ch() == '0') {
      i++;
      switch (lower(ch())) {
        case 'x': i++, base = 16, prefix = 'x'; break;
        case 'o': i++, base = 8, prefix = 'o'; break;
        case 'b': i++, base = 2, prefix = 'b'; break;
        default: base = 8, prefix = '0', digsep = 1; break;
      }
    }
    digsep |= digits(base, true);
    if (ch() == '.') {
      if (prefix == 'o' || prefix == 'b') {
        fail(i, std::string("invalid radix point in ") + baseName(base) + " literal");
        ok = false;
      }
      i++;
      seenPoint = true;
    }
  }
  if (seenPoint) {
    isFloat = true;
    digsep |= digits(base, true);
  }
  if ((digsep & 1) == 0 && ok) {
    fail(i, std::string(baseName(base)) + " literal has no digits");
    ok = false;
  }
  char e = lower(ch());
  if (e == 'e' || e == 'p') {
    if (ok) {
      if (e == 'e' && prefix != 0 && prefix != '0') {
        fail(i, quoteChar(lit, i) + " exponent requires decimal mantissa");
        ok = false;
      } else if (e == 'p' && prefix != 'x') {
        fail(i, quoteChar(lit, i) + " exponent requires hexadecimal mantissa");
        ok = false;
      }
    }
    i++;
    isFloat = true;
    if (ch() == '+' || ch() == '-') i++;
    int ds = digits(10, false);
    digsep = ds | (digsep & 2);
    if ((ds & 1) == 0 && ok) {
      fail(i, "exponent has no digits");
      ok = false;
    }
  } else if (prefix == 'x' && isFloat && ok) {
    fail(i, "hexadecimal mantissa requires a 'p' exponent");
    ok = false;
  }
  bool imag = ch() == 'i';
  if (!isFloat && !imag && invalid >= 0 && ok) {
    fail(invalid,
         "invalid digit " + quoteChar(lit, invalid) + " in " + baseName(base) + " literal");
    ok = false;
  }
  if ((digsep & 2) != 0 && ok) {
    if (int k = invalidSep(lit); k >= 0) fail(k, "'_' must separate successive digits");
  }
}

// Go's scanner.rune() and stdString() escape checks, over a complete literal.
void GoLexer::checkQuoted(const Token& t, const std::string& lit, char quote) {
  size_t line = t.getLine(), col = t.getCharPositionInLine();
  size_t end = lit.size() - 1;  // the closing quote
  size_t i = 1;
  int n = 0;
  bool ok = true;
  auto fail = [&](size_t at, std::string msg) {
    error(line, col + at, std::move(msg));
    ok = false;
  };
  auto escape = [&]() -> bool {  // at lit[i], the character after the backslash
    char c = lit[i];
    int digitsLeft, base;
    uint32_t max;
    switch (c) {
      case 'a':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
      case 'v':
      case '\\': i++; return true;
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7': digitsLeft = 3, base = 8, max = 255; break;
      case 'x': i++, digitsLeft = 2, base = 16, max = 255; break;
      case 'u': i++, digitsLeft = 4, base = 16, max = 0x10FFFF; break;
      case 'U': i++, digitsLeft = 8, base = 16, max = 0x10FFFF; break;
      default:
        if (c == quote) {
          i++;
          return true;
        }
        fail(i, "unknown escape");
        return false;
    }
    uint32_t x = 0;
    for (; digitsLeft > 0; digitsLeft--) {
      if (i >= lit.size()) return true;
      char d = lit[i];
      uint32_t v = static_cast<uint32_t>(base);
      if (isDecimal(d)) {
        v = d - '0';
      } else if (lower(d) >= 'a' && lower(d) <= 'f') {
        v = lower(d) - 'a' + 10;
      }
      if (v >= static_cast<uint32_t>(base)) {
        fail(i, "invalid character " + quoteChar(lit, i) + " in " + baseName(base) + " escape");
        return false;
      }
      x = x * base + v;
      i++;
    }
    if (x > max && base == 8) {
      fail(i, "octal escape value " + std::to_string(x) + " > 255");
      return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
      fail(i, "escape is invalid Unicode code point " + formatU(x, ""));
      return false;
    }
    return true;
  };

  while (i < end) {
    if (lit[i] == '\\') {
      i++;
      escape();
    } else {
      uint32_t r;
      size_t len = decodeRune(lit, i, &r);
      i += len ? len : 1;
    }
    n++;
  }
  if (quote == '\'' && ok) {
    if (n == 0) {
      fail(end, "empty rune literal or unescaped '");
    } else if (n != 1) {
      fail(0, "more than one character in rune literal");
    }
  }
}

// ---- encoding and token descriptions ----------------------------------------------------

void checkEncoding(std::string_view src, std::vector<LexError>& errors, size_t max) {
  int line = 1;
  size_t lineStart = 0;
  size_t found = 0;
  auto report = [&](size_t i, const char* msg) {
    if (found++ < max) errors.push_back({{line, static_cast<int>(i - lineStart) + 1}, msg});
  };
  for (size_t i = 0; i < src.size();) {
    unsigned char c = src[i];
    if (c == '\n') {
      line++;
      lineStart = ++i;
    } else if (c == 0) {
      report(i++, "invalid NUL character");
    } else if (c < 0x80) {
      i++;
    } else {
      uint32_t r;
      size_t n = decodeRune(src, i, &r);
      if (n == 0) {
        report(i++, "invalid UTF-8 encoding");
      } else {
        if (r == 0xFEFF && i > 0) report(i, "invalid BOM in the middle of the file");
        i += n;
      }
    }
  }
}

std::string describeToken(const Token& t) {
  switch (t.getType()) {
    case Token::EOF: return "EOF";
    case P::SEMI: {
      std::string s = t.getText();
      return s == ";" ? "semicolon" : s;
    }
    case P::COMMA: return "comma";
    case P::INT_LIT:
    case P::FLOAT_LIT:
    case P::IMAGINARY_LIT:
    case P::RUNE_LIT:
    case P::STRING_LIT:
    case P::RAW_STRING_LIT: return "literal " + t.getText();
    default: return t.getText();
  }
}

}  // namespace golite
