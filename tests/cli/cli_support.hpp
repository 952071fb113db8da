// Helpers for the tests that run the built `overlap` binary: a scratch folder and a runner that
// captures the exit status, standard output and standard error.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "test_support.hpp"

namespace overlap::testing {

/// A fresh folder, removed with everything in it when the object goes away.
class ScratchDir {
 public:
  ScratchDir() {
    static std::atomic<int> counter{0};
    path_ = std::filesystem::temp_directory_path() /
            ("overlap-cli-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::filesystem::path& path() const { return path_; }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    std::filesystem::path p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

 private:
  std::filesystem::path path_;
};

struct CliRun {
  int status = -1;
  std::string out;
  std::string err;
};

/// Runs `env overlap args < stdin_path` in `dir` through the shell; arguments are passed as
/// written, so quote paths that need it.
inline CliRun run_cli(const ScratchDir& dir, const std::string& args, const std::string& stdin_path = "/dev/null",
                   const std::string& env = "") {
  auto out = dir.path() / ".stdout", err = dir.path() / ".stderr";
  std::string command = "cd '" + dir.path().string() + "' && " + env + " '" OVERLAP_CLI "' " + args + " < '" +
                        stdin_path + "' > '" + out.string() + "' 2> '" + err.string() + "'";
  int raw = std::system(command.c_str());
  CliRun r;
  r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  return r;
}

/// About ninety words of ordinary prose, distinctive enough that a copy of it is a passage.
inline const std::string paragraph =
    "The harbour committee met on a wet Thursday to settle the question of the old lighthouse, "
    "which had stood dark since the keeper retired to his sister's farm beyond the ridge. "
    "Fishermen wanted the lamp relit before the autumn storms, while the council treasurer "
    "argued that a modern beacon on the breakwater would cost less and never need a keeper. "
    "After two hours of argument the chairwoman proposed a compromise: restore the tower as a "
    "museum, fit a solar beacon to its gallery, and ask the retired keeper to give tours on "
    "summer weekends.";

}  // namespace overlap::testing
