"""The spaCy layer. `load_nlp()` is the only place the English model is loaded; cache.py holds
per-doc lists (tokens, sentences, text, per-token string columns, children) that the stages share
instead of asking spaCy's Token objects again."""
from newsgraph.nlp.cache import doc_sents, doc_text, doc_tokens, sent_tokens, token_starts
from newsgraph.nlp.model import load_nlp, sentence_index

__all__ = ["load_nlp", "sentence_index", "doc_text", "doc_tokens", "doc_sents", "sent_tokens",
           "token_starts"]
