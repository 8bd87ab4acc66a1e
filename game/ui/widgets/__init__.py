"""Reusable client widgets: cached text, tooltips, modal dialogs and button helpers."""
