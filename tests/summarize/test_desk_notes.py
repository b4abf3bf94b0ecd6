"""A desk's note to its reader and a digest's header are notices, never summary sentences."""

import pytest

from newsbrief.summarize.fragments import text_fragment_reason
from newsbrief.summarize.fragments.notices import is_desk_note


@pytest.mark.parametrize("note", [
    "Address questions to Home Help, The Daily Ledger, 12 Mill Road, Leeds, or by e-mail to homehelp(at)ledger.example.",
    "Questions should be directed to the Harbour News Service in Hull at 555-010-2233.",
    "We are staffed 7 a.m. to 9 p.m. Monday-Friday.",
    "Those of general interest will be published.",
    "Unpublished letters cannot be answered individually.",
    "The following are major news items in leading Ghanaian newspapers Tuesday.",
    "Please send your comments to the editor at the address below.",
    "the following is adapted from an article that ran in the july 7, 2014 issue of national review.",
    "This essay was excerpted from her new book, The Long Road.",
    "This article originally appeared in The Conversation.",
])
def test_a_desk_note_to_the_reader_is_a_notice(note: str) -> None:
    assert is_desk_note(note)
    assert text_fragment_reason(note) == "notice"


@pytest.mark.parametrize("reporting", [
    "Investigators said questions remain about how the fire started.",
    "The senator would not address questions about the donation on Tuesday.",
    "The following day, crews reopened the bridge to traffic.",
    "Questions about the contract were sent to the city attorney, who did not reply.",
    "The clinic is staffed by volunteers from three churches, its director said.",
    "Among the major news items of the week was the mayor's resignation.",
    "The following is a timeline of the events, police said.",
    "The film was adapted from a novel by Graham Greene.",
    "The story ran in several newspapers before the agency withdrew it.",
])
def test_reporting_that_mentions_questions_or_staff_is_not_a_desk_note(reporting: str) -> None:
    assert not is_desk_note(reporting)
