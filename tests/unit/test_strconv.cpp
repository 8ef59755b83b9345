// strconv's C++ core against the real Go: data/strconv_cases.txt holds Go 1.19's results for
// float formatting (every format, many precisions, float64 and float32), float parsing,
// quoting and unquoting (regenerate it with data/strconv_cases.go).
#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "stdlib/strconv.h"
#include "stdlib/unicode.h"

using namespace golite::stdlib;

namespace {

// Reads one Go-quoted string from the stream.
std::string readQuoted(std::istream& in) {
  in >> std::ws;
  std::string q;
  char c;
  in.get(c);
  q.push_back(c);
  while (in.get(c)) {
    q.push_back(c);
    if (c == '\\') {
      in.get(c);
      q.push_back(c);
    } else if (c == '"') {
      break;
    }
  }
  std::string out;
  REQUIRE_MESSAGE(strconv::unquote(q, &out), q);
  return out;
}

std::string quote(const std::string& s) {
  std::string q;
  strconv::appendQuote(q, s, '"', false, false);
  return q;
}

}  // namespace

TEST_CASE("strconv matches Go 1.19 on formatting, parsing and quoting") {
  std::string path = __FILE__;
  path = path.substr(0, path.rfind('/')) + "/data/strconv_cases.txt";
  std::ifstream file(path);
  REQUIRE(file.good());
  std::string line;
  int failures = 0, n = 0;
  auto fail = [&](const std::string& msg) {
    if (++failures <= 40) FAIL_CHECK(msg);
  };
  while (std::getline(file, line)) {
    n++;
    std::istringstream in(line);
    std::string kind;
    in >> kind;
    if (kind == "ftoa") {
      std::string bitsHex, fmt;
      int prec, bitSize;
      in >> bitsHex >> fmt >> prec >> bitSize;
      std::string want = readQuoted(in);
      double f = std::bit_cast<double>(std::stoull(bitsHex, nullptr, 16));
      std::string got;
      strconv::appendFloat(got, f, fmt[0], prec, bitSize);
      if (got != want) fail("line " + std::to_string(n) + ": " + line + ": got " + got);
    } else if (kind == "atof") {
      std::string input = readQuoted(in);
      int bitSize;
      std::string bitsHex, status;
      in >> bitSize >> bitsHex >> status;
      double f;
      strconv::ParseStatus st = strconv::parseFloat(input, bitSize, &f);
      std::string gotStatus = st == strconv::ParseStatus::Ok       ? "ok"
                              : st == strconv::ParseStatus::Syntax ? "syntax"
                                                                   : "range";
      uint64_t want = std::stoull(bitsHex, nullptr, 16);
      uint64_t got = std::bit_cast<uint64_t>(f);
      bool nanOK = f != f && std::bit_cast<double>(want) != std::bit_cast<double>(want);
      if (gotStatus != status || (got != want && !nanOK)) {
        std::ostringstream m;
        m << "line " << n << ": " << line << ": got " << std::hex << got << " " << gotStatus;
        fail(m.str());
      }
    } else if (kind == "quote") {
      std::string s = readQuoted(in);
      std::string q1 = readQuoted(in), q2 = readQuoted(in), q3 = readQuoted(in);
      std::string g1, g2, g3;
      strconv::appendQuote(g1, s, '"', false, false);
      strconv::appendQuote(g2, s, '"', true, false);
      strconv::appendQuote(g3, s, '"', false, true);
      if (g1 != q1 || g2 != q2 || g3 != q3) fail("line " + std::to_string(n) + ": got " + g1 + " " + g2 + " " + g3);
    } else if (kind == "backquote") {
      std::string s = readQuoted(in);
      std::string want;
      in >> want;
      if (strconv::canBackquote(s) != (want == "true")) fail("line " + std::to_string(n));
    } else if (kind == "quoterune") {
      int32_t r;
      in >> r;
      std::string q1 = readQuoted(in), q2 = readQuoted(in);
      std::string g1, g2;
      strconv::appendQuoteRune(g1, r, false, false);
      strconv::appendQuoteRune(g2, r, true, false);
      if (g1 != q1 || g2 != q2) fail("line " + std::to_string(n) + ": got " + g1 + " " + g2);
    } else if (kind == "unquote") {
      std::string s = readQuoted(in);
      std::string ok;
      in >> ok;
      std::string want = readQuoted(in);
      std::string got;
      bool gotOK = strconv::unquote(s, &got);
      if (!gotOK) got.clear();
      if (gotOK != (ok == "true") || got != want) {
        fail("line " + std::to_string(n) + ": " + line + ": got " + quote(got));
      }
    }
  }
  CHECK(n > 5000);
  CHECK(failures == 0);
}

TEST_CASE("strconv formats integers in any base") {
  std::string s;
  strconv::appendInt(s, INT64_MIN, 10);
  CHECK(s == "-9223372036854775808");
  s.clear();
  strconv::appendInt(s, -255, 16);
  CHECK(s == "-ff");
  s.clear();
  strconv::appendUint(s, UINT64_MAX, 36);
  CHECK(s == "3w5e11264sgsf");
  s.clear();
  strconv::appendUint(s, 5, 2);
  CHECK(s == "101");
}

TEST_CASE("unicode classes and case mapping follow Go") {
  namespace u = golite::stdlib::unicode;
  CHECK(u::isLetter('a'));
  CHECK(u::isLetter(0x4E16));  // 世
  CHECK(!u::isLetter('1'));
  CHECK(u::isDigit(0x0663));  // ARABIC-INDIC DIGIT THREE
  CHECK(u::isSpace(0x2003));
  CHECK(!u::isSpace(0x200B));
  CHECK(u::toUpper(0xE9) == 0xC9);
  CHECK(u::toLower(0x0130) == 'i');
  CHECK(u::toUpper(0x01C5) == 0x01C4);
  CHECK(u::toTitle(0x01C6) == 0x01C5);
  CHECK(u::simpleFold('k') == 0x212A);
  CHECK(u::simpleFold(0x212A) == 'K');
  CHECK(u::simpleFold('K') == 'k');
  CHECK(u::isUpper(0x0100));
  CHECK(u::isLower(0x0101));
  CHECK(u::isPunct('!'));
  CHECK(u::isPrint(' '));
  CHECK(!u::isPrint(0xA0));
  CHECK(u::isGraphic(0xA0));
}
