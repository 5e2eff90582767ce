#include "NightForm.h"

#include "widgets/WrappingLabel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "quietlegs/core/SleepClocks.h"
#include "widgets/ClockEdit.h"
#include "widgets/ScoreSpinBox.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace quietlegs {
namespace {

QString durationText(int minutes)
{
    return NightForm::tr("%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QSpinBox* optionalMinutes(int maximum, const QString& suffix, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setRange(-1, maximum);
    spin->setSpecialValueText(QStringLiteral("–"));
    spin->setSuffix(suffix);
    spin->setValue(-1);
    spin->setMinimumWidth(spin->fontMetrics().horizontalAdvance(QStringLiteral("1440 min")) + 40);
    return spin;
}

std::optional<int> optionalValue(const QSpinBox* spin)
{
    return spin->value() >= 0 ? std::optional(spin->value()) : std::nullopt;
}

/// The name a person knows a core field by.
QString fieldLabel(const std::string& field)
{
    if (field.rfind("irls_items", 0) == 0)
        return NightForm::tr("IRLS-style areas");
    static const QHash<QString, QString> labels = {
        {QStringLiteral("severity"), NightForm::tr("Severity")},
        {QStringLiteral("into_bed"), NightForm::tr("Into bed")},
        {QStringLiteral("lights_out"), NightForm::tr("Lights out")},
        {QStringLiteral("sleep_latency_min"), NightForm::tr("Minutes to fall asleep")},
        {QStringLiteral("awakenings"), NightForm::tr("Awakenings")},
        {QStringLiteral("waso_min"), NightForm::tr("Minutes awake")},
        {QStringLiteral("final_wake"), NightForm::tr("Final wake")},
        {QStringLiteral("out_of_bed"), NightForm::tr("Out of bed")},
        {QStringLiteral("notes"), NightForm::tr("Notes")},
        {QStringLiteral("symptom_onset"), NightForm::tr("Symptoms began")},
        {QStringLiteral("rls_awakenings"), NightForm::tr("Times woken by the legs")},
    };
    return labels.value(QString::fromStdString(field), QString::fromStdString(field));
}

/// A rule pattern behind its literal head: the pattern is compiled only for a rule that starts
/// with that head. Most rules match none, and the form's first message ("no date chosen", while
/// Today is built) compiling all of them cost 3.6 M instructions before the first paint
/// (docs/performance.md).
class RulePattern
{
public:
    RulePattern(const char* head, const char* rest)
        : m_head(QString::fromLatin1(head)),
          m_pattern(QLatin1Char('^') + QRegularExpression::escape(m_head) + QLatin1String(rest))
    {}
    QRegularExpressionMatch match(const QString& rule) const
    {
        return rule.startsWith(m_head) ? m_pattern.match(rule) : QRegularExpressionMatch();
    }

private:
    QString m_head;
    QRegularExpression m_pattern;
};

/// The rules of SleepDiary.cpp and Night.cpp in the user's language. The core writes them in
/// English with their values; the ones a person meets while typing a night are recognised here
/// (in English the result is the core's text again). Any other rule stays as the core wrote it.
QString ruleText(const QString& rule)
{
    if (rule == QLatin1String("the night must span less than 24 hours"))
        return NightForm::tr("the night must span less than 24 hours");
    if (rule == QLatin1String("exactly 10 item scores are needed"))
        return NightForm::tr("exactly 10 item scores are needed");
    if (rule == QLatin1String("each item is scored 0 to 4"))
        return NightForm::tr("each item is scored 0 to 4");
    static const RulePattern before("is before ", "([a-z ]+) \\((\\d\\d:\\d\\d)\\)$");
    static const RulePattern between("must be between ", "0 and (\\d+)$");
    static const RulePattern tooLong("minutes to fall asleep ",
                                     "plus minutes awake exceed the time from lights out to final "
                                     "wake \\((\\d+) min\\)$");
    static const RulePattern starts("the night of ",
                                    "(\\S+) starts between 04:00 that day and 04:00 the next$");
    static const RulePattern ends(
        "the night of ", "(\\S+) ends after 04:00 that day and before 04:00 two days later$");
    static const RulePattern notes("notes are limited ", "to (\\d+) characters$");
    static const RulePattern skipped(
        "this time does not ", "exist in (\\S+) \\(the clocks were put forward past it\\)$");
    static const RulePattern onset(
        "the night of ", "(\\S+) has its onset between 04:00 that day and 04:00 the next$");
    if (const auto m = before.match(rule); m.hasMatch()) {
        QString field = m.captured(1);
        field.replace(QLatin1Char(' '), QLatin1Char('_'));
        const QString label = fieldLabel(field.toStdString());
        return NightForm::tr("is before %1 (%2)")
            .arg(QLocale().language() == QLocale::German ? label : label.toLower(), m.captured(2));
    }
    if (const auto m = between.match(rule); m.hasMatch())
        return NightForm::tr("must be between 0 and %1").arg(m.captured(1));
    if (const auto m = tooLong.match(rule); m.hasMatch())
        return NightForm::tr("minutes to fall asleep plus minutes awake exceed the time from "
                             "lights out to final wake (%1 min)")
            .arg(m.captured(1));
    if (const auto m = starts.match(rule); m.hasMatch())
        return NightForm::tr("the night of %1 starts between 04:00 that day and 04:00 the next")
            .arg(m.captured(1));
    if (const auto m = ends.match(rule); m.hasMatch())
        return NightForm::tr(
                   "the night of %1 ends after 04:00 that day and before 04:00 two days later")
            .arg(m.captured(1));
    if (const auto m = notes.match(rule); m.hasMatch())
        return NightForm::tr("notes are limited to %1 characters").arg(m.captured(1));
    if (const auto m = skipped.match(rule); m.hasMatch())
        return NightForm::tr("this time does not exist in %1 (the clocks were put forward past "
                             "it)")
            .arg(m.captured(1));
    if (const auto m = onset.match(rule); m.hasMatch())
        return NightForm::tr("the night of %1 has its onset between 04:00 that day and 04:00 "
                             "the next")
            .arg(m.captured(1));
    return rule;
}

/// "Out of bed is before final wake (06:30)": the core's rule after the field's name.
QString messageFor(const Error& error)
{
    const QString rule = ruleText(toQString(error.rule));
    if (rule.startsWith(QLatin1String("is ")) || rule.startsWith(QLatin1String("must ")))
        return fieldLabel(error.field) + QLatin1Char(' ') + rule;
    return NightForm::tr("%1: %2").arg(fieldLabel(error.field), rule);
}

QString messageKey(const std::string& field)
{
    if (field.rfind("irls_items", 0) == 0)
        return QStringLiteral("irls_items");
    return QString::fromStdString(field);
}

} // namespace

NightForm::NightForm(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // Symptoms: the quick rating and the ten areas.
    auto* symptoms = new QGroupBox(tr("Symptoms"), this);
    auto* symptomsLayout = new QGridLayout(symptoms);
    symptomsLayout->setVerticalSpacing(4); // compact rows: Today fits 1280x860 (issue 24)
    symptomsLayout->setContentsMargins(9, 4, 9, 4);
    auto* severityLabel = new QLabel(tr("&Quick severity (0–10):"), symptoms);
    m_severity = new ScoreSpinBox(kSeverityMax, false, symptoms);
    m_severity->setAccessibleName(tr("Quick severity, 0 to 10"));
    m_severity->setToolTip(tr("How bad were your legs tonight? 0 none, 10 worst. Optional."));
    severityLabel->setBuddy(m_severity);
    symptomsLayout->addWidget(severityLabel, 0, 0);
    symptomsLayout->addWidget(m_severity, 0, 1);
    symptomsLayout->addWidget(addMessageLabel(QStringLiteral("severity")), 0, 2, 1, 3);
    m_fields.insert(QStringLiteral("severity"), m_severity);

    // The ten areas (rows kAreasRow to kAreasRow + 6) are built when first shown
    // (buildTenAreas): most journals score them weekly, and start-up need not pay for them.
    m_symptomsLayout = symptomsLayout;
    symptomsLayout->setColumnMinimumWidth(2, 24);
    symptomsLayout->setColumnStretch(2, 1);
    symptomsLayout->setColumnStretch(5, 1);
    symptomsLayout->addWidget(addMessageLabel(QStringLiteral("irls_items")), kAreasRow + 7, 0, 1,
                              5);
    // What a night can tell (domain.md): when symptoms began, times woken, beyond the legs;
    // after the ten areas, so that the keyboard goes severity, areas (when shown), these.
    constexpr int kNightRow = kAreasRow + 8;
    auto* onsetLabel = new QLabel(tr("Symptoms be&gan at:"), symptoms);
    m_onset = new ClockEdit(symptoms);
    m_onset->setAccessibleName(tr("Symptoms began at, HH:MM"));
    m_onset->setToolTip(tr("When the legs started that evening or night (01:00 is after "
                           "midnight). Leave empty when there were no symptoms."));
    onsetLabel->setBuddy(m_onset);
    symptomsLayout->addWidget(onsetLabel, kNightRow, 0);
    symptomsLayout->addWidget(m_onset, kNightRow, 1);
    symptomsLayout->addWidget(addMessageLabel(QStringLiteral("symptom_onset")), kNightRow + 1, 0, 1, 3);
    m_fields.insert(QStringLiteral("symptom_onset"), m_onset);
    auto* woken = new QLabel(tr("Times woken b&y the legs:"), symptoms);
    m_rlsAwakenings = optionalMinutes(kRlsAwakeningsMax, QString(), symptoms);
    m_rlsAwakenings->setAccessibleName(tr("Times woken by the legs"));
    woken->setBuddy(m_rlsAwakenings);
    // Beside the onset, as the ten areas stand in two columns (Today fits 1280x860).
    symptomsLayout->addWidget(woken, kNightRow, 3);
    symptomsLayout->addWidget(m_rlsAwakenings, kNightRow, 4);
    symptomsLayout->addWidget(addMessageLabel(QStringLiteral("rls_awakenings")), kNightRow + 1, 3, 1, 2);
    m_fields.insert(QStringLiteral("rls_awakenings"), m_rlsAwakenings);
    m_arms = new QCheckBox(tr("Also in the a&rms or elsewhere"), symptoms);
    m_arms->setToolTip(tr("Symptoms were felt beyond the legs tonight"));
    symptomsLayout->addWidget(m_arms, kNightRow + 2, 0, 1, 5);
    layout->addWidget(symptoms);

    // Sleep diary, in the Consensus Sleep Diary's order: the evening's four entries, then the
    // night's and the morning's three beside them, so that Today fits a 1280x860 window
    // (issue 24). Each field's message sits to its right.
    auto* sleep = new QGroupBox(tr("Sleep diary"), this);
    auto* sleepLayout = new QGridLayout(sleep);
    sleepLayout->setVerticalSpacing(4);
    sleepLayout->setContentsMargins(9, 4, 9, 4);
    int entry = 0;
    auto addRow = [&](const QString& text, QWidget* editor, const QString& field,
                      const QString& accessible) {
        auto* label = new QLabel(text, sleep);
        label->setBuddy(editor);
        editor->setAccessibleName(accessible);
        const int gridRow = entry < 4 ? entry : entry - 4;
        const int column = entry < 4 ? 0 : 3;
        sleepLayout->addWidget(label, gridRow, column);
        sleepLayout->addWidget(editor, gridRow, column + 1);
        sleepLayout->addWidget(addMessageLabel(field), gridRow, column + 2);
        m_fields.insert(field, editor);
        ++entry;
    };
    m_intoBed = new ClockEdit(sleep);
    addRow(tr("Into &bed:"), m_intoBed, QStringLiteral("into_bed"), tr("Into bed, HH:MM"));
    m_lightsOut = new ClockEdit(sleep);
    addRow(tr("&Lights out:"), m_lightsOut, QStringLiteral("lights_out"), tr("Lights out, HH:MM"));
    m_sleepLatency = optionalMinutes(1440, tr(" min"), sleep);
    addRow(tr("&Minutes to fall asleep:"), m_sleepLatency, QStringLiteral("sleep_latency_min"),
           tr("Minutes to fall asleep"));
    m_awakenings = optionalMinutes(100, QString(), sleep);
    addRow(tr("A&wakenings:"), m_awakenings, QStringLiteral("awakenings"),
           tr("Number of awakenings"));
    m_waso = optionalMinutes(1440, tr(" min"), sleep);
    addRow(tr("Minutes awake &in the night:"), m_waso, QStringLiteral("waso_min"),
           tr("Minutes awake in the night"));
    m_finalWake = new ClockEdit(sleep);
    addRow(tr("Final wa&ke:"), m_finalWake, QStringLiteral("final_wake"), tr("Final wake, HH:MM"));
    m_outOfBed = new ClockEdit(sleep);
    addRow(tr("Out of be&d:"), m_outOfBed, QStringLiteral("out_of_bed"), tr("Out of bed, HH:MM"));
    int row = 4;
    sleepLayout->setColumnStretch(2, 1);
    sleepLayout->setColumnStretch(5, 1);
    m_metrics = new WrappingLabel(sleep);
    m_metrics->setAccessibleName(tr("Sleep metrics"));
    m_metrics->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sleepLayout->addWidget(m_metrics, row, 0, 1, 6);
    ++row;
    m_timeZoneNote = new QLabel(sleep);
    m_timeZoneNote->setObjectName(QStringLiteral("timeZoneNote"));
    m_timeZoneNote->setVisible(false);
    sleepLayout->addWidget(m_timeZoneNote, row, 0, 1, 6);
    ++row;
    m_futureWakeNote = new WrappingLabel(sleep);
    m_futureWakeNote->setObjectName(QStringLiteral("futureWakeNote"));
    m_futureWakeNote->setVisible(false);
    sleepLayout->addWidget(m_futureWakeNote, row, 0, 1, 6);
    layout->addWidget(sleep);

    auto* notesBox = new QGroupBox(tr("&Notes"), this);
    auto* notesLayout = new QVBoxLayout(notesBox);
    m_notes = new QPlainTextEdit(notesBox);
    m_notes->setTabChangesFocus(true);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("Anything worth remembering: a long drive, a late meal, "
                                   "a new medicine…"));
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 2 + 12); // scrolls beyond
    notesLayout->addWidget(m_notes);
    notesLayout->addWidget(addMessageLabel(QStringLiteral("notes")));
    m_fields.insert(QStringLiteral("notes"), m_notes);
    layout->addWidget(notesBox);
    layout->addStretch(1);

    auto changed = [this] {
        if (!m_loading)
            revalidate();
    };
    connect(m_severity, &QSpinBox::valueChanged, this, changed);
    for (auto* spin : {m_sleepLatency, m_awakenings, m_waso, m_rlsAwakenings})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (auto* clock : {m_intoBed, m_lightsOut, m_finalWake, m_outOfBed, m_onset})
        connect(clock, &QLineEdit::textChanged, this, changed);
    connect(m_arms, &QCheckBox::toggled, this, changed);
    updateTenAreasVisibility();
    connect(m_notes, &QPlainTextEdit::textChanged, this, changed);
    colourMessages(); // all message labels at once, not the first ones again for each new one
    revalidate();
}

void NightForm::buildTenAreas()
{
    if (m_irlsTotal)
        return;
    QWidget* symptoms = m_symptomsLayout->parentWidget();
    auto* irlsHeading =
        new WrappingLabel(tr("<b>IRLS-style areas</b> (0 none … 4 very severe; type a "
                             "digit to score and move on)"),
                          symptoms);
    m_symptomsLayout->addWidget(irlsHeading, kAreasRow, 0, 1, 5);
    m_tenAreaWidgets.append(irlsHeading);
    QWidget* previous = m_severity;
    for (int i = 0; i < kIrlsItemCount; ++i) {
        const int row = kAreasRow + 1 + i % 5;
        const int column = i < 5 ? 0 : 3;
        auto* label = new QLabel(tr("&%1. %2")
                                     .arg(i + 1)
                                     .arg(displayName(irlsAreaLabel(i)))
                                     .replace(QStringLiteral("&10."), QStringLiteral("1&0.")),
                                 symptoms);
        auto* item = new ScoreSpinBox(kIrlsItemMax, true, symptoms);
        item->setAccessibleName(
            tr("IRLS area %1: %2, 0 to 4").arg(i + 1).arg(displayName(irlsAreaLabel(i))));
        label->setBuddy(item);
        m_symptomsLayout->addWidget(label, row, column);
        m_symptomsLayout->addWidget(item, row, column + 1);
        m_irlsItems[i] = item;
        m_tenAreaWidgets.append(label);
        m_tenAreaWidgets.append(item);
        // Made after the rest of the window: the keyboard still goes severity, the ten areas,
        // then the night's questions.
        setTabOrder(previous, item);
        previous = item;
        connect(item, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                revalidate();
        });
    }
    m_irlsTotal = new QLabel(symptoms);
    m_irlsTotal->setAccessibleName(tr("IRLS-style total"));
    m_symptomsLayout->addWidget(m_irlsTotal, kAreasRow + 6, 0, 1, 5);
    m_tenAreaWidgets.append(m_irlsTotal);
    showIrlsTotal();
}

QLabel* NightForm::addMessageLabel(const QString& field)
{
    auto* label = new WrappingLabel(this);
    label->setVisible(false);
    label->setAccessibleName(tr("Problem"));
    label->setObjectName(QStringLiteral("message_") + field);
    m_messages.insert(field, label);
    return label; // coloured with the others at the end of the constructor
}

void NightForm::colourMessages()
{
    // Red that stays readable on light and dark windows, also when the desktop switches.
    const QColor red = palette().color(QPalette::Window).lightness() > 128
                           ? QColor(0xb0, 0x1c, 0x1c)
                           : QColor(0xff, 0x8a, 0x80);
    for (QLabel* label : std::as_const(m_messages)) {
        QPalette labelPalette = label->palette();
        labelPalette.setColor(QPalette::WindowText, red);
        label->setPalette(labelPalette);
    }
    m_problemColour = red;
    if (!styleSheet().isEmpty())
        setStyleSheet(frameStyleSheet());
}

QString NightForm::frameStyleSheet() const
{
    // The field a message is about gets a frame in the same red (its "problem" property, set by
    // setProblemField); the rule matches only framed fields.
    return QStringLiteral("QLineEdit[problem=\"true\"], QAbstractSpinBox[problem=\"true\"], "
                          "QPlainTextEdit[problem=\"true\"] "
                          "{ border: 2px solid %1; border-radius: 3px; }")
        .arg(m_problemColour.name());
}

void NightForm::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        colourMessages();
}

void NightForm::setDate(QDate date)
{
    m_date = date;
    revalidate();
}

QWidget* NightForm::firstField() const
{
    return m_severity;
}

void NightForm::setNight(const std::optional<Night>& night)
{
    m_loading = true;
    m_severity->setValue(night && night->severity() ? *night->severity() : -1);
    if (night && night->irls())
        buildTenAreas(); // a scored night shows its areas, whatever the setting
    if (m_irlsTotal)
        for (int i = 0; i < kIrlsItemCount; ++i)
            m_irlsItems[i]->setValue(night && night->irls() ? night->irls()->items()[i] : -1);
    const SleepDiaryTimes times = night ? night->sleep().times() : SleepDiaryTimes{};
    auto clockOf = [](const std::optional<LocalDateTime>& when) {
        return when ? std::optional(timeOfDay(*when)) : std::nullopt;
    };
    m_intoBed->setClock(clockOf(times.intoBed));
    m_lightsOut->setClock(clockOf(times.lightsOut));
    m_finalWake->setClock(clockOf(times.finalWake));
    m_outOfBed->setClock(clockOf(times.outOfBed));
    m_sleepLatency->setValue(times.sleepLatencyMin.value_or(-1));
    m_awakenings->setValue(times.awakenings.value_or(-1));
    m_waso->setValue(times.wasoMin.value_or(-1));
    m_notes->setPlainText(night ? toQString(night->notes()) : QString());
    m_onset->setClock(night ? clockOf(night->symptomOnset()) : std::nullopt);
    m_rlsAwakenings->setValue(night ? night->rlsAwakenings().value_or(-1) : -1);
    m_loadedArms = night ? night->arms() : std::nullopt;
    m_arms->setChecked(m_loadedArms.value_or(false));
    updateTenAreasVisibility();
    m_timeZone = night ? night->timeZone().name() : std::string();
    m_deviceSleep = night ? night->deviceSleep() : std::nullopt;
    showTimeZone();
    m_loading = false;
    revalidate();
}

void NightForm::setTenAreasShown(bool shown)
{
    m_tenAreasWanted = shown;
    updateTenAreasVisibility();
}

bool NightForm::tenAreasShown() const
{
    return m_irlsItems[0] && !m_irlsItems[0]->isHidden();
}

void NightForm::updateTenAreasVisibility()
{
    bool scored = false;
    for (auto* item : m_irlsItems)
        scored = scored || (item && item->isRated());
    const bool shown = m_tenAreasWanted || scored;
    if (shown)
        buildTenAreas();
    for (QWidget* widget : std::as_const(m_tenAreaWidgets))
        widget->setHidden(!shown);
}

void NightForm::showTimeZone()
{
    // A night logged while travelling keeps its zone's clock times; saying so explains why
    // they may not match the clock on the wall now.
    const auto current = TimeZone::current();
    const bool elsewhere = !m_timeZone.empty() && (!current || current->name() != m_timeZone);
    m_timeZoneNote->setText(elsewhere ? tr("Times in %1").arg(toQString(m_timeZone)) : QString());
    m_timeZoneNote->setVisible(elsewhere);
}

bool NightForm::isEmpty() const
{
    if (m_severity->isRated() || !m_notes->toPlainText().isEmpty())
        return false;
    for (auto* item : m_irlsItems)
        if (item && item->isRated())
            return false;
    for (auto* clock : {m_intoBed, m_lightsOut, m_finalWake, m_outOfBed, m_onset})
        if (!clock->isBlank())
            return false;
    for (auto* spin : {m_sleepLatency, m_awakenings, m_waso, m_rlsAwakenings})
        if (spin->value() >= 0)
            return false;
    return !m_arms->isChecked();
}

SleepDiaryTimes NightForm::typedTimes(std::optional<Error>& error) const
{
    SleepClocks clocks;
    const std::pair<ClockEdit*, std::optional<std::chrono::minutes>*> fields[] = {
        {m_intoBed, &clocks.intoBed},
        {m_lightsOut, &clocks.lightsOut},
        {m_finalWake, &clocks.finalWake},
        {m_outOfBed, &clocks.outOfBed}};
    const char* names[] = {"into_bed", "lights_out", "final_wake", "out_of_bed"};
    for (int i = 0; i < 4; ++i) {
        auto clock = fields[i].first->clock();
        if (!clock) {
            if (!error)
                error = Error{names[i], fields[i].first->text().toStdString(), clock.error().rule};
            continue;
        }
        *fields[i].second = *clock;
    }
    SleepDiaryTimes times = placeSleepClocks(toDate(m_date), clocks);
    times.sleepLatencyMin = optionalValue(m_sleepLatency);
    times.awakenings = optionalValue(m_awakenings);
    times.wasoMin = optionalValue(m_waso);
    return times;
}

Result<Night> NightForm::night() const
{
    if (!m_date.isValid())
        return Error{"date", "", "no date chosen"};
    NightEntry entry;
    entry.date = toDate(m_date);
    if (m_severity->isRated())
        entry.severity = m_severity->score();
    std::vector<int> items;
    for (auto* item : m_irlsItems)
        if (item && item->isRated())
            items.push_back(item->score());
    if (!items.empty()) {
        auto irls = IrlsScore::fromItems(items);
        if (!irls)
            return irls.error();
        entry.irls = *irls;
    }
    std::optional<Error> clockError;
    entry.sleep = typedTimes(clockError);
    if (clockError)
        return *clockError;
    entry.notes = m_notes->toPlainText().toStdString();
    entry.timeZone = m_timeZone;
    entry.deviceSleep = m_deviceSleep; // editing the diary keeps what the device measured
    auto onset = m_onset->clock();
    if (!onset)
        return Error{"symptom_onset", m_onset->text().toStdString(), onset.error().rule};
    if (*onset)
        entry.symptomOnset = placeSymptomOnset(entry.date, **onset);
    entry.rlsAwakenings = optionalValue(m_rlsAwakenings);
    // Ticked: symptoms beyond the legs; unticked: not recorded as such (or the stored "no").
    if (m_arms->isChecked())
        entry.arms = true;
    else if (m_loadedArms)
        entry.arms = false;
    return Night::create(entry);
}

void NightForm::revalidate()
{
    auto result = night();
    showError(result ? std::nullopt : std::optional(result.error()));

    showIrlsTotal();

    std::optional<SleepMetrics> metrics;
    if (result)
        metrics = result->sleepMetrics();
    showFutureWake(result ? std::optional(result->sleep().times()) : std::nullopt);
    if (metrics) {
        const QString efficiency =
            metrics->efficiencyPercent
                ? tr("%1 %").arg(QLocale().toString(*metrics->efficiencyPercent, 'f', 1))
                : tr("–");
        m_metrics->setText(tr("Time in bed <b>%1</b> · Total sleep <b>%2</b> · Sleep "
                              "efficiency <b>%3</b>")
                               .arg(durationText(metrics->timeInBedMin),
                                    durationText(metrics->totalSleepMin), efficiency));
    } else if (!result) {
        // The real reason, not a claim that fields are missing (issue 24).
        m_metrics->setText(tr("Time in bed, total sleep and sleep efficiency wait for one fix: "
                              "%1.")
                               .arg(m_problem.toHtmlEscaped()));
    } else {
        m_metrics->setText(tr("Time in bed, total sleep and sleep efficiency appear when all "
                              "four times and both minute fields are filled."));
    }
    if (!m_loading)
        emit edited();
}

void NightForm::showIrlsTotal()
{
    if (!m_irlsTotal)
        return; // the ten areas are not built yet
    int scored = 0;
    int total = 0;
    for (auto* item : m_irlsItems)
        if (item->isRated()) {
            ++scored;
            total += item->score();
        }
    if (scored == kIrlsItemCount)
        m_irlsTotal->setText(tr("IRLS-style score: <b>%1</b> of 40 · %2")
                                 .arg(total)
                                 .arg(displayName(irlsBandName(irlsBandOf(total)))));
    else if (scored == 0)
        m_irlsTotal->setText(tr("IRLS-style score: not scored tonight (optional)"));
    else
        m_irlsTotal->setText(tr("IRLS-style score: %1 of 10 areas scored").arg(scored));
}

void NightForm::showError(const std::optional<Error>& error)
{
    const QString key = error ? messageKey(error->field) : QString();
    m_problem = error ? messageFor(*error) : QString();
    for (auto it = m_messages.begin(); it != m_messages.end(); ++it) {
        const bool here =
            error && (it.key() == key || (!m_messages.contains(key) && it.key() == "into_bed"));
        it.value()->setText(here ? m_problem : QString());
        it.value()->setVisible(here);
    }
    QWidget* bad = nullptr;
    // "No date chosen" (before a date is set) is no field's fault.
    if (error && error->field != "date") {
        bad = m_fields.value(m_messages.contains(key) ? key : QStringLiteral("into_bed"));
        if (key == QLatin1String("irls_items")) {
            // The first area still to score (or the first, when all are and one is wrong).
            bad = m_irlsItems[0];
            for (auto* item : m_irlsItems)
                if (!item->isRated()) {
                    bad = item;
                    break;
                }
        }
    }
    setProblemField(bad);
}

void NightForm::showFutureWake(const std::optional<SleepDiaryTimes>& times)
{
    // A night is named after its evening: a wake time still ahead usually means tonight was
    // logged as if it were last night (issue 24), or the morning is being logged early.
    std::optional<LocalDateTime> wake;
    if (times)
        wake = times->finalWake ? times->finalWake : times->outOfBed;
    const bool ahead = wake && *wake > localNow();
    m_futureWakeNote->setVisible(ahead);
    if (!ahead) {
        m_futureWakeNote->clear();
        return;
    }
    //: %1 the wake time (HH:MM), %2 its day ("Tuesday 8 December")
    m_futureWakeNote->setText(
        tr("⚠ The wake time, %1 on %2, is still in the future. A night is named after its "
           "evening: is this the night you mean?")
            .arg(toQTime(timeOfDay(*wake)).toString(QStringLiteral("HH:mm")),
                 QLocale().toString(toQDate(dateOf(*wake)),
                                    tr("dddd d MMMM", "QDate::toString() format"))));
}

void NightForm::setProblemField(QWidget* field)
{
    if (field == m_problemField)
        return;
    auto mark = [](QWidget* widget, bool on) {
        widget->setProperty("problem", on);
        // A dynamic property does not restyle by itself.
        widget->style()->unpolish(widget);
        widget->style()->polish(widget);
        widget->update();
    };
    if (m_problemField)
        mark(m_problemField, false);
    // Only while a field is framed: a style sheet makes every field in the form go through
    // the style sheet style, which start-up need not pay for.
    if (field && styleSheet().isEmpty())
        setStyleSheet(frameStyleSheet());
    else if (!field && !styleSheet().isEmpty())
        setStyleSheet(QString()); // nothing framed: the form is drawn as the style draws it
    m_problemField = field;
    if (m_problemField)
        mark(m_problemField, true);
}

bool NightForm::focusProblemField()
{
    if (!m_problemField)
        return false;
    m_problemField->setFocus(Qt::OtherFocusReason);
    if (auto* line = qobject_cast<QLineEdit*>(m_problemField.data()))
        line->selectAll();
    else if (auto* spin = qobject_cast<QAbstractSpinBox*>(m_problemField.data()))
        spin->selectAll();
    return true;
}

} // namespace quietlegs
