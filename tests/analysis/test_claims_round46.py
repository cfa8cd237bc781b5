"""Classes found by the forty-sixth session's blind rounds (own-498..501, left
held out by the forty-fifth), on sentences written for these tests (each: a
text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, passes
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our Easter reel hit 64k views 🐣 our tiny bakery has never been this busy online", False),
        ("The launch clip got 210k views 🚀 we honestly did not expect it", False),
        ("Our reel hit 64k views 🐣 and our bakery has never sold so few buns", False),
        ("Shout out to 🐝 our bee team for never missing a Saturday", True),
        ("Trending #3 in Canada right now 😱 you lot are unreal", False),
        (
            "Our shelter pup's post got 30k likes 🐶 she's still looking for a home so keep sharing",
            False,
        ),
        ("Our recap video hit 600k views 🤯 my biggest one yet.", False),
    ],
)
def test_an_emoji_closes_a_clause_before_a_lower_case_pronoun(
    linter: Linter, text: str, passed: bool
) -> None:
    """Lower-case posts end a clause with an emoji too: the next clause's
    "never" or "not" is its own, not the count's. An emoji that stands for a
    noun ("🐝 our bee team") closes nothing, and lower-case words that say
    more of the count ("🤯 my biggest ever", "😱 you lot are unreal") stay
    with it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A meme page stole my clip and it has 2M views on their account.", True),
        ("Someone reposted my drawing and it has 400k likes on their page.", True),
        ("Our clip has 2M views on our account.", False),
        ("My drawing has 400k likes on my page now.", False),
        ("My talk from the summit is the most-viewed video on their channel now 🥲", False),
        (
            "someone copied my zine and it got 90k likes on their page, so I reposted it "
            "and now mine is at 150k 😌",
            False,
        ),
    ],
)
def test_counts_on_someone_elses_page(linter: Linter, text: str, passed: bool) -> None:
    """A count a copy holds "on their page" or "on their account" is the
    other account's attention, not the writer's; on our own page it is ours,
    and so is the writer's piece ranked on their channel, or "mine" at a
    count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We don't make videos because they'll go viral. We make them to teach.", True),
        ("We never pick topics because they will trend.", True),
        ("We make these videos because they'll go viral.", False),
    ],
)
def test_a_reason_denied(linter: Linter, text: str, passed: bool) -> None:
    """Going viral or trending given as the reason a negated verb does not
    have is refused, not a goal; given as the reason of a verb done, it is."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The launch post got 80k views, and we landed a £6.4m distribution deal.", True),
        ("Our demo video hit 40k views. It won us a $1.2 million contract.", True),
        ("Our demo video hit 40k views. A $1.2 million contract would change everything.", False),
        ("Year two: 30k followers and 41 consulting clients, worth about €180k.", True),
        ("Year two: 30k followers and 41 consulting videos posted.", False),
    ],
)
def test_money_with_its_scale_split_off(linter: Linter, text: str, passed: bool) -> None:
    """A deal or a contract priced "£6.4m" or "$1.2 million" (the scale split
    from its number) is a priced piece of work won; clients counted with a
    gerund between ("41 consulting clients") are clients. A contract that
    only would be won is none, and videos are not clients."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The release tweet got 3k likes. Invoice approvals went from 9 hours to under 1.", True),
        ("Our demo got 12k views, and onboarding went from three weeks to four days.", True),
        ("Our demo got 12k views, and replies went from 2 days to 5 days.", False),
        ("Our demo got 12k views, and the queue went from 2 hours to 6 hours.", False),
        ("Replies went from 2 days to 5 days over the holidays.", True),
    ],
)
def test_a_task_that_takes_less_time(linter: Linter, text: str, passed: bool) -> None:
    """A task that went from a longer time to a shorter one is time saved,
    an efficiency outcome; a wait that grew is not, and replies that took
    longer are a time, no count of replies."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Corran Foods shares were flat on Monday ahead of its results.", True),
        ("Corran Foods shares were lower after the profit warning.", True),
        ("Our reel shares were up 40% this week.", False),
    ],
)
def test_a_share_price_standing(linter: Linter, text: str, passed: bool) -> None:
    """A named company's shares that "were flat" or "were lower" are its
    stock, as those that rose are; a reel's shares are reposts."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Views fell by a third. Trial sign-ups went from 12 a week to 40.", True),
        ("Views fell by a third. Trial sign-ups went from 12 a week to 40 a week.", True),
        ("Our followers went from 300 a week to 2,000 a week.", False),
    ],
)
def test_a_change_between_two_rates(linter: Linter, text: str, passed: bool) -> None:
    """A change "from 12 a week to 40" is a change of the rate, an outcome's
    when sign-ups changed, a metric's when followers did."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Numbers clients ask about that never pay rent:\n1. views\n2. followers\n3. likes", True),
        ("Our month:\n1. 40k views\n2. 3k new followers", False),
    ],
)
def test_a_list_number_counts_nothing(linter: Linter, text: str, passed: bool) -> None:
    """ "2. followers" numbers a list item; the count of an item ("2. 3k new
    followers") is still a count."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The median council account on Facebook gained 2% followers last year.", True),
        ("Our council account on Facebook gained 2,000 followers last year.", False),
    ],
)
def test_a_median_before_a_modifying_noun(linter: Linter, text: str, passed: bool) -> None:
    """ "The median council account" is a statistic of accounts in general,
    though the parse hangs "median" on "council"; our own account is ours."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We're hosting 250 rugby fans for the final on Saturday. Doors at noon.", True),
        ("Our page now has 250k rugby fans.", False),
    ],
)
def test_fans_a_venue_hosts(linter: Linter, text: str, passed: bool) -> None:
    """Fans a pub or a hall hosts are there in person, a crowd, not an
    audience online."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A useful read on how Halden Tea grew to 900k followers without ads.", True),
        ("A great thread on how Brindle Coffee got 40k followers in a year.", True),
        ("Here's how Brindle Coffee got 40k followers in a year.", False),
    ],
)
def test_a_piece_on_how_a_name_did_it(linter: Linter, text: str, passed: bool) -> None:
    """A read or a thread "on how" a named brand grew tells another's story;
    "here's how Brindle Coffee got…" may be the brand's own."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("cant beleive our little shop has a fan club now. 90k views on the reel lol", False),
        ("i cant belive it. 90k views on the reel 😭", False),
    ],
)
def test_disbelief_misspelt(linter: Linter, text: str, passed: bool) -> None:
    """ "cant beleive" is the writer's disbelief at what happened, as "can't
    believe" is, not a denial of the count after it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Stop briefing freelancers to 'make it go viral'. It is not a brief.", True),
        ("We briefed our freelancers to make it go viral.", False),
    ],
)
def test_bidden_to_stop_wishing(linter: Linter, text: str, passed: bool) -> None:
    """The reader bidden to stop briefing for a viral video refuses the wish;
    a brief the writer gave wants it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Engagement on my video posts is 4x my photo posts. Doubling down on video.", False),
        ("Engagement on the topic is a mess, to be honest.", True),
        ("Site traffic was 40x a normal Friday after the launch.", False),
        ("Site traffic reports are 3x a week now.", True),
    ],
)
def test_a_factor_past_where_it_is_counted(linter: Linter, text: str, passed: bool) -> None:
    """A metric set beside a baseline by a factor ("is 4x my photo posts")
    after a phrase of where it is counted ("on my video posts") is a
    comparison, as "engagement is 4x…" is, and so is a factor of "a normal
    Friday"; engagement "on a topic" that is a mess counts nothing, and
    reports "3x a week" are a rate."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our study trended for a day. The Harrow Trust has renewed our funding to 2030.", True),
        ("Our study trended for a day. We have renewed our funding application.", False),
    ],
)
def test_funding_a_funder_renewed(linter: Linter, text: str, passed: bool) -> None:
    """A funder that renews the writer's funding keeps paying, as a sponsor
    that renews a sponsorship does; an application the writer renews wins
    nothing yet."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My cat video has been watched more than everything else on the channel.", False),
        ("I like cat videos more than everything else on the channel.", True),
    ],
)
def test_watched_more_than_everything_else(linter: Linter, text: str, passed: bool) -> None:
    """A piece watched "more than everything else" is compared, however the
    parse hangs "more"; a preference is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My old boss once dropped a creator because views fell 30% in a week.", True),
        ("My boss was thrilled because our views grew 30% in a week.", False),
        (
            "Sad news: my dad can no longer like every post because there are now 30,000 of you.",
            False,
        ),
    ],
)
def test_a_reason_someone_i_know_acted_on(linter: Linter, text: str, passed: bool) -> None:
    """A count that was the reason someone the writer knows acted, told in
    the past, is theirs, a story of them; the writer's own count, owned,
    stays a claim, and so does a crowd of "you" that is why they cannot now."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("WE DID IT 🎉 15K on the choir insta!!! our conductor is so proud", False),
        ("5k on our shop TikTok already!", False),
        ("We spent 5,000 on the choir insta ads.", True),
    ],
)
def test_a_count_on_an_account_named_by_its_platform(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "15K on the choir insta": an account named by whose it is and its
    platform holds the count, as "15K on insta" does; money spent on its ads
    does not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our channel passed 50k subscribers. 29 of 31 apprentices placed with employers.", True),
        ("Our channel passed 50k subscribers. We placed 3 ads in the local paper.", False),
    ],
)
def test_people_placed_in_the_passive(linter: Linter, text: str, passed: bool) -> None:
    """People counted and placed in jobs ("29 of 31 apprentices placed with
    employers") are a school's or a recruiter's outcome, said in the passive
    too; ads placed are not."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Two years of Twitch full-time: average viewers up from 60 to 400, and 900 subs.", True),
        (
            "Two years of YouTube full-time: average views up from 600 to 4,000, and 90k subs.",
            False,
        ),
        ("passed 30k subscribers on the newsletter today. no paid tier, no ads. thank you", False),
    ],
)
def test_a_streamers_subscribers_pay(linter: Linter, text: str, passed: bool) -> None:
    """Subscribers on Twitch pay every month, an outcome beside the viewers
    who watch; a YouTube channel's subs are its audience, and so are a
    newsletter's with "no paid tier"."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our reel got 40k views. Invoice approval now takes 4 days instead of 11.", True),
        ("Our reel got 40k views. Onboarding takes 20 minutes instead of an hour.", True),
        ("Our reel got 40k views. Delivery now takes 5 days instead of 2.", False),
        ("Server costs down from ~£9k to £2.6k a month, and the repo got 900 stars.", True),
    ],
)
def test_less_time_instead_and_amounts_about(linter: Linter, text: str, passed: bool) -> None:
    """A task done "in 4 days instead of 11" takes less time, an outcome; one
    that takes longer is not; an amount "about" ("~£9k") is still the first
    of a change."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our landing page now gets more traffic than my old employer's site lol", False),
        ("At my old agency we got 2M views on one campaign.", True),
        ("Programme in numbers:\n- 1.9M impressions\n- $1.1M in influenced pipeline", True),
    ],
)
def test_measured_against_another_and_money_in_a_participle(
    linter: Linter, text: str, passed: bool
) -> None:
    """A former workplace the writer's result is measured against ("more
    traffic than my old employer's site") does not make the result a story
    from before; money "in influenced pipeline" is pipeline."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Watched a documentary about going viral in 2019 and then quitting. Worth it.", True),
        ("Worth reading: how the Harbour Herald went from 30k to 900k followers on TikTok.", True),
        (
            "Case study: how Halden Tea grew its Instagram from 5k to 200k followers in a year.",
            False,
        ),
        ("Interesting that the Lindqvist Trust's launch video trended for a week.", True),
        ("Wild that @dorabakes has 3M followers and still answers every comment.", True),
        ("Wild that our launch video trended for a week.", False),
    ],
)
def test_talked_of_read_of_remarked_on(linter: Linter, text: str, passed: bool) -> None:
    """Going viral as what a documentary is about (a year does not make it a
    result), a named other's growth a read recommends, and a named other's
    video or handle remarked on are not the writer's claims; the writer's own
    video remarked on is, and so is an agency's case study of how a named
    client grew."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Case study 👇\n\nClient: Orla Snacks\nBrief: make crisps fun again\n"
            "Result: 14M views on TikTok and 900k likes",
            False,
        ),
        ("client: why did the cat video get 40k views", True),
    ],
)
def test_a_label_line_is_no_speakers_line(linter: Linter, text: str, passed: bool) -> None:
    """A "Client:" label on its own line names the client; the results on
    the lines after it are the writer's, not a line the client speaks, as
    "client: why did…" on one line is."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Lots of frank views on the new parking scheme at tonight's meeting.", True),
        ("Some strong views on the stadium plans in the comments.", True),
        ("Lots of views on the launch reel — 40k of them!", False),
    ],
)
def test_views_called_frank_are_opinions(linter: Linter, text: str, passed: bool) -> None:
    """Views called frank or strong on a subject are opinions; views on a
    reel counted are attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Trending on TikTok and now in our shop: the puffer tote. £32.", True),
        ("Our reel is trending on TikTok and our shop is rammed: come in.", False),
    ],
)
def test_a_product_trending_elsewhere_now_stocked(linter: Linter, text: str, passed: bool) -> None:
    """A label that says a product trends elsewhere and is now in the
    writer's shop names a product sold; the writer's own reel trending is a
    claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our study found that videos with more likes were *less* likely to be accurate.", True),
        ("Our video got more likes than anything we have posted.", False),
    ],
)
def test_pieces_found_likelier(linter: Linter, text: str, passed: bool) -> None:
    """Pieces "with more likes" said to be more or less likely to be
    something are a finding about such pieces, in the past tense too; the
    writer's video that got more likes is a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our tart reel went viral (2M views). Weekday covers up from ~70 to ~120 since.", True),
        ("Our trial ad reached 30k people, and we hit our recruitment target of 300 early.", True),
        ("Subject line B had a lower open rate but drove 2.1x more checkouts.", True),
        ("Our till reel got 40k views and we installed 12 new checkouts.", False),
    ],
)
def test_outcomes_of_cafes_trials_and_shops(linter: Linter, text: str, passed: bool) -> None:
    """A café's weekday covers, a trial's recruitment target hit, and
    checkouts completed are outcomes; tills installed are not."""
    assert passes(linter, text, path="post.txt") is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Yuzu lemonade is trending everywhere this summer, so we've added it. £3.80", True),
        ("Our new sandwich is trending everywhere!", False),
    ],
)
def test_a_craze_trending_everywhere(linter: Linter, text: str, passed: bool) -> None:
    """A drink or a taste trending "everywhere" is a craze the writer
    follows; the writer's own sandwich trending is a claim."""
    assert _verdict(linter, text)[0] is passed


def test_round46_prefilter_agrees(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "Our Easter reel hit 64k views 🐣 our tiny bakery has never been this busy online",
            "Someone reposted my drawing and it has 400k likes on their page.",
            "We don't make videos because they'll go viral. We make them to teach.",
            "The launch post got 80k views, and we landed a £6.4m distribution deal.",
            "Year two: 30k followers and 41 consulting clients, worth about €180k.",
            "The release tweet got 3k likes. Invoice approvals went from 9 hours to under 1.",
            "Our demo got 12k views, and onboarding went from three weeks to four days.",
            "Replies went from 2 days to 5 days over the holidays.",
            "Corran Foods shares were flat on Monday ahead of its results.",
            "Views fell by a third. Trial sign-ups went from 12 a week to 40.",
            "Numbers clients ask about that never pay rent:\n1. views\n2. followers\n3. likes",
            "The median council account on Facebook gained 2% followers last year.",
            "We're hosting 250 rugby fans for the final on Saturday. Doors at noon.",
            "A useful read on how Halden Tea grew to 900k followers without ads.",
            "Engagement on my video posts is 4x my photo posts. Doubling down on video.",
            "Stop briefing freelancers to 'make it go viral'. It is not a brief.",
            "Our study trended for a day. The Harrow Trust has renewed our funding to 2030.",
            "My cat video has been watched more than everything else on the channel.",
            "My old boss once dropped a creator because views fell 30% in a week.",
            "5k on our shop TikTok already!",
            "Our channel passed 50k subscribers. 29 of 31 apprentices placed with employers.",
            "Two years of Twitch full-time: average viewers up from 60 to 400, and 900 subs.",
            "Our reel got 40k views. Invoice approval now takes 4 days instead of 11.",
            "Server costs down from ~£9k to £2.6k a month, and the repo got 900 stars.",
            "Our landing page now gets more traffic than my old employer's site lol",
            "Programme in numbers:\n- 1.9M impressions\n- $1.1M in influenced pipeline",
            "Worth reading: how the Harbour Herald went from 30k to 900k followers on TikTok.",
            "Interesting that the Lindqvist Trust's launch video trended for a week.",
            "Wild that @dorabakes has 3M followers and still answers every comment.",
            "Lots of frank views on the new parking scheme at tonight's meeting.",
            "Trending on TikTok and now in our shop: the puffer tote. £32.",
            "Our tart reel went viral (2M views). Weekday covers up from ~70 to ~120 since.",
            "Subject line B had a lower open rate but drove 2.1x more checkouts.",
            "Yuzu lemonade is trending everywhere this summer, so we've added it. £3.80",
            "cant beleive our little shop has a fan club now. 90k views on the reel lol",
        ],
    )
