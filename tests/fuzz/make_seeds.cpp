// Writes the fuzzers' seed corpora from the shared test vectors, so no binary blob is committed.
//   make_seeds <out-dir> <vector.json>... [-- <text file>...]
// Every string in the vector files longer than a few bytes (texts, folded words) is a text; the
// plain text files (the seed articles, when present) are texts too. Out: <out>/segment holds each
// text, <out>/pair (for compare and diff) each text against itself and against every other text,
// under the default options and under options that reach short passages.
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

void strings_in(const nlohmann::json& j, std::set<std::string>& out) {
  if (j.is_string()) {
    if (j.get_ref<const std::string&>().size() >= 12) out.insert(j.get<std::string>());
  } else if (j.is_structured()) {
    for (const auto& item : j) strings_in(item, out);
  }
}

void write(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: make_seeds <out-dir> <vector.json>... [-- <text file>...]\n";
    return 2;
  }
  std::filesystem::path out = argv[1];
  std::set<std::string> texts;
  bool plain = false;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--") { plain = true; continue; }
    std::string content = read(arg);
    if (plain) {
      if (!content.empty()) texts.insert(content);
      continue;
    }
    try {
      strings_in(nlohmann::json::parse(content), texts);
    } catch (const std::exception& e) {
      std::cerr << arg << ": " << e.what() << "\n";
      return 1;
    }
  }
  std::filesystem::remove_all(out);
  std::filesystem::create_directories(out / "segment");
  std::filesystem::create_directories(out / "pair");
  // Options bytes (see fuzz_support.hpp): 0 = defaults; 0x02 = min_words 1; 0x23 = min_words 1,
  // min_similarity 0, repeats allowed.
  const char options[] = {0x00, 0x02, 0x23};
  size_t n = 0, pairs = 0;
  for (const std::string& a : texts) {
    write(out / "segment" / ("text-" + std::to_string(n)), a);
    size_t m = 0;
    for (const std::string& b : texts) {
      for (char o : options)
        write(out / "pair" / ("pair-" + std::to_string(n) + "-" + std::to_string(m) + "-" + std::to_string(int(o))),
              std::string(1, o) + a + "\xF5\xF5" + b);
      pairs += std::size(options);
      ++m;
    }
    ++n;
  }
  std::cout << "fuzz seeds: " << n << " texts, " << pairs << " pairs in " << out << "\n";
  return 0;
}
