pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// Setting up a talk: what to talk about, how long, who starts. Sensible defaults mean a couple
// can press Start straight away.
Item {
    id: setup
    objectName: "talkSetupScreen"
    focus: true
    property string error: ""
    property bool pickingPrompt: false
    readonly property bool presetLength: TalkSetup.lengthChoices.some(function (c) {
        return c.minutes === TalkSetup.minutes;
    })

    function startTalk() {
        error = Talk.start();
    }

    // Enter starts the talk however this screen was reached (the navigation button may still
    // hold focus), except while someone is typing into a field here.
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: setup.visible && !setup.pickingPrompt && !setup.typing
        onActivated: setup.startTalk()
    }
    readonly property bool typing: {
        var focused = setup.Window.activeFocusItem;
        return focused !== null && focused.hasOwnProperty("cursorPosition");
    }

    ScreenPage {
        id: page
        anchors.fill: parent
        anchors.bottomMargin: footer.height
        title: qsTr("Set up your talk")
        subtitle: qsTr("The defaults are a good start: five minutes, turns of a minute and a half.")

        Card {
            objectName: "promptCard"
            SectionTitle {
                text: qsTr("What to talk about")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                ChoiceChip {
                    objectName: "deck_any"
                    text: qsTr("Surprise us")
                    chosen: TalkSetup.deck === ""
                    onClicked: {
                        TalkSetup.deck = "";
                        setup.pickingPrompt = false;
                    }
                }
                Repeater {
                    model: Prompts.decks
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "deck_" + modelData.id
                        text: modelData.name
                        chosen: TalkSetup.deck === modelData.id
                        onClicked: TalkSetup.deck = modelData.id
                    }
                }
            }
            BodyText {
                objectName: "chosenPromptText"
                text: TalkSetup.prompt !== "" ? qsTr("Your prompt: “%1”").arg(TalkSetup.promptText) : TalkSetup.deck === "" ? qsTr("OpenUp picks a prompt for you, gentle at first.") : qsTr("OpenUp picks a prompt from this deck, or choose one yourself.")
                muted: TalkSetup.prompt === ""
            }
            RowLayout {
                visible: TalkSetup.deck !== ""
                spacing: Theme.gap
                AppButton {
                    objectName: "pickPromptButton"
                    text: setup.pickingPrompt ? qsTr("Hide the list") : qsTr("Choose a prompt…")
                    onClicked: setup.pickingPrompt = !setup.pickingPrompt
                }
                AppButton {
                    objectName: "clearPromptButton"
                    visible: TalkSetup.prompt !== ""
                    kind: "quiet"
                    text: qsTr("Let OpenUp pick")
                    onClicked: TalkSetup.prompt = ""
                }
            }
            OursEditor {
                visible: TalkSetup.deck === "ours" && setup.pickingPrompt
                Layout.fillWidth: true
            }
            ColumnLayout {
                visible: setup.pickingPrompt
                spacing: Theme.gapSmall
                Layout.fillWidth: true
                Repeater {
                    model: setup.pickingPrompt ? Prompts.promptsIn(TalkSetup.deck) : []
                    delegate: PromptRow {
                        required property var modelData
                        promptId: modelData.id
                        promptText: modelData.text
                        own: modelData.own
                        chosen: TalkSetup.prompt === modelData.id
                        Layout.fillWidth: true
                        onPicked: TalkSetup.prompt = modelData.id
                    }
                }
            }
        }

        Card {
            objectName: "lengthCard"
            SectionTitle {
                text: qsTr("How long")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: TalkSetup.lengthChoices
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "length_" + modelData.minutes
                        text: modelData.label
                        chosen: TalkSetup.minutes === modelData.minutes
                        onClicked: TalkSetup.minutes = modelData.minutes
                    }
                }
                ChoiceChip {
                    objectName: "length_custom"
                    text: qsTr("Other")
                    chosen: !setup.presetLength
                    onClicked: TalkSetup.minutes = customMinutes.value
                }
                SpinBox {
                    id: customMinutes
                    objectName: "customMinutes"
                    visible: !setup.presetLength
                    from: TalkSetup.minMinutes
                    to: TalkSetup.maxMinutes
                    value: setup.presetLength ? TalkSetup.otherMinutesSuggestion : TalkSetup.minutes
                    editable: true
                    font.pixelSize: Theme.fontBody
                    implicitHeight: Theme.controlHeight
                    Accessible.name: qsTr("Minutes, from %1 to %2").arg(TalkSetup.minMinutes).arg(TalkSetup.maxMinutes)
                    onValueModified: TalkSetup.minutes = value
                }
            }
            BodyText {
                muted: true
                text: qsTr("A short talk that goes well is worth more than a long one.")
            }
        }

        Card {
            objectName: "turnCard"
            SectionTitle {
                text: qsTr("Each turn")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: TalkSetup.turnChoices
                    delegate: ChoiceChip {
                        required property var modelData
                        objectName: "turn_" + modelData.seconds
                        text: modelData.label
                        chosen: TalkSetup.turnSeconds === modelData.seconds
                        onClicked: TalkSetup.turnSeconds = modelData.seconds
                    }
                }
            }
        }

        Card {
            objectName: "whoStartsCard"
            SectionTitle {
                text: qsTr("Who starts")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: 2
                    delegate: ChoiceChip {
                        required property int index
                        objectName: "starts_" + index
                        text: App.partnerName(index)
                        chosen: TalkSetup.firstSpeaker === index
                        fillColour: App.partnerColour(index)
                        fillTextColour: Theme.onPartner
                        onClicked: TalkSetup.firstSpeaker = index
                    }
                }
                ChoiceChip {
                    objectName: "starts_app"
                    text: qsTr("Let OpenUp pick")
                    chosen: TalkSetup.firstSpeaker === -1
                    onClicked: TalkSetup.firstSpeaker = -1
                }
            }
        }

        Card {
            objectName: "sceneCard"
            SectionTitle {
                text: qsTr("The scene (optional)")
            }
            BodyText {
                muted: true
                text: qsTr("Some settings make talking easier. Note where you are, and OpenUp will show which settings suit you two best. Skip it if you like.")
            }
            Repeater {
                model: TalkSetup.sceneFactors
                delegate: ColumnLayout {
                    id: factorRow
                    required property var modelData
                    spacing: Theme.gapSmall
                    Layout.fillWidth: true
                    Label {
                        text: factorRow.modelData.label
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gapSmall
                        Repeater {
                            model: TalkSetup.sceneChoices[factorRow.modelData.factor]
                            delegate: ChoiceChip {
                                required property var modelData
                                objectName: "scene_" + factorRow.modelData.factor + "_" + modelData.id
                                text: modelData.label
                                chosen: TalkSetup.scene[factorRow.modelData.factor] === modelData.id
                                onClicked: TalkSetup.setScene(factorRow.modelData.factor, modelData.id)
                            }
                        }
                    }
                }
            }
            AppTextField {
                objectName: "sceneNote"
                label: qsTr("A short note about the scene (optional)")
                placeholderText: qsTr("A note, if you like (optional)")
                maximumLength: TalkSetup.sceneNoteMaxLength
                Layout.fillWidth: true
                onTextEdited: TalkSetup.setScene("note", text)
            }
        }

        Card {
            objectName: "listenerCard"
            SectionTitle {
                text: qsTr("Say back what you heard")
            }
            BodyText {
                muted: true
                text: qsTr("After each turn, the listener takes half a minute to say back what they heard, and the speaker says whether that's it or there's more.")
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                ChoiceChip {
                    objectName: "listener_off"
                    text: qsTr("Not this time")
                    chosen: !TalkSetup.listenerStep
                    onClicked: TalkSetup.listenerStep = false
                }
                ChoiceChip {
                    objectName: "listener_on"
                    text: qsTr("Yes, let's try it")
                    chosen: TalkSetup.listenerStep
                    onClicked: TalkSetup.listenerStep = true
                }
            }
        }
    }

    Rectangle {
        id: footer
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: footerRow.implicitHeight + 2 * Theme.gap
        color: Theme.surface
        border.color: Theme.border
        RowLayout {
            id: footerRow
            anchors.fill: parent
            anchors.margins: Theme.gap
            anchors.leftMargin: Theme.gapLarge
            anchors.rightMargin: Theme.gapLarge
            spacing: Theme.gap
            BodyText {
                objectName: "setupError"
                text: setup.error.length > 0 ? setup.error : qsTr("%n minute(s), turns of %1 seconds.", "", TalkSetup.minutes).arg(TalkSetup.turnSeconds)
                color: setup.error.length > 0 ? Theme.danger : Theme.textMuted
            }
            AppButton {
                objectName: "startButton"
                kind: "primary"
                text: qsTr("Start the talk")
                shortcutHint: qsTr("Enter")
                onClicked: setup.startTalk()
            }
        }
    }
}
