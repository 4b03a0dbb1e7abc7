//===- ServerLinker.cpp - Linking handler objects into servers ------------===//
//
// Finds the runtime directory of the target and LLD, then runs
//   ld.lld -static crt1.o crti.o crtbegin.o handler.o libkiln-main.a
//          libkiln-rt.a
//          --start-group libclang_rt.builtins.a libc.a --end-group
//          crtend.o crtn.o
// the same inputs and order clang's driver uses for a static musl program
// (kept in one table, kLinkInputs), with --gc-sections so only the
// runtime code a server reaches stays, and --strip-all unless symbols are
// asked for. The runtime's build copies every input into the directory,
// so the link needs nothing else from the machine.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/ServerLinker.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <cstdlib>
#include <vector>

using namespace kiln;

namespace {

/// Where each link input goes relative to the handler object.
enum class Place { BeforeHandler, AfterHandler, Group, Last };

struct LinkInput {
  const char *file;
  Place place;
};

/// The files of a runtime directory, in link order within each place.
const LinkInput kLinkInputs[] = {
    {"crt1.o", Place::BeforeHandler},
    {"crti.o", Place::BeforeHandler},
    {"crtbegin.o", Place::BeforeHandler},
    {"libkiln-main.a", Place::AfterHandler},
    {"libkiln-rt.a", Place::AfterHandler},
    {"libclang_rt.builtins.a", Place::Group},
    {"libc.a", Place::Group},
    {"crtend.o", Place::Last},
    {"crtn.o", Place::Last},
};

/// The runtime directory name of a normalized triple: "x86_64-linux-musl".
std::string runtimeName(const llvm::Triple &triple) {
  return (triple.getArchName() + "-linux-musl").str();
}

bool hasRuntime(llvm::StringRef dir) {
  llvm::SmallString<256> path(dir);
  llvm::sys::path::append(path, "libkiln-rt.a");
  return llvm::sys::fs::exists(path);
}

/// The runtime directory for \p name, or "" (with the places searched in
/// \p searched).
std::string findRuntimeDir(const ServerLinkRequest &request,
                           const std::string &name, std::string &searched) {
  if (!request.runtimeDir.empty()) {
    searched = request.runtimeDir;
    return hasRuntime(request.runtimeDir) ? request.runtimeDir : "";
  }
  if (const char *env = std::getenv("KILN_RUNTIME_DIR")) {
    llvm::SmallString<256> dir(env);
    llvm::sys::path::append(dir, name);
    searched = std::string(dir);
    return hasRuntime(dir) ? std::string(dir) : "";
  }
  std::string exe = llvm::sys::fs::getMainExecutable(
      request.kilncPath.c_str(), reinterpret_cast<void *>(&linkServer));
  llvm::SmallString<256> prefix(
      llvm::sys::path::parent_path(llvm::sys::path::parent_path(exe)));
  // A build tree (<build>/bin/kilnc) keeps runtimes in <build>/runtime, an
  // install tree (<prefix>/bin/kilnc) in <prefix>/lib/kiln.
  for (const char *sub : {"runtime", "lib/kiln"}) {
    llvm::SmallString<256> dir(prefix);
    llvm::sys::path::append(dir, sub, name);
    searched += (searched.empty() ? "" : ", ") + std::string(dir);
    if (hasRuntime(dir))
      return std::string(dir);
  }
  return "";
}

std::string findLinker(std::string &error) {
  std::vector<llvm::StringRef> paths = {KILN_LLVM_TOOLS_DIR};
  for (const char *name : {"ld.lld-19", "ld.lld"}) {
    if (auto found = llvm::sys::findProgramByName(name))
      return *found;
    if (auto found = llvm::sys::findProgramByName(name, paths))
      return *found;
  }
  error = "cannot find LLD (ld.lld-19 or ld.lld in PATH or " +
          std::string(KILN_LLVM_TOOLS_DIR) + "); install lld-19";
  return "";
}

} // namespace

std::string kiln::defaultServerTriple() {
  llvm::Triple host(llvm::sys::getDefaultTargetTriple());
  return (host.getArchName() + "-unknown-linux-musl").str();
}

bool kiln::linkServer(const ServerLinkRequest &request, std::string &error) {
  llvm::Triple triple(request.triple);
  if (triple.getEnvironment() != llvm::Triple::Musl) {
    error = "kilnc build links static musl servers: use "
            "--target=x86_64-linux-musl or --target=aarch64-linux-musl "
            "(or -c for an object to link yourself)";
    return false;
  }
  std::string name = runtimeName(triple), searched;
  std::string dir = findRuntimeDir(request, name, searched);
  if (dir.empty()) {
    error = "no Kiln runtime for " + name + " (looked for libkiln-rt.a in " +
            searched +
            "); build it (the runtime targets of the Kiln build) or pass "
            "--runtime-dir";
    return false;
  }
  std::vector<std::string> inputs[4];
  for (const LinkInput &input : kLinkInputs) {
    llvm::SmallString<256> path(dir);
    llvm::sys::path::append(path, input.file);
    if (!llvm::sys::fs::exists(path)) {
      error = "the runtime in " + dir + " is incomplete: " + input.file +
              " is missing (rebuild the runtime)";
      return false;
    }
    inputs[unsigned(input.place)].push_back(std::string(path));
  }
  std::string linker = findLinker(error);
  if (linker.empty())
    return false;

  std::vector<std::string> args = {
      linker,
      "-static",
      "-m",
      triple.getArch() == llvm::Triple::aarch64 ? "aarch64linux" : "elf_x86_64",
      "--hash-style=gnu",
      "--build-id",
      "--eh-frame-hdr",
      "--gc-sections",
      "-o",
      request.output};
  if (!request.keepSymbols)
    args.push_back("--strip-all");
  auto add = [&](Place place) {
    for (const std::string &path : inputs[unsigned(place)])
      args.push_back(path);
  };
  add(Place::BeforeHandler);
  args.push_back(request.handlerObject);
  add(Place::AfterHandler);
  args.push_back("--start-group");
  add(Place::Group);
  args.push_back("--end-group");
  add(Place::Last);

  std::vector<llvm::StringRef> argv(args.begin(), args.end());
  std::string message;
  int status =
      llvm::sys::ExecuteAndWait(linker, argv, std::nullopt, {}, 0, 0, &message);
  if (status != 0) {
    error = "linking " + request.output + " failed" +
            (message.empty() ? "" : ": " + message) +
            (status > 0 ? " (" + linker + " exited with status " +
                              std::to_string(status) + ")"
                        : "");
    return false;
  }
  return true;
}
