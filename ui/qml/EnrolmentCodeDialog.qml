import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// A new one-time enrolment code: the code as large text to type, and the same as a QR code a handheld
// scans on its sign-in page (server address, code and the CA fingerprint it pins).
Dialog {
    id: dialog
    readonly property var fleet: App.fleet
    modal: true
    width: 760
    title: qsTr("New enrolment code")
    standardButtons: Dialog.Close
    onAboutToShow: {
        name.text = ""
        dialog.fleet.clearEnrolment()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 10
        RowLayout {
            spacing: 8
            Label { text: qsTr("Device name (optional)") }
            TextField {
                id: name
                objectName: "enrolDeviceName"
                Layout.preferredWidth: 260
                placeholderText: qsTr("e.g. Dock scanner 3")
            }
            Button {
                objectName: "enrolIssue"
                text: qsTr("Issue code")
                highlighted: true
                enabled: !dialog.fleet.busy
                onClicked: dialog.fleet.requestEnrolmentCode(0, name.text)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: dialog.fleet.enrolCode === "" && dialog.fleet.message !== ""
            text: dialog.fleet.message
            color: Theme.error
            wrapMode: Text.WordWrap
        }
        RowLayout {
            visible: dialog.fleet.enrolCode !== ""
            spacing: 16
            QrCode {
                objectName: "enrolQr"
                Layout.preferredWidth: 300
                Layout.preferredHeight: 300
                text: dialog.fleet.enrolPayload
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 6
                Label {
                    objectName: "enrolCodeText"
                    text: dialog.fleet.enrolCode
                    font.pixelSize: 40
                    font.bold: true
                    font.family: "monospace"
                }
                Label {
                    text: qsTr("Valid until %1").arg(dialog.fleet.enrolExpiresAt)
                    color: Theme.muted
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Server: %1").arg(dialog.fleet.enrolServerUrl)
                    wrapMode: Text.WrapAnywhere
                }
                Label {
                    objectName: "enrolFingerprint"
                    Layout.fillWidth: true
                    text: dialog.fleet.enrolFingerprint === "" ? qsTr("No CA fingerprint (plain HTTP).")
                                                               : qsTr("CA fingerprint: %1").arg(dialog.fleet.enrolFingerprint)
                    wrapMode: Text.WrapAnywhere
                    font.family: "monospace"
                    font.pixelSize: 11
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("On the handheld's sign-in page, tap “Enrol this device” and scan the code, or type the code.")
                    wrapMode: Text.WordWrap
                    color: Theme.muted
                }
            }
        }
    }
}
