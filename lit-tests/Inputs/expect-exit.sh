#!/usr/bin/env bash
# Runs a command and checks its exit status: `expect-exit.sh N cmd args...`
# succeeds exactly when cmd exits with status N. The command's output passes
# through unchanged, so it can still be piped into FileCheck. Used by lit tests
# through the %expect-exit substitution (see lit-tests/lit.cfg.py).
set -u
if [ $# -lt 2 ]; then
  echo "usage: expect-exit.sh STATUS COMMAND [ARG...]" >&2
  exit 2
fi
want=$1
shift
"$@"
got=$?
if [ "$got" -ne "$want" ]; then
  echo "expect-exit: '$1' exited with status $got, expected $want" >&2
  exit 1
fi
exit 0
