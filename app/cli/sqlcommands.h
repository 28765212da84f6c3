#pragma once

#include <QStringList>
#include <QTextStream>

namespace Weir {

// The SQL subcommands of the `weir` executable, over the widget-free language core:
//   weir split FILE      one line per statement: LINE:COL<TAB>KIND<TAB>first 60 characters
//   weir check FILE...   FILE:LINE:COL: error: MESSAGE per local diagnostic
//   weir format [--check] [-i] [--keyword-case=upper|lower|keep] [--indent=N] FILE...
//                        prints the formatted scripts; -i rewrites the files in place (only
//                        those that change, atomically); --check lists the files that are not
//                        formatted, one per line, and exits 1 if there are any
// `arguments` is the whole command line (arguments[0] is the program). Returns the exit code:
// 0 fine, 1 `check` found errors or `format --check` unformatted files, 2 usage error or
// unreadable (unwritable) file (then prints "weir: cannot read FILE: reason"); or -1 when
// arguments[1] is not one of these subcommands, so that main() goes on with its own parsing.
// Columns count UTF-16 code units, as Flink does. Main thread (no event loop needed).
int runSqlCommand(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Weir
