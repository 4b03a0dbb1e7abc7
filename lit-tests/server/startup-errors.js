// A handler that cannot start stops the server with exit status 1 and a
// message; --help and bad options are handled before any JavaScript runs.
// RUN: split-file %s %t
// RUN: %build-server %t/throws.mjs -o %t/throws
// RUN: %expect-exit 1 %run-server %t/throws --port 0 --workers 1 2>&1 | FileCheck %s --check-prefix=THROWS
// THROWS: Uncaught Error: no configuration
// THROWS: kiln: throws.mjs: the handler module did not start
// RUN: %build-server %t/not-callable.mjs -o %t/not-callable
// RUN: %expect-exit 1 %run-server %t/not-callable --port 0 --workers 1 2>&1 | FileCheck %s --check-prefix=NOFETCH
// NOFETCH: kiln: not-callable.mjs (default-object-fetch style): the default export has no fetch method
// RUN: %expect-exit 2 %run-server %t/throws --port nope 2>&1 | FileCheck %s --check-prefix=USAGE
// USAGE: invalid --port 'nope'
// RUN: %run-server %t/throws --help | FileCheck %s --check-prefix=HELP
// HELP: usage: {{.*}}throws [options]
// HELP: --handler-timeout MS
// HELP: --max-heap-bytes N

//--- throws.mjs
const config = undefined;
if (!config) throw new Error("no configuration");
export default { fetch() { return new Response("never"); } };
//--- not-callable.mjs
function makeApp() { return { fetch: "not a function" }; }
export default makeApp();
