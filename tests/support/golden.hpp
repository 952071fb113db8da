// Comparing an output with a golden file committed under tests/, and rewriting the file on
// request (OVERLAP_UPDATE_GOLDEN=1) when a change of output is intended.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "test_support.hpp"

namespace overlap::testing {

inline bool updating_goldens() {
  const char* update = std::getenv("OVERLAP_UPDATE_GOLDEN");
  return update && std::string(update) == "1";
}

/// Fails, pointing at the first differing line, unless `actual` is the content of `golden`;
/// rewrites `golden` instead when updating. `regenerate` is the command to print on failure.
inline void expect_golden(const std::filesystem::path& golden, const std::string& actual,
                          const std::string& regenerate) {
  if (updating_goldens()) {
    std::ofstream(golden, std::ios::binary) << actual;
    GTEST_SKIP() << "rewrote " << golden;
  }
  std::string expected = read_file(golden);
  ASSERT_FALSE(expected.empty()) << golden << " is missing; create it with:\n  " << regenerate;
  if (actual == expected) return;
  std::istringstream ea(expected), aa(actual);
  std::string le, la;
  int line = 1;
  while (true) {
    bool he = static_cast<bool>(std::getline(ea, le)), ha = static_cast<bool>(std::getline(aa, la));
    if (!he && !ha) break;
    if (!he || !ha || le != la) break;
    ++line;
  }
  ADD_FAILURE() << "the output differs from " << golden << " at line " << line << "\n  expected: " << le
                << "\n  actual:   " << la << "\nIf the change is intended, regenerate the golden with:\n  "
                << regenerate << "\nand review `git diff " << golden.string() << "`.";
}

}  // namespace overlap::testing
