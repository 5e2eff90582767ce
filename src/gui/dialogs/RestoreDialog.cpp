#include "RestoreDialog.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace quietlegs {

QString backupTimeText(const JournalBackup& backup)
{
    const auto day = std::chrono::floor<std::chrono::days>(backup.takenAt);
    const std::chrono::hh_mm_ss time(backup.takenAt - day);
    return QStringLiteral("%1 %2:%3")
        .arg(toQString(formatDate(backup.date())))
        .arg(time.hours().count(), 2, 10, QLatin1Char('0'))
        .arg(time.minutes().count(), 2, 10, QLatin1Char('0'));
}

RestoreDialog::RestoreDialog(JournalSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Restore the journal from a backup"));
    auto* layout = new QVBoxLayout(this);
    m_folder = new QLabel(this);
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_folder);

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Taken"), tr("Why"), tr("Nights"), tr("Nights from"), tr("to"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->headerItem()->setTextAlignment(2, Qt::AlignCenter);
    // Room between columns, so a right-aligned count does not run into the next date.
    m_list->setStyleSheet(QStringLiteral("QTreeView::item { padding: 2px 10px 2px 4px; }"));
    layout->addWidget(m_list, 1);

    auto* note = new QLabel(tr("Restoring replaces the whole journal with the backup. The "
                               "journal as it is now is backed up first, so a restore can "
                               "itself be undone by restoring that backup."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::ActionRole);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (Status status = restoreSelected(); !status)
            QMessageBox::critical(this, tr("Not restored"), errorText(status.error()));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RestoreDialog::updateState);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void RestoreDialog::reload()
{
    const std::filesystem::path journalPath = m_session->path().toStdString();
    JournalBackups backups(journalPath);
    m_folder->setText(tr("Backups of %1, kept in %2")
                          .arg(m_session->path(), toQString(backups.folder().string())));
    m_backups = backups.list();
    m_list->clear();
    for (const JournalBackup& backup : m_backups) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, backupTimeText(backup));
        item->setText(1, displayName(backupReasonText(backup.reason)));
        if (backup.contents) {
            item->setText(2, QString::number(backup.contents->nights));
            item->setTextAlignment(2, Qt::AlignCenter);
            if (backup.contents->firstNight)
                item->setText(3, toQString(formatDate(*backup.contents->firstNight)));
            if (backup.contents->lastNight)
                item->setText(4, toQString(formatDate(*backup.contents->lastNight)));
            item->setText(5, tr("sound"));
        } else {
            item->setText(5, tr("cannot be restored: %1").arg(toQString(backup.problem)));
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        }
        item->setToolTip(0, toQString(backup.path.string()));
    }
    if (m_backups.empty()) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, tr("No backups yet"));
        item->setFlags(Qt::NoItemFlags);
    }
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        if (m_list->topLevelItem(row)->flags() & Qt::ItemIsSelectable) {
            m_list->setCurrentItem(m_list->topLevelItem(row));
            break;
        }
    }
    updateState();
}

void RestoreDialog::updateState()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_restore->setEnabled(row >= 0 && row < int(m_backups.size()) &&
                          m_backups[std::size_t(row)].restorable());
}

Status RestoreDialog::restoreSelected(bool confirmFirst)
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= int(m_backups.size()) || !m_backups[std::size_t(row)].restorable())
        return Error{"backup", "", "choose a sound backup to restore"};
    const JournalBackup backup = m_backups[std::size_t(row)];
    if (confirmFirst) {
        const auto answer = QMessageBox::question(
            this, tr("Restore this backup?"),
            tr("Replace the journal with the backup taken %1 (%2 nights)?\n\nThe journal as it "
               "is now is backed up first.")
                .arg(backupTimeText(backup))
                .arg(backup.contents->nights),
            QMessageBox::Cancel | QMessageBox::Ok, QMessageBox::Cancel);
        if (answer != QMessageBox::Ok)
            return {};
    }
    const QString path = m_session->path();
    JournalBackups backups(path.toStdString());
    auto restored = backups.restore(backup.path, localNowSeconds());
    if (!restored)
        return restored.error();
    if (Status reopened = m_session->open(path); !reopened)
        return reopened;
    reload();
    return {};
}

bool RestoreDialog::openAtStartup(JournalSession* session, const QString& journalPath,
                                  QWidget* parent, JournalCheck* check)
{
    Status status = session->open(journalPath, check);
    if (!status) {
        // Tell a damaged journal apart (it is never written to) and offer its newest backup.
        auto checked = Journal::openChecked(journalPath.toStdString());
        if (checked.problem == JournalProblem::Damaged) {
            if (!offerRestoreOfDamagedJournal(journalPath, errorText(checked.error), parent))
                return false; // the user has been told; the file stays as found
            status = session->open(journalPath);
        }
    }
    if (!status) {
        QMessageBox::critical(parent, tr("QuietLegs"),
                              tr("Cannot open the journal: %1").arg(errorText(status.error())));
        return false;
    }
    return true;
}

bool RestoreDialog::offerRestoreOfDamagedJournal(const QString& journalPath, const QString& problem,
                                                 QWidget* parent)
{
    JournalBackups backups(journalPath.toStdString());
    const auto newest = backups.newestRestorable();
    QMessageBox box(parent);
    box.setIcon(QMessageBox::Critical);
    box.setWindowTitle(tr("The journal is damaged"));
    box.setText(tr("The journal %1 failed its integrity check, so QuietLegs has not written "
                   "to it.")
                    .arg(journalPath));
    box.setDetailedText(problem);
    if (!newest) {
        box.setInformativeText(tr("There is no sound backup in %1. Keep the file for recovery "
                                  "and start QuietLegs with another journal (--database).")
                                   .arg(toQString(backups.folder().string())));
        box.setStandardButtons(QMessageBox::Close);
        box.exec();
        return false;
    }
    box.setInformativeText(tr("The newest sound backup was taken %1 and holds %2 nights. "
                              "Restore it? The damaged file is kept in the backups folder.")
                               .arg(backupTimeText(*newest))
                               .arg(newest->contents->nights));
    box.setStandardButtons(QMessageBox::Close);
    QPushButton* restore = box.addButton(tr("&Restore backup"), QMessageBox::AcceptRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    auto restored = backups.restore(newest->path, localNowSeconds());
    if (!restored) {
        QMessageBox::critical(parent, tr("Not restored"), errorText(restored.error()));
        return false;
    }
    return true;
}

} // namespace quietlegs
