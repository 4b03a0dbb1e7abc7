# Kiln's CMake functions, loaded by find_package(Kiln) (KilnConfig.cmake
# includes this file after defining Kiln::kilnc, KILN_RUNTIME_DIR and the
# runtime's imported targets). Two ways to turn a handler script into a
# program for a musl target:
#
#   kiln_add_server(<name> <handler.js> [TARGET <triple>] [OUTPUT <path>]
#                   [SOURCES <module.js>...] [KILNC_ARGS <arg>...])
#     `kilnc build`: one fully static server executable, linked by kilnc
#     itself (ld.lld) from the target's runtime directory. No C or C++
#     compiler is needed, so a project made only of handlers can say
#     project(<name> LANGUAGES NONE).
#
#   kiln_add_handler_object(<name> <handler.js> [TARGET <triple>]
#                           [OUTPUT <path>] [SOURCES <module.js>...])
#     `kilnc -c`: the handler as an ELF object, wrapped in the INTERFACE
#     library <name> that links the object and Kiln::main-<triple> (main()
#     of a server, which brings Kiln::runtime-<triple>, libkiln-rt.a) into
#     an executable built with the target's musl toolchain
#     (${KILN_TOOLCHAIN_DIR}/<triple>.cmake).
#
# Both take the handler and SOURCES relative to the current source
# directory, and rebuild when kilnc, the handler, any listed module or the
# runtime's archives change. kilnc compiles the whole graph of relative
# imports into the one program; list the imported files under SOURCES so
# that editing them rebuilds it. See docs/cmake.md.

include_guard(GLOBAL)

# The triple of a musl target for this machine's architecture.
if(NOT DEFINED KILN_DEFAULT_TARGET)
  cmake_host_system_information(RESULT _kiln_host_arch QUERY OS_PLATFORM)
  if(_kiln_host_arch MATCHES "^(aarch64|arm64)$")
    set(KILN_DEFAULT_TARGET aarch64-linux-musl)
  else()
    set(KILN_DEFAULT_TARGET x86_64-linux-musl)
  endif()
  unset(_kiln_host_arch)
endif()

# _kiln_prepare(<prefix> <handler> <triple> <sources>...)
# Sets <prefix>_handler (absolute), <prefix>_depends (the handler, the
# sources, kilnc and the target's runtime archives) and checks that the
# target's runtime exists.
function(_kiln_prepare prefix handler triple)
  if(NOT triple IN_LIST KILN_RUNTIME_TARGETS)
    message(FATAL_ERROR "Kiln: no runtime for target '${triple}' in "
      "${KILN_RUNTIME_DIR} (available: ${KILN_RUNTIME_TARGETS}); build or "
      "install Kiln with that target in KILN_RUNTIME_TARGETS")
  endif()
  get_filename_component(abs_handler ${handler} ABSOLUTE
    BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
  set(depends ${abs_handler})
  foreach(source IN LISTS ARGN)
    get_filename_component(abs ${source} ABSOLUTE
      BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND depends ${abs})
  endforeach()
  get_target_property(kilnc Kiln::kilnc IMPORTED_LOCATION)
  set(rt ${KILN_RUNTIME_DIR}/${triple})
  list(APPEND depends ${kilnc} ${rt}/libkiln-rt.a ${rt}/libkiln-main.a)
  set(${prefix}_handler ${abs_handler} PARENT_SCOPE)
  set(${prefix}_depends ${depends} PARENT_SCOPE)
endfunction()

function(kiln_add_server name handler)
  cmake_parse_arguments(PARSE_ARGV 2 ARG "" "TARGET;OUTPUT"
    "SOURCES;KILNC_ARGS")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "kiln_add_server: unknown arguments "
      "'${ARG_UNPARSED_ARGUMENTS}'")
  endif()
  if(NOT ARG_TARGET)
    set(ARG_TARGET ${KILN_DEFAULT_TARGET})
  endif()
  if(NOT ARG_OUTPUT)
    set(ARG_OUTPUT bin/${name})
  endif()
  get_filename_component(output ${ARG_OUTPUT} ABSOLUTE
    BASE_DIR ${CMAKE_CURRENT_BINARY_DIR})
  # Ninja names the target and the file alike by their path relative to
  # the top of the build tree: they must differ.
  file(RELATIVE_PATH relative ${CMAKE_BINARY_DIR} ${output})
  if(relative STREQUAL name)
    message(FATAL_ERROR "kiln_add_server(${name}): OUTPUT ${ARG_OUTPUT} "
      "would be a file named like the target '${name}' at the top of the "
      "build tree; choose another directory or name")
  endif()
  _kiln_prepare(server ${handler} ${ARG_TARGET} ${ARG_SOURCES})
  get_filename_component(output_dir ${output} DIRECTORY)
  file(MAKE_DIRECTORY ${output_dir})
  add_custom_command(OUTPUT ${output}
    COMMAND Kiln::kilnc build --target=${ARG_TARGET}
      --runtime-dir ${KILN_RUNTIME_DIR}/${ARG_TARGET} ${ARG_KILNC_ARGS}
      ${server_handler} -o ${output}
    DEPENDS ${server_depends}
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    COMMENT "Building Kiln server ${name} (${ARG_TARGET})"
    VERBATIM)
  # Servers are what a Kiln project builds: part of `all` by default.
  add_custom_target(${name} ALL DEPENDS ${output})
  set_target_properties(${name} PROPERTIES
    KILN_SERVER_FILE ${output}
    KILN_TARGET ${ARG_TARGET})
endfunction()

function(kiln_add_handler_object name handler)
  cmake_parse_arguments(PARSE_ARGV 2 ARG "" "TARGET;OUTPUT" "SOURCES")
  if(ARG_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "kiln_add_handler_object: unknown arguments "
      "'${ARG_UNPARSED_ARGUMENTS}'")
  endif()
  if(NOT ARG_TARGET)
    set(ARG_TARGET ${KILN_DEFAULT_TARGET})
  endif()
  if(NOT ARG_OUTPUT)
    set(ARG_OUTPUT ${name}.o)
  endif()
  get_filename_component(output ${ARG_OUTPUT} ABSOLUTE
    BASE_DIR ${CMAKE_CURRENT_BINARY_DIR})
  _kiln_prepare(object ${handler} ${ARG_TARGET} ${ARG_SOURCES})
  get_filename_component(output_dir ${output} DIRECTORY)
  file(MAKE_DIRECTORY ${output_dir})
  add_custom_command(OUTPUT ${output}
    COMMAND Kiln::kilnc -c --target=${ARG_TARGET} ${object_handler}
      -o ${output}
    DEPENDS ${object_depends}
    WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}
    COMMENT "Compiling Kiln handler ${name} (${ARG_TARGET})"
    VERBATIM)
  add_custom_target(${name}-object DEPENDS ${output})
  # The object first, then main() and the runtime: the order of a static
  # link. The full path makes the executable's link step depend on the
  # object file, the added dependency orders its compilation first.
  add_library(${name} INTERFACE)
  target_link_libraries(${name} INTERFACE ${output} Kiln::main-${ARG_TARGET})
  add_dependencies(${name} ${name}-object)
  set_target_properties(${name} PROPERTIES
    KILN_OBJECT_FILE ${output}
    KILN_TARGET ${ARG_TARGET})
endfunction()
