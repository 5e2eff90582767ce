#pragma once

#include "quietlegs/core/Result.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace quietlegs {

class JournalSession;

/// File > Export…: the journal (or a date range) as interchange JSON, a folder of CSV files
/// or a FHIR R4 bundle, written by the io layer (temporary file then rename, owner-only).
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Json,
        CsvFolder,
        Fhir
    };

    explicit ExportDialog(JournalSession* session, QWidget* parent = nullptr);

    void setFormat(Format format);
    void setRange(QDate from, QDate to); // turns "whole journal" off
    void setDestination(const QString& path);
    void setPatientName(const QString& name);
    /// Writes the export; the error names what failed. Never over the journal, its working
    /// files or backups; an existing file or earlier CSV export folder only when
    /// `replaceExisting` or the file dialog asked about it already.
    Status exportNow(bool replaceExisting = false);

public slots:
    void accept() override;

private:
    Format format() const;
    void browse();
    void updateState();
    /// Whether writing to `path` replaces something (a file, or an earlier CSV export).
    Result<bool> replacesSomething(const QString& path) const;

    JournalSession* m_session;
    QComboBox* m_format = nullptr;
    QCheckBox* m_wholeJournal = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_patient = nullptr;
    QLineEdit* m_destination = nullptr;
    /// The existing file the file dialog's own overwrite question was answered for.
    QString m_confirmedReplace;
};

} // namespace quietlegs
