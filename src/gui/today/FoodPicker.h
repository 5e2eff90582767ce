#pragma once

#include "quietlegs/core/Food.h"

#include <QDialog>
#include <QTime>
#include <optional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTimeEdit;

namespace quietlegs {

class FoodCatalog;
class JournalSession;

/// Type a food, choose grams or a saved portion: the food's magnesium and iron become
/// `food` intakes. Also saves portions and the user's own foods.
class FoodPicker : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        Food food;
        double grams = 0;
    };

    FoodPicker(JournalSession* session, FoodCatalog* catalog, QWidget* parent = nullptr);

    void setTime(QTime time);
    QTime time() const;
    std::optional<Choice> choice() const;
    /// Types into the search field (for tests and for starting from a typed word).
    void search(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::optional<Food> selectedFood() const;
    void updatePortions();
    void updatePreview();
    void savePortion();
    void addOwnFood();

    JournalSession* m_session = nullptr;
    FoodCatalog* m_catalog = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QDoubleSpinBox* m_grams = nullptr;
    QComboBox* m_portion = nullptr;
    QLineEdit* m_portionName = nullptr;
    QTimeEdit* m_time = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace quietlegs
