//===- StringInternal.h - Helpers shared by the String builtins -*- C++ -*-===//
//
// What StringBuiltins.cpp, StringReplace.cpp and StringUnicode.cpp share:
// the receiver conversion every String.prototype method starts with, and
// code-unit searches on flat strings.
//
//===----------------------------------------------------------------------===//
#ifndef KILN_BUILTINS_STRINGINTERNAL_H
#define KILN_BUILTINS_STRINGINTERNAL_H

#include "builtins/Builtins.h"

namespace kiln {

/// ToString(RequireObjectCoercible(this)), flattened; null after raising a
/// TypeError with \p method as its message for undefined and null.
StringCell *thisString(Runtime &rt, KilnValue thisValue, const char *method);
/// ToString of an argument, flattened; null after raising.
StringCell *flatArg(Runtime &rt, KilnValue v);
/// The first index >= \p from where \p needle occurs in \p hay, or -1 (an
/// empty needle occurs at every index up to hay.length).
int64_t findForward(StringView hay, StringView needle, uint32_t from);
/// Whether \p needle occurs in \p hay at \p at.
bool matchesAt(StringView hay, StringView needle, uint32_t at);

} // namespace kiln

#endif // KILN_BUILTINS_STRINGINTERNAL_H
