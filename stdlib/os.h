// The process's side of package os: program arguments. Its reads and writes, and the
// stdout buffer, are the runtime's (runtime/write.h).
#pragma once

#include <string>
#include <vector>

namespace golite::stdlib::os {

// Sets os.Args (the CLI calls this before running the program: the program name first).
void setOSArgs(std::vector<std::string> args);
const std::vector<std::string>& osArgs();

}  // namespace golite::stdlib::os
