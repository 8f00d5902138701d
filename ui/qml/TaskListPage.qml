import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// The open picks, receipts or count tasks to choose from; scanning a reference opens it too.
Item {
    id: page
    objectName: "taskListPage"
    property string kind: "pick"
    Component.onCompleted: activate()
    StackView.onActivated: activate()

    function activate() {
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
            message: page.flow().message
            level: page.flow().messageLevel
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
                required property int taskId
                required property string reference
                required property string detail
                required property int lines
                required property int openLines
                required property bool recount
                objectName: "task_" + task.reference
                width: ListView.view.width
                height: 76
                color: taskArea.pressed ? "#dbe8f7" : "white"
                border.color: "#c9d0d7"
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 2
                    Text {
                        text: task.reference + (task.recount ? "  " + qsTr("RECOUNT") : "")
                        font.pixelSize: Theme.fontNormal
                        font.bold: true
                        color: task.recount ? Theme.warning : Theme.text
                    }
                    Text {
                        Layout.fillWidth: true
                        text: (task.detail !== "" ? task.detail + " · " : "") + qsTr("%1 of %n line(s) open", "", task.lines).arg(task.openLines)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.muted
                        elide: Text.ElideRight
                    }
                }
                MouseArea {
                    id: taskArea
                    anchors.fill: parent
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
            text: qsTr("Pick the first %1 together").arg(Math.min(3, list.count))
            onClicked: App.pick.startBatch(App.tasks.firstIds(3))
        }
    }
}
