// The two things `overlap` does, each returning the process exit status. Output goes to the
// given streams so that tests and main() share one path.
#pragma once

#include <cstdio>

#include "args.hpp"

namespace overlap::cli {

inline constexpr int exit_ok = 0;
inline constexpr int exit_usage = 2;  ///< bad usage, unreadable input, input that cannot be compared

/// `overlap [options] A B`. `color` is the resolved choice (terminal, --no-color, NO_COLOR).
int run_compare(const CompareArgs& args, bool color, std::FILE* out, std::FILE* err);

/// `overlap pan CORPUS_DIR ...`: the per-subset scores table.
int run_pan(const PanArgs& args, std::FILE* out, std::FILE* err);

}  // namespace overlap::cli
