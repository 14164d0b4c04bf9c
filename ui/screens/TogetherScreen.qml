pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// Together: invite the other (they choose when), see small victories, and what works for you.
ScreenPage {
    id: together
    objectName: "togetherScreen"
    title: qsTr("Together")
    subtitle: qsTr("Small steps add up. Here you see them, without scores or streaks.")

    property int inviter: -1      // who is writing an invitation (-1: nobody)
    property string inviteTopic: ""
    property int inviteMinutes: Together.defaultMinutes
    property int answering: -1    // invitation id being answered
    property int answerSeat: -1
    property string answerDay: ""
    property int answerHour: Together.defaultStartHour
    property int answerMinute: 0
    property string answerPlace: ""
    property int answerMinutes: Together.defaultMinutes
    property string message: ""

    // Actions live here, not in the delegates: the list is rebuilt when an invitation changes,
    // and a handler must not run on inside a delegate that has just been destroyed.
    function plan(m) {
        var problem = m.status === "pending" ? Together.schedule(m.id, m.invitee, answerDay, answerHour, answerMinute, answerPlace, answerMinutes) : Together.move(m.id, m.invitee, answerDay, answerHour, answerMinute);
        if (problem === "") {
            answering = -1;
            message = qsTr("Planned. OpenUp will remind you a little before.");
        } else {
            message = problem;
        }
    }
    function declineInvitation(m) {
        var kind = Together.decline(m.id, m.invitee);
        message = kind;
    }
    function takeBack(m) {
        var kind = Together.cancel(m.id, m.inviter);
        message = kind;
    }
    function addToCalendar(m) {
        var result = Together.addToCalendar(m.id);
        message = result;
    }

    function startAnswer(inv) {
        answering = inv.id;
        answerSeat = inv.invitee;
        answerMinutes = inv.suggestedMinutes;
        var days = Together.dayChoices();
        answerDay = days.length > 1 ? days[1].iso : "";
        message = "";
    }

    // ---------------------------------------------------------------- invitations ----
    Card {
        objectName: "invitationsCard"
        SectionTitle {
            text: qsTr("Invitations")
        }
        BodyText {
            muted: true
            text: qsTr("Ask for some time together. The one who is asked chooses when, where and how long — or says \"not this time\", which is always fine.")
        }
        BodyText {
            objectName: "togetherMessage"
            visible: together.message.length > 0
            text: together.message
        }

        // Open invitations
        Repeater {
            model: Together.openInvitations
            delegate: Rectangle {
                id: invCard
                required property var modelData
                objectName: "invitation_" + modelData.id
                Layout.fillWidth: true
                implicitHeight: invColumn.implicitHeight + 2 * Theme.gap
                radius: Theme.radiusSmall
                color: Theme.surfaceAlt
                border.color: App.partnerColour(modelData.inviter)
                border.width: 2
                ColumnLayout {
                    id: invColumn
                    anchors.fill: parent
                    anchors.margins: Theme.gap
                    spacing: Theme.gapSmall
                    BodyText {
                        objectName: "invitationText"
                        text: invCard.modelData.status === "pending" ? qsTr("%1 would love some time with you, %2. When would suit you?").arg(invCard.modelData.inviterName).arg(invCard.modelData.inviteeName) : qsTr("Your talk: %1%2, %n minute(s).", "", invCard.modelData.minutes).arg(invCard.modelData.whenText).arg(invCard.modelData.placeText.length > 0 ? ", " + invCard.modelData.placeText.toLowerCase() : "")
                    }
                    BodyText {
                        visible: invCard.modelData.topic.length > 0
                        muted: true
                        text: qsTr("About: %1").arg(invCard.modelData.topic)
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.gapSmall
                        AppButton {
                            visible: invCard.modelData.status === "pending" && together.answering !== invCard.modelData.id
                            objectName: "answer_" + invCard.modelData.id
                            kind: "primary"
                            fillColour: App.partnerColour(invCard.modelData.invitee)
                            fillTextColour: Theme.onPartner
                            text: qsTr("%1: choose when").arg(invCard.modelData.inviteeName)
                            onClicked: together.startAnswer(invCard.modelData)
                        }
                        AppButton {
                            visible: invCard.modelData.status === "scheduled"
                            objectName: "calendar_" + invCard.modelData.id
                            text: qsTr("Add to calendar")
                            onClicked: together.addToCalendar(invCard.modelData)
                        }
                        AppButton {
                            visible: invCard.modelData.status === "scheduled" && together.answering !== invCard.modelData.id
                            objectName: "move_" + invCard.modelData.id
                            text: qsTr("Move it")
                            onClicked: together.startAnswer(invCard.modelData)
                        }
                        AppButton {
                            visible: invCard.modelData.status === "pending"
                            objectName: "takeBack_" + invCard.modelData.id
                            kind: "quiet"
                            text: qsTr("%1: take it back").arg(invCard.modelData.inviterName)
                            onClicked: together.takeBack(invCard.modelData)
                        }
                        AppButton {
                            objectName: "decline_" + invCard.modelData.id
                            kind: "quiet"
                            text: qsTr("Not this time")
                            onClicked: together.declineInvitation(invCard.modelData)
                        }
                    }

                    // Choosing when (only the invited partner answers)
                    ColumnLayout {
                        visible: together.answering === invCard.modelData.id
                        spacing: Theme.gapSmall
                        Layout.fillWidth: true
                        Label {
                            text: qsTr("Which day?")
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.gapSmall
                            Repeater {
                                model: together.answering === invCard.modelData.id ? Together.dayChoices() : []
                                delegate: ChoiceChip {
                                    required property var modelData
                                    required property int index
                                    objectName: "day_" + index
                                    text: modelData.label
                                    chosen: together.answerDay === modelData.iso
                                    onClicked: together.answerDay = modelData.iso
                                }
                            }
                        }
                        Label {
                            text: qsTr("What time?")
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                        }
                        RowLayout {
                            spacing: Theme.gapSmall
                            SpinBox {
                                objectName: "answerHour"
                                from: 0
                                to: 23
                                value: together.answerHour
                                editable: true
                                font.pixelSize: Theme.fontBody
                                implicitHeight: Theme.controlHeight
                                Accessible.name: qsTr("Hour")
                                onValueModified: together.answerHour = value
                            }
                            Repeater {
                                model: Together.startMinuteChoices
                                delegate: ChoiceChip {
                                    required property int modelData
                                    objectName: "minute_" + modelData
                                    text: ":" + (modelData < 10 ? "0" : "") + modelData
                                    Accessible.name: qsTr("%n minute(s) past", "", modelData)
                                    chosen: together.answerMinute === modelData
                                    onClicked: together.answerMinute = modelData
                                }
                            }
                        }
                        Label {
                            visible: invCard.modelData.status === "pending"
                            text: qsTr("Where?")
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                        }
                        Flow {
                            visible: invCard.modelData.status === "pending"
                            Layout.fillWidth: true
                            spacing: Theme.gapSmall
                            Repeater {
                                model: Together.places
                                delegate: ChoiceChip {
                                    required property var modelData
                                    objectName: "place_" + modelData.id
                                    text: modelData.label
                                    chosen: together.answerPlace === modelData.id
                                    onClicked: together.answerPlace = (together.answerPlace === modelData.id ? "" : modelData.id)
                                }
                            }
                        }
                        Label {
                            visible: invCard.modelData.status === "pending"
                            text: qsTr("How long?")
                            color: Theme.text
                            font.pixelSize: Theme.fontBody
                        }
                        Flow {
                            visible: invCard.modelData.status === "pending"
                            Layout.fillWidth: true
                            spacing: Theme.gapSmall
                            Repeater {
                                model: Together.lengthChoices
                                delegate: ChoiceChip {
                                    required property int modelData
                                    objectName: "answerLength_" + modelData
                                    text: qsTr("%n minute(s)", "", modelData)
                                    chosen: together.answerMinutes === modelData
                                    onClicked: together.answerMinutes = modelData
                                }
                            }
                        }
                        RowLayout {
                            spacing: Theme.gap
                            AppButton {
                                objectName: "planIt"
                                kind: "primary"
                                text: invCard.modelData.status === "pending" ? qsTr("Plan it") : qsTr("Move it here")
                                onClicked: together.plan(invCard.modelData)
                            }
                            AppButton {
                                objectName: "answerCancel"
                                text: qsTr("Cancel")
                                onClicked: together.answering = -1
                            }
                        }
                    }
                }
            }
        }

        // Writing an invitation
        Flow {
            visible: together.inviter < 0
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            Repeater {
                model: 2
                delegate: AppButton {
                    required property int index
                    objectName: "invite_" + index
                    text: qsTr("%1 invites %2").arg(App.partnerName(index)).arg(App.partnerName(1 - index))
                    onClicked: {
                        together.inviter = index;
                        together.inviteTopic = "";
                        together.message = "";
                    }
                }
            }
        }
        ColumnLayout {
            visible: together.inviter >= 0
            spacing: Theme.gapSmall
            Layout.fillWidth: true
            BodyText {
                text: qsTr("“I'd love some time with you, %1 — when would suit you?”").arg(App.partnerName(1 - Math.max(0, together.inviter)))
            }
            AppTextField {
                objectName: "inviteTopic"
                label: qsTr("A topic, if you have one (optional)")
                placeholderText: qsTr("A topic, if you have one (optional)")
                maximumLength: Together.topicMaxLength
                text: together.inviteTopic
                Layout.fillWidth: true
                onTextEdited: together.inviteTopic = text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.gapSmall
                Repeater {
                    model: Together.lengthChoices
                    delegate: ChoiceChip {
                        required property int modelData
                        objectName: "inviteLength_" + modelData
                        text: qsTr("About %n minute(s)", "", modelData)
                        chosen: together.inviteMinutes === modelData
                        onClicked: together.inviteMinutes = modelData
                    }
                }
            }
            RowLayout {
                spacing: Theme.gap
                AppButton {
                    objectName: "sendInvitation"
                    kind: "primary"
                    fillColour: App.partnerColour(Math.max(0, together.inviter))
                    fillTextColour: Theme.onPartner
                    text: qsTr("Send the invitation")
                    onClicked: {
                        var problem = Together.invite(together.inviter, together.inviteTopic, together.inviteMinutes);
                        together.message = problem === "" ? qsTr("Sent. %1 will see it on Home and choose when.").arg(App.partnerName(1 - together.inviter)) : problem;
                        if (problem === "")
                            together.inviter = -1;
                    }
                }
                AppButton {
                    objectName: "inviteCancel"
                    text: qsTr("Cancel")
                    onClicked: together.inviter = -1
                }
            }
        }
    }

    // ---------------------------------------------------------------- suggestion ----
    Card {
        objectName: "suggestionCard"
        visible: Together.suggestion.text !== undefined
        BodyText {
            text: Together.suggestion.text || ""
        }
        RowLayout {
            spacing: Theme.gap
            AppButton {
                objectName: "acceptLonger"
                kind: "primary"
                text: Together.suggestion.accept || ""
                onClicked: {
                    TalkSetup.minutes = Together.suggestion.suggested;
                    Nav.go("talk");
                }
            }
            AppButton {
                objectName: "dismissLonger"
                text: Together.suggestion.dismiss || ""
                onClicked: Together.dismissSuggestion(Together.suggestion.current)
            }
        }
    }

    // ---------------------------------------------------------------- progress ----
    Card {
        objectName: "progressCard"
        SectionTitle {
            text: qsTr("Your small victories")
        }
        Repeater {
            model: Together.summaryLines
            delegate: BodyText {
                required property string modelData
                objectName: "summaryLine"
                text: modelData
            }
        }
        Label {
            text: qsTr("Talks per week")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
        }
        // Every week gets an equal column whatever its label's length, and a label wraps onto
        // a second line rather than pushing the current week off the page at large text.
        RowLayout {
            objectName: "weekChart"
            Layout.fillWidth: true
            spacing: Theme.gapSmall
            Repeater {
                model: Together.weeks
                delegate: ColumnLayout {
                    id: week
                    required property var modelData
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop // bars share a baseline however labels wrap
                    Layout.preferredWidth: 1
                    Layout.minimumWidth: 0
                    spacing: 4
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.accessible
                    Item {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.round(110 * Theme.textScale)
                        Rectangle {
                            anchors.bottom: parent.bottom
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: Math.min(parent.width, 48)
                            height: Math.max(4, parent.height * Math.min(1, week.modelData.talks / 5))
                            radius: 6
                            color: week.modelData.talks > 0 ? Theme.accent : Theme.surfaceAlt
                        }
                    }
                    Label {
                        objectName: "weekLabel"
                        text: week.modelData.label
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        maximumLineCount: 3 // "lun / 12 / oct" in a narrow window
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }
        }
        Label {
            text: qsTr("Recent talks")
            color: Theme.textMuted
            font.pixelSize: Theme.fontLabel
            visible: Together.timeline.length > 0
        }
        Repeater {
            model: Together.timeline
            delegate: BodyText {
                required property var modelData
                objectName: "timelineEntry"
                text: modelData.date + " · " + modelData.text
            }
        }
    }

    // ---------------------------------------------------------------- what works ----
    Card {
        objectName: "whatWorksCard"
        SectionTitle {
            text: qsTr("What works for you two")
        }
        BodyText {
            objectName: "whatWorksHeadline"
            visible: !Together.insights.enough
            text: Together.insights.tooEarly || ""
            muted: true
        }
        Repeater {
            model: Together.insights.enough ? Together.insights.factors : []
            delegate: ColumnLayout {
                id: insight
                required property var modelData
                visible: modelData.values.length > 0
                spacing: Theme.gapSmall
                Layout.fillWidth: true
                Label {
                    text: insight.modelData.label
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.weight: Font.DemiBold
                }
                BarChart {
                    Layout.fillWidth: true
                    maximum: 5
                    bars: insight.modelData.values.map(function (v) {
                        return {
                            "label": v.label,
                            "value": v.average,
                            "caption": qsTr("%1 of 5 · %n talk(s)", "", v.count).arg(v.average.toFixed(1)),
                            "accessible": qsTr("%1: closeness %2 of 5 over %n talk(s)", "", v.count).arg(v.label).arg(v.average.toFixed(1))
                        };
                    })
                }
            }
        }
    }
}
