// --help describes kilnc's options on stdout and exits successfully.
// RUN: %kilnc --help | FileCheck %s
// CHECK: USAGE: kilnc [options] <input file>
// CHECK-DAG: --emit=<value>
// CHECK-DAG: =tokens
// CHECK-DAG: =ast
// CHECK-DAG: --syntax-only
// CHECK-DAG: --module
// CHECK-DAG: --script
// CHECK-DAG: --error-limit=<uint>
// CHECK-DAG: --color
// CHECK-DAG: --version
