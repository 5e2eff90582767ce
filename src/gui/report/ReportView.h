#pragma once

#include "quietlegs/core/Result.h"
#include "quietlegs/report/ReportContent.h"

#include <QDate>
#include <QImage>
#include <QList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace quietlegs {

class JournalSession;
class NamedPeriodsEditor;

/// The Report section (also File > Export report…): the nutritionist report's options
/// (period, default the last 12 weeks; patient and recipient; paper; notes; an optional
/// before/after comparison) beside a live preview of its pages, and Save as PDF. The pages are
/// the report layer's own rendering, so the preview is the PDF. Like Trends, it reads the
/// journal again after a change only while shown.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(JournalSession* session, QWidget* parent = nullptr);

    void setRange(QDate from, QDate to);
    void setNames(const QString& patient, const QString& recipient);
    void setLetterPaper(bool letter);
    void setIncludeNotes(bool include);
    /// Before/after comparison of the IRLS-style total; an invalid date turns it off.
    void setComparison(QDate aFrom, QDate aTo, QDate bFrom, QDate bTo);
    /// Fills the named periods from what was taken during the report's nights.
    void suggestNamedPeriods();
    NamedPeriodsEditor* namedPeriodsEditor() const { return m_periods; }

    /// The options as the form shows them; errors name the field.
    Result<ReportOptions> options() const;
    /// Lays the report out again and renders its pages into the preview now.
    void updatePreview();
    const QList<QImage>& previewPages() const { return m_pages; }
    /// The preview's message (the error when the report cannot be made, else empty).
    QString problem() const;
    /// Writes the PDF (QSaveFile, 0600); errors name what failed.
    Status savePdf(const QString& path);
    /// Asks where to save the PDF and saves it; reports the outcome with reportSaved() or a
    /// dialog naming the problem.
    void saveAs();

signals:
    void reportSaved(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    Result<ReportContent> computeContent() const;
    void schedulePreview();
    void journalChanged();

    JournalSession* m_session;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLineEdit* m_patient = nullptr;
    QLineEdit* m_recipient = nullptr;
    QComboBox* m_paper = nullptr;
    QCheckBox* m_notes = nullptr;
    QGroupBox* m_compare = nullptr;
    QComboBox* m_outcome = nullptr;
    QDateEdit* m_aFrom = nullptr;
    QDateEdit* m_aTo = nullptr;
    QDateEdit* m_bFrom = nullptr;
    QDateEdit* m_bTo = nullptr;
    NamedPeriodsEditor* m_periods = nullptr;
    QLabel* m_problem = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_pagesWidget = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    QTimer* m_previewTimer = nullptr;
    QList<QImage> m_pages;
    bool m_stale = true; // the preview predates the journal's last change
};

} // namespace quietlegs
