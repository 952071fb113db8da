// Helpers shared by the native test suites: reading files from the test data and shared folders.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace overlap::testing {

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::filesystem::path test_data(const std::string& relative) {
  return std::filesystem::path(OVERLAP_TEST_DATA) / relative;
}

/// The two real articles the product was conceived for; absent on machines without ../shared.
inline std::filesystem::path seed(const std::string& name) {
  return std::filesystem::path(OVERLAP_SHARED_DIR) / "seeds" / name;
}

inline constexpr const char* seed_a = "000_c4678a76f6bb5fb8.txt";
inline constexpr const char* seed_b = "003_38dff59160a3dd55.txt";

}  // namespace overlap::testing
