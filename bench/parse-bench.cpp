//===- parse-bench.cpp - Front-end throughput benchmark ------------------===//
//
// kiln-parse-bench measures how fast Kiln's front end gets through a large
// body of real JavaScript (by default every .js file of the test262 checkout).
// All files are read into memory first; then, for each stage — lex only,
// lex+parse, lex+parse+Sema — every file is processed as a strict-mode
// script, N rounds over, and the median round's time is reported with the
// throughput in MB/s of source text. Files are handed to FrontendSessions in
// batches of a few megabytes: adding the text to a session is not timed, and
// each batch's AST arena is released before the next, so memory stays
// bounded. Diagnostics are recorded but never printed.
//
// Usage: kiln-parse-bench [--rounds=N] [--stage=lex|parse|sema|all]
//                         [--module] [PATH...]
// A PATH may be a file or a directory (searched recursively for *.js).
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/FrontendSession.h"
#include "kiln/Lex/Lexer.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

using namespace kiln;

namespace {

/// Source text handed to one FrontendSession at a time.
constexpr size_t kBatchBytes = 8u << 20;

enum class Stage { Lex, Parse, Sema };

const char *stageName(Stage s) {
  switch (s) {
  case Stage::Lex:
    return "lex";
  case Stage::Parse:
    return "lex+parse";
  case Stage::Sema:
    return "lex+parse+sema";
  }
  return "?";
}

struct InputFile {
  std::string name;
  std::string text;
};

struct Options {
  unsigned rounds = 5;
  std::vector<Stage> stages = {Stage::Lex, Stage::Parse, Stage::Sema};
  SourceKind kind = SourceKind::Script;
  std::vector<std::string> paths;
};

/// What one round of one stage observed.
struct RoundResult {
  double seconds = 0;
  size_t filesWithErrors = 0;
  size_t astBytes = 0;
};

[[noreturn]] void usage(const char *message) {
  llvm::errs() << "kiln-parse-bench: " << message << "\n"
               << "usage: kiln-parse-bench [--rounds=N] "
                  "[--stage=lex|parse|sema|all] [--module] [PATH...]\n";
  std::exit(2);
}

std::string defaultCorpus() {
  if (const char *env = std::getenv("KILN_TEST262_DIR"))
    return std::string(env) + "/test";
  return KILN_SOURCE_DIR "/../shared/test262/test";
}

Options parseOptions(int argc, char **argv) {
  Options opts;
  for (int i = 1; i < argc; ++i) {
    llvm::StringRef arg(argv[i]);
    if (arg.consume_front("--rounds=")) {
      if (arg.getAsInteger(10, opts.rounds) || opts.rounds == 0)
        usage("--rounds needs a positive number");
    } else if (arg.consume_front("--stage=")) {
      if (arg == "lex")
        opts.stages = {Stage::Lex};
      else if (arg == "parse")
        opts.stages = {Stage::Parse};
      else if (arg == "sema")
        opts.stages = {Stage::Sema};
      else if (arg != "all")
        usage("--stage must be lex, parse, sema or all");
    } else if (arg == "--module") {
      opts.kind = SourceKind::Module;
    } else if (arg == "--help" || arg == "-h") {
      usage("measures the front end's throughput");
    } else if (arg.starts_with("-")) {
      usage("unknown option");
    } else {
      opts.paths.push_back(arg.str());
    }
  }
  if (opts.paths.empty())
    opts.paths.push_back(defaultCorpus());
  return opts;
}

bool readFile(const std::string &path, std::vector<InputFile> &files) {
  auto buffer = llvm::MemoryBuffer::getFile(path, /*IsText=*/false,
                                            /*RequiresNullTerminator=*/false);
  if (!buffer) {
    llvm::errs() << "kiln-parse-bench: cannot read '" << path
                 << "': " << buffer.getError().message() << "\n";
    return false;
  }
  files.push_back({path, (*buffer)->getBuffer().str()});
  return true;
}

/// Loads every input file, in a stable (sorted) order.
bool loadInputs(const Options &opts, std::vector<InputFile> &files) {
  for (const std::string &path : opts.paths) {
    if (!llvm::sys::fs::is_directory(path)) {
      if (!readFile(path, files))
        return false;
      continue;
    }
    std::vector<std::string> found;
    std::error_code ec;
    for (llvm::sys::fs::recursive_directory_iterator it(path, ec), end;
         it != end && !ec; it.increment(ec)) {
      if (llvm::StringRef(it->path()).ends_with(".js") &&
          it->type() != llvm::sys::fs::file_type::directory_file)
        found.push_back(it->path());
    }
    if (ec) {
      llvm::errs() << "kiln-parse-bench: cannot list '" << path
                   << "': " << ec.message() << "\n";
      return false;
    }
    std::sort(found.begin(), found.end());
    for (const std::string &f : found)
      if (!readFile(f, files))
        return false;
  }
  return true;
}

/// Runs \p stage over files[begin, end) in one session; returns the time
/// spent in the stage itself.
RoundResult runBatch(const std::vector<InputFile> &files, size_t begin,
                     size_t end, Stage stage, SourceKind kind) {
  FrontendSession session(llvm::nulls());
  DiagnosticEngine &diags = session.getDiagnostics();
  diags.setPrinting(false);
  // One engine serves the whole batch: a limit would silence later files.
  diags.setErrorLimit(0);
  llvm::SmallVector<SourceFile *, 0> loaded;
  for (size_t i = begin; i < end; ++i) {
    std::string error;
    SourceFile *file = session.getSourceManager().addFile(
        files[i].name, files[i].text, &error);
    if (file)
      loaded.push_back(file);
  }

  RoundResult result;
  auto start = std::chrono::steady_clock::now();
  for (SourceFile *file : loaded) {
    unsigned errorsBefore = diags.getNumErrors();
    if (stage == Stage::Lex) {
      Lexer lexer(*file, session.getAtoms(), diags);
      lexer.setStandaloneMode(true);
      while (lexer.advance().isNot(TokenKind::eof)) {
      }
    } else {
      auto *program = session.parse(*file, kind);
      if (stage == Stage::Sema)
        session.analyze(program);
    }
    if (diags.getNumErrors() != errorsBefore)
      ++result.filesWithErrors;
  }
  auto stop = std::chrono::steady_clock::now();
  result.seconds = std::chrono::duration<double>(stop - start).count();
  result.astBytes = session.getASTContext().getBytesAllocated();
  return result;
}

RoundResult runRound(const std::vector<InputFile> &files, Stage stage,
                     SourceKind kind) {
  RoundResult total;
  size_t begin = 0;
  while (begin < files.size()) {
    size_t end = begin, bytes = 0;
    while (end < files.size() && (end == begin || bytes < kBatchBytes))
      bytes += files[end++].text.size();
    RoundResult r = runBatch(files, begin, end, stage, kind);
    total.seconds += r.seconds;
    total.filesWithErrors += r.filesWithErrors;
    total.astBytes += r.astBytes;
    begin = end;
  }
  return total;
}

} // namespace

int main(int argc, char **argv) {
  Options opts = parseOptions(argc, argv);
  std::vector<InputFile> files;
  if (!loadInputs(opts, files))
    return 2;
  if (files.empty())
    usage("no .js files found");
  size_t totalBytes = 0;
  for (const InputFile &f : files)
    totalBytes += f.text.size();
  double megabytes = double(totalBytes) / 1e6;

  llvm::outs() << "kiln-parse-bench: " << files.size() << " files, "
               << llvm::format("%.1f", megabytes) << " MB, "
               << (opts.kind == SourceKind::Module ? "module" : "script")
               << " mode, median of " << opts.rounds << " rounds\n";
  llvm::outs() << "stage              seconds      MB/s  best MB/s  notes\n";
  for (Stage stage : opts.stages) {
    std::vector<double> times;
    RoundResult first;
    for (unsigned round = 0; round < opts.rounds; ++round) {
      RoundResult r = runRound(files, stage, opts.kind);
      if (round == 0)
        first = r;
      times.push_back(r.seconds);
    }
    std::sort(times.begin(), times.end());
    double median = times[times.size() / 2];
    double best = times.front();
    llvm::outs() << llvm::format("%-16s %9.3f %9.1f %10.1f  ", stageName(stage),
                                 median, megabytes / median, megabytes / best)
                 << first.filesWithErrors << " files with errors";
    if (stage != Stage::Lex)
      llvm::outs() << llvm::format(", AST %.1f bytes/source byte",
                                   double(first.astBytes) / double(totalBytes));
    llvm::outs() << "\n";
  }
  return 0;
}
