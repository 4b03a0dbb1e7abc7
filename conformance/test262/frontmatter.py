"""Reads the metadata of a test262 test.

Every test262 test carries YAML front matter between `/*---` and `---*/`
(see INTERPRETING.md in the test262 checkout). Kiln's runners need only a
small, regular subset of it: `flags` and `includes` (flow lists `[a, b]` or
block lists of `- item` lines), `features`, and the `negative` mapping with
`phase` and `type`. This module parses exactly that subset without a YAML
library, so the runners depend on nothing beyond the Python standard library;
keys it does not need (`description`, `info`, ...) and their multi-line block
scalars are skipped.
"""

import re
from dataclasses import dataclass, field

_FRONT_MATTER = re.compile(rb"/\*---(.*?)---\*/", re.S)
_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_SUB_KEY = re.compile(r"^\s+([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$")
_LIST_ITEM = re.compile(r"^\s*-\s*(.*?)\s*$")


@dataclass
class TestMetadata:
    """What a runner needs to know about one test262 test."""

    flags: list = field(default_factory=list)
    includes: list = field(default_factory=list)
    features: list = field(default_factory=list)
    negative_phase: str | None = None  # "parse", "resolution" or "runtime"
    negative_type: str | None = None  # e.g. "SyntaxError"

    @property
    def is_module(self):
        return "module" in self.flags

    @property
    def is_raw(self):
        return "raw" in self.flags

    @property
    def is_async(self):
        return "async" in self.flags

    @property
    def expects_parse_error(self):
        return self.negative_phase == "parse"


def _scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1]
    return text


def _flow_list(text):
    """Parses `[a, b, 'c']` into ['a', 'b', 'c']."""
    inner = text.strip()[1:-1]
    return [_scalar(item) for item in inner.split(",") if item.strip()]


def parse_front_matter(source):
    """Returns the TestMetadata of a test's bytes (empty if it has none)."""
    meta = TestMetadata()
    match = _FRONT_MATTER.search(source)
    if not match:
        return meta
    lines = match.group(1).decode("utf-8", "replace").splitlines()
    # The key whose indented continuation lines are being read, if any.
    current = None
    for line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        top = _TOP_KEY.match(line)
        if top:
            key, value = top.group(1), top.group(2)
            current = key
            if key in ("flags", "includes", "features"):
                if value.startswith("["):
                    setattr(meta, key, _flow_list(value))
                    current = None
            continue
        if current in ("flags", "includes", "features"):
            item = _LIST_ITEM.match(line)
            if item:
                getattr(meta, current).append(_scalar(item.group(1)))
            continue
        if current == "negative":
            sub = _SUB_KEY.match(line)
            if sub and sub.group(1) == "phase":
                meta.negative_phase = _scalar(sub.group(2))
            elif sub and sub.group(1) == "type":
                meta.negative_type = _scalar(sub.group(2))
    return meta
