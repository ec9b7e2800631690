"""Making sense of a round: themes, suggestions, votes, the sales-vs-marketing comparison
and action items, added to the main window through `ui.extensions`."""
