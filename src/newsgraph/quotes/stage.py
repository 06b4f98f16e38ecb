"""The quotes stage: direct, indirect and mixed quotes with resolved speakers.

How the pieces fit:
  1. marks.find_quoted_spans  -> stretches between quotation marks (paragraph-bounded);
  2. frames.find_frames       -> reporting verbs with speaker, content and addressee (parse);
  3. here: a frame whose content holds a short quoted fragment becomes a MIXED quote; a quoted
     stretch takes the nearest frame after it in its sentence, else before it, else the frame that
     ends the previous paragraph with ":" -> DIRECT; a sentence-initial quoted stretch without a frame
     continues the previous speaker's run (a "floating" quote; after a sentence whose subject is
     another named person, that person's: "Durning did not need coaxing. “I'm thankful ...”"); other frames with content and a
     speaker -> INDIRECT;
     "According to X, ..." without a reporting verb -> an INDIRECT quote whose speaker is X;
     a frame inside the content of a report's frame ("Kim reiterated ..., the state news reports
     said") is the quote, and the report becomes its attribution;
  4. speakers.SpeakerResolver -> Actor + canonical name; attribution.according_to / nested report
     frames ("..., the state news reports said") -> Quote.attribution.
Quote spans include the quotation marks of direct quotes; indirect content is the complement
clause as parsed (with its "that"), kept inside the cue's paragraph.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from newsgraph.actors import actor_for_token
from newsgraph.nlp import doc_sents, doc_tokens, sent_tokens, sentence_index, token_starts
from newsgraph.quotes.attribution import according_to
from newsgraph.quotes.frames import Frame, doc_text, find_frames, is_report_source, is_reporting_token, phrase_span
from newsgraph.quotes.lexicon import ReportingVerb, reporting_verbs
from newsgraph.quotes.marks import QuotedSpan, find_quoted_spans, paragraphs
from newsgraph.quotes.speakers import SpeakerResolver
from newsgraph.products import QuoteCues
from newsgraph.records import Analysis, Quote, stable_id
from newsgraph.registry import stages
from newsgraph.nlp.cache import children

_SENT_END = {".", "!", "?"}
MIN_FLOATING_WORDS = 3          # fewer words without a cue: a title or scare quote, not a quote
MIXED_MIN_OUTSIDE = 0.3         # share of a frame's content outside quote marks that makes it "mixed"
_ACCORDING = ReportingVerb("at-according-to", "according to", "clause", False)


@dataclass
class _Candidate:
    kind: str
    start: int
    end: int
    frame: Frame | None = None
    spans: list[QuotedSpan] = field(default_factory=list)


def _words(text: str) -> int:
    # (w.isalnum(): the common whole-word case without a per-character loop)
    return sum(1 for w in text.split() if w.isalnum() or any(c.isalnum() for c in w))


class _Finder:
    """Decides, for one doc, which quoted stretches and frames become which kind of quote."""

    def __init__(self, doc: Doc, analysis: Analysis):
        self.doc = doc
        self.text = doc_text(doc)
        self.analysis = analysis
        self.quoted = find_quoted_spans(self.text)
        self.q_starts = [q.start for q in self.quoted]
        self.frames = [f for f in find_frames(doc) if self._quote_at(f.cue.idx) is None]
        self.paras = paragraphs(self.text)
        self.p_starts = [p[0] for p in self.paras]
        self.toks = doc_tokens(doc)
        self._tidx = token_starts(doc)
        self.nested_attr: dict[int, Frame] = {}

    # -- geometry ----------------------------------------------------------------------------
    def _quote_at(self, char: int) -> QuotedSpan | None:
        i = bisect.bisect_right(self.q_starts, char) - 1
        if i >= 0 and self.quoted[i].start <= char < self.quoted[i].end:
            return self.quoted[i]
        return None

    def para_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.p_starts, char) - 1)

    def _tok_at(self, char: int, after: bool) -> int:
        """Index of the first token starting at/after `char` (after), or the one before it."""
        i = bisect.bisect_left(self._tidx, char)
        return i if after else i - 1

    def region_after(self, q: QuotedSpan) -> list[Token]:
        """Tokens after the closing mark up to the sentence end, the next quote or the paragraph end."""
        doc, out = self.toks, []
        pend = self.paras[self.para_of(q.end - 1)][1]
        i = self._tok_at(q.end, after=True)
        # '“We can afford to wait.” That has ...': the sentence ended inside the marks
        inner_end = q.inner(self.text)[1]
        if inner_end > 0 and self.text[inner_end - 1] in ".!?" and i < len(doc) and doc[i].text[:1].isupper():
            head = []
            for t in doc[i:i + 6]:
                if t.is_punct or t.idx >= pend:
                    break
                head.append(t)
            if not any(is_reporting_token(t) for t in head):
                return out
        while i < len(doc) and len(out) < 40:
            t = doc[i]
            if t.idx >= pend or self._quote_at(t.idx) is not None:
                break
            out.append(t)
            if t.text in _SENT_END:
                break
            i += 1
        return out

    def region_before(self, q: QuotedSpan) -> list[Token]:
        """Tokens before the opening mark back to the sentence start, a quote or the paragraph start."""
        doc, out = self.toks, []
        pstart = self.paras[self.para_of(q.start)][0]
        i = self._tok_at(q.start, after=False)
        while i >= 0 and len(out) < 40:
            t = doc[i]
            if t.idx < pstart or t.text in _SENT_END or self._quote_at(t.idx) is not None:
                break
            out.append(t)
            i -= 1
        out.reverse()
        return out

    # -- main --------------------------------------------------------------------------------
    def run(self) -> list[_Candidate]:
        frame_at = {f.cue.i: f for f in self.frames}
        used_spans: set[int] = set()
        cands: list[_Candidate] = []

        # 1. mixed quotes: a frame's content with a quoted fragment and substantial unquoted words
        for f in self.frames:
            if f.content is None or f.speaker is None:
                continue
            cs, ce = f.content
            inside = [k for k, q in enumerate(self.quoted) if q.start >= cs - 1 and q.end <= ce + 2]
            if not inside:
                continue
            quoted_words = sum(_words(self.text[self.quoted[k].start:self.quoted[k].end]) for k in inside)
            total = _words(self.text[cs:ce])
            if total and (total - quoted_words) / total >= MIXED_MIN_OUTSIDE and total - quoted_words >= 2:
                used_spans.update(inside)
                cands.append(_Candidate("mixed", cs, ce, f, spans=[self.quoted[k] for k in inside]))

        # 2. direct quotes with a cue of their own
        floating: list[QuotedSpan] = []
        for k, q in enumerate(self.quoted):
            if k in used_spans:
                continue
            qtext = self.text[q.start:q.end]
            after, before = self.region_after(q), self.region_before(q)
            # a frame with words of its own elsewhere ("But he said it offered ...") is not this quote's cue
            def fits(f: Frame, q: QuotedSpan = q) -> bool:
                return f.content is None or (f.content[0] < q.end and q.start < f.content[1])
            frame = next((frame_at[t.i] for t in after if t.i in frame_at and fits(frame_at[t.i])), None)
            if frame is None:
                frame = next((frame_at[t.i] for t in reversed(before) if t.i in frame_at and fits(frame_at[t.i])), None)
            sentence_initial = not any(t.is_alpha for t in before)
            if frame is None and sentence_initial:
                frame = self._colon_frame(q, frame_at)
            if frame is None:
                frame = self._pattern_frame(after)
            elif frame.speaker is None and any(t.i == frame.cue.i for t in after):
                # the parse found the cue but not its subject ('“...,” DeBoer said of the captain'):
                # the name right beside the cue after the quote speaks
                pattern = self._pattern_frame(after)
                if pattern is not None and pattern.cue.i == frame.cue.i and pattern.speaker is not None:
                    frame = pattern
            if frame is not None:
                if q.kind == "single" and _words(qtext) < MIN_FLOATING_WORDS:
                    continue
                cands.append(_Candidate("direct", q.start, q.end, frame, spans=[q]))
                continue
            # no cue: a whole-sentence quote may continue the previous speaker's run
            if q.kind == "double" and sentence_initial and _words(qtext) >= MIN_FLOATING_WORDS \
                    and not any(t.is_alpha for t in after):
                floating.append(q)

        # 3. indirect quotes from the remaining frames
        covered = [(c.start, c.end) for c in cands]
        nested_attr: dict[int, Frame] = {}
        content_frames = [f for f in self.frames if f.content is not None]
        # frames by their cue's sentence: an outer frame shares it (building `cue.sent` per pair of
        # frames was quadratic in a long article)
        sentence_frames: dict[int, list[Frame]] = {}
        for g in content_frames:
            sentence_frames.setdefault(sentence_index(self.doc, g.cue.idx), []).append(g)
        for f in content_frames:
            if f.speaker is None:
                continue
            cs, ce = f.content
            if ce - cs < 3 or _words(self.text[cs:ce]) < 2:
                continue
            if any(min(ce, e) - max(cs, s) > 0.5 * (ce - cs) for s, e in covered):
                continue
            outer = self._outer_frame(f, sentence_frames[sentence_index(self.doc, f.cue.idx)])
            if outer is not None:
                if is_report_source(outer.speaker):
                    nested_attr[id(f)] = outer
                else:
                    continue
            cands.append(_Candidate("indirect", cs, ce, f))
        # report frames whose content holds another frame are attribution, not quotes
        outers = {id(o) for o in nested_attr.values()}
        cands = [c for c in cands if not (c.kind == "indirect" and id(c.frame) in outers)]
        self.nested_attr = nested_attr

        # 3b. "According to X, ..." with no reporting verb: X is the source of the sentence's claim
        cands.extend(self._according_to(cands))

        # 4. floating quotes take the speaker of the latest attributed quote before them
        cands.sort(key=lambda c: c.start)
        starts = [c.start for c in cands]
        for q in floating:
            i = bisect.bisect_left(starts, q.start) - 1
            prev = None
            while i >= 0:
                c = cands[i]
                if c.frame is not None and c.frame.speaker is not None and c.end <= q.start:
                    prev = c
                    break
                i -= 1
            if prev is None or self.para_of(q.start) - self.para_of(prev.end - 1) > 2:
                continue
            frame = prev.frame
            lead_in = self._lead_in_subject(q, prev)
            if lead_in is not None:
                frame = replace(prev.frame, speaker=lead_in, speaker_span=phrase_span(lead_in))
            c = _Candidate("direct", q.start, q.end, frame, spans=[q])
            pos = bisect.bisect_left(starts, q.start)
            cands.insert(pos, c)
            starts.insert(pos, q.start)
        return cands

    def _lead_in_subject(self, q: QuotedSpan, prev: _Candidate) -> Token | None:
        """A floating quote right after a sentence about another named person speaks for that person:
        "Okoro agreed at once. “I was glad to be asked.”" (not for whoever spoke
        before). The sentence must lie between the previous quote and this one, hold no quote of its own,
        and have a person (named or described) the actors stage resolved as the subject of its main verb."""
        si = sentence_index(self.doc, q.start) - 1
        sents = doc_sents(self.doc)
        if si < 0 or si >= len(sents):
            return None
        sent = sents[si]
        if sent.start_char < prev.end or self._quote_at(sent.start_char) is not None \
                or any(qs.start < sent.end_char and sent.start_char < qs.end for qs in self.quoted):
            return None
        # (a person the text describes is as much a speaker as one it names: "A young Afghan woman who came last year
        # thanked him. “I came here with nothing ...”" is hers, not the prime minister's quoted before; round43)
        subj = next((c for c in children(sent.root) if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")), None)
        if subj is None:
            return None
        person = actor_for_token(self.analysis, subj)
        before = actor_for_token(self.analysis, prev.frame.speaker) if prev.frame.speaker is not None else None
        if person is None or person.kind != "PERSON" or person is before or (before is not None and person.id == before.id):
            return None
        return subj

    def _according_to(self, cands: list[_Candidate]) -> list[_Candidate]:
        out = []
        text = self.text
        for sent in doc_sents(self.doc):
            low = text[sent.start_char:sent.end_char].lower()
            if "accord" not in low and "reported by" not in low:
                continue
            for att in according_to(sent):
                if self._quote_at(att.start) is not None:
                    continue
                phrase_start = next((t.idx for t in sent_tokens(sent) if t.idx <= att.start and t.lower_ in ("according", "as", "quoted")
                                     and att.start - t.idx < 25), att.start)
                ls, le = text.rfind("\n", 0, att.start) + 1, text.find("\n", att.start)
                le = len(text) if le < 0 else le
                s0, e0 = max(sent.start_char, ls), min(sent.end_char, le)
                left, right = (s0, phrase_start), (att.end, e0)
                cs, ce = left if _words(text[left[0]:left[1]]) >= _words(text[right[0]:right[1]]) else right
                while cs < ce and text[cs] in " ,;:\u2014\u2013-":
                    cs += 1
                while ce > cs and text[ce - 1] in " ,;:.!?\u2014\u2013-":
                    ce -= 1
                if _words(text[cs:ce]) < 3:
                    continue
                if any(min(ce, c.end) - max(cs, c.start) > 0.3 * (ce - cs) for c in cands):
                    continue
                cue_i = min(max(0, bisect.bisect_right(self._tidx, phrase_start) - 1), len(self.doc) - 1)
                f = Frame(cue=self.toks[cue_i],
                          verb=_ACCORDING, speaker=att.source, speaker_span=phrase_span(att.source), content=(cs, ce))
                f.how = "according"
                inside = [q for q in self.quoted if q.start >= cs and q.end <= ce + 1]
                out.append(_Candidate("mixed" if inside else "indirect", cs, ce, f, spans=inside))
        return out

    def _outer_frame(self, f: Frame, same_sentence: list[Frame]) -> Frame | None:
        """The first other frame of the cue's sentence whose content holds the cue."""
        for g in same_sentence:
            if g is f or g.content is None:
                continue
            if g.content[0] <= f.cue.idx < g.content[1]:
                return g
        return None

    def _colon_frame(self, q: QuotedSpan, frame_at: dict[int, Frame]) -> Frame | None:
        """'Hugh Hill, a doctor, said:' as the end of the previous paragraph or sentence."""
        j = q.start - 1
        while j >= 0 and self.text[j] in " \t\n\u00a0":
            j -= 1
        if j < 0 or self.text[j] != ":":
            return None
        i = self._tok_at(j, after=True)
        k = i - 1
        while k >= 0 and i - k < 25:
            t = self.toks[k]
            if t.i in frame_at:
                return frame_at[t.i]
            if t.text in _SENT_END:
                break
            k -= 1
        return None

    def _pattern_frame(self, after: list[Token]) -> Frame | None:
        """Parse-free fallback: '“…,” NAME VERB' or '“…,” VERB NAME' right after the closing mark."""
        toks = [t for t in after if not t.is_punct][:4]
        for n, t in enumerate(toks):
            rv = is_reporting_token(t) or reporting_verbs().get(t.lemma_.lower())
            if rv is None:
                continue
            f = Frame(cue=t, verb=rv)
            spk = None
            if n > 0 and (toks[n - 1].pos_ in ("PRON", "PROPN", "NOUN") or toks[n - 1].tag_ in ("NNP", "NNPS")):
                spk = toks[n - 1]
            elif n + 1 < len(toks) and toks[n + 1].pos_ in ("PROPN", "PRON", "NOUN", "DET"):
                spk = toks[n + 1]
                while spk.dep_ in ("compound", "det", "amod") and spk.head.i > spk.i and spk.head.i <= toks[-1].i:
                    spk = spk.head
            if spk is not None:
                f.speaker, f.speaker_span = spk, phrase_span(spk)
            return f
        return None


@stages.register("quotes", requires=("actors", "mentions", "actor_index"),
                 provides=("quotes", "quote_cues"))
def quotes_stage(doc: Doc, analysis: Analysis) -> None:
    """Append the article's quotes to `analysis.quotes` (see module docstring)."""
    art = analysis.article
    finder = _Finder(doc, analysis)
    cands = finder.run()
    resolver = SpeakerResolver(doc, analysis)
    text = doc_text(doc)
    sent_attr: dict[int, str] = {}
    resolved_cache: dict[int, tuple] = {}
    seen: set[tuple[int, int]] = set()
    cues = QuoteCues()
    for c in cands:
        if (c.start, c.end) in seen:
            continue
        seen.add((c.start, c.end))
        f = c.frame
        q = Quote(id=stable_id(art.id, c.start, c.end, c.kind), article_id=art.id, kind=c.kind,
                  text=text[c.start:c.end], start=c.start, end=c.end, sentence=sentence_index(doc, c.start))
        if f is not None:
            cues.cue_start[q.id] = f.cue.idx
            q.cue = "according to" if f.how == "according" else f.cue.text
            if f.speaker is not None and f.speaker_span is not None:
                key = id(f)
                if key not in resolved_cache:
                    resolved_cache[key] = (resolver.resolve(f.speaker, f.speaker_span),)
                res = resolved_cache[key][0]
                q.speaker_text = text[f.speaker_span[0]:f.speaker_span[1]]
                q.speaker_actor_id = res.actor.id if res.actor else None
                q.speaker_name = res.name
            if f.addressee is not None and f.addressee_span is not None:
                q.addressee_text = text[f.addressee_span[0]:f.addressee_span[1]]
                a = actor_for_token(analysis, f.addressee)
                q.addressee_actor_id = a.id if a else None
            outer = finder.nested_attr.get(id(f))
            if outer is not None and outer.speaker_span is not None:
                q.attribution = text[outer.speaker_span[0]:outer.speaker_span[1]]
            else:
                si = sentence_index(doc, f.cue.idx)
                if si not in sent_attr:
                    found = according_to(f.cue.sent)
                    sent_attr[si] = found[0].text if found else ""
                q.attribution = sent_attr[si] or None
        analysis.quotes.append(q)
    analysis.context.quote_cues = cues
