//===- ModuleRunTest.cpp - kiln_vm_run_module hands the host the exports -===//
//
// JavaScript compiled by the front end (FrontendSession) and the bytecode
// generator, run through kiln_vm_run_module: a module's namespace object
// carries its exports (a handler the server will call), a top-level-await
// body settles before the namespace is handed out, and a classic script
// yields undefined.
//
//===----------------------------------------------------------------------===//
#include "kiln/Bytecode/ModuleWriter.h"
#include "kiln/BytecodeGen/BytecodeGen.h"
#include "kiln/Driver/FrontendSession.h"
#include "kiln/Runtime.h"
#include "kiln/VM.h"

#include "llvm/Support/raw_ostream.h"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

using namespace kiln;

namespace {

/// Compiles \p source (a module unless \p isModule is false) to bytes.
std::vector<uint8_t> compile(const std::string &source, bool isModule) {
  std::string diagText;
  llvm::raw_string_ostream diagStream(diagText);
  FrontendSession session(diagStream);
  std::string error;
  SourceFile *file = session.getSourceManager().addFile(
      isModule ? "test.mjs" : "test.js", source, &error);
  EXPECT_NE(file, nullptr) << error;
  Program *program =
      session.parse(*file, isModule ? SourceKind::Module : SourceKind::Script);
  session.analyze(program);
  std::unique_ptr<kir::Module> module = session.generateIR(program);
  EXPECT_NE(module, nullptr) << diagStream.str();
  if (!module)
    return {};
  bytecode::GeneratedModule generated;
  EXPECT_TRUE(bytecode::generateBytecode(*module, session.getSourceManager(),
                                         generated, error))
      << error;
  bytecode::WriteOptions options;
  options.isModule = isModule;
  return generated.writer.write(options);
}

/// The string \p v as UTF-8.
std::string text(KilnRuntime *rt, KilnValue v) {
  KilnValue s = kiln_rt_to_string(rt, v);
  std::string out(kiln_rt_string_utf8_length(rt, s), '\0');
  kiln_rt_string_write_utf8(rt, s, out.data());
  return out;
}

KilnValue get(KilnRuntime *rt, KilnValue object, const char *name) {
  KilnPropertyCache cache = {};
  return kiln_rt_get_prop_ic(
      rt, object, kiln_rt_atom_from_utf8(rt, name, strlen(name)), &cache);
}

void runExports(bool gcStress) {
  std::vector<uint8_t> bytes = compile(
      "export const greeting = 'hi';\n"
      "let count = 1;\n"
      "export function handler(x) { return greeting + ' ' + x + count; }\n"
      "count = await Promise.resolve(2);\n"
      "export default { fetch() { return 'fetched'; } };\n",
      true);
  ASSERT_FALSE(bytes.empty());
  KilnRuntime *rt = kiln_rt_create(0);
  if (gcStress)
    kiln_rt_set_gc_stress(rt, 1);
  KilnValue exports;
  ASSERT_EQ(
      kiln_vm_run_module(rt, bytes.data(), bytes.size(), "test.mjs", &exports),
      KILN_VM_OK);
  size_t depth = kiln_rt_root_depth(rt);
  KilnValue *ns = kiln_rt_push_root(rt, exports);
  EXPECT_EQ(text(rt, get(rt, *ns, "greeting")), "hi");
  KilnValue *handler = kiln_rt_push_root(rt, get(rt, *ns, "handler"));
  KilnValue arg = kiln_rt_string_from_utf8(rt, "there", 5);
  KilnValue result = kiln_rt_call(rt, *handler, KILN_VALUE_UNDEFINED, &arg, 1);
  ASSERT_FALSE(kiln_rt_has_exception(rt));
  // The await settled before the namespace was handed out.
  EXPECT_EQ(text(rt, result), "hi there2");
  KilnValue *app = kiln_rt_push_root(rt, get(rt, *ns, "default"));
  KilnValue *fetch = kiln_rt_push_root(rt, get(rt, *app, "fetch"));
  EXPECT_EQ(text(rt, kiln_rt_call(rt, *fetch, *app, nullptr, 0)), "fetched");
  kiln_rt_pop_roots(rt, depth);
  kiln_rt_destroy(rt);
}

TEST(ModuleRun, NamespaceCarriesExports) { runExports(false); }
TEST(ModuleRun, NamespaceCarriesExportsUnderGCStress) { runExports(true); }

TEST(ModuleRun, ScriptHasNoNamespace) {
  std::vector<uint8_t> bytes = compile("var x = 1 + 1;\n", false);
  ASSERT_FALSE(bytes.empty());
  KilnRuntime *rt = kiln_rt_create(0);
  KilnValue exports = KILN_VALUE_NULL;
  EXPECT_EQ(
      kiln_vm_run_module(rt, bytes.data(), bytes.size(), "test.js", &exports),
      KILN_VM_OK);
  EXPECT_EQ(exports, KILN_VALUE_UNDEFINED);
  kiln_rt_destroy(rt);
}

} // namespace
