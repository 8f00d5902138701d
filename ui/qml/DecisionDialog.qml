import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// The confirmation of a decision on count adjustments: names what is decided (built in C++), asks for
// the reason and note the reason policy wants, and records only on its button.
Dialog {
    id: dialog
    property int decision: SupervisorConsole.Approve
    property var ids: []
    readonly property string reasonCode: reason.currentIndex >= 0 && reasonChoices.length > 0
                                         ? reasonChoices[reason.currentIndex].code : ""
    // An approval needs a reason; a rejection may go without one.
    readonly property var reasonChoices: {
        const list = decision === SupervisorConsole.Reject ? [{ code: "", label: qsTr("(no reason)") }] : []
        const reasons = App.console.reasons
        for (let i = 0; i < reasons.count; ++i)
            list.push({ code: reasons.value(i, "code"), label: reasons.value(i, "label") })
        return list
    }
    readonly property string problem: App.console.reasonProblem(decision, reasonCode, note.text)

    modal: true
    width: 720
    title: decision === SupervisorConsole.Approve ? qsTr("Approve count adjustments")
         : decision === SupervisorConsole.Reject ? qsTr("Reject a count adjustment") : qsTr("Request a recount")
    onAboutToShow: {
        reason.currentIndex = decision === SupervisorConsole.Approve ? -1 : 0
        note.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            objectName: "decisionText"
            Layout.fillWidth: true
            text: App.console.describe(dialog.decision, dialog.ids, dialog.reasonCode)
            wrapMode: Text.WordWrap
        }
        RowLayout {
            visible: dialog.decision !== SupervisorConsole.Recount
            Label { text: qsTr("Reason") }
            ComboBox {
                // A drawn arrow: the style's arrow image leaks its texture under the software renderer (Qt 6.4).
                indicator: Label {
                    x: parent.width - width - 8
                    y: (parent.height - height) / 2
                    text: "▾"
                }
                id: reason
                objectName: "decisionReason"
                Layout.preferredWidth: 300
                model: dialog.reasonChoices
                textRole: "label"
                displayText: currentIndex < 0 ? qsTr("Choose a reason") : currentText
            }
        }
        TextField {
            id: note
            objectName: "decisionNote"
            Layout.fillWidth: true
            visible: dialog.decision !== SupervisorConsole.Recount
            placeholderText: qsTr("Note (needed for some reasons)")
        }
        Label {
            objectName: "decisionProblem"
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.problem
            color: Theme.error
            wrapMode: Text.WordWrap
        }
    }

    footer: DialogButtonBox {
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        Button {
            objectName: "decisionConfirm"
            text: dialog.decision === SupervisorConsole.Approve ? qsTr("Approve")
                : dialog.decision === SupervisorConsole.Reject ? qsTr("Reject") : qsTr("Request recount")
            highlighted: true
            enabled: dialog.problem === "" && dialog.ids.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
    }
    onAccepted: {
        if (decision === SupervisorConsole.Approve)
            App.console.approve(ids, reasonCode, note.text)
        else if (decision === SupervisorConsole.Reject)
            App.console.reject(ids[0], reasonCode, note.text)
        else
            App.console.requestRecount(ids[0])
    }
}
