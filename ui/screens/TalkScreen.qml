import QtQuick
import OpenUp

// The talk in its three phases: choosing, talking (shared-screen mode), and the wrap-up.
Loader {
    id: talkScreen
    objectName: "talkScreen"
    focus: true
    source: Talk.phase === "talk" ? "TalkRunScreen.qml" : Talk.phase === "wrapup" ? "WrapUpScreen.qml" : "TalkSetupScreen.qml"
}
