import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Open work by kind, the exceptions, and the user switch.
Item {
    id: page
    objectName: "homePage"
    Component.onCompleted: {
        App.activeFlow = "home"
        App.refresh()
    }
    StackView.onActivated: {
        App.activeFlow = "home"
        App.refresh()
    }

    function title(kind) {
        return kind === "pick" ? qsTr("Picking") : kind === "receive" ? qsTr("Receiving")
             : kind === "putaway" ? qsTr("Putaway") : qsTr("Counting")
    }
    function openKind(kind) {
        if (kind === "putaway")
            page.StackView.view.push("PutawayPage.qml")
        else
            page.StackView.view.push("TaskListPage.qml", { kind: kind })
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            canGoBack: false
            title: App.session.userName
            subtitle: qsTr("Device %1").arg(App.deviceId.substring(0, 8))
        }
        GridLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            columns: 2
            rowSpacing: Theme.margin
            columnSpacing: Theme.margin
            Repeater {
                model: App.summary
                delegate: Rectangle {
                    id: tile
                    required property string kind
                    required property int count
                    required property bool allowed
                    objectName: "tile_" + tile.kind
                    opacity: tile.allowed ? 1 : 0.35
                    Layout.fillWidth: true
                    Layout.preferredHeight: 140
                    radius: 8
                    color: tileArea.pressed ? Qt.darker(Theme.accent, 1.3) : Theme.accent
                    ColumnLayout {
                        anchors.centerIn: parent
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            text: tile.count
                            color: Theme.accentText
                            font.pixelSize: 48
                            font.bold: true
                        }
                        Text {
                            Layout.alignment: Qt.AlignHCenter
                            text: page.title(tile.kind)
                            color: Theme.accentText
                            font.pixelSize: Theme.fontNormal
                            font.bold: true
                        }
                    }
                    MouseArea {
                        id: tileArea
                        anchors.fill: parent
                        enabled: tile.allowed
                        onClicked: page.openKind(tile.kind)
                    }
                }
            }
        }
        BigButton {
            objectName: "exceptionsButton"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: qsTr("Exceptions (%1)").arg(App.sync ? App.sync.exceptionCount : 0)
            color: App.sync && App.sync.exceptionCount > 0 ? Theme.error : Theme.muted
            onClicked: page.StackView.view.push("ExceptionsPage.qml")
        }
        BigButton {
            objectName: "printLabelsButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: App.labels.failedCount > 0 ? qsTr("Print labels (%n not printed)", "", App.labels.failedCount)
                                             : qsTr("Print labels")
            color: App.labels.failedCount > 0 ? Theme.warning : Theme.muted
            onClicked: page.StackView.view.push("PrintLabelPage.qml")
        }
        BigButton {
            objectName: "lookupButton"
            Layout.fillWidth: true
            Layout.topMargin: Theme.margin
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            text: qsTr("What is here?")
            color: Theme.muted
            onClicked: page.StackView.view.push("LookupPage.qml")
        }
        Item { Layout.fillHeight: true }
        MessageBanner {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            message: App.session.lastError
            level: 3
        }
        BigButton {
            objectName: "switchUserButton"
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            text: qsTr("Switch user")
            color: Theme.muted
            onClicked: App.session.signOut()
        }
    }
}
