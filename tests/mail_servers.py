"""Real mail servers on localhost for the mailbox tests: an IMAP server (pymap, its in-memory
backend) and an SMTP server (aiosmtpd), both speaking TLS with a certificate of a test authority
made here, both asking for a password. The board's code talks to them exactly as to a
department's servers: nothing of the protocol is faked."""

from __future__ import annotations

import asyncio
import imaplib
import ipaddress
import socket
import ssl
import threading
from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from proxyprotocol.reader import ProxyProtocolReader
from proxyprotocol.version import ProxyProtocolVersion
from pymap.backend.dict import Config, DictBackend, Login
from pymap.imap import IMAPServer

USER, PASSWORD = "board-mailbox", "a-long-test-password"
HOST = "127.0.0.1"


@dataclass(frozen=True)
class Authority:
    ca: Path
    cert: Path
    key: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert, self.key)
        return context


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def authority(folder: Path) -> Authority:
    """A test certificate authority and a server certificate for localhost signed by it."""
    now = datetime.now(UTC)
    ca_key, key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder().subject_name(_name("board test CA")).issuer_name(_name("board test CA"))
        .public_key(ca_key.public_key()).serial_number(1)
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    names = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address(HOST))]
    leaf = (
        x509.CertificateBuilder().subject_name(_name("localhost")).issuer_name(_name("board test CA"))
        .public_key(key.public_key()).serial_number(2)
        .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName(names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    found = Authority(folder / "ca.pem", folder / "cert.pem", folder / "key.pem")
    found.ca.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    found.cert.write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
    found.key.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class ImapServer:
    """pymap's in-memory server, IMAP over TLS from the first byte (as on port 993)."""

    port: int
    ca: Path

    def client(self) -> imaplib.IMAP4_SSL:
        conn = imaplib.IMAP4_SSL(
            HOST, self.port, ssl_context=ssl.create_default_context(cafile=str(self.ca))
        )
        conn.login(USER, PASSWORD)
        return conn

    def deliver(self, data: bytes, folder: str = "INBOX") -> None:
        """What the board's mail server does when a message arrives: append it to the inbox."""
        conn = self.client()
        try:
            status, _ = conn.append(folder, None, None, data)
            assert status == "OK"
        finally:
            conn.logout()

    def count(self, folder: str) -> int:
        """How many messages ``folder`` holds (0 when it does not exist)."""
        conn = self.client()
        try:
            status, _ = conn.select(folder, readonly=True)
            if status != "OK":
                return 0
            _, found = conn.uid("SEARCH", None, "ALL")
            return len((found[0] or b"").split())
        finally:
            conn.logout()


@contextmanager
def imap_server(auth: Authority) -> Iterator[ImapServer]:
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    port = free_port()

    async def serve() -> asyncio.Server:
        args = Namespace(passlib_cfg=None, proxy_protocol=None, debug=False)
        config = Config(
            args, host=HOST, port=port, tls_enabled=False, demo_data=False, demo_user=USER,
            demo_password=PASSWORD, ssl_context=auth.server_context(), invalid_user_sleep=0,
        )  # fmt: skip
        login = Login(config)
        await DictBackend._add_demo_user(config, login)
        reader = ProxyProtocolReader(ProxyProtocolVersion.get(None))
        callback = reader.get_callback(IMAPServer(login, config))
        return await asyncio.start_server(callback, HOST, port, ssl=config.ssl_context)

    def main() -> None:
        asyncio.set_event_loop(loop)
        server = loop.run_until_complete(serve())
        ready.set()
        loop.run_forever()
        server.close()
        pending = [task for task in asyncio.all_tasks(loop) if not task.done()]
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.run_until_complete(server.wait_closed())
        loop.close()

    thread = threading.Thread(target=main, daemon=True)
    thread.start()
    assert ready.wait(20)
    try:
        yield ImapServer(port, auth.ca)
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)


@dataclass
class Outbox:
    """What the SMTP server was given: (envelope sender, recipients, message bytes)."""

    received: list[tuple[str, list[str], bytes]] = field(default_factory=list)
    refused: frozenset[str] = frozenset()  # recipients refused for good (550), address quoted

    async def handle_RCPT(
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: list[str]
    ) -> str:
        if address in self.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        data = envelope.original_content or b""
        self.received.append((str(envelope.mail_from), list(envelope.rcpt_tos), data))
        return "250 OK"


def _password(
    server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
) -> AuthResult:
    good = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=good)


@contextmanager
def smtp_server(
    auth: Authority, port: int, outbox: Outbox, starttls: bool = True
) -> Iterator[Outbox]:
    """aiosmtpd on ``port``: STARTTLS required, then a password, then the message (or, without
    ``starttls``, a server that offers no encryption at all)."""
    tls = {"tls_context": auth.server_context(), "require_starttls": True} if starttls else {}
    controller = Controller(
        outbox, hostname=HOST, port=port, authenticator=_password,
        auth_require_tls=starttls, **tls,
    )  # fmt: skip
    controller.start()
    try:
        yield outbox
    finally:
        controller.stop()
