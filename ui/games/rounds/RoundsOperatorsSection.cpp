// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsOperatorsSection.h"

#include "PaytableForm.h"
#include "server/client/HostClient.h"

#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QJsonArray>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
const QString Base = u"/api/admin/v1"_s;
}

RoundsOperatorsSection::RoundsOperatorsSection(client::HostClient &host, QWidget *parent)
    : OperatorsSection(parent), m_host(host), m_reports(new RoundsReportView),
      m_setPaytable(new QPushButton(tr("Set &paytable…"))), m_paytableBox(new QGroupBox(tr("New paytable"))),
      m_paytable(new PaytableForm)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *paytableLayout = new QVBoxLayout(m_paytableBox);
    paytableLayout->addWidget(m_paytable);
    m_paytableBox->hide();
    m_setPaytable->setToolTip(tr("Change what each bet kind pays on a rounds table, from its next round on"));
    layout->addWidget(m_setPaytable, 0, Qt::AlignLeft);
    layout->addWidget(m_paytableBox);
    layout->addWidget(m_reports);

    connect(m_setPaytable, &QPushButton::clicked, this, &RoundsOperatorsSection::showPaytableForm);
    connect(m_paytable, &PaytableForm::applyRequested, this, &RoundsOperatorsSection::applyPaytable);
    connect(m_paytable, &PaytableForm::cancelled, this, [this] { m_paytableBox->hide(); });
}

QString RoundsOperatorsSection::title() const
{
    return tr("Rounds tables: paytables and RTP");
}

void RoundsOperatorsSection::refresh(const QHash<QString, QString> &operatorNames, std::function<bool()> wanted,
                                     std::function<void()> done)
{
    QList<RoundsReportView::Table> tables;
    for (const QJsonValue &v : m_host.games()) {
        const QJsonObject g = v.toObject();
        if (g.value(u"kind").toString() != u"rounds")
            continue;
        const QString id = g.value(u"gameId").toString();
        tables.append({id, g.value(u"joinCode").toString(id), {}, {}});
    }
    fetchTables(std::move(tables), 0, operatorNames, std::move(wanted), std::move(done));
}

// Each table's paytable, then its RTP report, then the next table's: one request out at a time.
void RoundsOperatorsSection::fetchTables(QList<RoundsReportView::Table> tables, int next,
                                         QHash<QString, QString> names, std::function<bool()> wanted,
                                         std::function<void()> done)
{
    if (next >= 2 * tables.size()) {
        m_reports->setTables(tables, names);
        m_paytable->setTables(tables);
        m_setPaytable->setEnabled(!tables.isEmpty());
        done();
        return;
    }
    const RoundsReportView::Table &t = tables.at(next / 2);
    const bool paytable = next % 2 == 0;
    m_host.get(Base + u"/tables/%1/%2"_s.arg(t.id, paytable ? u"paytable"_s : u"rtp"_s),
               [self = QPointer(this), tables, next, paytable, names, wanted, done](const Result<QJsonObject> &r) mutable {
        if (!self || !wanted())
            return;
        // A table that went meanwhile, or a refused report, leaves its part empty; the rest still shows.
        if (r)
            (paytable ? tables[next / 2].paytable : tables[next / 2].rtp) = r.value();
        self->fetchTables(std::move(tables), next + 1, std::move(names), std::move(wanted), std::move(done));
    });
}

void RoundsOperatorsSection::showPaytableForm()
{
    m_paytable->setMessage({}, false);
    m_paytableBox->show();
    m_paytable->multiplier(0)->setFocus();
}

void RoundsOperatorsSection::applyPaytable()
{
    const QString table = m_paytable->table();
    if (table.isEmpty())
        return;
    m_paytable->setBusy(true);
    m_paytable->setMessage({}, false);
    m_host.post(Base + u"/tables/%1/paytable"_s.arg(table), m_paytable->body(),
                [self = QPointer(this)](const Result<QJsonObject> &r) {
        if (!self)
            return;
        self->m_paytable->setBusy(false);
        if (!r) {
            self->m_paytable->setMessage(tr("The host refused: %1").arg(r.error().message), true);
            return;
        }
        self->m_paytable->setMessage(tr("The new paytable applies from round %1 on.")
                                         .arg(QLocale().toString(r->value(u"fromRound").toInteger())),
                                     false);
        emit self->actionDone(self->m_paytable->table(), u"paytable"_s);
    });
}

} // namespace steward::ui
