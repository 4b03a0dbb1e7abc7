# Kiln as a CMake package: the install rules of `cmake --install` and the
# two KilnConfig.cmake files find_package(Kiln) reads (included by the
# top-level CMakeLists.txt after the compiler and the runtime).
#
# Install layout (docs/cmake.md):
#   <prefix>/bin/kilnc
#   <prefix>/lib/kiln/<triple>/     every link input of `kilnc build` for
#                                   each musl target (ServerLinker.cpp)
#   <prefix>/include/kiln/          the runtime's public headers (*.h, *.def)
#   <prefix>/lib/cmake/Kiln/        KilnConfig.cmake, KilnConfigVersion.cmake,
#                                   Kiln.cmake, toolchains/<triple>.cmake
# The build tree is a package too: <build>/KilnConfig.cmake points at
# <build>/bin/kilnc, <build>/runtime/<triple>/ and the source tree's headers
# and toolchain files, so -DKiln_DIR=<build> works without installing.

include(CMakePackageConfigHelpers)

set(KILN_LLVM_VERSION ${LLVM_PACKAGE_VERSION})
set(KILN_CONFIG_TARGETS ${KILN_RUNTIME_TARGETS})
set(kiln_package_dir lib/cmake/Kiln)
set(kiln_toolchain_sources
  ${PROJECT_SOURCE_DIR}/cmake-modules/toolchains/KilnMuslToolchain.cmake
  ${PROJECT_SOURCE_DIR}/cmake-modules/toolchains/x86_64-linux-musl.cmake
  ${PROJECT_SOURCE_DIR}/cmake-modules/toolchains/aarch64-linux-musl.cmake)

# The files of a runtime directory that kilnc links (the same list as
# kLinkInputs in compiler/lib/Driver/ServerLinker.cpp).
set(KILN_RUNTIME_LINK_FILES libkiln-main.a libkiln-rt.a crt1.o crti.o crtn.o
  crtbegin.o crtend.o libc.a libclang_rt.builtins.a)

write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/KilnConfigVersion.cmake
  VERSION ${PROJECT_VERSION}
  COMPATIBILITY SameMinorVersion)

# --- The build tree's package -------------------------------------------
set(KILN_CONFIG_KILNC ${CMAKE_RUNTIME_OUTPUT_DIRECTORY}/kilnc)
set(KILN_CONFIG_RUNTIME_DIR ${PROJECT_BINARY_DIR}/runtime)
set(KILN_CONFIG_INCLUDE_DIR ${PROJECT_SOURCE_DIR}/runtime/include)
set(KILN_CONFIG_TOOLCHAIN_DIR ${PROJECT_SOURCE_DIR}/cmake-modules/toolchains)
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake-modules/KilnConfig.cmake.in
  ${PROJECT_BINARY_DIR}/KilnConfig.cmake
  INSTALL_DESTINATION .
  INSTALL_PREFIX ${PROJECT_BINARY_DIR}
  PATH_VARS KILN_CONFIG_KILNC KILN_CONFIG_RUNTIME_DIR KILN_CONFIG_INCLUDE_DIR
    KILN_CONFIG_TOOLCHAIN_DIR)
configure_file(${PROJECT_SOURCE_DIR}/cmake-modules/Kiln.cmake
  ${PROJECT_BINARY_DIR}/Kiln.cmake COPYONLY)

# --- The install tree's package -----------------------------------------
set(KILN_CONFIG_KILNC bin/kilnc)
set(KILN_CONFIG_RUNTIME_DIR lib/kiln)
set(KILN_CONFIG_INCLUDE_DIR include)
set(KILN_CONFIG_TOOLCHAIN_DIR ${kiln_package_dir}/toolchains)
configure_package_config_file(
  ${PROJECT_SOURCE_DIR}/cmake-modules/KilnConfig.cmake.in
  ${PROJECT_BINARY_DIR}/package/KilnConfig.cmake
  INSTALL_DESTINATION ${kiln_package_dir}
  PATH_VARS KILN_CONFIG_KILNC KILN_CONFIG_RUNTIME_DIR KILN_CONFIG_INCLUDE_DIR
    KILN_CONFIG_TOOLCHAIN_DIR)

# --- Install rules ------------------------------------------------------
# kilnc links libLLVM-<version>.so: keep LLVM's library directory in its
# run path so the installed copy finds it as the build tree's does.
set_target_properties(kilnc PROPERTIES INSTALL_RPATH ${LLVM_LIBRARY_DIR})
install(TARGETS kilnc RUNTIME DESTINATION bin)
foreach(triple IN LISTS KILN_RUNTIME_TARGETS)
  set(files)
  foreach(file IN LISTS KILN_RUNTIME_LINK_FILES)
    list(APPEND files ${PROJECT_BINARY_DIR}/runtime/${triple}/${file})
  endforeach()
  install(FILES ${files} DESTINATION lib/kiln/${triple})
endforeach()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/runtime/include/kiln
  DESTINATION include
  FILES_MATCHING PATTERN "*.h" PATTERN "*.def")
install(FILES
  ${PROJECT_BINARY_DIR}/package/KilnConfig.cmake
  ${PROJECT_BINARY_DIR}/KilnConfigVersion.cmake
  ${PROJECT_SOURCE_DIR}/cmake-modules/Kiln.cmake
  DESTINATION ${kiln_package_dir})
install(FILES ${kiln_toolchain_sources}
  DESTINATION ${kiln_package_dir}/toolchains)
