import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// Always visible: online or not, operations waiting to be sent, the last sync, open exceptions.
Rectangle {
    id: bar
    property var sync: App.sync
    signal exceptionsClicked()

    // "3 to send (oldest 12 min) · synced 10:42", or the progress of a first sync.
    function summary() {
        if (sync.progress >= 0)
            return qsTr("syncing %1%").arg(Math.round(sync.progress * 100))
        let text = qsTr("%n to send", "", sync.pendingCount)
        if (sync.pendingCount > 0 && sync.oldestPendingAgeSeconds >= 60)
            text += " " + qsTr("(oldest %1 min)").arg(Math.floor(sync.oldestPendingAgeSeconds / 60))
        text += " · " + (sync.lastSyncTime && !isNaN(sync.lastSyncTime)
                         ? qsTr("synced %1").arg(Qt.formatTime(sync.lastSyncTime, "hh:mm")) : qsTr("never synced"))
        if (!sync.online && sync.lastError !== "")
            text += " · " + sync.lastError
        return text
    }
    objectName: "syncBar"
    implicitHeight: 44
    color: sync && sync.online ? Theme.ok : Theme.offline

    // Tapping the bar asks for a sync now (the engine never runs two at once).
    MouseArea {
        objectName: "syncNowArea"
        anchors.fill: parent
        onClicked: if (bar.sync) bar.sync.syncNow()
    }

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
            text: bar.sync ? bar.summary() : ""
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
