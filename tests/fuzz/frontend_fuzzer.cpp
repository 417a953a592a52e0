// libFuzzer entry point for the frontend: any bytes go through the whole frontend (UTF-8 check,
// lexer, parser, f-strings, refusals, compile-time checks), then the diagnostics are rendered and
// the AST and token dumps are produced, so every path a user's input can take is exercised under
// AddressSanitizer and UndefinedBehaviorSanitizer. A crash, a sanitizer report or a timeout is a
// bug; syntax errors are expected results.
#include "frontend/dump.h"
#include "frontend/frontend.h"

#include <llvm/Support/raw_ostream.h>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  using namespace fastjit;
  SourceFile file("fuzz.py", std::string(reinterpret_cast<const char *>(data), size));
  Diagnostics diags(file);
  std::unique_ptr<ast::Module> mod = parseFile(file, diags);
  llvm::raw_null_ostream out;
  diags.print(out);
  if (mod)
    dumpAst(*mod, out);
  Diagnostics tokenDiags(file);
  dumpTokens(file, out, tokenDiags);
  // The two paths agree on whether the input lexes.
  if (mod && tokenDiags.hasErrors())
    __builtin_trap();
  return 0;
}
