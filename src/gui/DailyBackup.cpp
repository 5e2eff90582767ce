#include "DailyBackup.h"

#include "Conversions.h"
#include "quietlegs/storage/JournalBackups.h"
#include "quietlegs/storage/WorkerThread.h"

#include <QMetaObject>

namespace quietlegs {

DailyBackup::DailyBackup(QObject* parent) : QObject(parent)
{}

DailyBackup::~DailyBackup()
{
    waitForFinished();
}

void DailyBackup::start(const QString& journalPath)
{
    waitForFinished();
    m_run = std::async(std::launch::async, [this, path = journalPath.toStdString()] {
        yieldToTheWindow();
        auto made = JournalBackups(path).ensureDaily(localNowSeconds());
        const QString error = made ? QString() : errorText(made.error());
        // Delivered on this object's thread; the destructor waits for this lambda to return,
        // so `this` outlives it, and Qt drops the call if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, error] { emit finished(error); }, Qt::QueuedConnection);
    });
}

void DailyBackup::waitForFinished()
{
    if (m_run.valid())
        m_run.get();
}

} // namespace quietlegs
