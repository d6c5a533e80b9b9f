"""Dialogs: engagement terms, activation, forecast moves, settings, reviews, ideas."""
