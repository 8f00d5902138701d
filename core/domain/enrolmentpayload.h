// The text an enrolment QR code carries (docs/operations.md, "Enrolling a device by QR code"): where the
// server is, the one-time code, and the SHA-256 fingerprint of the certificate authority the device is to
// trust for HTTPS. Compact, versioned, one line a scanner or keyboard wedge passes on unchanged:
//
//   STOCKHAND:ENROL:1;url=https://host:8443;code=ABCDE-FGHJK;ca=sha256:<64 hex>[;name=<device name>]
//
// Values are percent-encoded (';', '=' and '%' never appear raw); unknown keys are ignored (a later
// version-1 writer may add some), a higher version is refused. Built by the server and the console,
// parsed by the handheld's sign-in page and stockhand-cli: no GUI, no network.
#pragma once

#include "result.h"

#include <QString>

namespace stockhand {

struct EnrolmentPayload
{
    QString serverUrl; // http:// or https://, with port
    QString code; // the one-time enrolment code as issued ("ABCDE-FGHJK")
    QString caFingerprint; // lowercase hex SHA-256 of the CA certificate (DER); empty over HTTP
    QString deviceName; // optional: the name the device enrols under

    static constexpr int kVersion = 1;

    QString toText() const;
    // Errors: enrol.qr-foreign (not a Stockhand enrolment code at all), enrol.qr-version (a newer format),
    // enrol.qr-damaged (the prefix is ours but a field is missing or malformed).
    static Result<EnrolmentPayload> parse(const QString &text);
};

// "sha256:<hex>" <-> lowercase hex; the hex of a DER certificate.
QString formatFingerprint(const QString &hex);
QString certificateFingerprint(const QByteArray &der);

} // namespace stockhand
