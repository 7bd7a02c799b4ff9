// SPDX-License-Identifier: GPL-3.0-or-later
#include "RoundsView.h"

#include "ui/widgets/TableRows.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace steward::ui {

namespace {
const QStringList BetKinds{u"exact"_s, u"decade"_s, u"highLow"_s, u"oddEven"_s};

QString kindName(const QString &kind)
{
    if (kind == u"exact")
        return RoundsView::tr("One number");
    if (kind == u"decade")
        return RoundsView::tr("Ten numbers");
    if (kind == u"highLow")
        return RoundsView::tr("High / low");
    if (kind == u"oddEven")
        return RoundsView::tr("Odd / even");
    return kind;
}

QString phaseName(const QString &phase)
{
    if (phase == u"open")
        return RoundsView::tr("taking bets");
    if (phase == u"closed")
        return RoundsView::tr("closed, drawing");
    if (phase == u"committed")
        return RoundsView::tr("seed committed, about to open");
    if (phase == u"prepared")
        return RoundsView::tr("waiting for the chain to confirm the commitment");
    if (phase == u"settled")
        return RoundsView::tr("settled");
    return phase;
}

QString shortHash(const QString &h)
{
    return h.size() > 14 ? h.left(8) + u"…"_s + h.right(6) : h;
}

QTableWidget *table(const QStringList &headers)
{
    auto *t = new QTableWidget(0, int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    return t;
}

} // namespace

RoundsView::RoundsView(QWidget *parent)
    : GameView(parent), m_title(new QLabel), m_round(new QLabel), m_countdown(new QLabel), m_commit(new QLabel),
      m_paytable(new QLabel),
      m_exposure(table({tr("Bet"), tr("Bets"), tr("Staked"), tr("Pays out at most")})),
      m_recent(table({tr("Round"), tr("Number"), tr("Bets"), tr("Staked"), tr("Returned"), tr("Seed revealed")}))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setWeight(QFont::DemiBold);
    m_title->setFont(big);
    QFont count = m_countdown->font();
    count.setPointSizeF(count.pointSizeF() * 2.2);
    count.setWeight(QFont::Bold);
    m_countdown->setFont(count);
    m_countdown->setAccessibleName(tr("Time left to bet"));
    m_commit->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_commit->setWordWrap(true);
    m_paytable->setWordWrap(true);

    auto *now = new QGroupBox(tr("This round"));
    auto *nowLayout = new QGridLayout(now);
    nowLayout->addWidget(m_round, 0, 0);
    nowLayout->addWidget(m_countdown, 0, 1, Qt::AlignRight);
    nowLayout->addWidget(m_commit, 1, 0, 1, 2);
    nowLayout->addWidget(m_exposure, 2, 0, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_paytable);
    layout->addWidget(now, 2);
    layout->addWidget(new QLabel(tr("Last rounds")));
    layout->addWidget(m_recent, 3);

    m_clock.setInterval(200);
    connect(&m_clock, &QTimer::timeout, this, &RoundsView::tick);
    m_clock.start();
}

void RoundsView::setView(const QJsonObject &view)
{
    m_view = view;
    const QLocale locale;
    const QJsonObject tableInfo = view.value(u"table").toObject();
    const QString currency = tableInfo.value(u"currency").toString();
    m_title->setText(tr("Rounds table · join code %1").arg(view.value(u"joinCode").toString()));
    QStringList pays;
    const QJsonObject paytable = tableInfo.value(u"paytable").toObject();
    for (const QString &k : BetKinds) {
        const QJsonObject p = paytable.value(k).toObject();
        pays << tr("%1 pays %2× (RTP %3 %)")
                    .arg(kindName(k), locale.toString(p.value(u"multiplier").toDouble(), 'g', 4),
                         locale.toString(p.value(u"rtp").toDouble(), 'f', 2));
    }
    m_paytable->setText(tr("A round every %1 s. %2.")
                            .arg(locale.toString(tableInfo.value(u"periodMs").toDouble() / 1000.0, 'g', 3),
                                 pays.join(u"; "_s)));

    const QJsonObject current = view.value(u"current").toObject();
    if (current.isEmpty()) {
        const QJsonObject next = view.value(u"next").toObject();
        m_round->setText(view.value(u"paused").toBool() ? tr("Paused: no round opens until you resume")
                         : next.isEmpty()               ? tr("No round open")
                                        : tr("Round %1: %2").arg(next.value(u"round").toInt())
                                              .arg(phaseName(next.value(u"phase").toString())));
        m_commit->clear();
    } else {
        m_round->setText(tr("Round %1: %2 · bets: %3 · staked: %4 %5")
                             .arg(current.value(u"round").toInt())
                             .arg(phaseName(current.value(u"phase").toString()))
                             .arg(locale.toString(current.value(u"bets").toInt()))
                             .arg(locale.toString(current.value(u"stake").toDouble(), 'f', 0), currency));
        const QString tx = current.value(u"commitTx").toString();
        m_commit->setText(tr("Seed committed as %1 %2")
                              .arg(current.value(u"seedHash").toString(),
                                   current.value(u"committedOnChain").toBool()
                                       ? tr("(on chain, transaction %1)").arg(shortHash(tx))
                                       : tr("(off chain: this host records nothing on a blockchain)")));
    }
    const QJsonObject exposure = view.value(u"exposure").toObject();
    m_exposure->setRowCount(int(BetKinds.size()));
    for (int r = 0; r < BetKinds.size(); ++r) {
        const QJsonObject e = exposure.value(BetKinds[r]).toObject();
        setRowTexts(m_exposure, r, {kindName(BetKinds[r]), locale.toString(e.value(u"bets").toInt()),
                               locale.toString(e.value(u"stake").toDouble(), 'f', 0),
                               locale.toString(e.value(u"potentialReturn").toDouble(), 'f', 0)});
    }
    const QJsonArray recent = view.value(u"recent").toArray();
    m_recent->setRowCount(int(recent.size()));
    for (int r = 0; r < recent.size(); ++r) {
        const QJsonObject o = recent.at(r).toObject();
        const QString reveal = !o.value(u"revealed").toBool() ? tr("not yet")
                               : o.value(u"revealedOnChain").toBool()
                                   ? tr("on chain (%1)").arg(shortHash(o.value(u"revealTx").toString()))
                                   : tr("revealed, off chain");
        setRowTexts(m_recent, r, {QString::number(o.value(u"round").toInt()),
                             u"%1"_s.arg(o.value(u"number").toInt(), 2, 10, QChar(u'0')),
                             locale.toString(o.value(u"bets").toInt()),
                             locale.toString(o.value(u"stake").toDouble(), 'f', 0),
                             locale.toString(o.value(u"returned").toDouble(), 'f', 0), reveal});
    }
    tick();
}

QString RoundsView::countdownText() const
{
    return m_countdown->text();
}

void RoundsView::tick()
{
    const QJsonObject current = m_view.value(u"current").toObject();
    if (current.value(u"phase").toString() != u"open") {
        m_countdown->setText(u"—"_s);
        return;
    }
    const qint64 left = qint64(current.value(u"closesAt").toDouble()) - QDateTime::currentMSecsSinceEpoch();
    m_countdown->setText(tr("%1 s").arg(QLocale().toString(std::max<qint64>(0, left) / 1000.0, 'f', 1)));
}

} // namespace steward::ui
