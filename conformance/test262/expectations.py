"""Reads and rewrites Kiln's test262 expected-failures files.

An expected-failures file lists the tests that are known to fail in one mode
of the conformance runner. Its format is line based: `#` starts a comment,
and every other non-blank line is a test path relative to the test262
checkout, optionally followed by `# reason`; a reason that starts with
`flaky:` marks a test whose outcome varies between runs (e.g. a timeout
under load), which the runner accepts either way. The comment block at the top of
the file is its header and survives a rewrite; entries are kept sorted so
that diffs stay small.
"""

import os

DEFAULT_HEADER = """\
# Known failures of `conformance/test262/run.py --mode={mode}`.
# One test path per line (relative to the test262 checkout), `# reason` after it.
# A test that starts passing must be removed from this file (the runner lists
# them); a test that starts failing must be fixed, not added here, unless the
# lead agrees. Regenerate with `run.py --mode={mode} --update-expected`.
"""

# Reasons longer than this are cut so that every entry stays on one line.
MAX_REASON = 120
# The reason prefix of tests whose outcome varies between runs.
FLAKY = "flaky:"


def load(path):
    """Returns {test path: reason} of the file at `path` ({} if absent)."""
    entries = {}
    if not os.path.exists(path):
        return entries
    with open(path, encoding="utf-8") as f:
        for line in f:
            body, _, reason = line.partition("#")
            test = body.strip()
            if test:
                entries[test] = reason.strip()
    return entries


def flaky(entries):
    """The tests of `entries` (from load) that may either pass or fail."""
    return {p for p, reason in entries.items() if reason.startswith(FLAKY)}


def _header(path, mode):
    lines = []
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.startswith("#"):
                    break
                lines.append(line)
    return "".join(lines) or DEFAULT_HEADER.format(mode=mode)


def _one_line(reason):
    reason = " ".join((reason or "").split())
    if len(reason) > MAX_REASON:
        reason = reason[: MAX_REASON - 3] + "..."
    return reason


def update(path, old, selected, outcomes, whole_selection, mode="parse",
           keep_reasons=True):
    """Rewrites `path` so that it lists exactly the failing tests of this run.

    Entries for tests outside `selected` are kept unless `whole_selection`
    (then they are no longer part of the suite and are dropped). A test that
    still fails keeps its old reason when `keep_reasons`, else gets this
    run's. Flaky entries of selected tests stay whatever their outcome.
    Returns the number of entries written.
    """
    in_scope = set(selected)
    entries = {}
    if not whole_selection:
        entries = {p: r for p, r in old.items() if p not in in_scope}
    entries.update((p, old[p]) for p in flaky(old) if p in in_scope)
    for o in outcomes:
        if o.passed or o.path in entries and entries[o.path].startswith(FLAKY):
            continue
        if keep_reasons and old.get(o.path):
            entries[o.path] = old[o.path]
        else:
            entries[o.path] = _one_line(o.reason)
    header = _header(path, mode)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        if not header.endswith("\n\n"):
            f.write("\n")
        for test in sorted(entries):
            reason = entries[test]
            f.write(f"{test}  # {reason}\n" if reason else f"{test}\n")
    return len(entries)
