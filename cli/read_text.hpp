// Reading a whole text from a file or from standard input ("-"), with the one-line error the
// CLI prints when it fails.
#pragma once

#include <string>

namespace overlap::cli {

struct ReadText {
  std::string text;
  std::string error;  ///< e.g. "cannot read 'x.txt': No such file or directory"; empty on success
  bool ok() const { return error.empty(); }
};

/// Reads `path` ("-" for standard input) in binary. Stops after `limit` bytes: a longer text
/// cannot be compared anyway, and the caller still sees that it was too long.
ReadText read_text(const std::string& path, size_t limit);

}  // namespace overlap::cli
