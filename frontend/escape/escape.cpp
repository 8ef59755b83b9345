#include "frontend/escape/escape.h"

#include <algorithm>

namespace golite::escape {

struct Analyzer::Impl {};

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;

void Analyzer::analyzePackage(types::Package* pkg, int report, std::vector<Message>& out) {}

void sortMessages(std::vector<Message>& msgs) {
  std::stable_sort(msgs.begin(), msgs.end(), [](const Message& a, const Message& b) {
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
  });
  msgs.erase(std::unique(msgs.begin(), msgs.end(),
                         [](const Message& a, const Message& b) {
                           return a.line == b.line && a.col == b.col && a.text == b.text &&
                                  a.file == b.file;
                         }),
             msgs.end());
}

}  // namespace golite::escape
