// --emit=ast for template literals: quasis (cooked and raw values, isTail)
// and the substitutions between them, nested templates, and tagged
// templates (whose invalid escapes leave the cooked value undefined).
// RUN: %kilnc --emit=ast %s | FileCheck %s --match-full-lines --strict-whitespace

t = ``;
// CHECK:Program script strict
// CHECK-NEXT:  ExpressionStatement [[@LINE-2]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-3]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-4]]:1 name=t
// CHECK-NEXT:      TemplateLiteral [[@LINE-5]]:5
// CHECK-NEXT:        TemplateElement [[@LINE-6]]:5 isTail cooked="" raw=""
t = `plain`;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=t
// CHECK-NEXT:      TemplateLiteral [[@LINE-4]]:5
// CHECK-NEXT:        TemplateElement [[@LINE-5]]:5 isTail cooked="plain" raw="plain"
t = `a${x}b${y + 1}c`;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=t
// CHECK-NEXT:      TemplateLiteral [[@LINE-4]]:5
// CHECK-NEXT:        TemplateElement [[@LINE-5]]:5 cooked="a" raw="a"
// CHECK-NEXT:        TemplateElement [[@LINE-6]]:10 cooked="b" raw="b"
// CHECK-NEXT:        TemplateElement [[@LINE-7]]:19 isTail cooked="c" raw="c"
// CHECK-NEXT:        Identifier [[@LINE-8]]:9 name=x
// CHECK-NEXT:        BinaryExpression [[@LINE-9]]:14 +
// CHECK-NEXT:          Identifier [[@LINE-10]]:14 name=y
// CHECK-NEXT:          NumericLiteral [[@LINE-11]]:18 value=1
t = `\n\x41${ `in${ner}` }\u{42}`;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=t
// CHECK-NEXT:      TemplateLiteral [[@LINE-4]]:5
// CHECK-NEXT:        TemplateElement [[@LINE-5]]:5 cooked="\nA" raw="\\n\\x41"
// CHECK-NEXT:        TemplateElement [[@LINE-6]]:26 isTail cooked="B" raw="\\u{42}"
// CHECK-NEXT:        TemplateLiteral [[@LINE-7]]:15
// CHECK-NEXT:          TemplateElement [[@LINE-8]]:15 cooked="in" raw="in"
// CHECK-NEXT:          TemplateElement [[@LINE-9]]:23 isTail cooked="" raw=""
// CHECK-NEXT:          Identifier [[@LINE-10]]:20 name=ner
t = tag`x${y}z`;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=t
// CHECK-NEXT:      TaggedTemplateExpression [[@LINE-4]]:5
// CHECK-NEXT:        Identifier [[@LINE-5]]:5 name=tag
// CHECK-NEXT:        TemplateLiteral [[@LINE-6]]:8
// CHECK-NEXT:          TemplateElement [[@LINE-7]]:8 cooked="x" raw="x"
// CHECK-NEXT:          TemplateElement [[@LINE-8]]:13 isTail cooked="z" raw="z"
// CHECK-NEXT:          Identifier [[@LINE-9]]:12 name=y
t = a.b`\unicode`;
// CHECK-NEXT:  ExpressionStatement [[@LINE-1]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-2]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-3]]:1 name=t
// CHECK-NEXT:      TaggedTemplateExpression [[@LINE-4]]:5
// CHECK-NEXT:        MemberExpression [[@LINE-5]]:5
// CHECK-NEXT:          Identifier [[@LINE-6]]:5 name=a
// CHECK-NEXT:          Identifier [[@LINE-7]]:7 name=b
// CHECK-NEXT:        TemplateLiteral [[@LINE-8]]:8
// CHECK-NEXT:          TemplateElement [[@LINE-9]]:8 isTail isInvalidCooked cooked="" raw="\\unicode"
t = `two
lines`;
// CHECK-NEXT:  ExpressionStatement [[@LINE-2]]:1
// CHECK-NEXT:    AssignmentExpression [[@LINE-3]]:1 =
// CHECK-NEXT:      Identifier [[@LINE-4]]:1 name=t
// CHECK-NEXT:      TemplateLiteral [[@LINE-5]]:5
// CHECK-NEXT:        TemplateElement [[@LINE-6]]:5 isTail cooked="two\nlines" raw="two\nlines"
