# Issue 13 item 6: the smaller search and CLI defects (small-defects.sh, one case per defect), the
# schema-2 archive upgraded in place (small_defects_test.cpp), and the README's word on check --db.
# Each case runs in 1–3 s in Release; the generous timeout is for the sanitizer build on a busy
# machine.
foreach(case type-multiword empty-filter-named zero-hit-message number-leading-zeros malformed-date
        non-utf8-query limit-range api readme-check-db)
  add_test(NAME hardening.small-defects.${case}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/small-defects.sh $<TARGET_FILE:vanban> ${case}
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hardening.small-defects.${case} PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77)
endforeach()

# The number key and the schema upgrade reach index/src (database.hpp), as vanban_tests does.
add_executable(hardening_small_defects_tests ${PROJECT_SOURCE_DIR}/tests/unit/main.cpp
               ${CMAKE_CURRENT_SOURCE_DIR}/small_defects_test.cpp)
target_link_libraries(hardening_small_defects_tests PRIVATE vanban_index vanban_graph
                      PkgConfig::XAPIAN doctest::doctest)
target_include_directories(hardening_small_defects_tests PRIVATE ${PROJECT_SOURCE_DIR}/index/src)
doctest_discover_tests(hardening_small_defects_tests TEST_PREFIX "hardening.small-defects."
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
