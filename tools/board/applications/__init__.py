"""Applications after intake: the public ledger of receipts and opening it after closing."""
