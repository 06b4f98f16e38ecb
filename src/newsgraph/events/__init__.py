"""newsgraph.events"""
