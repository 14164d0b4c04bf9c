"""The catalogue for messages from core/ (the couple, talks, scenes, sources, invitations).

Each entry is the English text as Qt sees it, marked for ``pyside6-lupdate`` by a literal
``self.tr(text, id, n)``: the id is the disambiguation (so the .ts shows it next to the text)
and ``n`` picks the plural form for ``%n``. See ``core_messages`` for how an entry is used.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from .core_messages import Catalogue, Entry


class CoreMessages(QObject):
    """Message ids of core/ and their texts in the interface language."""

    def entries(self) -> Catalogue:
        return {
            "calendar.not_planned": Entry(lambda n: self.tr("Only a planned talk can be added to a calendar.", "calendar.not_planned")),
            "calendar.not_saved": Entry(lambda n: self.tr("Save the invitation before adding it to a calendar.", "calendar.not_saved")),
            "calendar.not_saved_or_planned": Entry(lambda n: self.tr("Only a saved, planned talk can be added to a calendar.", "calendar.not_saved_or_planned")),
            "couple.colour_unknown": Entry(lambda n: self.tr("Please pick a colour from the palette.", "couple.colour_unknown")),
            "couple.colours_alike": Entry(lambda n: self.tr("Please pick two different colours, one for each of you.", "couple.colours_alike")),
            "couple.name_missing": Entry(lambda n: self.tr("Please enter a name — a nickname is fine.", "couple.name_missing")),
            "couple.name_too_long": Entry(lambda n: self.tr("Please keep the name to %n character(s) or fewer.", "couple.name_too_long", n)),
            "couple.name_unshowable": Entry(lambda n: self.tr("The name has a character OpenUp can't show. Please retype it.", "couple.name_unshowable")),
            "couple.names_alike": Entry(lambda n: self.tr("The two names need to be different, so it's clear whose turn it is.", "couple.names_alike")),
            "invitations.already_has_time": Entry(lambda n: self.tr("This invitation already has a time.", "invitations.already_has_time")),
            "invitations.already_waiting": Entry(lambda n: self.tr("There's already an invitation waiting for an answer. It can stay open for as long as it needs.", "invitations.already_waiting")),
            "invitations.already_waiting_short": Entry(lambda n: self.tr("There's already an invitation waiting for an answer.", "invitations.already_waiting_short")),
            "invitations.cancelled": Entry(lambda n: self.tr("That's fine — the talk is off. You can always invite again.", "invitations.cancelled")),
            "invitations.closed_answered": Entry(lambda n: self.tr("This invitation is closed, so it can't be answered now.", "invitations.closed_answered")),
            "invitations.closed_called_off": Entry(lambda n: self.tr("This invitation is closed, so it can't be called off now.", "invitations.closed_called_off")),
            "invitations.closed_declined": Entry(lambda n: self.tr("This invitation is closed, so it can't be declined now.", "invitations.closed_declined")),
            "invitations.declined": Entry(lambda n: self.tr("No problem — maybe another time.", "invitations.declined")),
            "invitations.for_partner_to_answer": Entry(lambda n: self.tr("This invitation is for your partner to answer: they choose the day and time.", "invitations.for_partner_to_answer")),
            "invitations.length_out_of_range": Entry(lambda n: self.tr("Please choose a length between %1 and %n minute(s).", "invitations.length_out_of_range", n), ("low",)),
            "invitations.no_time_yet": Entry(lambda n: self.tr("This invitation has no time yet.", "invitations.no_time_yet")),
            "invitations.only_planned_done": Entry(lambda n: self.tr("Only a planned talk can be marked as done.", "invitations.only_planned_done")),
            "invitations.only_planned_moved": Entry(lambda n: self.tr("Only a planned talk can be moved.", "invitations.only_planned_moved")),
            "invitations.place_not_text": Entry(lambda n: self.tr("The place must be text.", "invitations.place_not_text")),
            "invitations.place_too_long": Entry(lambda n: self.tr("Please keep the place to %n character(s) or fewer.", "invitations.place_too_long", n)),
            "invitations.place_unshowable": Entry(lambda n: self.tr("The place has a character OpenUp can't show. Please retype it.", "invitations.place_unshowable")),
            "invitations.seat_unknown": Entry(lambda n: self.tr("That partner isn't known here.", "invitations.seat_unknown")),
            "invitations.time_missing": Entry(lambda n: self.tr("Please pick a day and a time.", "invitations.time_missing")),
            "invitations.time_passed": Entry(lambda n: self.tr("That time has already passed. Please pick a time still ahead.", "invitations.time_passed")),
            "invitations.topic_not_text": Entry(lambda n: self.tr("The topic must be text.", "invitations.topic_not_text")),
            "invitations.topic_too_long": Entry(lambda n: self.tr("Please keep the topic to %n character(s) or fewer.", "invitations.topic_too_long", n)),
            "invitations.topic_unshowable": Entry(lambda n: self.tr("The topic has a character OpenUp can't show. Please retype it.", "invitations.topic_unshowable")),
            "progress.longer_accept": Entry(lambda n: self.tr("Try %n minute(s)", "progress.longer_accept", n)),
            "progress.longer_dismiss": Entry(lambda n: self.tr("Keep %n minute(s)", "progress.longer_dismiss", n)),
            "progress.longer_offer": Entry(lambda n: self.tr("Your recent %1-minute talks felt close. Would you like to try %n minute(s) next time?", "progress.longer_offer", n), ("length",)),
            "progress.minutes_this_month": Entry(lambda n: self.tr("%n minute(s) together this month", "progress.minutes_this_month", n)),
            "progress.minutes_together": Entry(lambda n: self.tr("%n minute(s) together", "progress.minutes_together", n)),
            "progress.month_open": Entry(lambda n: self.tr("This month is wide open. Talk whenever it suits you.", "progress.month_open")),
            "progress.short_talk": Entry(lambda n: self.tr("A short talk", "progress.short_talk")),
            "progress.talks_this_month": Entry(lambda n: self.tr("%n talk(s) this month", "progress.talks_this_month", n)),
            "progress.thanks": Entry(lambda n: self.tr("%n thank-you(s)", "progress.thanks", n)),
            "progress.thanks_shared": Entry(lambda n: self.tr("%n thank-you(s) shared", "progress.thanks_shared", n)),
            "progress.thanks_this_month": Entry(lambda n: self.tr("%n thank-you(s) this month", "progress.thanks_this_month", n)),
            "progress.week_talks": Entry(lambda n: self.tr("Week of %1: %n talk(s)", "progress.week_talks", n), ("week",)),
            "prompts.empty": Entry(lambda n: self.tr("Write a few words first. Your prompt can't be empty.", "prompts.empty")),
            "prompts.not_one_line": Entry(lambda n: self.tr("Please keep your prompt on one line, without tabs or special control characters.", "prompts.not_one_line")),
            "prompts.not_text": Entry(lambda n: self.tr("Your prompt needs to be text.", "prompts.not_text")),
            "prompts.too_long": Entry(lambda n: self.tr("That's a bit long to read from the sofa. Please keep it to %n character(s) or fewer (it has %1).", "prompts.too_long", n), ("has",)),
            "scene.doing_unknown": Entry(lambda n: self.tr("Please pick the activity from the list, or skip it.", "scene.doing_unknown")),
            "scene.music_invalid": Entry(lambda n: self.tr("Music can be on, off, or skipped.", "scene.music_invalid")),
            "scene.note_not_text": Entry(lambda n: self.tr("The note must be text.", "scene.note_not_text")),
            "scene.note_too_long": Entry(lambda n: self.tr("Please keep the note to %n character(s) or fewer.", "scene.note_too_long", n)),
            "scene.note_unshowable": Entry(lambda n: self.tr("The note has a character OpenUp can't show. Please retype it.", "scene.note_unshowable")),
            "scene.when_unknown": Entry(lambda n: self.tr("Please pick the time of day from the list, or skip it.", "scene.when_unknown")),
            "scene.where_unknown": Entry(lambda n: self.tr("Please pick the place from the list, or skip it.", "scene.where_unknown")),
            "sources.kind_unknown": Entry(lambda n: self.tr("Please choose what kind of thing this is: %1.", "sources.kind_unknown"), ("kinds",)),
            "sources.link_has_login": Entry(lambda n: self.tr("That link has a name or password in it. Please use the plain web address.", "sources.link_has_login")),
            "sources.link_has_spaces": Entry(lambda n: self.tr("That link has spaces or line breaks in it. Please copy it again.", "sources.link_has_spaces")),
            "sources.link_malformed": Entry(lambda n: self.tr("That link doesn't look right — it should start with https:// (or http://).", "sources.link_malformed")),
            "sources.link_missing": Entry(lambda n: self.tr("Paste or type a link first, or leave the link empty.", "sources.link_missing")),
            "sources.link_too_long": Entry(lambda n: self.tr("That link is very long. Please use one of %n character(s) or fewer.", "sources.link_too_long", n)),
            "sources.note_not_text": Entry(lambda n: self.tr("The quote or note needs to be text.", "sources.note_not_text")),
            "sources.note_too_long": Entry(lambda n: self.tr("Please keep the quote or note to %n character(s) or fewer (it has %1). A short piece is plenty to start a talk.", "sources.note_too_long", n), ("has",)),
            "sources.note_unshowable": Entry(lambda n: self.tr("The quote or note has a character OpenUp can't show. Please retype that part.", "sources.note_unshowable")),
            "sources.title_missing": Entry(lambda n: self.tr("Give it a title, even a short one, so you can find it again.", "sources.title_missing")),
            "sources.title_not_one_line": Entry(lambda n: self.tr("Please keep the title on one line, without tabs or special characters.", "sources.title_not_one_line")),
            "sources.title_not_text": Entry(lambda n: self.tr("The title needs to be text.", "sources.title_not_text")),
            "sources.title_too_long": Entry(lambda n: self.tr("That title is a bit long. Please keep it to %n character(s) or fewer (it has %1).", "sources.title_too_long", n), ("has",)),
            "surprise.no_prompts": Entry(lambda n: self.tr("There are no prompts to choose from. Add a deck or a prompt of your own first.", "surprise.no_prompts")),
            "talk_history.minutes": Entry(lambda n: self.tr("%n minute(s)", "talk_history.minutes", n)),
            "thanks.too_long": Entry(lambda n: self.tr("Please keep your thanks under %n character(s).", "thanks.too_long", n)),
            "thanks.unshowable": Entry(lambda n: self.tr("Your thanks has a character OpenUp can't show. Please retype it.", "thanks.unshowable")),
        }
