import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Stockhand.Handheld

// The scan field: codes typed by hand (keyboard-wedge scans are taken out of the key stream by the scan
// detector and reach the flow directly). As one types, matches appear above it (locations, SKUs, product
// names: App.matches), chosen by tap or arrow keys + Enter. After a code that means several things, the
// flow's choices appear there instead: the worker chooses, the device never guesses.
TextField {
    id: field
    objectName: "scanInput"
    placeholderText: qsTr("Scan or type a code, then Enter")
    font.pixelSize: Theme.fontNormal
    implicitHeight: Theme.touch // tapped to type: a target for gloves like any other
    color: Theme.text
    inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
    background: Rectangle {
        color: "white"
        border.color: field.activeFocus ? Theme.accent : Theme.muted
        border.width: 2
        radius: 4
    }

    readonly property var flow: App.current
    readonly property var choices: flow ? flow.choices : []
    readonly property bool choosing: choices.length > 0
    readonly property int rows: choosing ? choices.length : (field.text.length >= 2 ? App.matches.count : 0)
    property int highlighted: -1
    property int revision: 0 // the rows' labels follow App.matches (their bindings read it)
    Connections {
        target: App.matches
        function onModelReset() { field.revision++ }
    }

    function send(code) {
        text = ""
        App.matches.text = ""
        highlighted = -1
        App.scan(code)
    }
    function kindAt(row) {
        const v = choosing ? (row < choices.length ? choices[row].kind : "") : App.matches.value(row, "kind")
        return v === undefined ? "" : v
    }
    function labelAt(row) {
        const v = choosing ? (row < choices.length ? choices[row].label : "") : App.matches.value(row, "label")
        return v === undefined ? "" : v
    }
    function pick(row) {
        if (choosing) {
            highlighted = -1
            flow.choose(row)
        } else {
            send(App.matches.code(row))
        }
    }

    onTextEdited: {
        App.matches.text = text
        highlighted = -1
    }
    onAccepted: {
        if (highlighted >= 0 && highlighted < rows)
            pick(highlighted)
        else if (text.trim() !== "")
            send(text)
    }
    Keys.onUpPressed: highlighted = rows === 0 ? -1 : (highlighted <= 0 ? rows - 1 : highlighted - 1)
    Keys.onDownPressed: highlighted = rows === 0 ? -1 : (highlighted + 1) % rows
    Keys.onEscapePressed: {
        highlighted = -1
        App.matches.text = ""
        text = ""
    }

    Popup {
        id: popup
        objectName: "matchList"
        visible: field.rows > 0
        x: 0
        y: -height - 4
        width: field.width
        // At most five rows of Theme.touch (the list scrolls): the screen above the field stays in view.
        height: Math.min(list.contentHeight, 5 * Theme.touch) + (header.visible ? header.implicitHeight : 0) + 8
        padding: 4
        focus: false
        closePolicy: Popup.NoAutoClose
        background: Rectangle {
            color: "white"
            border.color: Theme.accent
            border.width: 2
            radius: 4
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            Text {
                id: header
                objectName: "matchHeader"
                Layout.fillWidth: true
                visible: field.choosing
                text: qsTr("Which one did you mean?")
                font.pixelSize: Theme.fontNormal
                font.bold: true
                color: Theme.text
                padding: 6
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                interactive: contentHeight > height
                model: field.rows
                currentIndex: field.highlighted
                delegate: Rectangle {
                    id: row
                    required property int index
                    readonly property string kind: field.revision >= 0 ? field.kindAt(index) : ""
                    readonly property string label: field.revision >= 0 ? field.labelAt(index) : ""
                    objectName: "match_" + index
                    width: ListView.view.width
                    height: Theme.touch
                    color: index === field.highlighted ? Theme.accent : (tap.pressed ? "#e0e0e0" : "white")
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        spacing: 8
                        Text {
                            text: row.kind === "location" ? qsTr("Location") : row.kind === "product" ? qsTr("Product")
                                : row.kind === "lot" ? qsTr("Lot") : row.kind === "serial" ? qsTr("Serial")
                                : row.kind === "package" ? qsTr("Package") : row.kind
                            font.pixelSize: Theme.fontNormal
                            color: row.index === field.highlighted ? Theme.accentText : Theme.muted
                            Layout.preferredWidth: 13 * Theme.mm // "Lagerplatz" at the readable size
                        }
                        Text {
                            Layout.fillWidth: true
                            text: row.label
                            elide: Text.ElideRight
                            font.pixelSize: Theme.fontNormal
                            color: row.index === field.highlighted ? Theme.accentText : Theme.text
                        }
                    }
                    MouseArea {
                        id: tap
                        anchors.fill: parent
                        onClicked: field.pick(row.index)
                    }
                }
            }
        }
    }
}
