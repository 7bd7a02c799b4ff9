// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsGameForm.h"

#include <QFormLayout>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace steward::ui {

RoundsGameForm::RoundsGameForm(QWidget *parent) : NewGameForm(parent), m_periodSeconds(new QSpinBox)
{
    m_periodSeconds->setObjectName(u"periodSeconds"_s);
    m_periodSeconds->setRange(5, 600);
    m_periodSeconds->setValue(10);
    m_periodSeconds->setSuffix(tr(" s"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("A round &every:"), m_periodSeconds);
}

QJsonObject RoundsGameForm::config() const
{
    return {{u"periodMs"_s, m_periodSeconds->value() * 1000}};
}

QString RoundsGameForm::summary() const
{
    return tr("Players bet play chips from their browsers; the seed of every round is committed before betting "
              "opens.");
}

} // namespace steward::ui
