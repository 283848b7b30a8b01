"""Contributor tools: execute, measure and benchmark the course's notebooks."""
