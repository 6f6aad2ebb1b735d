// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/SecureBytes.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <utility>

using caredesk::core::SecureBytes;

namespace {

bool allZero(const SecureBytes &bytes)
{
    return std::all_of(bytes.data(), bytes.data() + bytes.size(), [](unsigned char c) { return c == 0; });
}

QByteArray toByteArray(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace

TEST_CASE("SecureBytes starts empty or zeroed and copies what it is given", "[securebytes]")
{
    const SecureBytes empty;
    CHECK(empty.isEmpty());
    CHECK(empty.size() == 0);
    CHECK(empty.data() == nullptr);

    const SecureBytes zeroed(32);
    CHECK(zeroed.size() == 32);
    CHECK(allZero(zeroed));

    const char text[] = "0123456789";
    const SecureBytes copy(text, 10);
    CHECK(toByteArray(copy) == QByteArray("0123456789"));
}

TEST_CASE("SecureBytes::random gives bytes of the asked size that differ each time", "[securebytes]")
{
    const SecureBytes a = SecureBytes::random(32);
    const SecureBytes b = SecureBytes::random(32);
    REQUIRE(a.size() == 32);
    REQUIRE(b.size() == 32);
    CHECK_FALSE(allZero(a)); // probability 2^-256 of a false failure
    CHECK_FALSE(a.equals(b));
    CHECK(SecureBytes::random(0).isEmpty());
}

TEST_CASE("SecureBytes::equals compares content and size", "[securebytes]")
{
    const SecureBytes a("secret-key", 10);
    const SecureBytes same("secret-key", 10);
    const SecureBytes other("secret-kez", 10);
    const SecureBytes shorter("secret-ke", 9);
    CHECK(a.equals(same));
    CHECK(same.equals(a));
    CHECK_FALSE(a.equals(other));
    CHECK_FALSE(a.equals(shorter));
    CHECK_FALSE(a.equals(SecureBytes()));
    CHECK(SecureBytes().equals(SecureBytes()));
}

TEST_CASE("SecureBytes moves its buffer and leaves the source empty", "[securebytes]")
{
    SecureBytes source("abcdef", 6);
    const unsigned char *buffer = source.data();

    SecureBytes moved(std::move(source));
    CHECK(source.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state is the point
    CHECK(source.data() == nullptr);
    CHECK(moved.data() == buffer);
    CHECK(toByteArray(moved) == QByteArray("abcdef"));

    SecureBytes assigned("zz", 2);
    assigned = std::move(moved);
    CHECK(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
    CHECK(assigned.data() == buffer);
    CHECK(toByteArray(assigned) == QByteArray("abcdef"));
}

TEST_CASE("SecureBytes::clear releases the buffer", "[securebytes]")
{
    SecureBytes bytes = SecureBytes::random(16);
    bytes.clear();
    CHECK(bytes.isEmpty());
    CHECK(bytes.data() == nullptr);
    bytes.clear(); // twice is harmless
    CHECK(bytes.isEmpty());
}

TEST_CASE("SecureBytes::takeFrom copies the bytes and wipes the source", "[securebytes]")
{
    SECTION("a buffer of its own is taken over and emptied")
    {
        QByteArray source = QByteArray::fromHex("00112233445566778899aabbccddeeff");
        REQUIRE(source.isDetached());
        const SecureBytes taken = SecureBytes::takeFrom(source);
        CHECK(source.isEmpty());
        CHECK(toByteArray(taken) == QByteArray::fromHex("00112233445566778899aabbccddeeff"));
    }
    SECTION("a shared buffer is released without touching the other owner's copy")
    {
        const QByteArray owner("shared-secret");
        QByteArray source = owner;
        REQUIRE_FALSE(source.isDetached());
        const SecureBytes taken = SecureBytes::takeFrom(source);
        CHECK(source.isEmpty());
        CHECK(owner == QByteArray("shared-secret"));
        CHECK(toByteArray(taken) == QByteArray("shared-secret"));
    }
}

TEST_CASE("wipe() zeroes and empties QByteArray and QString buffers", "[securebytes]")
{
    // A wiped buffer is freed straight away, so its zeroed bytes cannot be read afterwards without undefined
    // behaviour; these tests check what is observable: the owner is emptied and other owners are left alone.
    QByteArray bytes("password");
    caredesk::core::wipe(bytes);
    CHECK(bytes.isEmpty());

    QString text = QStringLiteral("password").repeated(2);
    REQUIRE(text.isDetached());
    caredesk::core::wipe(text);
    CHECK(text.isEmpty());

    const QString owner = QStringLiteral("keep me").repeated(2);
    QString shared = owner;
    caredesk::core::wipe(shared);
    CHECK(shared.isEmpty());
    CHECK(owner == QStringLiteral("keep mekeep me"));

    QByteArray nothing;
    caredesk::core::wipe(nothing);
    CHECK(nothing.isEmpty());
}

TEST_CASE("ensureSodium can be called repeatedly", "[securebytes]")
{
    CHECK(caredesk::core::ensureSodium());
    CHECK(caredesk::core::ensureSodium());
}
