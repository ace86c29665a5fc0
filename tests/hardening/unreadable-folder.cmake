# Issue 13, item 2 — an unreadable folder silently removed its documents: `index`, `compile` and
# `check` on folders and files the user cannot read (as nobody when the tests run as root).
foreach(case index file compile check)
  add_test(NAME hardening.unreadable-folder.${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/unreadable_folder.sh ${case} $<TARGET_FILE:vanban>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hardening.unreadable-folder.${case} PROPERTIES TIMEOUT 60 SKIP_RETURN_CODE 77)
endforeach()
