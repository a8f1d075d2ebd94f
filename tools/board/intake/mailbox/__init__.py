"""The board's application mailbox, fetched and answered by `board mailbox run`.

`servers` reads where the mailbox and the outgoing server are (from the environment, never the
repository); `imap` and `smtp` are the edges that talk to them over TLS; `record` runs the e-mail
intake (`intake.mail`) for one message through the ledger's push script; `run` puts them in the
order that loses nothing: record the ledger, send the reply, and only then file the message
under ``Processed`` (or ``Rejected``). A message left in the inbox by a run that stopped is
decided again by the next one, which records nothing twice (the ledger already holds it) and
sends its receipt again.
"""
