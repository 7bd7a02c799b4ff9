// SPDX-License-Identifier: GPL-3.0-or-later
// The Ethereum primitives against ethers: every case in vectors/*.json (written by
// tools/chain/gen-vectors.mjs), then the refusals of malformed input that vectors cannot show.
#include "server/chain/primitives/AbiCodec.h"
#include "server/chain/primitives/AbiFunction.h"
#include "server/chain/primitives/AbiRevert.h"
#include "server/chain/primitives/Address.h"
#include "server/chain/primitives/EventLog.h"
#include "server/chain/primitives/Hex.h"
#include "server/chain/primitives/Keccak256.h"
#include "server/chain/primitives/PersonalMessage.h"
#include "server/chain/primitives/Rlp.h"
#include "server/chain/primitives/Secp256k1.h"
#include "server/chain/primitives/Transaction.h"
#include "server/chain/primitives/UInt256.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace steward::chain;
using namespace Qt::StringLiterals;

namespace {

// ---- showing values in failure messages ----------------------------------------------------

QString show(const QByteArray &v) { return hex::encode(v); }
QString show(const QString &v) { return v; }
QString show(bool v) { return v ? u"true"_s : u"false"_s; }
QString show(qsizetype v) { return QString::number(v); }
QString show(const UInt256 &v) { return v.toDecimal(); }
QString show(const Address &v) { return v.toChecksumString(); }
QString show(const QJsonValue &v)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
}
QString show(const Signature &v)
{
    return u"r=%1 s=%2 yParity=%3"_s.arg(hex::encode(v.r.toBytes()), hex::encode(v.s.toBytes())).arg(v.yParity);
}
QString show(const Transaction &v)
{
    const auto raw = v.signedSerialization();
    return raw ? hex::encode(*raw) : hex::encode(v.unsignedSerialization());
}
template<typename T>
QString show(const std::optional<T> &v)
{
    return v ? show(*v) : u"(none)"_s;
}

} // namespace

// Like QCOMPARE, and names the vector case in the failure.
#define CHECK_EQ(actual, expected, label)                                                                              \
    do {                                                                                                               \
        const auto actual_ = (actual);                                                                                 \
        const auto expected_ = (expected);                                                                             \
        if (!(actual_ == expected_)) {                                                                                 \
            QFAIL(qPrintable(u"%1: %2\n   actual:   %3\n   expected: %4"_s.arg(                                        \
                (label), QString::fromLatin1(#actual), show(actual_), show(expected_))));                              \
        }                                                                                                              \
    } while (false)

// Like QVERIFY, and names the case and why.
#define CHECK_OK(outcome, label)                                                                                       \
    do {                                                                                                               \
        if (!(outcome))                                                                                                \
            QFAIL(qPrintable(u"%1: %2 refused: %3"_s.arg((label), QString::fromLatin1(#outcome), (outcome).error().reason))); \
    } while (false)

namespace {

// ---- reading vectors -----------------------------------------------------------------------

QJsonObject loadVectors(const QString &file)
{
    QFile f(QStringLiteral(STEWARD_CHAIN_VECTORS) + u'/' + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QByteArray hexBytes(const QJsonValue &v)
{
    return hex::decode(v.toString()).value_or("<not hex>"_ba);
}

UInt256 decimal(const QJsonValue &v)
{
    return UInt256::fromDecimal(v.toString()).value_or(UInt256::max());
}

QString label(const char *what, qsizetype index)
{
    return u"%1 case %2"_s.arg(QString::fromLatin1(what)).arg(index);
}

// ---- ABI values in the vectors' JSON form --------------------------------------------------
// Integers are decimal strings, bytes are hex, addresses checksummed, arrays and tuples arrays.

std::optional<AbiValue> abiFromJson(const AbiType &type, const QJsonValue &json)
{
    using Kind = AbiType::Kind;
    switch (type.kind()) {
    case Kind::Uint: {
        const auto v = UInt256::fromDecimal(json.toString());
        return v ? std::optional(AbiValue::number(*v)) : std::nullopt;
    }
    case Kind::Int: {
        const auto v = UInt256::fromSignedDecimal(json.toString());
        return v ? std::optional(AbiValue::number(*v)) : std::nullopt;
    }
    case Kind::Address: {
        const auto v = Address::fromString(json.toString());
        return v ? std::optional(AbiValue::address(*v)) : std::nullopt;
    }
    case Kind::Bool:
        return json.isBool() ? std::optional(AbiValue::boolean(json.toBool())) : std::nullopt;
    case Kind::FixedBytes:
    case Kind::Bytes: {
        const auto v = hex::decode(json.toString());
        return v ? std::optional(AbiValue::bytes(*v)) : std::nullopt;
    }
    case Kind::String:
        return json.isString() ? std::optional(AbiValue::string(json.toString())) : std::nullopt;
    case Kind::Array:
    case Kind::Tuple: {
        const QJsonArray array = json.toArray();
        QList<AbiValue> items;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (type.kind() == Kind::Tuple && i >= type.components().size())
                return std::nullopt;
            const AbiType &itemType = type.kind() == Kind::Array ? type.element() : type.components().at(i);
            auto item = abiFromJson(itemType, array[i]);
            if (!item)
                return std::nullopt;
            items.append(std::move(*item));
        }
        return AbiValue::list(std::move(items));
    }
    }
    return std::nullopt;
}

QJsonValue abiToJson(const AbiType &type, const AbiValue &value)
{
    using Kind = AbiType::Kind;
    switch (type.kind()) {
    case Kind::Uint:
        return value.toNumber().toDecimal();
    case Kind::Int:
        return value.toNumber().toSignedDecimal();
    case Kind::Address:
        return value.toAddress().toChecksumString();
    case Kind::Bool:
        return value.toBool();
    case Kind::FixedBytes:
    case Kind::Bytes:
        return hex::encode(value.toBytes());
    case Kind::String:
        return value.toString();
    case Kind::Array:
    case Kind::Tuple: {
        QJsonArray array;
        for (qsizetype i = 0; i < value.items().size(); ++i) {
            if (type.kind() == Kind::Tuple && i >= type.components().size())
                break;
            const AbiType &itemType = type.kind() == Kind::Array ? type.element() : type.components().at(i);
            array.append(abiToJson(itemType, value.items()[i]));
        }
        return array;
    }
    }
    return QJsonValue();
}

std::optional<QList<AbiType>> typesFromJson(const QJsonValue &json)
{
    QList<AbiType> types;
    for (const QJsonValue &t : json.toArray()) {
        auto type = AbiType::parse(t.toString());
        if (!type)
            return std::nullopt;
        types.append(std::move(*type));
    }
    return types;
}

std::optional<QList<AbiValue>> valuesFromJson(const QList<AbiType> &types, const QJsonValue &json)
{
    const QJsonArray array = json.toArray();
    if (array.size() != types.size())
        return std::nullopt;
    QList<AbiValue> values;
    for (qsizetype i = 0; i < types.size(); ++i) {
        auto v = abiFromJson(types[i], array[i]);
        if (!v)
            return std::nullopt;
        values.append(std::move(*v));
    }
    return values;
}

QJsonValue valuesToJson(const QList<AbiType> &types, const QList<AbiValue> &values)
{
    QJsonArray array;
    for (qsizetype i = 0; i < values.size() && i < types.size(); ++i)
        array.append(abiToJson(types[i], values[i]));
    return array;
}

// ---- RLP trees in the vectors' JSON form: hex strings and arrays -----------------------------

RlpItem rlpFromJson(const QJsonValue &json)
{
    if (!json.isArray())
        return RlpItem::fromBytes(hexBytes(json));
    QList<RlpItem> items;
    for (const QJsonValue &v : json.toArray())
        items.append(rlpFromJson(v));
    return RlpItem::fromList(items);
}

// ---- building test inputs ------------------------------------------------------------------

QByteArray word(quint64 v)
{
    return UInt256::fromU64(v).toBytes();
}

QByteArray wordFromHex(QStringView quantity)
{
    return UInt256::fromQuantity(quantity).value_or(UInt256()).toBytes();
}

QByteArray fromHex(QStringView text)
{
    return hex::decode(text).value_or("<not hex>"_ba);
}

Transaction transactionFromJson(const QJsonObject &c)
{
    Transaction tx;
    tx.type = c[u"type"].toInt() == 0 ? Transaction::Type::Legacy : Transaction::Type::DynamicFee;
    tx.chainId = decimal(c[u"chainId"]);
    tx.nonce = decimal(c[u"nonce"]).toU64().value_or(0);
    tx.gasPrice = UInt256::fromDecimal(c[u"gasPrice"].toString()).value_or(UInt256());
    tx.maxPriorityFeePerGas = UInt256::fromDecimal(c[u"maxPriorityFeePerGas"].toString()).value_or(UInt256());
    tx.maxFeePerGas = UInt256::fromDecimal(c[u"maxFeePerGas"].toString()).value_or(UInt256());
    tx.gasLimit = decimal(c[u"gasLimit"]).toU64().value_or(0);
    if (!c[u"to"].isNull())
        tx.to = Address::fromString(c[u"to"].toString());
    tx.value = decimal(c[u"value"]);
    tx.data = hexBytes(c[u"data"]);
    for (const QJsonValue &entry : c[u"accessList"].toArray()) {
        AccessListEntry e{Address::fromString(entry[u"address"].toString()).value_or(Address()), {}};
        for (const QJsonValue &key : entry[u"storageKeys"].toArray())
            e.storageKeys.append(hexBytes(key));
        tx.accessList.append(e);
    }
    return tx;
}

// A small signed transaction of either type, for the refusal tests to take apart.
Transaction sampleTransaction(Transaction::Type type)
{
    Transaction tx;
    tx.type = type;
    tx.chainId = UInt256::fromU64(31337);
    tx.nonce = 7;
    tx.gasPrice = UInt256::fromU64(1'000'000'000);
    tx.maxPriorityFeePerGas = UInt256::fromU64(1'000'000'000);
    tx.maxFeePerGas = UInt256::fromU64(2'000'000'000);
    tx.gasLimit = 21000;
    tx.to = Address::fromString(u"0x5B38Da6a701c568545dCfcB03FcB875f56beddC4");
    tx.value = UInt256::fromU64(12345);
    tx.data = "\x01\x02\x03"_ba;
    return tx.signedWith(fromHex(u"0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80")).value();
}

} // namespace

class TestChainPrimitives : public QObject
{
    Q_OBJECT
private slots:
    // ---- Hex and UInt256 -------------------------------------------------------------------

    void hexRoundTripsAndRefusals()
    {
        QCOMPARE(hex::encode(QByteArray()), u"0x"_s);
        QCOMPARE(hex::encode("\x00\xab\xff"_ba), u"0x00abff"_s);
        QCOMPARE(hex::decode(u"0x00ABff"), std::optional("\x00\xab\xff"_ba));
        QCOMPARE(hex::decode(u"0x"), std::optional(QByteArray()));
        for (QStringView bad : {u"", u"0", u"00ab", u"0X00", u"0x0", u"0x0g", u"0x 00", u"0x-1", u"0xabc"})
            QVERIFY2(!hex::decode(bad), qPrintable(bad.toString()));

        QCOMPARE(hex::encodeQuantity(0), u"0x0"_s);
        QCOMPARE(hex::encodeQuantity(0x1bc), u"0x1bc"_s);
        QCOMPARE(hex::encodeQuantityBytes("\x00\x00\x0f\xa0"_ba), u"0xfa0"_s);
        QCOMPARE(hex::encodeQuantityBytes(QByteArray()), u"0x0"_s);
        QCOMPARE(hex::decodeQuantity(u"0x0"), std::optional<quint64>(0));
        QCOMPARE(hex::decodeQuantity(u"0xffffffffffffffff"), std::optional<quint64>(~quint64(0)));
        QCOMPARE(hex::decodeQuantity(u"0xABC"), std::optional<quint64>(0xabc));
        for (QStringView bad : {u"", u"0x", u"0x00", u"0x01", u"1", u"0X1", u"0xg", u"0x1 ", u"-0x1",
                                u"0x10000000000000000"}) {
            QVERIFY2(!hex::decodeQuantity(bad), qPrintable(bad.toString()));
        }
        QCOMPARE(hex::decodeQuantityBytes(u"0x0"), std::optional(QByteArray()));
        QCOMPARE(hex::decodeQuantityBytes(u"0x123"), std::optional("\x01\x23"_ba));
        QVERIFY(!hex::decodeQuantityBytes(u"0x0123"));
    }

    void uint256Vectors()
    {
        const QJsonObject vectors = loadVectors(u"uint256.json"_s);
        const QJsonArray unsignedCases = vectors[u"unsigned"].toArray();
        const QJsonArray signedCases = vectors[u"signed"].toArray();
        const QJsonArray arithmetic = vectors[u"arithmetic"].toArray();
        QVERIFY(!unsignedCases.isEmpty() && !signedCases.isEmpty() && !arithmetic.isEmpty());
        for (qsizetype i = 0; i < unsignedCases.size(); ++i) {
            const QJsonObject c = unsignedCases[i].toObject();
            const QString name = label("unsigned", i);
            const auto v = UInt256::fromDecimal(c[u"dec"].toString());
            CHECK_EQ(v.has_value(), true, name);
            CHECK_EQ(v->toDecimal(), c[u"dec"].toString(), name);
            CHECK_EQ(v->toQuantity(), c[u"quantity"].toString(), name);
            CHECK_EQ(v->toBytes(), hexBytes(c[u"word"]), name);
            CHECK_EQ(UInt256::fromQuantity(c[u"quantity"].toString()), v, name);
            CHECK_EQ(UInt256::fromBytes(hexBytes(c[u"word"])), v, name);
            CHECK_EQ(UInt256::fromBytes(v->toMinimalBytes()), v, name);
            CHECK_EQ(hex::encodeQuantityBytes(v->toBytes()), c[u"quantity"].toString(), name);
            if (const auto small = v->toU64()) {
                CHECK_EQ(UInt256::fromU64(*small), *v, name);
                CHECK_EQ(hex::encodeQuantity(*small), c[u"quantity"].toString(), name);
            }
        }
        for (qsizetype i = 0; i < signedCases.size(); ++i) {
            const QJsonObject c = signedCases[i].toObject();
            const QString name = label("signed", i);
            const auto v = UInt256::fromSignedDecimal(c[u"dec"].toString());
            CHECK_EQ(v.has_value(), true, name);
            CHECK_EQ(v->toBytes(), hexBytes(c[u"word"]), name);
            CHECK_EQ(v->toSignedDecimal(), c[u"dec"].toString(), name);
            if (const qint64 small = c[u"dec"].toString().toLongLong(); QString::number(small) == c[u"dec"].toString())
                CHECK_EQ(UInt256::fromI64(small), *v, name);
        }
        for (qsizetype i = 0; i < arithmetic.size(); ++i) {
            const QJsonObject c = arithmetic[i].toObject();
            const QString name = label("arithmetic", i);
            const UInt256 a = decimal(c[u"a"]);
            const UInt256 b = decimal(c[u"b"]);
            const auto expect = [](const QJsonValue &v) {
                return v.isNull() ? std::nullopt : UInt256::fromDecimal(v.toString());
            };
            CHECK_EQ(a.checkedAdd(b), expect(c[u"add"]), name);
            CHECK_EQ(a.checkedSub(b), expect(c[u"sub"]), name);
            CHECK_EQ(a.checkedMul(b), expect(c[u"mul"]), name);
            CHECK_EQ(a < b, c[u"sub"].isNull(), name);
        }
        qInfo("uint256: %lld unsigned, %lld signed, %lld arithmetic vectors", qint64(unsignedCases.size()),
              qint64(signedCases.size()), qint64(arithmetic.size()));
    }

    void uint256Refusals()
    {
        for (QStringView bad : {u"", u"-1", u"+1", u" 1", u"1 ", u"1e3", u"0x10", u"1.0",
                                u"115792089237316195423570985008687907853269984665640564039457584007913129639936"}) {
            QVERIFY2(!UInt256::fromDecimal(bad), qPrintable(bad.toString()));
        }
        QVERIFY(UInt256::fromDecimal(u"007") == UInt256::fromU64(7));
        // int256 is [-2^255, 2^255 - 1].
        QVERIFY(!UInt256::fromSignedDecimal(u"57896044618658097711785492504343953926634992332820282019728792003956564819968"));
        QVERIFY(!UInt256::fromSignedDecimal(u"-57896044618658097711785492504343953926634992332820282019728792003956564819969"));
        QVERIFY(!UInt256::fromSignedDecimal(u"--1"));
        QVERIFY(!UInt256::fromSignedDecimal(u"-"));
        QCOMPARE(UInt256::fromSignedDecimal(u"-0"), std::optional(UInt256()));
        QVERIFY(!UInt256::fromQuantity(QString(u"0x1"_s + QString(64, u'0'))));
        QVERIFY(!UInt256::fromBytes(QByteArray(33, '\1')));
        QCOMPARE(UInt256::max().checkedAdd(UInt256::fromU64(1)), std::nullopt);
        QCOMPARE(UInt256().checkedSub(UInt256::fromU64(1)), std::nullopt);
        QCOMPARE(UInt256::fromI64(-1), UInt256::max());
        QCOMPARE(UInt256::fromU64(1).negated(), UInt256::max());
        QCOMPARE(UInt256().negated(), UInt256());
        QCOMPARE(UInt256::max().bitLength(), 256);
        QCOMPARE(UInt256::fromU64(256).bitLength(), 9);
        QCOMPARE(UInt256().bitLength(), 0);
    }

    // ---- Keccak-256 -------------------------------------------------------------------------

    void keccakVectors()
    {
        // The original Keccak, not SHA3-256 (whose empty hash is a7ffc6f8...).
        QCOMPARE(hex::encode(keccak256({})), u"0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470"_s);
        const QJsonArray cases = loadVectors(u"keccak.json"_s)[u"cases"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            CHECK_EQ(keccak256(hexBytes(c[u"input"])), hexBytes(c[u"hash"]), label("keccak", i));
        }
        qInfo("keccak: %lld vectors", qint64(cases.size()));
    }

    // ---- RLP --------------------------------------------------------------------------------

    void rlpVectors()
    {
        const QJsonArray cases = loadVectors(u"rlp.json"_s)[u"cases"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("rlp", i);
            const RlpItem item = rlpFromJson(c[u"input"]);
            const QByteArray encoded = hexBytes(c[u"encoded"]);
            CHECK_EQ(rlp::encode(item), encoded, name);
            const auto decoded = rlp::decode(encoded);
            CHECK_OK(decoded, name);
            CHECK_EQ(*decoded == item, true, name);
        }
        qInfo("rlp: %lld vectors", qint64(cases.size()));
    }

    void rlpRefusals_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("single byte in a header") << "\x81\x00"_ba;
        QTest::newRow("0x7f in a header") << "\x81\x7f"_ba;
        QTest::newRow("long form for 5 bytes") << QByteArray("\xb8\x05"_ba + QByteArray(5, 'a'));
        QTest::newRow("long form for a short list") << "\xf8\x01\x01"_ba;
        QTest::newRow("length with leading zero") << QByteArray("\xb9\x00\x38"_ba + QByteArray(56, 'a'));
        QTest::newRow("list length with leading zero") << QByteArray("\xf9\x00\x38"_ba + QByteArray(56, '\x01'));
        QTest::newRow("truncated string") << "\x83\x01\x02"_ba;
        QTest::newRow("truncated length") << "\xb9\x01"_ba;
        QTest::newRow("truncated list") << "\xc2\x01"_ba;
        QTest::newRow("8-byte length past the end") << "\xbf\xff\xff\xff\xff\xff\xff\xff\xff"_ba;
        QTest::newRow("list 8-byte length past the end") << "\xff\x7f\xff\xff\xff\xff\xff\xff\xff\x01"_ba;
        QTest::newRow("trailing byte") << "\x01\x02"_ba;
        QTest::newRow("trailing after list") << "\xc0\x00"_ba;
        QTest::newRow("item crosses the list end") << "\xc2\x82\x01\x02"_ba;
        QTest::newRow("two items at the top") << "\x80\x80"_ba;
        QByteArray deep = "\xc0"_ba;
        for (int i = 0; i < rlp::MaxDepth; ++i) // MaxDepth + 1 lists in all
            deep = rlp::encode(RlpItem::fromList({rlp::decode(deep).value()}));
        QTest::newRow("nested too deeply") << deep;
    }

    void rlpRefusals()
    {
        QFETCH(QByteArray, encoded);
        const auto decoded = rlp::decode(encoded);
        QVERIFY(!decoded);
        QVERIFY(!decoded.ok() && !decoded.error().reason.isEmpty());
    }

    void rlpEdges()
    {
        // The deepest accepted nesting, and lengths that need three length bytes.
        RlpItem deep = RlpItem::fromList({});
        for (int i = 1; i < rlp::MaxDepth; ++i)
            deep = RlpItem::fromList({deep});
        QVERIFY(rlp::decode(rlp::encode(deep)));
        const RlpItem big = RlpItem::fromBytes(QByteArray(70000, 'x'));
        const QByteArray encoded = rlp::encode(big);
        QCOMPARE(encoded.first(4), "\xba\x01\x11\x70"_ba);
        QCOMPARE(rlp::decode(encoded).value(), big);
        QCOMPARE(rlp::encode(RlpItem::fromU64(0)), "\x80"_ba);
        QCOMPARE(rlp::encode(RlpItem::fromU64(127)), "\x7f"_ba);
        QCOMPARE(rlp::encode(RlpItem::fromU64(128)), "\x81\x80"_ba);
        QCOMPARE(rlp::encode(RlpItem::fromU64(1024)), "\x82\x04\x00"_ba);
        // Integers inside items: canonical and in range.
        QVERIFY(!RlpItem::fromBytes("\x00\x01"_ba).toUInt());
        QVERIFY(!RlpItem::fromBytes(QByteArray(9, '\x01')).toU64());
        QVERIFY(!RlpItem::fromBytes(QByteArray(33, '\x01')).toUInt());
        QVERIFY(!RlpItem::fromList({}).toUInt());
        QCOMPARE(RlpItem::fromBytes(QByteArray()).toU64(), std::optional<quint64>(0));

        // Random bytes never crash the decoder, and whatever it accepts encodes back the same.
        QRandomGenerator rng(20240601);
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            QByteArray junk(rng.bounded(1, 40), Qt::Uninitialized);
            for (char &b : junk)
                b = static_cast<char>(rng.bounded(256));
            if (const auto item = rlp::decode(junk)) {
                ++accepted;
                QCOMPARE(rlp::encode(*item), junk);
            }
        }
        qInfo("rlp: %d of 20000 random inputs were canonical RLP and re-encoded identically", accepted);
    }

    // ---- ABI --------------------------------------------------------------------------------

    void abiVectors()
    {
        const QJsonArray cases = loadVectors(u"abi.json"_s)[u"encodings"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("abi", i);
            const auto types = typesFromJson(c[u"types"]);
            CHECK_EQ(types.has_value(), true, name);
            for (qsizetype t = 0; t < types->size(); ++t)
                CHECK_EQ(types->at(t).canonicalName(), c[u"types"][t].toString(), name);
            const auto values = valuesFromJson(*types, c[u"values"]);
            CHECK_EQ(values.has_value(), true, name);
            const auto encoded = abi::encode(*types, *values);
            CHECK_OK(encoded, name);
            CHECK_EQ(*encoded, hexBytes(c[u"encoded"]), name);
            const auto decoded = abi::decode(*types, hexBytes(c[u"encoded"]));
            CHECK_OK(decoded, name);
            CHECK_EQ(valuesToJson(*types, *decoded), c[u"values"], name);
            CHECK_EQ(*decoded == *values, true, name);
        }
        qInfo("abi: %lld encoding vectors", qint64(cases.size()));
    }

    void abiFunctionVectors()
    {
        const QJsonArray cases = loadVectors(u"abi.json"_s)[u"functions"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("function", i);
            const auto function = AbiFunction::parse(c[u"signature"].toString());
            CHECK_EQ(function.has_value(), true, name);
            CHECK_EQ(function->signature(), c[u"signature"].toString(), name);
            CHECK_EQ(function->selector(), hexBytes(c[u"selector"]), name);
            CHECK_EQ(functionSelector(c[u"signature"].toString()), hexBytes(c[u"selector"]), name);
            const auto values = valuesFromJson(function->inputs(), c[u"values"]);
            CHECK_EQ(values.has_value(), true, name);
            const auto callData = function->encodeCall(*values);
            CHECK_OK(callData, name);
            CHECK_EQ(*callData, hexBytes(c[u"callData"]), name);
            const auto decoded = function->decodeCall(*callData);
            CHECK_OK(decoded, name);
            CHECK_EQ(valuesToJson(function->inputs(), *decoded), c[u"values"], name);
        }
        qInfo("abi: %lld function vectors", qint64(cases.size()));

        // Aliases are made canonical before hashing; return data decodes against the outputs.
        const auto transfer = AbiFunction::parse(u"transfer(address,uint)", u"bool");
        QVERIFY(transfer);
        QCOMPARE(transfer->signature(), u"transfer(address,uint256)"_s);
        QCOMPARE(transfer->selector(), "\xa9\x05\x9c\xbb"_ba);
        QCOMPARE(transfer->decodeOutput(word(1)).value(), QList<AbiValue>{AbiValue::boolean(true)});
        QVERIFY(!transfer->decodeOutput(word(2)));
        QVERIFY(!transfer->decodeCall("\xa9\x05\x9c"_ba));
        QVERIFY(!transfer->decodeCall(QByteArray("\x00\x00\x00\x00"_ba + word(1) + word(2))));
        for (QStringView bad : {u"transfer", u"(address)", u"1x(address)", u"transfer(address", u"transfer(addres)",
                                u"transfer(address,)", u"trans fer(address)"}) {
            QVERIFY2(!AbiFunction::parse(bad), qPrintable(bad.toString()));
        }
        QCOMPARE(AbiFunction::parse(u"totalSupply()")->inputs().size(), 0);
    }

    void abiRevertVectors()
    {
        const QJsonArray cases = loadVectors(u"abi.json"_s)[u"reverts"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("revert", i);
            const RevertReason reason = abi::decodeRevert(hexBytes(c[u"data"]));
            CHECK_EQ(reason.data, hexBytes(c[u"data"]), name);
            if (c[u"kind"] == u"Error"_s) {
                CHECK_EQ(reason.kind == RevertReason::Kind::Error, true, name);
                CHECK_EQ(reason.message, c[u"message"].toString(), name);
                CHECK_EQ(reason.describe(), c[u"message"].toString(), name);
            } else {
                CHECK_EQ(reason.kind == RevertReason::Kind::Panic, true, name);
                CHECK_EQ(reason.panicCode, decimal(c[u"code"]), name);
            }
        }
        qInfo("abi: %lld revert vectors", qint64(cases.size()));

        QCOMPARE(abi::decodeRevert({}).kind, RevertReason::Kind::Empty);
        const RevertReason custom = abi::decodeRevert("\xde\xad\xbe\xef\x01"_ba);
        QCOMPARE(custom.kind, RevertReason::Kind::Custom);
        QCOMPARE(custom.describe(), u"custom error 0xdeadbeef"_s);
        QCOMPARE(abi::decodeRevert("\x08\xc3"_ba).kind, RevertReason::Kind::Custom);
        // Error(string) whose string runs past the data is kept raw, not half-read.
        QCOMPARE(abi::decodeRevert(QByteArray("\x08\xc3\x79\xa0"_ba + word(32) + word(100))).kind, RevertReason::Kind::Custom);
        const RevertReason overflow = abi::decodeRevert(QByteArray("\x4e\x48\x7b\x71"_ba + word(0x11)));
        QCOMPARE(overflow.describe(), u"panic 0x11: arithmetic overflow or underflow"_s);
    }

    void abiTypeParsing()
    {
        QCOMPARE(AbiType::parse(u"uint")->canonicalName(), u"uint256"_s);
        QCOMPARE(AbiType::parse(u"(uint,bool[])[2]")->canonicalName(), u"(uint256,bool[])[2]"_s);
        QCOMPARE(AbiType::parse(u"string[2][]")->element().arrayLength(), 2);
        QCOMPARE(AbiType::parse(u"string[2][]")->arrayLength(), -1);
        QCOMPARE(AbiType::parse(u"uint8[3]")->headSize(), 96);
        QVERIFY(AbiType::parse(u"uint8[3]")->isDynamic() == false);
        QVERIFY(AbiType::parse(u"(uint8,string)")->isDynamic());
        QCOMPARE(AbiType::parse(u"(uint8,bytes32)[2]")->headSize(), 128);
        QString deepest = u"uint256"_s;
        for (int i = 0; i < AbiType::MaxDepth; ++i)
            deepest += u"[]";
        QVERIFY(AbiType::parse(deepest));
        QVERIFY(!AbiType::parse(QString(deepest + u"[]")));
        for (QStringView bad : {u"", u"uint7", u"uint264", u"uint0", u"uint08", u"bytes0", u"bytes33",
                                u"bytes01", u"uint256[0]", u"uint256[01]", u"()", u"(uint256", u"uint256)", u"(uint256,)",
                                u"uint256[", u"[]", u"uint256]", u"Uint256", u"uint256 ", u"tuple(uint256)",
                                u"address payable", u"function", u"fixed128x18", u"uint256[100000]", u"(uint256)(bool)",
                                u"uint256[2][-1]", u"string[99999999999999999999]"}) {
            QVERIFY2(!AbiType::parse(bad), qPrintable(bad.toString()));
        }
        QCOMPARE(AbiType::parseList(u"")->size(), 0);
        QCOMPARE(AbiType::parseList(u"uint256,(bool,string)")->size(), 2);
        QVERIFY(!AbiType::parseList(u"uint256,,bool"));
    }

    void abiEncodeRefusals_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<AbiValue>("value");
        QTest::newRow("uint8 300") << u"uint8"_s << AbiValue::unsignedNumber(300);
        QTest::newRow("int8 -129") << u"int8"_s << AbiValue::signedNumber(-129);
        QTest::newRow("int8 128") << u"int8"_s << AbiValue::signedNumber(128);
        QTest::newRow("uint256 given a string") << u"uint256"_s << AbiValue::string(u"1");
        QTest::newRow("bytes4 of 3 bytes") << u"bytes4"_s << AbiValue::bytes("abc"_ba);
        QTest::newRow("bytes4 of 5 bytes") << u"bytes4"_s << AbiValue::bytes("abcde"_ba);
        QTest::newRow("string given bytes") << u"string"_s << AbiValue::bytes("abc"_ba);
        QTest::newRow("address given a number") << u"address"_s << AbiValue::unsignedNumber(1);
        QTest::newRow("bool given a number") << u"bool"_s << AbiValue::unsignedNumber(1);
        QTest::newRow("uint8[2] of 3") << u"uint8[2]"_s
                                      << AbiValue::list({AbiValue(), AbiValue(), AbiValue()});
        QTest::newRow("array given a number") << u"uint8[]"_s << AbiValue();
        QTest::newRow("tuple of 1 for 2") << u"(uint8,bool)"_s << AbiValue::list({AbiValue()});
        QTest::newRow("nested bad element") << u"uint8[][]"_s
                                           << AbiValue::list({AbiValue::list({AbiValue::unsignedNumber(256)})});
    }

    void abiEncodeRefusals()
    {
        QFETCH(QString, type);
        QFETCH(AbiValue, value);
        const auto parsed = AbiType::parse(type);
        QVERIFY(parsed);
        const auto encoded = abi::encode({*parsed}, {value});
        QVERIFY(!encoded);
        QVERIFY(!encoded.ok() && !encoded.error().reason.isEmpty());
    }

    void abiDecodeRefusals_data()
    {
        QTest::addColumn<QString>("types");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("short word") << u"uint256"_s << QByteArray(31, '\0');
        QTest::newRow("no data") << u"bool"_s << QByteArray();
        QTest::newRow("offset past the end") << u"string"_s << word(0x1000);
        QTest::newRow("offset of 2^255") << u"bytes"_s << wordFromHex(QString(u"0x8"_s + QString(63, u'0')));
        QTest::newRow("length of 2^64") << u"bytes"_s << QByteArray(word(32) + wordFromHex(u"0x10000000000000000"));
        QTest::newRow("length past the end") << u"string"_s << QByteArray(word(32) + word(1000) + word(0));
        QTest::newRow("length 33 unpadded") << u"bytes"_s << QByteArray(word(32) + word(33) + QByteArray(33, 'a'));
        QTest::newRow("array count 2^32") << u"uint256[]"_s << QByteArray(word(32) + word(quint64(1) << 32) + word(1));
        QTest::newRow("array count past the end") << u"uint256[]"_s << QByteArray(word(32) + word(3) + word(1) + word(2));
        QTest::newRow("nested offset past the end") << u"string[]"_s << QByteArray(word(32) + word(1) + word(0x400));
        QTest::newRow("fixed array short") << u"uint256[3]"_s << QByteArray(word(1) + word(2));
        QTest::newRow("uint8 of 256") << u"uint8"_s << word(256);
        QTest::newRow("int8 not sign-extended") << u"int8"_s << word(0x80);
        QTest::newRow("int8 wrong extension") << u"int8"_s << wordFromHex(QString(u"0x"_s + QString(62, u'f') + u"7f"_s));
        QTest::newRow("bool of 2") << u"bool"_s << word(2);
        QTest::newRow("address with a dirty top") << u"address"_s << wordFromHex(QString(u"0x1"_s + QString(40, u'0')));
        QTest::newRow("bytes4 with dirty padding") << u"bytes4"_s << word(1);
        QTest::newRow("second value missing") << u"uint256,uint256"_s << word(1);

        // uint256[][] whose 64 heads all point at one 64-element array: 4 KiB that would
        // decode to 128 KiB. Refused by the read budget; the same shape without reuse is fine.
        QByteArray reused = QByteArray(word(32) + word(64));
        for (int i = 0; i < 64; ++i)
            reused += word(64 * 32);
        reused += word(64);
        for (int i = 0; i < 64; ++i)
            reused += word(i);
        QTest::newRow("offsets reused") << u"uint256[][]"_s << reused;
    }

    void abiDecodeRefusals()
    {
        QFETCH(QString, types);
        QFETCH(QByteArray, data);
        const auto parsed = AbiType::parseList(types);
        QVERIFY(parsed);
        const auto decoded = abi::decode(*parsed, data);
        QVERIFY2(!decoded, "decoded what it should have refused");
        QVERIFY(!decoded.ok() && !decoded.error().reason.isEmpty());
    }

    void abiDecodeRobustness()
    {
        // Every truncation and every single-byte corruption of a rich encoding either decodes
        // or is refused; nothing reads out of bounds (the sanitizer build checks that part).
        const QList<AbiType> types = *AbiType::parseList(u"(uint256,string[2][]),bytes,int8[],address");
        const QList<AbiValue> values = {
            AbiValue::list({AbiValue::unsignedNumber(5),
                            AbiValue::list({AbiValue::list({AbiValue::string(u"a"), AbiValue::string(u"ü😀")}),
                                            AbiValue::list({AbiValue::string(u""), AbiValue::string(u"x")})})}),
            AbiValue::bytes(QByteArray(40, 'b')),
            AbiValue::list({AbiValue::signedNumber(-1), AbiValue::signedNumber(127)}),
            AbiValue::address(*Address::fromString(u"0x5B38Da6a701c568545dCfcB03FcB875f56beddC4")),
        };
        const QByteArray encoded = abi::encode(types, values).value();
        QCOMPARE(abi::decode(types, encoded).value(), values);
        for (qsizetype n = 0; n < encoded.size(); ++n)
            QVERIFY(!abi::decode(types, encoded.first(n)));
        int refused = 0;
        for (qsizetype i = 0; i < encoded.size(); ++i) {
            for (char flip : {'\x01', '\x80', '\xff'}) {
                QByteArray corrupt = encoded;
                corrupt[i] = static_cast<char>(corrupt[i] ^ flip);
                refused += abi::decode(types, corrupt) ? 0 : 1;
            }
        }
        QVERIFY(refused > 0);
    }

    // ---- Addresses --------------------------------------------------------------------------

    void addressVectors()
    {
        const QJsonObject vectors = loadVectors(u"address.json"_s);
        const QJsonArray checksums = vectors[u"checksums"].toArray();
        const QJsonArray parse = vectors[u"parse"].toArray();
        const QJsonArray contracts = vectors[u"contracts"].toArray();
        QVERIFY(!checksums.isEmpty() && !parse.isEmpty() && !contracts.isEmpty());
        for (qsizetype i = 0; i < checksums.size(); ++i) {
            const QJsonObject c = checksums[i].toObject();
            const QString name = label("checksum", i);
            const auto address = Address::fromBytes(hexBytes(c[u"lower"]));
            CHECK_EQ(address.has_value(), true, name);
            CHECK_EQ(address->toChecksumString(), c[u"checksum"].toString(), name);
            CHECK_EQ(address->toLowerHex(), c[u"lower"].toString(), name);
            CHECK_EQ(Address::fromString(c[u"checksum"].toString()), address, name);
        }
        for (qsizetype i = 0; i < parse.size(); ++i) {
            const QJsonObject c = parse[i].toObject();
            const QString name = label("parse", i) + u" (" + c[u"input"].toString() + u')';
            const auto address = Address::fromString(c[u"input"].toString());
            CHECK_EQ(address.has_value(), c[u"valid"].toBool(), name);
            if (address)
                CHECK_EQ(address->toChecksumString(), c[u"address"].toString(), name);
        }
        for (qsizetype i = 0; i < contracts.size(); ++i) {
            const QJsonObject c = contracts[i].toObject();
            const QString name = label("contract", i);
            const auto from = Address::fromString(c[u"from"].toString());
            CHECK_EQ(from.has_value(), true, name);
            CHECK_EQ(Address::contractAddress(*from, decimal(c[u"nonce"]).toU64().value_or(0)).toChecksumString(),
                     c[u"address"].toString(), name);
        }
        qInfo("address: %lld checksum, %lld parse, %lld contract-address vectors", qint64(checksums.size()),
              qint64(parse.size()), qint64(contracts.size()));
    }

    void addressRefusals()
    {
        const QString good = u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"_s;
        QVERIFY(Address::fromString(good));
        QVERIFY(!Address::fromString(u"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD")); // last letter's case flipped
        QVERIFY(!Address::fromString(good.mid(2)));                                 // no 0x
        QVERIFY(!Address::fromString(QString(u"0X"_s + good.mid(2))));
        QVERIFY(!Address::fromString(good.chopped(1)));
        QVERIFY(!Address::fromString(QString(good + u'0')));
        QVERIFY(!Address::fromString(QString(u"0x"_s + QString(40, u'g'))));
        QVERIFY(Address::fromString(good.toLower()));
        QVERIFY(Address::fromString(QString(u"0x"_s + good.mid(2).toUpper())));
        QVERIFY(!Address::fromBytes(QByteArray(19, '\1')));
        QVERIFY(!Address::fromBytes(QByteArray(21, '\1')));
        QVERIFY(!Address::fromPublicKey(QByteArray(63, '\1')));
        QVERIFY(!Address::fromPublicKey(QByteArray("\x02"_ba + QByteArray(64, '\1')))); // 65 bytes, not 0x04
        QVERIFY(Address().isZero());
    }

    // ---- secp256k1 --------------------------------------------------------------------------

    void secp256k1Vectors()
    {
        const QJsonArray cases = loadVectors(u"secp256k1.json"_s)[u"cases"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("secp256k1", i);
            const QByteArray key = hexBytes(c[u"privateKey"]);
            const QByteArray hash = hexBytes(c[u"hash"]);
            const auto address = Address::fromString(c[u"address"].toString());
            CHECK_EQ(secp256k1::isValidPrivateKey(key), true, name);
            CHECK_EQ(secp256k1::publicKey(key), std::optional(hexBytes(c[u"publicKey"])), name);
            CHECK_EQ(secp256k1::addressOf(key), address, name);
            CHECK_EQ(Address::fromPublicKey(hexBytes(c[u"publicKey"])), address, name);
            const Signature expected{*UInt256::fromBytes(hexBytes(c[u"r"])), *UInt256::fromBytes(hexBytes(c[u"s"])),
                                     c[u"yParity"].toInt()};
            CHECK_EQ(secp256k1::sign(hash, key), std::optional(expected), name);
            const auto recovered = secp256k1::recoverPublicKey(hash, expected);
            CHECK_OK(recovered, name);
            CHECK_EQ(*recovered, hexBytes(c[u"publicKey"]), name);
            CHECK_EQ(secp256k1::recoverAddress(hash, expected).value(), *address, name);
            CHECK_EQ(Signature::fromBytes(expected.toBytes()), std::optional(expected), name);
        }
        qInfo("secp256k1: %lld vectors", qint64(cases.size()));
    }

    void signatureRefusals()
    {
        const QByteArray key = fromHex(u"0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        const QByteArray hash = keccak256("steward"_ba);
        const Signature good = secp256k1::sign(hash, key).value();
        const Address signer = secp256k1::addressOf(key).value();
        QCOMPARE(secp256k1::recoverAddress(hash, good).value(), signer);

        // The high-s twin (n - s, other parity) is mathematically valid and still refused.
        Signature twin = good;
        twin.s = *secp256k1::curveOrder().checkedSub(good.s);
        twin.yParity ^= 1;
        QVERIFY(secp256k1::recoverAddress(hash, twin).error().reason.contains(u"upper half"));

        const auto refused = [&](Signature s) { return !secp256k1::recoverAddress(hash, s); };
        Signature bad = good;
        bad.r = UInt256();
        QVERIFY(refused(bad));
        bad.r = secp256k1::curveOrder();
        QVERIFY(refused(bad));
        bad = good;
        bad.s = UInt256();
        QVERIFY(refused(bad));
        bad = good;
        bad.yParity = 2;
        QVERIFY(refused(bad));
        bad.yParity = -1;
        QVERIFY(refused(bad));
        QVERIFY(!secp256k1::recoverAddress(hash.first(31), good));
        // The other parity recovers someone else, not the signer.
        bad = good;
        bad.yParity ^= 1;
        const auto other = secp256k1::recoverAddress(hash, bad);
        QVERIFY(!other || *other != signer);

        // 65-byte forms: v 27/28 or 0/1, nothing else.
        QByteArray bytes = good.toBytes();
        QCOMPARE(static_cast<int>(bytes[64]), 27 + good.yParity);
        bytes[64] = static_cast<char>(good.yParity);
        QCOMPARE(Signature::fromBytes(bytes), std::optional(good));
        for (char v : {'\x02', '\x1d', '\x1a', '\x25', '\xff'}) {
            bytes[64] = v;
            QVERIFY(!Signature::fromBytes(bytes));
        }
        QVERIFY(!Signature::fromBytes(good.toBytes().first(64)));
        QVERIFY(!Signature::fromBytes(QByteArray(good.toBytes() + '\0')));

        // Keys: zero, n and above are not keys; nor are 31 or 33 bytes.
        for (const QByteArray &badKey : {QByteArray(32, '\0'), secp256k1::curveOrder().toBytes(), QByteArray(32, '\xff'),
                                         QByteArray(31, '\1'), QByteArray(33, '\1')}) {
            QVERIFY(!secp256k1::isValidPrivateKey(badKey));
            QVERIFY(!secp256k1::publicKey(badKey));
            QVERIFY(!secp256k1::sign(hash, badKey));
        }
        QVERIFY(!secp256k1::sign(hash.first(31), key));
    }

    // ---- Transactions -----------------------------------------------------------------------

    void transactionVectors()
    {
        const QJsonArray cases = loadVectors(u"transactions.json"_s)[u"cases"].toArray();
        QVERIFY(!cases.isEmpty());
        int legacy = 0;
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("transaction", i);
            const Transaction tx = transactionFromJson(c);
            legacy += tx.type == Transaction::Type::Legacy ? 1 : 0;
            CHECK_EQ(tx.unsignedSerialization(), hexBytes(c[u"unsignedSerialized"]), name);
            CHECK_EQ(tx.signingHash(), hexBytes(c[u"signingHash"]), name);
            CHECK_EQ(tx.signedSerialization().ok(), false, name);

            const auto signedTx = tx.signedWith(hexBytes(c[u"privateKey"]));
            CHECK_OK(signedTx, name);
            const Signature expected{*UInt256::fromBytes(hexBytes(c[u"r"])), *UInt256::fromBytes(hexBytes(c[u"s"])),
                                     c[u"yParity"].toInt()};
            CHECK_EQ(signedTx->signature, std::optional(expected), name);
            const auto raw = signedTx->signedSerialization();
            CHECK_OK(raw, name);
            CHECK_EQ(*raw, hexBytes(c[u"serialized"]), name);
            CHECK_EQ(signedTx->hash().value(), hexBytes(c[u"hash"]), name);
            CHECK_EQ(signedTx->sender().value().toChecksumString(), c[u"from"].toString(), name);

            const auto decoded = Transaction::decode(hexBytes(c[u"serialized"]));
            CHECK_OK(decoded, name);
            CHECK_EQ(decoded->transaction, *signedTx, name);
            CHECK_EQ(decoded->sender.toChecksumString(), c[u"from"].toString(), name);
            CHECK_EQ(decoded->hash, hexBytes(c[u"hash"]), name);
        }
        qInfo("transactions: %lld vectors (%d legacy, %lld EIP-1559)", qint64(cases.size()), legacy,
              qint64(cases.size() - legacy));
    }

    void transactionRefusals_data()
    {
        QTest::addColumn<QByteArray>("raw");
        const QByteArray legacy = sampleTransaction(Transaction::Type::Legacy).signedSerialization().value();
        const QByteArray typed = sampleTransaction(Transaction::Type::DynamicFee).signedSerialization().value();
        QVERIFY(Transaction::decode(legacy));
        QVERIFY(Transaction::decode(typed));

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("type 1") << QByteArray("\x01"_ba + typed.sliced(1));
        QTest::newRow("type 3") << QByteArray("\x03"_ba + typed.sliced(1));
        QTest::newRow("type byte alone") << "\x02"_ba;
        QTest::newRow("type 2 of an empty list") << "\x02\xc0"_ba;
        QTest::newRow("an RLP string") << "\x83\x01\x02\x03"_ba;
        QTest::newRow("empty list") << "\xc0"_ba;
        QTest::newRow("legacy trailing byte") << QByteArray(legacy + '\0');
        QTest::newRow("typed trailing byte") << QByteArray(typed + '\0');
        QTest::newRow("legacy truncated") << legacy.chopped(1);
        QTest::newRow("typed truncated") << typed.chopped(1);

        // Rebuild the sample's fields with one of them changed.
        const auto fieldsOf = [](const QByteArray &raw, bool isTyped) {
            return rlp::decode(isTyped ? raw.sliced(1) : raw).value().items();
        };
        const auto rebuild = [](QList<RlpItem> fields, bool isTyped) {
            const QByteArray body = rlp::encode(RlpItem::fromList(fields));
            return isTyped ? QByteArray("\x02"_ba + body) : body;
        };
        auto fields = fieldsOf(legacy, false);
        fields[0] = RlpItem::fromBytes("\x00\x07"_ba); // nonce with a leading zero
        QTest::newRow("non-canonical nonce") << rebuild(fields, false);
        fields = fieldsOf(legacy, false);
        fields[3] = RlpItem::fromBytes(QByteArray(19, '\1'));
        QTest::newRow("19-byte recipient") << rebuild(fields, false);
        fields = fieldsOf(legacy, false);
        fields[5] = RlpItem::fromList({});
        QTest::newRow("data as a list") << rebuild(fields, false);
        fields = fieldsOf(legacy, false);
        fields[2] = RlpItem::fromBytes(QByteArray(9, '\1'));
        QTest::newRow("gas limit over 64 bits") << rebuild(fields, false);
        for (quint64 v : {0, 1, 26, 29, 34}) {
            fields = fieldsOf(legacy, false);
            fields[6] = RlpItem::fromU64(v);
            QTest::addRow("legacy v %llu", v) << rebuild(fields, false);
        }
        fields = fieldsOf(legacy, false);
        fields.removeLast();
        QTest::newRow("legacy 8 fields") << rebuild(fields, false);
        fields = fieldsOf(legacy, false);
        fields.removeLast();
        fields.removeLast();
        fields.removeLast();
        QTest::newRow("legacy unsigned") << rebuild(fields, false);

        // The high-s twin of the sample's signature (EIP-2).
        fields = fieldsOf(legacy, false);
        const Signature sig = *sampleTransaction(Transaction::Type::Legacy).signature;
        fields[6] = RlpItem::fromU64(quint64(31337 * 2 + 35 + (sig.yParity ^ 1)));
        fields[8] = RlpItem::fromUInt(*secp256k1::curveOrder().checkedSub(sig.s));
        QTest::newRow("legacy high s") << rebuild(fields, false);
        fields = fieldsOf(legacy, false);
        fields[7] = RlpItem::fromU64(0);
        QTest::newRow("legacy r = 0") << rebuild(fields, false);

        fields = fieldsOf(typed, true);
        fields[9] = RlpItem::fromU64(2);
        QTest::newRow("y parity 2") << rebuild(fields, true);
        fields = fieldsOf(typed, true);
        fields[9] = RlpItem::fromBytes("\x00"_ba);
        QTest::newRow("y parity as 0x00") << rebuild(fields, true);
        fields = fieldsOf(typed, true);
        fields[8] = RlpItem::fromBytes("\x01"_ba);
        QTest::newRow("access list not a list") << rebuild(fields, true);
        fields = fieldsOf(typed, true);
        fields[8] = RlpItem::fromList({RlpItem::fromList({RlpItem::fromBytes(QByteArray(20, '\1'))})});
        QTest::newRow("access list entry without keys") << rebuild(fields, true);
        fields = fieldsOf(typed, true);
        fields[8] = RlpItem::fromList({RlpItem::fromList(
            {RlpItem::fromBytes(QByteArray(20, '\1')), RlpItem::fromList({RlpItem::fromBytes(QByteArray(31, '\1'))})})});
        QTest::newRow("31-byte storage key") << rebuild(fields, true);
        fields = fieldsOf(typed, true);
        fields[11] = RlpItem::fromBytes(QByteArray(33, '\1'));
        QTest::newRow("s of 33 bytes") << rebuild(fields, true);
        fields = fieldsOf(typed, true);
        fields.append(RlpItem());
        QTest::newRow("typed 13 fields") << rebuild(fields, true);
    }

    void transactionRefusals()
    {
        QFETCH(QByteArray, raw);
        const auto decoded = Transaction::decode(raw);
        QVERIFY2(!decoded, "decoded what it should have refused");
        QVERIFY(!decoded.ok() && !decoded.error().reason.isEmpty());
    }

    void transactionRobustness()
    {
        // Every prefix is refused; corruptions are refused or decode to something that
        // re-encodes to exactly the corrupted bytes (then it is another valid transaction).
        for (const auto type : {Transaction::Type::Legacy, Transaction::Type::DynamicFee}) {
            const QByteArray raw = sampleTransaction(type).signedSerialization().value();
            for (qsizetype n = 0; n < raw.size(); ++n)
                QVERIFY(!Transaction::decode(raw.first(n)));
            for (qsizetype i = 0; i < raw.size(); ++i) {
                QByteArray corrupt = raw;
                corrupt[i] = static_cast<char>(corrupt[i] ^ 0x41);
                if (const auto decoded = Transaction::decode(corrupt))
                    QCOMPARE(decoded->transaction.signedSerialization().value(), corrupt);
            }
        }
        QRandomGenerator rng(42);
        for (int i = 0; i < 5000; ++i) {
            QByteArray junk(rng.bounded(0, 200), Qt::Uninitialized);
            for (char &b : junk)
                b = static_cast<char>(rng.bounded(256));
            if (i % 3 == 0 && !junk.isEmpty())
                junk[0] = '\x02';
            QVERIFY(!Transaction::decode(junk));
        }
        // Unsigned transactions have no raw form, hash or sender.
        Transaction unsignedTx = sampleTransaction(Transaction::Type::DynamicFee);
        unsignedTx.signature.reset();
        QVERIFY(!unsignedTx.signedSerialization());
        QVERIFY(!unsignedTx.hash());
        QVERIFY(!unsignedTx.sender());
        QVERIFY(!unsignedTx.signedWith(QByteArray(32, '\0')));
    }

    // ---- Personal messages ------------------------------------------------------------------

    void personalVectors()
    {
        const QJsonArray cases = loadVectors(u"personal.json"_s)[u"cases"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("personal", i);
            const QByteArray message = hexBytes(c[u"message"]);
            const QByteArray signature = hexBytes(c[u"signature"]);
            CHECK_EQ(personal::messageHash(message), hexBytes(c[u"hash"]), name);
            CHECK_EQ(personal::signMessage(message, hexBytes(c[u"privateKey"])), std::optional(signature), name);
            const auto signer = personal::recoverSigner(message, signature);
            CHECK_OK(signer, name);
            CHECK_EQ(signer->toChecksumString(), c[u"address"].toString(), name);
            // v as 0/1 is the same signature.
            QByteArray zeroBased = signature;
            zeroBased[64] = static_cast<char>(zeroBased[64] - 27);
            CHECK_EQ(personal::recoverSigner(message, zeroBased).value(), *signer, name);
        }
        qInfo("personal: %lld vectors", qint64(cases.size()));

        const QByteArray key = fromHex(u"0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
        const QByteArray signature = personal::signMessage("hello"_ba, key).value();
        QCOMPARE(personal::recoverSigner("hello"_ba, signature).value(), secp256k1::addressOf(key).value());
        QVERIFY(personal::recoverSigner("hellO"_ba, signature).value() != secp256k1::addressOf(key).value());
        QVERIFY(!personal::recoverSigner("hello"_ba, signature.first(64)));
        QByteArray badV = signature;
        badV[64] = '\x1d';
        QVERIFY(!personal::recoverSigner("hello"_ba, badV));
    }

    // ---- Event logs -------------------------------------------------------------------------

    void eventLogVectors()
    {
        const QJsonArray cases = loadVectors(u"eventlog.json"_s)[u"cases"].toArray();
        QVERIFY(!cases.isEmpty());
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases[i].toObject();
            const QString name = label("eventlog", i);
            const QString signature = c[u"signature"].toString();
            const auto [eventName, inner] = *abi::splitSignature(signature);
            const auto types = AbiType::parseList(inner);
            CHECK_EQ(types.has_value(), true, name);
            QList<EventParameter> parameters;
            QList<AbiType> valueTypes; // how each decoded value reads: bytes32 for a topic hash
            const QJsonArray params = c[u"params"].toArray();
            CHECK_EQ(params.size(), types->size(), name);
            for (qsizetype p = 0; p < params.size(); ++p) {
                parameters.append({types->at(p), params[p][u"indexed"].toBool(), QString()});
                valueTypes.append(parameters.back().isTopicHash() ? AbiType::fixedBytes(32) : types->at(p));
            }
            const AbiEvent event(eventName.toString(), parameters, c[u"anonymous"].toBool());
            CHECK_EQ(event.signature(), signature, name);
            CHECK_EQ(event.topic0(), hexBytes(c[u"topic0"]), name);
            CHECK_EQ(eventTopic(signature), hexBytes(c[u"topic0"]), name);

            EventLog log;
            for (const QJsonValue &topic : c[u"topics"].toArray())
                log.topics.append(hexBytes(topic));
            log.data = hexBytes(c[u"data"]);
            const auto values = event.decode(log);
            CHECK_OK(values, name);
            CHECK_EQ(valuesToJson(valueTypes, *values), c[u"values"], name);
        }
        qInfo("eventlog: %lld vectors", qint64(cases.size()));
    }

    void eventLogRefusals()
    {
        const auto event = AbiEvent::parse(u"OrderPlaced(bytes32 indexed order, uint32 indexed week, uint8 role, uint32)");
        QVERIFY(event);
        QCOMPARE(event->signature(), u"OrderPlaced(bytes32,uint32,uint8,uint32)"_s);
        QCOMPARE(event->parameters()[0].name, u"order"_s);
        QVERIFY(event->parameters()[1].indexed && !event->parameters()[2].indexed);
        QCOMPARE(event->parameters()[3].name, QString());

        const QByteArray order(32, '\x42');
        EventLog log{{event->topic0(), order, word(12)}, word(3) + word(40)};
        const auto values = event->decode(log);
        QVERIFY(values);
        QCOMPARE(*values, (QList<AbiValue>{AbiValue::bytes(order), AbiValue::unsignedNumber(12),
                                            AbiValue::unsignedNumber(3), AbiValue::unsignedNumber(40)}));

        EventLog bad = log;
        bad.topics[0] = keccak256("OrderPlaced(bytes32,uint32,uint8,uint64)"_ba);
        QVERIFY(!event->decode(bad));
        bad = log;
        bad.topics.removeLast();
        QVERIFY(!event->decode(bad));
        bad = log;
        bad.topics.append(word(1));
        QVERIFY(!event->decode(bad));
        bad = log;
        bad.topics[2] = word(quint64(1) << 32); // does not fit uint32
        QVERIFY(!event->decode(bad));
        bad = log;
        bad.topics[1] = order.first(31);
        QVERIFY(!event->decode(bad));
        bad = log;
        bad.data.chop(1);
        QVERIFY(!event->decode(bad));
        QVERIFY(!event->decode(EventLog{}));

        QVERIFY(!AbiEvent::parse(u"E(uint256 indexed,uint256 indexed,uint256 indexed,uint256 indexed)"));
        QVERIFY(AbiEvent::parse(u"E(uint256 indexed,uint256 indexed,uint256 indexed,uint256 indexed)", true));
        QVERIFY(!AbiEvent::parse(u"E(uint256 indexed indexed)"));
        QVERIFY(!AbiEvent::parse(u"E(uint256 a b)"));
        QVERIFY(!AbiEvent::parse(u"E(uint256 1a)"));
        QVERIFY(!AbiEvent::parse(u"E(uint257)"));
        QVERIFY(!AbiEvent::parse(u"(uint256)"));
        QCOMPARE(AbiEvent::parse(u"Empty()")->parameters().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestChainPrimitives)
#include "tst_chainprimitives.moc"
