"""TLS verify-full against a real PostgreSQL serving a certificate signed by a test CA (issue 17, connecting).

A throwaway PostgreSQL 15 cluster is made in a temporary folder (initdb, ssl=on, a free port, its socket
in that folder): the machine's server on 5432 is not touched. Skipped only when initdb is not installed.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from minutes_app.services import team_server
from minutes_app.services.team_server import ServerConnection, ServerConnectionError

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PASSWORD = "Tls-Secret-Pw-5521"  # trust auth ignores it; it must still appear in no message


@dataclass
class TlsServer:
    port: int
    ca_file: Path
    wrong_ca_file: Path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _write_certificates(folder: Path) -> tuple[Path, Path, Path, Path]:
    """A CA, a server certificate for localhost/127.0.0.1 signed by it, and an unrelated CA."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.UTC)

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    def ca(label: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
        key = ec.generate_private_key(ec.SECP256R1())
        cert = (
            x509.CertificateBuilder()
            .subject_name(name(label))
            .issuer_name(name(label))
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        return key, cert

    ca_key, ca_cert = ca("Minutes test CA")
    _other_key, other_cert = ca("Someone else's CA")
    server_key = ec.generate_private_key(ec.SECP256R1())
    server_cert = (
        x509.CertificateBuilder()
        .subject_name(name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    paths = (folder / "ca.crt", folder / "wrong-ca.crt", folder / "server.crt", folder / "server.key")
    paths[0].write_bytes(ca_cert.public_bytes(pem))
    paths[1].write_bytes(other_cert.public_bytes(pem))
    paths[2].write_bytes(server_cert.public_bytes(pem))
    paths[3].write_bytes(server_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    return paths


@pytest.fixture(scope="module")
def tls_server() -> Iterator[TlsServer]:
    """A PostgreSQL of its own with ssl=on, serving a certificate of the test CA; stopped and removed afterwards."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL's initdb is not installed at {PG_BIN}: no throwaway TLS server can be made")
    as_root = os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="minutes-tls-pg-"))
    run_as = ["runuser", "-u", "postgres", "--"] if as_root else []
    try:
        ca_file, wrong_ca, cert, key = _write_certificates(folder)
        data = folder / "data"
        if as_root:
            shutil.chown(folder, "postgres")
            for path in (cert, key):
                shutil.chown(path, "postgres")
        key.chmod(0o600)
        folder.chmod(0o755)  # the CA files are read by this process, the key by the server's user only
        subprocess.run(
            [*run_as, str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        port = _free_port()
        options = (
            f"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c ssl=on "
            f"-c ssl_cert_file={cert} -c ssl_key_file={key} -c fsync=off"
        )
        subprocess.run(
            [*run_as, str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"],
            check=True,
            capture_output=True,
            timeout=60,
        )
        try:
            yield TlsServer(port, ca_file, wrong_ca)
        finally:
            subprocess.run(
                [*run_as, str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
                timeout=60,
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _connection(server: TlsServer, ca_file: Path) -> ServerConnection:
    return ServerConnection(
        name="tls-test",
        host="localhost",
        port=server.port,
        database="postgres",
        user="postgres",
        tls_mode="verify-full",
        ca_file=str(ca_file),
    )


def test_verify_full_with_the_server_s_ca_connects(tls_server: TlsServer) -> None:
    look = team_server.check_server(_connection(tls_server, tls_server.ca_file), PASSWORD)
    assert look.server_version.startswith("15")


def test_verify_full_with_another_ca_is_refused_in_words_without_the_password(tls_server: TlsServer) -> None:
    with pytest.raises(ServerConnectionError) as refused:
        team_server.check_server(_connection(tls_server, tls_server.wrong_ca_file), PASSWORD)
    failed = refused.value
    assert failed.reason == team_server.TLS
    assert "certificate" in failed.detail.lower()
    from minutes_app.ui.team.server_words import failure_text

    text = failure_text(failed)
    assert text.startswith(
        "The encrypted connection (TLS) failed: check the encryption setting and the CA certificate."
    )
    for said in (str(failed), failed.detail, text, repr(failed)):
        assert PASSWORD not in said


def test_require_connects_to_the_same_server_without_checking_its_certificate(tls_server: TlsServer) -> None:
    """`require` (encrypted, certificate not checked) connects too: the refusal above is the CA check's."""
    plain = ServerConnection(
        name="tls-test",
        host="127.0.0.1",
        port=tls_server.port,
        database="postgres",
        user="postgres",
        tls_mode="require",
    )
    assert team_server.check_server(plain, PASSWORD).server_version.startswith("15")
