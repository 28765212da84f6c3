#include "sql/token.h"

namespace Weir {

const char *tokenKindName(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Whitespace:
        return "Whitespace";
    case TokenKind::LineComment:
        return "LineComment";
    case TokenKind::BlockComment:
        return "BlockComment";
    case TokenKind::Hint:
        return "Hint";
    case TokenKind::Keyword:
        return "Keyword";
    case TokenKind::DataType:
        return "DataType";
    case TokenKind::Identifier:
        return "Identifier";
    case TokenKind::QuotedIdentifier:
        return "QuotedIdentifier";
    case TokenKind::String:
        return "String";
    case TokenKind::Number:
        return "Number";
    case TokenKind::Operator:
        return "Operator";
    case TokenKind::Punctuation:
        return "Punctuation";
    case TokenKind::Variable:
        return "Variable";
    case TokenKind::Error:
        return "Error";
    }
    return "?";
}

} // namespace Weir
