# Embeds data tables (data/*.json) into a generated C++ source, so the binary needs no data path.
# vanban_embed_data(<target> <symbol-prefix> <file>...) adds one `std::string_view <prefix>_<stem>()`
# accessor per file, declared in the generated header <target>_data.hpp.
function(vanban_embed_data target)
  set(out_cpp "${CMAKE_CURRENT_BINARY_DIR}/${target}_data.cpp")
  set(out_hpp "${CMAKE_CURRENT_BINARY_DIR}/${target}_data.hpp")
  set(decls "")
  set(defs "")
  foreach(file IN LISTS ARGN)
    get_filename_component(stem "${file}" NAME_WE)
    string(MAKE_C_IDENTIFIER "${stem}" ident)
    file(READ "${file}" content)
    string(APPEND decls "std::string_view data_${ident}();\n")
    string(APPEND defs "std::string_view data_${ident}() {\n  static constexpr char text[] = R\"vanban_data(${content})vanban_data\";\n  return {text, sizeof(text) - 1};\n}\n")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  endforeach()
  # Written through a temporary file and copied only when changed, so unchanged data never rebuilds.
  file(WRITE "${out_hpp}.tmp" "// Generated from data/*.json by cmake/EmbedData.cmake: do not edit.\n#pragma once\n#include <string_view>\nnamespace vanban::embedded {\n${decls}}\n")
  file(WRITE "${out_cpp}.tmp" "// Generated from data/*.json by cmake/EmbedData.cmake: do not edit.\n#include \"${target}_data.hpp\"\nnamespace vanban::embedded {\n${defs}}\n")
  configure_file("${out_hpp}.tmp" "${out_hpp}" COPYONLY)
  configure_file("${out_cpp}.tmp" "${out_cpp}" COPYONLY)
  target_sources(${target} PRIVATE "${out_cpp}")
  target_include_directories(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}")
endfunction()
