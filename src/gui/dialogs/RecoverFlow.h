#pragma once

#include "quietlegs/storage/JournalRecovery.h"

#include <QCoreApplication>
#include <QString>

namespace quietlegs {

class MainWindow;

/// File > Recover damaged journal…: asks for the damaged journal and a new file, copies every
/// row that can still be read into it (recoverJournal, storage) and says per table what could
/// not be read; the recovered journal can then be opened in the window.
class RecoverFlow
{
    Q_DECLARE_TR_FUNCTIONS(RecoverFlow)

public:
    static void run(MainWindow* window);
    /// One line per table: rows copied, rowids that could not be read, rows not copied.
    static QString summary(const RecoveryReport& report);
};

} // namespace quietlegs
