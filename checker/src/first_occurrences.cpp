// Aho–Corasick over bytes: a trie of the needles, failure links by breadth-first search, then one
// walk of the text. Each needle is reported once: a node whose chain of needles ending at it has
// been reported is never walked again, so the matches of a repetitive text cost nothing more.
#include "first_occurrences.hpp"

#include <cstdint>
#include <utility>

namespace vanban::check {
namespace {

struct Node {
  std::vector<std::pair<unsigned char, int>> next; ///< children by byte, few per node
  int fail = 0;                                    ///< longest proper suffix in the trie
  int dict = -1;                 ///< nearest node on the fail chain where a needle ends
  std::vector<std::size_t> ends; ///< needles ending here
  bool reported = false;         ///< every needle on this node's dict chain has been reported
};

int child(const Node& n, unsigned char c) {
  for (const auto& [byte, to] : n.next)
    if (byte == c) return to;
  return -1;
}

} // namespace

std::vector<std::size_t> first_occurrences(std::string_view text,
                                           const std::vector<std::string_view>& needles) {
  std::vector<std::size_t> first(needles.size(), std::string_view::npos);
  std::vector<Node> trie(1);
  for (std::size_t k = 0; k < needles.size(); ++k) {
    if (needles[k].empty()) {
      first[k] = 0;
      continue;
    }
    int at = 0;
    for (char ch : needles[k]) {
      const auto c = static_cast<unsigned char>(ch);
      int to = child(trie[static_cast<std::size_t>(at)], c);
      if (to < 0) {
        to = static_cast<int>(trie.size());
        trie[static_cast<std::size_t>(at)].next.emplace_back(c, to);
        trie.emplace_back();
      }
      at = to;
    }
    trie[static_cast<std::size_t>(at)].ends.push_back(k);
  }
  // Breadth first: a node's fail link is known before its children's.
  std::vector<int> queue{0};
  for (std::size_t q = 0; q < queue.size(); ++q) {
    const int u = queue[q];
    for (const auto& [c, v] : trie[static_cast<std::size_t>(u)].next) {
      int f = trie[static_cast<std::size_t>(u)].fail;
      while (u != 0 && f != 0 && child(trie[static_cast<std::size_t>(f)], c) < 0)
        f = trie[static_cast<std::size_t>(f)].fail;
      const int g = u == 0 ? -1 : child(trie[static_cast<std::size_t>(f)], c);
      Node& node = trie[static_cast<std::size_t>(v)];
      node.fail = g > 0 ? g : 0;
      const Node& fail = trie[static_cast<std::size_t>(node.fail)];
      node.dict = !fail.ends.empty() ? node.fail : fail.dict;
      queue.push_back(v);
    }
  }
  int state = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    int to = child(trie[static_cast<std::size_t>(state)], c);
    while (to < 0 && state != 0) {
      state = trie[static_cast<std::size_t>(state)].fail;
      to = child(trie[static_cast<std::size_t>(state)], c);
    }
    state = to < 0 ? 0 : to;
    int v = trie[static_cast<std::size_t>(state)].ends.empty()
                ? trie[static_cast<std::size_t>(state)].dict
                : state;
    for (; v > 0 && !trie[static_cast<std::size_t>(v)].reported;
         v = trie[static_cast<std::size_t>(v)].dict) {
      Node& node = trie[static_cast<std::size_t>(v)];
      node.reported = true; // its chain is walked to the end (or to a reported node) right now
      for (std::size_t k : node.ends)
        if (first[k] == std::string_view::npos) first[k] = i + 1 - needles[k].size();
    }
  }
  return first;
}

} // namespace vanban::check
