// --emit=tokens: template literals. A template without substitutions is one
// token; otherwise a head ("`...${"), middles ("}...${") and a tail
// ("}...`"), each with its cooked value (escapes decoded) and raw value
// (the source text between the delimiters). `$` not followed by `{` is
// text; a `}` of an object literal or block inside a substitution does not
// end it; templates nest. An invalid escape leaves the cooked value
// undefined (allowed in tagged templates: tag`\unicode` has no error here).
// RUN: %kilnc --emit=tokens %s | FileCheck %s --match-full-lines

`plain` `` `$ $a {}`;
// CHECK: no_substitution_template "`plain`" [[@LINE-1]]:1 cooked="plain" raw="plain" newline
// CHECK-NEXT: no_substitution_template "``" [[@LINE-2]]:9 cooked="" raw=""
// CHECK-NEXT: no_substitution_template "`$ $a {}`" [[@LINE-3]]:12 cooked="$ $a {}" raw="$ $a {}"
// CHECK-NEXT: semi ";" [[@LINE-4]]:21
`a${x}b${y}c`;
// CHECK-NEXT: template_head "`a${" [[@LINE-1]]:1 cooked="a" raw="a" newline
// CHECK-NEXT: identifier "x" [[@LINE-2]]:5 value="x"
// CHECK-NEXT: template_middle "}b${" [[@LINE-3]]:6 cooked="b" raw="b"
// CHECK-NEXT: identifier "y" [[@LINE-4]]:10 value="y"
// CHECK-NEXT: template_tail "}c`" [[@LINE-5]]:11 cooked="c" raw="c"
// CHECK-NEXT: semi ";" [[@LINE-6]]:14
`\n\t\x41\u{42} \` \${x}`;
// CHECK-NEXT: no_substitution_template "`\\n\\t\\x41\\u{42} \\` \\${x}`" [[@LINE-1]]:1 cooked="\n\tAB ` ${x}" raw="\\n\\t\\x41\\u{42} \\` \\${x}" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:26
`${ {k: 1}.k }${ `in${ner}` }`;
// CHECK-NEXT: template_head "`${" [[@LINE-1]]:1 cooked="" raw="" newline
// CHECK-NEXT: l_brace "{" [[@LINE-2]]:5
// CHECK-NEXT: identifier "k" [[@LINE-3]]:6 value="k"
// CHECK-NEXT: colon ":" [[@LINE-4]]:7
// CHECK-NEXT: numeric_literal "1" [[@LINE-5]]:9 value=1
// CHECK-NEXT: r_brace "}" [[@LINE-6]]:10
// CHECK-NEXT: period "." [[@LINE-7]]:11
// CHECK-NEXT: identifier "k" [[@LINE-8]]:12 value="k"
// CHECK-NEXT: template_middle "}${" [[@LINE-9]]:14 cooked="" raw=""
// CHECK-NEXT: template_head "`in${" [[@LINE-10]]:18 cooked="in" raw="in"
// CHECK-NEXT: identifier "ner" [[@LINE-11]]:23 value="ner"
// CHECK-NEXT: template_tail "}`" [[@LINE-12]]:26 cooked="" raw=""
// CHECK-NEXT: template_tail "}`" [[@LINE-13]]:29 cooked="" raw=""
// CHECK-NEXT: semi ";" [[@LINE-14]]:31
`line one
line two`;
// CHECK-NEXT: no_substitution_template "`line one\nline two`" [[@LINE-2]]:1 cooked="line one\nline two" raw="line one\nline two" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:10
tag`\unicode \xZZ`;
// CHECK-NEXT: identifier "tag" [[@LINE-1]]:1 value="tag" newline
// CHECK-NEXT: no_substitution_template "`\\unicode \\xZZ`" [[@LINE-2]]:4 cooked=<invalid> raw="\\unicode \\xZZ"
// CHECK-NEXT: semi ";" [[@LINE-3]]:19
`a\
b`;
// CHECK-NEXT: no_substitution_template "`a\\\nb`" [[@LINE-2]]:1 cooked="ab" raw="a\\\nb" newline
// CHECK-NEXT: semi ";" [[@LINE-2]]:3
// CHECK-NEXT: eof "" [[@LINE+1]]:1 newline
