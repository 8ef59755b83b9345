// math's natives against the real Go: data/math_cases.txt holds Go 1.19's results (bits)
// for each reimplemented function on special and random inputs (data/math_cases.go).
// golite must print what Go prints, so the match is bit for bit (any NaN matches any NaN).
#include <doctest/doctest.h>

#include <bit>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

namespace golite::stdlib::math {
double goMath(const char* name, double x, double y);
}

TEST_CASE("math functions return Go's bits") {
  std::string path = __FILE__;
  path = path.substr(0, path.rfind('/')) + "/data/math_cases.txt";
  std::ifstream file(path);
  REQUIRE(file.good());
  std::string line;
  int failures = 0, n = 0;
  while (std::getline(file, line)) {
    n++;
    std::istringstream in(line);
    std::string name, xs, ys, rs;
    in >> name >> xs >> ys >> rs;
    double x = std::bit_cast<double>(std::stoull(xs, nullptr, 16));
    double y = std::bit_cast<double>(std::stoull(ys, nullptr, 16));
    double want = std::bit_cast<double>(std::stoull(rs, nullptr, 16));
    double got = golite::stdlib::math::goMath(name.c_str(), x, y);
    bool ok = std::bit_cast<uint64_t>(got) == std::bit_cast<uint64_t>(want) ||
              (got != got && want != want);
    if (!ok && ++failures <= 30) {
      std::ostringstream m;
      m << "line " << n << ": " << name << "(" << x << ", " << y << ") = " << std::hexfloat << got
        << ", want " << want;
      FAIL_CHECK(m.str());
    }
  }
  CHECK(n > 5000);
  CHECK(failures == 0);
}
