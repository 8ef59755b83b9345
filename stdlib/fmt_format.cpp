// fmt's raw formatter (Go's fmt/format.go): one basic item with the current flags, width
// and precision. Widths count runes, not bytes; '0' pads after the sign; precision means
// minimum digits for integers, maximum runes for strings, digits after the point (or
// significant digits for %g) for floats.
#include <algorithm>
#include <vector>

#include "stdlib/fmt_internal.h"
#include "stdlib/strconv.h"
#include "stdlib/utf8.h"

namespace golite::stdlib::fmt {

void Fmt::writePadding(int n) {
  if (n <= 0) return;
  buf->append(size_t(n), f.zero ? '0' : ' ');
}

void Fmt::pad(std::string_view b) {
  if (!f.widPresent || wid == 0) {
    buf->append(b);
    return;
  }
  int width = wid - int(utf8::runeCount(b));
  if (!f.minus) {
    writePadding(width);
    buf->append(b);
  } else {
    buf->append(b);
    writePadding(width);
  }
}

void Fmt::fmtBoolean(bool v) { padString(v ? "true" : "false"); }

// "U+0078", or with f.sharp "U+0078 'x'". Formatted right to left into a scratch buffer.
void Fmt::fmtUnicode(uint64_t u) {
  int p = 4;
  if (f.precPresent && prec > 4) p = prec;
  std::vector<char> tmp(size_t(p) + 32);
  size_t i = tmp.size();
  if (f.sharp && u <= uint64_t(utf8::MaxRune) && strconv::isPrint(int32_t(u))) {
    tmp[--i] = '\'';
    uint8_t enc[4];
    int n = utf8::encodeRune(enc, int32_t(u));
    i -= size_t(n);
    std::copy(enc, enc + n, tmp.begin() + i);
    tmp[--i] = '\'';
    tmp[--i] = ' ';
  }
  while (u >= 16) {
    tmp[--i] = kUpperDigits[u & 0xF];
    p--;
    u >>= 4;
  }
  tmp[--i] = kUpperDigits[u];
  p--;
  while (p > 0) {
    tmp[--i] = '0';
    p--;
  }
  tmp[--i] = '+';
  tmp[--i] = 'U';
  bool oldZero = f.zero;
  f.zero = false;
  pad(std::string_view(tmp.data() + i, tmp.size() - i));
  f.zero = oldZero;
}

void Fmt::fmtInteger(uint64_t u, int base, bool isSigned, int32_t verb, const char* digits) {
  bool negative = isSigned && int64_t(u) < 0;
  if (negative) u = -u;

  // Two ways to ask for extra leading zero digits: %.3d or %03d. If both are given the
  // zero flag is ignored and padding is with spaces.
  int p = 0;
  if (f.precPresent) {
    p = prec;
    // Precision 0 and value 0 means "print nothing" but padding.
    if (p == 0 && u == 0) {
      bool oldZero = f.zero;
      f.zero = false;
      writePadding(wid);
      f.zero = oldZero;
      return;
    }
  } else if (f.zero && f.widPresent) {
    p = wid;
    if (negative || f.plus || f.space) p--;  // leave room for the sign
  }

  std::vector<char> tmp(size_t(68 + std::max(p, 0) + 3));
  size_t i = tmp.size();
  switch (base) {
    case 10:
      while (u >= 10) {
        uint64_t next = u / 10;
        tmp[--i] = char('0' + (u - next * 10));
        u = next;
      }
      break;
    case 16:
      while (u >= 16) {
        tmp[--i] = digits[u & 0xF];
        u >>= 4;
      }
      break;
    case 8:
      while (u >= 8) {
        tmp[--i] = char('0' + (u & 7));
        u >>= 3;
      }
      break;
    case 2:
      while (u >= 2) {
        tmp[--i] = char('0' + (u & 1));
        u >>= 1;
      }
      break;
  }
  tmp[--i] = digits[u];
  while (i > 0 && p > int(tmp.size() - i)) tmp[--i] = '0';

  if (f.sharp) {
    switch (base) {
      case 2:
        tmp[--i] = 'b';
        tmp[--i] = '0';
        break;
      case 8:
        if (tmp[i] != '0') tmp[--i] = '0';
        break;
      case 16:
        tmp[--i] = digits[16];
        tmp[--i] = '0';
        break;
    }
  }
  if (verb == 'O') {
    tmp[--i] = 'o';
    tmp[--i] = '0';
  }
  if (negative) {
    tmp[--i] = '-';
  } else if (f.plus) {
    tmp[--i] = '+';
  } else if (f.space) {
    tmp[--i] = ' ';
  }
  // Zero padding on the left was handled above as precision (or is off due to one).
  bool oldZero = f.zero;
  f.zero = false;
  pad(std::string_view(tmp.data() + i, tmp.size() - i));
  f.zero = oldZero;
}

// The first prec runes of s, when a precision is given.
std::string_view Fmt::truncate(std::string_view s) const {
  if (f.precPresent) {
    int n = prec;
    for (size_t i = 0; i < s.size();) {
      if (--n < 0) return s.substr(0, i);
      int wid = 1;
      if (uint8_t(s[i]) >= utf8::RuneSelf) utf8::decodeRune(s, i, &wid);
      i += size_t(wid);
    }
  }
  return s;
}

void Fmt::fmtS(std::string_view s) { padString(truncate(s)); }

// Hexadecimal encoding of the bytes of s (%x on strings and byte slices).
void Fmt::fmtSbx(std::string_view s, const char* digits) {
  int length = int(s.size());
  if (f.precPresent && prec < length) length = prec;
  // Width of the encoding, given the sharp and space flags.
  int width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;  // each element gets a leading 0x
      width += length - 1;      // elements separated by spaces
    } else if (f.sharp) {
      width += 2;  // one leading 0x for the whole string
    }
  } else {
    if (f.widPresent) writePadding(wid);
    return;
  }
  if (f.widPresent && wid > width && !f.minus) writePadding(wid - width);
  if (f.sharp) {
    buf->push_back('0');
    buf->push_back(digits[16]);
  }
  for (int i = 0; i < length; i++) {
    if (f.space && i > 0) {
      buf->push_back(' ');
      if (f.sharp) {
        buf->push_back('0');
        buf->push_back(digits[16]);
      }
    }
    uint8_t c = uint8_t(s[size_t(i)]);
    buf->push_back(digits[c >> 4]);
    buf->push_back(digits[c & 0xF]);
  }
  if (f.widPresent && wid > width && f.minus) writePadding(wid - width);
}

// A double-quoted, escaped Go string; with f.sharp a raw `string` when possible.
void Fmt::fmtQ(std::string_view s) {
  s = truncate(s);
  if (f.sharp && strconv::canBackquote(s)) {
    std::string q;
    q.reserve(s.size() + 2);
    q.push_back('`');
    q.append(s);
    q.push_back('`');
    padString(q);
    return;
  }
  std::string q;
  strconv::appendQuote(q, s, '"', f.plus, false);
  pad(q);
}

// An integer as the Unicode character it encodes (U+FFFD if it encodes none).
void Fmt::fmtC(uint64_t c) {
  int32_t r = c > uint64_t(utf8::MaxRune) ? utf8::RuneError : int32_t(c);
  uint8_t enc[4];
  int n = utf8::encodeRune(enc, r);
  pad(std::string_view(reinterpret_cast<const char*>(enc), size_t(n)));
}

// An integer as a single-quoted, escaped Go character constant.
void Fmt::fmtQc(uint64_t c) {
  int32_t r = c > uint64_t(utf8::MaxRune) ? utf8::RuneError : int32_t(c);
  std::string q;
  strconv::appendQuoteRune(q, r, f.plus, false);
  pad(q);
}

void Fmt::fmtFloat(double v, int size, int32_t verb, int p) {
  // An explicit precision in the format overrules the verb's default.
  if (f.precPresent) p = prec;
  // Format the number, reserving room for a leading + sign.
  std::string num = "+";
  strconv::appendFloat(num, v, char(verb), p, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  } else {
    num[0] = '+';
  }
  // The space flag means a leading space instead of "+", unless plus asks for the sign.
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  // Infinities and NaN don't look like numbers and are not padded with zeros.
  if (num[1] == 'I' || num[1] == 'N') {
    bool oldZero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    pad(num);
    f.zero = oldZero;
    return;
  }
  // The sharp flag forces a decimal point for non-binary formats and keeps trailing
  // zeros, which we may need to put back.
  if (f.sharp && verb != 'b') {
    int digits = 0;
    switch (verb) {
      case 'v':
      case 'g':
      case 'G':
      case 'x':
        digits = p;
        if (digits == -1) digits = 6;  // no explicit precision: use 6
        break;
    }
    std::string tail;
    bool hasDecimalPoint = false;
    bool sawNonzeroDigit = false;
    for (size_t i = 1; i < num.size(); i++) {
      char c = num[i];
      if (c == '.') {
        hasDecimalPoint = true;
        continue;
      }
      if (c == 'p' || c == 'P') {
        tail.append(num, i, std::string::npos);
        num.resize(i);
        break;
      }
      if ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X') {
        tail.append(num, i, std::string::npos);
        num.resize(i);
        break;
      }
      if (c != '0') sawNonzeroDigit = true;
      // Count significant digits after the first non-zero digit.
      if (sawNonzeroDigit) digits--;
    }
    if (!hasDecimalPoint) {
      // A lone leading 0 counts once as a digit.
      if (num.size() == 2 && num[1] == '0') digits--;
      num.push_back('.');
    }
    while (digits > 0) {
      num.push_back('0');
      digits--;
    }
    num.append(tail);
  }
  // Show the sign if asked for or if it is not '+'.
  if (f.plus || num[0] != '+') {
    // Zero padding goes between the sign and the digits.
    if (f.zero && f.widPresent && wid > int(num.size())) {
      buf->push_back(num[0]);
      writePadding(wid - int(num.size()));
      buf->append(num, 1, std::string::npos);
      return;
    }
    pad(num);
    return;
  }
  // No sign to show and the number is positive: the digits alone.
  pad(std::string_view(num).substr(1));
}

}  // namespace golite::stdlib::fmt
