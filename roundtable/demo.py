"""The example session: a realistic, fully invented sales and marketing roundtable.

It gives the app's first run, the screenshots and the export something true to life to
show: twelve leaders from six companies, about sixty notes over the three main rounds,
themes with dot votes from both functions, and three commitments. Every name, company and
note here was written for Roundtable; none describes a real person or firm.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from roundtable.model import Function
from roundtable.store import Store
from roundtable.templates import DEFAULT_TEMPLATE, get_template

# name, function, organisation, role
PARTICIPANTS: list[tuple[str, Function, str, str]] = [
    ("Hannah Berg", "sales", "Nordlicht Software", "VP Sales"),
    ("Tomás Ferreira", "marketing", "Nordlicht Software", "Head of Demand Generation"),
    ("Priya Raman", "sales", "Clearwater Logistics", "Sales Director"),
    ("Jonas Weber", "marketing", "Clearwater Logistics", "CMO"),
    ("Aisha Okafor", "sales", "Brightpath Health", "Head of Enterprise Sales"),
    ("Lena Hoffmann", "marketing", "Brightpath Health", "Marketing Lead"),
    ("Marcus Lindqvist", "sales", "Tallis Components", "Regional Sales Manager"),
    ("Sofia Marín", "marketing", "Tallis Components", "Product Marketing Manager"),
    ("Daniel Cho", "sales", "Keystone Finance", "SDR Team Lead"),
    ("Emma Dubois", "marketing", "Keystone Finance", "Content Marketing Manager"),
    ("Ravi Menon", "other", "Keystone Finance", "Revenue Operations"),
    ("Claire Novak", "sales", "Orchard Retail Systems", "Chief Revenue Officer"),
    # Two people outside sales and marketing: with one, an anonymous session could not
    # compare the sides' votes without giving that one person's dots away.
    ("Noor Haddad", "other", "Orchard Retail Systems", "Customer Success Director"),
]

# Per round position: themes as (label, {function: votes}, [(participant index, note)]),
# then notes that stay ungrouped.
ThemeSpec = tuple[str, dict[Function, int], list[tuple[int, str]]]
ROUNDS: dict[int, tuple[list[ThemeSpec], list[tuple[int, str]]]] = {
    1: (
        [],
        [
            (0, "Leave with one thing my reps and our marketers start together next month"),
            (3, "Hear how others stopped the MQL argument"),
            (6, "Ideas for trade-fair follow-up that actually works"),
            (9, "Learn what sales really needs from content"),
            (11, "Benchmark: how do others split the budget?"),
        ],
    ),
    2: (
        [
            (
                "Shared pipeline reviews",
                {"sales": 7, "marketing": 5, "other": 1},
                [
                    (0, "Monday pipeline call with both teams, 30 minutes, same dashboard"),
                    (3, "We review the funnel together every week, not two separate reports"),
                    (10, "One forecast meeting instead of a sales one and a marketing one"),
                    (6, "Marketing sits in on deal reviews for the top 20 accounts"),
                    (1, "Joint QBR: we present one slide on pipeline, not two"),
                ],
            ),
            (
                "Sales shapes the content",
                {"sales": 3, "marketing": 6, "other": 0},
                [
                    (9, "Reps record 2-minute voice memos of objections; we turn them into FAQs"),
                    (7, "Case studies picked by the account managers, not by us"),
                    (2, "I get to veto a campaign message if customers would laugh at it"),
                    (5, "Content calendar is planned with two sales leads in the room"),
                ],
            ),
            (
                "Agreed definition of a lead",
                {"sales": 5, "marketing": 4, "other": 2},
                [
                    (4, "We wrote down what an SQL is. One page. Both VPs signed it"),
                    (1, "MQL score reviewed every quarter with sales feedback"),
                    (11, "Clear rule: marketing owns the lead until the first meeting is booked"),
                ],
            ),
            (
                "Fast feedback on campaigns",
                {"sales": 2, "marketing": 4, "other": 0},
                [
                    (8, "SDRs post in a shared channel when a campaign brings junk, same day"),
                    (3, "Sales tells us within a week if a webinar audience was the right one"),
                    (6, "thumbs up / thumbs down on every lead in the CRM, takes 2 seconds"),
                ],
            ),
        ],
        [
            (0, "Honestly? Our Christmas party 🙂"),
            (10, "RevOps as neutral referee between the two"),
        ],
    ),
    3: (
        [
            (
                "What counts as a qualified lead",
                {"sales": 9, "marketing": 6, "other": 1},
                [
                    (2, "Marketing celebrates MQL numbers that never turn into meetings"),
                    (1, "Sales ignores leads under a certain company size without telling us"),
                    (8, "A whitepaper download is not a buying signal"),
                    (4, "Nobody agrees what 'sales-ready' means"),
                    (5, "Leads get rejected with no reason given, so we can't improve the scoring"),
                    (6, "Half the 'hot' leads are students and competitors"),
                ],
            ),
            (
                "Different goals, different pay",
                {"sales": 4, "marketing": 7, "other": 1},
                [
                    (3, "Marketing is paid on volume, sales on revenue: of course we fight"),
                    (0, "My reps get commission, marketing gets a pat on the back"),
                    (7, "Bonus targets set in separate rooms, by separate bosses"),
                    (11, "Quarter-end pressure kills every long-term brand idea"),
                ],
            ),
            (
                "Us versus them",
                {"sales": 5, "marketing": 4, "other": 0},
                [
                    (9, "Different floors, different buildings, different Slack"),
                    (6, "When a deal is won it was sales; when it is lost, the leads were bad"),
                    (5, "We only talk when something went wrong"),
                    (2, "Marketing feels like an agency we hired, not a colleague"),
                ],
            ),
            (
                "CRM data nobody trusts",
                {"sales": 2, "marketing": 3, "other": 2},
                [
                    (10, "Opportunity source field is filled in by 30% of reps"),
                    (1, "We cannot prove which campaign influenced a deal"),
                    (8, "Three tools, three versions of the truth"),
                ],
            ),
            (
                "Slow follow-up",
                {"sales": 3, "marketing": 5, "other": 1},
                [
                    (5, "Inbound demo requests wait four days for a call"),
                    (4, "Event leads sit in a spreadsheet for two weeks after the fair"),
                    (9, "By the time sales calls, the prospect has forgotten us"),
                ],
            ),
        ],
        [
            (11, "Too many tools, too little training"),
            (7, "Product launches are announced to sales the same day as to customers!!"),
        ],
    ),
    4: (
        [
            (
                "One shared revenue number",
                {"sales": 8, "marketing": 9, "other": 2},
                [
                    (11, "One revenue target for both teams, and part of marketing's bonus on it"),
                    (3, "Measure marketing on pipeline created, not on MQLs"),
                    (0, "Shared dashboard on the wall: pipeline, wins, sources"),
                    (10, "Same definitions in the CRM for everyone, locked"),
                ],
            ),
            (
                "Follow-up promise (SLA)",
                {"sales": 6, "marketing": 7, "other": 1},
                [
                    (8, "Every inbound lead gets a call within 24 hours, tracked"),
                    (5, "If sales doesn't call in 2 days, marketing may nurture it again"),
                    (4, "Written SLA both ways: lead quality from us, speed from them"),
                ],
            ),
            (
                "Walk in each other's shoes",
                {"sales": 5, "marketing": 3, "other": 0},
                [
                    (9, "Every marketer joins five sales calls per quarter"),
                    (6, "Reps spend a day with the campaign team before a launch"),
                    (2, "Swap one team meeting a month"),
                ],
            ),
            (
                "Plan key accounts together",
                {"sales": 4, "marketing": 5, "other": 1},
                [
                    (7, "ABM pilot: 15 named accounts, one joint plan for each"),
                    (0, "Account plans written by the AE and a marketer together"),
                    (1, "Marketing budget follows the top accounts sales picked"),
                ],
            ),
        ],
        [
            (5, "A 'no blame' review after every lost big deal"),
            (11, "Hire a shared enablement person"),
        ],
    ),
}

COMMITMENT_NOTES = [
    (4, "Draft the one-page SQL definition and send it to the group"),
    (8, "Start measuring speed to first call for inbound leads"),
]

# text, owner index, owner function, days until due, theme label it came from
ACTIONS: list[tuple[str, int, str, int, str]] = [
    (
        "Write a one-page lead definition both VPs sign",
        4,
        "joint",
        14,
        "What counts as a qualified lead",
    ),
    (
        "Pilot a 24-hour follow-up SLA on inbound demo requests",
        8,
        "sales",
        30,
        "Follow-up promise (SLA)",
    ),
    (
        "Propose a shared pipeline target for next year's bonus plan",
        3,
        "marketing",
        45,
        "One shared revenue number",
    ),
]

# Minutes each round actually ran (the "Why it's broken" round overran by six minutes).
RAN_MINUTES = {1: 9, 2: 21, 3: 31, 4: 24}


class _SessionClock:
    """Plays the session's afternoon forward, so times in the file look like a real run."""

    def __init__(self, start: datetime) -> None:
        self.now = start.timestamp()

    def __call__(self) -> float:
        return self.now


def write_demo(path: str | Path, *, today: date | None = None) -> Path:
    """Write the example session to `path` (which must not exist) and return the path."""
    path = Path(path)
    today = today or date.today()
    clock = _SessionClock(datetime.combine(today, time(14, 0)).astimezone())
    with Store.create(
        path,
        title="Sales and marketing roundtable: closing the gap",
        template=get_template(DEFAULT_TEMPLATE),
        anonymous=True,
        facilitator="Marta Kowalski",
        clock=clock,
    ) as store:
        # Five dots each: the votes below are what thirteen people can cast in a round.
        store.update_session(dots_per_person=5)
        people = [store.add_participant(n, f, org, role) for n, f, org, role in PARTICIPANTS]
        rounds = store.rounds()
        theme_ids: dict[str, int] = {}
        for position, minutes in RAN_MINUTES.items():
            rnd = rounds[position - 1]
            themes, loose = ROUNDS.get(position, ([], []))
            entries: list[tuple[int, str, int | None]] = [
                (i, text, t) for t, (_, _, notes) in enumerate(themes) for i, text in notes
            ]
            entries += [(i, text, None) for i, text in loose]
            began = clock.now
            store.start_round(rnd.id)
            step = minutes * 60 * 0.8 / max(1, len(entries))
            ids: dict[int, list[int]] = {t: [] for t in range(len(themes))}
            # Notes arrive interleaved across themes, as they do in a real room.
            for n, (i, text, t) in enumerate(sorted(entries, key=lambda e: (e[0] * 7) % 11)):
                clock.now = began + (n + 1) * step
                nid = _note(store, rnd.id, people[i].id, people[i].function, text)
                if text in OPEN_QUESTIONS:
                    store.update_note(nid, open_question=True)
                if t is not None:
                    ids[t].append(nid)
            clock.now = began + minutes * 60
            store.finish_round(rnd.id)
            for t, (label, votes, _) in enumerate(themes):
                theme = store.add_theme(rnd.id, label, note_ids=sorted(ids[t]))
                theme_ids[label] = theme.id
                for function, count in votes.items():
                    store.set_votes(theme.id, function, count)
            clock.now += 60
        closing = rounds[-1]
        store.start_round(closing.id)
        for i, text in COMMITMENT_NOTES:
            clock.now += 90
            _note(store, closing.id, people[i].id, people[i].function, text)
        for text, owner, owner_function, days, source_theme in ACTIONS:
            clock.now += 60
            store.add_action(
                text,
                owner=people[owner].name,
                owner_function=owner_function,
                due=today + timedelta(days=days),
                theme_id=theme_ids[source_theme],
            )
        store.finish_round(closing.id)  # a finished session: the minutes say when it ended
    return path


# Notes the room could not answer: marked as open questions (the minutes list them).
OPEN_QUESTIONS = frozenset({"Benchmark: how do others split the budget?"})


def _note(store: Store, round_id: int, participant_id: int, function: Function, text: str) -> int:
    return store.add_note(round_id, text, function=function, participant_id=participant_id).id
