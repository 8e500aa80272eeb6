"""The language layer every stage shares: tokens and stems, figures, dates, negation and hedges,
roles, names, and the word lists behind them (``data/``)."""
