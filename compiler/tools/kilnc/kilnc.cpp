//===- kilnc.cpp - The Kiln compiler driver tool --------------------------===//
//
// A thin main() over the Driver library: everything kilnc does lives there.
//
//===----------------------------------------------------------------------===//
#include "kiln/Driver/Driver.h"

int main(int argc, char **argv) { return kiln::driverMain(argc, argv); }
