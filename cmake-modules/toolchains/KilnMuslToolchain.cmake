# Shared body of Kiln's musl toolchain files (x86_64-linux-musl.cmake and
# aarch64-linux-musl.cmake set KILN_MUSL_ARCH and include this file).
#
# Targets fully static <arch>-linux-musl executables with clang-19 and LLD,
# no GCC involved: headers and libc come from Debian's musl-dev (for arm64,
# musl-dev:arm64) through a small sysroot of two symbolic links that this file
# creates, compiler support functions from compiler-rt's builtins, and C++
# headers from libc++ 19 used header-only (no C++ standard library is linked:
# code built here must be freestanding C++, see docs/runtime.md). CMake reads a
# toolchain file once for the project and again for every try_compile, so
# everything here is idempotent and the sysroot location is passed to the
# try_compile projects through CMAKE_TRY_COMPILE_PLATFORM_VARIABLES.

if(NOT KILN_MUSL_ARCH)
  message(FATAL_ERROR "KilnMuslToolchain.cmake: include it through "
    "x86_64-linux-musl.cmake or aarch64-linux-musl.cmake")
endif()

set(KILN_MUSL_TRIPLE ${KILN_MUSL_ARCH}-linux-musl)

set(CMAKE_SYSTEM_NAME Linux)
set(CMAKE_SYSTEM_PROCESSOR ${KILN_MUSL_ARCH})

find_program(KILN_MUSL_CLANG NAMES clang-19 REQUIRED)
find_program(KILN_MUSL_CLANGXX NAMES clang++-19 REQUIRED)
set(CMAKE_C_COMPILER ${KILN_MUSL_CLANG})
set(CMAKE_CXX_COMPILER ${KILN_MUSL_CLANGXX})
set(CMAKE_ASM_COMPILER ${KILN_MUSL_CLANG})
set(CMAKE_C_COMPILER_TARGET ${KILN_MUSL_TRIPLE})
set(CMAKE_CXX_COMPILER_TARGET ${KILN_MUSL_TRIPLE})
set(CMAKE_ASM_COMPILER_TARGET ${KILN_MUSL_TRIPLE})

# Debian installs each architecture's musl under /usr/{include,lib}/<triple>.
set(KILN_MUSL_INCLUDE_DIR /usr/include/${KILN_MUSL_TRIPLE})
set(KILN_MUSL_LIB_DIR /usr/lib/${KILN_MUSL_TRIPLE})
if(NOT EXISTS ${KILN_MUSL_INCLUDE_DIR}/stdio.h OR NOT EXISTS ${KILN_MUSL_LIB_DIR}/libc.a)
  if(KILN_MUSL_ARCH STREQUAL "x86_64")
    set(_kiln_pkg musl-dev)
  else()
    set(_kiln_pkg "musl-dev:arm64 (after dpkg --add-architecture arm64)")
  endif()
  message(FATAL_ERROR "${KILN_MUSL_TRIPLE}: musl is not installed "
    "(${KILN_MUSL_INCLUDE_DIR}/stdio.h or ${KILN_MUSL_LIB_DIR}/libc.a missing); "
    "install ${_kiln_pkg}, or run scripts/install-deps.sh")
endif()

# The sysroot: <dir>/usr/include and <dir>/usr/lib pointing at musl. Without
# --sysroot clang looks in /usr/include and silently compiles against glibc's
# headers, so every compile and link below goes through it.
if(NOT KILN_MUSL_SYSROOT)
  set(KILN_MUSL_SYSROOT ${CMAKE_BINARY_DIR}/sysroot-${KILN_MUSL_ARCH}
    CACHE PATH "Sysroot (two symbolic links to musl) used for ${KILN_MUSL_TRIPLE}")
endif()
foreach(_kiln_dir include lib)
  set(_kiln_link ${KILN_MUSL_SYSROOT}/usr/${_kiln_dir})
  set(_kiln_target /usr/${_kiln_dir}/${KILN_MUSL_TRIPLE})
  if(NOT IS_SYMLINK ${_kiln_link})
    file(MAKE_DIRECTORY ${KILN_MUSL_SYSROOT}/usr)
    file(CREATE_LINK ${_kiln_target} ${_kiln_link} SYMBOLIC)
  endif()
endforeach()
set(CMAKE_SYSROOT ${KILN_MUSL_SYSROOT})
list(APPEND CMAKE_TRY_COMPILE_PLATFORM_VARIABLES KILN_MUSL_SYSROOT)

# C++ without a C++ library: libc++'s headers (libstdc++'s do not work with
# musl) for the header-only facilities, no exceptions, no RTTI, no guarded
# statics (they would need __cxa_guard_* from a C++ ABI library).
set(KILN_MUSL_LIBCXX_INCLUDE_DIR /usr/lib/llvm-19/include/c++/v1)
set(CMAKE_CXX_FLAGS_INIT "-std=c++20 -fno-exceptions -fno-rtti -fno-threadsafe-statics \
-nostdinc++ -isystem ${KILN_MUSL_LIBCXX_INCLUDE_DIR} -D_LIBCPP_HAS_MUSL_LIBC")
set(CMAKE_CXX_STANDARD_LIBRARIES_INIT "")

# Fully static, LLD, compiler-rt instead of libgcc, no unwinder (no
# exceptions), and no C++ library.
set(_kiln_link_flags "-static -fuse-ld=lld -rtlib=compiler-rt -unwindlib=none -nostdlib++")
set(CMAKE_EXE_LINKER_FLAGS_INIT "${_kiln_link_flags}")
set(CMAKE_SHARED_LINKER_FLAGS_INIT "${_kiln_link_flags}")
set(CMAKE_MODULE_LINKER_FLAGS_INIT "${_kiln_link_flags}")

# Find libraries and headers only in the sysroot, programs only on the host.
set(CMAKE_FIND_ROOT_PATH ${KILN_MUSL_SYSROOT})
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)

# Running target programs (tests, add_test, custom commands that use
# $<TARGET_FILE:...> through the emulator).
if(NOT KILN_MUSL_ARCH STREQUAL CMAKE_HOST_SYSTEM_PROCESSOR)
  find_program(KILN_MUSL_EMULATOR NAMES qemu-${KILN_MUSL_ARCH} qemu-${KILN_MUSL_ARCH}-static)
  if(KILN_MUSL_EMULATOR)
    set(CMAKE_CROSSCOMPILING_EMULATOR ${KILN_MUSL_EMULATOR})
  endif()
endif()
