// Program I/O owned by the runtime: the buffered stdout that print() writes to, stderr, and sys.argv.
// stdout is flushed at exit (flushStdout from the API), before a traceback is printed, and when
// the buffer grows large — never per print() call, which would dominate print-heavy programs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fastjit::rt {

void writeStdout(std::string_view text);
void flushStdout();
void writeStderr(std::string_view text);  // flushes stdout first, so the order is kept

// sys.argv: the script path followed by its arguments, as given on the command line.
void setArgv(const std::vector<std::string> &argv);
const std::vector<std::string> &getArgv();

}  // namespace fastjit::rt
