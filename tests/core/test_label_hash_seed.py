"""A group's label is the same in every run: Python orders a set of words differently from
one run to the next (the hash seed), and a label's score summed in that order flipped
between two near-equal names of the same notes."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# A "What works" round (tests/benchmarks/data, fresh13); the group is the five notes about
# sitting in the other side's meetings.
NOTES = [
    "field event playbook - who invites, who follows up, who owns dinner",
    "we review open opps together every week, marketing dials in",
    "shared pipe review on thurs. no slides, just the CRM",
    "Delmont roadshow: sales picked guests, we ran logistics, 4 opps",
    "monday pipeline call - mktg + sales in same room, 30 min",
    "comp intel channel: reps post what X pitches, PMM answers same day",
    "named accounts get custom ads + AE outreach same week",
    "objection handling doc built from real call snippets",
    "AEs nominate happy customers, we turn them into case studies",
    "monthly win/loss readout, PMM runs it, AEs show up",
    "battlecards vs X updated quarterly, reps actually open them",
    "we sit in AE stage reviews now. eye opening",
    "PMM + top AE rewrote the competitive one-pager together",
    "after events: recap email from mktg, AEs call within 48h. works",
    "tuesday deal review: I hear which campaigns actually touched deals",
    "finance joins campaign budget planning, fewer surprises at QBR",
    "weekly forecast huddle w/ demand gen lead present",
    "same dashbaord on screen every week = we argue less",
    "product sits in lost-deal post mortems w both teams. painful, useful",
    "CS flags promoters -> marketing gets a quote within the week",
    "pipeline standup - both VPs, every week, never cancelled",
    "tier 1: AE picks the logos, mktg builds plays around them",
    "bdr lead pings campaign mgr 'this webinar crowd is all students' within hours",
    "'why did we lose to X' hour every month - best meeting I have",
    "we interview 5 lost buyers a quarter and share notes",
    "target account list agreed in Jan, both sides stick to it",
    "SDRs report into marketing so lead feedback is instant",
    "ABM list of 80 accounts picked jointly w/ AEs",
    "ICP workshop last yr - finally one definition of who we chase",
    "reference calls lined up fast bc mktg keeps the advocate list",
    "customer video from the Brookfield account helped me close 2 deals",
    "my top 20 logos, marketing runs air cover for them",
    "our SDRs sit with demand gen, tell them when a list is junk",
]
GROUP = [1, 11, 16, 26, 32]

SCRIPT = """
import json, sys
from roundtable.clustering.labels import make_label, round_words
from roundtable.clustering.tfidf import terms
notes, group = json.loads(sys.stdin.read())
words = round_words(notes, frozenset(terms("What works")))
print(make_label(group, words, []))
"""


def label_with_seed(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=json.dumps([NOTES, GROUP]),
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout.strip()


def test_label_is_the_same_whatever_the_hash_seed():
    labels = {seed: label_with_seed(seed) for seed in range(1, 9)}
    assert len(set(labels.values())) == 1, labels
    assert labels[1]
