"""newsgraph.store"""
