//===- VMTest.cpp - Running hand-assembled modules on the VM --------------===//
//
// Modules written with the compiler's encoder run through kiln_vm_run_script:
// what console.log prints (standard output captured through a temporary
// file), the exit statuses for an uncaught exception and for a module the
// verifier rejects, catching through SetHandler/Catch, deep recursion without
// C recursion, and the same programs under GC stress.
//
//===----------------------------------------------------------------------===//
#include "kiln/VM.h"
#include "kiln/Bytecode/ModuleWriter.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <unistd.h>

using namespace kiln;
using bc::Opcode;

namespace {

struct RunResult {
  int status;
  std::string out, err;
};

std::string readAll(FILE *f) {
  std::string text;
  rewind(f);
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, f)) > 0)
    text.append(buf, n);
  return text;
}

/// Runs \p bytes with stdout and stderr captured.
RunResult run(const std::vector<uint8_t> &bytes, bool gcStress = false) {
  FILE *out = tmpfile(), *err = tmpfile();
  fflush(stdout);
  fflush(stderr);
  int savedOut = dup(1), savedErr = dup(2);
  dup2(fileno(out), 1);
  dup2(fileno(err), 2);
  KilnRuntime *rt = kiln_rt_create(0);
  if (gcStress)
    kiln_rt_set_gc_stress(rt, 1);
  int status = kiln_vm_run_script(rt, bytes.data(), bytes.size(), "test.js");
  kiln_rt_destroy(rt);
  dup2(savedOut, 1);
  dup2(savedErr, 2);
  close(savedOut);
  close(savedErr);
  RunResult r{status, readAll(out), readAll(err)};
  fclose(out);
  fclose(err);
  return r;
}

/// console.log(<value in r3>) using registers r0..r5 (window at r4).
void emitLog(bytecode::InstructionEncoder &e, bytecode::ModuleWriter &w,
             int64_t valueReg) {
  e.emit(Opcode::LoadGlobal, {0, w.addString("console"), 0});
  e.emit(Opcode::GetProp, {1, 0, w.addString("log"), 1});
  e.emit(Opcode::MovLong, {4, 1});
  e.emit(Opcode::MovLong, {5, 0});
  e.emit(Opcode::MovLong, {6, valueReg});
  e.emit(Opcode::Call, {2, 4, 1});
}

/// Function 0 logs 2 + 40 and "kiln" + 1; function 1 (fib) is called with
/// 20 and its result logged.
std::vector<uint8_t> arithmeticModule() {
  bytecode::ModuleWriter w;
  bytecode::FunctionRecord main;
  main.registerCount = 12;
  main.constantCount = 3;
  w.addNumber(2);
  w.addNumber(40);
  w.addNumber(20);
  bytecode::InstructionEncoder e(main.code);
  e.emit(Opcode::LoadConstLong, {7, 0});
  e.emit(Opcode::LoadConstLong, {8, 1});
  e.emit(Opcode::Add, {3, 7, 8});
  emitLog(e, w, 3);
  e.emit(Opcode::LoadString, {7, w.addString("kiln")});
  e.emit(Opcode::LoadInt, {8, 1});
  e.emit(Opcode::Add, {3, 7, 8});
  emitLog(e, w, 3);
  // fib(20) with the closure stored in r9.
  e.emit(Opcode::LoadUndefined, {10});
  e.emit(Opcode::CreateClosure, {9, 1, 10});
  e.emit(Opcode::MovLong, {4, 9});
  e.emit(Opcode::LoadUndefined, {5});
  e.emit(Opcode::LoadConstLong, {6, 2});
  e.emit(Opcode::Call, {3, 4, 1});
  emitLog(e, w, 3);
  e.emit(Opcode::RetLong, {10});
  main.lines = {{0, 1, 1}};
  w.addFunction(std::move(main));

  // fib(n): n < 2 ? n : fib(n - 1) + fib(n - 2), calling itself through
  // LoadCallee. Registers: r0 n, r1 tmp, r2..r4 window, r5 a, r6 b.
  bytecode::FunctionRecord fib;
  fib.name = w.addString("fib");
  fib.paramCount = 1;
  fib.registerCount = 8;
  fib.constantBase = w.constantCount();
  bytecode::InstructionEncoder f(fib.code);
  f.emit(Opcode::LoadParam, {0, 0});
  f.emit(Opcode::LoadInt, {1, 2});
  f.emit(Opcode::Lt, {1, 0, 1});
  uint32_t branch = f.pc();
  f.emit(Opcode::JmpIfFalseLong, {1, 0});
  f.emit(Opcode::RetLong, {0});
  f.patch(branch, 1, int64_t(f.pc()) - branch);
  for (int64_t k : {1, 2}) {
    f.emit(Opcode::LoadCallee, {2});
    f.emit(Opcode::LoadUndefined, {3});
    f.emit(Opcode::LoadInt, {1, k});
    f.emit(Opcode::Sub, {4, 0, 1});
    f.emit(Opcode::Call, {k == 1 ? 5 : 6, 2, 1});
  }
  f.emit(Opcode::Add, {7, 5, 6});
  f.emit(Opcode::RetLong, {7});
  w.addFunction(std::move(fib));
  return w.write({});
}

TEST(VM, RunsArithmeticStringsAndRecursion) {
  RunResult r = run(arithmeticModule());
  EXPECT_EQ(r.status, KILN_VM_OK) << "stderr: " << r.err;
  EXPECT_EQ(r.out, "42\nkiln1\n6765\n");
}

TEST(VM, SameOutputUnderGCStress) {
  RunResult r = run(arithmeticModule(), true);
  EXPECT_EQ(r.status, KILN_VM_OK) << "stderr: " << r.err;
  EXPECT_EQ(r.out, "42\nkiln1\n6765\n");
}

TEST(VM, UncaughtErrorHasNameMessageAndPosition) {
  bytecode::ModuleWriter w;
  bytecode::FunctionRecord main;
  main.registerCount = 2;
  bytecode::InstructionEncoder e(main.code);
  e.emit(Opcode::LoadNull, {0});
  e.emit(Opcode::GetProp, {1, 0, w.addString("x"), 0});
  e.emit(Opcode::RetLong, {1});
  main.lines = {{0, 3, 9}};
  w.addFunction(std::move(main));
  RunResult r = run(w.write({}));
  EXPECT_EQ(r.status, KILN_VM_UNCAUGHT);
  EXPECT_EQ(r.err, "Uncaught TypeError: Cannot read properties of null "
                   "(reading 'x')\n    at test.js:3:9\n");
}

TEST(VM, HandlerCatchesAndRecursionLimitIsARangeError) {
  // Function 1 calls itself forever; function 0 catches the RangeError and
  // logs its name.
  bytecode::ModuleWriter w;
  bytecode::FunctionRecord main;
  main.registerCount = 12;
  bytecode::InstructionEncoder e(main.code);
  uint32_t set = e.pc();
  e.emit(Opcode::SetHandler, {0});
  e.emit(Opcode::LoadUndefined, {10});
  e.emit(Opcode::CreateClosure, {9, 1, 10});
  e.emit(Opcode::MovLong, {4, 9});
  e.emit(Opcode::LoadUndefined, {5});
  e.emit(Opcode::Call, {3, 4, 0});
  e.emit(Opcode::RetLong, {3});
  e.patch(set, 0, int64_t(e.pc()) - set);
  e.emit(Opcode::ClearHandler);
  e.emit(Opcode::Catch, {8});
  e.emit(Opcode::GetProp, {3, 8, w.addString("name"), 2});
  emitLog(e, w, 3);
  e.emit(Opcode::RetLong, {10});
  w.addFunction(std::move(main));
  bytecode::FunctionRecord loop;
  loop.registerCount = 3;
  bytecode::InstructionEncoder l(loop.code);
  l.emit(Opcode::LoadCallee, {0});
  l.emit(Opcode::LoadUndefined, {1});
  l.emit(Opcode::Call, {2, 0, 0});
  l.emit(Opcode::RetLong, {2});
  w.addFunction(std::move(loop));
  RunResult r = run(w.write({}));
  EXPECT_EQ(r.status, KILN_VM_OK) << "stderr: " << r.err;
  EXPECT_EQ(r.out, "RangeError\n");
}

TEST(VM, RejectsAModuleTheVerifierRejects) {
  bytecode::ModuleWriter w;
  bytecode::FunctionRecord main;
  main.registerCount = 2;
  bytecode::InstructionEncoder e(main.code);
  e.emit(Opcode::Add, {0, 1, 7}); // r7 is outside the frame
  e.emit(Opcode::RetLong, {0});
  w.addFunction(std::move(main));
  RunResult r = run(w.write({}));
  EXPECT_EQ(r.status, KILN_VM_INVALID_MODULE);
  EXPECT_NE(r.err.find("Add operand 3 is register r7"), std::string::npos)
      << "stderr: " << r.err;
}

} // namespace
