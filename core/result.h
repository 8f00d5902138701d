// Result types for synchronous calls: no exceptions cross Stockhand's APIs.
#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace stockhand {

// An error with a stable machine-readable code ("store.too-new", "sqlite.full") and a message for people.
struct Error
{
    QString code;
    QString message;
    int sqliteCode = 0; // extended SQLite result code when the error came from SQLite, else 0

    QString toString() const { return code + QStringLiteral(": ") + message; }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    // The value of a successful result. Asking an error for its value is a programming error: it stops
    // the program with the error's code (every build; it never throws). Check ok() first, or use valueOr().
    T &value() & { return *checkedValue(); }
    const T &value() const & { return *checkedValue(); }
    T &&value() && { return std::move(*checkedValue()); }
    T *operator->() { return checkedValue(); }
    const T *operator->() const { return checkedValue(); }
    T &operator*() & { return *checkedValue(); }
    const T &operator*() const & { return *checkedValue(); }

    // The value, or `fallback` when this is an error.
    T valueOr(T fallback) const & { return ok() ? *std::get_if<0>(&m_data) : std::move(fallback); }
    T valueOr(T fallback) && { return ok() ? std::move(*std::get_if<0>(&m_data)) : std::move(fallback); }

    const Error &error() const
    {
        Q_ASSERT_X(!ok(), "Result::error", "a successful result has no error");
        return *std::get_if<1>(&m_data);
    }

private:
    T *checkedValue() { return const_cast<T *>(std::as_const(*this).checkedValue()); }
    const T *checkedValue() const
    {
        if (Q_UNLIKELY(!ok()))
            qFatal("Result::value: the value of an error was asked for (%s)", qPrintable(error().toString()));
        return std::get_if<0>(&m_data);
    }

    std::variant<T, Error> m_data;
};

// Result of a call that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    { }
    template<typename T> static Status from(const Result<T> &r) { return r.ok() ? Status() : Status(r.error()); }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
        Q_ASSERT_X(!ok(), "Status::error", "a successful status has no error");
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

inline Error makeError(const char *code, QString message)
{
    return Error {QString::fromLatin1(code), std::move(message), 0};
}

} // namespace stockhand

// Propagates a failed Status/Result out of the current function.
#define SH_TRY(expr)                                                                                                   \
    do {                                                                                                               \
        auto &&sh_try_result_ = (expr);                                                                                \
        if (!sh_try_result_.ok())                                                                                      \
            return sh_try_result_.error();                                                                             \
    } while (false)
