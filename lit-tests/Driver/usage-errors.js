// Command-line mistakes are usage errors: a message and exit status 2.
// RUN: %expect-exit 2 %kilnc --no-such-option %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=UNKNOWN
// UNKNOWN: Unknown command line argument '--no-such-option'
//
// RUN: %expect-exit 2 %kilnc --syntax-only 2>&1 \
// RUN:   | FileCheck %s --check-prefix=NO-INPUT
// NO-INPUT: kilnc: error: no input file
//
// RUN: %expect-exit 2 %kilnc --emit=bogus %s 2>&1 \
// RUN:   | FileCheck %s --check-prefix=BAD-VALUE
// BAD-VALUE: Cannot find option named 'bogus'
