// The program's stdout buffer, stderr and sys.argv. print() appends to a large buffer that is
// written with one fwrite when it fills, at exit, or before anything goes to stderr, so a
// traceback never appears before output printed earlier.
#include "runtime/io.h"

#include <cstdio>

namespace fastjit::rt {
namespace {

constexpr size_t kFlushThreshold = 1 << 16;

std::string &stdoutBuffer() {
  static std::string buffer;
  return buffer;
}

std::vector<std::string> &argvStorage() {
  static std::vector<std::string> argv;
  return argv;
}

}  // namespace

void writeStdout(std::string_view text) {
  std::string &buf = stdoutBuffer();
  buf.append(text);
  if (buf.size() >= kFlushThreshold) flushStdout();
}

void flushStdout() {
  std::string &buf = stdoutBuffer();
  if (!buf.empty()) {
    std::fwrite(buf.data(), 1, buf.size(), stdout);
    buf.clear();
  }
  std::fflush(stdout);
}

void writeStderr(std::string_view text) {
  flushStdout();
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

void setArgv(const std::vector<std::string> &argv) { argvStorage() = argv; }
const std::vector<std::string> &getArgv() { return argvStorage(); }

}  // namespace fastjit::rt
