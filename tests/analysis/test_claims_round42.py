"""Classes found by the forty-second session's blind rounds (own-434..437, left
held out by the forty-first, and the rounds after), on sentences written for
these tests (each: a text the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import assert_prefilter_agrees, claims_of, metric_texts
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.analysis.claims import ClaimExtractor
from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("engagement is up since we moved to carousels. the algorithm likes us now", False),
        ("Our engagement is way up since we started posting reels.", False),
        ("our saves are UP UP UP after the redesign 😤", False),
        ("The post is up since Monday, go and read it.", True),
    ],
)
def test_a_metric_up_since_a_change(linter: Linter, text: str, passed: bool) -> None:
    """A metric said to be up "since" or "after" a change, with a degree
    between or "up" shouted twice, went up; a post that is up is online."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("That carousel I posted on Friday absolutely blew up.", False),
        ("my piece on the ferry timetable blew up overnight lol.", False),
        ("the stitch went absolutely nuclear. 2 million by lunch.", False),
        ("The boiler we fitted on Friday absolutely blew up.", True),
        ("My dad went nuclear when he saw the phone bill.", True),
    ],
)
def test_a_piece_that_blew_up_past_its_clause(linter: Linter, text: str, passed: bool) -> None:
    """A carousel that blew up past the clause on it, a piece by its general
    name, and a stitch that went nuclear went viral; a boiler blows up and a
    father goes nuclear."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("10k on the main!!! i started this account on a bus in 2021. thank u", False),
        ("50k on the channel today 🎉 thank you all", False),
        ("1 MILLION 🖤 never thought a lad from Goole would get here", False),
        ("We wrote 5,000 words on the page today.", True),
        ("The kids spent 2,000 on the main stage.", True),
        ("It cost us 40,000. 🖤", True),
    ],
)
def test_a_bare_count_on_the_writers_account(linter: Linter, text: str, passed: bool) -> None:
    """A bare count "on the main" or "on the channel", or cheered with a heart
    of any colour, is the account's audience; words on a page, money spent on
    a stage and a cost are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our revenue team loved the post, which got 90,000 views.", False),
        ("We coined the term 'revenue orchestration' and the essay got 90,000 views.", False),
        ("The new Renew Your Permit page had 2 million visitors in May.", False),
        ("Revenue was up 20% after the post got 90,000 views.", True),
        ("2,000 members renewed through the page in May, which had 2 million visitors.", True),
    ],
)
def test_an_outcome_word_inside_a_name(linter: Linter, text: str, passed: bool) -> None:
    """ "Revenue" naming a team or a trade, and "Renew" opening a page's Title
    Case name, are names, no outcome; revenue up and members who renewed are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Anyone know why my reach tanked after the update? Same posts, same times.", True),
        ("Does anybody know why our views dropped off this week?", True),
        ("anyone know why my reel hit 2M views??", False),
        ("Our reach tanked after the update.", False),
    ],
)
def test_peers_asked_to_explain(linter: Linter, text: str, passed: bool) -> None:
    """Asking peers why the writer's numbers fell asks for help; a count asked
    about brags, and a fall told is told."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Huge congratulations to our friends at Oakline on passing 100k followers!", True),
        ("Congrats to @mira.makes on hitting 500k, she earned every one.", True),
        ("Huge congratulations to our team on passing 100k followers!", False),
        ("Congrats to us on hitting 500k!", False),
    ],
)
def test_congratulations_to_another(linter: Linter, text: str, passed: bool) -> None:
    """Congratulations with a word before them, to "our friends at" someone,
    or on a bare milestone, are another's; to the writer's team or to "us"
    they are the writer's."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "2015: a van and 0 followers. 2025: 38k followers. Proudest number: we now employ 14 people.",
            True,
        ),
        ("Update on the zine experiment: 9,000 free subscribers, 700 paid. Wild.", True),
        ("Our explainer got 2M views. 340 schools signed on, up from 90.", True),
        ("The appeal reached 400k people online, but 60 benches sponsored is what matters.", True),
        ("We employ three tactics and got 41k followers.", False),
        ("Founded in 2015, the agency employs 60 people. Its page has 40k followers.", False),
        ("Update on the zine experiment: 9,000 free subscribers. Wild.", False),
        ("Update on the zine experiment: 9,000 free subscribers, 0 paid. Wild.", False),
        ("We signed on the dotted line and the post got 4,000 likes.", False),
        ("We sponsored the under-10s and the post got 4,000 likes.", False),
    ],
)
def test_outcomes_counted_in_other_words(linter: Linter, text: str, passed: bool) -> None:
    """Staff the writer now employs, the paid part of a free audience,
    organisations that signed on and things sponsored, counted, are outcomes;
    tactics employed, a company's size in its boilerplate, none paid, a
    contract signed and the writer's own sponsorship are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Anything in the queue that says 'record engagement' goes back to the writer.", True),
        ("Wild to watch Harlow's launch rack up 9M views this week.", True),
        ("Not the huge ones with millions of subscribers, I mean the tiny ones.", True),
        ("We asked for your views on the new bus timetable and 800 of you replied.", True),
        ("Our recap says 'record engagement'.", False),
        ("Watch our launch rack up 9M views!", False),
        ("Ones to Watch: Fenwick's spot has racked up 9M views in a week.", False),
        ("Our reel asked for your dog pics and 3,000 of you replied!!", False),
        (
            "New episode: we talk to a Devon potter about why she left TikTok at 80k followers.",
            True,
        ),
        ("We talk to our head baker about why she posts daily; she got us 90k followers.", False),
    ],
)
def test_words_and_counts_of_others(linter: Linter, text: str, passed: bool) -> None:
    """A quotation any text holds, a named party's piece the writer watches, a
    kind of holder with the writer in a later clause, respondents the writer
    asked and a guest the writer talks to are no claims; the writer's own
    recap, launch, reel and baker are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Substack says this post has been read 48,000 times. I wrote it on a train.", False),
        ("YouTube says my video has 2M views.", False),
        ("Our podcast hit 3rd in the Comedy category on Apple Podcasts.", False),
        ("Our clip got shared by every meme page.", False),
        ("Spotify says the song has 40 million streams.", True),
        ("Our 2nd episode on Spotify is out now.", True),
        ("I read every comment you leave.", True),
        ("Saw Marlow's shares jumped 18% today after their earnings call.", True),
    ],
)
def test_the_writers_attention_told_otherwise(linter: Linter, text: str, passed: bool) -> None:
    """A platform reading out the writer's own piece, a place in figures on a
    chart and a piece passed on by every page of a kind are the writer's
    attention; a platform's news of a song, an episode's number, comments
    read and a company's stock after its earnings call are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "mentioned"),
    [
        ("Quick PSA: buying views does nothing.", ["views"]),
        ("Newsrooms that chase clicks end up writing for the algorithm.", ["clicks"]),
        ("Stop optimising for likes and start writing for people.", ["likes"]),
        ("Your worth isn't measured in likes.", ["likes"]),
        ("We enjoyed the views from the hill.", []),
        ("The chase scene got a few laughs.", []),
    ],
)
def test_a_metric_chased_is_named(
    linter: Linter, extractor: ClaimExtractor, text: str, mentioned: list[str]
) -> None:
    """A bare metric after a verb that chases, buys or measures it is the
    metric named (mood "mentioned"); views from a hill are a sight."""
    named = [c[4] for c in claims_of(linter, extractor, text) if c[3] == "mentioned"]
    assert named == mentioned


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("10K FAMILY!!! 🎉 thank u for following along on this pottery journey", False),
        ("Our reel went viral 🖤 still can't believe it", False),
        ("Our harbour timelapse blew up overnight 🌊 never seen notifications like it", False),
        ("Same 2M monthly plays, hosting bill down from $3,900 to $610/month.", True),
        ("Reminder that the Daily Post's 'record 90 million views' claim counts autoplay.", True),
        ("10K FAMILY photos in the archive now, scan yours!", True),
        ("LinkedIn shares rose 40% after we posted daily.", False),
        ("Same 2M monthly plays, hosting bill unchanged.", False),
    ],
)
def test_round42_second_slice(linter: Linter, text: str, passed: bool) -> None:
    """A count cheered with a name for its crowd, a timelapse that blew up and
    a reel gone viral the writer "can't believe" are attention; a bill down from one amount to
    another is a saving, and another's quoted claim is named. Photos counted,
    a platform's shares and a bill unchanged are not those."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our bird video got 700k views. 9,300 people registered to take part in the count.", True),
        ("80,000 accounts saw our flood warning.", False),
        ("Congrats to my old flatmate Jo, whose cake account just passed 300k followers.", True),
        (
            "Councillor Amy Hart's TikTok account, which has around 200k followers, was suspended.",
            True,
        ),
        (
            "The council confirmed its old account, which had about 50,000 followers, was closed.",
            True,
        ),
        ("Everyone is talking about how Tam Reyes got 9 million views on his shed build.", True),
        ("When a celebrity with 5M followers posts about your shop, the phones melt.", True),
        ("Our account, which has 40k followers, was hacked on Tuesday.", False),
        ("Shoutout to my colleague Sam, whose careers post just hit 700k impressions 👏", False),
        ("Maya Lee got 2M views on our channel with her recipe.", False),
        ("9,300 people saw the post.", False),
        ("Our shop was featured on the Etsy homepage today!! 😻", False),
        ("We bought our shelves on Etsy and the homepage photo is ours.", True),
    ],
)
def test_round42_third_slice(linter: Linter, text: str, passed: bool) -> None:
    """People counted who registered are an outcome, accounts that saw a post
    its audience; an old flatmate's milestone, an account described in an
    aside, a named person's views on "his" build and a celebrity brought in
    with "a" are others'. The writer's own account in an aside, a guest's
    views on the writer's channel, people who saw a post and a shop featured
    on Etsy's homepage are claims; shelves bought on Etsy are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        ("Ashby Outdoor shares rose 6% after the brand confirmed its kit deal.", []),
        ("LinkedIn shares rose 40% after we posted daily.", ["shares rose 40"]),
    ],
)
def test_a_names_shares_moving_as_a_price(
    linter: Linter, extractor: ClaimExtractor, text: str, metrics: list[str]
) -> None:
    """A name's shares that rose as a price rises are its stock, no metric; a
    platform's shares that rose are reposts."""
    assert metric_texts(linter, extractor, text) == metrics


def test_round42_prefilter_agrees(linter: Linter) -> None:
    assert_prefilter_agrees(
        linter,
        [
            "engagement is up since we moved to carousels. the algorithm likes us now",
            "our saves are UP UP UP after the redesign 😤",
            "That carousel I posted on Friday absolutely blew up.",
            "my piece on the ferry timetable blew up overnight lol.",
            "the stitch went absolutely nuclear. 2 million by lunch.",
            "10k on the main!!! i started this account on a bus in 2021. thank u",
            "50k on the channel today 🎉 thank you all",
            "1 MILLION 🖤 never thought a lad from Goole would get here",
            "Our revenue team loved the post, which got 90,000 views.",
            "The new Renew Your Permit page had 2 million visitors in May.",
            "Anyone know why my reach tanked after the update? Same posts, same times.",
            "Huge congratulations to our friends at Oakline on passing 100k followers!",
            "Congrats to @mira.makes on hitting 500k, she earned every one.",
            "2015: a van and 0 followers. 2025: 38k followers. Proudest number: we now employ 14 people.",
            "Update on the zine experiment: 9,000 free subscribers, 700 paid. Wild.",
            "Our explainer got 2M views. 340 schools signed on, up from 90.",
            "The appeal reached 400k people online, but 60 benches sponsored is what matters.",
            "Anything in the queue that says 'record engagement' goes back to the writer.",
            "Wild to watch Harlow's launch rack up 9M views this week.",
            "Not the huge ones with millions of subscribers, I mean the tiny ones.",
            "We asked for your views on the new bus timetable and 800 of you replied.",
            "Substack says this post has been read 48,000 times. I wrote it on a train.",
            "Our podcast hit 3rd in the Comedy category on Apple Podcasts.",
            "Our clip got shared by every meme page.",
            "Newsrooms that chase clicks end up writing for the algorithm.",
            "Stop optimising for likes and start writing for people.",
            "New episode: we talk to a Devon potter about why she left TikTok at 80k followers.",
            "10K FAMILY!!! 🎉 thank u for following along on this pottery journey",
            "Our reel went viral 🖤 still can't believe it",
            "Our harbour timelapse blew up overnight 🌊 never seen notifications like it",
            "Same 2M monthly plays, hosting bill down from $3,900 to $610/month.",
            "Our bird video got 700k views. 9,300 people registered to take part in the count.",
            "80,000 accounts saw our flood warning.",
            "Councillor Amy Hart's TikTok account, which has around 200k followers, was suspended.",
            "Everyone is talking about how Tam Reyes got 9 million views on his shed build.",
        ],
    )
