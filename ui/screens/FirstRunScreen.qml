pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import OpenUp
import "../theme"
import "../components"

// First run: a welcome, both names and colours, then the promise, made by each partner with a
// button in their own colour. Nothing is saved until both have promised.
Rectangle {
    id: firstRun
    objectName: "firstRunScreen"
    color: Theme.background

    property int step: 0
    // Setting up again starts from who sat where before: the vault knows each of you by it.
    readonly property var earlier: App.earlierPartners
    property string name0: earlier.length === 2 ? earlier[0].name : ""
    property string name1: earlier.length === 2 ? earlier[1].name : ""
    // Two different colours are chosen already, so nobody has to pick before the first talk;
    // either of you can change yours with one click.
    property string colour0: earlier.length === 2 ? earlier[0].colour : App.palette.length > 1 ? App.palette[0].colour : ""
    property string colour1: earlier.length === 2 ? earlier[1].colour : App.palette.length > 1 ? App.palette[1].colour : ""
    property bool promised0: false
    property bool promised1: false
    property string error: ""

    function continueFromNames() {
        error = App.checkCouple(name0, colour0, name1, colour1);
        if (colour0 === "" || colour1 === "")
            error = qsTr("Please each pick a colour.");
        if (error === "")
            step = 2;
    }
    function finish() {
        error = App.completeFirstRun(name0, colour0, name1, colour1);
        if (error === "")
            Nav.go("home");  // straight to a first talk; the vault waits until it is wanted
    }

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, column.implicitHeight + 2 * Theme.gapLarge)
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column
            width: Math.min(parent.width - 2 * Theme.gapLarge, 1000)
            x: (parent.width - width) / 2
            y: Math.max(Theme.gapLarge, (firstRun.height - implicitHeight) / 2)
            spacing: Theme.gapLarge

            // --- Step 0: welcome ---------------------------------------------------------
            ColumnLayout {
                visible: firstRun.step === 0
                spacing: Theme.gapLarge
                Layout.fillWidth: true
                Label {
                    objectName: "welcomeTitle"
                    text: qsTr("Welcome to OpenUp")
                    font.pixelSize: Theme.fontDisplay
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                BodyText {
                    text: qsTr("OpenUp is for the two of you, side by side at this laptop. It offers small, safe steps towards talking more openly: a prompt, a few minutes, and turns you take when you are ready.")
                }
                BodyText {
                    text: qsTr("Everything stays on this computer. You can always pass, and nothing here keeps score.")
                    muted: true
                }
                AppButton {
                    id: beginButton
                    objectName: "beginButton"
                    kind: "primary"
                    text: qsTr("Let's begin")
                    focus: firstRun.step === 0
                    onClicked: {
                        firstRun.step = 1;
                        name0Field.forceActiveFocus();
                    }
                }
            }

            // --- Step 1: names and colours -----------------------------------------------
            ColumnLayout {
                visible: firstRun.step === 1
                spacing: Theme.gapLarge
                Layout.fillWidth: true
                Label {
                    text: qsTr("Who is here?")
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                BodyText {
                    text: qsTr("Each of you, type the name you'd like to see and pick a colour. Your colour shows whose turn it is.")
                    muted: true
                }
                RowLayout {
                    spacing: Theme.gapLarge
                    Layout.fillWidth: true
                    Repeater {
                        model: 2
                        delegate: Card {
                            id: partnerCard
                            required property int index
                            readonly property string chosenColour: index === 0 ? firstRun.colour0 : firstRun.colour1
                            readonly property string otherColour: index === 0 ? firstRun.colour1 : firstRun.colour0
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            border.width: chosenColour !== "" ? 3 : 1
                            border.color: chosenColour !== "" ? chosenColour : Theme.border
                            Label {
                                text: partnerCard.index === 0 ? qsTr("One of you") : qsTr("The other")
                                font.pixelSize: Theme.fontLabel
                                color: Theme.textMuted
                            }
                            AppTextField {
                                id: nameField
                                objectName: "nameField" + partnerCard.index
                                label: partnerCard.index === 0 ? qsTr("First partner's name") : qsTr("Second partner's name")
                                placeholderText: qsTr("Name")
                                maximumLength: App.nameMaxLength
                                Layout.fillWidth: true
                                onTextChanged: {
                                    if (partnerCard.index === 0)
                                        firstRun.name0 = text;
                                    else
                                        firstRun.name1 = text;
                                    firstRun.error = "";
                                }
                                // Enter moves on: from the first name to the second, then on.
                                onAccepted: {
                                    if (partnerCard.index === 0)
                                        name1Field.forceActiveFocus();
                                    else
                                        firstRun.continueFromNames();
                                }
                                Component.onCompleted: {
                                    text = partnerCard.index === 0 ? firstRun.name0 : firstRun.name1;
                                    if (partnerCard.index === 0)
                                        name0Field.target = nameField;
                                    else
                                        name1Field.target = nameField;
                                }
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 12
                                Repeater {
                                    model: App.palette
                                    delegate: ColourSwatch {
                                        required property var modelData
                                        objectName: "swatch" + partnerCard.index + "_" + modelData.colour.substring(1)
                                        swatchColour: modelData.colour
                                        label: modelData.label
                                        chosen: partnerCard.chosenColour === modelData.colour
                                        taken: partnerCard.otherColour === modelData.colour
                                        onClicked: {
                                            if (partnerCard.index === 0)
                                                firstRun.colour0 = modelData.colour;
                                            else
                                                firstRun.colour1 = modelData.colour;
                                            firstRun.error = "";
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                BodyText {
                    objectName: "firstRunError"
                    visible: firstRun.error.length > 0
                    text: firstRun.error
                    color: Theme.danger
                }
                RowLayout {
                    spacing: Theme.gap
                    AppButton {
                        objectName: "namesBack"
                        text: qsTr("Back")
                        onClicked: firstRun.step = 0
                    }
                    AppButton {
                        objectName: "namesContinue"
                        kind: "primary"
                        text: qsTr("Continue")
                        onClicked: firstRun.continueFromNames()
                    }
                }
            }

            // --- Step 2: the promise ------------------------------------------------------
            ColumnLayout {
                visible: firstRun.step === 2
                spacing: Theme.gapLarge
                Layout.fillWidth: true
                Label {
                    text: qsTr("A promise to each other")
                    font.pixelSize: Theme.fontHeadline
                    font.weight: Font.DemiBold
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                }
                Card {
                    objectName: "promiseCard"
                    BodyText {
                        objectName: "promiseText"
                        font.pixelSize: Theme.fontTitle
                        text: qsTr("What you share with me here is a gift. I will treat it with care, and I will never use it against you — not in an argument, not later, not ever.")
                    }
                    BodyText {
                        text: qsTr("Each of you, press your own button when you are ready to make this promise.")
                        muted: true
                    }
                }
                // Side by side when both fit; one under the other in a narrow window or large text.
                Flow {
                    id: promiseButtons
                    spacing: Theme.gapLarge
                    Layout.fillWidth: true
                    Repeater {
                        model: 2
                        delegate: AppButton {
                            required property int index
                            width: Math.min(promiseButtons.width, Math.max(implicitWidth, (promiseButtons.width - promiseButtons.spacing) / 2))
                            readonly property bool done: index === 0 ? firstRun.promised0 : firstRun.promised1
                            readonly property string who: index === 0 ? firstRun.name0.trim() : firstRun.name1.trim()
                            objectName: "promiseButton" + index
                            kind: "primary"
                            fillColour: index === 0 ? firstRun.colour0 || Theme.accent : firstRun.colour1 || Theme.accent
                            fillTextColour: Theme.onPartner
                            text: done ? qsTr("%1 promised ✓").arg(who) : qsTr("I promise — %1").arg(who)
                            onClicked: {
                                if (index === 0)
                                    firstRun.promised0 = true;
                                else
                                    firstRun.promised1 = true;
                                if (firstRun.promised0 && firstRun.promised1)
                                    firstRun.finish();  // both have promised: on to Home
                            }
                        }
                    }
                }
                BodyText {
                    visible: firstRun.error.length > 0
                    text: firstRun.error
                    color: Theme.danger
                }
                RowLayout {
                    spacing: Theme.gap
                    AppButton {
                        objectName: "promiseBack"
                        text: qsTr("Back")
                        onClicked: {
                            firstRun.step = 1;
                            firstRun.promised0 = false;
                            firstRun.promised1 = false;
                        }
                    }
                }
            }
        }
    }

    // Let the welcome step and the first name hand focus on once the fields exist.
    QtObject {
        id: name0Field
        property Item target: null
        function forceActiveFocus() {
            if (target)
                target.forceActiveFocus();
        }
    }
    QtObject {
        id: name1Field
        property Item target: null
        function forceActiveFocus() {
            if (target)
                target.forceActiveFocus();
        }
    }
}
