// --emit=tokens: string literals with their cooked values. The dump quotes
// text and values, escaping '"', '\', newline, CR and tab, and printing other
// control bytes and every non-ASCII byte as \xNN (so UTF-8 shows as its
// bytes). Covered: both quote kinds, the single-character escapes, \0, \x,
// \u with four digits and with braces, surrogate pairs (which combine) and a
// lone surrogate (kept, WTF-8 encoded), non-escape characters, line
// continuations, and UTF-8 text. (U+2028 / U+2029 are in tokens-newlines.js.)
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines

"plain" 'single' "" '"' "'";
// CHECK: string_literal "\"plain\"" [[@LINE-1]]:1 value="plain" newline
// CHECK-NEXT: string_literal "'single'" [[@LINE-2]]:9 value="single"
// CHECK-NEXT: string_literal "\"\"" [[@LINE-3]]:18 value=""
// CHECK-NEXT: string_literal "'\"'" [[@LINE-4]]:21 value="\""
// CHECK-NEXT: string_literal "\"'\"" [[@LINE-5]]:25 value="'"
// CHECK-NEXT: semi ";" [[@LINE-6]]:28
"\b\f\n\r\t\v \0 \\ \" \'";
// CHECK-NEXT: string_literal "\"\\b\\f\\n\\r\\t\\v \\0 \\\\ \\\" \\'\"" [[@LINE-1]]:1 value="\x08\x0C\n\r\t\x0B \x00 \\ \" '" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:27
"\x41\x7e \u0041\u00e9 \u{1F600} \u{41}";
// CHECK-NEXT: string_literal "\"\\x41\\x7e \\u0041\\u00e9 \\u{1F600} \\u{41}\"" [[@LINE-1]]:1 value="A~ A\xC3\xA9 \xF0\x9F\x98\x80 A" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:41
"\uD83D\uDE00 \uD800 x";
// CHECK-NEXT: string_literal "\"\\uD83D\\uDE00 \\uD800 x\"" [[@LINE-1]]:1 value="\xF0\x9F\x98\x80 \xED\xA0\x80 x" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:24
"\q\a\-";
// CHECK-NEXT: string_literal "\"\\q\\a\\-\"" [[@LINE-1]]:1 value="qa-" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:9
"a\
b";
// CHECK-NEXT: string_literal "\"a\\\nb\"" [[@LINE-2]]:1 value="ab" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:3
"é \u00e9";
// CHECK-NEXT: string_literal "\"\xC3\xA9 \\u00e9\"" [[@LINE-1]]:1 value="\xC3\xA9 \xC3\xA9" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:12
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
