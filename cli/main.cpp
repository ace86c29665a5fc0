// vanban: the command-line entry point; parses arguments and dispatches to a subcommand.
#include "commands.hpp"

#include <csignal>
#include <iostream>
#include <map>

int main(int argc, char** argv) {
  using namespace vanban::cli;
  // A write past the file size limit (ulimit -f) then fails with EFBIG, reported like a full disk,
  // instead of killing the process halfway through a save.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"vanban — compile, index, trace and check Vietnamese official documents"};
  app.set_version_flag("--version", "vanban " VANBAN_VERSION); // the project version of CMake
  app.require_subcommand(1);
  std::map<CLI::App*, Runner> runners;
  auto add = [&](Runner (*factory)(CLI::App&)) {
    std::size_t before = app.get_subcommands({}).size();
    Runner runner = factory(app);
    runners[app.get_subcommands({}).at(before)] = std::move(runner);
  };
  add(add_compile);
  add(add_check);
  add(add_index);
  add(add_search);
  add(add_stats);
  add(add_trace);
  add(add_refs);
  add(add_cited_by);
  add(add_graph);
  add(add_follow_up);
  add(add_tasks);
  add(add_serve);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kUsage;
  }
  for (auto* sub : app.get_subcommands()) {
    try {
      return runners.at(sub)();
    } catch (const std::exception& e) {
      std::cerr << "vanban " << sub->get_name() << ": " << e.what() << "\n";
      return kInputError;
    }
  }
  return kUsage;
}
