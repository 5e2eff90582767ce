#pragma once

#include "quietlegs/core/Alerts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace quietlegs {

/// Who reads an alert: the person on Today, spoken to ("talk to your doctor"), or the
/// professional reader of the report, in the third person without that advice.
enum class AlertReader
{
    Person,
    Professional
};

/// An alert (core/Alerts.h) in the app's language: its title, the sentence made from its
/// figures, its rule and its source. The one place where the GUI and the report word alerts;
/// the command line keeps core's English alertMessage().
class AlertWording
{
    Q_DECLARE_TR_FUNCTIONS(AlertWording)

public:
    /// For the person, numbers and dates as `locale` writes them; for the professional reader
    /// a decimal point and ISO dates, like the rest of the report (docs/translations.md).
    explicit AlertWording(AlertReader reader, QLocale locale = QLocale());

    static QString title(AlertKind kind);
    /// What was found, from the figures, and for the person what to do about it.
    QString sentence(const Alert& alert) const;
    QString rule(const Alert& alert) const;
    static QString source(const Alert& alert);

private:
    QString finding(const Alert& alert) const;
    QString intakeFinding(AlertKind kind, const IntakeOverLimit& over) const;
    QString labFinding(AlertKind kind, const LabOverThreshold& lab) const;
    QString augmentationFinding(const OnsetShift& shift) const;
    static QString advice(AlertKind kind);
    QString number(double value, int decimals) const;
    QString date(Date day) const;

    AlertReader m_reader;
    QLocale m_locale;
};

} // namespace quietlegs
