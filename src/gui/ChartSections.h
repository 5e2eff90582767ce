#pragma once

#include <QString>

class QWidget;

namespace quietlegs {

class JournalSession;

/// The sections drawn with Qt Charts.
enum class ChartSection { Trends, Insights, Labs };

/// Builds one chart section for the main window: wired to `session`, owned by `parent`.
using ChartSectionBuilder = QWidget* (*)(ChartSection section, JournalSession* session,
                                         QWidget* parent);

/// Where the main window gets Trends, Insights and Labs from. They live in a module of their own
/// (quietlegs-chart-sections.so), loaded when one of them is first shown, so that Qt Charts and
/// OpenGL, some 8,000 symbol relocations, are not loaded before the window's first paint
/// (docs/performance.md, "Libraries loaded before the first paint"). Linked into a program
/// instead (the tests, the benchmarks), the sections install themselves the same way: the
/// builder is registered when their code is loaded (ChartSectionBuilders.cpp).
class ChartSections
{
public:
    /// Registers the sections' builder; called as the sections' code is loaded.
    static void install(ChartSectionBuilder builder);

    /// The builder: the installed one, else the module's, loaded now (next to the executable,
    /// or in the installed tree). nullptr when the module cannot be loaded, with the reason in
    /// `error`.
    static ChartSectionBuilder builder(QString* error);
};

} // namespace quietlegs
