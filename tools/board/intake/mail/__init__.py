"""Applications and questions sent by e-mail to the board's mailbox (`board intake --email`).

An e-mail is another kind of intake event: `message` reads the file the board's mail server
delivered, `headers` decides what in it can be trusted (the time stamped by the board's own
server, the sender as the server authenticated it), `identity` replaces the address by a keyed
hash, `decide` hands the event to the same decisions as an issue (`intake.applications`,
`intake.question_intake`) and `reply` writes the answer as an e-mail ready to send.
"""
