// `vanban compile`: documents → JSON Lines (the model) or a readable summary.
#include "commands.hpp"
#include "compile_text.hpp"

#include "vanban/compile.hpp"
#include "vanban/inputs.hpp"
#include "vanban/model_json.hpp"
#include "vanban/parallel.hpp"

#include <iostream>
#include <memory>

namespace vanban::cli {
namespace {

struct CompileOptions {
  std::string format = "json";
  bool pretty = false;
  unsigned jobs = 0;
  std::vector<std::string> paths;
};

void print_error(const InputError& e) {
  std::cerr << e.path << ":" << e.line << ": " << e.message << "\n";
}

int run_compile(const CompileOptions& o) {
  std::vector<InputError> errors;
  auto files = expand_inputs(o.paths, errors);
  for (const auto& e : errors) print_error(e);
  bool failed = !errors.empty();
  for_each_ordered(
      files.size(), resolve_jobs(o.jobs), [&](std::size_t i) { return compile_file(files[i]); },
      [&](std::size_t, CompileResult result) {
        if (auto* e = std::get_if<InputError>(&result)) {
          print_error(*e);
          failed = true;
          return;
        }
        const auto& doc = std::get<Document>(result);
        if (o.format == "text") {
          print_summary(std::cout, doc);
        } else {
          std::cout << (o.pretty ? to_json(doc).dump(2) : dump_json(doc)) << "\n";
        }
      });
  std::cout.flush();
  return failed ? kInputError : kOk;
}

} // namespace

Runner add_compile(CLI::App& app) {
  auto opts = std::make_shared<CompileOptions>();
  auto* cmd = app.add_subcommand("compile", "Parse documents into the structured model");
  cmd->add_option("--format", opts->format, "Output format")
      ->check(CLI::IsMember({"json", "text"}));
  cmd->add_flag("--pretty", opts->pretty, "Indent the JSON (for reading one document)");
  cmd->add_option("--jobs,-j", opts->jobs,
                  "Worker threads (default: all cores; at most 4 per core)");
  cmd->add_option("PATH", opts->paths,
                  "Files, directories (every *.md below) or - for standard input")
      ->required();
  return [opts] { return run_compile(*opts); };
}

} // namespace vanban::cli
