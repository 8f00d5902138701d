import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// Sign-in for supervisors: badge (typed or scanned) and PIN, checked by App.console.signIn.
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
            text: qsTr("Supervisor console")
            font.pixelSize: 26
            font.bold: true
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Sign in with your badge and PIN. Decisions are saved on this computer and sent with the next sync.")
            wrapMode: Text.WordWrap
            color: Theme.muted
        }
        Label { text: qsTr("Badge") }
        TextField {
            id: badge
            objectName: "consoleBadge"
            Layout.fillWidth: true
            placeholderText: qsTr("Scan or type your badge")
            focus: true
            onAccepted: pin.forceActiveFocus()
        }
        Label { text: qsTr("PIN") }
        TextField {
            id: pin
            objectName: "consolePin"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            onAccepted: page.submit()
        }
        Button {
            objectName: "consoleSignInButton"
            Layout.fillWidth: true
            text: qsTr("Sign in")
            highlighted: true
            enabled: badge.text !== "" && pin.text !== ""
            onClicked: page.submit()
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
