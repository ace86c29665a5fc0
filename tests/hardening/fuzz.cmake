# Issue 13, fuzzing — the ordinary builds (Release, ASan + UBSan) replay every fuzz target's
# seeds and past crash inputs (tests/fuzz/seeds/<target>, the compiler's also corpus/ and the
# check fixtures) through the same LLVMFuzzerTestOneInput, without libFuzzer; and item 6's two
# config defects the config reader had: a TOML nested 10,000 deep (exit 139), an invalid JSON
# config answered with the JSON library's raw message (fuzz.sh).
set(fuzz_dir ${PROJECT_SOURCE_DIR}/tests/fuzz)
function(vanban_fuzz_replay target)
  add_executable(replay_fuzz_${target} ${fuzz_dir}/fuzz_${target}.cpp ${fuzz_dir}/replay_main.cpp)
  target_link_libraries(replay_fuzz_${target} PRIVATE ${ARGN} ICU::uc)
  target_compile_definitions(replay_fuzz_${target} PRIVATE VANBAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()
vanban_fuzz_replay(compile vanban_compiler)
vanban_fuzz_replay(config vanban_checker)
vanban_fuzz_replay(query vanban_index PkgConfig::XAPIAN)
target_include_directories(replay_fuzz_query PRIVATE ${PROJECT_SOURCE_DIR}/index/src)
vanban_fuzz_replay(http vanban_server vanban_index)

add_test(NAME hardening.fuzz.replay-compile
         COMMAND replay_fuzz_compile ${fuzz_dir}/seeds/compile ${PROJECT_SOURCE_DIR}/corpus
                 ${PROJECT_SOURCE_DIR}/tests/fixtures/check)
foreach(target config query http)
  add_test(NAME hardening.fuzz.replay-${target}
           COMMAND replay_fuzz_${target} ${fuzz_dir}/seeds/${target})
endforeach()

foreach(case toml-deep json-config-message)
  add_test(NAME hardening.fuzz.${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/fuzz.sh ${case} $<TARGET_FILE:vanban>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
endforeach()
set_tests_properties(hardening.fuzz.replay-compile hardening.fuzz.replay-config
                     hardening.fuzz.replay-query hardening.fuzz.replay-http
                     hardening.fuzz.toml-deep hardening.fuzz.json-config-message
                     PROPERTIES TIMEOUT 120)
