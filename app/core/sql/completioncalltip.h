#pragma once

#include "sql/textposition.h"

#include <QString>

namespace Weir {

// The signature of the function call around the caret, with the argument being typed: what
// the editor shows as a call tip. Plain value; any thread (CompletionEngine::signatureAt).
struct CallTip
{
    QString function;       // the function's name as the catalog spells it
    QString signature;      // e.g. "SUBSTR(string, integer1, integer2)"
    QString description;    // one line
    int argumentIndex = -1; // 0-based index of the argument under the caret
    // The current argument's range in `signature`, in UTF-16 units; -1 when there is none.
    int highlightBegin = -1;
    int highlightEnd = -1;
    int signatureIndex = 0; // which of the function's signatures fits the arguments typed
    int signatureCount = 0;
    ByteOffset nameBegin; // where the function's name starts in the text
    ByteOffset openParen; // the call's '('

    bool isValid() const { return !function.isEmpty(); }
};

} // namespace Weir
