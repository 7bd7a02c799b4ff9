// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace steward::ui {

// The fields of a new betting operator, in the page rather than a modal dialog. Amounts are
// typed in currency units and sent in minor units; the host validates everything and its
// refusal is shown here.
class NewOperatorForm : public QWidget
{
    Q_OBJECT
public:
    explicit NewOperatorForm(QWidget *parent = nullptr);

    QLineEdit *name() const { return m_name; }
    QLineEdit *webhookUrl() const { return m_webhook; }
    QLineEdit *currency() const { return m_currency; }
    QLineEdit *region() const { return m_region; }
    QDoubleSpinBox *minBet() const { return m_minBet; }
    QDoubleSpinBox *maxBet() const { return m_maxBet; }
    QDoubleSpinBox *maxWin() const { return m_maxWin; }
    QPushButton *createButton() const { return m_create; }

    // The body of POST /api/admin/v1/operators.
    QJsonObject spec() const;
    void setError(const QString &message);
    QString error() const;
    void setBusy(bool busy);
    void reset();

signals:
    void createRequested();
    void cancelled();

private:
    QLineEdit *m_name;
    QLineEdit *m_webhook;
    QLineEdit *m_currency;
    QLineEdit *m_region;
    QDoubleSpinBox *m_minBet;
    QDoubleSpinBox *m_maxBet;
    QDoubleSpinBox *m_maxWin;
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace steward::ui
