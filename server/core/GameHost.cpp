// SPDX-License-Identifier: GPL-3.0-or-later
#include "GameHost.h"
#include "HostCommands.h"

#include "EventJournal.h"
#include "RandomTokens.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGames, "steward.games")

namespace steward {

namespace {

QString randomId(QChar prefix, int length)
{
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";
    QString id(prefix);
    for (int i = 0; i < length; ++i)
        id += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    return id;
}

QString actorName(const Actor &who)
{
    return who.role == ActorRole::System ? u"system"_s : who.id;
}

// A command's data for the audit trail: compact, and short enough for one line of a table.
QString commandDetail(const QJsonObject &data)
{
    if (data.isEmpty())
        return {};
    const QString text = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    return text.size() > 200 ? text.left(199) + u'…' : text;
}

Status validName(const QString &name)
{
    if (name.isEmpty() || name.size() > 32)
        return Error{ErrorCode::InvalidName, u"A name has 1 to 32 characters."_s};
    for (const QChar c : name) {
        // Line and paragraph separators break a name onto two lines in every list that shows it.
        const auto kind = c.category();
        if (kind == QChar::Other_Control || kind == QChar::Other_Format || kind == QChar::Separator_Line
            || kind == QChar::Separator_Paragraph)
            return Error{ErrorCode::InvalidName, u"A name cannot hold control characters or line breaks."_s};
    }
    return Done{};
}

// The host's own configuration key: how much faster than the wall a game's clock runs.
constexpr QStringView TimeScaleKey = u"timeScale";
constexpr qint64 MaxTimeScale = 10'000;
// A real-time game behind by more ticks than this (a suspended laptop) skips the rest of the
// gap instead of racing through it: the match waits, as it does while the host is down.
constexpr qint64 MaxTickCatchUp = 100;

} // namespace

GameHost::GameHost(EventJournal &journal, const GameRegistry &kinds, const Clock &clock, QObject *parent)
    : QObject(parent), m_journal(journal), m_kinds(kinds), m_clock(clock)
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &GameHost::runDeadlines);
    connect(&m_journal, &EventJournal::commitFailed, this, [this](const QStringList &ids) {
        // Memory ran ahead of a commit that failed: go back to what the disk holds.
        for (const QString &id : ids) {
            if (auto s = rebuild(id); !s)
                qCCritical(lcGames) << "cannot rebuild" << id << s.error().message;
            emit gameChanged(id);
        }
    });
}

Result<qint64> GameHost::load()
{
    auto rows = m_journal.games();
    if (!rows)
        return rows.error();
    qint64 applied = 0;
    for (const GameRow &row : rows.value()) {
        if (!m_kinds.find(row.kind)) {
            qCWarning(lcGames) << "skipping game" << row.id << "of unknown kind" << row.kind;
            continue;
        }
        Live live;
        live.kind = row.kind;
        live.joinCode = row.joinCode;
        live.seed = row.seed;
        live.createdAt = row.createdAt;
        for (const RateBudget &b : m_kinds.find(row.kind)->rateBudgets())
            live.budgets.insert(b.commandType, b);
        QJsonObject config = row.config;
        live.timeScale = std::clamp<qint64>(config.take(TimeScaleKey).toInteger(1), 1, MaxTimeScale);
        if (auto s = replay(row.id, live, config, true); !s) {
            if (s.error().code == ErrorCode::StorageFailed)
                return s.error(); // the database, not the game: do not start half-loaded
            qCWarning(lcGames) << "skipping game" << row.id << s.error().message;
            continue;
        }
        applied += live.nextSeq - 1;
        m_joinCodes.insert(row.joinCode, row.id);
        m_games.emplace(row.id, std::move(live));
    }
    return applied;
}

void GameHost::startClock()
{
    m_clockRunning = true;
    for (auto &[id, live] : m_games)
        startTicking(id, live);
    armDeadlineTimer();
}

Status GameHost::replay(const QString &gameId, Live &live, const QJsonObject &config, bool indexPlayers)
{
    const GameKind *kind = m_kinds.find(live.kind);
    auto game = kind->create(config, live.seed);
    if (!game)
        return game.error();
    live.game = std::move(game.value());
    live.confirmationKinds = live.game->confirmationKinds();
    live.nextSeq = 1;
    live.tick = 0;
    live.snapshotSeq = 0;
    live.snapshotTick = 0;
    live.paused = false;
    // Start from the latest snapshot if the game can read it; else from the beginning.
    auto snapshot = m_journal.latestSnapshot(gameId);
    if (!snapshot)
        return snapshot.error();
    if (const std::optional<Snapshot> &snap = snapshot.value()) {
        if (auto restored = live.game->restore(snap->state); restored) {
            live.nextSeq = snap->seq + 1;
            live.tick = snap->tick;
            live.snapshotSeq = snap->seq;
            live.snapshotTick = snap->tick;
        } else {
            qCWarning(lcGames) << "replaying" << gameId << "from its start:" << restored.error().message;
            auto fresh = kind->create(config, live.seed);
            if (!fresh)
                return fresh.error();
            live.game = std::move(fresh.value());
        }
    }
    if (live.snapshotSeq > 0) {
        // Whether it was paused when the snapshot was taken, from its last pause or resume.
        auto pauses = m_journal.events(gameId, 0, {CoreEvents::Paused.toString(), CoreEvents::Resumed.toString()});
        if (!pauses)
            return pauses.error();
        for (const StoredEvent &e : pauses.value()) {
            if (e.seq <= live.snapshotSeq)
                live.paused = e.event.type == CoreEvents::Paused;
        }
    }
    if (indexPlayers && live.snapshotSeq > 0) {
        // The players seated before the snapshot, from their events alone.
        auto seated = m_journal.events(gameId, 0, {CoreEvents::PlayerJoined.toString(), CoreEvents::PlayerLeft.toString()});
        if (!seated)
            return seated.error();
        for (const StoredEvent &e : seated.value()) {
            if (e.seq <= live.snapshotSeq)
                index(gameId, *kind, e.event);
        }
    }
    auto events = m_journal.events(gameId, live.snapshotSeq);
    if (!events)
        return events.error();
    for (StoredEvent &e : events.value()) {
        e.event = kind->upcast(std::move(e.event));
        while (live.tick < e.tick)
            live.game->tick(++live.tick);
        live.game->apply(e.event, gameTime(live, e.atMs));
        notePause(live, e.event, e.atMs);
        if (indexPlayers)
            index(gameId, *kind, e.event);
        live.nextSeq = e.seq + 1;
    }
    // Ticks after the last event and snapshot were not recorded: the match goes on from here.
    live.tickOrigin = m_clock.nowMs() - live.tick * std::max(live.game->tickIntervalMs(), 0);
    scheduleDeadline(gameId, live);
    return Done{};
}

Status GameHost::rebuild(const QString &gameId)
{
    auto it = m_games.find(gameId);
    if (it == m_games.end())
        return Done{};
    // The running game's configuration is the one it was created and stored with.
    const QJsonObject config = it->second.game->config();
    return replay(gameId, it->second, config, false);
}

QString GameHost::newJoinCode() const
{
    // Six characters without look-alikes (0/O, 1/I/L), easy to read off a projector.
    static constexpr char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    QString code;
    do {
        code.clear();
        for (int i = 0; i < 6; ++i)
            code += QChar::fromLatin1(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    } while (m_joinCodes.contains(code));
    return code;
}

Result<QString> GameHost::createGame(const QString &kindId, const QJsonObject &config, const Actor &by)
{
    if (!by.isFacilitator())
        return Error{ErrorCode::Forbidden, u"Only the facilitator can create games."_s};
    const GameKind *kind = m_kinds.find(kindId);
    if (!kind)
        return Error{ErrorCode::UnknownKind, u"Unknown game kind '%1' (known: %2)."_s.arg(kindId, m_kinds.ids().join(u", "))};
    QJsonObject kindConfig = config;
    const QJsonValue scaleValue = kindConfig.take(TimeScaleKey);
    const qint64 timeScale = scaleValue.isUndefined() ? 1 : scaleValue.toInteger(0);
    if (!scaleValue.isUndefined() && (!scaleValue.isDouble() || scaleValue.toDouble() != double(timeScale)
                                      || timeScale < 1 || timeScale > MaxTimeScale))
        return Error{ErrorCode::InvalidConfig, u"timeScale must be a whole number from 1 to 10,000."_s};
    if (timeScale != 1 && !kind->scalesTime())
        return Error{ErrorCode::InvalidConfig, u"A game of kind '%1' runs on the wall's time: it takes no timeScale."_s.arg(kindId)};
    const quint64 seed = QRandomGenerator::system()->generate64();
    auto game = kind->create(kindConfig, seed);
    if (!game)
        return game.error();
    QJsonObject stored = game.value()->config();
    if (timeScale != 1)
        stored.insert(TimeScaleKey, timeScale);
    GameRow row{randomId(u'g', 10), kindId, stored, seed, newJoinCode(), m_clock.nowMs(), actorName(by)};
    if (auto s = m_journal.createGame(row); !s)
        return s.error();
    m_journal.audit(row.createdAt, row.createdBy, u"game.create"_s, u"%1 %2 (%3)"_s.arg(row.id, kindId, row.joinCode));
    m_joinCodes.insert(row.joinCode, row.id);
    const QStringList confirmationKinds = game.value()->confirmationKinds();
    Live &live = m_games[row.id];
    live.kind = kindId;
    live.joinCode = row.joinCode;
    live.seed = seed;
    live.game = std::move(game.value());
    live.confirmationKinds = confirmationKinds;
    live.createdAt = row.createdAt;
    live.timeScale = timeScale;
    for (const RateBudget &b : kind->rateBudgets())
        live.budgets.insert(b.commandType, b);
    scheduleDeadline(row.id, live);
    startTicking(row.id, live);
    armDeadlineTimer(); // a game driven by its clock starts at once
    qCInfo(lcGames) << "created" << kindId << "game" << row.id << "join code" << row.joinCode;
    emit gameChanged(row.id);
    return row.id;
}

Status GameHost::deleteGame(const QString &gameId, const Actor &by)
{
    if (!by.isFacilitator())
        return Error{ErrorCode::Forbidden, u"Only the facilitator can delete games."_s};
    const auto it = m_games.find(gameId);
    if (it == m_games.end())
        return Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))};
    if (auto s = it->second.game->deletable(); !s)
        return s.error();
    const qint64 now = m_clock.nowMs();
    m_journal.markGameDeleted(gameId, now);
    m_journal.audit(now, actorName(by), u"game.delete"_s, u"%1 %2 (%3)"_s.arg(gameId, it->second.kind, it->second.joinCode));
    m_joinCodes.remove(it->second.joinCode);
    m_games.erase(it);
    m_deadlines.remove(gameId);
    QStringList players;
    for (const PlayerRecord &p : std::as_const(m_players)) {
        if (p.gameId == gameId)
            players << p.playerId;
    }
    for (const QString &playerId : std::as_const(players)) {
        m_players.remove(playerId);
        m_spent.remove(playerId);
        m_resumeTokens.removeIf([&](const auto &r) { return r.value() == playerId; });
        emit playerLeft(playerId);
    }
    m_tampering.forgetGame(gameId);
    armDeadlineTimer();
    qCInfo(lcGames) << "deleted game" << gameId;
    emit gameDeleted(gameId);
    return Done{};
}

Result<Joined> GameHost::join(const JoinRequest &req)
{
    const QString gameId = m_joinCodes.value(req.joinCode.trimmed().toUpper());
    if (gameId.isEmpty())
        return Error{ErrorCode::UnknownJoinCode, u"No game has the join code '%1'."_s.arg(req.joinCode.left(16))};
    const QString name = req.name.trimmed();
    if (auto s = validName(name); !s)
        return s.error();
    // The seat in the kind's terms; whether it is free is the game's to say.
    auto seat = m_kinds.find(kindOf(gameId))->parseSeat(req.seat);
    if (!seat)
        return seat.error();
    Joined out;
    out.resumeToken = randomToken(24);
    out.player = PlayerRecord{randomId(u'p', 12), gameId, name, seat.value()};
    Command cmd{CoreCommands::Join.toString(), seat.value()};
    cmd.data.insert(u"playerId"_s, out.player.playerId);
    cmd.data.insert(u"name"_s, name);
    cmd.data.insert(u"resumeHash"_s, tokenFingerprint(out.resumeToken));
    if (!req.wallet.isEmpty())
        cmd.data.insert(u"wallet"_s, req.wallet);
    auto done = submit(gameId, cmd, Actor::system());
    if (!done)
        return done.error();
    return out;
}

Result<SubmitOutcome> GameHost::submitWire(const QString &gameId, const QString &type, const QJsonObject &data,
                                           const Actor &who)
{
    const auto it = m_games.find(gameId);
    if (it == m_games.end())
        return Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))};
    // Pause, resume and leaving are the host's, and carry no data of the kind's.
    auto cmd = hostcommands::handles(type) ? Result<Command>(Command{type, {}})
                                           : m_kinds.find(it->second.kind)->parse(type, data);
    Result<SubmitOutcome> out = cmd ? submit(gameId, cmd.value(), who) : Result<SubmitOutcome>(cmd.error());
    if (!out && who.role == ActorRole::Player)
        watchForTampering(gameId, type, data, out.error(), who);
    return out;
}

void GameHost::watchForTampering(const QString &gameId, const QString &type, const QJsonObject &data, const Error &refusal,
                                 const Actor &who)
{
    const auto it = m_games.find(gameId);
    if (it == m_games.end() || !m_kinds.find(it->second.kind)->tamperingCodes().contains(refusal.code.name()))
        return;
    const qint64 now = m_clock.nowMs();
    const QString sent = QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
    if (m_tampering.note(gameId, who.id, m_players.value(who.id).name, {now, type, refusal.code.name(), sent})) {
        m_journal.audit(now, who.id, u"player.flagged"_s,
                        QString::fromUtf8(QJsonDocument(QJsonObject{{u"gameId"_s, gameId}, {u"command"_s, type},
                                                                    {u"code"_s, refusal.code.name()}, {u"data"_s, sent.left(200)}})
                                              .toJson(QJsonDocument::Compact)));
    }
    emit playerFlagged(gameId, who.id);
}

Result<SubmitOutcome> GameHost::submit(const QString &gameId, const Command &cmd, const Actor &who)
{
    auto it = m_games.find(gameId);
    if (it == m_games.end())
        return Error{ErrorCode::GameNotFound, u"No game '%1'."_s.arg(gameId.left(32))};
    if (who.role == ActorRole::Player) {
        if (who.gameId != gameId)
            return Error{ErrorCode::Forbidden, u"Your token is for another game."_s};
        if (auto s = checkPlayer(who); !s)
            return s.error();
        if (auto s = spendBudget(it->second, cmd.type, who.id); !s)
            return s.error();
        if (m_recordChainIntents && m_chainBacklogged.contains(gameId))
            return Error{ErrorCode::ChainBacklog, u"This game's records wait for the blockchain node to catch up; "
                                                  "try again in a moment."_s};
    }
    const qint64 gameNow = gameTime(it->second, m_clock.nowMs());
    const Game &game = *it->second.game;
    const Result<Decision> decision = hostcommands::handles(cmd.type)
                                          ? hostcommands::decide(game, it->second.paused, cmd, who, gameNow)
                                          : game.decide(cmd, who, gameNow);
    if (!decision)
        return decision.error();
    if (decision->events.isEmpty())
        return SubmitOutcome{decision->reply, {}};
    m_commandIntents = {};
    applyAndRecord(gameId, it->second, decision->events, actorName(who));
    // What the facilitator did is in the audit trail, in the same commit as its events: the
    // support desk answers "who advanced team 3?" from it without reading a game's events.
    if (who.role == ActorRole::Facilitator) // not the host's own (a join, a deadline)
        m_journal.audit(m_clock.nowMs(), actorName(who), cmd.type,
                      u"%1 (%2) %3"_s.arg(gameId, it->second.joinCode, commandDetail(cmd.data)));
    armDeadlineTimer();
    // What this command queued for the chain; each is settled later (see ChainBridge).
    return SubmitOutcome{decision->reply, std::exchange(m_commandIntents, {})};
}

void GameHost::notePause(Live &live, const Event &e, qint64 wallNow)
{
    if (e.type == CoreEvents::Paused) {
        live.paused = true;
    } else if (e.type == CoreEvents::Resumed) {
        live.paused = false;
        // Ticks go on from where they stopped, instead of catching up on the pause.
        live.tickOrigin = wallNow - live.tick * std::max(live.game->tickIntervalMs(), 0);
    }
}

Status GameHost::spendBudget(const Live &live, const QString &type, const QString &playerId)
{
    const auto budget = live.budgets.constFind(type);
    if (budget == live.budgets.cend())
        return Done{};
    auto &mine = m_spent[playerId];
    auto bucket = mine.find(type);
    if (bucket == mine.end())
        bucket = mine.insert(type, TokenBucket(budget->burst, budget->perMinute / 60.0));
    if (!bucket->take(m_clock.nowMs()))
        return Error{ErrorCode::RateLimited, u"Too many '%1' at once: %2 a minute at most."_s.arg(type).arg(budget->perMinute)};
    return Done{};
}

void GameHost::applyAndRecord(const QString &gameId, Live &live, const QList<Event> &events, const QString &actor)
{
    const qint64 now = m_clock.nowMs();
    QList<StoredEvent> stored;
    QList<ChainReceipt> localConfirmations;
    stored.reserve(events.size());
    const qint64 gameNow = gameTime(live, now);
    for (const Event &e : events) {
        StoredEvent s{gameId, live.nextSeq++, now, actor, e, live.tick};
        m_journal.append(s);
        live.game->apply(e, gameNow);
        notePause(live, e, now);
        index(gameId, *m_kinds.find(live.kind), e);
        if (m_recordChainIntents) {
            const QList<ChainIntent> intents = live.game->chainIntents(s);
            for (const ChainIntent &intent : intents) {
                const qint64 id = m_journal.appendIntent(gameId, intent, now);
                m_commandIntents.append(QueuedIntent{id, intent.kind, intent.intentId});
            }
        } else if (!live.confirmationKinds.isEmpty()) {
            // No chain: what the game waits for is confirmed at once, off chain.
            const QList<ChainIntent> intents = live.game->chainIntents(s);
            for (const ChainIntent &intent : intents) {
                if (live.confirmationKinds.contains(intent.kind))
                    localConfirmations.append(ChainReceipt{0, intent.kind, intent.callData, {}, 0, false});
            }
        }
        stored << s;
    }
    scheduleDeadline(gameId, live);
    maybeSnapshot(gameId, live);
    emit eventsApplied(gameId, stored);
    emit gameChanged(gameId);
    for (const ChainReceipt &receipt : std::as_const(localConfirmations)) {
        const QList<Event> reaction = live.game->onChainConfirmed(receipt);
        if (!reaction.isEmpty())
            applyAndRecord(gameId, live, reaction, u"chain"_s);
    }
}

void GameHost::deliverConfirmation(const QString &gameId, const ChainReceipt &receipt)
{
    const auto it = m_games.find(gameId);
    if (it != m_games.end() && it->second.confirmationKinds.contains(receipt.kind)) {
        const QList<Event> reaction = it->second.game->onChainConfirmed(receipt);
        if (!reaction.isEmpty())
            applyAndRecord(gameId, it->second, reaction, u"chain"_s);
        armDeadlineTimer();
    }
    // Marked in the same commit as the reaction, so a crash cannot lose or repeat it.
    if (receipt.outboxId > 0)
        m_journal.markIntentDelivered(receipt.outboxId, m_clock.nowMs());
}

QStringList GameHost::confirmationKinds() const
{
    QStringList kinds;
    for (const auto &[id, live] : m_games) {
        for (const QString &k : live.confirmationKinds) {
            if (!kinds.contains(k))
                kinds << k;
        }
    }
    return kinds;
}

void GameHost::index(const QString &gameId, const GameKind &kind, const Event &e)
{
    const QJsonObject &d = e.data;
    if (e.type == CoreEvents::PlayerLeft) {
        const QString playerId = d.value(u"playerId").toString();
        m_players.remove(playerId);
        m_spent.remove(playerId);
        m_resumeTokens.removeIf([&](const auto &it) { return it.value() == playerId; });
        emit playerLeft(playerId);
        return;
    }
    if (e.type != CoreEvents::PlayerJoined)
        return;
    PlayerRecord p{d.value(u"playerId").toString(), gameId, d.value(u"name").toString(), kind.seatOf(d)};
    m_resumeTokens.insert(d.value(u"resumeHash").toString(), p.playerId);
    m_players.insert(p.playerId, p);
}

void GameHost::armDeadlineTimer()
{
    if (!m_clockRunning)
        return;
    const std::optional<qint64> earliest = m_deadlines.earliest();
    if (!earliest) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*earliest - m_clock.nowMs(), 0, 24 * 3600 * 1000);
    m_deadlineTimer.start(std::chrono::milliseconds(wait));
}

void GameHost::runDeadlines()
{
    const qint64 now = m_clock.nowMs();
    // Only the games that are due, in the order their deadlines fell.
    const QStringList due = m_deadlines.takeDue(now);
    for (const QString &id : due) {
        const auto it = m_games.find(id);
        if (it == m_games.end())
            continue;
        Live &live = it->second;
        const QList<Event> events = live.game->onDeadline(gameTime(live, now));
        if (!events.isEmpty())
            applyAndRecord(id, live, events, u"system"_s);
        else
            scheduleDeadline(id, live);
    }
    armDeadlineTimer();
}

qint64 GameHost::gameTime(const Live &live, qint64 wallMs) const
{
    return live.createdAt + (wallMs - live.createdAt) * live.timeScale;
}

qint64 GameHost::wallTime(const Live &live, qint64 gameMs) const
{
    // Rounded up: a timer never fires before its game time.
    const qint64 since = gameMs - live.createdAt;
    const qint64 wall = since >= 0 ? (since + live.timeScale - 1) / live.timeScale : since / live.timeScale;
    return live.createdAt + wall;
}

void GameHost::scheduleDeadline(const QString &gameId, const Live &live)
{
    const std::optional<qint64> due = live.game->nextDeadline();
    m_deadlines.set(gameId, due ? std::optional<qint64>(wallTime(live, *due)) : std::nullopt);
}

void GameHost::startTicking(const QString &gameId, Live &live)
{
    const int interval = live.game->tickIntervalMs();
    if (!m_clockRunning || interval <= 0 || live.ticker)
        return;
    live.tickOrigin = m_clock.nowMs() - live.tick * interval;
    live.ticker = std::make_unique<QTimer>();
    live.ticker->setTimerType(Qt::PreciseTimer);
    live.ticker->setInterval(interval);
    connect(live.ticker.get(), &QTimer::timeout, this, [this, gameId] {
        if (const auto it = m_games.find(gameId); it != m_games.end())
            runTicks(gameId, it->second);
    });
    live.ticker->start();
}

void GameHost::runTicks()
{
    for (auto &[id, live] : m_games)
        runTicks(id, live);
}

void GameHost::runTicks(const QString &gameId, Live &live)
{
    const int interval = live.game->tickIntervalMs();
    if (interval <= 0 || !m_clockRunning || live.paused)
        return;
    const qint64 due = (m_clock.nowMs() - live.tickOrigin) / interval;
    qint64 steps = due - live.tick;
    if (steps <= 0)
        return;
    if (steps > MaxTickCatchUp) {
        live.tickOrigin += (steps - MaxTickCatchUp) * interval;
        steps = MaxTickCatchUp;
    }
    TickStats &stats = m_tickStats[live.kind];
    stats.late += steps - 1;
    QElapsedTimer took;
    for (qint64 i = 0; i < steps; ++i) {
        took.start();
        live.game->tick(++live.tick);
        stats.add(double(took.nsecsElapsed()) / 1e6);
    }
    scheduleDeadline(gameId, live);
    maybeSnapshot(gameId, live);
    armDeadlineTimer();
    emit ticked(gameId);
}

qint64 GameHost::ticksRun(const QString &gameId) const
{
    const auto it = m_games.find(gameId);
    return it == m_games.end() ? 0 : it->second.tick;
}

void GameHost::setSnapshotInterval(qint64 events, qint64 tickedMs)
{
    m_snapshotEveryEvents = std::max<qint64>(events, 1);
    m_snapshotEveryTickedMs = std::max<qint64>(tickedMs, 1);
}

void GameHost::maybeSnapshot(const QString &gameId, Live &live, bool force)
{
    if (!live.keepsSnapshots)
        return;
    const qint64 lastSeq = live.nextSeq - 1;
    const qint64 events = lastSeq - live.snapshotSeq;
    const int interval = live.game->tickIntervalMs();
    const qint64 tickedMs = interval > 0 ? (live.tick - live.snapshotTick) * interval : 0;
    const bool changed = events > 0 || live.tick > live.snapshotTick;
    if (!changed || (!force && events < m_snapshotEveryEvents && tickedMs < m_snapshotEveryTickedMs))
        return;
    const QJsonObject state = live.game->snapshot();
    if (state.isEmpty()) {
        live.keepsSnapshots = false; // the kind keeps none: do not ask again
        return;
    }
    m_journal.appendSnapshot(Snapshot{gameId, lastSeq, live.tick, m_clock.nowMs(), state});
    live.snapshotSeq = lastSeq;
    live.snapshotTick = live.tick;
}

void GameHost::snapshotAll()
{
    for (auto &[id, live] : m_games)
        maybeSnapshot(id, live, true);
}

const Game *GameHost::game(const QString &gameId) const
{
    const auto it = m_games.find(gameId);
    return it == m_games.end() ? nullptr : it->second.game.get();
}

QString GameHost::kindOf(const QString &gameId) const
{
    const auto it = m_games.find(gameId);
    return it == m_games.end() ? QString() : it->second.kind;
}

QString GameHost::joinCode(const QString &gameId) const
{
    const auto it = m_games.find(gameId);
    return it == m_games.end() ? QString() : it->second.joinCode;
}

QString GameHost::gameForJoinCode(const QString &code) const
{
    return m_joinCodes.value(code.trimmed().toUpper());
}

QStringList GameHost::gameIds() const
{
    QStringList ids;
    for (const auto &[id, live] : m_games)
        ids << id;
    return ids;
}

QJsonArray GameHost::summaries() const
{
    QJsonArray games;
    for (const auto &[id, live] : m_games)
        games.append(summary(id));
    return games;
}

QJsonObject GameHost::summary(const QString &gameId) const
{
    const auto it = m_games.find(gameId);
    if (it == m_games.end())
        return {};
    QJsonObject s = it->second.game->summary();
    s.insert(u"gameId"_s, gameId);
    s.insert(u"joinCode"_s, it->second.joinCode);
    s.insert(u"kind"_s, it->second.kind); // every game's, so a list of several kinds can say which is which
    if (it->second.timeScale != 1)
        s.insert(TimeScaleKey, it->second.timeScale);
    return s;
}

Result<QJsonObject> GameHost::openSeats(const QString &joinCode) const
{
    const QString gameId = gameForJoinCode(joinCode);
    const auto it = m_games.find(gameId);
    if (gameId.isEmpty() || it == m_games.end())
        return Error{ErrorCode::UnknownJoinCode, u"No game has the join code '%1'."_s.arg(joinCode.left(16))};
    QJsonObject seats = it->second.game->openSeats();
    seats.insert(u"kind"_s, it->second.kind);
    seats.insert(u"joinCode"_s, it->second.joinCode);
    return seats;
}

QJsonObject GameHost::viewFor(const QString &gameId, const Actor &who) const
{
    const auto it = m_games.find(gameId);
    if (it == m_games.end())
        return {};
    QJsonObject v = it->second.game->viewFor(who);
    v.insert(u"gameId"_s, gameId);
    if (who.isFacilitator())
        v.insert(u"joinCode"_s, it->second.joinCode);
    return v;
}

QString GameHost::sharedViewKey(const QString &gameId, const Actor &who) const
{
    const auto it = m_games.find(gameId);
    if (it == m_games.end())
        return {};
    const QString key = it->second.game->sharedViewKey(who);
    if (key.isEmpty())
        return {};
    return who.isFacilitator() ? key + u"/facilitator"_s : key;
}

const PlayerRecord *GameHost::player(const QString &playerId) const
{
    const auto it = m_players.constFind(playerId);
    return it == m_players.cend() ? nullptr : &it.value();
}

const PlayerRecord *GameHost::playerByResumeToken(const QString &resumeToken) const
{
    if (resumeToken.isEmpty() || resumeToken.size() > 128)
        return nullptr;
    return player(m_resumeTokens.value(tokenFingerprint(resumeToken)));
}

Status GameHost::checkPlayer(const Actor &who) const
{
    const PlayerRecord *p = player(who.id);
    if (!p || p->gameId != who.gameId || p->seat != who.seat)
        return Error{ErrorCode::TokenInvalid, u"This token does not belong to a seat in this game."_s};
    return Done{};
}

} // namespace steward
