"""newsgraph.geo"""
