#pragma once

// What the completion tests share: a completion result over a script whose caret is marked
// with "|", and the questions the tests ask of it.
#include "sql/completionengine.h"

#include <QByteArray>
#include <QStringList>

namespace Weir::Test {

struct Completion
{
    CompletionResult result;
    QByteArray text; // without the caret marker

    QStringList displays(int count = -1) const
    {
        QStringList list;
        for (const CompletionCandidate &c : result.candidates) {
            if (count >= 0 && list.size() == count)
                break;
            list.append(c.display);
        }
        return list;
    }
    QStringList texts(int count = -1) const
    {
        QStringList list;
        for (const CompletionCandidate &c : result.candidates) {
            if (count >= 0 && list.size() == count)
                break;
            list.append(c.text);
        }
        return list;
    }
    const CompletionCandidate *find(const QString &display) const
    {
        for (const CompletionCandidate &c : result.candidates) {
            if (c.display == display)
                return &c;
        }
        return nullptr;
    }
    // The text after inserting the first candidate (or `display`) over the replace range.
    QString applied(const QString &display = QString()) const
    {
        const CompletionCandidate *c =
            display.isEmpty() ? &result.candidates.first() : find(display);
        if (!c)
            return {};
        QByteArray out = text;
        out.replace(c->replaceBegin.value, c->replaceEnd.value - c->replaceBegin.value,
                    c->text.toUtf8());
        return QString::fromUtf8(out);
    }
};

// Completes `script` ("|" marks the caret) with `request`'s other fields as given.
inline Completion completeAtMarker(const QString &script, CompletionEngine::Request request)
{
    static const CompletionEngine engine;
    QByteArray text = script.toUtf8();
    const qsizetype caret = text.indexOf('|');
    Q_ASSERT(caret >= 0);
    text.remove(caret, 1);
    request.text = text;
    request.caret = ByteOffset{caret};
    return {engine.complete(request), text};
}

} // namespace Weir::Test
