"""newsgraph.temporal"""
