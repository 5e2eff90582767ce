// The chart sections' side of ChartSections: how the main window's Trends, Insights and Labs
// are made and wired to the journal session. Compiled into quietlegs-chart-sections.so for
// the app, and linked into the tests and benchmarks.
#include "ChartSections.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "insights/ExperimentPlanner.h"
#include "insights/InsightsView.h"
#include "labs/LabsView.h"
#include "trends/TrendsView.h"

namespace quietlegs {
namespace {

const Journal* openJournalOf(const JournalSession* session)
{
    return session->isOpen() ? &session->journal() : nullptr;
}

// Trends and Insights read the journal themselves, only while shown (they defer a reload
// while hidden, so logging a night never waits for the statistics). They keep the 04:00
// journal day of `stats` and the report, so all three show the same figures.
template <typename View> void showJournalOf(JournalSession* session, View* view)
{
    view->setJournal(openJournalOf(session));
    QObject::connect(session, &JournalSession::journalOpened, view,
                     [session, view] { view->setJournal(openJournalOf(session)); });
    QObject::connect(session, &JournalSession::journalChanged, view, &View::reload);
    QObject::connect(view, &View::errorOccurred, session, &JournalSession::errorOccurred);
}

QWidget* buildChartSection(ChartSection section, JournalSession* session, QWidget* parent)
{
    switch (section) {
    case ChartSection::Trends: {
        auto* trends = new TrendsView(parent);
        showJournalOf(session, trends);
        return trends;
    }
    case ChartSection::Insights: {
        auto* insights = new InsightsView(parent);
        showJournalOf(session, insights);
        insights->experimentPlanner()->setWriters(
            {[session](const ExperimentPlan& plan) { return session->saveExperiment(plan); },
             [session](const std::string& id, const std::string& when) {
                 return session->endExperimentEarly(id, when);
             }});
        return insights;
    }
    case ChartSection::Labs:
        return new LabsView(session, parent);
    }
    return nullptr;
}

// Made as this code is loaded: when the app loads the module, or at a test's start.
[[maybe_unused]] const bool kInstalled = (ChartSections::install(&buildChartSection), true);

} // namespace

// The typed accessors need the sections' classes, so they live with them (the app's own
// code asks for the widgets only).
TrendsView* MainWindow::trendsView()
{
    return qobject_cast<TrendsView*>(built(m_trends));
}

InsightsView* MainWindow::insightsView()
{
    return qobject_cast<InsightsView*>(built(m_insights));
}

LabsView* MainWindow::labsView()
{
    return qobject_cast<LabsView*>(built(m_labs));
}

} // namespace quietlegs
