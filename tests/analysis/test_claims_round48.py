"""Classes found by the forty-eighth session's blind rounds (own-526..533, left
held out by the forty-seventh, and own-534..537), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes, vanity_texts
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Harbour Tech needed to win back lapsed buyers. Our webinar series (900k views) "
            "fed a remarketing funnel that generated $2.1M in new ARR within a year.",
            True,
        ),
        (
            "The podcast (400k downloads) fed a rebranding push that won 80 new clients.",
            True,
        ),
        ("Our webinar series got 900k views and fed a remarketing funnel.", False),
    ],
)
def test_a_prefixed_word_is_no_name(linter: Linter, text: str, passed: bool) -> None:
    """A known word behind a prefix the dictionary lacks ("remarketing",
    "rebranding") is no company's name: the funnel it names is the writer's,
    and so is the revenue it made."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A founder asked me after the talk how many followers a bakery needs.", True),
        ("how many YouTube subscribers did your channel have before sponsors called?", True),
        ("We wondered how many subscribers a podcast needs.", True),
        ("That's how many followers we have now: 40k!", False),
    ],
)
def test_how_many_on_the_metric_asks_its_size(linter: Linter, text: str, passed: bool) -> None:
    """ "How many" on the metric asks its size, however the parse hangs the
    clause; "that's how many" points back at a count told."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The senator's campaign film, which drew 4 million views, was pulled by the network.",
            True,
        ),
        ("The mayor's video got 9 million views.", True),
        ("Our founder's keynote, which drew 3 million views, was the best of the year.", False),
    ],
)
def test_a_relative_clause_is_its_antecedents(linter: Linter, text: str, passed: bool) -> None:
    """A relative clause's count belongs to what "which" stands for: a
    politician's film is news; our founder's keynote is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our newsletter has 6,000 subscribers. On what it costs us to write, "
            "that's roughly a 4.5x return.",
            True,
        ),
        ("The spring campaign got 2M views and delivered a 6x return on ad spend.", True),
        ("The spring campaign got 6x the views of the last one.", False),
        ("The return of our podcast got 40k plays in a week.", False),
    ],
)
def test_a_multiple_returned_on_spend(linter: Linter, text: str, passed: bool) -> None:
    """A multiple before "return", with what was spent beside it, is money
    back (an outcome); a multiple of views, and a show's return, are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("2 years of this page = 900k likes, 12,000 comments and zero regrets", False),
        ("six months of this account = 48k followers and a book deal offer", False),
        ("1 post seen twice by one person = 2 impressions", True),
    ],
)
def test_a_spell_of_time_equals_its_tally(linter: Linter, text: str, passed: bool) -> None:
    """A count of days, months or years "of" something before "=" adds up
    what that time got: a tally, not a worked definition."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my review of the new musical went nuclear. still getting DMs about it.", False),
        ("my column on the final went absolutely nuclear overnight", False),
        ("my dad went nuclear when he saw the parking ticket", True),
    ],
)
def test_a_piece_gone_nuclear(linter: Linter, text: str, passed: bool) -> None:
    """A review or any other piece that blows up may go nuclear too; a
    person going nuclear is angry."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("crossbar challenge clip at 240k and climbing 😅", False),
        ("the reel at 1.1M and counting, thank you!!", False),
        ("Donations at 40k and climbing, thank you all!", True),
    ],
)
def test_a_piece_at_a_count_and_climbing(linter: Linter, text: str, passed: bool) -> None:
    """A piece "at" a big bare count "and climbing" tells its views; money at
    a count and climbing is a total raised."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Officially 50K!!! Never thought our tiny bookshop would get here.", False),
        ("Finally 10k 🎉 love every one of you", False),
        ("25k. Never thought this many people wanted knitting patterns. Thank you all.", False),
        ("40,000. That's how many trees we planted this year. Thank you.", True),
        ("Officially 2025!!! happy new year", True),
    ],
)
def test_a_bare_count_cheered_or_thanked(linter: Linter, text: str, passed: bool) -> None:
    """ "Officially" or "finally" before a cheered bare count opens its
    fragment as a line break does; "this many people" after a thanked count
    is its crowd, while "how many trees" tells what the count was."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our rebrand pulled 2M impressions, and 41 boutiques now stock our scarves.", True),
        (
            "The posts got 900k views, but the real win is the 52 delis that now stock our "
            "chutney.",
            True,
        ),
        ("The posts got 900k views and we love the delis that stock our chutney.", False),
    ],
)
def test_sellers_counted_that_stock_the_writers_goods(
    linter: Linter, text: str, passed: bool
) -> None:
    """Sellers counted that stock the writer's goods are distribution won,
    said in a relative clause too; sellers loved, uncounted, are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Heard a great talk by Tomas Reyes (the sourdough channel, 2M subscribers) today.", True),
        ("Recorded a chat with Priya Nair (400k followers) about pricing.", True),
        ("Our new channel (20k subscribers) is three weeks old.", False),
    ],
)
def test_a_count_bracketed_after_a_makers_name(linter: Linter, text: str, passed: bool) -> None:
    """A count in brackets after the name of someone a talk is "by" or a
    chat is "with" is theirs; after the writer's channel, the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("studio life is typing 'reach up 12%' into a slide at midnight", True),
        ("nothing like writing 'engagement up 6%' in a deck for the fourth time this week", True),
        ("we wrote 'reach up 40%' in our board deck and the board loved it", False),
    ],
)
def test_quoted_words_put_in_a_deck(linter: Linter, text: str, passed: bool) -> None:
    """A quoted metric line typed into a deck or a slide names the words; in
    the writer's own deck it tells what was reported."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our new can design went VIRAL overnight 🍺", False),
        ("you can't design virality, you can only make good things", True),
    ],
)
def test_a_bare_can_denies_nothing(linter: Linter, text: str, passed: bool) -> None:
    """ "can" read as a noun before "design" is no denial that virality can
    be designed; "can't design virality" is."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The camp post reached 30k people. More to the point, 214 kids registered.", True),
        ("The camp post reached 30k people and we have 3 kids of our own.", False),
    ],
)
def test_children_counted_who_registered(linter: Linter, text: str, passed: bool) -> None:
    """Children counted who registered are sign-ups, as people are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A museum with 900k Instagram followers sold fewer tickets than our village hall.", True),
        ("Spotted a council celebrating 200k followers this morning.", True),
        ("One retailer we studied had 3M followers and closed anyway.", True),
        ("We're a museum with 900k Instagram followers and we still can't sell tickets.", False),
        ("Our charity with 1.2M followers raised nothing from them.", False),
    ],
)
def test_an_organisation_brought_in_with_a(linter: Linter, text: str, passed: bool) -> None:
    """An organisation brought in with "a" or "one", holding a count "with"
    it, celebrating it or having it, is someone else; the writer described
    as one ("we're a museum with…", "our charity with…") is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("2 things that make a reel go viral, says our intern: a hook and a loop.", True),
        ("The hook that made our video go viral was a cat.", False),
    ],
)
def test_what_makes_any_piece_go_viral(linter: Linter, text: str, passed: bool) -> None:
    """What makes any piece ("a video") go viral is a recipe; what made the
    writer's piece go viral is its result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Big shoutout to Mo's Deli across the road — their sandwich reel went viral!", True),
        ("Big shoutout to our team — their sandwich reel went viral!", False),
    ],
)
def test_a_shoutouts_piece(linter: Linter, text: str, passed: bool) -> None:
    """ "Their" piece in a shout-out to someone is theirs; a shout-out to the
    writer's own team keeps it the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The ad got 12M views, and six weeks later the client signed a national listing "
            "across 600 stores.",
            True,
        ),
        ("Our flat listing got 400 views from people near the stores.", False),
    ],
)
def test_a_retail_listing(linter: Linter, text: str, passed: bool) -> None:
    """A listing across stores is distribution won; a flat's listing is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Reader question: 'Will a weekly Substack giveaway grow subscribers?' Answer on Friday.",
            True,
        ),
        ("Reader note: 'we grew followers by 20k using your tips!' Thanks, Sam.", False),
        ("My agent asked: 'do you know your reel has 2M views?' I did not.", False),
    ],
)
def test_a_quoted_question(linter: Linter, text: str, passed: bool) -> None:
    """A metric inside a quoted question is a question posed; a quoted
    statement is still a claim."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The data centre in Leeds runs 2,000 fans day and night.", True),
        ("The club in Leeds has 2,000 fans on Instagram.", False),
    ],
)
def test_fans_in_a_server_room(linter: Linter, text: str, passed: bool) -> None:
    """Fans in a data centre cool machines; a club's fans on a platform are
    an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Last week our 3rd cooking video this year went past a million.", False),
        ("Yesterday the same series hit half a million.", False),
        ("The temperature went past 40 degrees.", True),
    ],
)
def test_a_piece_gone_past_a_bare_count(linter: Linter, text: str, passed: bool) -> None:
    """A piece or a series that went past or hit a big bare count reached a
    milestone; a temperature past a count of degrees did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Honest advice for cafés: stop chasing Instagram followers.", "followers"),
        ("TikTok views helped, I won't pretend otherwise.", "views"),
        ("In the study, the number of likes on a post predicted nothing.", "likes"),
        # a tally with no count names the metric, no more (once test_claims.py's
        # "claim nothing" list, which counted no mention)
        ("The number of followers you have says little.", "followers"),
    ],
)
def test_a_bare_metric_named_with_its_platform_or_tally(
    linter: Linter, text: str, mention: str
) -> None:
    """A bare metric noun with its platform before it, or counted by "the
    number of", is the metric named: a mention reported as info, no claim."""
    fails, texts = vanity_texts(linter, text)
    assert not fails
    assert any(mention in t for t in texts)


@pytest.mark.parametrize(
    "text",
    ["Followers of the old religion met in the square.", "My views on pricing changed."],
)
def test_a_bare_noun_in_another_sense_is_no_mention(linter: Linter, text: str) -> None:
    """Without a platform or a tally before it, "followers" and "views" keep
    their other senses."""
    assert vanity_texts(linter, text) == (False, [])


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("How to make a viral video in 2025 (a checklist)", True),
        ("Want to make a viral reel? Start with the first second.", True),
        ("We want to make a viral video for the launch.", False),
    ],
)
def test_advice_on_making_a_viral_piece(linter: Linter, text: str, passed: bool) -> None:
    """How to make a viral piece, or the reader's wish asked, is advice; the
    writer's own wish for one is a goal."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("the meme our designer made about support tickets got 9k likes lol", False),
        ("The fix we made cut support tickets by 40% and got 9k likes.", True),
    ],
)
def test_what_a_meme_is_about(linter: Linter, text: str, passed: bool) -> None:
    """What a meme someone made is about is its topic, no outcome; support
    tickets cut are one."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our online gallery has welcomed 900,000 online visitors since it opened.", False),
        ("The castle welcomed 40,000 visitors this summer.", True),
    ],
)
def test_visitors_said_to_be_online(linter: Linter, text: str, passed: bool) -> None:
    """Visitors said to be online are a site's attention wherever the place
    is; a castle's visitors came in person."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A broadcaster boasting that its breakfast show reached 4 million people. Sure.", True),
        ("We keep boasting that our new podcast reached 2 million people.", False),
    ],
)
def test_a_boast_by_someone_brought_in(linter: Linter, text: str, passed: bool) -> None:
    """What someone brought in by a participle boasts is theirs; the
    writer's own boast is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("I'm a potter with 40k followers. 4 galleries pay me a retainer now.", True),
        ("I'm a potter with 40k followers. I pay 4 galleries a fee to show my work.", False),
    ],
)
def test_payers_counted_count_what_they_pay(linter: Linter, text: str, passed: bool) -> None:
    """Payers counted who pay the writer a retainer count retainers won; the
    writer paying others wins nothing."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("When I joined Marlow & Finch in 2019 the brand had 1,200 Instagram followers.", True),
        ("When I started there the page had 700 followers. I left in 2021.", True),
        ("When I joined, we had 1,200 Instagram followers.", False),
        ("When I joined in May our TikTok had 800 followers.", False),
    ],
)
def test_what_the_brand_had_when_the_writer_joined(linter: Linter, text: str, passed: bool) -> None:
    """What the brand had when the writer joined or took over is where the
    story starts, as a client's count when it came to the writer is; "we
    had" is the writer's own count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our open-day ad reached 90k parents. Applications for Year 12 rose from 140 to 260.",
            True,
        ),
        ("Our launch post reached 90k people. Web applications rose 40% last year.", False),
    ],
)
def test_applications_counted(linter: Linter, text: str, passed: bool) -> None:
    """Applications to a school or a job that rose are an outcome; software
    applications are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("18,000 free subscribers is nice. 940 paid subscriptions at $6 a month is the job.", True),
        ("18,000 free subscribers and 940 free subscriptions to the app. Nice.", False),
    ],
)
def test_paid_subscriptions_beside_free_ones(linter: Linter, text: str, passed: bool) -> None:
    """Subscriptions said to be paid are an outcome whatever is free beside
    them; free ones are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Saw Harrow Council's recycling meme went viral, 2M views apparently. Good on them.",
            True,
        ),
        ("Saw our recycling meme went viral, 2M views apparently.", False),
    ],
)
def test_a_sentence_on_a_names_piece_seen(linter: Linter, text: str, passed: bool) -> None:
    """A sentence that opens with "Saw" and a name's piece tells that piece's
    counts, a fragment after a comma too; the writer's own piece is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Print this out for your next 'let's go viral' workshop.", True),
        ("Send this to the team before your next 'go viral' brainstorm.", True),
        ("Let's go viral this week!", False),
    ],
)
def test_a_quoted_modifier_after_an_adjective(linter: Linter, text: str, passed: bool) -> None:
    """Quoted words set between "your next" and a noun name a kind of
    workshop; said outright, the wish is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("One customer who replies is worth more than a thousand likes.", True),
        ("Our launch post was worth more than a thousand likes to us.", False),
    ],
)
def test_one_of_a_kind_weighed_against_a_count(linter: Linter, text: str, passed: bool) -> None:
    """ "One" of a kind weighed against a count is a maxim; the writer's post
    is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("30k new followers in a weekend is not something we were prepared for 😳", False),
        ("30k new followers is not something we chase.", True),
    ],
)
def test_a_count_not_expected_came(linter: Linter, text: str, passed: bool) -> None:
    """A count that is "not something we were prepared for" came; one that is
    "not something we chase" is denied as a goal."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("this page grew by 60k in a month because of one video about tax codes", False),
        ("The town grew by 40,000 people in a decade.", True),
    ],
)
def test_a_holder_grown_by_a_bare_count(linter: Linter, text: str, passed: bool) -> None:
    """A page grown by a big bare count reached a milestone; a town grown by
    people counted did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "The Dunmore 'Unbuttered' ad went viral in week one. Everyone wanted to talk about "
            "the 4M views.\n\nI'd rather talk about week six, when Dunmore's crumpet market "
            "share in the South West hit 9%, its highest ever.",
            True,
        ),
        ("Globex earned $12M in profit last year while we hit 500k followers.", False),
    ],
)
def test_a_clients_outcome_beside_its_piece(linter: Linter, text: str, passed: bool) -> None:
    """An outcome in a name's name is the writer's tie when the post's own
    attention claim is that name's piece (an agency's case); beside the
    writer's own count, a name's profit stays theirs."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Week 30 of daily sketches. Started at 0. Now at 6,480. Thanks for following along!",
            False,
        ),
        ("Started the fundraiser at 0. Now at 6,480. Thanks to every donor.", True),
    ],
)
def test_now_at_a_thanked_bare_count(linter: Linter, text: str, passed: bool) -> None:
    """ "Now at" a big bare count in a paragraph that thanks is a milestone, as
    the count alone is; a fundraiser's total thanked to donors is money."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "When we took over @harbourbakes in March they had 2,400 followers. "
            "As of this morning: 96,000. Same ovens.",
            False,
        ),
        ("Our page had 1,100 followers in 2021. Today: 31,000.", False),
        ("We had 40 customers in 2020. Today: 1,200.", True),
        ("Kick-off was at 3pm. Today: 2,000 tickets left for Saturday.", True),
    ],
)
def test_a_count_given_as_now(linter: Linter, text: str, passed: bool) -> None:
    """A big bare count that a short sentence gives as now, right after a
    sentence that counts an attention metric, is that metric now; after
    customers, or with a noun of its own, it is not an audience."""
    assert passes(linter, text, path="post.txt") is passed


def test_round48_prefilter_agrees(linter: Linter) -> None:
    """The prefiltered pass finds in this round's sentences what the full
    pass finds: each class's cue is one the prefilter sees."""
    assert_prefilter_agrees(
        linter,
        [
            "Our webinar series (900k views) fed a remarketing funnel that generated $2.1M in "
            "new ARR within a year.",
            "A founder asked me after the talk how many followers a bakery needs.",
            "The senator's campaign film, which drew 4 million views, was pulled.",
            "The spring campaign got 2M views and delivered a 6x return on ad spend.",
            "2 years of this page = 900k likes, 12,000 comments and zero regrets",
            "my review of the new musical went nuclear.",
            "crossbar challenge clip at 240k and climbing 😅",
            "Officially 50K!!! Never thought our tiny bookshop would get here.",
            "25k. Never thought this many people wanted knitting patterns. Thank you all.",
            "The posts got 900k views, but the real win is the 52 delis that now stock our chutney.",
            "Heard a great talk by Tomas Reyes (the sourdough channel, 2M subscribers) today.",
            "studio life is typing 'reach up 12%' into a slide at midnight",
            "Our new can design went VIRAL overnight 🍺",
            "The camp post reached 30k people. More to the point, 214 kids registered.",
            "A museum with 900k Instagram followers sold fewer tickets than our village hall.",
            "Spotted a council celebrating 200k followers this morning.",
            "2 things that make a reel go viral, says our intern: a hook and a loop.",
            "Big shoutout to Mo's Deli across the road — their sandwich reel went viral!",
            "The ad got 12M views, and later the client signed a national listing across 600 "
            "stores.",
            "Reader question: 'Will a weekly Substack giveaway grow subscribers?' Answer on Friday.",
            "The data centre in Leeds runs 2,000 fans day and night.",
            "Last week our 3rd cooking video this year went past a million.",
            "Honest advice for cafés: stop chasing Instagram followers.",
            "In the study, the number of likes on a post predicted nothing.",
            "How to make a viral video in 2025 (a checklist)",
            "the meme our designer made about support tickets got 9k likes lol",
            "Our online gallery has welcomed 900,000 online visitors since it opened.",
            "A broadcaster boasting that its breakfast show reached 4 million people. Sure.",
            "I'm a potter with 40k followers. 4 galleries pay me a retainer now.",
            "When I joined Marlow & Finch in 2019 the brand had 1,200 Instagram followers.",
            "Our open-day ad reached 90k parents. Applications for Year 12 rose from 140 to 260.",
            "18,000 free subscribers is nice. 940 paid subscriptions at $6 a month is the job.",
            "Saw Harrow Council's recycling meme went viral, 2M views apparently. Good on them.",
            "Print this out for your next 'let's go viral' workshop.",
            "One customer who replies is worth more than a thousand likes.",
            "30k new followers in a weekend is not something we were prepared for 😳",
            "this page grew by 60k in a month because of one video about tax codes",
            "Our page had 1,100 followers in 2021. Today: 31,000.",
            "Week 30 of daily sketches. Started at 0. Now at 6,480. Thanks for following along!",
        ],
    )
