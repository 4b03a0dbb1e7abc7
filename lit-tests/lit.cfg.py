# lit configuration for Kiln's FileCheck tests.
#
# One folder per compiler stage (Lex, Parse, Sema, Driver); each test is a .js
# or .mjs file whose RUN lines drive `kilnc` (usually through an `--emit=`
# dump or `--syntax-only`) and pipe the result into FileCheck. Substitutions:
#   %kilnc        the kilnc under test (<build dir>/bin/kilnc)
#   FileCheck     LLVM 19's FileCheck
#   not           LLVM 19's `not` (inverts an exit status; `not --crash` too)
#   %expect-exit  `%expect-exit N cmd...` runs cmd and fails unless it exits N
# The build directory comes from `--param kiln_build_dir=DIR`, the
# KILN_BUILD_DIR environment variable, or defaults to <repo>/build. Test
# outputs (%t) go below <build dir>/lit-tests, never into the source tree.

import os

import lit.formats

config.name = "Kiln"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".js", ".mjs"]
config.excludes = ["Inputs"]
# End-to-end server tests run once per target (the e2e suite of
# scripts/run-tests.py passes kiln_server_target); see server/lit.local.cfg.
if not lit_config.params.get("kiln_server_target"):
    config.excludes.append("server")

kiln_source_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
kiln_build_dir = os.path.abspath(
    lit_config.params.get("kiln_build_dir")
    or os.environ.get("KILN_BUILD_DIR")
    or os.path.join(kiln_source_dir, "build")
)
llvm_bin_dir = lit_config.params.get("llvm_bin_dir", "/usr/lib/llvm-19/bin")

config.test_source_root = os.path.dirname(os.path.abspath(__file__))
config.test_exec_root = os.path.join(kiln_build_dir, "lit-tests")

kilnc = os.path.join(kiln_build_dir, "bin", "kilnc")
if not os.access(kilnc, os.X_OK):
    lit_config.fatal(f"{kilnc} does not exist; build it first (make build)")

filecheck = os.path.join(llvm_bin_dir, "FileCheck")
not_tool = os.path.join(llvm_bin_dir, "not")
for tool in (filecheck, not_tool):
    if not os.access(tool, os.X_OK):
        lit_config.fatal(f"{tool} is missing; run scripts/install-deps.sh")

expect_exit = os.path.join(config.test_source_root, "Inputs", "expect-exit.sh")

# Tool names are replaced only where they stand as a whole command word, so
# "not" inside a file name or a FileCheck pattern argument is left alone.
def tool_pattern(name):
    return r"(?<![\w./-])" + name + r"(?![\w./-])"

# The musl runtimes `kilnc build` links (absent in builds configured with
# KILN_RUNTIME_TARGETS=""): tests that link servers REQUIRE them.
for triple in ("x86_64-linux-musl", "aarch64-linux-musl"):
    if os.path.exists(os.path.join(kiln_build_dir, "runtime", triple,
                                   "libkiln-main.a")):
        config.available_features.add("runtime-" + triple)

config.substitutions.append(("%kilnc", kilnc))
config.substitutions.append(("%expect-exit", f"bash {expect_exit}"))
config.substitutions.append((tool_pattern("FileCheck"), filecheck))
config.substitutions.append((tool_pattern("not"), not_tool))

# A stable environment: no colours, no locale surprises, LLVM tools on PATH.
config.environment["PATH"] = os.pathsep.join(
    [os.path.dirname(kilnc), llvm_bin_dir, config.environment.get("PATH", "")]
)
config.environment["LC_ALL"] = "C"
config.environment.pop("KILN_COLOR", None)
config.environment.pop("TERM", None)
