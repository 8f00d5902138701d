import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// The open picks, receipts or count tasks to choose from, urgent first, then by due time and zone; the
// task this user is in the middle of on top ("Resume"); picks can be ticked and started together.
// Scanning a reference opens a task too.
Item {
    id: page
    objectName: "taskListPage"
    property string kind: "pick"
    Component.onCompleted: activate()
    StackView.onActivated: activate()

    // The banner shows what a scan on this page did, never a message left from an earlier task or user.
    property bool fresh: false
    function activate() {
        page.fresh = false
        flow().leave()
        App.tasks.kind = kind
        App.tasks.refresh()
        App.activeFlow = kind
    }
    function flow() {
        return kind === "pick" ? App.pick : kind === "receive" ? App.receive : App.count
    }
    function pageFor() {
        return kind === "pick" ? "PickPage.qml" : kind === "receive" ? "ReceivePage.qml" : "CountPage.qml"
    }
    function openTask(id) {
        flow().start(id) // the step changes and the page opens (as for a scanned reference)
    }
    Connections {
        target: page.flow()
        function onMessageChanged() {
            if (page.StackView.status === StackView.Active)
                page.fresh = true
        }
        function onStepChanged() {
            // A tapped or scanned task started.
            if (page.StackView.status === StackView.Active && page.flow().step !== 0)
                page.StackView.view.push(page.pageFor())
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        PageHeader {
            Layout.fillWidth: true
            title: page.kind === "pick" ? qsTr("Picks") : page.kind === "receive" ? qsTr("Receipts") : qsTr("Count tasks")
            subtitle: qsTr("Choose one or scan its reference")
            onBack: page.StackView.view.pop()
        }
        MessageBanner {
            Layout.fillWidth: true
            Layout.margins: 4
            keepRoom: false
            message: page.fresh ? page.flow().message : ""
            level: page.flow().messageLevel
        }
        BigButton {
            objectName: "resumeButton"
            Layout.fillWidth: true
            Layout.margins: 4
            visible: App.tasks.resumeId !== 0
            text: qsTr("Resume %1").arg(App.tasks.resumeReference)
            color: Theme.ok
            onClicked: page.openTask(App.tasks.resumeId)
        }
        ListView {
            id: list
            objectName: "taskList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: App.tasks
            spacing: 4
            delegate: Rectangle {
                id: task
                required property int index
                required property int taskId
                required property string reference
                required property string detail
                required property int lines
                required property int openLines
                required property bool recount
                required property bool urgent
                required property string due
                required property string zone
                required property bool resume
                required property bool selected
                objectName: "task_" + task.reference
                width: ListView.view.width
                height: Math.max(Theme.touch + 16, info.implicitHeight + 16)
                color: taskArea.pressed ? "#dbe8f7" : task.resume ? "#e3f3e6" : "white"
                border.color: task.urgent ? Theme.error : "#c9d0d7"
                border.width: task.urgent ? 3 : 1
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    spacing: 8
                    ColumnLayout {
                        id: info
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: 6
                            Rectangle {
                                visible: task.urgent
                                Layout.preferredWidth: urgentText.implicitWidth + 12
                                Layout.preferredHeight: urgentText.implicitHeight + 4
                                color: Theme.error
                                radius: 3
                                Text {
                                    id: urgentText
                                    anchors.centerIn: parent
                                    text: qsTr("URGENT")
                                    color: "white"
                                    font.pixelSize: Theme.fontNormal
                                    font.bold: true
                                }
                            }
                            Text {
                                Layout.fillWidth: true
                                text: task.reference + (task.recount ? "  " + qsTr("RECOUNT") : "")
                                font.pixelSize: Theme.fontNormal
                                font.bold: true
                                color: task.recount ? Theme.warning : Theme.text
                                elide: Text.ElideRight
                            }
                        }
                        Text {
                            objectName: "taskWhen_" + task.reference
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: [task.due !== "" ? qsTr("due %1").arg(task.due) : "",
                                   task.zone !== "" ? qsTr("zone %1").arg(task.zone) : "",
                                   task.resume ? qsTr("yours, in progress") : ""].filter(t => t !== "").join(" · ")
                            font.pixelSize: Theme.fontNormal
                            color: task.urgent ? Theme.error : Theme.text
                        }
                        Text {
                            Layout.fillWidth: true
                            text: qsTr("%1 of %n line(s) open", "", task.lines).arg(task.openLines)
                                  + (task.detail !== "" ? " · " + task.detail : "")
                            font.pixelSize: Theme.fontNormal
                            color: Theme.muted
                            wrapMode: Text.WordWrap
                        }
                    }
                    // Batch picking: tick the orders to pick together.
                    Rectangle {
                        objectName: "tick_" + task.reference
                        visible: page.kind === "pick"
                        Layout.fillHeight: true
                        Layout.preferredWidth: Theme.touch
                        color: tickArea.pressed ? "#dbe8f7" : "transparent"
                        Rectangle {
                            anchors.centerIn: parent
                            width: 40
                            height: 40
                            radius: 4
                            border.color: Theme.accent
                            border.width: 3
                            color: task.selected ? Theme.accent : "white"
                            Text {
                                anchors.centerIn: parent
                                visible: task.selected
                                text: "✓"
                                color: "white"
                                font.pixelSize: Theme.fontLarge
                                font.bold: true
                            }
                        }
                        MouseArea {
                            id: tickArea
                            anchors.fill: parent
                            onClicked: App.tasks.toggleSelected(task.index)
                        }
                    }
                }
                MouseArea {
                    id: taskArea
                    anchors.fill: parent
                    anchors.rightMargin: page.kind === "pick" ? Theme.touch : 0
                    onClicked: page.openTask(task.taskId)
                }
            }
            Text {
                anchors.centerIn: parent
                visible: list.count === 0
                text: qsTr("Nothing to do.")
                font.pixelSize: Theme.fontLarge
                color: Theme.muted
            }
        }
        BigButton {
            objectName: "batchButton"
            Layout.fillWidth: true
            Layout.margins: 6
            visible: page.kind === "pick" && list.count > 1
            enabled: App.tasks.selectedCount >= 2
            text: App.tasks.selectedCount >= 2 ? qsTr("Pick the %n ticked orders together", "", App.tasks.selectedCount)
                                               : qsTr("Tick 2 or more orders to pick them together")
            onClicked: {
                const ids = App.tasks.selectedIds()
                App.tasks.clearSelection()
                App.pick.startBatch(ids)
            }
        }
    }
}
