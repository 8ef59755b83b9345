// golite repl: a live Go session (see repl.cpp).
#pragma once

#include <string_view>

namespace golite {

struct ReplOptions {
  bool interactive = false;  // stdin is a terminal: prompts (on stderr)
};

// Runs a session on stdin until its end (status 0) or os.Exit (its status).
int runRepl(const ReplOptions& opts);

// Whether the text typed so far is a whole input: its brackets, braces and parentheses
// closed, no raw string or block comment open, and its last line not ending on a binary
// operator, a comma, a dot or an opening bracket (Go would continue the expression).
bool inputComplete(std::string_view text);

}  // namespace golite
