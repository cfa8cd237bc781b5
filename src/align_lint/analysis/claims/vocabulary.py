"""The lexicons and closed word classes, compiled once per extractor into the
sets the readers look words up in (by text, lemma or hash): ``Vocabulary`` is
the base of every reader and holds the extractor's state; the other readers
only read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from align_lint.analysis.claims.counts import (
    _FURTHER,
    _MORE,
    _SUPERLATIVES,
    _VAGUE_BIG,
    is_big,
    is_count,
)
from align_lint.analysis.claims.layout import _ARROWS, _WIDELY
from align_lint.analysis.lemmas import LemmaSurfaces
from align_lint.rules.lexicons import Lexicon, Term, expand_words

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token


# Word sets: closed classes (function words, tags, labels, symbols) stay in Python; content
# words go into rules/lexicons/grammar.yaml (tests/analysis/test_claim_word_lists.py).

# A price of attention compared: "the cheapest reach we've ever bought".
_CHEAP = frozenset({"cheapest", "cheaper"})
_MANY = frozenset({"many", "countless", "numerous"})
_SPECULATIVE = frozenset(
    {"could", "might", "may", "would", "should", "will", "shall", "'ll", "\u2019ll"}
)
_CONDITIONS = frozenset({"if", "unless", "whether", "until"})
_ASPECT = frozenset({"keep", "start", "begin", "continue"})
_AHEAD = frozenset({"ahead", "behind"})  # "ahead of our rival in followers"
# Words after an attention verb that say it spread: "shared all over Twitter",
# "reposted everywhere", "shared far and wide".
_SPREAD = frozenset({"everywhere", "wide", "over"})
_MULTIPLES = frozenset({"double", "twice", "triple", "half"})
# Adverbs that make a verb of movement a level kept: "reach barely changed".
_BARELY = frozenset({"barely", "hardly", "scarcely"})
# The lexicons the grammar reads by name (rules/lexicons/grammar.yaml).
GRAMMAR = (
    "withholding_verbs", "meme_openings", "arriving_verbs", "attributed_sources", "weary_words",
    "capacity_nouns", "own_channel_names", "titled_feature_nouns",
    "staff_nouns", "replying_verbs", "metric_chasing_verbs",
    "cheered_crowd_words", "price_moving_verbs", "seeing_verbs",
    "metric_buying_verbs",
    "growth_verbs", "level_verbs", "gain_verbs", "milestone_verbs", "change_nouns",
    "vague_amounts", "people",
    "intent_words", "third_parties", "topic_words", "whole_fields", "presence_verbs", "data_verbs",
    "code_words", "community_places", "acquaintances", "platforms", "celebrating_words",
    "chart_words", "sales_charts", "payout_platforms",
    # Moved from Python (lexmove): the readers' own content-word lists.
    "companies", "post_attention", "best_periods", "usual_words", "converting_verbs",
    "labelled_speakers", "speech_labels", "discourse_markers", "machine_time_words",
    "capacity_verbs",
    "hiring_verbs", "reporting_later_verbs", "sought_means", "telling_words",
    # round49: a quoted offer, a sum of others' audiences, a fault in the counting.
    "pitching_verbs", "summed_words", "glitch_words", "research_labels", "opinions_given",
    "worth_telling_verbs", "piece_telling_words",
    # round50: a plea not to pass a post on ("Please don't share the video").
    "passing_on_verbs", "indefinite_people",
    # round27: what an amount after "of" is the value of ("a media value of $2M").
    "value_nouns", "deferring_verbs", "delivered_goods", "thanked_audiences",
    "rank_openers", "web_places",
    "commented_code", "work_verbs", "venues", "populations", "data_nouns", "holder_nouns",
    "chasing_verbs", "saying_verbs", "quota_nouns", "spending_verbs", "lead_requests",
    "booked_for_sales", "reckoning_verbs", "departments", "checking_verbs",
    "audience_members", "wording_verbs", "still_going_words", "hearsay_adverbs",
    "finding_verbs", "research_subjects",
    # round35: admirers ("huge fans of"), the leading ones of a kind ("the big channels").
    "admiring_words", "leading_words", "superlative_verbs", "attention_value_kinds",
    "failing_words", "studying_verbs", "best_pieces", "best_piece_words", "pledging_verbs",
    # round36: people named by a title a piece came from ("the thread from the ex-bank PM").
    "titled_people", "newcomer_nouns", "group_nouns", "sooner_words", "speeding_verbs",
    "explaining_words", "scenic_superlatives", "workplaces", "account_nouns",
    # round37: the writer's own places ("a bakery in my town").
    "home_places", "sample_nouns",
    # round38: what "are in" announces ("RESULTS ARE IN: 22M views").
    "tally_nouns", "publishing_verbs", "document_nouns", "document_verbs", "patron_verbs",
    "acquainting_verbs",
    # round39: who asks a crowd of "you" questions ("we asked 300 of you").
    "polling_verbs", "signing_up_verbs", "priced_plan_nouns", "seat_nouns",
    "shop_places", "supposing_verbs", "drawing_verbs",
    "result_nouns", "buyer_nouns", "joined_programs",
    "outcome_change_verbs", "having_verbs", "counted_places", "level_words", "getting_verbs",
    "outcome_changing_verbs", "channels_in_general", "rivalling_verbs", "outcome_amounts",
    "discussing_verbs", "acquiring_verbs", "recounting_verbs", "cutting_verbs",
    "publication_units", "speed_units", "ranked_creators", "rank_entries",
    "cost_nouns", "spreading_verbs", "sellers", "stocking_verbs", "release_nouns",
    "enabling_verbs", "hard_words", "struggling_verbs", "expecting_verbs", "noticing_verbs",
    "disbelief_verbs", "crowd_words", "appearance_nouns", "patronage_verbs",
    "promised_verbs", "fault_nouns", "good_when_absent", "money_made", "money_holders",
    "bought_attention", "step_verbs", "crediting_verbs", "filled_nouns", "watching_verbs",
    "payers", "data_items", "counted_audiences", "lesson_nouns",
    "starting_verbs", "hyphened_superlative_verbs", "watched_time_words",
    "opinion_qualities", "recommended_reads",
    "advice_words", "typical_words", "high_words", "priced_words", "giving_verbs",
    "figure_nouns", "coming_verbs", "asking_verbs", "mark_nouns", "work_nouns",
    "platform_results",
    "serving_verbs", "requesting_verbs", "losing_verbs", "periods_ahead",
    "judged_periods", "holding_level_verbs", "devotion_ranks", "audience_roles",
    "changing_verbs", "tally_words", "meeting_verbs", "rounding_words",
    "spreading_charts", "release_subjects", "sized_audiences", "hope_markers", "scenery",
    "congratulating_words", "paid_product_words", "notice_nouns",
    "numbering_nouns", "owned_tag_words", "release_roles",
    "order_units", "title_senses",
    # round28: a school year named ("Year 11"), a duty ("her job is to"), a
    # made-up case ("Post A"), a quotation that names ("a slide called").
    "titled_numbering_nouns", "duty_nouns", "placeholder_heads", "naming_words",
    # round28: an outcome put off as a problem ("revenue is a 2025 problem").
    "problem_nouns", "dating_possessives",
    # round48: the public sector's, the press's and causes' bodies, and the
    # attention nouns "the number of" names
    "public_bodies", "tallied_attention_nouns", "joining_work_verbs",
    # Moved from Python (lexmove2).
    "attention_prices", "rising_words", "buying_verbs", "content_nouns",
    "trending_things", "valuing_verbs", "grounds", "organisations", "surveys", "cited_works",
    "population_sources", "rivals", "plan_nouns", "audience_bodies", "source_roles",
    "company_roles", "guest_roles", "remarked_facts", "remarking_words",
    "guarantee_words", "neighbouring_places",
    # judge38: a best stretch of time on a channel ("our best week on the channel").
    "best_period_channels",
    # judge38: a bare count cheered as a milestone ("1M!!! 🎉").
    "cheering_marks", "cheered_count_contexts",
    # judge29: another company's result told in the sentence before.
    "their_side_nouns",
    # judge31: a named company's standing rate of visits (a case study's scale).
    "receiving_verbs", "rate_words",
    # judge37: a metric sized by an adjective ("the reel got huge reach").
    "sized_amounts",
    # realrepos12: a plan priced by the month buys the count after "for".
    "billing_periods",
    # judge34: a metric said to be up with no amount ("Impressions up, saves up").
    "bare_rise_ends",
    # judge41: a bare bidding word that supposes a case ("Say your reel gets 10k views").
    "supposing_bids",
    # judge41: counted people who give money are donors ("1,400 supporters gave $38,000").
    "donating_verbs",
    # judge42: money a seller took in ("the shop took $2,300 on Saturday").
    "takings_verbs",
    # judge46: an attention noun named again in a text that brags ("…the engagement on it").
    "echo_attention_nouns",
    # lead19: attention metrics named bare as a topic ("impressions are a cost").
    "topic_attention_nouns", "listed_attention_nouns", "metric_counters",
    # lead19: music whose plays a bare milestone counts ("the single just hit 2M").
    "released_works",
    # lead19: animals or users placed, counted ("37 dogs were adopted").
    "homing_verbs",
    "installing_verbs",
    "delivering_verbs",
    "falsehood_words",
    "prize_words",
    "signed_agreements",
    "outdoing_verbs",
    "profile_nouns",
    "ad_spend_nouns",
    "thanking_words",
    # lead20: a mark passed ("the 1M mark"), where the writer reads their own
    # numbers ("Spotify says…"), a match watched in person ("the away end").
    "milestone_marks", "stat_sources", "match_day_words",
    # lead21: an outcome named in a truism ("sales are sales", "obsessed with
    # ROI"), an invitation ("donations are welcome") or asked alone and not
    # answered ("Revenue? Ask me next quarter").
    "regard_words", "welcoming_words", "answer_openings", "asked_label_words",
    # lead21: what a crowd of "you" answers ("the staff survey").
    "survey_nouns",
    # lead21: nouns whose bare judgement is of another sense ("comments are
    # hilarious", "traffic was awful").
    "judged_other_senses",
    # lead21: a threshold named by a count ("the 200 views jail"); bodies whose
    # strength is no community online ("our team is 1,200 strong").
    "threshold_nouns", "strength_bodies",
    # lead21: verbs read only with the program they join after them.
    "joining_verbs",
    # judge42: documents saved by a crowd ("50k people saved our checklist").
    "saved_documents",
    # judge44: accounts "by" which a post was reshared are no clients won.
    "resharing_verbs",
    # judge34: a hyperbolic crowd ("half the internet saw our ad").
    "crowd_wholes", "whole_words", "hyperbole_kin",
    # judge33: a metric that drifted up ("engagement ticked up").
    "drift_verbs", "rising_directions",
    # code38: which way a verb of growth says a metric moved (``MoveReader``).
    "move_falling_verbs", "move_levelling_verbs", "move_rising_phrasals",
    "move_denied_verbs",
    # judge45: a drift verb with a falling adverb ("impressions went way down").
    "move_falling_directions",
    # judge45: more superlatives of a best stretch on a channel ("our strongest month").
    "best_period_superlatives",
    # code38: the words for money after an amount, the last content list out of Python.
    "money_words",
    # realrepos13: a verb of gaining turned to losing ("drive away new members").
    "repelling_particles", "shared_code",
    # code39: a change said by an idiom, with no number ("views are off the charts").
    "soaring_idioms",
    # judge43: a metric as the subject of a verb that drives an outcome.
    "driving_metric_verbs",
    # lead23: an outcome's label answered with no result ("MRR: still figuring it out").
    "unanswered_words", "undecided_words",
    # lead23: what a quoted line opening its sentence is then judged by.
    "quote_judging_words",
    # lead23: a label of a plan before an outcome ("Next step: turning views into bookings").
    "plan_labels",
    # lead24: an interface's control that a quoted metric phrase names ("the 'most viewed' sort").
    "interface_nouns",
    # lead24: adverbs that make a present "sell" news ("we now sell in 40 stores").
    "news_adverbs",
    # lead24: verbs of a level a piece of content rests at ("the clip is sitting at 9.4M").
    "resting_verbs",
    # round47: others' pieces that name the writer, counted ("4,000 stories tagged us").
    "tagging_verbs",
    # round47: what calls a piece false ("The most-shared article … was wrong").
    "calling_false_words",
    # round47: a room's capacity ("more than we could ever fit in the building").
    "fitting_verbs",
    # round47: what a "that" clause spells out ("the claim that engagement rate falls").
    "proposition_nouns",
    # round47: an account compared by size ("our TikTok is now bigger than the paper's").
    "size_comparatives",
    # round43: a free product said so ("All free, no paid tier"), beside which
    # "subscribers" stay an audience.
    "unpaid_markers",
    # round43: a sentence that names its source first ("Per a leaked memo, …").
    "hearsay_openers",
    # round43: the last word of a newsletter's name ("The Revenue Brief").
    "publication_titles",
)  # fmt: skip
# Words that may give a claim another mood than asserted, besides the
# speculative, conditional, advice and intent words (see ``_mood``).
_MOOD_WORDS = frozenset(
    {"not", "n't", "never", "no", "nor", "neither", "with", "your", "you", "first", "next"}
    | {"none", "nothing", "nobody"}  # a denying subject (``_denied_by_subject``)
    | {"which", "where", "how", "?"}  # a question asks, it does not report (``_asked``)
    | {"="}  # a worked example's sum (``_what_an_equation_gives``)
    | {"rather"}  # a preference: "we'd rather have 40 regulars than 40k likes" (``_preferred``)
    # a case of any post: "…viral when it has 300 likes" (``_a_case_of_anything``)
    | {"when", "whenever"}
    | {"under", "below"}  # a bound: "tracks under 1,000 streams" (``_a_threshold``)
)
# A metric said to be up, with no amount: "Impressions up, saves up", "views are up again".
_BARE_RISE = "up"


def chart_heads(charts: frozenset[str]) -> frozenset[str]:
    """The words that end the names of charts, where a claim of a rank on one
    is looked for: "podcasts" of "apple podcasts", "hunt" of "product hunt"."""
    return frozenset(chart.split()[-1] for chart in charts)


# "on here": the platform the post is on ("10k on here!!!"), read as a platform's name.
ON_HERE = frozenset({"here"})


class Vocabulary:
    """The lexicons compiled into word sets, and the extractor's state."""

    def __init__(
        self,
        lexicons: Mapping[str, Lexicon],
        nlp: Language,
        parser: Callable[[Doc], Doc] | None,
    ) -> None:
        from spacy.matcher import PhraseMatcher

        self.lexicons = lexicons
        self.parser = parser
        self._make_doc = nlp.make_doc
        self._words = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Terms by lemma, looked up from the Doc's lemma array: one hash lookup per
        # word instead of a Matcher pattern per term (the Matcher was most of the
        # time claims took).
        strings = nlp.vocab.strings
        self._by_lemma: dict[int, list[tuple[str, frozenset[str]]]] = {}
        self._terms: dict[str, tuple[str, str, Term]] = {}  # key -> (kind, lexicon, term)
        for lexicon in lexicons.values():
            if lexicon.kind == "words":
                continue
            for index, term in enumerate(lexicon.terms):
                key = f"{lexicon.name}#{index}"
                self._terms[key] = (lexicon.kind, lexicon.name, term)
                if term.words:
                    self._words.add(key, [nlp.make_doc(word) for word in term.words])
                for lemma in term.lemmas:
                    found = self._by_lemma.setdefault(strings.add(lemma), [])
                    found.append((key, frozenset(term.pos)))
        self._grammar = {name: self._word_list(name) for name in GRAMMAR}
        # Idioms of soaring as the words ``_soared`` compares with the tokens after a metric.
        self._soaring_idioms = frozenset(
            tuple(idiom.split()) for idiom in self._grammar["soaring_idioms"]
        )
        # Openings of a meme told in the second person, as tokens (``_point_of_view``).
        self._meme_openings = frozenset(
            tuple(opening.split()) for opening in self._grammar["meme_openings"]
        )
        # Sets derived from two lexicons: what a writer's own trending thing is
        # called (content or a named thing of theirs), and what "according to"
        # may cite (a survey, or a benchmark, research, an index).
        self._trending_own = self._grammar["content_nouns"] | self._grammar["trending_things"]
        self._cited = self._grammar["surveys"] | self._grammar["cited_works"]
        # Words (and lemmas) without which an attention term makes no claim but
        # by a number: every cue the grammar reads, for a noun ("grew", "most",
        # "thousands of") and for a verb ("the most shared", "people kept
        # watching", "more people read").
        self._noun_cues = frozenset().union(
            self._grammar["growth_verbs"], self._grammar["gain_verbs"],
            self._grammar["drift_verbs"], self._grammar["sized_amounts"],
            self._grammar["change_nouns"], self._grammar["vague_amounts"],
            _SUPERLATIVES, _MORE, _MANY, _VAGUE_BIG,
            {"milestone", "record", "records", "new", "number"}, _MULTIPLES,
            self._grammar["level_words"], self._grammar["high_words"],
            self._grammar["rivalling_verbs"], _AHEAD, _CHEAP, _BARELY,
            {_BARE_RISE}, self._grammar["rising_directions"],
            self._grammar["move_falling_directions"],
            # "through the roof": an idiom of soaring ends on a cue word (``_soared``)
            {idiom[-1] for idiom in self._soaring_idioms},
            # "reach didn't budge": a verb of moving denied is a level kept (code38)
            self._grammar["move_denied_verbs"],
            # "views took off": the particle of a steep rise (code38)
            {phrasal.split()[-1] for phrasal in self._grammar["move_rising_phrasals"]},
        )  # fmt: skip
        self._verb_cues = frozenset(
            {"most", "stop", *_MORE, *_FURTHER, *_ASPECT, *_WIDELY, *_SPREAD}
            | self._grammar["whole_words"]
            | {"everyone", "everybody"}  # "everyone at church saw our ad" (``_a_hyperbolic_whole``)
            | {"many"}  # "That's how many of you watched" (``_how_many_did``)
            | {"every"}  # "reposted by every meme page" (``_every_one_of``, round42)
            | self._grammar["hyperbole_kin"]
        )
        self._cue_words = self._noun_cues | self._verb_cues
        # Whether a word as written is a cue, by its orth id: posts repeat words.
        self._cue_cache: dict[int, frozenset[str]] = {}
        # What a document's title may name for every paragraph under it.
        self._title_senses = self._word_list("title_senses")
        # The words for a show or a channel after its capitalised name: "The
        # Revenue Room podcast" (``_in_a_shows_name``).
        self._show_words = self._word_list("channel_words") | self._grammar["content_nouns"]
        # What may hold an audience that a bare milestone counts: "the podcast passed 50,000".
        self._holders = (
            self._word_list("channel_words")
            | self._word_list("platforms")
            | self._grammar["holder_nouns"]
        )
        # Verbs whose object is wanted, not had: "we want 10k followers".
        self._wanting = self._grammar["intent_words"] | self._grammar["chasing_verbs"]
        self._mood_cue_words, self._mood_cue_lemmas = self._mood_cues()
        # People a clip may be of, the company's own (its CEO, its founder) left
        # out: "a video of the councillor's outburst" is news, "a video of the
        # founder" may be the writer's (``_a_clip_of_someone``).
        self._filmed_others = self._grammar["third_parties"] - self._grammar["company_roles"]
        # Wholes a share of which is reached: "47% of residents" (``_share_reached``).
        self._populations = self._grammar["people"] | self._grammar["populations"]
        # People by word or by role whose doings in a relative clause are theirs
        # ("a founder who grew her channel to 90k", ``_done_by_someone_brought_in``).
        self._persons = self._grammar["people"] | self._grammar["third_parties"]
        # The platforms' names, expanded once: the readers ask on every claim.
        self._platforms = self._word_list("platforms")
        # What "views on" counts attention on, not opinions ("our views on
        # TikTok", "views on the reel"; ``metrics._views_held_on``).
        self._attention_places = self._platforms | self._grammar["content_nouns"]
        # Any organisation brought in with "a" or "one" is someone else: a
        # business or a public body ("a charity with 1.2M followers", round48).
        self._bodies = self._grammar["organisations"] | self._grammar["public_bodies"]
        # Others a sentence may open on with "that" ("That burger place two towns
        # over has 300k followers", ``_pointed_at_over_there``).
        self._pointed_at_others = (
            self._grammar["organisations"]
            | self._grammar["third_parties"]
            | self._grammar["audience_members"]
        )
        # People by word, role or place, whom content is put "in front of"
        # ("4.2 million Canadians", ``_people_of``).
        self._people_or_roles = self._grammar["people"] | self._grammar["audience_roles"]
        self._milestone_lemmas = frozenset(
            strings.add(verb) for verb in self._grammar["milestone_verbs"]
        )
        # Superlatives of verbs: "the most shared ad", "the most-watched video",
        # also where the tagger made the participle an adjective (lemma "shared").
        verbs = self._attending = self._attention_lemmas()
        # Those attention in any sentence, with no sense condition ("join" is
        # only near a community place): "subscribed, commented or shared".
        self._always_attending = self._attention_lemmas(unconditional=True)
        self._attention_words = self._attention_nouns()
        self._attention_pairs = self._attention_two_words()
        self._outcome_nouns = self._one_word_outcomes()
        surfaces = LemmaSurfaces(nlp)
        # and verbs attention only when counted alone, ranked by "most" ("the
        # most-tagged spot in town"); a phrase's words after the verb must
        # follow it ("the most talked-about study": "talk about").
        ranked = [entry.split() for entry in sorted(self._grammar["superlative_verbs"])]
        self._ranked_phrases = {
            strings.add(words[0]): tuple(words[1:]) for words in ranked if len(words) > 1
        }
        # and a verb ranked only in one hyphened word: "the most-seen post" (round44)
        hyphened = self._grammar["hyphened_superlative_verbs"]
        self._hyphened_ranked = frozenset(
            strings.add(word) for word in hyphened | (surfaces.forms(hyphened) or frozenset())
        )
        self._ranked_verbs = frozenset(words[0] for words in ranked) | hyphened
        # Every form of a verb that chases a metric ("chasing clicks", "bought
        # views"), the prefilter's cue for a bare noun after it (round42).
        chasing = self._grammar["metric_chasing_verbs"]
        self._chasing_forms = chasing | (surfaces.forms(chasing) or frozenset())
        # Every form of a verb of noticing, for one the parse made an auxiliary
        # and left its form for a lemma ("Saw 'referee' trending", round44).
        noticing = self._grammar["noticing_verbs"]
        self._noticing_forms = noticing | (surfaces.forms(noticing) or frozenset())
        buying = self._grammar["metric_buying_verbs"]
        self._buying_forms = buying | (surfaces.forms(buying) or frozenset())
        ranking = verbs | self._ranked_verbs
        forms = surfaces.forms(ranking) or frozenset()
        self._superlatives = frozenset(strings.add(word) for word in ranking | forms)
        # The lemma of a participle the tagger made an adjective ("the most
        # visited museum", lemma "visited"), so that its term's sense applies.
        self._verb_of_form = {
            strings.add(form): strings.add(verb)
            for verb in sorted(verbs)
            for form in surfaces.forms([verb]) or ()
        }
        # Sets, not arrays for numpy.isin: for a post's few hundred tokens a set
        # lookup per token costs a twentieth of isin's sorting (2 % of a run).
        self._thank = strings.add("thank")
        self._lemma_hashes = frozenset(
            {*self._by_lemma, *self._milestone_lemmas, *self._superlatives, self._thank}
        )
        # "on here" names the platform the post is on: "10k on here!!!", and
        # "on the main" the writer's account (round42); the extractor's
        # prefilter anchors the same words.
        self._platform_anchors = (
            self._word_list("platforms") | ON_HERE | self._grammar["own_channel_names"]
        )
        self._platform_words = frozenset(
            strings.add(word) for word in self._platform_anchors if " " not in word
        )
        self._chart_hashes = frozenset(
            strings.add(word) for word in chart_heads(self._grammar["chart_words"])
        )
        self._period_hashes = frozenset(strings.add(word) for word in self._grammar["best_periods"])
        self._piece_hashes = frozenset(strings.add(word) for word in self._grammar["best_pieces"])
        # Runs of a mark too: the tokenizer leaves emoji newer than its tables
        # whole ("100K 🥹🥹" is "100K", "🥹🥹").
        marks = self._grammar["cheering_marks"]
        runs = {mark * times for mark in marks for times in (2, 3, 4)}
        self._cheer_hashes = frozenset(strings.add(word) for word in {"!", *marks, *runs})
        # A full stop after a count alone, thanked for ("HALF A MILLION. Thank you all.").
        self._full_stop_hash = strings.add(".")
        # Whom a piece may come "from", holding an audience: "the thread from the
        # ex-bank PM with 900k followers" (``_met_with_an_audience``).
        self._pieces_people = self._grammar["third_parties"] | self._grammar["titled_people"]
        # What a count may be "on", someone else's: "on a pundit's account",
        # "on someone's TikTok" (``_on_someone_elses``).
        self._accounts_and_platforms = self._platforms | self._grammar["account_nouns"]
        # What keeps a count said alone from being a milestone thanked: money,
        # a race, or the paragraph telling what it was (``_thanked_count_alone``).
        self._not_thanked_alone = (
            self._grammar["cheered_count_contexts"] | self._grammar["explaining_words"]
        )
        # "you" after "of" and a count: "100,000 of you …" (``_crowd_of_you``).
        self._you_hashes = frozenset(strings.add(word) for word in ("you", "u"))
        # "from" before one count and "to" another: "went from 900 to 90,000" (``_grown_from_to``).
        self._from_hash = strings.add("from")
        # "strong" after a count: "the fam is officially 25K strong" (``_counted_strong``).
        self._strong_hash = strings.add("strong")
        # "digits" of a line that is a count alone: "Seven digits." (``_digits_alone``).
        self._digits_hash = strings.add("digits")
        # What a bare count still does: "250k and counting" (``_and_counting``).
        self._counting_hashes = frozenset(
            strings.add(word) for word in self._grammar["still_going_words"]
        )
        # A count's people, whom "many" may point back at without telling what
        # the count was: "10k. Didn't think this many people wanted…" (round48).
        self._many_people = frozenset(f"many {word}" for word in self._grammar["people"]) | {
            "many of you"
        }
        # and the pieces that may stand "at" such a count ("clip at 130k and climbing")
        self._still_going = self._grammar["still_going_words"], self._grammar["content_nouns"]
        # A top share of a platform's creators: "Top 1% of creators" (``_top_share_of_creators``).
        self._share_hash = strings.add("%")
        self._ranked_creators = self._grammar["ranked_creators"], self._grammar["rank_entries"]
        # A short time a big bare count was reached in: "2.3M in 14 hours" (``_count_in_a_time``).
        self._speed_hashes = frozenset(strings.add(word) for word in self._grammar["speed_units"])
        # "on"/"at" after "is": a piece of content's level ("the video is on 300k").
        self._level_hashes = frozenset(strings.add(word) for word in ("on", "at"))
        # "in"/"into" the digits after "is" ("the ad is in the seven digits", round38).
        self._into_hashes = frozenset(strings.add(word) for word in ("in", "into"))
        # "over" a count after pieces counted ("three posts over 100k", round38).
        self._over_hashes = frozenset(strings.add(word) for word in ("over", "past", "above"))
        # An arrow from one bare count to a bigger one: "0 → 100k" (``_grown_by_an_arrow``).
        self._arrow_hashes = frozenset(strings.add(arrow) for arrow in _ARROWS)
        # "3 hours instead of 19": a task done in less time (``shorter_instead_span``).
        self._instead_hash = strings.add("instead")
        self._lower_hashes = (
            {self._from_hash, self._strong_hash, self._digits_hash, self._instead_hash}
            | self._counting_hashes
            | self._speed_hashes
            | {self._share_hash}
            | self._level_hashes
            | self._over_hashes
            | self._into_hashes
            | self._arrow_hashes
            | self._you_hashes
            | self._superlatives
            | self._platform_words
            | self._chart_hashes
            | self._period_hashes
            | self._piece_hashes
            | self._cheer_hashes
            | {self._full_stop_hash}
        )
        self._near = {
            key: (
                expand_words(term.near, lexicons),
                expand_words(term.not_near, lexicons),
            )
            for key, (_, _, term) in self._terms.items()
        }

    def _word_list(self, name: str) -> frozenset[str]:
        """A words lexicon's words, each ``$name`` in it replaced by that
        lexicon's words: a list that holds every platform names them once
        (``best_period_channels`` takes ``$platforms``)."""
        lexicon = self.lexicons.get(name)
        return expand_words(lexicon.words, self.lexicons) if lexicon is not None else frozenset()

    def _attention_nouns(self) -> frozenset[str]:
        """The one-word attention and reach nouns ("engagement", "reach"), and
        the attention a brand speaks of without a count ("awareness")."""
        words = {"attention", "awareness", "visibility", "exposure"}
        for name in ("attention", "reach"):
            lexicon = self.lexicons.get(name)
            if lexicon is not None:
                words.update(w for term in lexicon.terms for w in term.words if " " not in w)
        return frozenset(words)

    def _one_word_outcomes(self) -> frozenset[str]:
        """The one-word terms of the outcome lexicons ("wishlists", "preorders",
        "backers"): what a milestone's subject counts when it is one of them."""
        return frozenset(
            word
            for lexicon in self.lexicons.values()
            if lexicon.kind == "outcome"
            for term in lexicon.terms
            for word in term.words
            if " " not in word
        )

    def _attention_two_words(self) -> frozenset[tuple[str, str]]:
        """The two-word attention terms as word pairs ("eng rate", "page views"),
        whose second word the tagger may make a verb after an abbreviation."""
        lexicon = self.lexicons.get("attention")
        if lexicon is None:
            return frozenset()
        pairs = (w.split(" ") for term in lexicon.terms for w in term.words)
        return frozenset((pair[0], pair[1]) for pair in pairs if len(pair) == 2)

    def _term_tagged_verb(self, verb: Token) -> bool:
        """Is ``verb`` an attention noun the tagger made a verb: an abbreviation
        ("March stats: impr. 320K") or the end of a two-word term ("eng rate
        5.4%", "rate" after "eng")? Then it is no verb of a statement
        (``_general_statement`` read those lines as rules of thumb about
        stats), or a plural noun right after its big count ("410k downloads").
        Only these: a word that is also a verb ("Carousels reach more people",
        "the tool saves hours") stays one."""
        if verb.text.endswith(".") and verb.lower_ in self._attention_words:
            return True
        if verb.i == 0:
            return False
        before = verb.doc[verb.i - 1]
        counted = is_count(before) and is_big(before)
        if verb.tag_ == "VBZ" and verb.lower_ in self._attention_words and counted:
            return True  # "26 episodes, 410k downloads, and we…": a count's plural noun (round50)
        return (before.lower_, verb.lower_) in self._attention_pairs

    def _attention_lemmas(self, unconditional: bool = False) -> frozenset[str]:
        """Verbs of attending (watch, read, share…), not of reaching, nor the
        ones attention only when counted in times ("3,000 users saved two
        hours" is an outcome); ``unconditional``: only those whose term has no
        condition on its paragraph ("join" near a community place)."""
        lexicon = self.lexicons.get("attention_verbs")
        if lexicon is None:
            return frozenset()
        return frozenset(
            lemma
            for term in lexicon.terms
            if term.needs != "count" and not (unconditional and (term.near or term.not_near))
            for lemma in term.lemmas
        )

    def _mood_cues(self) -> tuple[frozenset[str], frozenset[str]]:
        """The words (lowercased) and lemmas that are mood cues wherever they
        stand, for ``_mood_cue``: what ``_mood``'s readers look for."""
        grammar = self._grammar
        words = frozenset().union(
            _MOOD_WORDS, _SPECULATIVE, _CONDITIONS,
            grammar["quota_nouns"],  # a plan's allowance (``_quota``)
            self._grammar["advice_words"],
            grammar["third_parties"],  # whose the audience is
            {"ever"},  # someone else's: "the best ever" (``_anothers_metric``)
            grammar["venues"],  # a crowd: "the fair drew 9,000 visitors"
            # a crowd there: "11,400 fans at the Coopers Lane ground" (only the grounds
            # of sport: "store" or "street" in every sentence would parse too many)
            {"ground", "pitch", "ballpark", "stands", "match"},
            self._grammar["typical_words"],  # a statistic: "the average post gets…"
            grammar["congratulating_words"],  # someone else's: "Congrats to @x on 1M followers"
            grammar["failing_words"],  # a failure: "a video flop at 300 views" (``_stalled_at``)
            {"can"},  # what a count "can be": "300 views can be a living" (``_a_bare_count_of``)
            # a share of holders: "some of the engineers I know have 200 followers"
            # (``_some_of_a_kind``)
            {"some", "many", "most", "few", "several"},
            grammar["hearsay_adverbs"],  # "…reportedly passed 1M views" (``_told_as_hearsay``)
            {"enough", "room"},  # a capacity: "enough pies for 600 fans" (``_room_for``)
            {"aware"},  # a notice: "we're aware of a video…" (``_aware_of_a_piece``)
            grammar["sample_nouns"],  # a study's rows: "in our sample" (``_in_the_sample``)
            # a document's quoted words, a quotation's meaning (``_quoted_from_a_document``,
            # ``_quoted_and_defined``, round38)
            grammar["document_nouns"], {"mean", "means", "meant"},
            # "would" contracted, as "would" is a cue: "I'd trade 20k followers for
            # 200 readers" (``_speculative``, round39)
            {"'d", "\u2019d"},
            {"yet"},  # "I've yet to see…" (``_yet_to_happen``, round39)
            {"personal"},  # "on her personal account" (``_a_guests_own_audience``, round41)
            # a change every account saw: "reach is dropping everywhere", "views fell
            # across the board" (``_moved_for_everyone``, round49)
            {"everywhere", "board"},
        )  # fmt: skip
        lemmas = frozenset().union(
            self._grammar["supposing_verbs"], self._wanting, grammar["supposing_bids"],
            grammar["saying_verbs"],  # "…, the company said" (``_anothers_metric``)
            grammar["acquaintances"],  # "my friend's podcast"
            grammar["presence_verbs"],  # "5,000 fans packed the arena"
            grammar["data_verbs"], grammar["data_nouns"],  # data (``_handled_as_data``)
            grammar["hiring_verbs"],  # a role's duty (``_a_roles_task``)
            grammar["guest_roles"],  # a guest's audience (``_a_guests_own_audience``, round41)
            grammar["pitching_verbs"],  # a quoted offer (``_pitched_in_quotes``, round49)
        )  # fmt: skip
        return words, lemmas
