/*===- Embed.h - What a compiled handler object defines ----------*- C -*-===//
 *
 * `kilnc -c handler.js -o handler.o` emits an ELF relocatable object that
 * defines the symbols below; the runtime's server links against them. The
 * bytecode is the verified serialized module of kiln/BytecodeFormat.h (the
 * whole module graph in one module): its top-level function evaluates the
 * program and, for an ES module, returns the entry module's namespace object
 * (see docs/bytecode.md "Handler objects"). A plain C header: no C++ needed
 * to read it.
 *
 *===----------------------------------------------------------------------===*/
#ifndef KILN_EMBED_H
#define KILN_EMBED_H

#include <stdint.h>

/* The symbol names, for C code and for kilnc's object writer. */
#define KILN_HANDLER_BYTECODE_SYMBOL "kiln_handler_bytecode"
#define KILN_HANDLER_BYTECODE_SIZE_SYMBOL "kiln_handler_bytecode_size"
#define KILN_HANDLER_INFO_SYMBOL "kiln_handler_info"
/* The section of kiln_handler_bytecode (read-only data). */
#define KILN_HANDLER_BYTECODE_SECTION ".rodata.kiln.bytecode"

/* Bumped when KilnHandlerInfo's layout or the meaning of a field changes. */
#define KILN_HANDLER_ABI_VERSION 1u

/* How the entry module hands over its handler (kiln/EntryStyles.def). */
enum KilnEntryStyle {
#define KILN_ENTRY_STYLE(Name, Value, Spelling, Example)                       \
  KILN_ENTRY_##Name = Value,
#include "kiln/EntryStyles.def"
};

/* Metadata of the compiled handler. 16 bytes on every 64-bit target:
 * abi_version, entry_style (a KilnEntryStyle), then a pointer to the entry
 * module's name (a NUL-terminated UTF-8 string in read-only data: the
 * handler's file name as given to kilnc, without directories). */
typedef struct KilnHandlerInfo {
  uint32_t abi_version; /* KILN_HANDLER_ABI_VERSION */
  uint32_t entry_style; /* a KilnEntryStyle */
  const char *module_name;
} KilnHandlerInfo;

#ifdef __cplusplus
extern "C" {
#endif

extern const uint8_t kiln_handler_bytecode[];
extern const uint64_t kiln_handler_bytecode_size;
extern const KilnHandlerInfo kiln_handler_info;

#ifdef __cplusplus
}
#endif

#endif /* KILN_EMBED_H */
