// How the History table copes with ten years of nights: the first load, and the cost of one
// edit (which updates one row, never reloads). Prints figures; run it by hand:
//   QT_QPA_PLATFORM=offscreen build/bench/bench_history
#include "Conversions.h"
#include "JournalSession.h"
#include "history/HistoryModel.h"
#include "quietlegs/core/DemoJournal.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace quietlegs;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    constexpr int kDays = 3650;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.sqlite"));
    const Date last = localToday();
    {
        auto journal = Journal::open(path.toStdString());
        if (!journal || !journal->merge(demoJournal(last, kDays)))
            return 1;
    }
    JournalSession session;
    if (!session.open(path).ok())
        return 1;

    QElapsedTimer timer;
    timer.start();
    HistoryModel model(&session);
    const qint64 loadMs = timer.elapsed();
    std::printf("history: %d nights loaded in %lld ms\n", model.rowCount(), loadMs);

    constexpr int kEdits = 100;
    timer.restart();
    for (int i = 0; i < kEdits; ++i) {
        const QDate date = toQDate(addDays(last, -i));
        auto night = session.night(date);
        NightEntry entry;
        entry.date = toDate(date);
        entry.severity = (i % 10);
        if (night)
            entry.sleep = night->sleep().times();
        auto edited = Night::create(entry);
        if (!edited || !session.saveNight(*edited))
            return 1;
    }
    std::printf("history: %d edits (save + undo step + row update) in %lld ms, %.2f ms each\n",
                kEdits, timer.elapsed(), double(timer.elapsed()) / kEdits);
    return 0;
}
