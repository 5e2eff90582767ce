#include "dialogs/RecoverFlow.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "quietlegs/storage/JournalLocation.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStringList>

namespace quietlegs {

QString RecoverFlow::summary(const RecoveryReport& report)
{
    QStringList lines;
    for (const RecoveredTable& table : report.tables) {
        const QString name = toQString(table.table);
        if (!table.lost.empty()) {
            lines << tr("%1: could not be read at all").arg(name);
            continue;
        }
        QString line = tr("%1: %n row(s) copied", nullptr, int(table.copied)).arg(name);
        if (!table.unreadable.empty()) {
            QStringList ranges;
            for (const auto& [lo, hi] : table.unreadable)
                ranges << (lo == hi ? QString::number(lo)
                                    : QStringLiteral("%1–%2").arg(lo).arg(hi));
            line += tr("; rows %1 could not be read").arg(ranges.join(QStringLiteral(", ")));
        }
        if (!table.refused.empty())
            line += tr("; %n row(s) not copied (they break the journal's rules)", nullptr,
                       int(table.refused.size()));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

void RecoverFlow::run(MainWindow* window)
{
    JournalSession* session = window->session();
    const QString filter = tr("QuietLegs journals (*.sqlite);;All files (*)");
    const QString start =
        session->isOpen() ? session->path() : QString::fromStdString(journalPath().string());
    const QString source =
        QFileDialog::getOpenFileName(window, tr("Recover a damaged journal"), start, filter);
    if (source.isEmpty())
        return;
    const QFileInfo sourceInfo(source);
    // The file dialog asks before replacing an existing file: that answer stands for --force.
    const QString target = QFileDialog::getSaveFileName(
        window, tr("Save the recovered journal as"),
        sourceInfo.dir().filePath(sourceInfo.completeBaseName() + tr("-recovered") +
                                  QStringLiteral(".sqlite")),
        filter);
    if (target.isEmpty())
        return;
    if (QFileInfo(target).absoluteFilePath() == sourceInfo.absoluteFilePath() ||
        (session->isOpen() &&
         QFileInfo(target).absoluteFilePath() == QFileInfo(session->path()).absoluteFilePath())) {
        QMessageBox::warning(window, tr("Recover"),
                             tr("Choose a new file: the recovered journal never replaces a "
                                "journal."));
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = recoverJournal(source.toStdString(), target.toStdString());
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::warning(window, tr("Recover"),
                             tr("Nothing was recovered: %1").arg(errorText(report.error())));
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Recover"),
                    report->complete()
                        ? tr("Every row was copied into %1.").arg(QFileInfo(target).fileName())
                        : tr("Every row that could be read was copied into %1; the damaged "
                             "journal was not changed.")
                              .arg(QFileInfo(target).fileName()),
                    QMessageBox::Close, window);
    box.setInformativeText(summary(*report));
    QStringList refused;
    for (const RecoveredTable& table : report->tables)
        for (const std::string& line : table.refused)
            refused << toQString(table.table + ": " + line);
    if (!refused.isEmpty())
        box.setDetailedText(refused.join(QLatin1Char('\n')));
    QPushButton* open = box.addButton(tr("Open the recovered journal"), QMessageBox::AcceptRole);
    box.exec();
    if (box.clickedButton() == open)
        window->openJournalAt(target);
}

} // namespace quietlegs
