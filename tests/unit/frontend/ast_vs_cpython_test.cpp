// Differential test of the whole parser against CPython: every program of the repository (the
// conformance suite, the samples, the shared benchmark workloads when present) is parsed by
// fastjit and by python3's ast module, and the two trees must be identical — node types,
// operators, literal values, contexts and every node's line:column. cpython_ast_dump.py prints
// CPython's tree in fastjit's dump format; positions CPython 3.11 does not track precisely
// (inside f-strings, comprehension clauses) are printed as "@?" and not compared.
#include "test_util.h"

#include "frontend/dump.h"

#include <gtest/gtest.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fastjit::test {
namespace {

namespace fs = std::filesystem;

fs::path repoRoot() { return fs::path(__FILE__).parent_path().parent_path().parent_path().parent_path(); }

std::vector<std::string> splitLines(const std::string &s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == '\n') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty())
    out.push_back(cur);
  return out;
}

std::vector<fs::path> programs() {
  std::vector<fs::path> out;
  const fs::path conformance = repoRoot() / "tests/conformance";
  for (const fs::path &dir : {repoRoot() / "samples", conformance, fs::path("/work/shared/bench")}) {
    if (!fs::is_directory(dir))
      continue;
    for (const auto &e : fs::directory_iterator(dir)) {
      if (e.path().extension() != ".py")
        continue;
      // Conformance programs have recorded output; the suite's tools next to them do not.
      if (dir == conformance &&
          !fs::exists(conformance / "expected" / (e.path().stem().string() + ".out")))
        continue;
      out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AstVsCPython, RepositoryProgramsHaveCPythonsTree) {
  std::vector<fs::path> files = programs();
  ASSERT_FALSE(files.empty());
  std::string cmd = "python3 '" + (repoRoot() / "tests/unit/frontend/cpython_ast_dump.py").string() + "'";
  for (const fs::path &f : files)
    cmd += " '" + f.string() + "'";
  FILE *pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr);
  std::string output;
  char buf[65536];
  for (size_t n; (n = fread(buf, 1, sizeof buf, pipe)) > 0;)
    output.append(buf, n);
  int status = pclose(pipe);
  if (output.empty() || status != 0)
    GTEST_SKIP() << "python3 is not available to produce CPython's trees";
  std::vector<std::string> lines = splitLines(output);
  size_t at = 0, compared = 0;
  for (const fs::path &file : files) {
    std::vector<std::string> expected;
    while (at < lines.size() && lines[at] != "=== end" && lines[at] != "=== syntax error")
      expected.push_back(lines[at++]);
    ASSERT_LT(at, lines.size()) << "truncated output from cpython_ast_dump.py";
    bool cpythonRejects = lines[at++] == "=== syntax error";
    std::ifstream in(file, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    Parsed p = parse(ss.str(), file.string());
    if (cpythonRejects || !p.ok())
      continue;  // syntax errors and refusals are checked by the other tests
    std::string mine;
    llvm::raw_string_ostream os(mine);
    dumpAst(*p.mod, os);
    std::vector<std::string> got = splitLines(mine);
    ++compared;
    SCOPED_TRACE(file.string());
    ASSERT_EQ(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      const std::string &want = expected[i];
      if (want.size() >= 4 && want.compare(want.size() - 4, 4, "  @?") == 0) {
        // Position not comparable: compare the rest.
        EXPECT_EQ(got[i].substr(0, got[i].rfind("  @")), want.substr(0, want.size() - 4))
            << "line " << i + 1;
      } else {
        EXPECT_EQ(got[i], want) << "line " << i + 1;
      }
    }
  }
  EXPECT_GT(compared, 100u);
}

}  // namespace
}  // namespace fastjit::test
