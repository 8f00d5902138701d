import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Refused operations in the worker's language: what happened, what it was about (names, not ids), when
// (local time), what to do (by the user's role), a button that opens the task (or, for an entry about a
// location or a product only, the "What is here?" page on it), and a grey "seen" that
// only takes the entry off this list. A supervisor sees every entry of the device; anyone else only their
// own (ExceptionsModel).
Item {
    id: page
    objectName: "exceptionsPage"
    property string openError: ""
    Component.onCompleted: App.exceptions.refresh()
    StackView.onActivated: {
        App.activeFlow = "home"
        App.exceptions.refresh()
    }

    function openAction(kind, id, transferKind) {
        page.openError = ""
        if (kind === "location" || kind === "product") {
            page.StackView.view.push("LookupPage.qml", { showKind: kind, showId: id })
            return
        }
        if (kind !== "transfer")
            return
        const flow = transferKind === "pick" ? App.pick : App.receive
        App.activeFlow = transferKind === "pick" ? "pick" : "receive"
        if (flow.start(id))
            page.StackView.view.push(transferKind === "pick" ? "PickPage.qml" : "ReceivePage.qml")
        else
            page.openError = flow.message
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Exceptions")
            subtitle: App.exceptions.supervisorView ? qsTr("%n open on this device", "", App.exceptions.count)
                                                    : qsTr("%n of yours to check", "", App.exceptions.count)
            onBack: page.StackView.view.pop()
        }
        MessageBanner {
            Layout.fillWidth: true
            Layout.margins: 4
            keepRoom: false
            message: page.openError
            level: 3
        }
        ListView {
            id: list
            objectName: "exceptionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 4
            clip: true
            spacing: 8
            model: App.exceptions
            delegate: Rectangle {
                id: entry
                required property int index
                required property string title
                required property string what
                required property string about
                required property string advice
                required property string time
                required property string message
                required property string userName
                required property string actionKind
                required property var actionId
                required property string actionText
                required property string transferKind
                readonly property color tone: App.exceptions.supervisorView ? Theme.error : Theme.warning
                width: ListView.view.width
                height: col.implicitHeight + 2 * Theme.margin
                color: "white"
                border.color: entry.tone
                border.width: 2
                radius: 6
                ColumnLayout {
                    id: col
                    anchors.fill: parent
                    anchors.margins: Theme.margin
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: entry.title
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                            color: entry.tone
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "exceptionTime_" + entry.index
                            text: entry.time
                            font.pixelSize: Theme.fontNormal
                            color: Theme.muted
                        }
                    }
                    Text {
                        objectName: "exceptionWhat_" + entry.index
                        Layout.fillWidth: true
                        text: entry.what
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: entry.about !== ""
                        text: entry.about
                        font.pixelSize: Theme.fontNormal
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: App.exceptions.supervisorView && entry.userName !== ""
                        text: qsTr("Done by %1").arg(entry.userName)
                        font.pixelSize: Theme.fontNormal
                        color: Theme.muted
                    }
                    Text {
                        objectName: "exceptionAdvice_" + entry.index
                        Layout.fillWidth: true
                        text: "→ " + entry.advice
                        font.pixelSize: Theme.fontNormal
                        wrapMode: Text.WordWrap
                    }
                    // The server's own words (often with internal numbers): for the supervisor only.
                    Text {
                        Layout.fillWidth: true
                        visible: App.exceptions.supervisorView && entry.message !== ""
                        text: qsTr("Server: %1").arg(entry.message)
                        font.pixelSize: Theme.fontNormal
                        color: Theme.muted
                        wrapMode: Text.WordWrap
                    }
                    BigButton {
                        objectName: "exceptionAction_" + entry.index
                        Layout.fillWidth: true
                        visible: entry.actionKind !== ""
                        text: entry.actionText
                        onClicked: page.openAction(entry.actionKind, entry.actionId, entry.transferKind)
                    }
                    BigButton {
                        objectName: "resolve_" + entry.index
                        Layout.fillWidth: true
                        text: qsTr("Seen: take it off this list")
                        color: Theme.muted
                        onClicked: App.exceptions.resolve(entry.index)
                    }
                }
            }
            Text {
                objectName: "noExceptions"
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.margin
                visible: list.count === 0
                text: App.exceptions.supervisorView ? qsTr("No exceptions.")
                                                    : qsTr("Nothing of yours to check.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontLarge
                color: Theme.muted
            }
        }
    }
}
