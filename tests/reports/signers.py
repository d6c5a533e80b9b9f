"""Signing issued sign-offs with software nobody here wrote, the way clients' tools do.

* poppler's ``pdfsig`` (what Okular and Evince sign with), from an NSS database made with
  ``certutil`` and ``pk12util``: it signs our field (``-sign ClientSignature``) or adds an
  invisible signature of its own (``-add-signature``). poppler 22.12 cannot sign with an EC key
  (it reserves too little room for the signature), so these identities use RSA, as most
  personal certificates still do.
* the pyHanko command line (``pyhanko sign addsig``), a separate program from the library
  calls the verifier makes;
* MuPDF's ``mutool sign``, a third implementation (C, with its own PDF writer), signing our
  field from a PKCS#12 file.

Each identity is a throw-away RSA certificate issued by a throw-away root; nothing touches the
network or a real trust store.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from tests.reports.pki import issue_certificates

PASSWORD = "client-pass"


@dataclass(frozen=True)
class Identity:
    """A signer's key and certificate as files, and an NSS database holding them."""

    name: str
    folder: Path
    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    root: x509.Certificate

    @property
    def key_pem(self) -> Path:
        return self.folder / "key.pem"

    @property
    def cert_pem(self) -> Path:
        return self.folder / "cert.pem"

    @property
    def nss(self) -> str:
        return f"sql:{self.folder / 'nss'}"


def _rsa_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def make_identity(folder: Path, name: str) -> Identity:
    """An RSA signer certificate for ``name`` under a fresh root, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    root, key, cert = issue_certificates(name, _rsa_key, "Cliente SA (test)")
    assert isinstance(key, rsa.RSAPrivateKey)
    identity = Identity(name, folder, key, cert, root)
    identity.key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    identity.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    p12 = folder / "signer.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"signer",
            key,
            cert,
            [root],
            serialization.BestAvailableEncryption(PASSWORD.encode()),
        )
    )
    (folder / "nss").mkdir()
    _run(["certutil", "-N", "-d", identity.nss, "--empty-password"])
    _run(["pk12util", "-i", str(p12), "-d", identity.nss, "-W", PASSWORD])
    return identity


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise AssertionError(f"{cmd[0]} failed ({done.returncode}): {done.stderr or done.stdout}")
    return done


def _through_files(pdf: bytes, folder: Path, cmd: list[str]) -> bytes:
    source, target = folder / "in.pdf", folder / "out.pdf"
    target.unlink(missing_ok=True)
    source.write_bytes(pdf)
    _run([part.replace("{in}", str(source)).replace("{out}", str(target)) for part in cmd])
    return target.read_bytes()


def pdfsig_sign_field(pdf: bytes, who: Identity, field: str = "ClientSignature") -> bytes:
    """poppler signs the named, existing field."""
    cmd = ["pdfsig", "-nssdir", who.nss, "-nick", "signer", "-sign", field, "{in}", "{out}"]
    return _through_files(pdf, who.folder, cmd)


def pdfsig_add_signature(pdf: bytes, who: Identity) -> bytes:
    """poppler adds a signature in a new field of its own (invisible in poppler 22.12)."""
    cmd = ["pdfsig", "-nssdir", who.nss, "-nick", "signer", "-add-signature", "{in}", "{out}"]
    return _through_files(pdf, who.folder, cmd)


def pdfsig_report(pdf: bytes, folder: Path) -> str:
    """What poppler says of every signature in ``pdf`` (certificates not checked)."""
    path = folder / "check.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdfsig", "-nocert", str(path)], capture_output=True, text=True, timeout=120, check=False
    )
    return done.stdout + done.stderr


def pyhanko_cli_sign(pdf: bytes, who: Identity, field: str = "ClientSignature") -> bytes:
    """The pyHanko command line signs ``field``: a field name, or ``PAGE/X1,Y1,X2,Y2/NAME``
    for a new visible field (PAGE counted from 1)."""
    cli = str(Path(sys.executable).with_name("pyhanko"))
    cmd = [
        cli,
        "sign",
        "addsig",
        "--field",
        field,
        "pemder",
        "--key",
        str(who.key_pem),
        "--cert",
        str(who.cert_pem),
        "--no-pass",
        "{in}",
        "{out}",
    ]
    return _through_files(pdf, who.folder, cmd)


def mutool_sign(pdf: bytes, who: Identity) -> bytes:
    """MuPDF signs the first empty signature field it lists (ours)."""
    source = who.folder / "unsigned.pdf"
    source.write_bytes(pdf)
    listing = _run(["mutool", "sign", str(source)]).stdout
    empty = [line.split(":")[0].strip() for line in listing.splitlines() if "not signed" in line]
    assert empty, f"mutool finds no empty signature field: {listing}"
    cmd = ["mutool", "sign", "-s", str(who.folder / "signer.p12"), "-P", PASSWORD]
    return _through_files(pdf, who.folder, [*cmd, "-o", "{out}", "{in}", empty[0]])
