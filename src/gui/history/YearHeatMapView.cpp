#include "YearHeatMapView.h"

#include "Conversions.h"
#include "JournalSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QStyle>
#include <QStyleOptionFocusRect>
#include <QToolTip>
#include <QVBoxLayout>

namespace quietlegs {

/// The painted year: the report's painter on screen, plus focus, keys and clicks.
class YearHeatMapCanvas : public QWidget
{
public:
    explicit YearHeatMapCanvas(QWidget* parent) : QWidget(parent), m_painter(YearCalendar{})
    {
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setAccessibleName(YearHeatMapView::tr("Year at a glance"));
    }

    void setCalendar(YearCalendar calendar)
    {
        m_painter = YearHeatMapPainter(std::move(calendar));
        m_painter.setFont(font());
        const QPalette colours = palette();
        m_painter.setColors(colours.color(QPalette::WindowText), colours.color(QPalette::Base));
        if (!m_current || !m_painter.calendar().day(*m_current)) {
            // Start on the last night with something to open, else on 1 January.
            m_current = m_painter.calendar().days.front().date;
            for (const CalendarDay& day : m_painter.calendar().days)
                if (day.night != CalendarNight::Outside)
                    m_current = day.date;
        }
        updateGeometry();
        update();
    }
    const YearCalendar& calendar() const { return m_painter.calendar(); }
    std::optional<Date> current() const { return m_current; }
    void setCurrent(Date date)
    {
        if (!m_painter.calendar().day(date))
            return;
        m_current = date;
        update();
    }
    QRectF area() const { return QRectF(rect()).adjusted(4, 4, -4, -4); }
    QRectF cellRect(Date date) const { return m_painter.cellRect(area(), date); }

    std::function<void(Date)> opened;

    QSize minimumSizeHint() const override
    {
        return m_painter.minimumSize().toSize() + QSize(8, 8);
    }
    QSize sizeHint() const override { return (m_painter.minimumSize() * 1.6).toSize(); }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter painter(this);
        m_painter.paint(painter, area());
        if (m_current && hasFocus()) {
            // The keyboard's night: a ring in the highlight colour around its cell.
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cellRect(*m_current).adjusted(-2, -2, 2, 2));
        }
    }
    void changeEvent(QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
            setCalendar(m_painter.calendar());
        QWidget::changeEvent(event);
    }
    void focusInEvent(QFocusEvent* event) override
    {
        update();
        QWidget::focusInEvent(event);
    }
    void focusOutEvent(QFocusEvent* event) override
    {
        update();
        QWidget::focusOutEvent(event);
    }
    void mousePressEvent(QMouseEvent* event) override
    {
        if (const auto date = m_painter.dateAt(area(), event->position())) {
            setCurrent(*date);
            if (event->button() == Qt::LeftButton && opened)
                opened(*date);
        }
    }
    void keyPressEvent(QKeyEvent* event) override
    {
        if (!m_current)
            return QWidget::keyPressEvent(event);
        // Rows are weekdays and columns weeks, as on the screen.
        int step = 0;
        switch (event->key()) {
        case Qt::Key_Up:
            step = -1;
            break;
        case Qt::Key_Down:
            step = 1;
            break;
        case Qt::Key_Left:
            step = -7;
            break;
        case Qt::Key_Right:
            step = 7;
            break;
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Space:
            if (opened)
                opened(*m_current);
            return;
        default:
            return QWidget::keyPressEvent(event);
        }
        setCurrent(addDays(*m_current, step));
    }
    bool event(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip) {
            const auto* help = static_cast<QHelpEvent*>(event);
            const auto date = m_painter.dateAt(area(), help->pos());
            if (date)
                QToolTip::showText(help->globalPos(), describe(*m_painter.calendar().day(*date)),
                                   this);
            else
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    static QString describe(const CalendarDay& day)
    {
        QString night;
        switch (day.night) {
        case CalendarNight::Outside:
            night = YearHeatMapView::tr("nothing logged");
            break;
        case CalendarNight::Missing:
            night = YearHeatMapView::tr("night not logged");
            break;
        case CalendarNight::NoSeverity:
            night = YearHeatMapView::tr("no severity");
            break;
        case CalendarNight::Scored:
            night = YearHeatMapView::tr("severity %1 of 10").arg(day.severity.value_or(0));
            break;
        }
        QStringList lines{QLocale().toString(toQDate(day.date), QLocale::LongFormat), night};
        if (day.supplement)
            lines << YearHeatMapView::tr("supplement taken");
        if (day.medicine)
            lines << YearHeatMapView::tr("medicine taken");
        return lines.join(QLatin1Char('\n'));
    }

    YearHeatMapPainter m_painter;
    std::optional<Date> m_current;
};

YearHeatMapView::YearHeatMapView(JournalSession* session, QWidget* parent)
    : QWidget(parent), m_session(session)
{
    m_yearBox = new QComboBox(this);
    m_yearBox->setAccessibleName(tr("Year"));
    auto* yearLabel = new QLabel(tr("Yea&r:"), this);
    yearLabel->setBuddy(m_yearBox);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("yearSummary"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearBox);
    bar->addSpacing(16);
    bar->addWidget(m_summary, 1);

    m_canvas = new YearHeatMapCanvas(this);
    m_canvas->opened = [this](Date date) { emit openRequested(toQDate(date)); };
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_canvas);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* hint = new QLabel(tr("Click a night, or choose one with the arrow keys and press Enter, "
                               "to open it in Today."),
                            this);
    hint->setEnabled(false);
    hint->setWordWrap(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(scroll, 1);
    layout->addWidget(hint);
    setFocusProxy(m_canvas);

    connect(m_yearBox, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    connect(session, &JournalSession::journalChanged, this, &YearHeatMapView::reload);
    connect(session, &JournalSession::journalOpened, this, &YearHeatMapView::reload);
    connect(session, &JournalSession::preferencesChanged, this, &YearHeatMapView::reload);
}

void YearHeatMapView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void YearHeatMapView::reload()
{
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    m_records = {};
    if (m_session->isOpen()) {
        if (auto records = m_session->journal().records())
            m_records = std::move(*records);
        else
            emit m_session->errorOccurred(errorText(records.error()));
    }
    const Date today = toDate(QDate::currentDate());
    const auto boundary = toMinutes(m_session->preferences().journalDayBoundary);
    const int shown = m_yearBox->count() ? year() : int(today.year());
    const QSignalBlocker blocker(m_yearBox);
    m_yearBox->clear();
    for (const int year : calendarYears(m_records, today, boundary))
        m_yearBox->addItem(QString::number(year), year);
    const int index = m_yearBox->findData(shown);
    m_yearBox->setCurrentIndex(index >= 0 ? index : m_yearBox->count() - 1);
    rebuild();
}

void YearHeatMapView::rebuild()
{
    const Date today = toDate(QDate::currentDate());
    const auto boundary = toMinutes(m_session->preferences().journalDayBoundary);
    const int shown = m_yearBox->count() ? year() : int(today.year());
    YearCalendar calendar = yearCalendar(m_records, shown, today, m_session->weekStart(), boundary);
    int scored = 0;
    int missing = 0;
    for (const CalendarDay& day : calendar.days) {
        scored += day.night == CalendarNight::Scored;
        missing += day.night == CalendarNight::Missing;
    }
    m_summary->setText(tr("%n night(s) with a severity", nullptr, scored) + QStringLiteral(" · ") +
                       tr("%n night(s) not logged", nullptr, missing));
    m_canvas->setCalendar(std::move(calendar));
}

void YearHeatMapView::setYear(int year)
{
    if (m_stale)
        reload();
    const int index = m_yearBox->findData(year);
    if (index >= 0)
        m_yearBox->setCurrentIndex(index);
}

int YearHeatMapView::year() const
{
    return m_yearBox->currentData().toInt();
}

QDate YearHeatMapView::currentDate() const
{
    const auto current = m_canvas->current();
    return current ? toQDate(*current) : QDate();
}

void YearHeatMapView::setCurrentDate(QDate date)
{
    setYear(date.year());
    m_canvas->setCurrent(toDate(date));
}

const YearCalendar& YearHeatMapView::calendar() const
{
    return m_canvas->calendar();
}

QWidget* YearHeatMapView::canvas() const
{
    return m_canvas;
}

QRect YearHeatMapView::cellRect(QDate date) const
{
    return m_canvas->cellRect(toDate(date)).toRect();
}

} // namespace quietlegs
