// --version names Kiln and the LLVM it was built with, and exits successfully.
// RUN: %kilnc --version | FileCheck %s
// CHECK: Kiln compiler (kilnc) version {{[0-9]+\.[0-9]+\.[0-9]+}}
// CHECK-NEXT: LLVM version 19.
