"""Classes found by the thirty-seventh session's blind rounds (own-318..321,
left held out by the thirty-sixth, and the rounds after), on sentences
written for these tests (each: a text the class must read, and a near miss
it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our spring campaign for Fernway Cider was everywhere in May.", False),
        ("Our kitchen-fire demo is everywhere this morning.", False),
        ("Our posters for the Ashby Fair are everywhere in town.", True),
        ("The demand for Ashby Cider is everywhere.", True),
    ],
)
def test_a_piece_everywhere_past_a_clients_name(linter: Linter, text: str, passed: bool) -> None:
    """A piece said to be everywhere is attention, past the client's name it
    was made for and when it is a demonstration; posters put up in town and
    demand for a product are not pieces."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("my nan's pastry tutorial absolutely blew up this weekend.", False),
        ("The pressure cooker blew up during the tutorial.", True),
    ],
)
def test_a_tutorial_that_blew_up(linter: Linter, text: str, passed: bool) -> None:
    """A how-to that blew up went viral; a cooker that blew up in one did not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("this gifset has 80,000 notes. made it at 2am instead of revising.", False),
        ("The minutes have 300 notes from the board attached.", True),
    ],
)
def test_notes_on_a_gifset(linter: Linter, text: str, passed: bool) -> None:
    """Notes counted on a gif set are Tumblr's likes and reblogs; notes on
    minutes are notes."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "2,000 → 9,000 → 30,000 subscribers.\nTwo years of writing about hospital funding.",
            False,
        ),
        ("30,000 subscribers now, and the paid tier brought in $40k this year.", True),
    ],
)
def test_a_writers_subscribers(linter: Linter, text: str, passed: bool) -> None:
    """A writer's subscribers are readers, whatever the writing is about (an
    outcome word after "about" is the topic); money from a paid tier is an
    outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The guide had 9k visits and 1,400 of those visitors created a free account.", True),
        ("Traffic was modest, about 9k visits, but 1,400 visitors created a free account.", True),
        ("The guide had 9k visits. Create a free account to read it.", False),
        ("I created an account on Threads in May and hit 10k followers.", False),
    ],
)
def test_accounts_created_are_sign_ups(linter: Linter, text: str, passed: bool) -> None:
    """Visitors who created an account signed up; an invitation to create
    one, or the writer's own account, is no sign-up."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our open rate is 38%, and readers who open two issues renew at 91%.", True),
        ("Our open rate is 38%. Members who read two issues a quarter renew at 93%.", True),
        ("Our open rate is 38%, up from 31% last spring.", False),
    ],
)
def test_renewing_at_a_rate(linter: Linter, text: str, passed: bool) -> None:
    """Readers who renew at a rate are retention (the tagger makes "renew" a
    noun there); an open rate alone is attention."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A creator copied my recipe and hers went viral.", True),
        ("A creator copied my recipe and mine went viral anyway.", False),
        ("The minister announced it to her 2.1M TikTok followers.", True),
        ("Our founder announced it to her 40k followers.", False),
        ("A bakery in my town bought 10k followers last year.", True),
        ("A gym near me has 20k followers and an empty car park.", True),
        ("Our bakery in town has 10k followers.", False),
    ],
)
def test_theirs_hers_and_a_neighbours(linter: Linter, text: str, passed: bool) -> None:
    """Attention owned by "theirs" or "hers", by "her" after someone named by a
    role, or by a business placed near the writer ("a bakery in my town") is
    someone else's; the writer's own, "mine", "our founder's", "our bakery",
    stays a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A handful of accounts with tens of millions of followers set the agenda.", True),
        ("Creators with 10k followers earn less than you think.", True),
        ("We made 4 posts with 1M views this month!", False),
    ],
)
def test_holders_of_a_size(linter: Linter, text: str, passed: bool) -> None:
    """Holders "with" an amount, no count before them and no writer in the
    sentence, are a kind of account; four posts with their views were
    counted."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The study looked at 4,000 firms whose ads went viral.", True),
        ("Our 3 cafes whose reels went viral got busier.", False),
    ],
)
def test_whose_after_things_counted(linter: Linter, text: str, passed: bool) -> None:
    """ "whose" after things counted (a study's sample) is theirs; after the
    writer's own counted shops it is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The museum had over 9,000 visitors by lunchtime.", True),
        ("Our new website had over 9,000 visitors by lunchtime.", False),
    ],
)
def test_visitors_at_a_museum(linter: Linter, text: str, passed: bool) -> None:
    """A museum's visitors came in person; a website's are attention. (A
    museum's own website in the same paragraph reads as the museum's: the
    sense word is the paragraph's.)"""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Too many counted likes and shares and called it a day.", True),
        ("So many likes on the launch post!", False),
    ],
)
def test_too_many_who_counted(linter: Linter, text: str, passed: bool) -> None:
    """ "Too many counted likes": "many" did the counting (the tagger makes
    the verb an adjective), no amount of likes; "so many likes" is one."""
    assert _verdict(linter, text)[0] is passed


def test_round37_slice1_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 1's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our spring campaign for Fernway Cider was everywhere in May.",
            "my nan's pastry tutorial absolutely blew up this weekend.",
            "The guide had 9k visits and 1,400 of those visitors created a free account.",
            "Traffic was modest, about 9k visits, but 1,400 visitors created a free account.",
            "Our open rate is 38%. Members who read two issues a quarter renew at 93%.",
            "A creator copied my recipe and hers went viral.",
            "A bakery in my town bought 10k followers last year.",
            "A handful of accounts with tens of millions of followers set the agenda.",
            "The study looked at 4,000 firms whose ads went viral.",
            "Too many counted likes and shares and called it a day.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("But 'go viral' isn't a strategy, it's a wish.", True),
        ("'How many views did we get?' is the wrong question.", True),
        (
            "Your dashboard should answer a question. 'How many views did we get?' is rarely it.",
            True,
        ),
        ("And 'we hit 10k followers' is a sentence I never thought I'd write.", False),
    ],
)
def test_quoted_lines_named_after_a_conjunction_or_asked(
    linter: Linter, text: str, passed: bool
) -> None:
    """A quoted line that opens its sentence after "But" and is judged is
    named, not said; a quoted question is asked, not told; the writer's own
    news quoted stays the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "our launch tweet got 1.1M impressions. no idea how many signups yet (haven't checked)",
            False,
        ),
        ("I don't know how many sales the 40k views drove.", False),
        ("our launch tweet got 1.1M impressions and you know how many signups we got? 400.", True),
    ],
)
def test_how_many_not_known(linter: Linter, text: str, passed: bool) -> None:
    """An outcome whose number the writer does not know ("no idea how many
    signups") reports none; one the writer knows and gives is a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "We hosted a food creator last week (she has about 700k followers) and she loved the lamb.",
            True,
        ),
        ("One bank's goose mascot picked up 300k followers in a month.", True),
        ("One bank's goose mascot reportedly picked up 300k followers in a month.", True),
        ("One of our videos picked up 300k views.", False),
    ],
)
def test_a_guests_and_one_banks(linter: Linter, text: str, passed: bool) -> None:
    """ "she" after a guest brought in by a role, "one bank's" mascot and a
    count told as hearsay are someone else's; one of the writer's own videos
    is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "New study: across 2 million tweets from 300 brands, posts with video get 3x more retweets.",
            True,
        ),
        ("This spring, our posts with video get 3x more retweets.", False),
        # a subject passed over only when a comma sets the fronted phrase off
        (
            "Our 'how we cast a tooth' video: 2.1M views on TikTok (!!!) "
            "Who knew teeth were this fun 😂",
            False,
        ),
        ("my video on fixing a squeaky hinge has 2.3M views?? i made it in 11 minutes.", False),
    ],
)
def test_a_rule_of_thumb_after_a_fronted_phrase(linter: Linter, text: str, passed: bool) -> None:
    """A finding of any such posts, after a phrase fronted with a comma that
    the parse makes a second subject, is a topic; the writer's posts are a
    result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our team, crowned league champions in front of 400 cheering fans on Sunday!", True),
        ("The livestream had 22,000 watching at lunch on a Wednesday.", False),
        ("I had 3 kids watching the match.", True),
    ],
)
def test_a_crowd_cheering_and_a_stream_watched(linter: Linter, text: str, passed: bool) -> None:
    """Fans cheering a team crowned are a crowd there; a big count "watching"
    a stream is its audience; three children watching are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We got featured on Product Hunt's homepage today ✨", False),
        ("Our webinar replay blew up overnight 🚀", False),
        (
            "My thread got 2.2M views. Three weeks later a studio in Oslo found it and offered me a contract.",
            True,
        ),
        ("My thread got 2.2M views. A studio in Oslo offered me a coffee.", False),
    ],
)
def test_featured_replays_and_contracts_offered(linter: Linter, text: str, passed: bool) -> None:
    """Product Hunt's homepage and a replay that blew up are attention; a
    contract offered is paid work won, a coffee is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "the client's account gets more likes on a post we made in 20 mins than the $200k hero film got all year.",
            False,
        ),
        ("We made more profit than ever this spring.", True),
        (
            "The knit reel passed 400k views. Then I opened Etsy: 150 pattern sales in three days, more than all of last spring.",
            True,
        ),
    ],
)
def test_money_and_sales_set_against_another(linter: Linter, text: str, passed: bool) -> None:
    """Money past a "than" is the other side of a comparison, not money made;
    sales counted and set against a past season are a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Big screens in both bars, and yes, we have enough cider for 600 thirsty fans.", True),
        ("We have room for 2,000 fans at the Saturday screening.", True),
        ("We had 2,000 fans at the screening, enough for a record.", False),
    ],
)
def test_fans_there_is_room_for(linter: Linter, text: str, passed: bool) -> None:
    """Fans a stock or a room is enough for are a capacity; fans had are an
    audience, whatever is said to be enough after them."""
    assert _verdict(linter, text)[0] is passed


def test_round37_slice2_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 2's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "But 'go viral' isn't a strategy, it's a wish.",
            "'How many views did we get?' is the wrong question.",
            "no idea how many signups yet (haven't checked)",
            "We hosted a food creator last week (she has about 700k followers) and she loved it.",
            "One bank's goose mascot picked up 300k followers in a month.",
            "One bank's goose mascot reportedly picked up 300k followers in a month.",
            "Across 2 million tweets from 300 brands, posts with video get 3x more retweets.",
            "Crowned league champions in front of 400 cheering fans on Sunday!",
            "The livestream had 22,000 watching at lunch.",
            "the client's account gets more likes on a post we made in 20 mins than the $200k film got.",
            "Big screens in both bars, and yes, we have enough cider for 600 thirsty fans.",
            "We have room for 2,000 fans at the Saturday screening.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "this was supposed to be a boring pottery video and now 3 million strangers have watched me drop a bowl",
            False,
        ),
        ("Suppose 3 million strangers watched your video.", True),
    ],
)
def test_an_expectation_then_what_happened(linter: Linter, text: str, passed: bool) -> None:
    """What "was supposed to be" a quiet video, then joined by "and now", is
    what happened; a supposition bidden is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "saw that 'grandma learns the waltz' clip going viral this week and no, that's not our studio.",
            True,
        ),
        ("The waltz clip went viral and it's not our first viral video.", False),
        (
            "We're aware of a video that went viral overnight, viewed more than 2 million times, claiming to show a fire in Mill Lane.",
            True,
        ),
        ("We're aware our video was viewed more than 2 million times.", False),
    ],
)
def test_denied_as_ours_and_notices(linter: Linter, text: str, passed: bool) -> None:
    """A piece the writer says is not theirs ("that's not our studio"), or one
    a notice says it is aware of, is someone else's; "not our first" denies a
    count, and "aware our video" is the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("100k. 🙏\n\nFour years of foggy harbours, one tired camera.", False),
        ("We served 400 meals. 🙏 Thank you volunteers.", True),
        ("y'all really made the pickle dance blow up overnight 💚", False),
        ("The balloons blow up in seconds with the new pump.", True),
        ("The Harbour Gin spot is officially everywhere.", False),
        ("Just got the Top Voice badge 🏅", False),
        (
            "ngl the flu jab campaign flew. top performing post across every trust in the region",
            False,
        ),
        ("Reached 10k connections and had to switch on creator mode.", False),
        ("The plant now has 10,000 connections to the grid.", True),
    ],
)
def test_more_words_of_attention(linter: Linter, text: str, passed: bool) -> None:
    """A bare count thanked with folded hands, a dance made to blow up, an ad
    spot everywhere, LinkedIn's Top Voice badge, a top-performing post and
    LinkedIn connections counted are attention; meals served, balloons, and a
    plant's grid connections are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("There are now 40 imitators, and most of them have fewer than 10k followers.", True),
        ("We run four pages and most of them have 10k followers.", False),
        ("One of the big London hotels has 600,000 followers on TikTok.", True),
        ("One of our big hotels now has 600k followers.", False),
    ],
)
def test_most_of_them_and_one_of_the_big_ones(linter: Linter, text: str, passed: bool) -> None:
    """Most of others told of before, and one of a kind's leading ones, hold
    their own followers; the writer's pages and hotels are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "We hit ten thousand newsletter subscribers today.\n\n"
            "To the first 40 people who signed up when it was a spreadsheet: you were right.",
            False,
        ),
        (
            "Our reel got 90k views.\n\n"
            "To the 400 customers who ordered after it: your boxes ship Monday.",
            True,
        ),
        ("Our open rate is 44%. No clue how many sign-ups it drove yet.", False),
    ],
)
def test_the_first_ones_greeted_and_sign_ups_not_known(
    linter: Linter, text: str, passed: bool
) -> None:
    """The first people greeted for signing up long ago are no result told;
    customers greeted for their orders still count them; sign-ups whose
    number is not known (a hyphenated word) report none."""
    assert _verdict(linter, text)[0] is passed


def test_round37_slice3_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads slice 3's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "this was supposed to be a boring pottery video and now 3 million strangers have watched me drop a bowl",
            "saw that 'grandma learns the waltz' clip going viral this week and no, that's not our studio.",
            "We're aware of a video that went viral overnight, viewed more than 2 million times.",
            "100k. 🙏",
            "y'all really made the pickle dance blow up overnight 💚",
            "The Harbour Gin spot is officially everywhere.",
            "Just got the Top Voice badge 🏅",
            "Reached 10k connections and had to switch on creator mode.",
            "There are now 40 imitators, and most of them have fewer than 10k followers.",
            "One of the big London hotels has 600,000 followers on TikTok.",
            "To the first 40 people who signed up when it was a spreadsheet: you were right.",
            "No clue how many sign-ups it drove yet.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Three client posts cracked the top 1% this quarter, and our own Instagram grew 60%.",
            False,
        ),
        ("Their own Instagram grew 60%.", True),
        ("the hair makeover vid is sitting at 870k and climbing 😳", False),
    ],
)
def test_our_own_account_and_a_vid(linter: Linter, text: str, passed: bool) -> None:
    """ "our own Instagram" grew as "our Instagram" does ("their own" is
    theirs); a "vid" is a video that rests at a count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our recap was the most talked-about thing we shipped. 1 in 4 customers posted theirs.",
            False,
        ),
        ("Our reel got 40k views and sales posted a 20% gain.", True),
        ("The Revenue Room podcast just passed one million downloads 🎙️", False),
        ("Our Sales Lab podcast drove 400 sales.", True),
    ],
)
def test_customers_posting_and_a_shows_name(linter: Linter, text: str, passed: bool) -> None:
    """Customers who posted their own are attention, not customers won ("sales
    posted a gain" still reports sales); an outcome word in a show's
    capitalised name is a title, not an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Hotel recap:\n• Direct booking share: 38% → 52%\n• RevPAR +11% YoY\n• Instagram followers +9k",
            True,
        ),
        ("Hotel recap:\n• Instagram followers +9k\n• Reel views 1.2M", False),
        ("Occupancy up 9 points on last spring, and 2k new followers.", True),
    ],
)
def test_a_hotels_results(linter: Linter, text: str, passed: bool) -> None:
    """RevPAR, direct booking share and occupancy changed are a hotel's
    outcomes; followers and views alone are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The account that started the rumour has 2.3M followers and posted it at 7am.", True),
        ("The account we started in 2019 has 40k followers.", False),
        ("The first bakery channel in the region to pass 100k on YouTube.", False),
        (
            "Okafor previously led audience at The Ledger, where she oversaw a readership of 9 million monthly readers.",
            True,
        ),
        (
            "Priya joined our team in May, and she grew our readership to 9 million monthly readers.",
            False,
        ),
        (
            "The marathon expects 18,000 runners and 60,000 visitors on Sunday; expect road closures.",
            True,
        ),
    ],
)
def test_accounts_told_by_their_deeds_and_named_people(
    linter: Linter, text: str, passed: bool
) -> None:
    """An account told by what it did, and "she" after a name that is the
    sentence's subject, are someone else's; the writer's account and the
    writer's readership are the writer's; a marathon's visitors are a crowd."""
    assert _verdict(linter, text)[0] is passed


def test_round37_slice3b_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the third slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Three client posts cracked the top 1% this quarter, and our own Instagram grew 60%.",
            "1 in 4 customers posted theirs.",
            "The Revenue Room podcast just passed one million downloads 🎙️",
            "• Direct booking share: 38% → 52%\n• RevPAR +11% YoY",
            "The account that started the rumour has 2.3M followers and posted it at 7am.",
            "Okafor led audience at The Ledger, where she oversaw 9 million monthly readers.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our post on the new refunds policy absolutely exploded this week.", False),
        ("Our 'dogs that look like chefs' post is all over the internet this morning.", False),
        ("Our lab's cell-division timelapse is officially EVERYWHERE.", False),
        ("The snow is all over the internet this morning.", True),
        ("Our posters for the Ashby Fair are everywhere in town.", True),
        ("our fact-check on the bridge photo blew up overnight.", False),
        ("The one time a post of ours blew up, we got nothing from it but odd DMs.", True),
        ("We built a tool that tracks the top 100 videos on YouTube trending.", True),
    ],
)
def test_a_piece_past_its_topic_and_all_over_the_internet(
    linter: Linter, text: str, passed: bool
) -> None:
    """A piece that exploded past the topic it is "on", a post "all over the
    internet" and filmed footage everywhere are attention; snow all over the
    internet and posters everywhere in town are not pieces."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "I'd rather 5,000 residents read our gritting routes than 500,000 strangers liked them.",
            True,
        ),
        ("Our post got 500,000 likes rather than 5,000.", False),
        (
            "Fun fact from our data cleaning: the most-followed account in our sample had 48M followers.",
            True,
        ),
        ("Our reel hit 48M views in our first month.", False),
    ],
)
def test_preferences_and_samples(linter: Linter, text: str, passed: bool) -> None:
    """Attention set after "than" in a preference, or counted "in our
    sample", is no result of the writer's; likes had "rather than" fewer and
    views in "our first month" are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our posts got 19k followers. 38% of our inbound RFQs named one of those posts.", True),
        ("Our post got 40k views. Send us your RFQs by Friday.", False),
        ("Our post got 40k views and brought 120 RFQs.", True),
    ],
)
def test_requests_for_quotes(linter: Linter, text: str, passed: bool) -> None:
    """Inbound RFQs, or RFQs counted, are leads; RFQs asked for are not."""
    assert _verdict(linter, text)[0] is passed


def test_round37_slice4_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the fourth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "Our post on the new refunds policy absolutely exploded this week.",
            "Our 'dogs that look like chefs' post is all over the internet this morning.",
            "I'd rather 5,000 residents read our gritting routes than 500,000 strangers liked them.",
            "the most-followed account in our sample had 48M followers.",
            "38% of our inbound RFQs named one of those posts.",
        ],
    )


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("our beach clean video got 80k views on tiktok 😭 we're 12 volunteers and a van.", False),
        ("Our video got 80k views and 40 volunteers signed up.", True),
        ("Read a great breakdown of how a 9-person candle brand built 2M TikTok followers.", True),
        ("Here's how we built 2M TikTok followers.", False),
        ("Retro:\n→ 3 videos, 2.7M total views\n→ 4,900 uses of my code", True),
        ("Use my code at checkout! 2.7M views on the video.", False),
    ],
)
def test_who_we_are_how_a_brand_did_it_and_codes_used(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "we're 12 volunteers" says who the writer is, no volunteers won; how a
    business brought in with "a" built its following is its story; a code
    used, counted, is sales; a code offered is not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "We tracked 1.8 million videos. The ones that went viral mostly came from small accounts.",
            True,
        ),
        ("We posted 40 reels, and the ones that went viral got us on breakfast TV.", False),
        (
            "Panel talk Thursday: 'Is going viral good for local artists?' with three painters.",
            True,
        ),
        ("Our reel 'Dog goes viral?' went viral.", False),
    ],
)
def test_the_ones_that_went_viral_and_quoted_questions(
    linter: Linter, text: str, passed: bool
) -> None:
    """ "The ones that went viral" of a study's sample, and going viral in a
    quoted question, are topics; the writer's reels, and a reel named by a
    question that went viral, are claims."""
    assert _verdict(linter, text)[0] is passed


def test_round37_slice5_cues_in_a_batch(linter: Linter) -> None:
    """The prefiltered pass reads the fifth slice's classes as the full pass does."""
    assert_prefilter_agrees(
        linter,
        [
            "our beach clean video got 80k views on tiktok 😭 we're 12 volunteers and a van.",
            "Read a great breakdown of how a 9-person candle brand built 2M TikTok followers.",
            "→ 4,900 uses of my code",
            "The ones that went viral mostly came from small accounts.",
            "Panel talk Thursday: 'Is going viral good for local artists?' with three painters.",
        ],
    )
