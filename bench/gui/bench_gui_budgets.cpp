// The in-window budgets of docs/performance.md, measured in the app's own main window on a
// journal file: switching Trends to "All" (weekly and daily), the Insights update once the
// journal is read, History scrolling, and (for context) taking in another process's write. Prints
// one line per sample, `<budget> <ms>`, for bench/run to take medians of; it judges nothing itself:
//   QT_QPA_PLATFORM=offscreen bench_gui_budgets JOURNAL [repetitions]
#include "Conversions.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "charts/TimeChartView.h"
#include "history/HistoryView.h"
#include "insights/InsightsView.h"
#include "quietlegs/storage/Journal.h"
#include "today/TodayView.h"
#include "trends/TrendChart.h"
#include "trends/TrendsView.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QThread>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <utility>
#include <vector>

using namespace quietlegs;

namespace {

/// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget* widget) : QObject(widget) { widget->installEventFilter(this); }
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

/// Lets posted layout, scene and update events run, which paints what they changed, as the
/// event loop would; paints `widget` synchronously only if that did not reach it, so a frame
/// is always a paint and never two.
void settleAndPaint(QWidget* widget)
{
    PaintCounter counter(widget);
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    if (counter.count == 0)
        widget->repaint();
    widget->removeEventFilter(&counter);
}

template <typename F> double millisecondsOf(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return timer.nsecsElapsed() / 1e6;
}

void print(const char* budget, double ms)
{
    std::printf("%s %.3f\n", budget, ms);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QuietLegsBench"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui_budgets JOURNAL [repetitions]\n");
        return 2;
    }
    const int repetitions = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    JournalSession session;
    if (!session.open(QString::fromLocal8Bit(argv[1]))) {
        std::fprintf(stderr, "bench_gui_budgets: cannot open %s\n", argv[1]);
        return 1;
    }
    MainWindow window(&session);
    window.resize(1280, 860);
    window.show();
    settleAndPaint(&window);

    // Trends: from the default 12 weeks to "All", weekly then daily; the data is read once
    // when the section is first shown, as in the app.
    TrendsView* trends = window.trendsView();
    window.showSection(window.sectionIndex(trends));
    settleAndPaint(&window);
    for (const bool daily : {false, true}) {
        trends->setDaily(daily);
        for (int i = 0; i < repetitions; ++i) {
            trends->setRange(TrendRange::TwelveWeeks);
            settleAndPaint(trends->chart()->view()->viewport());
            print(daily ? "trends-all-daily" : "trends-all-weekly", millisecondsOf([&] {
                      trends->setRange(TrendRange::All);
                      settleAndPaint(trends->chart()->view()->viewport());
                  }));
        }
    }
    trends->setDaily(false);

    // Insights: the journal is read when the section is shown; then switching the period to
    // the whole journal recomputes every figure and repaints.
    InsightsView* insights = window.insightsView();
    window.showSection(window.sectionIndex(insights));
    settleAndPaint(&window);
    // The period box is the buddy of the "Nights from:" label.
    QComboBox* period = nullptr;
    for (QLabel* label : insights->findChildren<QLabel*>())
        if (label->text().contains(QStringLiteral("Nights from")))
            period = qobject_cast<QComboBox*>(label->buddy());
    if (!period) {
        std::fprintf(stderr, "bench_gui_budgets: no period box on Insights\n");
        return 1;
    }
    // What a period switch no longer waits for: one table, now computed ahead on a worker.
    if (auto records = session.journal().records()) {
        const JournalSeries series = JournalSeries::fromRecords(*records);
        for (int i = 0; i < repetitions; ++i)
            print("insights-table", millisecondsOf([&] {
                      (void)CorrelationTable::compute(series, *series.firstDate(),
                                                      *series.lastDate());
                  }));
    }
    for (int i = 0; i < repetitions; ++i) {
        period->setCurrentIndex(1); // the last year
        settleAndPaint(insights->correlationView()->viewport());
        print("insights-update", millisecondsOf([&] {
                  period->setCurrentIndex(0); // the whole journal
                  settleAndPaint(insights->correlationView()->viewport());
              }));
    }

    // History, from the newest night to the oldest: by wheel steps (3 rows; Qt moves the
    // pixels and paints the rows uncovered) and by pages (PageDown or dragging the scroll bar:
    // every row painted anew). A frame is the scroll and the paint it causes; a sample is a
    // pass's 95th-percentile frame.
    HistoryView* history = window.historyView();
    window.showSection(window.sectionIndex(history));
    settleAndPaint(&window);
    QScrollBar* bar = history->table()->verticalScrollBar();
    const auto scrollFrames = [&](int step) {
        std::vector<double> frames;
        bar->setValue(0);
        settleAndPaint(history->table()->viewport());
        for (int value = step; value <= bar->maximum(); value += step) {
            frames.push_back(millisecondsOf([&] {
                bar->setValue(value);
                settleAndPaint(history->table()->viewport()); // the paint the scroll asks for
            }));
        }
        std::sort(frames.begin(), frames.end());
        return frames[std::min(frames.size() - 1, frames.size() * 95 / 100)];
    };
    for (int i = 0; i < repetitions; ++i) {
        print("history-wheel-frame", scrollFrames(3 * bar->singleStep()));
        print("history-page-frame", scrollFrames(std::max(1, bar->pageStep())));
    }

    // Another process (quietlegs-cli log) saves the night Today shows, as the window sits on
    // Today. The GUI thread notices it (the data_version check), and later takes in what a
    // worker read, which refreshes Today and paints; a sample is the longer of the two.
    window.showSection(window.sectionIndex(window.todayView()));
    settleAndPaint(&window);
    auto cli = Journal::open(argv[1]);
    if (!cli) {
        std::fprintf(stderr, "bench_gui_budgets: cannot open %s again\n", argv[1]);
        return 1;
    }
    const Date shown = toDate(window.todayView()->date());
    const auto original = cli->night(shown);
    session.reloadIfChangedElsewhere(); // the first look, as half a second after start-up
    session.finishLookingElsewhere();
    int saved = 0;
    // One sample: the night changed elsewhere, noticed, read on a worker, taken in, painted.
    const auto outsideWrite = [&]() -> std::optional<double> {
        NightEntry entry;
        entry.date = shown;
        entry.severity = saved % 11;
        entry.notes = "logged elsewhere " + std::to_string(saved++);
        if (!cli->saveNight(Night::create(entry).value()))
            return std::nullopt;
        const double notice = millisecondsOf([&] { session.reloadIfChangedElsewhere(); });
        QThread::msleep(200); // the worker's reading, done meanwhile
        const double takeIn = millisecondsOf([&] { settleAndPaint(&window); });
        return std::max(notice, takeIn);
    };
    // On Today, then on Trends, which reads the whole journal again to redraw.
    for (const auto& [section, budget] :
         {std::pair<QWidget*, const char*>{window.todayView(), "outside-write-frame"},
          std::pair<QWidget*, const char*>{trends, "outside-write-trends-frame"}}) {
        window.showSection(window.sectionIndex(section));
        settleAndPaint(&window);
        for (int i = 0; i < repetitions; ++i) {
            const auto ms = outsideWrite();
            if (!ms) {
                std::fprintf(stderr, "bench_gui_budgets: cannot save a night\n");
                return 1;
            }
            print(budget, *ms);
        }
    }
    // Going to Trends or Insights after an edit on Today: they read the journal when shown.
    for (const auto& [section, budget] :
         {std::pair<QWidget*, const char*>{trends, "show-trends-after-edit"},
          std::pair<QWidget*, const char*>{insights, "show-insights-after-edit"}}) {
        for (int i = 0; i < repetitions; ++i) {
            window.showSection(window.sectionIndex(window.todayView()));
            settleAndPaint(&window);
            emit session.journalChanged(); // as any save does
            print(budget, millisecondsOf([&] {
                      window.showSection(window.sectionIndex(section));
                      settleAndPaint(&window);
                  }));
        }
    }
    if (original && *original)
        (void)cli->saveNight(**original);
    else
        (void)cli->deleteNight(shown);
    return 0;
}
