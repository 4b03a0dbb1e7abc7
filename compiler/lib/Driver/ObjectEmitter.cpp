//===- ObjectEmitter.cpp - Handler objects for the linker -----------------===//
//
// Builds an llvm::Module that holds only constant globals — the bytecode
// array (section .rodata.kiln.bytecode), its size and the KilnHandlerInfo
// record pointing at a private module-name string — and has LLVM's
// TargetMachine emit it as an object file. Only the X86 and AArch64 targets
// are initialized: they are the server's targets.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/ObjectEmitter.h"

#include "bytecode/ModuleReader.h"
#include "kiln/Embed.h"

#include "llvm/IR/Constants.h"
#include "llvm/IR/DerivedTypes.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Target/TargetOptions.h"
#include "llvm/TargetParser/Host.h"
#include "llvm/TargetParser/Triple.h"

#include <memory>
#include <optional>

using namespace kiln;

namespace {

void initializeTargets() {
  static bool done = [] {
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeAArch64TargetInfo();
    LLVMInitializeAArch64Target();
    LLVMInitializeAArch64TargetMC();
    LLVMInitializeAArch64AsmPrinter();
    return true;
  }();
  (void)done;
}

/// A constant global \p name of \p init, external unless \p isPrivate.
llvm::GlobalVariable *addConstant(llvm::Module &module, llvm::StringRef name,
                                  llvm::Constant *init, unsigned align,
                                  bool isPrivate = false) {
  auto *global =
      new llvm::GlobalVariable(module, init->getType(), /*isConstant=*/true,
                               isPrivate ? llvm::GlobalValue::PrivateLinkage
                                         : llvm::GlobalValue::ExternalLinkage,
                               init, name);
  global->setAlignment(llvm::Align(align));
  if (isPrivate)
    global->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  return global;
}

} // namespace

std::string kiln::resolveTargetTriple(llvm::StringRef triple,
                                      std::string &error) {
  std::string normalized = llvm::Triple::normalize(
      triple.empty() ? llvm::sys::getDefaultTargetTriple() : triple.str());
  llvm::Triple parsed(normalized);
  if (parsed.getArch() != llvm::Triple::x86_64 &&
      parsed.getArch() != llvm::Triple::aarch64) {
    error = "unsupported target '" + triple.str() +
            "': kilnc targets x86_64 and aarch64 (for example "
            "x86_64-linux-musl, aarch64-linux-musl)";
    return "";
  }
  if (!parsed.isOSBinFormatELF()) {
    error = "unsupported target '" + triple.str() +
            "': kilnc emits ELF objects only (use a Linux triple)";
    return "";
  }
  return normalized;
}

bool kiln::emitHandlerObject(const HandlerObjectContents &contents,
                             llvm::StringRef triple, llvm::raw_ostream &out,
                             std::string &error) {
  initializeTargets();
  const llvm::Target *target =
      llvm::TargetRegistry::lookupTarget(triple.str(), error);
  if (!target)
    return false;
  llvm::TargetOptions options;
  std::unique_ptr<llvm::TargetMachine> machine(target->createTargetMachine(
      triple, "generic", "", options, llvm::Reloc::PIC_));
  if (!machine) {
    error = "cannot create a target machine for '" + triple.str() + "'";
    return false;
  }

  llvm::LLVMContext context;
  llvm::Module module("kiln.handler", context);
  module.setTargetTriple(triple);
  module.setSourceFileName(contents.moduleName);
  module.setDataLayout(machine->createDataLayout());

  auto *bytes = llvm::ConstantDataArray::get(context, contents.bytecode);
  auto *bytecode =
      addConstant(module, KILN_HANDLER_BYTECODE_SYMBOL, bytes, /*align=*/16);
  bytecode->setSection(KILN_HANDLER_BYTECODE_SECTION);

  auto *i64 = llvm::Type::getInt64Ty(context);
  auto *i32 = llvm::Type::getInt32Ty(context);
  addConstant(module, KILN_HANDLER_BYTECODE_SIZE_SYMBOL,
              llvm::ConstantInt::get(i64, contents.bytecode.size()),
              /*align=*/8);

  auto *name = addConstant(
      module, "kiln_handler_module_name",
      llvm::ConstantDataArray::getString(context, contents.moduleName),
      /*align=*/1, /*isPrivate=*/true);
  auto *ptr = llvm::PointerType::get(context, 0);
  auto *infoType = llvm::StructType::create(context, {i32, i32, ptr},
                                            "struct.KilnHandlerInfo");
  auto *info = llvm::ConstantStruct::get(
      infoType,
      {llvm::ConstantInt::get(i32, KILN_HANDLER_ABI_VERSION),
       llvm::ConstantInt::get(i32, unsigned(contents.entryStyle)), name});
  addConstant(module, KILN_HANDLER_INFO_SYMBOL, info, /*align=*/8);

  // The object writer seeks back to patch headers: emit into memory.
  llvm::SmallVector<char, 0> buffer;
  llvm::raw_svector_ostream bufferStream(buffer);
  llvm::legacy::PassManager passes;
  if (machine->addPassesToEmitFile(passes, bufferStream, nullptr,
                                   llvm::CodeGenFileType::ObjectFile)) {
    error = "the target '" + triple.str() + "' cannot emit object files";
    return false;
  }
  passes.run(module);
  out.write(buffer.data(), buffer.size());
  out.flush();
  return true;
}

bool kiln::verifyBytecodeModule(llvm::ArrayRef<uint8_t> bytes,
                                std::string &error) {
  kiln::bc::LoadedModule loaded;
  if (loaded.load(bytes.data(), bytes.size()))
    return true;
  error = loaded.error();
  return false;
}
