// parseFile: the frontend pipeline (see frontend.h). Checks run even when parsing reported
// refusals elsewhere in the file, so one run lists every problem it can find.
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
  if (diags.errorCount() != before)
    return nullptr;
  return mod;
}

}  // namespace fastjit
