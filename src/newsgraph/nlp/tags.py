"""Penn Treebank tag groups the parse repairs share.

The repairs run right after the parser and before the attribute ruler sets `pos_`, so they read fine tags
(`tag_`) only; these groups are named once here rather than in each repair.
"""
NOUN_TAGS = ("NN", "NNS", "NNP", "NNPS")     # any noun, common or proper
COMMON_NOUN_TAGS = ("NN", "NNS")             # a common noun ("talks", "police"), not a name
