#include "quietlegs/report/AlertWording.h"

#include <QDate>

#include <iterator>

namespace quietlegs {
namespace {

/// What does not depend on an alert's figures, in AlertKind order: its title, the person's
/// advice and the rule (%1: the limit of an intake rule).
struct KindWords
{
    const char* title;
    const char* advice;
    const char* rule;
};

constexpr KindWords kWords[] = {
    {QT_TRANSLATE_NOOP("AlertWording", "Supplemental magnesium above the upper limit"),
     QT_TRANSLATE_NOOP("AlertWording", "Talk to your doctor about it."),
     QT_TRANSLATE_NOOP("AlertWording", "Supplemental elemental magnesium (supplements and "
                                       "medicines, not food) above %1 mg on a journal day")},
    {QT_TRANSLATE_NOOP("AlertWording", "Iron above 45 mg a day (information)"),
     QT_TRANSLATE_NOOP("AlertWording",
                       "This is information, not an alarm: iron therapy your doctor prescribed "
                       "often exceeds this limit for the general population. If no doctor "
                       "prescribed it, talk to your doctor about it."),
     QT_TRANSLATE_NOOP("AlertWording",
                       "Elemental iron from food and supplements above %1 mg on a journal day")},
    {QT_TRANSLATE_NOOP("AlertWording", "Ferritin in the range for iron (AASM 2024)"),
     QT_TRANSLATE_NOOP("AlertWording", "Discuss with your doctor."),
     QT_TRANSLATE_NOOP("AlertWording", "Ferritin at or below 75 µg/L: iron supplementation; "
                                       "75-100 µg/L: intravenous iron only")},
    {QT_TRANSLATE_NOOP("AlertWording", "Transferrin saturation below 20 % (AASM 2024)"),
     QT_TRANSLATE_NOOP("AlertWording", "Discuss with your doctor."),
     QT_TRANSLATE_NOOP("AlertWording", "Transferrin saturation below 20 %: iron supplementation")},
    {QT_TRANSLATE_NOOP("AlertWording", "Ferritin with a high CRP"),
     QT_TRANSLATE_NOOP("AlertWording", "Talk to your doctor about it."),
     QT_TRANSLATE_NOOP("AlertWording", "CRP above 5 mg/L within 7 days of a ferritin")},
    {QT_TRANSLATE_NOOP("AlertWording", "Possible augmentation"),
     QT_TRANSLATE_NOOP("AlertWording", "Talk to your doctor before changing any medicine."),
     QT_TRANSLATE_NOOP("AlertWording",
                       "After 8 weeks on a dopaminergic drug, median symptom onset in the last "
                       "28 nights 4 h or more earlier than in the 28 nights before the first dose "
                       "(or the first 28 on it), or 2-4 h earlier with symptoms beyond the legs "
                       "on 3 or more of the last 14 nights (none before) or a median severity 2 "
                       "or more points higher")},
};
static_assert(std::size(kWords) == std::size_t(AlertKind::Augmentation) + 1,
              "one entry per AlertKind, in its order");

const KindWords& wordsOf(AlertKind kind)
{
    return kWords[std::size_t(kind)];
}

} // namespace

AlertWording::AlertWording(AlertReader reader, QLocale locale)
    : m_reader(reader), m_locale(reader == AlertReader::Person ? locale : QLocale::c())
{
}

QString AlertWording::title(AlertKind kind)
{
    return tr(wordsOf(kind).title);
}

QString AlertWording::sentence(const Alert& alert) const
{
    if (m_reader == AlertReader::Professional)
        return finding(alert);
    return finding(alert) + QLatin1Char(' ') + advice(alert.kind);
}

QString AlertWording::finding(const Alert& alert) const
{
    switch (alert.kind) {
    case AlertKind::MagnesiumUpperLimit:
    case AlertKind::IronUpperLimit:
        return intakeFinding(alert.kind, std::get<IntakeOverLimit>(alert.figures));
    case AlertKind::FerritinLow:
    case AlertKind::TsatLow:
        return labFinding(alert.kind, std::get<LabOverThreshold>(alert.figures));
    case AlertKind::FerritinWithHighCrp: {
        const auto& crp = std::get<CrpNearFerritin>(alert.figures);
        return tr("CRP was %1 mg/L on %2, within 7 days of the latest ferritin (%3): with "
                  "inflammation, ferritin may overstate iron stores.")
            .arg(number(crp.crpMgL, 1), date(crp.crpDate), date(crp.ferritinDate));
    }
    case AlertKind::Augmentation:
        return augmentationFinding(std::get<OnsetShift>(alert.figures));
    }
    return {};
}

QString AlertWording::intakeFinding(AlertKind kind, const IntakeOverLimit& over) const
{
    const QString limit = number(over.limitMg, 0);
    const QString latestMg = number(over.latestMg, 0);
    const bool magnesium = kind == AlertKind::MagnesiumUpperLimit;
    if (over.days == 1)
        return (magnesium ? tr("Supplemental magnesium was above the upper limit of %1 mg a day "
                               "on %2 (%3 mg). Above it, diarrhoea, nausea and cramps become "
                               "likely.")
                          : tr("Iron from all sources came to more than %1 mg a day on %2 "
                               "(%3 mg)."))
            .arg(limit, date(over.latest), latestMg);
    return (magnesium ? tr("Supplemental magnesium was above the upper limit of %1 mg a day on "
                           "%2 of the last %3 days, most recently %4 (%5 mg). Above it, "
                           "diarrhoea, nausea and cramps become likely.")
                      : tr("Iron from all sources came to more than %1 mg a day on %2 of the "
                           "last %3 days, most recently %4 (%5 mg)."))
        .arg(limit, QString::number(over.days), QString::number(kAlertWindowDays),
             date(over.latest), latestMg);
}

QString AlertWording::labFinding(AlertKind kind, const LabOverThreshold& lab) const
{
    const QString latest = kind == AlertKind::TsatLow
                               ? tr("Latest transferrin saturation %1 % (%2).")
                               : tr("Latest ferritin %1 µg/L (%2).");
    QString flag;
    switch (lab.flag) {
    case IronFlag::OralOrIvIron:
        flag = tr("Ferritin at or below 75 µg/L: the AASM 2024 guideline recommends iron "
                  "supplementation for RLS.");
        break;
    case IronFlag::IvIronOnly:
        flag = tr("Ferritin 75-100 µg/L: the AASM 2024 guideline suggests only intravenous "
                  "iron in this range.");
        break;
    case IronFlag::LowSaturation:
        flag = tr("Transferrin saturation below 20%: the AASM 2024 guideline recommends iron "
                  "supplementation for RLS.");
        break;
    case IronFlag::None:
        break;
    }
    return latest.arg(number(lab.value, 1), date(lab.date)) + QLatin1Char(' ') + flag;
}

QString AlertWording::augmentationFinding(const OnsetShift& shift) const
{
    const int minutes = int(shift.earlierMinutes + 0.5);
    const QString earlier = tr("%1 h %2 min")
                                .arg(minutes / 60)
                                .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    const QString compared =
        shift.baselineBeforeFirstDose
            //: Ends "symptoms began a median of 4 h 00 min earlier ..."
            ? tr("than in the 28 nights before the first dose")
            : tr("than in the first 28 nights on the drug (the 28 nights before the first dose "
                 "hold fewer than 14 onset times, so there is no baseline without it)");
    QString sign;
    if (shift.armsNights)
        //: The second sign of augmentation, after the comparison
        sign = tr(", and symptoms beyond the legs were logged on %1 of the last 14 nights")
                   .arg(*shift.armsNights);
    else if (shift.severityRise)
        //: The second sign of augmentation, after the comparison
        sign = tr(", and the median severity rose by %1 points")
                   .arg(number(*shift.severityRise, 1));
    //: %1 is a time ("2 h 30 min"), %2 the comparison, %3 a second sign or nothing
    return tr("Possible augmentation: in the last 28 nights symptoms began a median of %1 "
              "earlier %2%3. This is a screen, not a diagnosis.")
        .arg(earlier, compared, sign);
}

QString AlertWording::advice(AlertKind kind)
{
    return tr(wordsOf(kind).advice);
}

QString AlertWording::rule(const Alert& alert) const
{
    const QString rule = tr(wordsOf(alert.kind).rule);
    // The intake rules name their limit, which the journal's setting can change.
    if (const auto* over = std::get_if<IntakeOverLimit>(&alert.figures))
        return rule.arg(number(over->limitMg, 0));
    return rule;
}

QString AlertWording::source(const Alert& alert)
{
    // The sources are names, listed with the other names of the Qt-free layers in the GUI's
    // DisplayNames.cpp; a citation without a translation stays as written.
    return QCoreApplication::translate("DisplayNames", alert.ruleSource.c_str());
}

QString AlertWording::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString AlertWording::date(Date day) const
{
    if (m_reader == AlertReader::Professional)
        return QString::fromStdString(formatDate(day));
    const QDate qdate(int(day.year()), int(unsigned(day.month())), int(unsigned(day.day())));
    return m_locale.toString(qdate, QLocale::ShortFormat);
}

} // namespace quietlegs
