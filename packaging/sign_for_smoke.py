"""Sign a sign-off PDF's empty client field with a throw-away key, for the smoke test.

    python packaging/sign_for_smoke.py IN.pdf OUT.pdf

A client signing in a PDF reader does the same: an incremental update that fills the field
the sign-off was issued with. The certificate is self-signed, made for this one run and never
written to disk; the frozen app should find the signature intact and report that the signer
was not checked against a trust list. Runs with the build environment's Python (it has
pyHanko and cryptography), never inside the bundle.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

FIELD = "ClientSignature"


def throwaway_signer():  # -> pyhanko.sign.signers.SimpleSigner
    from asn1crypto import keys, x509
    from cryptography import x509 as cx509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers

    key = ec.generate_private_key(ec.SECP256R1())
    name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "Smoke Test Signatory")])
    now = datetime.now(UTC)
    cert = (
        cx509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - timedelta(hours=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(cx509.BasicConstraints(ca=False, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    key_der = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return signers.SimpleSigner(
        signing_cert=x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
        signing_key=keys.PrivateKeyInfo.load(key_der),
        cert_registry=None,
    )


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python packaging/sign_for_smoke.py IN.pdf OUT.pdf", file=sys.stderr)
        return 2
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    source, target = Path(argv[0]), Path(argv[1])
    writer = IncrementalPdfFileWriter(BytesIO(source.read_bytes()))
    meta = signers.PdfSignatureMetadata(field_name=FIELD, reason="Smoke test")
    signed = signers.PdfSigner(meta, signer=throwaway_signer()).sign_pdf(
        writer, existing_fields_only=True
    )
    target.write_bytes(signed.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
