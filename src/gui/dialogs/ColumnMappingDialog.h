#pragma once

#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/GenericCsvImport.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QPushButton;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace quietlegs {

/// The mapping step of a spreadsheet import: a preview of the first rows and, for each thing
/// QuietLegs can read (the night with its sleep diary, the day's intakes and factors), a combo
/// box naming the column that holds it (pre-filled by guessColumnMapping). Only the date
/// column is required. Tests set combos and call accept().
class ColumnMappingDialog : public QDialog
{
    Q_OBJECT

public:
    /// One journal field a column can be mapped to.
    enum class Field
    {
        Date,
        Severity,
        MagnesiumMg,
        IronMg,
        CaffeineMg,
        AlcoholUnits,
        ExerciseMin,
        Stress,
        Notes,
        IntoBed,
        LightsOut,
        SleepLatencyMin,
        Awakenings,
        WasoMin,
        FinalWake,
        OutOfBed
    };

    ColumnMappingDialog(const QString& fileName, const CsvTable& preview,
                        QWidget* parent = nullptr);

    /// The mapping as chosen now (IRLS items are kept as guessed: they need all ten columns).
    CsvColumnMapping mapping() const;
    /// Column for `field` (-1: not imported).
    void setColumn(Field field, int column);
    int column(Field field) const;
    void setDateFormat(CsvDateFormat format);

    QTableView* previewView() const { return m_previewView; }
    QStandardItemModel* previewModel() const { return m_previewModel; }
    QComboBox* combo(Field field) const { return m_combos.value(field); }

public slots:
    void accept() override;

private:
    void updateState();

    CsvColumnMapping m_guess;
    QStandardItemModel* m_previewModel = nullptr;
    QTableView* m_previewView = nullptr;
    QMap<Field, QComboBox*> m_combos;
    QComboBox* m_dateFormat = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace quietlegs
