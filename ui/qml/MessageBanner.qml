import QtQuick
import Stockhand.Handheld
import QtQuick.Layouts

// News from the last scan or action, in one place of fixed height (nothing below it moves): warnings
// and refusals on their colour, good news as plain text with a tick. What to do next is the step
// header's job, not this banner's.
Rectangle {
    id: banner
    property string message
    property string understood
    property int level: 0
    // Work screens keep the room (nothing moves under the thumb); lists and menus give it back while
    // there is no news (keepRoom: false).
    property bool keepRoom: true
    objectName: "messageBanner"
    visible: keepRoom || message !== ""
    implicitHeight: 2 * Math.ceil(Theme.fontNormal * 1.25) + 2 * Theme.gap
    color: level >= 2 && message !== "" ? Theme.levelColor(level) : "transparent"
    radius: 4

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        spacing: Theme.gap
        Text {
            visible: banner.level === 1 && banner.message !== ""
            text: "✓"
            color: Theme.ok
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        Text {
            objectName: "messageText"
            Layout.fillWidth: true
            Layout.fillHeight: true
            verticalAlignment: Text.AlignVCenter
            text: banner.message
            color: banner.level >= 2 ? "white" : banner.level === 1 ? Theme.ok : Theme.text
            font.pixelSize: Theme.fontNormal
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
