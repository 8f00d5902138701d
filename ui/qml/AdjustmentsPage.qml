import QtQuick
import QtQuick.Controls.Fusion
import QtQuick.Layouts
import Stockhand.Handheld

// Pending count adjustments as a sortable, filterable table. A click selects a row; the check boxes pick
// rows for a bulk approval. Every decision goes through DecisionDialog, which names what is decided.
Item {
    id: page
    objectName: "adjustmentsPage"
    property var rows: App.console.adjustments
    property real currentId: 0 // the adjustment of the row clicked last

    function decide(decision, ids) {
        dialog.decision = decision
        dialog.ids = ids
        dialog.open()
    }
    function approveIds() {
        const checked = App.console.checkedIds()
        return checked.length > 0 ? checked : (currentId > 0 ? [currentId] : [])
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("Count adjustments")
                font.pixelSize: 20
                font.bold: true
            }
            Label {
                objectName: "adjustmentsShown"
                text: qsTr("%1 of %2 shown · %3 selected").arg(page.rows.count)
                    .arg(App.console.adjustmentTable.count).arg(App.console.adjustmentTable.checkedCount)
                color: Theme.muted
            }
            Item { Layout.fillWidth: true }
            TextField {
                objectName: "adjustmentsSearch"
                Layout.preferredWidth: 260
                placeholderText: qsTr("Find location, product, lot, counter")
                text: page.rows.filterText
                onTextEdited: page.rows.filterText = text
            }
            ComboBox {
                // A drawn arrow: the style's arrow image leaks its texture under the software renderer (Qt 6.4).
                indicator: Label {
                    x: parent.width - width - 8
                    y: (parent.height - height) / 2
                    text: "▾"
                }
                objectName: "adjustmentsArea"
                Layout.preferredWidth: 160
                model: [qsTr("All areas")].concat(page.rows.areas)
                onActivated: (i) => page.rows.area = i === 0 ? "" : page.rows.areas[i - 1]
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Button {
                objectName: "approveButton"
                text: App.console.adjustmentTable.checkedCount > 0
                      ? qsTr("Approve selected (%1)…").arg(App.console.adjustmentTable.checkedCount)
                      : qsTr("Approve…")
                highlighted: true
                enabled: App.console.adjustmentTable.checkedCount > 0 || page.currentId > 0
                onClicked: page.decide(SupervisorConsole.Approve, page.approveIds())
            }
            Button {
                objectName: "rejectButton"
                text: qsTr("Reject…")
                enabled: page.currentId > 0
                onClicked: page.decide(SupervisorConsole.Reject, [page.currentId])
            }
            Button {
                objectName: "recountButton"
                text: qsTr("Request recount…")
                enabled: page.currentId > 0
                onClicked: page.decide(SupervisorConsole.Recount, [page.currentId])
            }
            Button {
                objectName: "selectAllButton"
                text: qsTr("Select all shown")
                onClicked: page.rows.checkAllShown(true)
            }
            Button {
                text: qsTr("Clear selection")
                enabled: App.console.adjustmentTable.checkedCount > 0
                onClicked: page.rows.checkAllShown(false)
            }
            Item { Layout.fillWidth: true }
            Label {
                objectName: "approvalLimit"
                text: App.session.signedIn ? App.console.approvalLimitText() : ""
                color: Theme.muted
            }
            Button {
                objectName: "thresholdsButton"
                text: qsTr("Thresholds…")
                onClicked: thresholds.open()
            }
        }

        Label {
            objectName: "varianceNote"
            Layout.fillWidth: true
            text: qsTr("Variance = counted − book at the counted time. Moves since the count are shown for information: they do not change the variance, and an approval books the variance onto today's stock.")
            wrapMode: Text.WordWrap
            color: Theme.muted
        }

        HorizontalHeaderView {
            id: header
            objectName: "adjustmentsHeader"
            Layout.fillWidth: true
            syncView: table
            clip: true
            delegate: Rectangle {
                implicitWidth: 80
                implicitHeight: 42
                color: "#e4e7eb"
                border.color: "#c4c9cf"
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 5
                    anchors.rightMargin: 5
                    verticalAlignment: Text.AlignVCenter
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    font.bold: true
                    font.pixelSize: 12
                    text: model.display + (page.rows.sortColumn === column ? (page.rows.sortAscending ? " ▲" : " ▼") : "")
                }
                TapHandler {
                    onTapped: if (column > 0) page.rows.sortByColumn(column)
                }
            }
        }

        TableView {
            id: table
            objectName: "adjustmentsTable"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: page.rows
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AlwaysOn }
            ScrollBar.horizontal: ScrollBar {}
            // Check box, location, product, lot, book, counted, variance, %, value, counted by, at, moved, others;
            // the decision takes what is left (at least 150).
            readonly property var widths: [24, 130, 196, 92, 50, 62, 66, 66, 78, 118, 92, 58, 106]
            columnWidthProvider: (c) => c < widths.length ? widths[c]
                                        : Math.max(108, width - 12 - widths.reduce((a, b) => a + b, 0))
            rowHeightProvider: () => 28
            delegate: Rectangle {
                implicitHeight: 28
                color: model.adjustmentId === page.currentId ? "#cfe0f5" : (row % 2 ? "#f6f7f9" : "white")
                border.color: "#e3e6ea"
                // A drawn check box (no image per cell): the first column only.
                Rectangle {
                    anchors.centerIn: parent
                    visible: column === 0
                    width: 15
                    height: 15
                    radius: 2
                    color: model.checked ? Theme.accent : "white"
                    border.color: model.decidable ? "#5f6b77" : "#c4c9cf"
                    Text {
                        anchors.centerIn: parent
                        visible: model.checked
                        text: "✓"
                        color: "white"
                        font.pixelSize: 12
                        font.bold: true
                    }
                }
                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 5
                    anchors.rightMargin: 5
                    visible: column > 0
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: model.alignRight ? Text.AlignRight : Text.AlignLeft
                    elide: Text.ElideRight
                    font.pixelSize: 12
                    text: model.display
                    color: model.tone === "loss" || model.tone === "refused" ? Theme.error
                         : model.tone === "gain" ? Theme.ok : model.tone === "busy" ? Theme.accent : Theme.text
                    ToolTip.visible: hover.hovered && (truncated || model.toolTip !== undefined && model.toolTip !== "")
                    ToolTip.text: model.toolTip ? model.toolTip : text
                    HoverHandler { id: hover }
                }
                TapHandler {
                    onTapped: {
                        if (column === 0)
                            page.rows.setChecked(row, !model.checked)
                        else
                            page.currentId = model.adjustmentId
                    }
                    onDoubleTapped: {
                        page.currentId = model.adjustmentId
                        if (model.decidable)
                            page.decide(SupervisorConsole.Approve, [model.adjustmentId])
                    }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: page.rows.count === 0
            text: App.console.adjustmentTable.count === 0 ? qsTr("No count adjustment waits for a decision.")
                                                          : qsTr("No count adjustment matches the filter.")
            color: Theme.muted
        }
    }

    ThresholdsDialog {
        id: thresholds
        objectName: "thresholdsDialog"
        anchors.centerIn: parent
    }

    DecisionDialog {
        id: dialog
        objectName: "decisionDialog"
        anchors.centerIn: parent
    }
}
