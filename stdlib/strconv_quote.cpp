// Quoting and unquoting Go literals: strconv.Quote, QuoteRune, Unquote, UnquoteChar
// (Go's strconv/quote.go). fmt's %q is built on these.
#include "stdlib/strconv.h"
#include "stdlib/unicode.h"
#include "stdlib/utf8.h"

namespace golite::stdlib::strconv {
namespace {

constexpr char kLowerHex[] = "0123456789abcdef";

void appendEscapedRune(std::string& buf, int32_t r, char quote, bool asciiOnly,
                       bool graphicOnly) {
  if (r == int32_t(uint8_t(quote)) || r == '\\') {  // always backslashed
    buf.push_back('\\');
    buf.push_back(char(r));
    return;
  }
  if (asciiOnly) {
    if (r < utf8::RuneSelf && isPrint(r)) {
      buf.push_back(char(r));
      return;
    }
  } else if (graphicOnly ? isGraphic(r) : isPrint(r)) {
    utf8::appendRune(buf, r);
    return;
  }
  switch (r) {
    case '\a': buf += "\\a"; return;
    case '\b': buf += "\\b"; return;
    case '\f': buf += "\\f"; return;
    case '\n': buf += "\\n"; return;
    case '\r': buf += "\\r"; return;
    case '\t': buf += "\\t"; return;
    case '\v': buf += "\\v"; return;
  }
  if (r < ' ' || r == 0x7f) {
    buf += "\\x";
    buf.push_back(kLowerHex[uint8_t(r) >> 4]);
    buf.push_back(kLowerHex[uint8_t(r) & 0xF]);
    return;
  }
  if (!utf8::validRune(r)) r = 0xFFFD;
  if (r < 0x10000) {
    buf += "\\u";
    for (int s = 12; s >= 0; s -= 4) buf.push_back(kLowerHex[(r >> s) & 0xF]);
  } else {
    buf += "\\U";
    for (int s = 28; s >= 0; s -= 4) buf.push_back(kLowerHex[(r >> s) & 0xF]);
  }
}

int unhex(char c) {
  if ('0' <= c && c <= '9') return c - '0';
  if ('a' <= c && c <= 'f') return c - 'a' + 10;
  if ('A' <= c && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool isPrint(int32_t r) { return unicode::isPrint(r); }
bool isGraphic(int32_t r) { return unicode::isGraphic(r); }

void appendQuote(std::string& buf, std::string_view s, char quote, bool asciiOnly,
                 bool graphicOnly) {
  buf.push_back(quote);
  const uint8_t* p = reinterpret_cast<const uint8_t*>(s.data());
  size_t n = s.size();
  for (size_t i = 0; i < n;) {
    int32_t r = p[i];
    int width = 1;
    if (r >= utf8::RuneSelf) r = utf8::decodeRune(p + i, n - i, &width);
    if (width == 1 && r == utf8::RuneError) {
      buf += "\\x";
      buf.push_back(kLowerHex[p[i] >> 4]);
      buf.push_back(kLowerHex[p[i] & 0xF]);
      i++;
      continue;
    }
    appendEscapedRune(buf, r, quote, asciiOnly, graphicOnly);
    i += width;
  }
  buf.push_back(quote);
}

void appendQuoteRune(std::string& buf, int32_t r, bool asciiOnly, bool graphicOnly) {
  if (!utf8::validRune(r)) r = utf8::RuneError;
  buf.push_back('\'');
  appendEscapedRune(buf, r, '\'', asciiOnly, graphicOnly);
  buf.push_back('\'');
}

bool canBackquote(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    int wid;
    int32_t r = utf8::decodeRune(s, i, &wid);
    i += wid;
    if (wid > 1) {
      if (r == 0xFEFF) return false;
      continue;  // other multibyte runes are correctly encoded and assumed printable
    }
    if (r == utf8::RuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

bool unquoteChar(std::string_view s, char quote, int32_t* value, bool* multibyte,
                 size_t* consumed) {
  *multibyte = false;
  *value = 0;
  if (s.empty()) return false;
  uint8_t c = uint8_t(s[0]);
  if (c == uint8_t(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= utf8::RuneSelf) {
    int size;
    *value = utf8::decodeRune(s, 0, &size);
    *multibyte = true;
    *consumed = size_t(size);
    return true;
  }
  if (c != '\\') {
    *value = c;
    *consumed = 1;
    return true;
  }
  if (s.size() <= 1) return false;
  char e = s[1];
  size_t used = 2;
  switch (e) {
    case 'a': *value = '\a'; break;
    case 'b': *value = '\b'; break;
    case 'f': *value = '\f'; break;
    case 'n': *value = '\n'; break;
    case 'r': *value = '\r'; break;
    case 't': *value = '\t'; break;
    case 'v': *value = '\v'; break;
    case 'x':
    case 'u':
    case 'U': {
      size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (s.size() - 2 < n) return false;
      int32_t v = 0;
      for (size_t j = 0; j < n; j++) {
        int x = unhex(s[2 + j]);
        if (x < 0) return false;
        v = (v << 4) | x;
      }
      used += n;
      if (e != 'x') {
        if (!utf8::validRune(v)) return false;
        *multibyte = true;
      }
      *value = v;
      break;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int32_t v = e - '0';
      if (s.size() - 2 < 2) return false;
      for (size_t j = 0; j < 2; j++) {
        int32_t x = s[2 + j] - '0';
        if (x < 0 || x > 7) return false;
        v = (v << 3) | x;
      }
      used += 2;
      if (v > 255) return false;
      *value = v;
      break;
    }
    case '\\':
      *value = '\\';
      break;
    case '\'':
    case '"':
      if (e != quote) return false;
      *value = e;
      break;
    default:
      return false;
  }
  *consumed = used;
  return true;
}

bool unquote(std::string_view in, std::string* out) {
  out->clear();
  if (in.size() < 2) return false;
  char quote = in[0];
  size_t end = in.find(quote, 1);
  if (end == std::string_view::npos) return false;
  end += 1;  // position after the terminating quote, if there are no escapes
  switch (quote) {
    case '`':
      if (end != in.size()) return false;
      for (size_t i = 1; i < end - 1; i++) {
        // Carriage returns inside raw strings are discarded.
        if (in[i] != '\r') out->push_back(in[i]);
      }
      return true;
    case '"':
    case '\'': {
      std::string_view body = in.substr(1, end - 2);
      if (body.find('\\') == std::string_view::npos &&
          body.find('\n') == std::string_view::npos) {
        bool valid;
        if (quote == '"') {
          valid = utf8::valid(reinterpret_cast<const uint8_t*>(body.data()), body.size());
        } else {
          int n;
          int32_t r = utf8::decodeRune(body, 0, &n);
          valid = size_t(n) + 2 == end && (r != utf8::RuneError || n != 1);
        }
        if (valid) {
          if (end != in.size()) return false;
          out->assign(body);
          return true;
        }
      }
      std::string_view rest = in.substr(1);
      while (!rest.empty() && rest[0] != quote) {
        int32_t r;
        bool multibyte;
        size_t used;
        if (rest[0] == '\n' || !unquoteChar(rest, quote, &r, &multibyte, &used)) return false;
        rest.remove_prefix(used);
        if (r < utf8::RuneSelf || !multibyte) {
          out->push_back(char(r));
        } else {
          utf8::appendRune(*out, r);
        }
        if (quote == '\'') break;  // a single-quoted literal holds one character
      }
      if (rest.empty() || rest[0] != quote) return false;
      rest.remove_prefix(1);
      return rest.empty();
    }
  }
  return false;
}

}  // namespace golite::stdlib::strconv
