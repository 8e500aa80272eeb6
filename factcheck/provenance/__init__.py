"""Where a passage comes from: the date its document goes by and the timeline order
(``origin``), and whom it attributes its content to (``attribution``). Shared by verify, review
and trace."""
