pragma Singleton
import QtQuick

// Every colour, size and duration the screens use. Two people read this from a sofa: type is
// large, colours are calm and warm, and both modes keep body text at 4.5:1 or better.
QtObject {
    id: theme

    // Set by Main.qml from the Settings choice and the system's colour scheme.
    property bool dark: false
    // Text size factor (1.0, 1.25, 1.5); layouts reflow rather than clip.
    property real textScale: 1.0
    property bool reduceMotion: false

    // Palette
    readonly property color background: dark ? "#1D1A17" : "#FAF6F0"
    readonly property color surface: dark ? "#292521" : "#FFFFFF"
    readonly property color surfaceAlt: dark ? "#332E29" : "#F2EBE2"
    readonly property color border: dark ? "#4A433C" : "#E2D8CC"
    readonly property color text: dark ? "#F4EEE7" : "#2A2520"
    readonly property color textMuted: dark ? "#C2B7AC" : "#5E554C"
    readonly property color accent: dark ? "#E39A7B" : "#A4452C"
    readonly property color accentText: dark ? "#1D1A17" : "#FFFFFF"
    readonly property color focusRing: dark ? "#8FC3FF" : "#1F5FBF"
    readonly property color danger: dark ? "#F08C80" : "#A1302A"
    readonly property color noticeBackground: dark ? "#3A3222" : "#FFF4D6"
    readonly property color onPartner: "#FFFFFF"

    // Type scale, in pixels, before textScale
    readonly property int fontBody: Math.round(21 * textScale)
    readonly property int fontSmall: Math.round(17 * textScale)
    readonly property int fontLabel: Math.round(19 * textScale)
    readonly property int fontTitle: Math.round(34 * textScale)
    readonly property int fontHeadline: Math.round(44 * textScale)
    readonly property int fontPrompt: Math.round(46 * textScale)
    readonly property int fontDisplay: Math.round(64 * textScale)
    readonly property string fontFamily: Application.font.family

    // Spacing and shapes
    readonly property int gap: 16
    readonly property int gapLarge: 28
    readonly property int gapSmall: 8
    readonly property int radius: 14
    readonly property int radiusSmall: 8
    readonly property int controlHeight: Math.round(52 * textScale)
    readonly property int navWidth: Math.round(220 * Math.max(1, 0.85 * textScale))
    readonly property int contentMaxWidth: 900
    readonly property int focusWidth: 3

    // Motion
    readonly property int durationShort: reduceMotion ? 0 : 140
    readonly property int durationMedium: reduceMotion ? 0 : 240
}
