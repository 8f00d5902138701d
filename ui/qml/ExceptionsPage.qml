import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Rejected operations and reported exceptions, each with the server's reason and what to do next.
Item {
    id: page
    objectName: "exceptionsPage"
    Component.onCompleted: App.exceptions.refresh()
    StackView.onActivated: App.exceptions.refresh()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Exceptions")
            subtitle: qsTr("%n open", "", App.exceptions.count)
            onBack: page.StackView.view.pop()
        }
        ListView {
            id: list
            objectName: "exceptionList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 6
            model: App.exceptions
            delegate: Rectangle {
                id: entry
                required property int index
                required property string kind
                required property string code
                required property string message
                required property string advice
                required property string time
                width: ListView.view.width
                height: col.implicitHeight + 16
                color: "white"
                border.color: Theme.error
                border.width: 2
                ColumnLayout {
                    id: col
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 2
                    Text {
                        Layout.fillWidth: true
                        text: (entry.kind !== "" ? entry.kind + " · " : "") + entry.code
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.error
                    }
                    Text {
                        Layout.fillWidth: true
                        text: entry.message
                        font.pixelSize: Theme.fontNormal
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        Layout.fillWidth: true
                        text: "→ " + entry.advice
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Text {
                            Layout.fillWidth: true
                            text: entry.time
                            font.pixelSize: Theme.fontSmall
                            color: Theme.muted
                        }
                        BigButton {
                            objectName: "resolve_" + entry.index
                            implicitHeight: 52
                            text: qsTr("Done")
                            color: Theme.ok
                            onClicked: App.exceptions.resolve(entry.index)
                        }
                    }
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("No exceptions.")
                font.pixelSize: Theme.fontLarge
                color: Theme.muted
            }
        }
    }
}
