//===- Driver.cpp - Command line of kilnc ---------------------------------===//
//
// Defines kilnc's options with LLVM's cl::opt (so --help and --version look
// like every LLVM tool's), loads the input and runs the requested stages.
// Diagnostics go to stderr, dumps to stdout (or -o FILE).
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/Driver.h"

#include "kiln/AST/ASTDumper.h"
#include "kiln/BytecodeGen/BytecodeGen.h"
#include "kiln/Driver/EntryStyle.h"
#include "kiln/Driver/FrontendSession.h"
#include "kiln/Driver/ModuleLoader.h"
#include "kiln/Driver/ObjectEmitter.h"
#include "kiln/Driver/ServerLinker.h"
#include "kiln/Driver/TokenDump.h"
#include "kiln/Sema/ScopeDumper.h"
#include "kiln/Support/Version.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/ToolOutputFile.h"
#include "llvm/Support/WithColor.h"
#include "llvm/Support/raw_ostream.h"

#include "kiln/Runtime.h"
#include "kiln/VM.h"

#include <cstring>

using namespace kiln;
namespace cl = llvm::cl;

namespace {

enum class EmitKind { None, Tokens, AST, Scopes, IR, Bytecode, BytecodeBinary };

/// How `kilnc -c` compiles the handler.
enum class Backend { Bytecode, Native };

cl::OptionCategory kilncCategory("kilnc options");

cl::opt<std::string> inputFile(cl::Positional, cl::desc("<input file>"),
                               cl::cat(kilncCategory));

cl::opt<EmitKind> emitKind(
    "emit", cl::desc("Stop after a stage and print its result:"),
    cl::init(EmitKind::None),
    cl::values(clEnumValN(EmitKind::Tokens, "tokens",
                          "the lexer's tokens, one per line"),
               clEnumValN(EmitKind::AST, "ast",
                          "the syntax tree after parsing and Sema"),
               clEnumValN(EmitKind::Scopes, "scopes",
                          "Sema's scopes, bindings and captures"),
               clEnumValN(EmitKind::IR, "ir",
                          "KIR, the mid-level IR, after verification"),
               clEnumValN(EmitKind::Bytecode, "bytecode",
                          "the bytecode module, disassembled with source "
                          "lines"),
               clEnumValN(EmitKind::BytecodeBinary, "bytecode-binary",
                          "the verified serialized bytecode module (the "
                          "bytes -c embeds)")),
    cl::cat(kilncCategory));

cl::opt<bool> runProgram(
    "run",
    cl::desc("Compile to bytecode in memory and run it on the VM (also "
             "spelled as the subcommand `kilnc run <file>`)"),
    cl::cat(kilncCategory));

cl::opt<bool> compileObject(
    "c",
    cl::desc("Compile the handler to an ELF object file (default output: "
             "the input's name with .o)"),
    cl::cat(kilncCategory));

cl::opt<bool> buildServer(
    "build",
    cl::desc("Compile the handler and link it with the runtime into a "
             "static server executable (default output: the input's name "
             "without extension; also spelled `kilnc build <file>`)"),
    cl::cat(kilncCategory));

cl::opt<std::string>
    targetTriple("target",
                 cl::desc("With -c or build: the target triple "
                          "(x86_64-linux-musl, aarch64-linux-musl; default: "
                          "the host's, with musl for build)"),
                 cl::value_desc("triple"), cl::cat(kilncCategory));

cl::opt<std::string> runtimeDir(
    "runtime-dir",
    cl::desc("With build: the runtime directory of the target (default: "
             "found beside kilnc, or $KILN_RUNTIME_DIR/<triple>)"),
    cl::value_desc("dir"), cl::cat(kilncCategory));

cl::opt<bool> keepSymbols(
    "keep-symbols",
    cl::desc("With build: keep the symbol table (stripped by default)"),
    cl::cat(kilncCategory));

cl::opt<Backend> backend(
    "backend", cl::desc("With -c: how the handler's code is compiled:"),
    cl::init(Backend::Bytecode),
    cl::values(clEnumValN(Backend::Bytecode, "bytecode",
                          "embed the bytecode module for the VM (default)"),
               clEnumValN(Backend::Native, "native",
                          "native code (not available yet)")),
    cl::cat(kilncCategory));

cl::opt<bool> gcStress(
    "gc-stress",
    cl::desc("With run: collect garbage before every allocation (slow; a "
             "debugging aid for the runtime)"),
    cl::cat(kilncCategory));

cl::opt<bool>
    syntaxOnly("syntax-only",
               cl::desc("Check lexical, syntactic and early errors, then stop"),
               cl::cat(kilncCategory));

cl::opt<SourceKind> sourceKind(
    cl::desc("How to parse the input (default: a module when the file ends in "
             ".mjs or uses import/export, otherwise a script):"),
    cl::init(SourceKind::Auto),
    cl::values(clEnumValN(SourceKind::Module, "module",
                          "Parse the input as an ES module"),
               clEnumValN(SourceKind::Script, "script",
                          "Parse the input as a classic script")),
    cl::cat(kilncCategory));

cl::opt<unsigned> errorLimit(
    "error-limit",
    cl::desc("Stop after this many errors (0 = no limit, default 20)"),
    cl::init(20), cl::cat(kilncCategory));

cl::opt<std::string> outputFile("o", cl::desc("Write output to <file>"),
                                cl::value_desc("file"), cl::init("-"),
                                cl::cat(kilncCategory));

void printVersion(llvm::raw_ostream &os) {
  os << "Kiln compiler (kilnc) version " << KILN_VERSION_STRING << "\n"
     << "  LLVM version " << KILN_LLVM_VERSION_STRING << "\n";
}

/// Serializes \p module to \p bytes; false (after printing why) if the
/// bytecode generator refuses it.
bool writeModule(const kir::Module &module, const SourceManager &sm,
                 const SourceFile &file, bool isModule,
                 std::vector<uint8_t> &bytes) {
  bytecode::GeneratedModule generated;
  std::string error;
  if (!bytecode::generateBytecode(module, sm, generated, error)) {
    llvm::WithColor::error(llvm::errs(), "kilnc") << error << "\n";
    return false;
  }
  bytecode::WriteOptions options;
  options.sourceHash = bytecode::ModuleWriter::hashSource(file.getText());
  options.isModule = isModule;
  bytes = generated.writer.write(options);
  return true;
}

/// writeModule, then the runtime's verifier over the bytes (for modules
/// that leave kilnc: objects and binary dumps).
bool serializeModule(const kir::Module &module, const SourceManager &sm,
                     const SourceFile &file, bool isModule,
                     std::vector<uint8_t> &bytes) {
  if (!writeModule(module, sm, file, isModule, bytes))
    return false;
  std::string verifyError;
  if (!verifyBytecodeModule(bytes, verifyError)) {
    llvm::WithColor::error(llvm::errs(), "kilnc")
        << "internal error: the runtime refuses the generated module: "
        << verifyError << "\n";
    return false;
  }
  return true;
}

/// Compiles \p module to bytecode in memory and runs it on the host
/// runtime's VM; returns the process exit status.
int runModule(const kir::Module &module, const SourceManager &sm,
              const SourceFile &file, bool isModule) {
  std::vector<uint8_t> bytes;
  if (!writeModule(module, sm, file, isModule, bytes))
    return ExitSourceErrors;
  KilnRuntime *rt = kiln_rt_create(0);
  if (!rt) {
    llvm::WithColor::error(llvm::errs(), "kilnc") << "out of memory\n";
    return ExitSourceErrors;
  }
  if (gcStress)
    kiln_rt_set_gc_stress(rt, 1);
  llvm::outs().flush();
  std::string name = file.getName().str();
  int status = kiln_vm_run_script(rt, bytes.data(), bytes.size(), name.c_str());
  kiln_rt_destroy(rt);
  return status;
}

} // namespace

int kiln::driverMain(int argc, char **argv) {
  llvm::InitLLVM initLLVM(argc, argv);
  // `kilnc run FILE` is `kilnc --run FILE`.
  std::vector<char *> args(argv, argv + argc);
  if (args.size() > 1 && std::strcmp(args[1], "run") == 0) {
    args.erase(args.begin() + 1);
    runProgram = true;
  } else if (args.size() > 1 && std::strcmp(args[1], "build") == 0) {
    // `kilnc build FILE` is `kilnc --build FILE`.
    args.erase(args.begin() + 1);
    buildServer = true;
  }
  argc = int(args.size());
  argv = args.data();
  // LLVM's own --color (=true/false; default: when stderr is a terminal)
  // controls diagnostics colour too; show it among kilnc's options.
  auto &registered = cl::getRegisteredOptions();
  if (auto it = registered.find("color"); it != registered.end())
    it->second->Categories.assign(1, &kilncCategory);
  cl::HideUnrelatedOptions(kilncCategory);
  cl::SetVersionPrinter(printVersion);
  if (!cl::ParseCommandLineOptions(
          argc, argv,
          "kilnc - the Kiln compiler for JavaScript HTTP handlers\n\n"
          "  Compiles a handler script ahead of time. Stages can be run alone\n"
          "  with --emit=<stage> or --syntax-only.\n",
          &llvm::errs()))
    return ExitUsageError;

  if (inputFile.empty()) {
    llvm::WithColor::error(llvm::errs(), "kilnc") << "no input file\n";
    return ExitUsageError;
  }
  std::string triple;
  // build = -c into a temporary object, then the link.
  std::string serverOutput, objectPath;
  if (buildServer) {
    if (compileObject) {
      llvm::WithColor::error(llvm::errs(), "kilnc")
          << "build and -c cannot be combined\n";
      return ExitUsageError;
    }
    if (inputFile == "-" && !outputFile.getNumOccurrences()) {
      llvm::WithColor::error(llvm::errs(), "kilnc")
          << "build with standard input needs -o <file>\n";
      return ExitUsageError;
    }
    if (!targetTriple.getNumOccurrences())
      targetTriple = defaultServerTriple();
    serverOutput = outputFile;
    if (!outputFile.getNumOccurrences())
      serverOutput = llvm::sys::path::stem(inputFile).str();
    llvm::SmallString<128> temporary;
    if (std::error_code ec = llvm::sys::fs::createTemporaryFile(
            "kiln-handler", "o", temporary)) {
      llvm::WithColor::error(llvm::errs(), "kilnc")
          << "cannot create a temporary object file: " << ec.message() << "\n";
      return ExitUsageError;
    }
    objectPath = std::string(temporary);
    outputFile = objectPath;
    compileObject = true;
  } else if (runtimeDir.getNumOccurrences() ||
             keepSymbols.getNumOccurrences()) {
    llvm::WithColor::error(llvm::errs(), "kilnc")
        << "--runtime-dir and --keep-symbols apply to build only\n";
    return ExitUsageError;
  }
  // The temporary object never outlives kilnc.
  struct RemoveOnExit {
    std::string path;
    ~RemoveOnExit() {
      if (!path.empty())
        llvm::sys::fs::remove(path);
    }
  } removeObject{objectPath};
  if (compileObject) {
    if (backend == Backend::Native) {
      llvm::WithColor::error(llvm::errs(), "kilnc")
          << "the native backend is not available yet; use "
             "--backend=bytecode (the default)\n";
      return ExitUsageError;
    }
    if (runProgram || emitKind != EmitKind::None || syntaxOnly) {
      llvm::WithColor::error(llvm::errs(), "kilnc")
          << "-c cannot be combined with run, --emit or --syntax-only\n";
      return ExitUsageError;
    }
    std::string error;
    triple = resolveTargetTriple(targetTriple, error);
    if (triple.empty()) {
      llvm::WithColor::error(llvm::errs(), "kilnc") << error << "\n";
      return ExitUsageError;
    }
    if (!outputFile.getNumOccurrences() && inputFile == "-") {
      llvm::WithColor::error(llvm::errs(), "kilnc")
          << "-c with standard input needs -o <file>\n";
      return ExitUsageError;
    }
    if (!outputFile.getNumOccurrences() && !buildServer) {
      llvm::SmallString<128> path(llvm::sys::path::filename(inputFile));
      llvm::sys::path::replace_extension(path, "o");
      outputFile = std::string(path);
    }
  } else if (targetTriple.getNumOccurrences() || backend.getNumOccurrences()) {
    llvm::WithColor::error(llvm::errs(), "kilnc")
        << "--target and --backend apply to -c and build only\n";
    return ExitUsageError;
  }

  llvm::raw_ostream &errs = llvm::errs();
  FrontendSession session(errs);
  DiagnosticEngine &diags = session.getDiagnostics();
  diags.setErrorLimit(errorLimit);
  bool colors = llvm::WithColor(errs).colorsEnabled();
  diags.setShowColors(colors);
  errs.enable_colors(colors);

  std::string error;
  SourceFile *file = session.getSourceManager().loadFile(inputFile, &error);
  if (!file) {
    llvm::WithColor::error(errs, "kilnc")
        << "cannot open '" << inputFile << "': " << error << "\n";
    return ExitUsageError;
  }

  std::error_code ec;
  llvm::ToolOutputFile out(outputFile, ec, llvm::sys::fs::OF_None);
  if (ec) {
    llvm::WithColor::error(errs, "kilnc")
        << "cannot open output '" << outputFile << "': " << ec.message()
        << "\n";
    return ExitUsageError;
  }

  if (emitKind == EmitKind::Tokens) {
    dumpTokens(*file, session.getAtoms(), diags, out.os());
    out.keep();
    return diags.hasErrors() ? ExitSourceErrors : ExitSuccess;
  }

  Program *program = session.parse(*file, sourceKind);
  session.analyze(program);
  if (emitKind == EmitKind::AST && program)
    dumpAST(program, out.os(), session.getSourceManager());
  else if (emitKind == EmitKind::Scopes && program &&
           !session.getDiagnostics().hasFatalErrorOccurred())
    dumpScopes(program, out.os(), session.getSourceManager());
  else if ((emitKind == EmitKind::IR || emitKind == EmitKind::Bytecode ||
            emitKind == EmitKind::BytecodeBinary || runProgram ||
            compileObject) &&
           program && !diags.hasErrors()) {
    // A module's relative imports bring their files into the one module.
    ModuleGraph graph;
    if (program->isModule && !loadModuleGraph(session, *file, program, graph))
      return ExitSourceErrors;
    std::unique_ptr<kir::Module> module = program->isModule
                                              ? session.generateIR(graph)
                                              : session.generateIR(program);
    if (!module) {
      if (!compileObject) // No half-written object.
        out.keep();
      return ExitSourceErrors;
    }
    EntryStyle style = EntryStyle::None;
    if (compileObject) {
      style = program->isModule ? detectEntryStyle(graph)
                                : detectEntryStyle(program);
      if (style == EntryStyle::None) {
        reportMissingEntryStyle(program, diags);
        return ExitSourceErrors;
      }
    }
    if (emitKind == EmitKind::IR) {
      kir::printModule(*module, out.os());
    } else if (emitKind == EmitKind::Bytecode) {
      bytecode::GeneratedModule generated;
      std::string error;
      if (!bytecode::generateBytecode(*module, session.getSourceManager(),
                                      generated, error)) {
        llvm::WithColor::error(errs, "kilnc") << error << "\n";
        return ExitSourceErrors;
      }
      bytecode::disassemble(generated, file, out.os());
    } else if (emitKind == EmitKind::BytecodeBinary || compileObject) {
      std::vector<uint8_t> bytes;
      if (!serializeModule(*module, session.getSourceManager(), *file,
                           program->isModule, bytes))
        return ExitSourceErrors;
      if (emitKind == EmitKind::BytecodeBinary) {
        out.os().write(reinterpret_cast<const char *>(bytes.data()),
                       bytes.size());
      } else {
        HandlerObjectContents contents;
        contents.bytecode = bytes;
        contents.entryStyle = style;
        std::string name = llvm::sys::path::filename(file->getName()).str();
        contents.moduleName = name;
        std::string error;
        if (!emitHandlerObject(contents, triple, out.os(), error)) {
          llvm::WithColor::error(errs, "kilnc") << error << "\n";
          return ExitUsageError;
        }
        if (buildServer) {
          out.keep();
          out.os().close();
          ServerLinkRequest link;
          link.triple = triple;
          link.handlerObject = objectPath;
          link.output = serverOutput;
          link.runtimeDir = runtimeDir;
          link.kilncPath = argv[0];
          link.keepSymbols = keepSymbols;
          if (!linkServer(link, error)) {
            llvm::WithColor::error(errs, "kilnc") << error << "\n";
            return ExitUsageError;
          }
          return ExitSuccess;
        }
      }
    } else {
      out.keep();
      return runModule(*module, session.getSourceManager(), *file,
                       program->isModule);
    }
  }
  out.keep();
  return diags.hasErrors() ? ExitSourceErrors : ExitSuccess;
}
