// parseFile: the frontend pipeline (see frontend.h). Checks run even when parsing reported
// errors elsewhere in the file, so one run lists every problem it can find; when the file is not
// valid Python, only its Python errors are reported (CPython would report one of them).
#include "frontend/frontend.h"

#include "frontend/checks.h"
#include "frontend/parser.h"

namespace fastjit {

std::unique_ptr<ast::Module> parseFile(const SourceFile &file, Diagnostics &diags) {
  size_t before = diags.errorCount();
  std::unique_ptr<ast::Module> mod = parseModule(file, diags, /*keepOnError=*/true);
  if (mod)
    checkModule(*mod, diags);
  diags.sortByPosition();
  diags.dropRefusalsIfPythonErrors();
  if (diags.errorCount() != before)
    return nullptr;
  return mod;
}

}  // namespace fastjit
