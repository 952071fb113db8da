#include "read_text.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace overlap::cli {

ReadText read_text(const std::string& path, size_t limit) {
  ReadText result;
  bool is_stdin = path == "-";
  std::FILE* file = is_stdin ? stdin : std::fopen(path.c_str(), "rb");
  auto fail = [&](int error) {
    result.text.clear();
    result.error = "cannot read '" + (is_stdin ? std::string("standard input") : path) + "': " + std::strerror(error);
    return result;
  };
  if (!file) return fail(errno);
  char buffer[1 << 16];
  while (result.text.size() <= limit) {
    size_t n = std::fread(buffer, 1, sizeof buffer, file);
    result.text.append(buffer, n);
    if (n < sizeof buffer) break;
  }
  // fopen succeeds on a directory; the read is what fails (EISDIR), so check after reading.
  int error = std::ferror(file) ? errno : 0;
  if (!is_stdin) std::fclose(file);
  if (error) return fail(error);
  if (result.text.size() > limit) result.text.resize(limit + 1);
  return result;
}

}  // namespace overlap::cli
