import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// The count thresholds (auto-approve policy): a count whose variance stays within every threshold of the
// most specific policy is approved by the server at once; the others wait here. A supervisor sets those of
// this warehouse, per counting-user group or for every counter; an administrator also those of every
// warehouse. Saving records the operation set_count_policy: the server applies it to later counts.
Dialog {
    id: dialog
    modal: true
    width: 760
    title: qsTr("Count thresholds")
    property var policies: []

    function load(index) {
        const p = index >= 0 && index < policies.length ? policies[index] : null
        group.text = p ? p.group : ""
        everyWarehouse.checked = p ? p.allWarehouses : false
        maxQty.text = p ? p.maxQty : ""
        maxPercent.text = p ? p.maxPercent : ""
        maxValue.text = p ? p.maxValue : ""
    }
    onAboutToShow: {
        policies = App.console.countPolicies()
        list.currentIndex = -1
        load(-1)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("A count within every threshold of the most specific policy (this warehouse and the counter's group, this warehouse, every warehouse and the group, every warehouse) is approved by the server at once; the others wait for a supervisor. An empty field turns that threshold off.")
            color: Theme.muted
        }
        ListView {
            id: list
            objectName: "thresholdsList"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 160)
            clip: true
            model: dialog.policies
            delegate: ItemDelegate {
                required property var modelData
                required property int index
                width: ListView.view.width
                highlighted: ListView.isCurrentItem
                text: qsTr("%1 — units %2 · percent %3 · value %4").arg(modelData.scope)
                      .arg(modelData.maxQty !== "" ? modelData.maxQty : qsTr("off"))
                      .arg(modelData.maxPercent !== "" ? modelData.maxPercent + " %" : qsTr("off"))
                      .arg(modelData.maxValue !== "" ? modelData.maxValue : qsTr("off"))
                onClicked: { list.currentIndex = index; dialog.load(index) }
            }
        }
        Label {
            visible: dialog.policies.length === 0
            text: qsTr("No policy set: the server's configured defaults apply.")
            color: Theme.muted
        }
        GridLayout {
            columns: 4
            columnSpacing: 12
            Label { text: qsTr("Counting group") }
            TextField {
                id: group
                objectName: "thresholdGroup"
                Layout.fillWidth: true
                placeholderText: qsTr("empty = every counter")
            }
            CheckBox {
                id: everyWarehouse
                objectName: "thresholdEveryWarehouse"
                Layout.columnSpan: 2
                text: qsTr("Every warehouse (administrators)")
                visible: App.session.roles.indexOf("admin") >= 0
                indicator: Rectangle {
                    implicitWidth: 18
                    implicitHeight: 18
                    x: everyWarehouse.leftPadding
                    y: (everyWarehouse.height - height) / 2
                    border.color: Theme.muted
                    Label { anchors.centerIn: parent; text: everyWarehouse.checked ? "✓" : "" }
                }
            }
            Label { text: qsTr("Max. units") }
            TextField { id: maxQty; objectName: "thresholdQty"; Layout.fillWidth: true; placeholderText: qsTr("off") }
            Label { text: qsTr("Max. percent") }
            TextField { id: maxPercent; objectName: "thresholdPercent"; Layout.fillWidth: true; placeholderText: qsTr("off") }
            Label { text: qsTr("Max. value") }
            TextField { id: maxValue; objectName: "thresholdValue"; Layout.fillWidth: true; placeholderText: qsTr("off") }
        }
        Label {
            Layout.fillWidth: true
            text: App.console.message
            visible: text !== "" && App.console.messageLevel === 3
            color: Theme.error
            wrapMode: Text.WordWrap
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "thresholdRemove"
            text: qsTr("Remove this policy")
            enabled: list.currentIndex >= 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: if (App.console.removeCountPolicy(group.text, everyWarehouse.checked)) dialog.close()
        }
        Button {
            objectName: "thresholdSave"
            text: qsTr("Save thresholds")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: if (App.console.setCountPolicy(group.text, everyWarehouse.checked, maxQty.text,
                                                      maxPercent.text, maxValue.text)) dialog.close()
        }
        Button {
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }
}
