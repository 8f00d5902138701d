pragma Singleton
import QtQuick

// High contrast, large targets: readable at arm's length, usable with gloves.
QtObject {
    readonly property color background: "#ffffff"
    readonly property color surface: "#eef1f4"
    readonly property color text: "#000000"
    readonly property color muted: "#44505c"
    readonly property color accent: "#0b4f9c"
    readonly property color accentText: "#ffffff"
    readonly property color ok: "#0a7d20"
    readonly property color warning: "#b35c00"
    readonly property color error: "#b00020"
    readonly property color offline: "#5a5a5a"
    readonly property int touch: 72 // minimum height of anything tapped
    readonly property int margin: 12
    readonly property int fontSmall: 16
    readonly property int fontNormal: 20
    readonly property int fontLarge: 28
    readonly property int fontHuge: 40

    function levelColor(level) {
        // Feedback.Level: 0 none, 1 ok, 2 warning, 3 error
        return level === 1 ? ok : level === 2 ? warning : level === 3 ? error : muted
    }
}
