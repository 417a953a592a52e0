// Embedding fastjit in a C++ application: load a program from a string and run it.
// Built as `build/samples/embed_example`; run it to see the program's output. The fastjit
// executable (cli/main.cpp) is a client of exactly this API.
#include "fastjit/engine.h"

#include "llvm/Support/raw_ostream.h"

int main() {
  const char *program = R"py(
def norm_square(vector):
    norm = 0
    for v in vector:
        norm += v * v
    return norm

print("norm_square", norm_square(list(range(1000))))
)py";

  fastjit::Options options;
  options.mode = fastjit::Mode::Auto;
  fastjit::Engine engine(options);
  if (llvm::Error err = engine.loadSource("embedded.py", program)) {
    llvm::errs() << llvm::toString(std::move(err));
    return 1;
  }
  llvm::Expected<int> status = engine.run({"embedded.py"});
  if (!status) {
    llvm::errs() << llvm::toString(status.takeError());
    return 1;
  }
  return *status;
}
