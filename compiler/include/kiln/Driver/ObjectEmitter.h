//===- ObjectEmitter.h - Handler objects for the linker ---------*- C++ -*-===//
//
// Writes what `kilnc -c` produces: an ELF relocatable object, made by LLVM's
// code generator for the target triple, that defines the symbols of
// kiln/Embed.h — the serialized bytecode module in its own read-only
// section, its size, and the KilnHandlerInfo record (ABI version, entry
// style, module name). docs/bytecode.md "Handler objects" shows the layout.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_DRIVER_OBJECTEMITTER_H
#define KILN_DRIVER_OBJECTEMITTER_H

#include "kiln/Driver/EntryStyle.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdint>
#include <string>

namespace kiln {

/// What goes into a handler object.
struct HandlerObjectContents {
  llvm::ArrayRef<uint8_t> bytecode;
  EntryStyle entryStyle = EntryStyle::None;
  /// The entry module's file name, without directories.
  llvm::StringRef moduleName;
};

/// Normalizes \p triple ("" = the host's default) and checks that kilnc can
/// emit objects for it (x86_64 and aarch64 ELF). On failure returns "" and
/// sets \p error.
std::string resolveTargetTriple(llvm::StringRef triple, std::string &error);

/// Emits the object for \p contents and the normalized \p triple to \p out.
/// Returns false and sets \p error if LLVM cannot target the triple.
bool emitHandlerObject(const HandlerObjectContents &contents,
                       llvm::StringRef triple, llvm::raw_ostream &out,
                       std::string &error);

/// Verifies \p bytes with the runtime's module reader (the same checks the
/// VM makes before running a module); false with the reader's message in
/// \p error if it refuses them.
bool verifyBytecodeModule(llvm::ArrayRef<uint8_t> bytes, std::string &error);

} // namespace kiln

#endif
