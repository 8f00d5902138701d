import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// Sign-in at the desktop. Supervisors: login or badge (typed or scanned) and password, checked by the server
// through App.console.signIn (docs/security.md); offline, a session this computer holds opens with the same
// password. Receiving clerks: badge and PIN, checked on this computer as on a handheld (offline).
Pane {
    id: page
    objectName: "consoleSignIn"

    function submit() {
        if (App.console.signIn(badge.text, pin.text))
            badge.text = ""
        pin.text = ""
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: 380
        spacing: 12
        Label {
            Layout.fillWidth: true
            text: qsTr("Stockhand desktop")
            font.pixelSize: 26
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Supervisors: your login or badge and your password. The server checks it once; for 12 hours the console then opens on this computer with the same password, also offline. Decisions are saved here and sent with the next sync.")
            wrapMode: Text.WordWrap
            color: Theme.muted
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Receiving clerks: scan your badge and type your PIN; this computer checks it, also offline.")
            wrapMode: Text.WordWrap
            color: Theme.muted
        }
        Label { text: qsTr("Login or badge") }
        TextField {
            id: badge
            objectName: "consoleBadge"
            Layout.fillWidth: true
            placeholderText: qsTr("Type your login or scan your badge")
            focus: true
            onAccepted: pin.forceActiveFocus()
        }
        Label { text: qsTr("Password or PIN") }
        TextField {
            id: pin
            objectName: "consolePin"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            onAccepted: page.submit()
        }
        Button {
            objectName: "consoleSignInButton"
            Layout.fillWidth: true
            text: qsTr("Sign in")
            highlighted: true
            enabled: badge.text !== "" && pin.text !== "" && !App.console.signingIn
            onClicked: page.submit()
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: App.console.signingIn
            visible: running
        }
        Label {
            Layout.fillWidth: true
            visible: App.console.signingIn
            text: qsTr("Checking your password with the server…")
            horizontalAlignment: Text.AlignHCenter
        }
        Label {
            objectName: "consoleSignInMessage"
            Layout.fillWidth: true
            text: App.console.message
            visible: text !== "" && App.console.messageLevel === 3
            color: Theme.error
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Repeater {
                model: App.language.available
                delegate: Button {
                    required property string modelData
                    text: modelData.toUpperCase()
                    flat: App.language.language !== modelData
                    onClicked: App.language.setLanguage(modelData)
                }
            }
        }
    }
}
