pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// The shared-screen talk: whose turn it is (name and colour, readable from the sofa), the prompt
// in large type, two calm timers, and every action one key away. Nothing here ever cuts anyone
// off: at the end of a turn it only suggests passing.
FocusScope {
    id: run
    objectName: "talkRunScreen"
    focus: true

    readonly property bool listening: RunningTalk.state === "listener_step"
    readonly property bool paused: RunningTalk.state === "paused"
    readonly property bool onBreak: RunningTalk.state === "on_break"
    readonly property bool dialogOpen: endDialog.visible || breakDialog.visible
    readonly property color bannerColour: listening ? RunningTalk.listenerColour : RunningTalk.speakerColour
    // A short window with large text (1024×640 at 125 % or 150 %) cannot hold the banner at
    // display size, the wrapped buttons and a prompt: the banner steps down a size so the prompt
    // keeps its room. The whole name, in its colour, still fills the top of the screen.
    readonly property bool compact: height < 440 * Theme.textScale + 200

    Rectangle {
        anchors.fill: parent
        color: Theme.background
    }

    // Turn changes, "15 seconds left" and the end are spoken by screen readers.
    property string lastAnnouncement: ""
    Connections {
        target: RunningTalk
        function onAnnouncement(text) {
            run.lastAnnouncement = text;
            run.Accessible.announce(text);
        }
    }

    // Whose turn it is ----------------------------------------------------------------------
    Rectangle {
        id: banner
        objectName: "speakerBanner"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: Math.max(bannerColumn.implicitHeight, timers.implicitHeight) + 2 * (run.compact ? Theme.gap : Theme.gapLarge)
        color: run.bannerColour
        Accessible.role: Accessible.StaticText
        Accessible.name: bannerTitle.text

        ColumnLayout {
            id: bannerColumn
            anchors.left: parent.left
            anchors.right: timers.left
            anchors.verticalCenter: parent.verticalCenter
            anchors.leftMargin: Theme.gapLarge
            anchors.rightMargin: Theme.gap
            spacing: 4
            Label {
                id: bannerTitle
                objectName: "speakerName"
                text: run.listening ? qsTr("%1, say back what you heard").arg(RunningTalk.listenerName) : qsTr("%1's turn").arg(RunningTalk.speakerName)
                color: Theme.onPartner
                font.pixelSize: run.compact ? (run.listening ? Theme.fontTitle : Theme.fontHeadline) : (run.listening ? Theme.fontHeadline : Theme.fontDisplay)
                font.weight: Font.Bold
                wrapMode: Text.WordWrap
                maximumLineCount: run.compact && !run.listening ? 1 : 2
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "listenerLine"
                text: run.listening ? qsTr("Then %1 says whether that's it.").arg(RunningTalk.speakerName) : qsTr("%1 listens").arg(RunningTalk.listenerName)
                color: Theme.onPartner
                opacity: 0.92
                font.pixelSize: run.compact ? Theme.fontBody : Theme.fontTitle
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }

        ColumnLayout {
            id: timers
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.rightMargin: Theme.gapLarge
            spacing: 2
            Label {
                objectName: "turnTimer"
                Layout.alignment: Qt.AlignRight
                text: run.listening ? RunningTalk.listenerRemainingText : RunningTalk.turnRemainingText
                color: Theme.onPartner
                font.pixelSize: run.compact ? Theme.fontHeadline : Theme.fontDisplay
                font.weight: Font.DemiBold
                font.features: {
                    "tnum": 1
                }
                Accessible.name: qsTr("%1 left in this turn").arg(text)
            }
            Label {
                objectName: "talkTimer"
                Layout.alignment: Qt.AlignRight
                text: qsTr("%1 left in the talk").arg(RunningTalk.talkRemainingText)
                color: Theme.onPartner
                font.pixelSize: Theme.fontLabel
                font.features: {
                    "tnum": 1
                }
            }
            // While a question or the help covers the talk, say that the clock is waiting too.
            Label {
                objectName: "heldNote"
                visible: Talk.held
                Layout.alignment: Qt.AlignRight
                text: qsTr("Both timers wait")
                color: Theme.onPartner
                font.pixelSize: Theme.fontLabel
                font.weight: Font.DemiBold
            }
        }
    }

    // The prompt -----------------------------------------------------------------------------
    // What the prompt and the hint need at this width; never shown.
    Label {
        id: promptAtSmallest
        visible: false
        width: middle.width
        text: prompt.text
        font.pixelSize: prompt.minimumPixelSize
        font.weight: prompt.font.weight
        wrapMode: Text.WordWrap
    }
    Label {
        id: hintAtWidth
        visible: false
        width: middle.width
        text: hint.text
        font.pixelSize: hint.font.pixelSize
        wrapMode: Text.WordWrap
    }

    // The prompt is the one thing that must never be lost. It takes all the room between the
    // banner and the buttons that the timer bar leaves; the deck's name and the calm hint give
    // way when that room is short (a warning that the turn's time is nearly up stays), and
    // should the prompt not fit even at its smallest size, it scrolls rather than shrinking
    // away or printing over its neighbours.
    ColumnLayout {
        id: middle
        anchors.top: banner.bottom
        anchors.bottom: actions.top
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.gapLarge, 1100)
        spacing: run.compact ? Theme.gapSmall : Theme.gap

        readonly property bool warned: RunningTalk.turnWarning || RunningTalk.turnOvertime
        // Room for the prompt once the bar, the margins and the spacing around them are taken.
        readonly property real promptRoom: height - bar.implicitHeight - 2 * Theme.gapSmall - 3 * spacing
        readonly property real hintTakes: hintAtWidth.implicitHeight + spacing
        readonly property bool calmHintFits: promptRoom - hintTakes >= promptAtSmallest.implicitHeight
        readonly property bool deckFits: calmHintFits && promptRoom - hintTakes - deckName.implicitHeight - promptColumn.spacing >= promptAtSmallest.implicitHeight

        Item {
            implicitHeight: Theme.gapSmall
        }
        Flickable {
            id: promptArea
            objectName: "promptArea"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: Math.max(height, promptColumn.implicitHeight)
            boundsBehavior: Flickable.StopAtBounds
            interactive: contentHeight > height
            ScrollBar.vertical: ScrollBar {
                policy: promptArea.interactive ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            }

            ColumnLayout {
                id: promptColumn
                width: promptArea.width
                height: promptArea.contentHeight
                spacing: middle.spacing
                Label {
                    id: deckName
                    objectName: "deckName"
                    visible: middle.deckFits
                    text: RunningTalk.deckName
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontLabel
                    Layout.alignment: Qt.AlignHCenter
                }
                Label {
                    id: prompt
                    objectName: "promptText"
                    text: RunningTalk.promptText
                    color: Theme.text
                    font.pixelSize: Theme.fontPrompt
                    font.weight: Font.Medium
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    // Large by default; a long prompt at a large text size shrinks to fit, but
                    // never below the title size: then it scrolls. (No extra line height: Fit
                    // leaves it out of its sums, and the last line would spill by that much.)
                    fontSizeMode: Text.Fit
                    minimumPixelSize: Theme.fontTitle
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Its implicit height is that of the full size; asking only for the smallest
                    // lets it shrink before the area scrolls.
                    Layout.minimumHeight: promptAtSmallest.implicitHeight
                    Layout.preferredHeight: promptAtSmallest.implicitHeight
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Prompt: %1").arg(text)
                }
            }
        }
        TimerBar {
            id: bar
            objectName: "turnBar"
            fraction: run.listening ? RunningTalk.listenerFraction : RunningTalk.turnFraction
            fillColour: run.bannerColour
        }
        Label {
            id: hint
            objectName: "turnHint"
            visible: middle.warned || middle.calmHintFits
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: middle.warned ? Theme.text : Theme.textMuted
            text: run.listening ? qsTr("Say it in your own words. There's no wrong way.") : RunningTalk.turnOvertime ? qsTr("The turn's time is up. Pass the turn whenever you're ready.") : RunningTalk.turnWarning ? qsTr("Less than 15 seconds left in this turn.") : qsTr("Take your time. You can pass, or say \"I'd rather not\", whenever you like.")
            Rectangle {
                z: -1
                anchors.fill: parent
                anchors.margins: -(Theme.gapSmall - 2)
                radius: Theme.radiusSmall
                color: Theme.noticeBackground
                visible: middle.warned
            }
        }
        Item {
            implicitHeight: Theme.gapSmall
        }
    }

    // Actions ---------------------------------------------------------------------------------
    Rectangle {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: actionRow.implicitHeight + 2 * actionRow.anchors.topMargin
        color: Theme.surface
        border.color: Theme.border

        RowLayout {
            id: actionRow
            anchors.fill: parent
            anchors.margins: run.compact ? Theme.gapSmall : Theme.gap
            anchors.leftMargin: Theme.gapLarge
            anchors.rightMargin: Theme.gapLarge
            spacing: Theme.gapSmall
            Flow {
                id: actionFlow
                Layout.fillWidth: true
                spacing: Theme.gapSmall

                AppButton {
                    objectName: "heardButton"
                    enabled: RunningTalk.can.heard
                    visible: run.listening
                    kind: "primary"
                    fillColour: RunningTalk.speakerColour
                    fillTextColour: Theme.onPartner
                    text: qsTr("Yes, that's it")
                    shortcutHint: "Y"
                    focusPolicy: Qt.TabFocus
                    onClicked: Talk.listenerConfirmed()
                }
                AppButton {
                    objectName: "moreButton"
                    enabled: RunningTalk.can.more
                    visible: run.listening
                    text: qsTr("There's more")
                    shortcutHint: "M"
                    focusPolicy: Qt.TabFocus
                    onClicked: Talk.listenerWantsMore()
                }
                AppButton {
                    objectName: "passButton"
                    enabled: RunningTalk.can.pass
                    visible: !run.listening
                    kind: "primary"
                    fillColour: RunningTalk.listenerColour
                    fillTextColour: Theme.onPartner
                    text: qsTr("Pass the turn")
                    shortcutHint: qsTr("Space")
                    focusPolicy: Qt.TabFocus
                    onClicked: Talk.passTurn()
                }
                AppButton {
                    objectName: "pauseButton"
                    enabled: RunningTalk.can.pause || RunningTalk.can.resume
                    text: qsTr("Pause")
                    shortcutHint: "P"
                    focusPolicy: Qt.TabFocus
                    onClicked: Talk.togglePause()
                }
                AppButton {
                    objectName: "nextButton"
                    enabled: RunningTalk.can.next
                    visible: !run.listening
                    text: qsTr("Next prompt")
                    shortcutHint: "N"
                    focusPolicy: Qt.TabFocus
                    onClicked: Talk.nextPrompt()
                }
                AppButton {
                    objectName: "declineButton"
                    enabled: RunningTalk.can.decline
                    visible: !run.listening
                    text: qsTr("I'd rather not")
                    shortcutHint: "R"
                    focusPolicy: Qt.TabFocus
                    onClicked: Talk.declinePrompt()
                }
                AppButton {
                    objectName: "breakButton"
                    enabled: RunningTalk.can["break"]
                    text: qsTr("We need a break")
                    shortcutHint: "B"
                    focusPolicy: Qt.TabFocus
                    onClicked: breakDialog.open()
                }
            }
            AppButton {
                objectName: "endButton"
                enabled: RunningTalk.can.end
                kind: "quiet"
                text: qsTr("End")
                shortcutHint: qsTr("Esc")
                focusPolicy: Qt.TabFocus
                Layout.alignment: Qt.AlignTop
                onClicked: endDialog.open()
            }
        }
    }

    // Paused and on a break ------------------------------------------------------------------
    Rectangle {
        id: pausedLayer
        objectName: "pausedLayer"
        anchors.fill: parent
        // Opaque: the words "Paused" must not sit on top of the faded prompt. While a question
        // or the help covers the talk it is held, not paused by the couple: nothing to say here.
        visible: (run.paused && !Talk.held) || run.onBreak
        color: Theme.background
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.AllButtons
        }

        ColumnLayout {
            anchors.centerIn: parent
            width: Math.min(parent.width - 2 * Theme.gapLarge, 760)
            spacing: Theme.gapLarge
            Label {
                objectName: "pausedTitle"
                text: run.onBreak ? qsTr("Taking a break") : qsTr("Paused")
                font.pixelSize: Theme.fontDisplay
                font.weight: Font.DemiBold
                color: Theme.text
                Layout.alignment: Qt.AlignHCenter
            }
            BodyText {
                objectName: "pausedText"
                horizontalAlignment: Text.AlignHCenter
                text: run.onBreak ? qsTr("Your talk is kept exactly where you left it. Come back after %1, or whenever suits you both — Home will offer to continue.").arg(RunningTalk.breakUntilText) : qsTr("Both timers are stopped. %1 had the floor, with %2 left in the talk.").arg(RunningTalk.speakerName).arg(RunningTalk.talkRemainingText)
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                spacing: Theme.gap
                AppButton {
                    objectName: "resumeButton"
                    visible: run.paused
                    kind: "primary"
                    text: qsTr("Resume")
                    shortcutHint: "P"
                    onClicked: Talk.togglePause()
                }
                AppButton {
                    objectName: "continueNowButton"
                    visible: run.onBreak
                    kind: "primary"
                    text: qsTr("Continue now")
                    onClicked: Talk.continueAfterBreak()
                }
                AppButton {
                    objectName: "breakHomeButton"
                    visible: run.onBreak
                    text: qsTr("Back to Home")
                    onClicked: Nav.go("home")
                }
            }
        }
    }

    ConfirmDialog {
        id: endDialog
        objectName: "endDialog"
        parent: Overlay.overlay
        title: qsTr("End the talk here?")
        message: qsTr("Stopping early is fine. A short talk still counts, and you can thank each other next.")
        confirmText: qsTr("End the talk")
        cancelText: qsTr("Keep talking")
        onAboutToShow: Talk.hold("end question")
        onAboutToHide: Talk.release("end question")
        onConfirmed: Talk.end()
    }

    Dialog {
        id: breakDialog
        objectName: "breakDialog"
        parent: Overlay.overlay
        modal: true
        anchors.centerIn: parent
        width: Math.min(680, run.width - 80)
        padding: Theme.gapLarge
        closePolicy: Popup.CloseOnEscape
        onAboutToShow: Talk.hold("break question")
        onAboutToHide: Talk.release("break question")
        onOpened: if (breakChoices.count > 0)
            breakChoices.itemAt(0).forceActiveFocus()
        background: Rectangle {
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.border
        }
        Overlay.modal: Rectangle {
            color: Qt.rgba(0, 0, 0, 0.45)
        }
        contentItem: ColumnLayout {
            spacing: Theme.gap
            SectionTitle {
                text: qsTr("Take a break")
            }
            BodyText {
                text: qsTr("The talk waits exactly where it is. When would you like to pick it up again?")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    id: breakChoices
                    model: TalkSetup.breakChoices
                    delegate: AppButton {
                        required property var modelData
                        objectName: "break_" + modelData.minutes
                        text: modelData.label
                        onClicked: {
                            breakDialog.close();
                            Talk.takeBreak(modelData.minutes);
                        }
                    }
                }
            }
            AppButton {
                objectName: "breakCancel"
                kind: "quiet"
                text: qsTr("Keep talking")
                onClicked: breakDialog.close()
            }
        }
    }

    // Keyboard: handled here rather than with window-wide shortcuts, so keys reach the talk only
    // while it has focus (a dialog, or a screen being unloaded, never sees them).
    Keys.onPressed: function (event) {
        if (run.dialogOpen)
            return;
        var can = RunningTalk.can;
        switch (event.key) {
        case Qt.Key_Space:
            if (can.pass)
                Talk.passTurn();
            break;
        case Qt.Key_P:
            if (can.pause || can.resume)
                Talk.togglePause();
            break;
        case Qt.Key_N:
            if (can.next)
                Talk.nextPrompt();
            break;
        case Qt.Key_R:
            if (can.decline)
                Talk.declinePrompt();
            break;
        case Qt.Key_B:
            if (can["break"] && !run.onBreak)
                breakDialog.open();
            break;
        case Qt.Key_Y:
            if (can.heard)
                Talk.listenerConfirmed();
            break;
        case Qt.Key_M:
            if (can.more)
                Talk.listenerWantsMore();
            break;
        case Qt.Key_Escape:
            if (can.end && !run.onBreak)
                endDialog.open();
            break;
        default:
            return;
        }
        event.accepted = true;
    }
}
