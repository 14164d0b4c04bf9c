pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// After the talk: each partner may thank the other and say how close it felt. All optional.
Item {
    id: wrap
    objectName: "wrapUpScreen"
    property var thanks: ["", ""]
    property var ratings: [0, 0]
    // What each partner typed in their own words (a tapped phrase is not typed words).
    property var typed: ["", ""]
    readonly property bool hasTypedWords: typed[0].trim() !== "" || typed[1].trim() !== ""
    property string error: ""

    // The talk bridge keeps a copy, so closing the window can ask before typed thanks are lost.
    function note() {
        RunningTalk.noteWrapUp(thanks[0], ratings[0], thanks[1], ratings[1], hasTypedWords);
    }
    onThanksChanged: note()
    onRatingsChanged: note()
    onHasTypedWordsChanged: note()
    Component.onCompleted: note()

    function setThanks(seat, text) {
        var copy = thanks.slice();
        copy[seat] = text;
        thanks = copy;
    }
    function setTyped(seat, text) {
        var copy = typed.slice();
        copy[seat] = text;
        typed = copy;
    }
    function setRating(seat, value) {
        var copy = ratings.slice();
        copy[seat] = (copy[seat] === value ? 0 : value);
        ratings = copy;
    }
    function skip() {
        Talk.finishWrapUp();
        Nav.go("home");
    }
    function save() {
        error = Talk.saveWrapUp(thanks[0], ratings[0], thanks[1], ratings[1]);
        if (error === "")
            Nav.go("home");
    }

    ScreenPage {
        anchors.fill: parent
        anchors.bottomMargin: footer.height
        title: RunningTalk.endReason === "time_up" ? qsTr("That's your %n minute(s)", "", RunningTalk.talkMinutes) : qsTr("Well done, both of you")
        subtitle: qsTr("Every talk counts, however it went. Take a moment to thank each other — only if you'd like to.")

        Repeater {
            model: 2
            delegate: Card {
                id: partnerCard
                required property int index
                readonly property int other: 1 - index
                objectName: "wrapCard" + index
                border.width: 3
                border.color: App.partnerColour(index)

                SectionTitle {
                    text: qsTr("%1, anything to thank %2 for?").arg(App.partnerName(partnerCard.index)).arg(App.partnerName(partnerCard.other))
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall
                    Repeater {
                        model: RunningTalk.thanksPhrases
                        delegate: ChoiceChip {
                            required property string modelData
                            required property int index
                            objectName: "phrase" + partnerCard.index + "_" + index
                            text: modelData
                            chosen: wrap.thanks[partnerCard.index] === modelData
                            fillColour: App.partnerColour(partnerCard.index)
                            fillTextColour: Theme.onPartner
                            onClicked: {
                                wrap.setThanks(partnerCard.index, chosen ? "" : modelData);
                                ownThanks.text = "";
                                wrap.setTyped(partnerCard.index, "");
                            }
                        }
                    }
                }
                AppTextField {
                    id: ownThanks
                    objectName: "ownThanks" + partnerCard.index
                    label: qsTr("%1's own words of thanks").arg(App.partnerName(partnerCard.index))
                    placeholderText: qsTr("Or in your own words…")
                    maximumLength: RunningTalk.thanksMaxLength
                    Layout.fillWidth: true
                    onTextEdited: {
                        wrap.setThanks(partnerCard.index, text);
                        wrap.setTyped(partnerCard.index, text);
                    }
                }
                // Near the limit the core keeps to, say how much room is left; at it, say that
                // the field stops there (a long paste is cut, never silently shortened on save).
                BodyText {
                    objectName: "thanksCount" + partnerCard.index
                    readonly property var count: RunningTalk.thanksCount(ownThanks.text)
                    visible: text.length > 0
                    muted: !count.full
                    text: count.text
                }
                Label {
                    text: qsTr("How close did this talk feel to you?")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gapSmall
                    Repeater {
                        model: TalkSetup.closenessChoices
                        delegate: ChoiceChip {
                            required property var modelData
                            objectName: "rating" + partnerCard.index + "_" + modelData.value
                            text: modelData.label
                            Accessible.name: qsTr("Closeness %1 of %2").arg(modelData.value).arg(TalkSetup.closenessChoices.length)
                            chosen: wrap.ratings[partnerCard.index] === modelData.value
                            fillColour: App.partnerColour(partnerCard.index)
                            fillTextColour: Theme.onPartner
                            onClicked: wrap.setRating(partnerCard.index, modelData.value)
                        }
                    }
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
                objectName: "wrapError"
                text: wrap.error
                color: Theme.danger
            }
            AppButton {
                objectName: "keepFromWrapUp"
                text: qsTr("Keep a moment…")
                onClicked: {
                    var talkId = Talk.currentTalkId(), promptId = Talk.currentPromptId();
                    wrap.save();
                    if (wrap.error === "") {
                        KeepDraft.begin(talkId, promptId);
                        Nav.go("vault");
                    }
                }
            }
            AppButton {
                objectName: "skipWrapUp"
                text: qsTr("Skip")
                onClicked: {
                    if (wrap.hasTypedWords)
                        skipDialog.open();
                    else
                        wrap.skip();
                }
            }
            AppButton {
                objectName: "saveWrapUp"
                kind: "primary"
                text: qsTr("Save and finish")
                onClicked: wrap.save()
            }
        }
    }

    // Skip after typing thanks asks first, as the Keep-a-moment form does: the words were
    // written for the other partner, so they are neither lost nor saved without a yes.
    ConfirmDialog {
        id: skipDialog
        objectName: "skipWrapUpDialog"
        parent: Overlay.overlay
        title: qsTr("Save your words of thanks?")
        message: qsTr("What you wrote for each other is not saved yet. If you skip now, the words are gone.")
        confirmText: qsTr("Save them")
        extraText: qsTr("Discard")
        cancelText: qsTr("Keep writing")
        onConfirmed: wrap.save()
        onExtraChosen: wrap.skip()
    }
}
