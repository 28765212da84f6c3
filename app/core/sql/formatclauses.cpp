#include "sql/formatclauses.h"

namespace Weir::Internal {

void FormatClauses::queryWord(const FormatTokens &v, int k, FormatFrame &f, FormatGap &g,
                              Statement &s)
{
    const Word w = v.word(k);
    auto startQuery = [&](FormatClause clause) {
        f.clauseBreak(g);
        f.query = true;
        f.clause = clause;
        if (s.outermost)
            s.ddlHead = false;
    };
    switch (w) {
    case Word::Select:
    case Word::Values:
        startQuery(w == Word::Select ? FormatClause::Select : FormatClause::Values);
        f.listHead = true;
        f.listMulti = v.listItems(k) > 1;
        return;
    case Word::With:
        if (v.isChar(k + 1, '('))
            return; // WITH ('connector' = ...)
        startQuery(FormatClause::With);
        f.listBreaks = true;
        f.listIndent = f.base;
        return;
    case Word::Begin: {
        // EXECUTE STATEMENT SET BEGIN (or STATEMENT SET BEGIN), as the splitter recognizes it.
        const bool set = v.word(k - 1) == Word::Set && v.word(k - 2) == Word::Statement &&
                         (k == 2 || (k == 3 && v.word(0) == Word::Execute));
        if (set && s.outermost && s.kind == StatementKind::StatementSet) {
            g.breakAt(f.base);
            s.openSetBody = true;
        }
        return;
    }
    case Word::Case:
        ++f.caseDepth;
        return;
    case Word::End:
        f.caseDepth = qMax(0, f.caseDepth - 1);
        return;
    default:
        break;
    }
    if (!f.query)
        return;
    switch (w) {
    case Word::From:
    case Word::Where:
    case Word::Having:
    case Word::Limit:
    case Word::Offset:
    case Word::Fetch:
    case Word::Window:
    case Word::Qualify:
        f.clauseBreak(g);
        f.clause = w == Word::From     ? FormatClause::From
                   : w == Word::Where  ? FormatClause::Where
                   : w == Word::Having ? FormatClause::Having
                                       : FormatClause::Other;
        return;
    case Word::Group:
    case Word::Order:
        if (v.word(k + 1) == Word::By) {
            f.clauseBreak(g);
            f.clause = FormatClause::Other;
        }
        return;
    case Word::Union:
    case Word::Intersect:
    case Word::Except:
    case Word::Minus:
        f.clauseBreak(g);
        f.afterSetOp = true;
        f.clause = FormatClause::None;
        return;
    case Word::And:
    case Word::Or:
        if ((f.clause == FormatClause::Where || f.clause == FormatClause::Having ||
             f.clause == FormatClause::Join) &&
            f.caseDepth == 0) {
            if (w == Word::And && f.between)
                f.between = false;
            else
                g.breakAt(f.base + 1);
        }
        return;
    case Word::Between:
        f.between = true;
        return;
    default:
        if ((f.clause == FormatClause::From || f.clause == FormatClause::Join) && v.startsJoin(k)) {
            f.clauseBreak(g);
            f.clause = FormatClause::Join;
        }
        return;
    }
}

void FormatClauses::recognizeWord(const FormatTokens &v, int k, FormatFrame &f, FormatGap &g)
{
    // MATCH_RECOGNIZE (PARTITION BY ... ORDER BY ... MEASURES ... ONE ROW PER MATCH
    // AFTER MATCH SKIP ... PATTERN (...) DEFINE ...): a clause per line, measures and
    // definitions one per line.
    switch (v.word(k)) {
    case Word::Partition:
    case Word::Order:
        if (v.word(k + 1) == Word::By)
            f.clauseBreak(g);
        return;
    case Word::All:
        if (v.word(k + 1) == Word::Rows)
            f.clauseBreak(g);
        return;
    case Word::Measures:
    case Word::Define:
        f.clauseBreak(g);
        f.listHead = f.listMulti = true;
        return;
    case Word::One:
    case Word::After:
    case Word::Pattern:
    case Word::Subset:
        f.clauseBreak(g);
        return;
    default:
        return;
    }
}

} // namespace Weir::Internal
