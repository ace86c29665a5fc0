// Documents are independent once planned, so threads take every jobs-th document; each file's
// bytes come from the plan and its own seed only.
#include "archive_writer.hpp"

#include "document_writer.hpp"
#include "truth_writer.hpp"

#include <atomic>
#include <fstream>
#include <set>
#include <stdexcept>
#include <thread>

namespace vanban::gen {
namespace {

void write_file(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

} // namespace

Summary generate_archive(const std::filesystem::path& dir, std::size_t n, std::uint64_t seed,
                         unsigned jobs) {
  const Plan plan = make_plan(n, seed);
  std::set<std::string> folders;
  for (const auto& d : plan.docs) folders.insert(d.path.substr(0, d.path.rfind('/')));
  for (const auto& f : folders) std::filesystem::create_directories(dir / f);

  std::atomic<std::uintmax_t> bytes{0};
  std::atomic<bool> failed{false};
  std::string failure;
  auto work = [&](unsigned first) {
    try {
      for (std::size_t i = first; i < plan.docs.size() && !failed; i += jobs) {
        const std::string text = write_document(plan, i);
        write_file(dir / plan.docs[i].path, text);
        bytes += text.size();
      }
    } catch (const std::exception& e) {
      if (!failed.exchange(true)) failure = e.what();
    }
  };
  jobs = std::max(1u, jobs);
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs; ++t) threads.emplace_back(work, t);
  work(0);
  for (auto& t : threads) t.join();
  if (failed) throw std::runtime_error(failure);

  std::ofstream truth(dir / "truth.json", std::ios::binary);
  write_truth(truth, plan, seed);
  if (!truth) throw std::runtime_error("cannot write truth.json");
  return {plan.docs.size(), bytes.load(), plan.stats};
}

} // namespace vanban::gen
