"""The spaCy layer. `load_nlp()` is the only place the English model is loaded."""
from newsgraph.nlp.model import load_nlp, sentence_index

__all__ = ["load_nlp", "sentence_index"]
