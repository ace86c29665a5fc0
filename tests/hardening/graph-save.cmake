# Issue 13, item 5 — silent wrong answers after a failed save: a truncated, edited or old-format
# graph is rebuilt with a warning; a save that fails on a full disk, past a file size limit or in
# a read-only archive names the file and the cause and keeps the old graph (graph_save.sh).
foreach(case truncated edited old-format disk-full file-size-limit read-only)
  add_test(NAME hardening.graph-save.${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/graph_save.sh ${case} $<TARGET_FILE:vanban>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hardening.graph-save.${case} PROPERTIES TIMEOUT 120 SKIP_RETURN_CODE 77)
endforeach()

# The format itself: every truncation and every changed byte of a stored graph is recognised.
add_executable(hardening_graph_save_tests ${PROJECT_SOURCE_DIR}/tests/unit/main.cpp
               ${CMAKE_CURRENT_LIST_DIR}/graph_file_test.cpp)
target_link_libraries(hardening_graph_save_tests PRIVATE vanban_graph_archive doctest::doctest)
target_include_directories(hardening_graph_save_tests PRIVATE ${PROJECT_SOURCE_DIR}/graph/src)
doctest_discover_tests(hardening_graph_save_tests TEST_PREFIX "hardening.graph-save.format."
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
