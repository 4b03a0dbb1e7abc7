# CMake toolchain file for fully static aarch64-linux-musl executables built with
# clang-19 and LLD (see KilnMuslToolchain.cmake for what it sets up, and
# docs/runtime.md). Use: cmake -DCMAKE_TOOLCHAIN_FILE=<this file> ...
set(KILN_MUSL_ARCH aarch64)
include(${CMAKE_CURRENT_LIST_DIR}/KilnMuslToolchain.cmake)
