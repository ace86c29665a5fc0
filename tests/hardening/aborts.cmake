# Issue 13, item 3 — aborts instead of errors: an exception in a worker, disk full during
# `index`, an I/O error on one file of a folder, a huge --jobs, --batch 0.
add_executable(hardening_aborts_tests ${PROJECT_SOURCE_DIR}/tests/unit/main.cpp
               ${CMAKE_CURRENT_LIST_DIR}/aborts_parallel.cpp)
target_link_libraries(hardening_aborts_tests PRIVATE vanban_compiler doctest::doctest Threads::Threads)
doctest_discover_tests(hardening_aborts_tests TEST_PREFIX "hardening.aborts."
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

foreach(case disk-full file-size-limit check-io-error jobs-cap batch-range)
  add_test(NAME hardening.aborts.${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/aborts.sh ${case} $<TARGET_FILE:vanban>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hardening.aborts.${case} PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
endforeach()
