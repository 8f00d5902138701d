import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// Always visible, one colour per state (SyncStatusSource.state): green online, grey offline with nothing
// to send, amber offline with operations waiting (how many, for how long), red when syncing stopped (with
// what to do). Tapping it syncs now; the badge opens the exceptions the signed-in user has to check.
Rectangle {
    id: bar
    property var sync: App.sync
    signal exceptionsClicked()

    objectName: "syncBar"
    readonly property int syncState: sync ? sync.state : SyncStatusSource.Offline
    implicitHeight: Math.max(Theme.touch, texts.implicitHeight + 12)
    color: syncState === SyncStatusSource.Online ? Theme.ok
         : syncState === SyncStatusSource.Waiting ? Theme.warning
         : syncState === SyncStatusSource.Failed ? Theme.error : Theme.offline

    // Tapping the bar asks for a sync now (the engine never runs two at once).
    MouseArea {
        objectName: "syncNowArea"
        anchors.fill: parent
        onClicked: if (bar.sync) bar.sync.syncNow()
    }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        spacing: 10
        ColumnLayout {
            id: texts
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: 0
            Text {
                objectName: "syncOnline"
                Layout.fillWidth: true
                text: bar.sync ? bar.sync.headline : ""
                color: "white"
                font.pixelSize: Theme.fontNormal
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                objectName: "syncPending"
                Layout.fillWidth: true
                text: bar.sync ? bar.sync.detail : ""
                color: "white"
                font.pixelSize: Theme.fontNormal
                wrapMode: bar.syncState === SyncStatusSource.Failed ? Text.WordWrap : Text.NoWrap
                elide: bar.syncState === SyncStatusSource.Failed ? Text.ElideNone : Text.ElideRight
            }
        }
        Rectangle {
            objectName: "exceptionsBadge"
            visible: App.session.signedIn && App.exceptions.count > 0
            Layout.fillHeight: true
            Layout.preferredWidth: Math.max(Theme.touch, badgeColumn.implicitWidth + 24)
            color: App.exceptions.supervisorView ? Theme.error : Theme.warning
            border.color: "white"
            border.width: 2
            Column {
                id: badgeColumn
                anchors.centerIn: parent
                Text {
                    id: badgeText
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: App.exceptions.count
                    color: "white"
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                }
                Text {
                    anchors.horizontalCenter: parent.horizontalCenter
                    text: qsTr("to check")
                    color: "white"
                    font.pixelSize: Theme.fontNormal
                }
            }
            MouseArea {
                anchors.fill: parent
                onClicked: bar.exceptionsClicked()
            }
        }
    }
}
