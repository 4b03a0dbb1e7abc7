# Third-party code compiled into Kiln's runtime, from Debian's source packages.
#
# The musl targets have no system zlib or double-conversion to link against,
# so the runtime compiles both from the Debian source packages the host system
# itself was built from (scripts/fetch-deps-sources.sh downloads and unpacks
# them once into KILN_DEPS_SOURCE_DIR, outside the source tree). Two object
# libraries come out of this module, and runtime/CMakeLists.txt folds their
# objects into libkiln-rt.a so that a server links one archive per target:
#
#   kiln-double-conversion  the freestanding part of double-conversion: the
#                           shortest/fixed/precision/exponential formatter and
#                           strtod.cc (not string-to-double.cc, which needs
#                           libc++'s <locale> library code)
#   kiln-zlib               zlib (deflate, inflate, gzip, CRC-32); musl
#                           targets only, the host uses the system zlib1g-dev
#
# Both compile with the runtime's freestanding flags and carry their public
# include directories, so `#include <zlib.h>` and
# `#include "double-conversion/double-to-string.h"` work in runtime code.

include_guard(GLOBAL)

get_filename_component(KILN_ROOT_DIR ${CMAKE_CURRENT_LIST_DIR}/.. ABSOLUTE)

# Default download cache: shared by every build tree of the user (a fresh CI
# clone downloads ~8 MB once), overridable per build.
if(DEFINED ENV{KILN_DEPS_SOURCE_DIR})
  set(_kiln_deps_default $ENV{KILN_DEPS_SOURCE_DIR})
elseif(DEFINED ENV{XDG_CACHE_HOME})
  set(_kiln_deps_default $ENV{XDG_CACHE_HOME}/kiln/deps-sources)
elseif(DEFINED ENV{HOME})
  set(_kiln_deps_default $ENV{HOME}/.cache/kiln/deps-sources)
else()
  set(_kiln_deps_default ${CMAKE_BINARY_DIR}/_deps)
endif()
set(KILN_DEPS_SOURCE_DIR ${_kiln_deps_default} CACHE PATH
  "Where Debian source packages of the runtime's third-party code are unpacked")

# The double-conversion sources that compile and link freestanding (no C++
# library code) for musl; DESIGN.md "Libraries before hand-writing".
set(KILN_DOUBLE_CONVERSION_SOURCES
  bignum.cc bignum-dtoa.cc cached-powers.cc double-to-string.cc fast-dtoa.cc
  fixed-dtoa.cc strtod.cc)
set(KILN_ZLIB_SOURCES
  adler32.c compress.c crc32.c deflate.c gzclose.c gzlib.c gzread.c gzwrite.c
  infback.c inffast.c inflate.c inftrees.c trees.c uncompr.c zutil.c)

# kiln_fetch_runtime_deps(): makes sure zlib and double-conversion are unpacked
# in KILN_DEPS_SOURCE_DIR (a no-op when they are) and reports their versions.
function(kiln_fetch_runtime_deps)
  set(dir ${KILN_DEPS_SOURCE_DIR})
  if(NOT EXISTS ${dir}/zlib/.kiln-version OR
     NOT EXISTS ${dir}/double-conversion/.kiln-version)
    message(STATUS "Kiln: fetching Debian source packages into ${dir}")
    execute_process(
      COMMAND ${KILN_ROOT_DIR}/scripts/fetch-deps-sources.sh ${dir}
        zlib double-conversion
      RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
      message(FATAL_ERROR "Kiln: could not fetch the runtime's third-party "
        "sources (see above). Run scripts/install-deps.sh, or point "
        "KILN_DEPS_SOURCE_DIR at a directory holding unpacked zlib/ and "
        "double-conversion/ source packages.")
    endif()
  endif()
  # Re-run CMake when a source tree is replaced (its stamp is rewritten).
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
    ${dir}/zlib/.kiln-version ${dir}/double-conversion/.kiln-version)
  file(STRINGS ${dir}/zlib/.kiln-version zlib_version LIMIT_COUNT 1)
  file(STRINGS ${dir}/double-conversion/.kiln-version dc_version LIMIT_COUNT 1)
  message(STATUS "Kiln: runtime third-party sources in ${dir}: "
    "zlib ${zlib_version}, double-conversion ${dc_version}")
endfunction()

# kiln_add_runtime_deps([ZLIB] COMPILE_OPTIONS <options>...): defines the
# object library kiln-double-conversion and, with ZLIB, kiln-zlib.
function(kiln_add_runtime_deps)
  cmake_parse_arguments(ARG "ZLIB" "" "COMPILE_OPTIONS" ${ARGN})
  set(dc_dir ${KILN_DEPS_SOURCE_DIR}/double-conversion)
  list(TRANSFORM KILN_DOUBLE_CONVERSION_SOURCES PREPEND ${dc_dir}/double-conversion/
    OUTPUT_VARIABLE dc_sources)
  add_library(kiln-double-conversion OBJECT ${dc_sources})
  target_include_directories(kiln-double-conversion SYSTEM PUBLIC ${dc_dir})
  # Third-party code: built as its authors build it, without our warnings.
  target_compile_options(kiln-double-conversion PRIVATE ${ARG_COMPILE_OPTIONS} -w)
  set_target_properties(kiln-double-conversion PROPERTIES
    POSITION_INDEPENDENT_CODE OFF)

  if(ARG_ZLIB)
    set(z_dir ${KILN_DEPS_SOURCE_DIR}/zlib)
    list(TRANSFORM KILN_ZLIB_SOURCES PREPEND ${z_dir}/ OUTPUT_VARIABLE z_sources)
    # Only zlib.h and zconf.h are public; zlib's directory also holds private
    # headers with common names (inflate.h, trees.h) that must not be found
    # by runtime code.
    set(z_include ${CMAKE_BINARY_DIR}/deps-include/zlib)
    configure_file(${z_dir}/zlib.h ${z_include}/zlib.h COPYONLY)
    configure_file(${z_dir}/zconf.h ${z_include}/zconf.h COPYONLY)
    add_library(kiln-zlib OBJECT ${z_sources})
    target_include_directories(kiln-zlib SYSTEM PUBLIC ${z_include})
    target_include_directories(kiln-zlib PRIVATE ${z_dir})
    # What zlib's ./configure detects on Linux: <unistd.h> and <stdarg.h>
    # exist (public: zconf.h derives z_off_t from it), and symbol visibility
    # keeps zlib's internal functions out of the archive's interface.
    target_compile_definitions(kiln-zlib PUBLIC HAVE_UNISTD_H HAVE_STDARG_H)
    target_compile_definitions(kiln-zlib PRIVATE HAVE_HIDDEN)
    # Size over speed: a server compresses responses of a few KiB, and
    # zlib is a tenth of its executable otherwise. No unwind tables, as for
    # the runtime (nothing unwinds through zlib).
    target_compile_options(kiln-zlib PRIVATE -w -Os -ffunction-sections
      -fdata-sections -fno-asynchronous-unwind-tables -fno-unwind-tables)
  endif()
endfunction()
