# Issue 13, item 1 — one valid document poisons the whole archive: cuts on character boundaries,
# no invalid UTF-8 in any output, file names that are not UTF-8, one damaged stored record.
add_executable(hardening_utf8_poison_tests ${PROJECT_SOURCE_DIR}/tests/unit/main.cpp
               ${CMAKE_CURRENT_LIST_DIR}/utf8_poison_test.cpp)
target_link_libraries(hardening_utf8_poison_tests PRIVATE vanban_compiler vanban_graph
                      doctest::doctest)
doctest_discover_tests(hardening_utf8_poison_tests TEST_PREFIX "hardening."
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})

# Writes a damaged model into an archive, through Xapian's public API only.
add_executable(hardening_utf8_poison_corrupt ${CMAKE_CURRENT_LIST_DIR}/utf8_poison_corrupt.cpp)
target_link_libraries(hardening_utf8_poison_corrupt PRIVATE PkgConfig::XAPIAN)

foreach(case long-issuer-archive non-utf8-name corrupt-json corrupt-utf8 corrupt-shape)
  add_test(NAME hardening.utf8-poison.${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/utf8_poison.sh ${case} $<TARGET_FILE:vanban>
                   $<TARGET_FILE:hardening_utf8_poison_corrupt>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hardening.utf8-poison.${case} PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
endforeach()
