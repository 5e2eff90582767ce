#pragma once

#include <QSpinBox>

namespace quietlegs {

/// A 0..max score that may be left unrated ("–"). Typing a digit sets it at once; with
/// advance on, focus then moves to the next field, so ten IRLS areas take ten keystrokes.
/// Backspace or Delete clears it.
class ScoreSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit ScoreSpinBox(int maximum, bool advanceOnDigit, QWidget* parent = nullptr);

    /// The score, or -1 when unrated.
    int score() const { return value(); }
    bool isRated() const { return value() >= 0; }
    void clear() { setValue(-1); }

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;

private:
    bool m_advance = false;
    int m_lastDigit = -1; // for "1" then "0" = 10 on a 0..10 scale
};

} // namespace quietlegs
