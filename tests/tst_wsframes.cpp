// SPDX-License-Identifier: GPL-3.0-or-later
// The host's WebSocket framing against RFC 6455's own examples (section 1.3's accept key,
// section 5.7's frames) and against what a hostile or broken client sends: every way a frame
// can break the protocol fails with the close code the RFC names, and UTF-8 is checked as
// RFC 3629 defines it.
#include "server/net/ws/Utf8.h"
#include "server/net/ws/WsFrame.h"
#include "server/net/ws/WsFrameReader.h"
#include "server/net/ws/WsHandshake.h"

#include <QTest>

using namespace steward::ws;
using namespace Qt::StringLiterals;

namespace {
using Item = WsFrameReader::Item;

// A client's frame: masked with `key`, FIN and opcode as given.
QByteArray clientFrame(quint8 firstByte, QByteArrayView payload, quint32 key = 0x37fa213d)
{
    QByteArray f;
    f.append(char(firstByte));
    const qsizetype n = payload.size();
    if (n < 126) {
        f.append(char(0x80 | n));
    } else if (n <= 0xFFFF) {
        f.append(char(0x80 | 126));
        f.append(char(n >> 8));
        f.append(char(n & 0xFF));
    } else {
        f.append(char(0x80 | 127));
        for (int shift = 56; shift >= 0; shift -= 8)
            f.append(char((quint64(n) >> shift) & 0xFF));
    }
    const quint8 k[4] = {quint8(key >> 24), quint8(key >> 16), quint8(key >> 8), quint8(key)};
    f.append(reinterpret_cast<const char *>(k), 4);
    for (qsizetype i = 0; i < n; ++i)
        f.append(char(quint8(payload[i]) ^ k[i % 4]));
    return f;
}

Item readOne(QByteArrayView bytes, qsizetype max = 16 * 1024)
{
    WsFrameReader r(max);
    r.feed(bytes);
    return r.next();
}
} // namespace

class TestWsFrames : public QObject
{
    Q_OBJECT
private slots:
    void rfcAcceptKey()
    {
        // RFC 6455 section 1.3.
        QCOMPARE(acceptKey("dGhlIHNhbXBsZSBub25jZQ=="), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="));
    }

    void rfcServerFrames()
    {
        // RFC 6455 section 5.7: an unmasked "Hello", and the headers of 256 bytes and 64 KiB binary.
        QCOMPARE(frame(Opcode::Text, "Hello"), QByteArray::fromHex("810548656c6c6f"));
        QCOMPARE(frameHeader(Opcode::Binary, 256), QByteArray::fromHex("827e0100"));
        QCOMPARE(frameHeader(Opcode::Binary, 65536), QByteArray::fromHex("827f0000000000010000"));
        QCOMPARE(frame(Opcode::Pong, "Hello"), QByteArray::fromHex("8a0548656c6c6f"));
    }

    void rfcMaskedHelloByteByByte()
    {
        // RFC 6455 section 5.7: a masked "Hello" from a client, fed a byte at a time.
        const QByteArray wire = QByteArray::fromHex("818537fa213d7f9f4d5158");
        WsFrameReader r(1024);
        for (qsizetype i = 0; i + 1 < wire.size(); ++i) {
            r.feed(wire.mid(i, 1));
            QCOMPARE(r.next().kind, Item::NeedMore);
        }
        r.feed(wire.right(1));
        const Item item = r.next();
        QCOMPARE(item.kind, Item::Text);
        QCOMPARE(item.payload, QByteArray("Hello"));
        QCOMPARE(r.next().kind, Item::NeedMore);
        QCOMPARE(r.buffered(), 0);
        // And the masked pong of the same section.
        const Item pong = readOne(QByteArray::fromHex("8a8537fa213d7f9f4d5158"));
        QCOMPARE(pong.kind, Item::Pong);
        QCOMPARE(pong.payload, QByteArray("Hello"));
    }

    void longLengthsAndSeveralFramesInOneChunk()
    {
        const QByteArray big(300, 'x');
        const QByteArray huge(70000, 'y');
        WsFrameReader r(100000);
        r.feed(QByteArray(clientFrame(0x82, big) + clientFrame(0x81, huge, 0x01020304) + clientFrame(0x89, "p")));
        Item a = r.next();
        QCOMPARE(a.kind, Item::Binary);
        QCOMPARE(a.payload, big);
        Item b = r.next();
        QCOMPARE(b.kind, Item::Text);
        QCOMPARE(b.payload, huge);
        Item c = r.next();
        QCOMPARE(c.kind, Item::Ping);
        QCOMPARE(c.payload, QByteArray("p"));
        QCOMPARE(r.next().kind, Item::NeedMore);
    }

    void fragmentsWithAControlFrameBetween()
    {
        // "€" (E2 82 AC) split across fragments is valid once the message is whole.
        WsFrameReader r(1024);
        r.feed(clientFrame(0x01, "price \xE2\x82"));
        QCOMPARE(r.next().kind, Item::NeedMore);
        r.feed(clientFrame(0x89, "mid"));
        const Item ping = r.next();
        QCOMPARE(ping.kind, Item::Ping);
        QCOMPARE(ping.payload, QByteArray("mid"));
        r.feed(clientFrame(0x00, "\xAC 3"));
        QCOMPARE(r.next().kind, Item::NeedMore);
        r.feed(clientFrame(0x80, "!"));
        const Item text = r.next();
        QCOMPARE(text.kind, Item::Text);
        QCOMPARE(text.payload, QByteArray("price \xE2\x82\xAC 3!"));
    }

    void closeFrames()
    {
        const Item plain = readOne(clientFrame(0x88, {}));
        QCOMPARE(plain.kind, Item::Close);
        QCOMPARE(plain.closeCode, 0);
        const Item coded = readOne(clientFrame(0x88, QByteArray(QByteArray::fromHex("03e8") + "bye")));
        QCOMPARE(coded.kind, Item::Close);
        QCOMPARE(coded.closeCode, 1000);
        QCOMPARE(coded.payload, QByteArray("bye"));
        QCOMPARE(readOne(clientFrame(0x88, QByteArray::fromHex("0fa1"))).closeCode, 4001);
    }

    void brokenFramesFail_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<int>("code");
        QTest::newRow("unmasked text") << QByteArray::fromHex("810548656c6c6f") << 1002;
        QTest::newRow("reserved bit") << clientFrame(0xC1, "x") << 1002;
        QTest::newRow("opcode 3") << clientFrame(0x83, "x") << 1002;
        QTest::newRow("opcode 11") << clientFrame(0x8B, "x") << 1002;
        QTest::newRow("fragmented ping") << clientFrame(0x09, "x") << 1002;
        QTest::newRow("ping of 126 bytes") << clientFrame(0x89, QByteArray(126, 'p')) << 1002;
        QTest::newRow("continuation first") << clientFrame(0x80, "x") << 1002;
        QTest::newRow("text inside a message") << clientFrame(0x01, "a") + clientFrame(0x81, "b") << 1002;
        QTest::newRow("16-bit length under 126")
            << QByteArray::fromHex("81fe0005") + QByteArray::fromHex("00000000") + "Hello" << 1002;
        QTest::newRow("64-bit length with its top bit")
            << QByteArray::fromHex("82ff8000000000000001") + QByteArray(4, '\0') << 1002;
        QTest::newRow("close with one byte") << clientFrame(0x88, "\x03") << 1002;
        QTest::newRow("close code 1005") << clientFrame(0x88, QByteArray::fromHex("03ed")) << 1002;
        QTest::newRow("close code 999") << clientFrame(0x88, QByteArray::fromHex("03e7")) << 1002;
        QTest::newRow("close code 5000") << clientFrame(0x88, QByteArray::fromHex("1388")) << 1002;
        QTest::newRow("close reason not UTF-8") << clientFrame(0x88, QByteArray::fromHex("03e8ff")) << 1007;
        QTest::newRow("text not UTF-8") << clientFrame(0x81, "\xC0\xAF") << 1007;
        QTest::newRow("text cut inside a character") << clientFrame(0x81, "ab\xE2\x82") << 1007;
        QTest::newRow("fragments not UTF-8 whole") << clientFrame(0x01, "a\xE2") + clientFrame(0x80, "b") << 1007;
        QTest::newRow("one byte over the limit") << clientFrame(0x81, QByteArray(16 * 1024 + 1, 'a')) << 1009;
        QTest::newRow("fragments over the limit")
            << clientFrame(0x01, QByteArray(10000, 'a')) + clientFrame(0x80, QByteArray(7000, 'a')) << 1009;
    }
    void brokenFramesFail()
    {
        QFETCH(QByteArray, wire);
        QFETCH(int, code);
        WsFrameReader r(16 * 1024);
        r.feed(wire);
        Item item = r.next();
        while (item.kind != Item::Failed && item.kind != Item::NeedMore)
            item = r.next();
        QCOMPARE(item.kind, Item::Failed);
        QCOMPARE(int(item.closeCode), code);
        QVERIFY(!item.failure.isEmpty());
        // Nothing after a failure is read: the stream is out of step.
        r.feed(clientFrame(0x81, "fine"));
        QCOMPARE(r.next().kind, Item::Failed);
    }

    void oversizeIsRefusedFromItsHeader()
    {
        // A client announcing 1 GiB is refused before it sends any of it.
        WsFrameReader r(16 * 1024);
        r.feed(QByteArray::fromHex("82ff0000000040000000"));
        const Item item = r.next();
        QCOMPARE(item.kind, Item::Failed);
        QCOMPARE(item.closeCode, close::TooBig);
    }

    void closeReasonIsCutAtACharacter()
    {
        const QString reason = QString(60, u'é'); // 120 bytes fit
        QCOMPARE(closeFrame(1008, reason).mid(4), reason.toUtf8());
        const QByteArray cut = closeFrame(1008, QString(100, u'é')).mid(2);
        QVERIFY(cut.size() <= MaxControlPayload);
        QVERIFY(isValidUtf8(cut.mid(2)));
        QVERIFY(QString::fromUtf8(cut.mid(2)).endsWith(u'…'));
        QCOMPARE(quint8(cut.at(0)) << 8 | quint8(cut.at(1)), 1008);
    }

    void utf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("{\"type\":\"order\",\"data\":{\"qty\":4}}") << true;
        QTest::newRow("two, three and four bytes") << QByteArray("\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8D\xBA") << true;
        QTest::newRow("U+FFFF and U+10FFFF") << QByteArray("\xEF\xBF\xBF\xF4\x8F\xBF\xBF") << true;
        QTest::newRow("long ascii then an accent") << QByteArray(40, 'a') + "\xC3\xA9" << true;
        QTest::newRow("lone continuation") << QByteArray("\x80") << false;
        QTest::newRow("overlong slash C0 AF") << QByteArray("\xC0\xAF") << false;
        QTest::newRow("overlong E0 80 AF") << QByteArray("\xE0\x80\xAF") << false;
        QTest::newRow("overlong F0 80 80 AF") << QByteArray("\xF0\x80\x80\xAF") << false;
        QTest::newRow("surrogate D800") << QByteArray("\xED\xA0\x80") << false;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << false;
        QTest::newRow("F5") << QByteArray("\xF5\x80\x80\x80") << false;
        QTest::newRow("FF") << QByteArray("\xFF") << false;
        QTest::newRow("cut short") << QByteArray("\xE2\x82") << false;
        QTest::newRow("bad second byte after ascii run") << QByteArray(16, 'a') + "\xC3\x28" << false;
    }
    void utf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, valid);
        QCOMPARE(isValidUtf8(bytes), valid);
    }

    void handshakes()
    {
        const QByteArray good = "GET /ws?x=1 HTTP/1.1\r\nHost: 10.0.0.5:8080\r\nUpgrade: WebSocket\r\n"
                                "Connection: keep-alive, Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                                "Sec-WebSocket-Version: 13\r\nOrigin: http://10.0.0.5:8080\r\n\r\n";
        QVERIFY(isUpgradeRequest(good));
        auto parsed = parseUpgrade(good);
        QVERIFY(std::holds_alternative<WsUpgrade>(parsed));
        const WsUpgrade u = std::get<WsUpgrade>(parsed);
        QCOMPARE(u.path, QByteArray("/ws"));
        QCOMPARE(u.host, QByteArray("10.0.0.5:8080"));
        QCOMPARE(u.origin, QByteArray("http://10.0.0.5:8080"));
        QVERIFY(switchingProtocols(u).contains("Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n"));

        QVERIFY(!isUpgradeRequest("GET /api/health HTTP/1.1\r\nHost: x\r\n\r\n"));
        const auto refused = [&](const QByteArray &from, const QByteArray &to) {
            QByteArray head = good;
            head.replace(from, to);
            auto r = parseUpgrade(head);
            return std::holds_alternative<HandshakeRefusal>(r) ? std::get<HandshakeRefusal>(r).status : QByteArray();
        };
        QCOMPARE(refused("Version: 13", "Version: 8"), QByteArray("426 Upgrade Required"));
        QVERIFY(refusal({"426 Upgrade Required", "x"}).contains("Sec-WebSocket-Version: 13\r\n"));
        QCOMPARE(refused("dGhlIHNhbXBsZSBub25jZQ==", "c2hvcnQ="), QByteArray("400 Bad Request"));
        QCOMPARE(refused("GET", "POST"), QByteArray("400 Bad Request"));
        QCOMPARE(refused("HTTP/1.1", "HTTP/1.0"), QByteArray("400 Bad Request"));
        QCOMPARE(refused("keep-alive, Upgrade", "keep-alive"), QByteArray("400 Bad Request"));
        QCOMPARE(refused("Host: 10.0.0.5:8080\r\n", "Host: a\r\nHost: b\r\n"), QByteArray("400 Bad Request"));
        QCOMPARE(refused("Host: 10.0.0.5:8080\r\n", ""), QByteArray("400 Bad Request"));
    }
};

QTEST_GUILESS_MAIN(TestWsFrames)
#include "tst_wsframes.moc"
