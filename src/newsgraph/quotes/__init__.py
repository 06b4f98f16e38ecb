"""newsgraph.quotes"""
