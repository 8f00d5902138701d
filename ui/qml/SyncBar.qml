import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// Always visible: online or not, operations waiting to be sent, the last sync, open exceptions.
Rectangle {
    id: bar
    property var sync: App.sync
    signal exceptionsClicked()
    objectName: "syncBar"
    implicitHeight: 44
    color: sync && sync.online ? Theme.ok : Theme.offline

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        spacing: 10
        Text {
            objectName: "syncOnline"
            text: bar.sync && bar.sync.online ? qsTr("Online") : qsTr("Offline")
            color: "white"
            font.pixelSize: Theme.fontSmall
            font.bold: true
        }
        Text {
            objectName: "syncPending"
            Layout.fillWidth: true
            text: bar.sync ? qsTr("%n to send", "", bar.sync.pendingCount)
                             + (bar.sync.lastSyncTime && !isNaN(bar.sync.lastSyncTime)
                                ? " · " + qsTr("synced %1").arg(Qt.formatTime(bar.sync.lastSyncTime, "hh:mm"))
                                : " · " + qsTr("never synced"))
                           : ""
            color: "white"
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
        }
        Rectangle {
            objectName: "exceptionsBadge"
            visible: bar.sync && bar.sync.exceptionCount > 0
            Layout.preferredHeight: 32
            Layout.preferredWidth: Math.max(32, badgeText.implicitWidth + 16)
            radius: 16
            color: Theme.error
            border.color: "white"
            Text {
                id: badgeText
                anchors.centerIn: parent
                text: bar.sync ? bar.sync.exceptionCount : ""
                color: "white"
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
            MouseArea {
                anchors.fill: parent
                onClicked: bar.exceptionsClicked()
            }
        }
    }
}
