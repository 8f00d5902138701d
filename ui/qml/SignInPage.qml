import QtQuick
import QtQuick.Layouts
import Stockhand.Handheld

// Scan the badge, then enter the PIN. Works offline.
Item {
    id: page
    objectName: "signInPage"
    readonly property var flow: App.signIn
    Component.onCompleted: App.activeFlow = "signin"

    // A 4" screen scrolls rather than push "Other badge" out of reach.
    Flickable {
        id: signInFlick
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentHeight: Math.max(height, signInColumn.implicitHeight)
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ColumnLayout {
            id: signInColumn
            width: signInFlick.width
            height: signInFlick.contentHeight
            spacing: Theme.margin
            Text {
                Layout.fillWidth: true
                visible: page.flow.step !== SignInFlow.Pin // the pad needs the room
                text: qsTr("Stockhand")
                font.pixelSize: Theme.fontHuge
                font.bold: true
                color: Theme.accent
                horizontalAlignment: Text.AlignHCenter
            }
            StepHeader {
                Layout.fillWidth: true
                detailLines: page.flow.step === SignInFlow.Pin ? 1 : 2
                instruction: page.flow.step === SignInFlow.Pin ? qsTr("Enter your PIN")
                           : App.enrol.step !== EnrolFlow.Idle ? qsTr("Enrol this device") : qsTr("Scan your badge")
                value: page.flow.step === SignInFlow.Pin ? "●".repeat(pad.text.length) : ""
                detail: page.flow.step === SignInFlow.Pin ? page.flow.candidateName
                      : App.hasUsers ? qsTr("Sign-in works without network.")
                      : App.enrol.available ? qsTr("This device is not enrolled yet: scan the enrolment QR code from the supervisor console.")
                      : qsTr("This device has no users yet: enrol it with a server (--server, --enrol) or start it with --demo.")
            }
            // Enrolment by QR code, on a device that has a server connection but no token yet.
            ColumnLayout {
                objectName: "enrolPanel"
                Layout.fillWidth: true
                visible: App.enrol.available || App.enrol.step === EnrolFlow.Done
                spacing: 8
                BigButton {
                    objectName: "enrolStart"
                    Layout.fillWidth: true
                    visible: App.enrol.step === EnrolFlow.Idle
                    text: qsTr("Enrol this device")
                    onClicked: App.enrol.start()
                }
                Text {
                    objectName: "enrolMessage"
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: App.enrol.message
                    color: App.enrol.failed ? Theme.error : Theme.text
                    font.pixelSize: Theme.fontNormal
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "enrolDetails"
                    Layout.fillWidth: true
                    visible: App.enrol.step === EnrolFlow.Confirm
                    text: qsTr("Server: %1").arg(App.enrol.serverUrl) + "\n"
                          + (App.enrol.fingerprint === "" ? qsTr("CA fingerprint: none (no certificate pinned)")
                                                          : qsTr("CA fingerprint: %1").arg(App.enrol.fingerprint)) + "\n"
                          + qsTr("Code: %1").arg(App.enrol.code)
                    font.pixelSize: Theme.fontNormal
                    wrapMode: Text.WrapAnywhere
                    color: Theme.text
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: App.enrol.step === EnrolFlow.Scan || App.enrol.step === EnrolFlow.Confirm
                    BigButton {
                        objectName: "enrolConfirm"
                        Layout.fillWidth: true
                        visible: App.enrol.step === EnrolFlow.Confirm
                        text: qsTr("Enrol")
                        onClicked: App.enrol.confirm()
                    }
                    BigButton {
                        objectName: "enrolCancel"
                        Layout.fillWidth: true
                        text: qsTr("Cancel")
                        color: Theme.muted
                        onClicked: App.enrol.cancel()
                    }
                }
            }
            MessageBanner {
                Layout.fillWidth: true
                keepRoom: false
                // At the PIN only a refusal: the step already greets the user.
                message: page.flow.step === SignInFlow.Pin && page.flow.messageLevel < 2 ? "" : page.flow.message
                level: page.flow.messageLevel
            }
            Item { Layout.fillHeight: true }
            QuantityPad {
                id: pad
                Layout.fillWidth: true
                visible: page.flow.step === SignInFlow.Pin
                confirmText: qsTr("Sign in")
                onAccepted: function(pin) {
                    pad.text = ""
                    page.flow.enterPin(pin)
                }
            }
            BigButton {
                Layout.fillWidth: true
                visible: page.flow.step === SignInFlow.Pin
                text: qsTr("Other badge")
                color: Theme.muted
                onClicked: page.flow.cancel()
            }
            RowLayout {
                Layout.fillWidth: true
                visible: page.flow.step !== SignInFlow.Pin // chosen before the badge; the pad needs the room
                spacing: 8
                Repeater {
                    model: App.language.available
                    delegate: BigButton {
                        required property string modelData
                        objectName: "language_" + modelData
                        Layout.fillWidth: true
                        text: modelData === "de" ? "Deutsch" : "English"
                        color: App.language.language === modelData ? Theme.accent : Theme.muted
                        onClicked: App.language.setLanguage(modelData)
                    }
                }
            }
        }
    }
}
