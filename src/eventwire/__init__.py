"""eventwire: raw news pages in, clean dated articles out."""
