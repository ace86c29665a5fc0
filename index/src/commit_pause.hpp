// A test hook that stops an index run at a known commit, so a kill -9 test needs no race.
#pragma once

namespace vanban::index {

/// Called after every commit of a run. With VANBAN_TEST_STOP_AFTER_COMMITS=N in the environment,
/// the N-th commit of the run (over all shards) stops the process with SIGSTOP: the committed
/// batches are on disk and the write lock is held, which is where a kill -9 test wants the writer.
/// Without the variable it does nothing.
void pause_after_commit_if_asked();

} // namespace vanban::index
