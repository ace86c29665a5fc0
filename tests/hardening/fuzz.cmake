# Issue 13, fuzzing — the ordinary builds (Release, ASan + UBSan) replay every fuzz target's
# seeds and past crash inputs (tests/fuzz/seeds/<target>, the compiler's also corpus/ and the
# check fixtures) through the same LLVMFuzzerTestOneInput, without libFuzzer; and item 6's two
# config defects the config reader had: a TOML nested 10,000 deep (exit 139), an invalid JSON
# config answered with the JSON library's raw message (fuzz.sh).
set(fuzz_dir ${PROJECT_SOURCE_DIR}/tests/fuzz)
include(${fuzz_dir}/targets.cmake)
foreach(target IN LISTS VANBAN_FUZZ_TARGETS)
  add_executable(replay_fuzz_${target} ${fuzz_dir}/fuzz_${target}.cpp ${fuzz_dir}/replay_main.cpp)
  vanban_fuzz_link(replay_fuzz_${target} ${target})
endforeach()

add_test(NAME hardening.fuzz.replay-compile
         COMMAND replay_fuzz_compile ${fuzz_dir}/seeds/compile ${PROJECT_SOURCE_DIR}/corpus
                 ${PROJECT_SOURCE_DIR}/tests/fixtures/check)
set(replayed ${VANBAN_FUZZ_TARGETS})
list(REMOVE_ITEM replayed compile) # above: its seeds are also the corpus and the check fixtures
foreach(target IN LISTS replayed)
  add_test(NAME hardening.fuzz.replay-${target}
           COMMAND replay_fuzz_${target} ${fuzz_dir}/seeds/${target})
endforeach()

foreach(case toml-deep json-config-message)
  add_test(NAME hardening.fuzz.${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/fuzz.sh ${case} $<TARGET_FILE:vanban>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
list(TRANSFORM VANBAN_FUZZ_TARGETS PREPEND hardening.fuzz.replay- OUTPUT_VARIABLE replay_tests)
set_tests_properties(${replay_tests} hardening.fuzz.toml-deep hardening.fuzz.json-config-message
                     PROPERTIES TIMEOUT 120)
