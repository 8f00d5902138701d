import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// Open work by kind, the exceptions, the camera, and the user switch. Switching user while operations
// are unsent is refused with two ways out: "Sync now" and a supervisor's release (badge + PIN).
Item {
    id: page
    objectName: "homePage"
    clip: true
    property bool releasing: false // a supervisor is releasing the refused switch
    property string releaseBadge: ""
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

    // On a short screen (a 4" handheld with the sync bar's red explanation below) the page scrolls
    // rather than push its last buttons out of reach; with room the tiles take what is left.
    Flickable {
        id: homeFlick
        anchors.fill: parent
        contentHeight: Math.max(height, homeColumn.implicitHeight)
        interactive: contentHeight > height
        boundsBehavior: Flickable.StopAtBounds
        ColumnLayout {
            id: homeColumn
            width: homeFlick.width
            height: homeFlick.contentHeight
            spacing: 0
            PageHeader {
                Layout.fillWidth: true
                canGoBack: false
                title: App.session.userName
                subtitle: qsTr("Device %1").arg(App.deviceId.substring(0, 8))
            }
            GridLayout {
                // The tiles take the height the buttons leave: nothing below them is pushed off a short screen.
                Layout.fillWidth: true
                Layout.fillHeight: true
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
                        Layout.fillHeight: true
                        Layout.minimumHeight: Theme.touch
                        Layout.preferredHeight: Theme.touch
                        radius: 8
                        color: tileArea.pressed ? Qt.darker(Theme.accent, 1.3) : Theme.accent
                        // The count as large as the tile leaves beside the name (a short screen: one touch high).
                        ColumnLayout {
                            anchors.centerIn: parent
                            spacing: 0
                            Text {
                                Layout.alignment: Qt.AlignHCenter
                                text: tile.count
                                color: Theme.accentText
                                font.pixelSize: Math.max(Theme.fontLarge, Math.min(6 * Theme.mm,
                                                         (tile.height - tileName.implicitHeight - Theme.gap) / 1.2))
                                font.bold: true
                            }
                            Text {
                                id: tileName
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
                text: qsTr("Exceptions (%1)").arg(App.exceptions.count)
                // Red only for a supervisor, who decides; a worker's own refused operations are amber.
                color: App.exceptions.count === 0 ? Theme.muted
                     : App.exceptions.supervisorView ? Theme.error : Theme.warning
                onClicked: page.StackView.view.push("ExceptionsPage.qml")
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                spacing: Theme.margin
                BigButton {
                    objectName: "cameraButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Scan with the camera")
                    color: Theme.muted
                    onClicked: page.StackView.view.push("CameraPage.qml")
                }
                BigButton {
                    objectName: "printLabelsButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: App.labels.failedCount > 0 ? qsTr("Print labels (%n not printed)", "", App.labels.failedCount)
                                                     : qsTr("Print labels")
                    color: App.labels.failedCount > 0 ? Theme.warning : Theme.muted
                    onClicked: page.StackView.view.push("PrintLabelPage.qml")
                }
            }
            MessageBanner {
                Layout.fillWidth: true
                Layout.margins: Theme.margin
                keepRoom: false
                message: App.session.signOutBlocked ? "" : App.session.lastError
                level: 3
            }
            // "What is here?" and the user switch share a row: a 4" screen keeps every button in view.
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.margin
                Layout.leftMargin: Theme.margin
                Layout.rightMargin: Theme.margin
                Layout.bottomMargin: Theme.margin
                spacing: Theme.margin
                BigButton {
                    objectName: "lookupButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("What is here?")
                    color: Theme.muted
                    onClicked: page.StackView.view.push("LookupPage.qml")
                }
                BigButton {
                    objectName: "switchUserButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    text: qsTr("Switch user")
                    color: Theme.muted
                    onClicked: App.session.signOut()
                }
            }
        }
    }

    // A sync that sends the last operation lets the refused switch go through by itself.
    Connections {
        target: App.sync
        function onStatusChanged() {
            if (App.session.signOutBlocked && !page.releasing && App.sync.pendingCount === 0)
                App.session.signOut()
        }
    }
    Connections {
        target: App
        function onScanned(data) {
            if (page.releasing)
                page.releaseBadge = data
        }
    }
    function endRelease() {
        page.releasing = false
        page.releaseBadge = ""
        releasePad.text = ""
        App.activeFlow = "home"
    }

    // The refused switch: why, and the two ways out.
    Rectangle {
        objectName: "signOutRefusal"
        anchors.fill: parent
        z: 10
        visible: App.session.signOutBlocked
        color: Theme.background
        MouseArea { anchors.fill: parent } // nothing underneath is tapped through it
        Flickable {
            id: refusalFlick
            anchors.fill: parent
            anchors.margins: Theme.margin
            contentHeight: Math.max(height, refusalColumn.implicitHeight)
            interactive: contentHeight > height
            boundsBehavior: Flickable.StopAtBounds
            clip: true
            ColumnLayout {
                id: refusalColumn
                width: refusalFlick.width
                height: refusalFlick.contentHeight
                spacing: Theme.margin
                Text {
                    Layout.fillWidth: true
                    visible: !page.releasing // then the instruction and the pad need the room
                    text: qsTr("%1 cannot sign out yet").arg(App.session.userName)
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.warning
                    wrapMode: Text.WordWrap
                }
                Text {
                    objectName: "refusalText"
                    Layout.fillWidth: true
                    visible: !page.releasing
                    text: App.session.lastError
                    font.pixelSize: Theme.fontNormal
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: !page.releasing
                    text: App.sync ? App.sync.headline : ""
                    font.pixelSize: Theme.fontNormal
                    font.bold: true
                    color: Theme.muted
                }
                // The two ways out side by side (a 4" screen keeps "Stay signed in" in view).
                RowLayout {
                    Layout.fillWidth: true
                    visible: !page.releasing
                    spacing: Theme.margin
                    BigButton {
                        objectName: "syncNowButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Sync now")
                        onClicked: if (App.sync) App.sync.syncNow()
                    }
                    BigButton {
                        objectName: "releaseButton"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        text: qsTr("Supervisor release")
                        color: Theme.warning
                        onClicked: {
                            page.releasing = true
                            App.activeFlow = "handover"
                        }
                    }
                }
                Text {
                    objectName: "releaseInstruction"
                    Layout.fillWidth: true
                    visible: page.releasing
                    text: page.releaseBadge === "" ? qsTr("Supervisor: scan your badge.")
                                                   : qsTr("Supervisor: enter your PIN.")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    wrapMode: Text.WordWrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: !page.releasing
                    text: qsTr("A release signs %1 out now. The unsent operations stay theirs: they are sent with the next sync as %1's, signed as recorded.").arg(App.session.userName)
                    font.pixelSize: Theme.fontNormal
                    color: Theme.muted
                    wrapMode: Text.WordWrap
                }
                Item { Layout.fillHeight: true }
                QuantityPad {
                    id: releasePad
                    Layout.fillWidth: true
                    visible: page.releasing && page.releaseBadge !== ""
                    confirmText: qsTr("Release")
                    onAccepted: function(pin) {
                        releasePad.text = ""
                        if (App.session.releaseBySupervisor(page.releaseBadge, pin))
                            page.endRelease()
                        else
                            page.releaseBadge = ""
                    }
                }
                BigButton {
                    objectName: "refusalCancel"
                    Layout.fillWidth: true
                    text: qsTr("Stay signed in")
                    color: Theme.muted
                    onClicked: {
                        page.endRelease()
                        App.session.dismissError()
                    }
                }
            }
        }
    }
}
