#include "flinkerrorlocator.h"

#include "sql/lexer.h"
#include "sql/textpositions.h"

namespace Weir::Internal {

Diagnostic FlinkErrorLocator::locate(QByteArrayView script, const Statement &statement,
                                     LineColumn position, LineColumn last, const QString &message,
                                     SqlDialect dialect)
{
    const TextPositions positions(script.toByteArray());
    const QByteArray &text = positions.text();
    Diagnostic d;
    d.code = Diagnostic::Code::FlinkError;
    d.message = message;
    d.begin = positions.byteOffset(TextPositions::fromStatementRelative(statement.start, position));
    qsizetype end = d.begin.value;
    if (last.line > 0) {
        // Flink's end is inclusive: the range ends after the character there.
        end =
            positions.byteOffset(TextPositions::fromStatementRelative(statement.start, last)).value;
        if (end < text.size()) {
            int units = 0;
            const auto *p = reinterpret_cast<const unsigned char *>(text.constData());
            end += utf8Sequence(p + end, p + text.size(), &units);
        }
    } else if (d.begin.value < text.size()) {
        // The token Flink points at.
        Lexer lexer(text, d.begin.value, LexState::Normal, dialect);
        Token token;
        if (lexer.next(&token) && token.kind != TokenKind::Whitespace)
            end = token.offset + token.length;
    }
    d.end = ByteOffset{qMax(end, d.begin.value)};
    d.utf16Begin = positions.utf16Offset(d.begin);
    d.utf16End = positions.utf16Offset(d.end);
    d.start = positions.lineColumn(d.begin);
    d.finish = positions.lineColumn(d.end);
    return d;
}

} // namespace Weir::Internal
