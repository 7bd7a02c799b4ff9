// SPDX-License-Identifier: GPL-3.0-or-later
// Channels on one WebSocket (docs/protocol.md, "Channels"), on a real host through real sockets:
// a facilitator following two games gets each game's pushes named and diffed apart; the lobby
// pushes the list of games as games come and go; a game's chat reaches its room and no other,
// within each sender's budget; a player follows nothing of another game; a session's channels
// are bounded; and `subscribe` still replaces the game it followed. The host runs on a clock
// turned by hand, so budgets are counted exactly. The games are the tests' counter kind.
#include "games/counter/CounterGame.h"

#include "HttpClient.h"
#include "ManualClock.h"
#include "TestHost.h"
#include "WsClient.h"

#include "server/core/GameRegistry.h"
#include "server/net/WsGateway.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace steward;
using namespace Qt::StringLiterals;

namespace {
bool isOk(const QJsonObject &reply)
{
    return reply.value(u"type"_s) == u"ok"_s;
}

QString codeOf(const QJsonObject &reply)
{
    return reply.value(u"type"_s) == u"error"_s ? reply.value(u"code"_s).toString() : u"(not an error)"_s;
}

QString gameChannel(const QString &gameId)
{
    return u"game:"_s + gameId;
}

QString chatChannel(const QString &gameId)
{
    return u"chat:"_s + gameId;
}

QStringList gameIdsIn(const QJsonObject &lobbyPush)
{
    QStringList ids;
    const QJsonArray games = lobbyPush.value(u"data"_s).toObject().value(u"games"_s).toArray();
    for (const QJsonValue &g : games)
        ids << g.toObject().value(u"gameId"_s).toString();
    return ids;
}
} // namespace

class TestChannels : public QObject
{
    Q_OBJECT
private:
    // The host's clock starts at the wall's, so the tokens it issues are as any host's.
    ManualClock m_clock{QDateTime::currentMSecsSinceEpoch()};
    std::unique_ptr<TestHost> m_host;
    std::unique_ptr<HttpClient> m_http;
    QString m_admin;

    struct Game
    {
        QString id;
        QString joinCode;
    };

    Game createGame()
    {
        const HttpReply created = m_http->post(u"/api/games/create"_s, {{u"kind"_s, u"counter"_s}}, m_admin);
        return {created.json.value(u"gameId"_s).toString(), created.json.value(u"joinCode"_s).toString()};
    }

    // A player seated in `game`: {playerId, token, ...}.
    QJsonObject join(const Game &game, const QString &name)
    {
        return m_http->post(u"/api/games/join"_s, {{u"joinCode"_s, game.joinCode}, {u"name"_s, name}, {u"team"_s, 1},
                                                   {u"role"_s, u"any"_s}})
            .json;
    }

    std::unique_ptr<WsClient> connectAs(const QString &token)
    {
        auto ws = std::make_unique<WsClient>(m_host->wsUrl());
        if (!ws->waitConnected() || !isOk(ws->request(u"auth"_s, {{u"token"_s, token}})))
            return nullptr;
        return ws;
    }

    // A player's socket, once its own game's first state is in.
    std::unique_ptr<WsClient> playerSocket(const QJsonObject &player)
    {
        auto ws = connectAs(player.value(u"token"_s).toString());
        if (ws && ws->waitForState([](const QJsonObject &v) { return v.contains(u"count"_s); }).isEmpty())
            return nullptr;
        return ws;
    }

    static QJsonObject follow(WsClient &ws, const QString &channel)
    {
        return ws.request(u"follow"_s, {{u"channel"_s, channel}});
    }

    static QJsonObject say(WsClient &ws, const QString &text, const QJsonObject &more = {})
    {
        QJsonObject data = more;
        data.insert(u"text"_s, text);
        return ws.request(u"chat.send"_s, data);
    }

    // Once the answer to a ping is in, everything the host sent the socket before it is in too.
    static bool settle(WsClient &ws)
    {
        return isOk(ws.request(u"ping"_s));
    }

    static QList<QJsonObject> chatsOf(const WsClient &ws)
    {
        QList<QJsonObject> out;
        for (const QJsonObject &m : ws.received()) {
            if (m.value(u"type"_s) == u"chat.message"_s)
                out << m.value(u"data"_s).toObject();
        }
        return out;
    }

private slots:
    void init()
    {
        m_host = std::make_unique<TestHost>(
            [](GameRegistry &kinds) { kinds.add(std::make_unique<counter::CounterKind>()); }, &m_clock);
        QVERIFY2(m_host->ok(), qPrintable(m_host->error()));
        m_http = std::make_unique<HttpClient>(m_host->httpUrl());
        m_admin = m_http->signIn(QString::fromLatin1(TestHost::Password));
        QVERIFY(!m_admin.isEmpty());
    }

    void cleanup()
    {
        m_http.reset();
        m_host.reset();
    }

    void aFacilitatorFollowingTwoGamesGetsEachGamesPushesNamedAndDiffedApart()
    {
        const Game a = createGame();
        const Game b = createGame();
        const QJsonObject adaSeat = join(a, u"Ada"_s);
        auto ada = playerSocket(adaSeat);
        const QJsonObject boSeat = join(b, u"Bo"_s);
        const QString boId = boSeat.value(u"playerId"_s).toString();
        auto bo = playerSocket(boSeat);
        QVERIFY(ada && bo);
        // A player follows one game: its frames are as they always were, naming no game.
        for (const QJsonObject &m : ada->received())
            QVERIFY(!m.contains(u"gameId"_s));

        auto desk = connectAs(m_admin);
        QVERIFY(desk);
        QCOMPARE(follow(*desk, gameChannel(a.id)).value(u"data"_s).toObject().value(u"channel"_s).toString(),
                 gameChannel(a.id));
        const QJsonObject firstA = desk->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; });
        QCOMPARE(firstA.value(u"data"_s).toObject().value(u"gameId"_s).toString(), a.id);
        QVERIFY2(!firstA.contains(u"gameId"_s), "one game followed: the frame is as before channels");

        qsizetype from = desk->received().size();
        QVERIFY(isOk(follow(*desk, gameChannel(b.id))));
        const QJsonObject firstB = desk->waitFor(
            [](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; }, 5000, from);
        QCOMPARE(firstB.value(u"gameId"_s).toString(), b.id);
        QCOMPARE(firstB.value(u"data"_s).toObject().value(u"gameId"_s).toString(), b.id);

        // Each game's change reaches the desk as a delta naming that game, diffed against what
        // was pushed of that game alone.
        from = desk->received().size();
        QVERIFY(isOk(ada->request(u"counter.add"_s, {{u"by"_s, 3}})));
        const QJsonObject deltaA = desk->waitFor(
            [](const QJsonObject &m) { return m.value(u"type"_s) == u"state.delta"_s; }, 5000, from);
        QCOMPARE(deltaA.value(u"gameId"_s).toString(), a.id);
        QCOMPARE(deltaA.value(u"data"_s).toObject().value(u"count"_s).toInteger(), 3);

        from = desk->received().size();
        QVERIFY(isOk(bo->request(u"counter.add"_s, {{u"by"_s, 2}})));
        const QJsonObject deltaB = desk->waitFor(
            [](const QJsonObject &m) { return m.value(u"type"_s) == u"state.delta"_s; }, 5000, from);
        QCOMPARE(deltaB.value(u"gameId"_s).toString(), b.id);
        QCOMPARE(deltaB.value(u"data"_s).toObject().value(u"count"_s).toInteger(), 2);
        // Bo's patch holds Bo's entry alone: nothing of game A leaked into B's last view.
        QCOMPARE(deltaB.value(u"patch"_s).toObject().value(u"byPlayer"_s).toObject().size(), 1);

        const QString adaId = adaSeat.value(u"playerId"_s).toString();
        QCOMPARE(desk->viewOf(a.id).value(u"count"_s).toInteger(), 3);
        QCOMPARE(desk->viewOf(b.id).value(u"count"_s).toInteger(), 2);
        QCOMPARE(desk->viewOf(a.id).value(u"byPlayer"_s).toObject(), (QJsonObject{{adaId, 3}}));
        QCOMPARE(desk->viewOf(b.id).value(u"players"_s).toArray(), (QJsonArray{u"Bo"_s}));

        // state.get names one followed game, or pushes each.
        from = desk->received().size();
        QVERIFY(isOk(desk->request(u"state.get"_s, {{u"gameId"_s, b.id}})));
        QCOMPARE(desk->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; }, 5000, from)
                     .value(u"gameId"_s)
                     .toString(),
                 b.id);
        const Game other = createGame();
        QCOMPARE(codeOf(desk->request(u"state.get"_s, {{u"gameId"_s, other.id}})), u"BAD_REQUEST"_s);

        // Back to one game, the frames name none again.
        QVERIFY(isOk(desk->request(u"unfollow"_s, {{u"channel"_s, gameChannel(b.id)}})));
        from = desk->received().size();
        QVERIFY(isOk(ada->request(u"counter.add"_s, {{u"by"_s, 1}})));
        const QJsonObject alone = desk->waitFor(
            [](const QJsonObject &m) { return m.value(u"type"_s) == u"state.delta"_s; }, 5000, from);
        QVERIFY(!alone.contains(u"gameId"_s));
        QCOMPARE(alone.value(u"data"_s).toObject().value(u"count"_s).toInteger(), 4);
        // Nothing of B after it was unfollowed: B changes first, then A, and once A's change is
        // in, so is any push of B that the same or an earlier turn would have sent.
        QVERIFY(isOk(bo->request(u"counter.add"_s, {{u"by"_s, 1}})));
        QVERIFY(isOk(ada->request(u"counter.add"_s, {{u"by"_s, 1}})));
        QVERIFY(!desk->waitFor([](const QJsonObject &m) {
                         return m.value(u"type"_s) == u"state.delta"_s
                             && m.value(u"data"_s).toObject().value(u"count"_s).toInteger() == 5;
                     }, 5000, from)
                     .isEmpty());
        QVERIFY(settle(*desk));
        // A's count went 4, 5; B's would have gone to 3, with Bo's entry patched.
        for (qsizetype i = from; i < desk->received().size(); ++i) {
            const QJsonObject &m = desk->received().at(i);
            QVERIFY(m.value(u"type"_s) != u"state"_s);
            if (m.value(u"type"_s) != u"state.delta"_s)
                continue;
            QVERIFY(!m.contains(u"gameId"_s));
            QVERIFY(m.value(u"data"_s).toObject().value(u"count"_s).toInteger() != 3);
            QVERIFY(!m.value(u"patch"_s).toObject().value(u"byPlayer"_s).toObject().contains(boId));
        }
    }

    // The counter's view is the same for everyone (Game::sharedViewKey), so a change is built
    // and encoded once for all who saw the same version before it. Yet each watcher gets it
    // from its own last view (a player who came in between) and in its own framing (a desk that
    // follows two games gets frames naming the game, a desk that follows one does not).
    void aSharedViewReachesEachWatcherFromItsOwnLastViewInItsOwnFraming()
    {
        const Game a = createGame();
        const Game b = createGame();
        const QJsonObject adaSeat = join(a, u"Ada"_s);
        const QJsonObject beaSeat = join(a, u"Bea"_s);
        auto ada = playerSocket(adaSeat);
        auto bea = playerSocket(beaSeat);
        auto both = connectAs(m_admin);
        auto justA = connectAs(m_admin);
        QVERIFY(ada && bea && both && justA);
        QVERIFY(isOk(follow(*both, gameChannel(a.id))));
        QVERIFY(isOk(follow(*both, gameChannel(b.id))));
        QVERIFY(isOk(follow(*justA, gameChannel(a.id))));
        QVERIFY(!both->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; }).isEmpty());
        QVERIFY(!justA->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; }).isEmpty());
        const qsizetype bothFrom = both->received().size();

        QVERIFY(isOk(ada->request(u"counter.add"_s, {{u"by"_s, 3}})));
        const QJsonObject cySeat = join(a, u"Cy"_s);
        auto cy = playerSocket(cySeat);
        QVERIFY(cy);
        QVERIFY(isOk(bea->request(u"counter.add"_s, {{u"by"_s, 2}})));
        QVERIFY(isOk(cy->request(u"counter.add"_s, {{u"by"_s, 4}})));

        const QJsonObject expected{
            {adaSeat.value(u"playerId"_s).toString(), 3},
            {beaSeat.value(u"playerId"_s).toString(), 2},
            {cySeat.value(u"playerId"_s).toString(), 4}};
        const auto atNine = [](const QJsonObject &v) { return v.value(u"count"_s).toInteger() == 9; };
        for (WsClient *player : {ada.get(), bea.get(), cy.get()}) {
            QVERIFY(!player->waitForState(atNine).isEmpty());
            QCOMPARE(player->view().value(u"byPlayer"_s).toObject(), expected);
            QCOMPARE(player->view().value(u"players"_s).toArray(), (QJsonArray{u"Ada"_s, u"Bea"_s, u"Cy"_s}));
        }
        // A facilitator's view is a player's with the join code beside it.
        QJsonObject deskView = ada->view();
        deskView.insert(u"joinCode"_s, a.joinCode);
        QVERIFY(!justA->waitForState(atNine).isEmpty());
        QCOMPARE(justA->view(), deskView);
        QTRY_COMPARE(both->viewOf(a.id).value(u"count"_s).toInteger(), 9);
        QCOMPARE(both->viewOf(a.id), deskView);
        for (const QJsonObject &m : justA->received())
            QVERIFY2(!m.contains(u"gameId"_s), "one game followed: no frame names it");
        for (qsizetype i = bothFrom; i < both->received().size(); ++i) {
            const QJsonObject &m = both->received().at(i);
            if (m.value(u"type"_s).toString().startsWith(u"state"_s))
                QVERIFY2(m.contains(u"gameId"_s), "two games followed: every push names its game");
        }
    }

    void theLobbyPushesTheListOfGamesAsGamesComeAndGo()
    {
        const Game a = createGame();
        auto desk = connectAs(m_admin);
        QVERIFY(desk);
        QVERIFY(isOk(follow(*desk, u"lobby"_s)));
        const QJsonObject first = desk->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"lobby"_s; });
        QCOMPARE(first.value(u"data"_s).toObject(), m_http->get(u"/api/games"_s, m_admin).json);
        QCOMPARE(gameIdsIn(first), QStringList{a.id});

        qsizetype from = desk->received().size();
        const Game b = createGame();
        const QJsonObject grown = desk->waitFor(
            [&](const QJsonObject &m) { return m.value(u"type"_s) == u"lobby"_s && gameIdsIn(m).contains(b.id); }, 5000,
            from);
        QVERIFY2(!grown.isEmpty(), "the new game was not pushed");
        QCOMPARE(gameIdsIn(grown).size(), 2);

        // A summary that changes is pushed too: a player joining.
        from = desk->received().size();
        join(b, u"Bo"_s);
        QVERIFY(!desk->waitFor([&](const QJsonObject &m) {
                        const QJsonArray games = m.value(u"data"_s).toObject().value(u"games"_s).toArray();
                        for (const QJsonValue &g : games) {
                            if (g.toObject().value(u"gameId"_s) == b.id && g.toObject().value(u"players"_s).toInt() == 1)
                                return m.value(u"type"_s) == u"lobby"_s;
                        }
                        return false;
                    }, 5000, from)
                     .isEmpty());

        from = desk->received().size();
        QCOMPARE(m_http->post(u"/api/games/delete"_s, {{u"gameId"_s, a.id}}, m_admin).status, 200);
        const QJsonObject shrunk = desk->waitFor(
            [&](const QJsonObject &m) { return m.value(u"type"_s) == u"lobby"_s && !gameIdsIn(m).contains(a.id); }, 5000,
            from);
        QVERIFY2(!shrunk.isEmpty(), "the deleted game stayed in the list");
        QCOMPARE(gameIdsIn(shrunk), QStringList{b.id});

        // Unfollowed, the lobby pushes nothing more: another console still following it hears of
        // a new game, and whatever that push went with has reached the first by its next answer.
        auto other = connectAs(m_admin);
        QVERIFY(other);
        QVERIFY(isOk(follow(*other, u"lobby"_s)));
        QVERIFY(isOk(desk->request(u"unfollow"_s, {{u"channel"_s, u"lobby"_s}})));
        from = desk->received().size();
        const Game c = createGame();
        QVERIFY(!other->waitFor([&](const QJsonObject &m) {
                          return m.value(u"type"_s) == u"lobby"_s && gameIdsIn(m).contains(c.id);
                      }).isEmpty());
        QVERIFY(settle(*desk));
        for (qsizetype i = from; i < desk->received().size(); ++i)
            QVERIFY(desk->received().at(i).value(u"type"_s) != u"lobby"_s);

        // The lobby is the facilitator's.
        auto bo = playerSocket(join(b, u"Cy"_s));
        QVERIFY(bo);
        QCOMPARE(codeOf(follow(*bo, u"lobby"_s)), u"FORBIDDEN"_s);
    }

    void chatReachesTheGamesPlayersAndTheFacilitatorOnly()
    {
        const Game a = createGame();
        const Game b = createGame();
        const QJsonObject adaSeat = join(a, u"Ada"_s);
        auto ada = playerSocket(adaSeat);
        auto cy = playerSocket(join(a, u"Cy"_s));
        auto bo = playerSocket(join(b, u"Bo"_s));
        auto desk = connectAs(m_admin);
        QVERIFY(ada && cy && bo && desk);
        for (WsClient *ws : {ada.get(), cy.get()})
            QVERIFY(isOk(follow(*ws, chatChannel(a.id))));
        QVERIFY(isOk(follow(*bo, chatChannel(b.id))));
        QVERIFY(isOk(follow(*desk, chatChannel(a.id))));

        const QJsonObject sent = say(*ada, u"  Hello, team!  "_s);
        QVERIFY2(isOk(sent), qPrintable(codeOf(sent)));
        QCOMPARE(sent.value(u"data"_s).toObject().value(u"gameId"_s).toString(), a.id);
        for (WsClient *ws : {ada.get(), cy.get(), desk.get()}) {
            const QJsonObject heard = ws->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"chat.message"_s; });
            const QJsonObject data = heard.value(u"data"_s).toObject();
            QCOMPARE(data.value(u"gameId"_s).toString(), a.id);
            QCOMPARE(data.value(u"text"_s).toString(), u"Hello, team!"_s);
            QCOMPARE(data.value(u"from"_s).toObject(),
                     (QJsonObject{{u"role"_s, u"player"_s}, {u"playerId"_s, adaSeat.value(u"playerId"_s)}, {u"name"_s, u"Ada"_s}}));
            QCOMPARE(data.value(u"at"_s).toInteger(), m_clock.now);
        }

        // The facilitator speaks in a room it names; Bo's room hears its own message and not Ada's.
        QVERIFY(isOk(say(*desk, u"Week two starts now."_s, {{u"gameId"_s, a.id}})));
        QVERIFY(!cy->waitFor([](const QJsonObject &m) {
                       return m.value(u"type"_s) == u"chat.message"_s
                           && m.value(u"data"_s).toObject().value(u"from"_s).toObject().value(u"role"_s) == u"facilitator"_s;
                   }).isEmpty());
        QVERIFY(isOk(say(*bo, u"Anyone there?"_s)));
        QVERIFY(!bo->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"chat.message"_s; }).isEmpty());
        QVERIFY(settle(*bo));
        const QList<QJsonObject> boHeard = chatsOf(*bo);
        QCOMPARE(boHeard.size(), 1);
        QCOMPARE(boHeard.first().value(u"text"_s).toString(), u"Anyone there?"_s);
        QCOMPARE(boHeard.first().value(u"gameId"_s).toString(), b.id);
        QVERIFY(settle(*desk));
        QCOMPARE(chatsOf(*desk).size(), 2); // Ada's and its own, not Bo's

        // A player speaks and listens in their own game's room only.
        QCOMPARE(codeOf(follow(*ada, chatChannel(b.id))), u"FORBIDDEN"_s);
        QCOMPARE(codeOf(say(*ada, u"psst"_s, {{u"gameId"_s, b.id}})), u"FORBIDDEN"_s);
        // Text: trimmed, then 1 to 500 characters (code points: an emoji is one).
        QCOMPARE(codeOf(say(*ada, u"   "_s)), u"BAD_REQUEST"_s);
        QCOMPARE(codeOf(say(*ada, QString(501, u'x'))), u"BAD_REQUEST"_s);
        QCOMPARE(codeOf(ada->request(u"chat.send"_s, {{u"text"_s, 7}})), u"BAD_REQUEST"_s);
        QString emojis;
        for (int i = 0; i < 500; ++i)
            emojis += QString::fromUtf8("\xF0\x9F\x8D\xBA");
        QVERIFY(isOk(say(*ada, emojis)));
        QCOMPARE(codeOf(say(*desk, u"hello"_s, {{u"gameId"_s, u"nosuchgame"_s}})), u"GAME_NOT_FOUND"_s);

        // Unfollowed, a room is silent.
        QVERIFY(isOk(cy->request(u"unfollow"_s, {{u"channel"_s, chatChannel(a.id)}})));
        const qsizetype cyHeard = chatsOf(*cy).size();
        m_clock.advanceSeconds(60);
        QVERIFY(isOk(say(*ada, u"still here?"_s)));
        QVERIFY(!desk->waitFor([](const QJsonObject &m) {
                         return m.value(u"data"_s).toObject().value(u"text"_s) == u"still here?"_s;
                     }).isEmpty());
        QVERIFY(settle(*cy));
        QCOMPARE(chatsOf(*cy).size(), cyHeard);
    }

    void aChatFloodIsRefusedPastTheSendersBudget()
    {
        const Game a = createGame();
        const QJsonObject adaSeat = join(a, u"Ada"_s);
        auto ada = playerSocket(adaSeat);
        auto adaAgain = playerSocket(adaSeat); // a second tab: the same sender, the same budget
        auto cy = playerSocket(join(a, u"Cy"_s));
        QVERIFY(ada && adaAgain && cy);
        QVERIFY(isOk(follow(*cy, chatChannel(a.id))));

        // Five at once, the sixth refused; the clock does not move meanwhile.
        int accepted = 0;
        for (int i = 0; i < 5; ++i)
            accepted += isOk(say(*ada, u"spam %1"_s.arg(i)));
        QCOMPARE(accepted, 5);
        const QJsonObject sixth = say(*ada, u"spam 5"_s);
        QCOMPARE(codeOf(sixth), u"RATE_LIMITED"_s);
        QCOMPARE(codeOf(say(*adaAgain, u"from the other tab"_s)), u"RATE_LIMITED"_s);
        // Another player has a budget of their own.
        QVERIFY(isOk(say(*cy, u"calm down"_s)));

        // 30 a minute: two seconds give one more, and only one.
        m_clock.advanceSeconds(2);
        QVERIFY(isOk(say(*adaAgain, u"one more"_s)));
        QCOMPARE(codeOf(say(*ada, u"and another"_s)), u"RATE_LIMITED"_s);

        // What was refused was not said.
        QVERIFY(settle(*cy));
        QStringList heard;
        for (const QJsonObject &m : chatsOf(*cy))
            heard << m.value(u"text"_s).toString();
        QCOMPARE(heard, (QStringList{u"spam 0"_s, u"spam 1"_s, u"spam 2"_s, u"spam 3"_s, u"spam 4"_s,
                                     u"calm down"_s, u"one more"_s}));
    }

    void aPlayerFollowsNothingOfAnotherGame()
    {
        const Game a = createGame();
        const Game b = createGame();
        auto ada = playerSocket(join(a, u"Ada"_s));
        auto desk = connectAs(m_admin);
        QVERIFY(ada && desk);
        QCOMPARE(codeOf(follow(*ada, gameChannel(b.id))), u"FORBIDDEN"_s);
        QCOMPARE(codeOf(follow(*ada, u"game:nosuchgame"_s)), u"FORBIDDEN"_s); // no word of what exists
        QCOMPARE(codeOf(ada->request(u"subscribe"_s, {{u"gameId"_s, b.id}})), u"FORBIDDEN"_s);
        QCOMPARE(codeOf(follow(*desk, u"game:nosuchgame"_s)), u"GAME_NOT_FOUND"_s);
        for (const QString &bad : {u"weather"_s, u"game:"_s, u"chat"_s, u""_s})
            QCOMPARE(codeOf(follow(*ada, bad)), u"UNKNOWN_CHANNEL"_s);
        QCOMPARE(codeOf(ada->request(u"unfollow"_s, {{u"channel"_s, u"weather"_s}})), u"UNKNOWN_CHANNEL"_s);

        // Its own game it may follow again: a whole view comes, as after `state.get`.
        const qsizetype from = ada->received().size();
        QVERIFY(isOk(follow(*ada, gameChannel(a.id))));
        QVERIFY(!ada->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; }, 5000, from).isEmpty());
    }

    void aSessionFollowsABoundedNumberOfChannels()
    {
        auto desk = connectAs(m_admin);
        QVERIFY(desk);
        QCOMPARE(WsGateway::MaxChannels, 16);
        QList<Game> games;
        for (int i = 0; i < WsGateway::MaxChannels / 2; ++i)
            games << createGame();
        for (const Game &g : std::as_const(games)) {
            QVERIFY(isOk(follow(*desk, gameChannel(g.id))));
            QVERIFY(isOk(follow(*desk, chatChannel(g.id))));
        }
        QCOMPARE(codeOf(follow(*desk, u"lobby"_s)), u"TOO_MANY_CHANNELS"_s);
        // One already followed is no new channel.
        QVERIFY(isOk(follow(*desk, chatChannel(games.first().id))));

        const QJsonArray sessions = m_http->get(u"/api/sessions"_s, m_admin).json.value(u"sessions"_s).toArray();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.first().toObject().value(u"channels"_s).toArray().size(), WsGateway::MaxChannels);

        QVERIFY(isOk(desk->request(u"unfollow"_s, {{u"channel"_s, chatChannel(games.first().id)}})));
        QVERIFY(isOk(follow(*desk, u"lobby"_s)));
        QCOMPARE(codeOf(desk->request(u"subscribe"_s, {{u"gameId"_s, createGame().id}})), u"TOO_MANY_CHANNELS"_s);
    }

    void subscribeStillReplacesTheGameItFollowed()
    {
        const Game a = createGame();
        const Game b = createGame();
        auto ada = playerSocket(join(a, u"Ada"_s));
        auto bo = playerSocket(join(b, u"Bo"_s));
        auto desk = connectAs(m_admin);
        QVERIFY(ada && bo && desk);

        QVERIFY(isOk(desk->request(u"subscribe"_s, {{u"gameId"_s, a.id}})));
        QCOMPARE(desk->waitForState([](const QJsonObject &v) { return v.contains(u"count"_s); })
                     .value(u"gameId"_s)
                     .toString(),
                 a.id);
        qsizetype from = desk->received().size();
        const QJsonObject switched = desk->request(u"subscribe"_s, {{u"gameId"_s, b.id}});
        QCOMPARE(switched.value(u"data"_s).toObject().value(u"gameId"_s).toString(), b.id);
        const QJsonObject first = desk->waitFor(
            [](const QJsonObject &m) { return m.value(u"type"_s) == u"state"_s; }, 5000, from);
        QCOMPARE(first.value(u"data"_s).toObject().value(u"gameId"_s).toString(), b.id);
        QVERIFY(!first.contains(u"gameId"_s));

        // A's changes no longer reach the desk; B's do, as a plain delta of the one game it follows.
        QVERIFY(isOk(ada->request(u"counter.add"_s, {{u"by"_s, 5}})));
        QVERIFY(isOk(bo->request(u"counter.add"_s, {{u"by"_s, 2}})));
        const QJsonObject delta = desk->waitFor(
            [](const QJsonObject &m) { return m.value(u"type"_s) == u"state.delta"_s; }, 5000, from);
        QVERIFY(!delta.contains(u"gameId"_s));
        QCOMPARE(desk->view().value(u"gameId"_s).toString(), b.id);
        QCOMPARE(desk->view().value(u"count"_s).toInteger(), 2);
        QVERIFY(settle(*desk));
        for (qsizetype i = from; i < desk->received().size(); ++i) {
            const QJsonObject &m = desk->received().at(i);
            if (m.contains(u"view"_s))
                QCOMPARE(m.value(u"view"_s).toObject().value(u"gameId"_s).toString(), b.id);
        }
        const QJsonArray sessions = m_http->get(u"/api/sessions"_s, m_admin).json.value(u"sessions"_s).toArray();
        for (const QJsonValue &row : sessions) {
            if (row.toObject().value(u"role"_s) == u"facilitator"_s) {
                QCOMPARE(row.toObject().value(u"gameId"_s).toString(), b.id);
                QCOMPARE(row.toObject().value(u"channels"_s).toArray(), (QJsonArray{gameChannel(b.id)}));
            }
        }

        // A game followed with `follow` is left alone by the next subscribe.
        QVERIFY(isOk(follow(*desk, gameChannel(a.id))));
        QVERIFY(isOk(desk->request(u"subscribe"_s, {{u"gameId"_s, createGame().id}})));
        QVERIFY(settle(*desk));
        const QJsonArray after = m_http->get(u"/api/sessions"_s, m_admin).json.value(u"sessions"_s).toArray();
        for (const QJsonValue &row : after) {
            if (row.toObject().value(u"role"_s) == u"facilitator"_s)
                QVERIFY(row.toObject().value(u"channels"_s).toArray().contains(gameChannel(a.id)));
        }
    }

    void aDeletedGamesFollowersHearOfItOnce()
    {
        const Game a = createGame();
        auto desk = connectAs(m_admin);
        QVERIFY(desk);
        QVERIFY(isOk(follow(*desk, gameChannel(a.id))));
        QVERIFY(isOk(follow(*desk, chatChannel(a.id))));
        QVERIFY(isOk(follow(*desk, u"lobby"_s)));
        const qsizetype from = desk->received().size();
        QCOMPARE(m_http->post(u"/api/games/delete"_s, {{u"gameId"_s, a.id}}, m_admin).status, 200);
        QVERIFY(!desk->waitFor([](const QJsonObject &m) { return m.value(u"type"_s) == u"game.deleted"_s; }, 5000, from)
                     .isEmpty());
        QVERIFY(settle(*desk));
        int told = 0;
        for (qsizetype i = from; i < desk->received().size(); ++i)
            told += desk->received().at(i).value(u"type"_s) == u"game.deleted"_s;
        QCOMPARE(told, 1);
        const QJsonArray sessions = m_http->get(u"/api/sessions"_s, m_admin).json.value(u"sessions"_s).toArray();
        QCOMPARE(sessions.first().toObject().value(u"channels"_s).toArray(), (QJsonArray{u"lobby"_s}));
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
