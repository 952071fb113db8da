// Uses the installed library through its public headers only: compares two texts in which a
// paragraph moved and was lightly edited, and prints the version and what was found.
#include <overlap/json.hpp>
#include <overlap/overlap.hpp>

#include <cstdio>
#include <string>

int main() {
  const std::string moved =
      "The ferry to the northern islands will run twice a day from the first of June, the "
      "harbour authority said on Tuesday, after a winter in which storms cancelled one crossing "
      "in three and left the island school without teachers for a week.";
  const std::string a = "Opening paragraph about the weather in the capital, which was mild. " + moved +
                        " A closing line on the price of tickets, which stays the same.";
  const std::string b = "Residents welcomed the news. Meanwhile, " + moved +
                        " Opening paragraph about the weather in the capital, which was mild.";
  overlap::Result<overlap::Alignment> r = overlap::compare(a, b);
  if (!r) {
    std::fprintf(stderr, "compare failed: %s\n", r.error().message.c_str());
    return 1;
  }
  std::printf("version %.*s\n", int(overlap::version().size()), overlap::version().data());
  std::printf("passages %zu\n", r.value().passages.size());
  for (const overlap::Passage& p : r.value().passages)
    std::printf("passage %s\n", a.substr(p.a.start, p.a.size()).c_str());
  std::printf("json %s\n", overlap::to_json(r.value()).substr(0, 18).c_str());
  return r.value().passages.empty() ? 2 : 0;
}
